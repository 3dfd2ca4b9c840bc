import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class StatementTests: XCTestCase {
    /// `for` over a list walks it by index: items appended or removed during the loop are
    /// seen as CPython's list iterator sees them; generators still suspend inside such loops.
    func testForOverListThatChangesWhileIterated() {
        assertPython(#"""
            a = [1, 2, 3]
            for x in a:
                if x < 6:
                    a.append(x + 3)
                print(x, end=" ")
            print()
            b = [1, 2, 3, 4]
            for x in b:
                b.pop()
                print(x, end=" ")
            print()
            for x in []:
                pass
            else:
                print("empty else")
            def g():
                for x in [1, 2, 3]:
                    yield x * 2
            print(list(g()))
            """#, prints: "1 2 3 4 5 6 7 8 \n1 2 \nempty else\n[2, 4, 6]\n")
    }

    func testChainedAssignment() {
        assertPython(#"""
            a = b = c = [1, 2]
            b.append(3)
            print(a, c, a is b is c)
            x = y = 5
            y += 1
            print(x, y)

            """#, prints: #"""
            [1, 2, 3] [1, 2, 3] True
            5 6

            """#)
    }

    func testChainedAssignmentOrder() {
        assertPython(#"""
            log = []
            class D:
                def __init__(self):
                    self.data = {}
                def __setitem__(self, k, v):
                    log.append(k)
                    self.data[k] = v
            d = D()
            d['a'] = d['b'] = 1
            print(log, d.data)
            def value():
                log.append('value')
                return 7
            x = log[0] = value()
            print(x, log)

            """#, prints: #"""
            ['a', 'b'] {'a': 1, 'b': 1}
            7 [7, 'b', 'value']

            """#)
    }

    func testTupleUnpackingForms() {
        assertPython(#"""
            a, b = 1, 2
            print(a, b)
            a, b = b, a
            print(a, b)
            (c, d), e = (3, 4), 5
            print(c, d, e)
            [f, g] = "xy"
            print(f, g)
            h, = [9]
            print(h)
            for i, (j, k) in enumerate([(1, 2), (3, 4)]):
                print(i, j, k)

            """#, prints: #"""
            1 2
            2 1
            3 4 5
            x y
            9
            0 1 2
            1 3 4

            """#)
    }

    func testStarredUnpacking() {
        assertPython(#"""
            first, *rest = [1, 2, 3, 4]
            print(first, rest)
            *init, last = "abcd"
            print(init, last)
            a, *mid, z = range(5)
            print(a, mid, z)
            a, *mid, z = [1, 2]
            print(a, mid, z)
            (p, *q), r = [1, 2, 3], 4
            print(p, q, r)
            for x, *ys in [(1, 2, 3), (4,)]:
                print(x, ys)
            print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2})
            print({**{'a': 1}, 'b': 2, **{'a': 3}})

            """#, prints: #"""
            1 [2, 3, 4]
            ['a', 'b', 'c'] d
            0 [1, 2, 3] 4
            1 [] 2
            1 [2, 3] 4
            1 [2, 3]
            4 []
            [0, 1, 2, 'a', 'b'] (1, 2) {1, 2}
            {'a': 3, 'b': 2}

            """#)
    }

    func testUnpackingErrors() {
        assertPython(#"""
            def attempt(fn):
                try:
                    fn()
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            def f1():
                a, b = [1, 2, 3]
            def f2():
                a, b, c = [1, 2]
            def f3():
                a, *b, c = [1]
            def f4():
                a, b = 5
            def f5():
                a, = []
            attempt(f1)
            attempt(f2)
            attempt(f3)
            attempt(f4)
            attempt(f5)

            """#, prints: #"""
            ValueError: too many values to unpack (expected 2)
            ValueError: not enough values to unpack (expected 3, got 2)
            ValueError: not enough values to unpack (expected at least 2, got 1)
            TypeError: cannot unpack non-iterable int object
            ValueError: not enough values to unpack (expected 1, got 0)

            """#)
    }

    func testAugmentedAssignment() {
        assertPython(#"""
            x = 10
            x += 5; print(x)
            x -= 3; print(x)
            x *= 2; print(x)
            x /= 4; print(x)
            x //= 2; print(x)
            x = 17
            x %= 5; print(x)
            x **= 3; print(x)
            x <<= 2; print(x)
            x >>= 1; print(x)
            x &= 0b1110; print(x)
            x |= 1; print(x)
            x ^= 0b101; print(x)
            s = "ab"
            s *= 3; print(s)
            l = [1]
            alias = l
            l += [2, 3]
            print(l, alias, l is alias)
            t = (1,)
            talias = t
            t += (2,)
            print(t, talias)
            d = {'k': [1]}
            d['k'] += [2]
            print(d)
            class O: pass
            o = O()
            o.n = 1
            o.n += 41
            print(o.n)

            """#, prints: #"""
            15
            12
            24
            6.0
            3.0
            2
            8
            32
            16
            0
            1
            4
            ababab
            [1, 2, 3] [1, 2, 3] True
            (1, 2) (1,)
            {'k': [1, 2]}
            42

            """#)
    }

    func testAugmentedSubscriptEvaluatesOnce() {
        assertPython(#"""
            calls = []
            def key():
                calls.append('key')
                return 0
            def target():
                calls.append('target')
                return lst
            lst = [10]
            target()[key()] += 5
            print(lst, calls)

            """#, prints: "[15] ['target', 'key']\n")
    }

    func testAnnotatedAssignment() {
        assertPython(#"""
            x: int = 5
            y: list[int]
            print(x)
            try:
                print(y)
            except NameError as e:
                print(e)
            def f():
                z: str = "hi"
                w: int
                return z
            print(f())
            class C:
                a: int = 3
                b: str
            print(C.a, hasattr(C, 'b'))

            """#, prints: #"""
            5
            name 'y' is not defined
            hi
            3 False

            """#)
    }

    func testIfElifElse() {
        assertPython(#"""
            def classify(n):
                if n < 0:
                    return "neg"
                elif n == 0:
                    return "zero"
                elif n < 10:
                    return "small"
                else:
                    return "big"
            for n in (-5, 0, 3, 99):
                print(n, classify(n))
            if []:
                print("no")
            elif {}:
                print("no")
            elif "x":
                print("yes")
            if 0: pass
            else: print("inline else")

            """#, prints: #"""
            -5 neg
            0 zero
            3 small
            99 big
            yes
            inline else

            """#)
    }

    func testWhileElse() {
        assertPython(#"""
            i = 0
            while i < 3:
                print("loop", i)
                i += 1
            else:
                print("else ran", i)
            while True:
                i -= 1
                if i == 1:
                    break
            else:
                print("not printed")
            print("after", i)
            n = 0
            while n < 10:
                n += 1
                if n % 2:
                    continue
                if n > 6:
                    break
                print("even", n)

            """#, prints: #"""
            loop 0
            loop 1
            loop 2
            else ran 3
            after 1
            even 2
            even 4
            even 6

            """#)
    }

    func testForElse() {
        assertPython(#"""
            for x in [1, 2, 3]:
                if x == 5:
                    break
            else:
                print("no break")
            for x in [1, 5, 3]:
                if x == 5:
                    print("found", x)
                    break
            else:
                print("not printed")
            for x in []:
                pass
            else:
                print("empty else")
            print(x)

            """#, prints: #"""
            no break
            found 5
            empty else
            5

            """#)
    }

    func testBreakContinueNested() {
        assertPython(#"""
            result = []
            for i in range(4):
                for j in range(4):
                    if j == i:
                        continue
                    if j > 2:
                        break
                    result.append((i, j))
            print(result)
            for i in range(3):
                try:
                    if i == 1:
                        continue
                    print("body", i)
                finally:
                    print("finally", i)
            for i in range(3):
                try:
                    break
                finally:
                    print("finally on break", i)

            """#, prints: #"""
            [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2)]
            body 0
            finally 0
            finally 1
            body 2
            finally 2
            finally on break 0

            """#)
    }

    func testLoopVariableRebinding() {
        assertPython(#"""
            for i in range(3):
                i = i * 10
                print(i)
            print(i)
            items = [1, 2, 3]
            for item in items:
                if item == 1:
                    items.append(4)
            print(items)

            """#, prints: #"""
            0
            10
            20
            20
            [1, 2, 3, 4]

            """#)
    }

    func testPassStatement() {
        assertPython(#"""
            def f():
                pass
            class C:
                pass
            for _ in range(2):
                pass
            print(f(), C.__name__)

            """#, prints: "None C\n")
    }

    func testDelStatement() {
        assertPython(#"""
            x = 1
            del x
            try:
                x
            except NameError as e:
                print(e)
            l = [0, 1, 2, 3, 4, 5]
            del l[0]
            print(l)
            del l[1:3]
            print(l)
            del l[::2]
            print(l)
            d = {'a': 1, 'b': 2}
            del d['a']
            print(d)
            class O: pass
            o = O()
            o.attr = 1
            del o.attr
            print(hasattr(o, 'attr'))
            a, b = 1, 2
            del a, b
            print('a' in dir(), 'b' in dir())
            try:
                del d['zz']
            except KeyError as e:
                print(repr(e))
            def f():
                y = 1
                del y
                return y
            try:
                f()
            except UnboundLocalError as e:
                print(e)

            """#, prints: #"""
            name 'x' is not defined
            [1, 2, 3, 4, 5]
            [1, 4, 5]
            [4]
            {'b': 2}
            False
            False False
            KeyError('zz')
            cannot access local variable 'y' where it is not associated with a value

            """#)
    }

    func testAssertStatement() {
        assertPython(#"""
            assert True
            assert 1 == 1, "never"
            try:
                assert 1 == 2
            except AssertionError as e:
                print(repr(e), e.args)
            try:
                assert [], "empty list is falsy"
            except AssertionError as e:
                print(e)
            try:
                assert False, {"k": 1}
            except AssertionError as e:
                print(e.args[0])

            """#, prints: #"""
            AssertionError() ()
            empty list is falsy
            {'k': 1}

            """#)
    }

    func testAssertUncaught() {
        assertPythonError(#"""
            x = 3
            assert x > 5, f"x is {x}"

            """#, prints: "", lastLine: "AssertionError: x is 3")
    }

    func testWithStatementBasic() {
        assertPython(#"""
            class CM:
                def __init__(self, name):
                    self.name = name
                def __enter__(self):
                    print("enter", self.name)
                    return self.name.upper()
                def __exit__(self, et, ev, tb):
                    print("exit", self.name, et)
                    return False
            with CM("a") as v:
                print("body", v)
            with CM("x") as x, CM("y") as y:
                print("both", x, y)
            with CM("noas"):
                print("no target")
            with CM("t") as (first, *rest):
                print(first, rest)

            """#, prints: #"""
            enter a
            body A
            exit a None
            enter x
            enter y
            both X Y
            exit y None
            exit x None
            enter noas
            no target
            exit noas None
            enter t
            T []
            exit t None

            """#)
    }

    func testWithExceptionPropagates() {
        assertPython(#"""
            class CM:
                def __enter__(self):
                    return self
                def __exit__(self, et, ev, tb):
                    print("exit got", et.__name__, ev)
            try:
                with CM():
                    raise ValueError("inside")
            except ValueError as e:
                print("caught", e)

            """#, prints: #"""
            exit got ValueError inside
            caught inside

            """#)
    }

    func testWithExitSuppresses() {
        assertPython(#"""
            class Suppress:
                def __init__(self, *types):
                    self.types = types
                def __enter__(self):
                    return self
                def __exit__(self, et, ev, tb):
                    return et is not None and issubclass(et, self.types)
            with Suppress(KeyError):
                {}['missing']
                print("unreachable")
            print("after suppressed")
            try:
                with Suppress(KeyError):
                    1 / 0
            except ZeroDivisionError as e:
                print("not suppressed:", e)
            def f():
                for i in range(3):
                    with Suppress(ValueError):
                        if i == 1:
                            raise ValueError
                        print("i", i)
                return "done"
            print(f())

            """#, prints: #"""
            after suppressed
            not suppressed: division by zero
            i 0
            i 2
            done

            """#)
    }

    func testWithMultipleExitOrder() {
        assertPython(#"""
            class CM:
                def __init__(self, n):
                    self.n = n
                def __enter__(self):
                    print("enter", self.n)
                    return self
                def __exit__(self, *exc):
                    print("exit", self.n, exc[0].__name__ if exc[0] else None)
                    return self.n == 2
            with CM(1), CM(2), CM(3):
                raise RuntimeError("x")
            print("suppressed by 2")
            def early():
                with CM("r"):
                    return "returned"
            print(early())
            for i in range(2):
                with CM(f"loop{i}"):
                    if i == 0:
                        continue
                    break

            """#, prints: #"""
            enter 1
            enter 2
            enter 3
            exit 3 RuntimeError
            exit 2 RuntimeError
            exit 1 None
            suppressed by 2
            enter r
            exit r None
            returned
            enter loop0
            exit loop0 None
            enter loop1
            exit loop1 None

            """#)
    }

    func testWithEnterFailure() {
        assertPython(#"""
            class Bad:
                def __enter__(self):
                    raise OSError("cannot enter")
                def __exit__(self, *a):
                    print("exit should not run")
            class Good:
                def __enter__(self):
                    print("good enter")
                def __exit__(self, *a):
                    print("good exit")
            try:
                with Good(), Bad():
                    print("body")
            except OSError as e:
                print("caught", e)
            try:
                with 5:
                    pass
            except (TypeError, AttributeError) as e:
                print(type(e).__name__)

            """#, prints: #"""
            good enter
            good exit
            caught cannot enter
            TypeError

            """#)
    }

    func testImportErrors() {
        assertPython(#"""
            try:
                import no_such_module_xyz
            except ImportError as e:
                print(type(e).__name__, e.name)
            try:
                from no_such_pkg_q import thing
            except ModuleNotFoundError as e:
                print(type(e).__name__, e.name)
            print(issubclass(ModuleNotFoundError, ImportError))

            """#, prints: #"""
            ModuleNotFoundError no_such_module_xyz
            ModuleNotFoundError no_such_pkg_q
            True

            """#)
    }

    func testImportErrorUncaught() {
        assertPythonError(#"""
            print("before")
            import definitely_not_a_module

            """#, prints: "before\n", type: "ModuleNotFoundError")
    }

    func testImportNameError() {
        assertPython(#"""
            try:
                from typing import no_such_name
            except ImportError as e:
                print(type(e).__name__, str(e).split(" (")[0])

            """#, prints: "ImportError cannot import name 'no_such_name' from 'typing'\n")
    }

    func testStatementSemicolonsAndSuites() {
        assertPython(#"""
            a = 1; b = 2; print(a + b)
            if a: print("one-line if"); print("second")
            while b: b -= 1; print("w", b)
            def f(): return "one-line def"
            print(f())
            class K: x = 1; y = 2
            print(K.x + K.y)

            """#, prints: #"""
            3
            one-line if
            second
            w 1
            w 0
            one-line def
            3

            """#)
    }
}
