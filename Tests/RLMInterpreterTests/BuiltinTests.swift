import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class BuiltinTests: XCTestCase {
    func testPrintSepEnd() {
        assertPython(#"""
            print()
            print(1, "a", None, [1], sep="")
            print(1, 2, 3, sep=", ", end=".\n")
            print("no newline", end="")
            print(" continued")
            print("a", "b", sep=None, end=None)
            print(*range(5), sep="-")
            print("x", end="|")
            print("y", end="|\n")
            print("", "", sep="*")
            print(*[], sep="never")
            try:
                print("a", sep=5)
            except TypeError as e:
                print(e)

            """#, prints: #"""

            1aNone[1]
            1, 2, 3.
            no newline continued
            a b
            0-1-2-3-4
            x|y|
            *

            sep must be None or a string, not int

            """#)
    }

    func testLenBuiltin() {
        assertPython(#"""
            print(len("héllo"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}), len(range(0, 10, 3)), len(b"ab"), len(""))
            print(len(range(10, 0)), len(range(-5, 5, 2)), len(frozenset("aab")), len(bytearray(3)))
            try:
                len(5)
            except TypeError as e:
                print(e)

            """#, prints: #"""
            5 2 1 1 2 4 2 0
            0 5 2 3
            object of type 'int' has no len()

            """#)
    }

    func testRangeBuiltin() {
        assertPython(#"""
            print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
            r = range(3, 20, 4)
            print(r, r[1], r[-1], r[1:3], len(r), 7 in r, 8 in r, r.index(11), r.count(15), r.start, r.stop, r.step)
            print(range(5) == range(0, 5), range(0) == range(5, 2), list(reversed(range(4))), range(1, 10, 2)[::-1])
            print(sum(range(101)), max(range(7)), list(range(-3, 3)))
            try:
                range(1, 5, 0)
            except ValueError as e:
                print(e)
            try:
                range(1.5)
            except TypeError as e:
                print(e)
            try:
                range(3).index(7)
            except ValueError as e:
                print(e)

            """#, prints: #"""
            [0, 1, 2, 3, 4] [2, 3, 4] [10, 7, 4, 1] [] []
            range(3, 20, 4) 7 19 range(7, 15, 4) 5 True False 2 1 3 20 4
            True True [3, 2, 1, 0] range(9, -1, -2)
            5050 6 [-3, -2, -1, 0, 1, 2]
            range() arg 3 must not be zero
            'float' object cannot be interpreted as an integer
            7 is not in range

            """#)
    }

    func testEnumerateBuiltin() {
        assertPython(#"""
            print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)), list(enumerate([], 5)))
            for i, (a, b) in enumerate(zip("ab", "cd"), 1):
                print(i, a, b)
            e = enumerate("xy")
            print(next(e), next(e), next(e, "end"))

            """#, prints: #"""
            [(0, 'a'), (1, 'b'), (2, 'c')] [(10, 'x'), (11, 'y')] []
            1 a c
            2 b d
            (0, 'x') (1, 'y') end

            """#)
    }

    func testZipBuiltin() {
        assertPython(#"""
            print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", range(5), [True, False])))
            print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
            print(list(zip([1, 2], [3, 4], strict=True)))
            try:
                list(zip([1, 2, 3], [1], strict=True))
            except ValueError as e:
                print(e)
            try:
                list(zip([1], [1, 2], strict=True))
            except ValueError as e:
                print(e)
            try:
                list(zip([1], [1], [1, 2], strict=True))
            except ValueError as e:
                print(e)

            """#, prints: #"""
            [(1, 'a'), (2, 'b')] [] [(1,)] [('a', 0, True), ('b', 1, False)]
            {'a': 0, 'b': 1, 'c': 2} [(1, 2), ('a', 'b')]
            [(1, 3), (2, 4)]
            zip() argument 2 is shorter than argument 1
            zip() argument 2 is longer than argument 1
            zip() argument 3 is longer than arguments 1-2

            """#)
    }

    func testMapFilterBuiltins() {
        assertPython(#"""
            print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
            print(list(map(int, "123")), list(filter(None, [0, 1, "", "a", None, [], [0]])))
            print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
            m = map(abs, [-1, -2])
            print(next(m), list(m), list(m))
            print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)

            """#, prints: #"""
            ['A', 'B'] [4, 10]
            [1, 2, 3] [1, 'a', [0]]
            [1, 3, 5, 7, 9] ['1', '2']
            1 [2] []
            map filter zip enumerate

            """#)
    }

    func testSortedBuiltin() {
        assertPython(#"""
            data = ["banana", "Apple", "cherry", "apple", "Banana"]
            print(sorted(data), sorted(data, key=str.lower), sorted(data, key=len, reverse=True))
            print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2.5, 1, True)))
            pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
            print(sorted(pairs, key=lambda p: p[0]))
            print(sorted(pairs, key=lambda p: p[0], reverse=True))
            print(sorted(pairs, key=lambda p: (-p[0], p[1])))
            print(sorted([[2, 1], [1, 2], [1]]), sorted([], reverse=True))
            try:
                sorted([1, "a"])
            except TypeError as e:
                print(e)
            l = [5, 2, 9]
            l.sort(key=lambda v: -v)
            print(l)

            """#, prints: #"""
            ['Apple', 'Banana', 'apple', 'banana', 'cherry'] ['Apple', 'apple', 'banana', 'Banana', 'cherry'] ['banana', 'cherry', 'Banana', 'Apple', 'apple']
            [3, 2, 1] ['e', 'h', 'l', 'l', 'o'] [1, 3] [1, True, 2.5]
            [(0, 'z'), (0, 'y'), (1, 'b'), (1, 'a')]
            [(1, 'b'), (1, 'a'), (0, 'z'), (0, 'y')]
            [(1, 'a'), (1, 'b'), (0, 'y'), (0, 'z')]
            [[1], [1, 2], [2, 1]] []
            '<' not supported between instances of 'str' and 'int'
            [9, 5, 2]

            """#)
    }

    func testReversedBuiltin() {
        assertPython(#"""
            print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
            r = reversed([1, 2])
            print(next(r), next(r), next(r, None))
            class Seq:
                def __len__(self): return 3
                def __getitem__(self, i): return i * 10
            print(list(reversed(Seq())))
            class Custom:
                def __reversed__(self): return iter("zyx")
            print(list(reversed(Custom())))
            try:
                reversed({1, 2})
            except TypeError as e:
                print(e)

            """#, prints: #"""
            [3, 2, 1] ['c', 'b', 'a'] [2, 1, 0] [2, 1]
            2 1 None
            [20, 10, 0]
            ['z', 'y', 'x']
            'set' object is not reversible

            """#)
    }

    func testMinMaxBuiltins() {
        assertPython(#"""
            print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"))
            print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([(1, "b"), (1, "a")]))
            print(max([], default="empty"), min([], default=None), max([5], default=0), min((x for x in []), default=-1))
            print(max([1, 3, 3, 2], key=lambda v: v % 3), min([2, 4, 1, 5], key=lambda v: v % 2))
            print(max(1, 2.5), min(-0.0, 0), max(True, 2), max("a", "B"), max({"x": 1, "y": 0}))
            for fn in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1], [2], default=0)):
                try:
                    fn()
                except (ValueError, TypeError) as e:
                    print(type(e).__name__, e)

            """#, prints: #"""
            1 3 2 o a
            ccc b (1, 'b')
            empty None 5 -1
            2 2
            2.5 -0.0 2 a y
            ValueError max() arg is an empty sequence
            TypeError min expected at least 1 argument, got 0
            TypeError 'int' object is not iterable
            TypeError Cannot specify a default for max() with multiple positional arguments

            """#)
    }

    func testSumBuiltin() {
        assertPython(#"""
            print(sum([1, 2, 3]), sum([], 10), sum([1.5, 2.5]), sum(range(5), start=100), sum([[1], [2]], []))
            print(sum([0.1] * 10), sum([True, True, False]), sum((2 ** 64, 1)), sum([1, 2.0]))
            try:
                sum(["a", "b"], "")
            except TypeError as e:
                print(e)
            try:
                sum([1, "a"])
            except TypeError as e:
                print(e)

            """#, prints: #"""
            6 10 4.0 110 [1, 2]
            0.9999999999999999 2 18446744073709551617 3.0
            sum() can't sum strings [use ''.join(seq) instead]
            unsupported operand type(s) for +: 'int' and 'str'

            """#)
    }

    func testAnyAllBuiltins() {
        assertPython(#"""
            print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
            print(any(x > 2 for x in range(4)), all(c.isalpha() for c in "abc1"), any("0"), all(""))
            def noisy(v):
                print("check", v)
                return v
            print(any(noisy(v) for v in [0, 2, 3]), all(noisy(v) for v in [1, 0, 5]))

            """#, prints: #"""
            False True False True True False
            True False True True
            check 0
            check 2
            check 1
            check 0
            True False

            """#)
    }

    func testIsinstanceIssubclassType() {
        assertPython(#"""
            print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str))
            print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)), isinstance(int, type))
            print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError), issubclass(list, (str, list)))
            print(type(1), type(1.0), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0))
            print(type(1) is int, type(True) is bool, type({}) == dict, type(range(1)).__name__, type(b"").__name__)
            print(type("abc")("xyz"), type(5)("7") + 1, type([])((1, 2)))
            try:
                issubclass(1, int)
            except TypeError as e:
                print(e)

            """#, prints: #"""
            True True False True True
            True True True True True
            True True True True
            <class 'int'> <class 'float'> <class 'str'> <class 'list'> <class 'NoneType'> <class 'type'> <class 'builtin_function_or_method'> <class 'function'>
            True True True range bytes
            xyz 8 [1, 2]
            issubclass() arg 1 must be a class

            """#)
    }

    func testHashIdBuiltins() {
        assertPython(#"""
            print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(-1), hash(0))
            print(hash(-2), hash(None) == hash(None), hash(2.0) == hash(2), hash(2 ** 70) == hash(2 ** 70), hash(0.5) == hash(0.5))
            a = [1]
            b = a
            print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
            for bad in ([], {}, set()):
                try:
                    hash(bad)
                except TypeError as e:
                    print(e)

            """#, prints: #"""
            True True True -2 0
            -2 True True True True
            True False int
            unhashable type: 'list'
            unhashable type: 'dict'
            unhashable type: 'set'

            """#)
    }

    func testCallableBuiltin() {
        assertPython(#"""
            class C:
                def m(self): pass
                def __call__(self): pass
            class D: pass
            print(callable(len), callable(print), callable(lambda: 0), callable(C), callable(C()), callable(D()), callable(C().m))
            print(callable(1), callable("s"), callable(None), callable(str.upper), callable([].append), callable(int))

            """#, prints: #"""
            True True True True True False True
            False False False True True True

            """#)
    }

    func testIterNextBuiltins() {
        assertPython(#"""
            it = iter([1, 2])
            print(next(it), next(it), next(it, "default"), next(it, None))
            try:
                next(it)
            except StopIteration as e:
                print("StopIteration", e.args)
            s = iter("ab")
            print(list(s), list(s))
            values = [3, 2, 1, 0, 5]
            pos = iter(range(len(values)))
            calls = iter(values)
            print(list(iter(lambda: next(calls), 0)))
            counter = [0]
            def tick():
                counter[0] += 1
                return counter[0]
            print(list(iter(tick, 4)))
            d = iter({"a": 1, "b": 2})
            print(next(d), list(d))
            try:
                iter(5, 1)
            except TypeError as e:
                print(e)

            """#, prints: #"""
            1 2 default None
            StopIteration ()
            ['a', 'b'] []
            [3, 2, 1]
            [1, 2, 3]
            a ['b']
            iter(v, w): v must be callable

            """#)
    }

    func testGetattrSetattrHasattrDelattr() {
        assertPython(#"""
            class C:
                cls_attr = "c"
            o = C()
            setattr(o, "x", 10)
            print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), hasattr(o, "x"), hasattr(o, "y"))
            delattr(o, "x")
            print(hasattr(o, "x"), getattr("abc", "upper")(), getattr([], "append").__name__)
            try:
                getattr(o, "missing")
            except AttributeError as e:
                print(e)
            try:
                delattr(o, "missing")
            except AttributeError as e:
                print(e)
            try:
                getattr(o, 5)
            except TypeError as e:
                print(e)
            setattr(C, "added", lambda self: "method added")
            print(o.added())

            """#, prints: #"""
            10 c dflt True False
            False ABC append
            'C' object has no attribute 'missing'
            'C' object has no attribute 'missing'
            attribute name must be string, not 'int'
            method added

            """#)
    }

    func testVarsBuiltin() {
        assertPython(#"""
            class P:
                def __init__(self):
                    self.a = 1
                    self.b = [2]
            p = P()
            print(vars(p), sorted(vars(p)))
            try:
                vars(5)
            except TypeError as e:
                print(e)
            class Q: pass
            print(vars(Q()))

            """#, prints: #"""
            {'a': 1, 'b': [2]} ['a', 'b']
            vars() argument must have __dict__ attribute
            {}

            """#)
    }

    func testObjectBuiltin() {
        assertPython(#"""
            o = object()
            print(type(o).__name__, isinstance(o, object), o == o, o != object(), str(o).startswith("<object object at"))
            try:
                o.x = 1
            except AttributeError as e:
                print(e)
            class Base(object):
                pass
            print(Base.__bases__ == (object,), object.__name__, issubclass(Base, object))

            """#, prints: #"""
            object True True True True
            'object' object has no attribute 'x'
            True object True

            """#)
    }

    func testPropertyClassmethodStaticmethodBuiltins() {
        assertPython(#"""
            class C:
                def __init__(self):
                    self._v = 1
                def get_v(self):
                    return self._v
                def set_v(self, v):
                    self._v = v * 10
                v = property(get_v, set_v)
                ro = property(lambda self: "readonly")
                def cm(cls):
                    return cls.__name__
                cm = classmethod(cm)
                def sm(x):
                    return x + 1
                sm = staticmethod(sm)
            c = C()
            c.v = 2
            print(c.v, c.ro, C.cm(), c.cm(), C.sm(1), c.sm(2))
            print(type(C.__dict__["v"]).__name__ if False else isinstance(C.v, property), type(property()).__name__)
            try:
                c.ro = 5
            except AttributeError as e:
                print(e)

            """#, prints: #"""
            20 readonly C C 2 3
            True property
            property 'ro' of 'C' object has no setter

            """#)
    }

    func testNotimplementedAndEllipsis() {
        assertPython(#"""
            print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
            print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, bool(...))
            class A:
                def __eq__(self, o):
                    return NotImplemented
            print(A() == A(), A() != A(), A() == 1)
            def stub():
                ...
            print(stub())
            x = [1, ...]
            print(x)

            """#, prints: #"""
            NotImplemented NotImplemented NotImplementedType
            Ellipsis Ellipsis True ellipsis True
            False True False
            None
            [1, Ellipsis]

            """#)
    }

    func testNoneAndConstants() {
        assertPython(#"""
            print(None, repr(None), type(None).__name__, None == None, None is None, bool(None))
            print(True, False, True and False, True or False, not True, int(True), float(False))
            print(__name__, __debug__)

            """#, prints: #"""
            None None NoneType True True False
            True False False True False 1 0.0
            __main__ True

            """#)
    }

    func testDirAndGlobals() {
        assertPython(#"""
            x = 5
            def f(): pass
            print(sorted(k for k in globals() if not k.startswith("__")))
            print("upper" in dir(""), "append" in dir([]), "keys" in dir({}))
            class K:
                a = 1
                def m(self): pass
            print([n for n in dir(K) if not n.startswith("__")])

            """#, prints: #"""
            ['f', 'x']
            True True True
            ['a', 'm']

            """#)
    }

    func testInputLikeBuiltinsAbsent() {
        assertPython(#"""
            print(callable(print), callable(sorted))
            print(len(str(max)) > 0, str(len), repr(print), str(int), str(KeyError))

            """#, prints: #"""
            True True
            True <built-in function len> <built-in function print> <class 'int'> <class 'KeyError'>

            """#)
    }

    func testBuiltinsShadowing() {
        assertPython(#"""
            def len(x):
                return "shadowed"
            print(len([1, 2]))
            del len
            print(len([1, 2]))
            list = [1, 2]
            print(list)
            del list
            print(list("ab"))

            """#, prints: #"""
            shadowed
            2
            [1, 2]
            ['a', 'b']

            """#)
    }
}
