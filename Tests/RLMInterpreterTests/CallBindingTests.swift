import XCTest
@testable import RLMInterpreter

// Expected output produced by running the same program with CPython 3.11.

/// Calls of Python functions bind positional and named keyword arguments straight into the callee's
/// slots when they can (`Interp.callDirect`, `CallSiteArguments.keywordSlots`), and fall back to the
/// general binder for everything else, which gives CPython's errors. The same call sites see
/// different functions and shapes; recursion takes frames from the code's stack of spare frames.
final class CallBindingTests: XCTestCase {
    func testKeywordCallsAndReusedFramesAgreeWithCPython() {
        assertPython(#"""
            def show(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)

            def clamp(x, lo=0, hi=100):
                return (x, lo, hi)

            def pos_only(a, /, b=2):
                return (a, b)

            def kw_only(a, *, b=2):
                return (a, b)

            def star(*args, **kw):
                return (args, sorted(kw.items()))

            order = []
            def note(v):
                order.append(v)
                return v

            # The same sites called with different functions and shapes.
            for f in [clamp, pos_only, kw_only, star]:
                show(lambda: f(1, hi=5))
                show(lambda: f(1, b=5))
                show(lambda: f(x=1))
                show(lambda: f(1, lo=2, hi=3))
                show(lambda: f(a=1))
                show(lambda: f(1, x=2))
                show(lambda: f())
            show(lambda: clamp(hi=note(1), x=note(2), lo=note(3)))
            print(order)
            show(lambda: clamp(1, 2, 3, hi=4))
            show(lambda: clamp(1, lo=2, lo2=3))
            for i in range(3):
                show(lambda: clamp(i, hi=i * 10))
            class K:
                def __init__(self, base):
                    self.base = base
                def add(self, x, y=1, scale=1):
                    return (self.base + x + y) * scale
            k = K(10)
            print([k.add(i, scale=2) for i in range(3)], k.add(x=1, y=2), k.add(1, scale=3, y=0))
            show(lambda: k.add(self=1, x=2))
            show(lambda: k.add(1, x=2))
            # recursion reuses frames: locals stay separate
            def depth(n, acc=()):
                if n == 0:
                    return acc
                return depth(n - 1, acc=acc + (n,))
            print(depth(40))
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            print(fib(20))
            def tree(n):
                if n == 0:
                    return []
                left = tree(n - 1)
                right = tree(n - 1)
                return [n, len(left), len(right)]
            print(tree(6))
            """#, prints: "(1, 0, 5)\nTypeError: clamp() got an unexpected keyword argument 'b'\n(1, 0, 100)\n(1, 2, 3)\nTypeError: clamp() got an unexpected keyword argument 'a'\nTypeError: clamp() got multiple values for argument 'x'\nTypeError: clamp() missing 1 required positional argument: 'x'\nTypeError: pos_only() got an unexpected keyword argument 'hi'\n(1, 5)\nTypeError: pos_only() got an unexpected keyword argument 'x'\nTypeError: pos_only() got an unexpected keyword argument 'lo'\nTypeError: pos_only() got some positional-only arguments passed as keyword arguments: 'a'\nTypeError: pos_only() got an unexpected keyword argument 'x'\nTypeError: pos_only() missing 1 required positional argument: 'a'\nTypeError: kw_only() got an unexpected keyword argument 'hi'\n(1, 5)\nTypeError: kw_only() got an unexpected keyword argument 'x'\nTypeError: kw_only() got an unexpected keyword argument 'lo'\n(1, 2)\nTypeError: kw_only() got an unexpected keyword argument 'x'\nTypeError: kw_only() missing 1 required positional argument: 'a'\n((1,), [('hi', 5)])\n((1,), [('b', 5)])\n((), [('x', 1)])\n((1,), [('hi', 3), ('lo', 2)])\n((), [('a', 1)])\n((1,), [('x', 2)])\n((), [])\n(2, 3, 1)\n[1, 2, 3]\nTypeError: clamp() got multiple values for argument 'hi'\nTypeError: clamp() got an unexpected keyword argument 'lo2'\n(0, 0, 0)\n(1, 0, 10)\n(2, 0, 20)\n[22, 24, 26] 13 33\nTypeError: K.add() got multiple values for argument 'self'\nTypeError: K.add() got multiple values for argument 'x'\n(40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)\n6765\n[6, 3, 3]\n")
    }

    /// Calling a user class whose only constructor is a Python `__init__` binds the arguments
    /// straight into `__init__`'s frame (`Interp.constructDirect`); `__new__`, exceptions, classes
    /// without `__init__` and changes to `__init__` after the first call take the general path.
    func testCallingAClassBindsIntoInitOrFallsBack() {
        assertPython(#"""
            def show(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            class P:
                def __init__(self, x, y=2, *, z=None):
                    self.x, self.y = x, y
                def __repr__(self):
                    return f"P({self.x}, {self.y})"
            class Q(P):
                pass
            class R:
                def __init__(self, a, b=0):
                    self.s = a + b
                def __repr__(self):
                    return f"R({self.s})"
            class N:
                def __new__(cls, *a):
                    return "from new"
            class Bad:
                def __init__(self):
                    return 5
            class Empty:
                pass
            for cls in [P, Q, R]:
                show(lambda: cls(1))
                show(lambda: cls(1, 2))
                show(lambda: cls(a=1, b=3))
                show(lambda: cls(1, y=5))
                show(lambda: cls())
                show(lambda: cls(1, 2, 3))
            show(lambda: N(1, 2))
            show(lambda: Bad())
            show(lambda: type(Empty()).__name__)
            show(lambda: Empty(1))
            def init2(self, v):
                self.s = v * 100
            R.__init__ = init2
            show(lambda: R(3))
            del R.__init__
            show(lambda: R(3))
            show(lambda: type(R()).__name__)
            class E(Exception):
                def __init__(self, code):
                    self.code = code
            show(lambda: (E(4).code, E(4).args))
            rs = [R() for i in range(3)]
            print(len(rs), all(type(r) is R for r in rs))
            """#, prints: "P(1, 2)\nP(1, 2)\nTypeError: P.__init__() got an unexpected keyword argument 'a'\nP(1, 5)\nTypeError: P.__init__() missing 1 required positional argument: 'x'\nTypeError: P.__init__() takes from 2 to 3 positional arguments but 4 were given\nP(1, 2)\nP(1, 2)\nTypeError: P.__init__() got an unexpected keyword argument 'a'\nP(1, 5)\nTypeError: P.__init__() missing 1 required positional argument: 'x'\nTypeError: P.__init__() takes from 2 to 3 positional arguments but 4 were given\nR(1)\nR(3)\nR(4)\nTypeError: R.__init__() got an unexpected keyword argument 'y'\nTypeError: R.__init__() missing 1 required positional argument: 'a'\nTypeError: R.__init__() takes from 2 to 3 positional arguments but 4 were given\n'from new'\nTypeError: __init__() should return None, not 'int'\n'Empty'\nTypeError: Empty() takes no arguments\nR(300)\nTypeError: R() takes no arguments\n'R'\n(4, (4,))\n3 True\n")
    }
}
