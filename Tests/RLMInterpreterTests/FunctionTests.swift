import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class FunctionTests: XCTestCase {
    func testDefDefaults() {
        assertPython(#"""
            def f(a, b=2, c=[]):
                c.append(a)
                return a, b, c
            print(f(1))
            print(f(3, 4))
            print(f(5, c=[0]))
            print(f(b=7, a=6))
            default = 10
            def g(x=default):
                return x
            default = 20
            print(g())
            def h(a, b=None):
                if b is None:
                    b = []
                b.append(a)
                return b
            print(h(1), h(2))

            """#, prints: #"""
            (1, 2, [1])
            (3, 4, [1, 3])
            (5, 2, [0, 5])
            (6, 7, [1, 3, 6])
            10
            [1] [2]

            """#)
    }

    func testDefArgsKwargs() {
        assertPython(#"""
            def f(*args, **kwargs):
                return args, kwargs
            print(f())
            print(f(1, 2, x=3))
            print(f(*[1, 2], *(3,), **{'a': 1}, b=2))
            def g(a, b, *rest, key=None, **opts):
                print(a, b, rest, key, opts)
            g(1, 2)
            g(1, 2, 3, 4, key='k', z=0)
            g(*"ab", **{'key': 5})
            def h(x, y, z):
                return x + y + z
            print(h(1, *[2, 3]), h(**{'z': 1, 'y': 2, 'x': 3}))

            """#, prints: #"""
            ((), {})
            ((1, 2), {'x': 3})
            ((1, 2, 3), {'a': 1, 'b': 2})
            1 2 () None {}
            1 2 (3, 4) k {'z': 0}
            a b () 5 {}
            6 6

            """#)
    }

    func testKeywordOnlyParams() {
        assertPython(#"""
            def f(a, *, b, c=3):
                return a, b, c
            print(f(1, b=2))
            print(f(1, c=4, b=2))
            try:
                f(1, 2)
            except TypeError as e:
                print(e)
            try:
                f(1)
            except TypeError as e:
                print(e)
            def g(*args, sep="-"):
                return sep.join(args)
            print(g("a", "b"), g("a", "b", sep="+"))

            """#, prints: #"""
            (1, 2, 3)
            (1, 2, 4)
            f() takes 1 positional argument but 2 were given
            f() missing 1 required keyword-only argument: 'b'
            a-b a+b

            """#)
    }

    func testPositionalOnlyParams() {
        assertPython(#"""
            def f(a, b, /, c, *, d):
                return a, b, c, d
            print(f(1, 2, 3, d=4))
            print(f(1, 2, c=3, d=4))
            try:
                f(1, b=2, c=3, d=4)
            except TypeError as e:
                print(e)
            def g(a, /, **kw):
                return a, kw
            print(g(1, a=2))
            def h(a, b=2, /):
                return a, b
            print(h(1), h(1, 5))

            """#, prints: #"""
            (1, 2, 3, 4)
            (1, 2, 3, 4)
            f() got some positional-only arguments passed as keyword arguments: 'b'
            (1, {'a': 2})
            (1, 2) (1, 5)

            """#)
    }

    func testArgumentErrors() {
        assertPython(#"""
            def f(a, b):
                pass
            def g(a, b=1, *, c):
                pass
            def k(*, x):
                pass
            for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, b=3), lambda: f(1, 2, c=3),
                         lambda: g(1), lambda: g(), lambda: k(1), lambda: f(), lambda: g(1, 2, 3, c=4)):
                try:
                    call()
                except TypeError as e:
                    print(e)

            """#, prints: #"""
            f() missing 1 required positional argument: 'b'
            f() takes 2 positional arguments but 3 were given
            f() got multiple values for argument 'b'
            f() got an unexpected keyword argument 'c'
            g() missing 1 required keyword-only argument: 'c'
            g() missing 1 required positional argument: 'a'
            k() takes 0 positional arguments but 1 was given
            f() missing 2 required positional arguments: 'a' and 'b'
            g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given

            """#)
    }

    func testReturnForms() {
        assertPython(#"""
            def none_return():
                return
            def implicit():
                x = 1
            def multi():
                return 1, "two", [3]
            def early(n):
                for i in range(10):
                    if i == n:
                        return i * 2
                return -1
            print(none_return(), implicit(), multi(), early(3), early(20))
            def in_finally():
                try:
                    return "try"
                finally:
                    print("finally runs")
            print(in_finally())
            def override():
                try:
                    return 1
                finally:
                    return 2
            print(override())

            """#, prints: #"""
            None None (1, 'two', [3]) 6 -1
            finally runs
            try
            2

            """#)
    }

    func testLambdaForms() {
        assertPython(#"""
            sq = lambda x: x * x
            print(sq(4))
            add = lambda a, b=10: a + b
            print(add(1), add(1, 2))
            var = lambda *a, **k: (a, k)
            print(var(1, z=2))
            print((lambda: "no args")())
            print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
            print(sq.__name__)
            fns = [lambda i=i: i for i in range(3)]
            print([f() for f in fns])
            late = [lambda: i for i in range(3)]
            print([f() for f in late])

            """#, prints: #"""
            16
            11 3
            ((1,), {'z': 2})
            no args
            ['ccc', 'bb', 'a']
            <lambda>
            [0, 1, 2]
            [2, 2, 2]

            """#)
    }

    func testClosures() {
        assertPython(#"""
            def counter():
                count = 0
                def inc():
                    nonlocal count
                    count += 1
                    return count
                return inc
            c1 = counter()
            c2 = counter()
            print(c1(), c1(), c1(), c2())
            def make_adders():
                return [lambda x, n=n: x + n for n in range(3)]
            print([f(10) for f in make_adders()])
            def outer():
                x = "outer"
                def middle():
                    def inner():
                        return x
                    return inner
                return middle()()
            print(outer())
            def late_binding():
                fs = []
                for i in range(3):
                    def f():
                        return i
                    fs.append(f)
                return [f() for f in fs]
            print(late_binding())
            def cell_after_def():
                def show():
                    return value
                value = 42
                return show()
            print(cell_after_def())

            """#, prints: #"""
            1 2 3 1
            [10, 11, 12]
            outer
            [2, 2, 2]
            42

            """#)
    }

    func testNonlocalStatement() {
        assertPython(#"""
            def outer():
                a = 1
                b = 1
                def inner():
                    nonlocal a
                    a = 2
                    b = 2
                inner()
                return a, b
            print(outer())
            def deep():
                x = 0
                def l1():
                    def l2():
                        nonlocal x
                        x += 10
                    l2()
                    l2()
                l1()
                return x
            print(deep())

            """#, prints: #"""
            (2, 1)
            20

            """#)
    }

    func testGlobalStatement() {
        assertPython(#"""
            counter = 0
            def bump():
                global counter
                counter += 1
            def create():
                global newname
                newname = "created"
            bump(); bump()
            create()
            print(counter, newname)
            x = "global"
            def shadow():
                x = "local"
                return x
            print(shadow(), x)
            def read_only():
                return x
            print(read_only())

            """#, prints: #"""
            2 created
            local global
            global

            """#)
    }

    func testConditionalDefinitions() {
        assertPython(#"""
            flag = True
            if flag:
                def f():
                    return "first"
            else:
                def f():
                    return "second"
            print(f())
            def f():
                return "redefined"
            print(f())
            for i in range(2):
                def g(i=i):
                    return i
            print(g())

            """#, prints: #"""
            first
            redefined
            1

            """#)
    }

    func testRecursion() {
        assertPython(#"""
            def fact(n):
                return 1 if n <= 1 else n * fact(n - 1)
            print(fact(30))
            def fib(n, memo={}):
                if n < 2:
                    return n
                if n not in memo:
                    memo[n] = fib(n - 1) + fib(n - 2)
                return memo[n]
            print(fib(90))
            def is_even(n):
                return True if n == 0 else is_odd(n - 1)
            def is_odd(n):
                return False if n == 0 else is_even(n - 1)
            print(is_even(100), is_odd(7))
            def depth(n):
                return 0 if n == 0 else 1 + depth(n - 1)
            print(depth(500))

            """#, prints: #"""
            265252859812191058636308480000000
            2880067194370816120
            True True
            500

            """#)
    }

    func testFunctionAttributes() {
        assertPython(#"""
            def f(a, b=1):
                """Docstring here."""
                return a
            print(f.__name__, f.__doc__)
            f.custom = "attr"
            print(f.custom)
            def g(): pass
            print(g.__doc__)
            def deco(fn):
                def wrapper(*a, **k):
                    print("calling", fn.__name__)
                    return fn(*a, **k)
                return wrapper
            @deco
            def hello(name):
                return "hi " + name
            print(hello("bob"))
            def param_deco(tag):
                def d(fn):
                    return lambda *a: f"<{tag}>{fn(*a)}</{tag}>"
                return d
            @param_deco("b")
            @param_deco("i")
            def text(s):
                return s
            print(text("x"))

            """#, prints: #"""
            f Docstring here.
            attr
            None
            calling hello
            hi bob
            <b><i>x</i></b>

            """#)
    }

    func testClassBodyScoping() {
        assertPython(#"""
            x = "global x"
            class C:
                x = x + " copied into class"
                y = x.upper()
                def method(self):
                    return x
            print(C.x, "|", C.y, "|", C().method())
            def outer():
                v = "enclosing"
                class Inner:
                    w = v + " seen by class body"
                    def get(self):
                        return v
                return Inner
            I = outer()
            print(I.w, "|", I().get())

            """#, prints: #"""
            global x copied into class | GLOBAL X COPIED INTO CLASS | global x
            enclosing seen by class body | enclosing

            """#)
    }

    func testNestedScopesAndGlobals() {
        assertPython(#"""
            def a():
                def b():
                    global g
                    g = "set in b"
                    def c():
                        return g
                    return c()
                return b()
            print(a(), g)
            def counter_factory():
                counts = {}
                def count(key):
                    counts[key] = counts.get(key, 0) + 1
                    return counts
                return count
            c = counter_factory()
            c("x"); c("y")
            print(c("x"))
            def shadowing(len=len):
                list = [1, 2]
                return len(list)
            print(shadowing())

            """#, prints: #"""
            set in b set in b
            {'x': 2, 'y': 1}
            2

            """#)
    }

    func testKeywordArgumentErrors() {
        assertPython(#"""
            def f(a, b=2, *, c=3):
                return a, b, c
            for call in (lambda: f(1, a=2), lambda: f(1, d=4), lambda: f(1, 2, 3), lambda: f(**{"a": 1, "z": 0}), lambda: f(*[1], **{"b": 5, "c": 6})):
                try:
                    print(call())
                except TypeError as e:
                    print(e)
            def g(**kw):
                return sorted(kw.items())
            print(g(b=1, a=2), g(**{"x y": 1}))
            try:
                g(**{1: 2})
            except TypeError as e:
                print(e)

            """#, prints: #"""
            f() got multiple values for argument 'a'
            f() got an unexpected keyword argument 'd'
            f() takes from 1 to 2 positional arguments but 3 were given
            f() got an unexpected keyword argument 'z'
            (1, 5, 6)
            [('a', 2), ('b', 1)] [('x y', 1)]
            keywords must be strings

            """#)
    }

    func testRecursionLimitAndDeepCalls() {
        assertPython(#"""
            import_free = True
            def depth(n):
                return n if n == 0 else depth(n - 1)
            print(depth(900))
            def ackermann(m, n):
                if m == 0:
                    return n + 1
                if n == 0:
                    return ackermann(m - 1, 1)
                return ackermann(m - 1, ackermann(m, n - 1))
            print(ackermann(2, 3))
            def hanoi(n, a="A", b="B", c="C", moves=None):
                moves = [] if moves is None else moves
                if n:
                    hanoi(n - 1, a, c, b, moves)
                    moves.append(a + c)
                    hanoi(n - 1, b, a, c, moves)
                return moves
            print(len(hanoi(10)), hanoi(2))

            """#, prints: #"""
            0
            9
            1023 ['AB', 'AC', 'BC']

            """#)
    }
}
