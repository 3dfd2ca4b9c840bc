import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class DunderMethodTests: XCTestCase {
    func testReprAndStr() {
        assertPython(#"""
            class Both:
                def __repr__(self): return "Both(repr)"
                def __str__(self): return "both-str"
            class ReprOnly:
                def __repr__(self): return "ReprOnly()"
            b, r = Both(), ReprOnly()
            print(b, r, str(b), repr(b), str(r))
            print([b, r], (b,), {"k": b})
            print(f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
            class Plain: pass
            print(repr(Plain()).startswith("<__main__.Plain object at 0x"))

            """#, prints: #"""
            both-str ReprOnly() both-str Both(repr) ReprOnly()
            [Both(repr), ReprOnly()] (Both(repr),) {'k': Both(repr)}
            both-str Both(repr) ReprOnly() both-str Both(repr) both-str Both(repr)
            True

            """#)
    }

    func testEqualityAndHash() {
        assertPython(#"""
            class Point:
                def __init__(self, x, y):
                    self.x, self.y = x, y
                def __eq__(self, other):
                    if not isinstance(other, Point):
                        return NotImplemented
                    return (self.x, self.y) == (other.x, other.y)
                def __hash__(self):
                    return hash((self.x, self.y))
                def __repr__(self):
                    return f"P({self.x},{self.y})"
            p, q = Point(1, 2), Point(1, 2)
            print(p == q, p != q, p is q, p == (1, 2), p != "x")
            print(len({p, q}), {p: "a"}[q], p in [Point(0, 0), q])
            class NoHash:
                def __eq__(self, other):
                    return True
            try:
                hash(NoHash())
            except TypeError as e:
                print(e)
            try:
                {NoHash()}
            except TypeError as e:
                print(e)
            class Default: pass
            d = Default()
            print(d == d, d != Default(), hash(d) == hash(d))
            class NeOnly:
                def __eq__(self, o): return "eq-result"
                def __ne__(self, o): return "ne-result"
            print(NeOnly() == 1, NeOnly() != 1, 1 == NeOnly())

            """#, prints: #"""
            True False False False True
            1 a True
            unhashable type: 'NoHash'
            unhashable type: 'NoHash'
            True True True
            eq-result ne-result eq-result

            """#)
    }

    func testOrderingDunders() {
        assertPython(#"""
            class V:
                def __init__(self, n): self.n = n
                def __lt__(self, o): return self.n < o.n
                def __le__(self, o): return self.n <= o.n
                def __gt__(self, o): return self.n > o.n
                def __ge__(self, o): return self.n >= o.n
                def __repr__(self): return f"V{self.n}"
            a, b = V(1), V(2)
            print(a < b, a <= b, a > b, a >= b, b > a, a <= a)
            print(sorted([V(3), V(1), V(2)]), max(V(5), V(9)), min([V(4), V(0)]))
            class OnlyLt:
                def __init__(self, n): self.n = n
                def __lt__(self, o): return self.n < o.n
            x, y = OnlyLt(1), OnlyLt(2)
            print(y > x, x > y)
            try:
                x <= y
            except TypeError as e:
                print(e)

            """#, prints: #"""
            True True False False True True
            [V1, V2, V3] V9 V0
            True False
            '<=' not supported between instances of 'OnlyLt' and 'OnlyLt'

            """#)
    }

    func testContainerDunders() {
        assertPython(#"""
            class Grid:
                def __init__(self):
                    self.cells = {}
                def __len__(self):
                    return len(self.cells)
                def __getitem__(self, key):
                    print("get", key)
                    return self.cells.get(str(key), 0)
                def __setitem__(self, key, value):
                    print("set", key, value)
                    self.cells[str(key)] = value
                def __delitem__(self, key):
                    print("del", key)
                    del self.cells[str(key)]
                def __contains__(self, key):
                    return str(key) in self.cells
            g = Grid()
            g[1, 2] = "a"
            g[0] = "b"
            print(g[1, 2], g[5], len(g))
            print((1, 2) in g, (2, 2) in g, 3 not in g)
            del g[0]
            print(len(g))
            g[1:3] = "slice"
            print(g[1:3], g[::2])

            """#, prints: #"""
            set (1, 2) a
            set 0 b
            get (1, 2)
            get 5
            a 0 2
            True False True
            del 0
            1
            set slice(1, 3, None) slice
            get slice(1, 3, None)
            get slice(None, None, 2)
            slice 0

            """#)
    }

    func testGetitemSequenceProtocol() {
        assertPython(#"""
            class Squares:
                def __init__(self, n): self.n = n
                def __getitem__(self, i):
                    if i >= self.n:
                        raise IndexError(i)
                    return i * i
                def __len__(self): return self.n
            s = Squares(5)
            print(list(s), 9 in s, 10 in s, [x for x in s if x % 2])
            for v in s:
                print(v, end=" ")
            print()
            a, b, *c = Squares(4)
            print(a, b, c, sorted(s, reverse=True), sum(s))

            """#, prints: #"""
            [0, 1, 4, 9, 16] True False [1, 9]
            0 1 4 9 16 
            0 1 [4, 9] [16, 9, 4, 1, 0] 30

            """#)
    }

    func testIterAndNextDunders() {
        assertPython(#"""
            class Countdown:
                def __init__(self, start):
                    self.current = start
                def __iter__(self):
                    return self
                def __next__(self):
                    if self.current <= 0:
                        raise StopIteration
                    self.current -= 1
                    return self.current + 1
            print(list(Countdown(3)))
            it = Countdown(2)
            print(next(it), next(it), next(it, "done"))
            print(iter(it) is it)
            class Team:
                def __init__(self, *names):
                    self.names = names
                def __iter__(self):
                    return iter(self.names)
            t = Team("a", "b")
            print(list(t), list(t), dict(zip(t, range(2))), "b" in t)
            for n in t:
                print(n)

            """#, prints: #"""
            [3, 2, 1]
            2 1 done
            True
            ['a', 'b'] ['a', 'b'] {'a': 0, 'b': 1} True
            a
            b

            """#)
    }

    func testLenAndBool() {
        assertPython(#"""
            class Empty:
                def __len__(self): return 0
            class Full:
                def __len__(self): return 3
            class Truthy:
                def __bool__(self): return False
                def __len__(self): return 5
            print(bool(Empty()), bool(Full()), bool(Truthy()), len(Truthy()))
            print("yes" if Full() else "no", "yes" if Empty() else "no", not Truthy())
            class Neither: pass
            print(bool(Neither()))
            class BadLen:
                def __len__(self): return -1
            try:
                len(BadLen())
            except ValueError as e:
                print(e)
            class BadBool:
                def __bool__(self): return 1
            try:
                bool(BadBool())
            except TypeError as e:
                print(e)

            """#, prints: #"""
            False True False 5
            yes no True
            True
            __len__() should return >= 0
            __bool__ should return bool, returned int

            """#)
    }

    func testCallDunder() {
        assertPython(#"""
            class Multiplier:
                def __init__(self, k): self.k = k
                def __call__(self, x, *rest, scale=1):
                    return (x * self.k + sum(rest)) * scale
            m = Multiplier(3)
            print(m(2), m(2, 1, 1), m(1, scale=10), callable(m), callable(Multiplier), callable(5))
            print(list(map(m, [1, 2, 3])))
            try:
                5()
            except TypeError as e:
                print(e)

            """#, prints: #"""
            6 8 30 True True False
            [3, 6, 9]
            'int' object is not callable

            """#)
    }

    func testArithmeticDunders() {
        assertPython(#"""
            class Vec:
                def __init__(self, x, y): self.x, self.y = x, y
                def __repr__(self): return f"Vec({self.x}, {self.y})"
                def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
                def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
                def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
                def __rmul__(self, k): return self * k
                def __truediv__(self, k): return Vec(self.x / k, self.y / k)
                def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
                def __mod__(self, k): return Vec(self.x % k, self.y % k)
                def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
                def __neg__(self): return Vec(-self.x, -self.y)
                def __pos__(self): return self
                def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
                def __and__(self, o): return "and"
                def __or__(self, o): return "or"
                def __xor__(self, o): return "xor"
                def __lshift__(self, o): return "lshift"
                def __rshift__(self, o): return "rshift"
                def __invert__(self): return "invert"
            a, b = Vec(1, 2), Vec(3, 4)
            print(a + b, a - b, a * 3, 3 * a, a / 2, b // 2, b % 2, a ** 2)
            print(-a, +a, abs(b), a & b, a | b, a ^ b, a << 1, a >> 1, ~a)
            try:
                a * "s"
            except TypeError as e:
                print(e)
            try:
                a < b
            except TypeError as e:
                print(e)

            """#, prints: #"""
            Vec(4, 6) Vec(-2, -2) Vec(3, 6) Vec(3, 6) Vec(0.5, 1.0) Vec(1, 2) Vec(1, 0) Vec(1, 4)
            Vec(-1, -2) Vec(1, 2) 5.0 and or xor lshift rshift invert
            can't multiply sequence by non-int of type 'Vec'
            '<' not supported between instances of 'Vec' and 'Vec'

            """#)
    }

    func testReflectedArithmetic() {
        assertPython(#"""
            class Money:
                def __init__(self, c): self.c = c
                def __repr__(self): return f"M{self.c}"
                def __add__(self, o):
                    if isinstance(o, int): return Money(self.c + o)
                    if isinstance(o, Money): return Money(self.c + o.c)
                    return NotImplemented
                def __radd__(self, o):
                    print("radd called with", o)
                    return self + o
                def __rsub__(self, o): return Money(o - self.c)
                def __rtruediv__(self, o): return f"rtruediv {o}"
                def __rfloordiv__(self, o): return f"rfloordiv {o}"
                def __rmod__(self, o): return f"rmod {o}"
                def __rpow__(self, o): return f"rpow {o}"
                def __rlshift__(self, o): return "rlshift"
                def __rand__(self, o): return "rand"
                def __ror__(self, o): return "ror"
                def __rxor__(self, o): return "rxor"
            print(5 + Money(1), sum([Money(1), Money(2)]), 10 - Money(3))
            print(1 / Money(1), 1 // Money(1), 1 % Money(1), 2 ** Money(1), 1 << Money(1))
            print(1 & Money(1), 1 | Money(1), 1 ^ Money(1))
            try:
                "s" + Money(1)
            except TypeError as e:
                print(e)
            class Sub(Money):
                def __radd__(self, o):
                    return "Sub.__radd__ wins"
            print(Money(1) + Sub(2))

            """#, prints: #"""
            radd called with 5
            radd called with 0
            M6 M3 M7
            rtruediv 1 rfloordiv 1 rmod 1 rpow 2 rlshift
            rand ror rxor
            radd called with s
            unsupported operand type(s) for +: 'Money' and 'str'
            Sub.__radd__ wins

            """#)
    }

    func testInplaceDunders() {
        assertPython(#"""
            class Acc:
                def __init__(self): self.items = []
                def __iadd__(self, x):
                    self.items.append(x)
                    return self
                def __imul__(self, n):
                    self.items = self.items * n
                    return self
            a = Acc()
            orig = a
            a += 1
            a += 2
            a *= 2
            print(a.items, a is orig)
            class OnlyAdd:
                def __init__(self, v): self.v = v
                def __add__(self, o): return OnlyAdd(self.v + o)
            x = OnlyAdd(1)
            y = x
            x += 5
            print(x.v, y.v, x is y)

            """#, prints: #"""
            [1, 2, 1, 2] True
            6 1 False

            """#)
    }

    func testEnterExitDunders() {
        assertPython(#"""
            class Resource:
                def __init__(self, name, log):
                    self.name, self.log = name, log
                def __enter__(self):
                    self.log.append("open " + self.name)
                    return self
                def __exit__(self, exc_type, exc, tb):
                    self.log.append(f"close {self.name} {exc_type.__name__ if exc_type else None}")
                    return isinstance(exc, KeyError)
            log = []
            with Resource("a", log) as r1, Resource("b", log) as r2:
                log.append(f"using {r1.name} {r2.name}")
            with Resource("c", log):
                raise KeyError("swallowed")
            try:
                with Resource("d", log):
                    raise ValueError("kept")
            except ValueError:
                log.append("caught ValueError")
            print("\n".join(log))

            """#, prints: #"""
            open a
            open b
            using a b
            close b None
            close a None
            open c
            close c KeyError
            open d
            close d ValueError
            caught ValueError

            """#)
    }

    func testGetattrDunders() {
        assertPython(#"""
            class Lazy:
                def __init__(self):
                    self.real = "real"
                def __getattr__(self, name):
                    if name.startswith("computed_"):
                        return name[9:].upper()
                    raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
            l = Lazy()
            print(l.real, l.computed_abc, getattr(l, "computed_x"), hasattr(l, "other"))
            try:
                l.missing
            except AttributeError as e:
                print(e)
            class Tracked:
                def __setattr__(self, name, value):
                    print("setattr", name, value)
                    super().__setattr__(name, value)
                def __delattr__(self, name):
                    print("delattr", name)
                    super().__delattr__(name)
            t = Tracked()
            t.a = 1
            print(t.a)
            del t.a
            print(hasattr(t, "a"))

            """#, prints: #"""
            real ABC X False
            'Lazy' has no 'missing'
            setattr a 1
            1
            delattr a
            False

            """#)
    }
}
