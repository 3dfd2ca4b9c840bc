import XCTest
@testable import RLMInterpreter

// Expected outputs were produced by running each program with CPython 3.11.
final class CopyOperatorTests: XCTestCase {
    func test_copyBuiltins() {
        assertPython("""
        import copy
        a = [1, [2, 3], {"k": [4]}]
        b = copy.copy(a)
        c = copy.deepcopy(a)
        a[1].append(99)
        a[2]["k"].append(5)
        print(b, c, b[1] is a[1], c[1] is a[1])
        t = (1, 2, [3])
        print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, "a", (2, 3))) is not None)
        tt = (1, "a", (2, 3))
        print(copy.deepcopy(tt) is tt)
        s = {1, 2, 3}
        fs = frozenset({1, 2})
        print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(fs) is fs, sorted(copy.deepcopy(s)))
        d = {"a": 1, "b": [1, 2]}
        dc, dd = copy.copy(d), copy.deepcopy(d)
        d["b"].append(3)
        print(dc, dd, list(dd))
        print(copy.copy(len) is len, copy.copy(None), copy.deepcopy(3.5), copy.deepcopy("s"), copy.deepcopy(10 ** 30))
        print(copy.deepcopy(range(3)), copy.copy(b"ab"), copy.deepcopy(bytearray(b"x")), copy.copy(bytearray(b"y")))

        """, prints: """
        [1, [2, 3, 99], {'k': [4, 5]}] [1, [2, 3], {'k': [4]}] True False
        True False True True
        True
        True False True [1, 2, 3]
        {'a': 1, 'b': [1, 2, 3]} {'a': 1, 'b': [1, 2]} ['a', 'b']
        True None 3.5 s 1000000000000000000000000000000
        range(0, 3) b'ab' bytearray(b'x') bytearray(b'y')

        """)
    }

    func test_deepcopySharedAndCycles() {
        assertPython("""
        import copy
        shared = [1, 2]
        outer = [shared, shared]
        o2 = copy.deepcopy(outer)
        print(o2[0] is o2[1], o2[0] is shared)
        cyc = [1]
        cyc.append(cyc)
        cc = copy.deepcopy(cyc)
        print(cc[1] is cc, cc is not cyc, len(cc))
        d = {"self": None}
        d["self"] = d
        dd = copy.deepcopy(d)
        print(dd["self"] is dd, dd is not d)
        t = ([],)
        t[0].append(t)
        tc = copy.deepcopy(t)
        print(tc[0][0] is tc, tc is not t)
        l = [[0] * 2] * 2
        lc = copy.deepcopy(l)
        lc[0][0] = 5
        print(lc)
        memo = {}
        x = [1, 2]
        y = copy.deepcopy([x, x], memo)
        print(y, id(x) in memo, memo[id(x)] == [1, 2], memo[id(x)] is y[0])

        """, prints: """
        True False
        True True 2
        True True
        True True
        [[5, 0], [5, 0]]
        [[1, 2], [1, 2]] True True True

        """)
    }

    func test_copyInstances() {
        assertPython("""
        import copy
        class P:
            def __init__(self, x, tags):
                self.x = x
                self.tags = tags
            def __repr__(self):
                return f"P({self.x}, {self.tags})"
        p = P(1, ["a"])
        p2, p3 = copy.copy(p), copy.deepcopy(p)
        p.tags.append("b")
        print(p2, p3, p2.tags is p.tags, p3.tags is p.tags, type(p3).__name__, isinstance(p3, P))
        class Init:
            count = 0
            def __init__(self):
                Init.count += 1
                self.z = [0]
        i = Init()
        j, k = copy.deepcopy(i), copy.copy(i)
        print(Init.count, j.z, j.z is i.z, k.z is i.z)
        class Node:
            def __init__(self, val):
                self.val = val
                self.next = None
        n1, n2 = Node(1), Node(2)
        n1.next, n2.next = n2, n1
        m1 = copy.deepcopy(n1)
        print(m1.val, m1.next.val, m1.next.next is m1, m1 is not n1, m1.next is not n2)
        print(copy.deepcopy(P) is P, copy.copy(P) is P)

        """, prints: """
        P(1, ['a', 'b']) P(1, ['a']) True False P True
        1 [0] False True
        1 2 True True True
        True True

        """)
    }

    func test_copyProtocols() {
        assertPython("""
        import copy
        class C:
            def __init__(self):
                self.v = [1]
                self.copied = False
            def __copy__(self):
                n = C()
                n.copied = "shallow"
                return n
            def __deepcopy__(self, memo):
                n = C()
                n.copied = "deep"
                n.v = copy.deepcopy(self.v, memo)
                return n
        print(copy.copy(C()).copied, copy.deepcopy(C()).copied, copy.deepcopy([C()])[0].copied)
        class S:
            def __init__(self):
                self.a = 1
                self.b = 2
            def __getstate__(self):
                return {"a": self.a}
            def __setstate__(self, st):
                self.a = st["a"] * 10
                self.restored = True
        s2 = copy.copy(S())
        s3 = copy.deepcopy(S())
        print(s2.a, s2.restored, hasattr(s2, "b"), s3.a)
        class Frozen:
            def __init__(self, v):
                object.__setattr__(self, "v", v)
            def __setattr__(self, k, v):
                raise AttributeError("frozen")
        f = copy.deepcopy(Frozen([1]))
        print(f.v)

        """, prints: """
        shallow deep deep
        10 True False 10
        [1]

        """)
    }

    func test_copyExceptions() {
        assertPython("""
        import copy
        e = ValueError("bad", 2)
        e2, e3 = copy.copy(e), copy.deepcopy(e)
        print(type(e2).__name__, e2.args, e3.args, str(e3), e3 is not e)
        class MyErr(Exception):
            pass
        m = copy.deepcopy(MyErr("x"))
        print(type(m).__name__, m.args)
        print(copy.Error.__name__, issubclass(copy.Error, Exception))

        """, prints: """
        ValueError ('bad', 2) ('bad', 2) ('bad', 2) True
        MyErr ('x',)
        Error True

        """)
    }

    func test_copyGeneratorFails() {
        assertPythonRaises("""
        import copy
        def gen():
            yield 1
        copy.deepcopy(gen())

        """, "TypeError", message: """
        cannot pickle 'generator' object
        """)
    }

    func test_operatorFunctions() {
        assertPython("""
        import operator
        print(operator.add(1, 2), operator.add("a", "b"), operator.sub(5, 7), operator.mul([1], 3), operator.truediv(7, 2))
        print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.pow(2, -1), operator.neg(5), operator.pos(-2))
        print(operator.abs(-3.5), operator.abs(-4), operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2))
        print(operator.gt("b", "a"), operator.ge(1, 2), operator.not_(0), operator.not_([1]), operator.truth([]), operator.truth("x"))
        print(operator.contains([1, 2], 2), operator.contains("abc", "d"), operator.contains({"k": 1}, "k"))
        d = {"a": 1}
        operator.setitem(d, "b", 2)
        print(d, operator.getitem(d, "a"), operator.getitem("abc", slice(1, None)))
        operator.delitem(d, "a")
        print(d)
        l = [1, 2, 3, 4]
        operator.delitem(l, slice(0, 2))
        print(l)
        print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2,)))
        print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.and_(True, False), operator.or_({1}, {2}))
        print(operator.index(5), operator.index(True), operator.is_(None, None), operator.is_not(1, None))
        print(operator.countOf([1, 2, 1, 1], 1), operator.countOf("banana", "a"), operator.indexOf([5, 6, 7], 7), operator.indexOf("abc", "c"))
        print(operator.lshift(1, 4), operator.rshift(256, 2), operator.invert(5), operator.inv(0))
        x = [1]
        y = operator.iadd(x, [2])
        print(x, y is x, operator.iadd(1, 2), operator.imul("ab", 2))

        """, prints: """
        3 ab -2 [1, 1, 1] 3.5
        3 2 1024 0.5 -5 -2
        3.5 4 True True True True
        True False True False False True
        True False True
        {'a': 1, 'b': 2} 1 bc
        {'b': 2}
        [3, 4]
        [1, 2] ab (1, 2)
        2 7 5 False {1, 2}
        5 1 True True
        3 3 2 2
        16 64 -6 -1
        [1, 2] True 3 abab

        """)
    }

    func test_operatorErrors() {
        assertPython("""
        import operator
        def err(f):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)
        err(lambda: operator.index(1.5))
        err(lambda: operator.indexOf([1], 2))
        err(lambda: operator.concat(1, 2))
        err(lambda: operator.add(1, "a"))
        err(lambda: operator.neg("a"))
        err(lambda: operator.lt(1, "a"))
        err(lambda: operator.truediv(1, 0))
        err(lambda: operator.getitem([1], 5))
        err(lambda: operator.add(1))

        """, prints: """
        TypeError 'float' object cannot be interpreted as an integer
        ValueError sequence.index(x): x not in sequence
        TypeError 'int' object can't be concatenated
        TypeError unsupported operand type(s) for +: 'int' and 'str'
        TypeError bad operand type for unary -: 'str'
        TypeError '<' not supported between instances of 'int' and 'str'
        ZeroDivisionError division by zero
        IndexError list index out of range
        TypeError add expected 2 arguments, got 1

        """)
    }

    func test_itemgetter() {
        assertPython("""
        from operator import itemgetter
        rows = [("b", 2, 3.0), ("a", 2, 1.5), ("c", 1, 9.0)]
        print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
        print(itemgetter(0)("xyz"), itemgetter(-1)([1, 2]), itemgetter("k", "j")({"k": 1, "j": 2}), itemgetter(slice(1, 3))("abcd"))
        print(itemgetter(1), itemgetter("a", 2), list(map(itemgetter(0), rows)), callable(itemgetter(0)), type(itemgetter(0)).__name__)
        print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1), reverse=True))
        print(max([("x", 3), ("y", 9)], key=itemgetter(1)))
        def err(f):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)
        err(lambda: itemgetter())
        err(lambda: itemgetter(5)([1]))
        err(lambda: itemgetter("missing")({}))
        err(lambda: itemgetter(0)())

        """, prints: """
        [('c', 1, 9.0), ('b', 2, 3.0), ('a', 2, 1.5)] [('c', 1, 9.0), ('a', 2, 1.5), ('b', 2, 3.0)]
        x 2 (1, 2) bc
        operator.itemgetter(1) operator.itemgetter('a', 2) ['b', 'a', 'c'] True itemgetter
        [('a', 3), ('b', 2), ('c', 1)]
        ('y', 9)
        TypeError itemgetter expected 1 argument, got 0
        IndexError list index out of range
        KeyError 'missing'
        TypeError itemgetter expected 1 argument, got 0

        """)
    }

    func test_attrgetterMethodcaller() {
        assertPython("""
        from operator import attrgetter, methodcaller
        class Pt:
            def __init__(self, x, y):
                self.x = x
                self.y = y
        class Box:
            def __init__(self, p, name):
                self.p = p
                self.name = name
        boxes = [Box(Pt(3, 4), "b"), Box(Pt(1, 9), "a")]
        print(attrgetter("p.x")(boxes[0]), attrgetter("name", "p.y")(boxes[0]))
        print([b.name for b in sorted(boxes, key=attrgetter("p.x"))], [b.name for b in sorted(boxes, key=attrgetter("name"))])
        print(repr(attrgetter("x.y", "z")), methodcaller("split", ",", maxsplit=1), methodcaller("strip"))
        print(methodcaller("upper")("abc"), methodcaller("split", "-")("a-b-c"), methodcaller("replace", "a", "b")("aaa"))
        print(methodcaller("get", "k", 0)({}), list(map(methodcaller("lower"), ["A", "B"])))
        def err(f):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)
        err(lambda: attrgetter(1))
        err(lambda: methodcaller(1))
        err(lambda: attrgetter("nope")(boxes[0]))
        err(lambda: methodcaller("nope")("s"))

        """, prints: """
        3 ('b', 4)
        ['a', 'b'] ['a', 'b']
        operator.attrgetter('x.y', 'z') operator.methodcaller('split', ',', maxsplit=1) operator.methodcaller('strip')
        ABC ['a', 'b', 'c'] bbb
        0 ['a', 'b']
        TypeError attribute name must be a string
        TypeError method name must be a string
        AttributeError 'Box' object has no attribute 'nope'
        AttributeError 'str' object has no attribute 'nope'

        """)
    }
}
