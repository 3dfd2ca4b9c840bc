import XCTest
@testable import RLMInterpreter

// Expected output produced by running the same program with CPython 3.11.7.

/// Operands read where they lie instead of copied (`Eval/Borrowing.swift`): a local, a
/// constant or a built-in for the whole operation, a global only when nothing can run Python
/// code. Each program here rebinds the name an operation is using, from inside that
/// operation, or reads unbound names; the results and errors must be CPython's and the
/// process must not touch freed memory.
final class BorrowingTests: XCTestCase {
    func testRebindingANameWhileItsValueIsInUse() {
        assertPython(#"""
            # Operands read in place: rebinding a name while an operation runs must not free what it uses.
            def pieces():
                global s
                s = None
                yield "p"
                yield "q"
            s = "-" + "+"
            g = pieces()
            print(s.join(g), s)

            class Key:
                def __hash__(self):
                    return hash("k")
                def __eq__(self, other):
                    global t
                    t = None
                    return False
            t = "k" * 1
            seen = {Key()}
            print(t in seen, t)

            class E:
                def __eq__(self, other):
                    global a
                    a = None
                    return True
                __hash__ = object.__hash__
            a = E()
            b = E()
            print(a == b, a)

            class L:
                def __len__(self):
                    global x
                    x = None
                    return 7
            x = L()
            print(len(x), x)

            class S:
                def __str__(self):
                    global y
                    y = None
                    return "S!"
            y = S()
            print(str(y), y)

            def local_callee():
                g = len
                return g((g := str) and "abc"), g

            print(local_callee())

            def local_receiver():
                out = []
                for i in range(3):
                    out.append(i)
                words = "a b c".split()
                n = 0
                for w in words:
                    if w != "b":
                        n += 1
                return out, n, len(out), str(n), int("7"), float("2.5")

            print(local_receiver())

            def rebind_in_eq():
                class K:
                    def __eq__(self, other):
                        return True
                k = K()
                return k == 3, 3 == k, k != 3

            print(rebind_in_eq())

            def unbound():
                try:
                    q.append(1)
                except UnboundLocalError as e:
                    print("UnboundLocalError", e)
                try:
                    print(len(r))
                except UnboundLocalError as e:
                    print("UnboundLocalError", e)
                try:
                    print(z == 1)
                except UnboundLocalError as e:
                    print("UnboundLocalError", e)
                q = r = z = 0

            unbound()
            try:
                print(nothing_here.upper())
            except NameError as e:
                print("NameError", e)
            try:
                print(str(not_bound_either))
            except NameError as e:
                print("NameError", e)
            """#, prints: #"""
            p-+q None
            False None
            True None
            7 None
            S! None
            (3, <class 'str'>)
            ([0, 1, 2], 2, 3, '2', 7, 2.5)
            (True, True, False)
            UnboundLocalError cannot access local variable 'q' where it is not associated with a value
            UnboundLocalError cannot access local variable 'r' where it is not associated with a value
            UnboundLocalError cannot access local variable 'z' where it is not associated with a value
            NameError name 'nothing_here' is not defined
            NameError name 'not_bound_either' is not defined

            """#)
    }

    /// `int(x)`, `float(x)`, `str(x)`, `bool(x)` of None, bools, ints, floats and strs take
    /// the types' conversion shortcut (`PyType.convertInert`); results and errors as CPython.
    func testOneArgumentConversionsOfInertValues() {
        assertPython(#"""
            # One-argument conversions of inert values, from constants, locals and globals.
            def show(f, x):
                try:
                    print(repr(f(x)))
                except Exception as e:
                    print(type(e).__name__ + ":", e)

            values = [None, True, False, 0, -17, 2**62, 3.75, -0.5, float("inf"), float("nan"), "42", " -7 ",
                      "1_000", "3.5", "abc", "", "1e3", "٣", "inf", "-nan"]
            for v in values:
                show(int, v)
                show(float, v)
                show(str, v)
                show(bool, v)
            g = "12"
            h = 9.99
            print(int(g), float(g), str(h), bool(g), int(h), str(None), str(True))
            def local_conversions(a, b):
                return int(a), float(a), str(b), bool(b), int(b)
            print(local_conversions("5", 0.0))
            print(int("0x1f", 16), int(big := 10**30), str(big), float(10**20))
            print([str(i) for i in range(5)], [int(c) for c in "123"], [float(c) for c in ("1", "2.5")])
            """#, prints: #"""
            TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
            TypeError: float() argument must be a string or a real number, not 'NoneType'
            'None'
            False
            1
            1.0
            'True'
            True
            0
            0.0
            'False'
            False
            0
            0.0
            '0'
            False
            -17
            -17.0
            '-17'
            True
            4611686018427387904
            4.611686018427388e+18
            '4611686018427387904'
            True
            3
            3.75
            '3.75'
            True
            0
            -0.5
            '-0.5'
            True
            OverflowError: cannot convert float infinity to integer
            inf
            'inf'
            True
            ValueError: cannot convert float NaN to integer
            nan
            'nan'
            True
            42
            42.0
            '42'
            True
            -7
            -7.0
            ' -7 '
            True
            1000
            1000.0
            '1_000'
            True
            ValueError: invalid literal for int() with base 10: '3.5'
            3.5
            '3.5'
            True
            ValueError: invalid literal for int() with base 10: 'abc'
            ValueError: could not convert string to float: 'abc'
            'abc'
            True
            ValueError: invalid literal for int() with base 10: ''
            ValueError: could not convert string to float: ''
            ''
            False
            ValueError: invalid literal for int() with base 10: '1e3'
            1000.0
            '1e3'
            True
            3
            3.0
            '٣'
            True
            ValueError: invalid literal for int() with base 10: 'inf'
            inf
            'inf'
            True
            ValueError: invalid literal for int() with base 10: '-nan'
            nan
            '-nan'
            True
            12 12.0 9.99 True 9 None True
            (5, 5.0, '0.0', False, 0)
            31 1000000000000000000000000000000 1000000000000000000000000000000 1e+20
            ['0', '1', '2', '3', '4'] [1, 2, 3] [1.0, 2.5]

            """#)
    }

    /// Dict displays whose keys are distinct constant strs are filled without lookups; a
    /// dict subscripted by a plain key reads it in place unless some key's `__eq__` must
    /// decide; dicts of plain values are freed without the deferred-release pass, nested
    /// ones (100,000 deep) still without recursion.
    func testDictDisplaysAndSubscripts() {
        assertPython(#"""
            # Dict displays with constant str keys, subscripts of dicts by plain keys.
            def rec(a, b):
                return {"ts": a, "host": b, "ok": a != b}
            print(rec(1, 2), rec("x", "x"))
            d = {"a": 1, "b": 2, "a": 3}
            print(d, len(d))
            e = {"k": 1, "k2": [1, 2], "k3": {"n": None}}
            print(e, e["k"], e["k2"], e["k3"]["n"])
            key = "k"
            print(e[key], {"one": 1}["one"], {1: "x", 1.0: "y", True: "z"})
            class K:
                def __hash__(self):
                    return hash("level")
                def __eq__(self, other):
                    print("eq called", other)
                    return other == "level"
            weird = {K(): "found through __eq__"}
            print(weird["level"])
            from collections import defaultdict, Counter
            dd = defaultdict(list)
            dd["x"].append(1)
            print(dd["x"], dd["missing"], dict(dd))
            c = Counter("abca")
            print(c["a"], c["zzz"])
            try:
                print(e["nope"])
            except KeyError as err:
                print("KeyError", err)
            g = {}
            try:
                g[[1]]
            except TypeError as err:
                print("TypeError", err)
            nested = {"a": {"b": {"c": 1}}}
            for _ in range(2):
                nested = {"a": nested, "b": [nested]}
            print(str(nested)[:60])
            deep = {}
            for i in range(100000):
                deep = {"d": deep}
            del deep
            print("freed")
            """#, prints: #"""
            {'ts': 1, 'host': 2, 'ok': True} {'ts': 'x', 'host': 'x', 'ok': False}
            {'a': 3, 'b': 2} 2
            {'k': 1, 'k2': [1, 2], 'k3': {'n': None}} 1 [1, 2] None
            1 1 {1: 'z'}
            eq called level
            found through __eq__
            [1] [] {'x': [1], 'missing': []}
            2 0
            KeyError 'nope'
            TypeError unhashable type: 'list'
            {'a': {'a': {'a': {'b': {'c': 1}}}, 'b': [{'a': {'b': {'c': 
            freed

            """#)
    }

    /// Slices of str, list and tuple are taken without a slice object (in place, with
    /// constant bounds); bounds through `__index__`, bad bounds and other containers keep
    /// CPython's results and errors (slices are unhashable in 3.11).
    func testSlicesWithoutSliceObjects() {
        assertPython(#"""
            # Slices of str, list and tuple with constant and variable bounds, and of other objects.
            s = "héllo wörld"
            L = list(range(10))
            T = tuple("abcdefg")
            print(s[1:-1], s[:3], s[::2], s[::-1], s[5:1:-1], s[100:], s[-100:2], s[2:2])
            print(L[1:-1], L[:3], L[::3], L[::-1], L[8:2:-2], L[100:], L[-3:])
            print(T[1:-1], T[::-1], T[:0], type(T[1:2]).__name__)
            a, b, c = 1, None, 2
            print(s[a:b:c], L[a:b:c], T[a:b:c], s[b:a], L[-a:])
            from collections import namedtuple
            P = namedtuple("P", "x y z")
            p = P(1, 2, 3)
            print(p[1:], type(p[1:]).__name__)
            print(range(10)[2:5], b"bytes"[1:3], bytearray(b"xyz")[::-1])
            class Idx:
                def __index__(self):
                    return 2
            print(s[Idx():], L[:Idx()])
            for bad in ["x", 1.5]:
                try:
                    print(s[bad:])
                except TypeError as e:
                    print("TypeError", e)
                try:
                    print(L[:bad])
                except TypeError as e:
                    print("TypeError", e)
            try:
                print(L[::0])
            except ValueError as e:
                print("ValueError", e)
            try:
                print({1: 2}[1:2])
            except TypeError as e:
                print("TypeError", e)
            print(s[10**30:], L[-10**30:2], s[::10**30])
            def f(line):
                return line[:5], line[5:], line[-3:-1]
            print(f("0123456789"))
            """#, prints: #"""
            éllo wörl hél hlowrd dlröw olléh  oll  hé 
            [1, 2, 3, 4, 5, 6, 7, 8] [0, 1, 2] [0, 3, 6, 9] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [8, 6, 4] [] [7, 8, 9]
            ('b', 'c', 'd', 'e', 'f') ('g', 'f', 'e', 'd', 'c', 'b', 'a') () tuple
            él öl [1, 3, 5, 7, 9] ('b', 'd', 'f') h [9]
            (2, 3) tuple
            range(2, 5) b'yt' bytearray(b'zyx')
            llo wörld [0, 1]
            TypeError slice indices must be integers or None or have an __index__ method
            TypeError slice indices must be integers or None or have an __index__ method
            TypeError slice indices must be integers or None or have an __index__ method
            TypeError slice indices must be integers or None or have an __index__ method
            ValueError slice step cannot be zero
            TypeError unhashable type: 'slice'
             [0, 1] h
            ('01234', '56789', '78')

            """#)
    }
}
