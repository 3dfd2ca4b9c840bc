import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class ExpressionTests: XCTestCase {
    func testArithmeticPrecedence() {
        assertPython(#"""
            print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
            print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
            print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 ^ 3 & 1, ~5 + 1, -~5)
            print(not 1 == 2, not (1 and 0), 1 < 2 == True)
            print(3 - -3, +-3, - - 3, 2 ** -1, -3 ** -2)
            print(5 % 3 ** 2, 2 * -3 ** 2)

            """#, prints: #"""
            14 20 512 -4 4
            3 2.0 2 6
            24 32 10 7 -5 6
            True True False
            6 -3 3 0.5 -0.1111111111111111
            5 -18

            """#)
    }

    func testIntegerOverflowToBig() {
        assertPython(#"""
            big = 2 ** 64
            print(big, big * big, -big)
            print(9223372036854775807 + 1, -9223372036854775808 - 1)
            print(9223372036854775807 * 2, (-9223372036854775807 - 1) * -1)
            print(3 ** 100)
            print(2 ** 200 // 3 ** 50, 2 ** 200 % 1000007)
            print(-(2 ** 100) // 7, -(2 ** 100) % 7)
            n = 1
            for i in range(1, 40):
                n *= i
            print(n)
            print(n // n, (2 ** 70) // (2 ** 65), type(2 ** 70 - 2 ** 70 + 5).__name__)
            print(abs(-2 ** 80), 1 << 100, (1 << 100) >> 98, 2 ** 64 == 18446744073709551616)
            print(int("123456789012345678901234567890") + 1)
            print(hash(2 ** 65) == hash(2 ** 65), 2 ** 63 > 2 ** 62, (2 ** 63) & 0xFF, (2 ** 64 - 1) ^ (2 ** 63))
            print(-9223372036854775808 // -1, abs(-9223372036854775808), -(-9223372036854775808))

            """#, prints: #"""
            18446744073709551616 340282366920938463463374607431768211456 -18446744073709551616
            9223372036854775808 -9223372036854775809
            18446744073709551614 9223372036854775808
            515377520732011331036461129765621272702107522001
            2238393297946874000179418290327143433 446616
            -181092942889747057356671886483 5
            20397882081197443358640281739902897356800000000
            1 32 int
            1208925819614629174706176 1267650600228229401496703205376 4 True
            123456789012345678901234567891
            True True 0 9223372036854775807
            9223372036854775808 9223372036854775808 9223372036854775808

            """#)
    }

    func testFloatRepr() {
        assertPython(#"""
            print(0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 2)
            print(1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234)
            print(1.5e300 * 1e10, -1.5e300 * 1e10, float('inf') - float('inf'))
            print(3.0, -0.0, 2.5e-10, 1e22, 1e21, 1.0e100)
            print(repr(1.1), str(2.675), 100.0, 1e0, 5e-324, 1.7976931348623157e308)
            print(0.1 * 3, 4.35 * 100, 1.1 * 1.1, 3.14159)

            """#, prints: #"""
            0.1 0.2 0.30000000000000004 0.3333333333333333 0.6666666666666666 5.0
            1e+16 1000000000000000.0 1.2345678901234568e+17 0.0001 1e-05 0.0001234
            inf -inf nan
            3.0 -0.0 2.5e-10 1e+22 1e+21 1e+100
            1.1 2.675 100.0 1.0 5e-324 1.7976931348623157e+308
            0.30000000000000004 434.99999999999994 1.2100000000000002 3.14159

            """#)
    }

    func testDivisionAndModuloOfNegatives() {
        assertPython(#"""
            for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 5)]:
                print(a, b, a // b, a % b, divmod(a, b), a / b)
            for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1)]:
                print(a, b, a // b, a % b)
            print(-7 // 2.0, 7 % -2.5, -1e-20 % 1.0)
            print(5 // 0.3, 5 % 0.3)

            """#, prints: #"""
            7 2 3 1 (3, 1) 3.5
            -7 2 -4 1 (-4, 1) -3.5
            7 -2 -4 -1 (-4, -1) -3.5
            -7 -2 3 -1 (3, -1) 3.5
            0 3 0 0 (0, 0) 0.0
            -1 5 -1 4 (-1, 4) -0.2
            7.5 2 3.0 1.5
            -7.5 2 -4.0 0.5
            7.5 -2 -4.0 -0.5
            -0.5 1 -1.0 0.5
            -4.0 -0.5 1.0
            16.0 0.20000000000000018

            """#)
    }

    func testZeroDivision() {
        assertPython(#"""
            cases = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
                     ("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0), ("divmod(1, 0)", lambda: divmod(1, 0)),
                     ("0 ** -1", lambda: 0 ** -1), ("0.0 ** -1", lambda: 0.0 ** -1), ("1.5 // 0.0", lambda: 1.5 // 0.0),
                     ("5 % 0.0", lambda: 5 % 0.0), ("divmod(1.0, 0)", lambda: divmod(1.0, 0)), ("big", lambda: 2 ** 100 // 0)]
            for text, fn in cases:
                try:
                    fn()
                except ZeroDivisionError as e:
                    print(text, "->", e)

            """#, prints: #"""
            1 / 0 -> division by zero
            1 // 0 -> integer division or modulo by zero
            1 % 0 -> integer modulo by zero
            1.0 / 0 -> float division by zero
            1 / 0.0 -> float division by zero
            divmod(1, 0) -> integer division or modulo by zero
            0 ** -1 -> 0.0 cannot be raised to a negative power
            0.0 ** -1 -> 0.0 cannot be raised to a negative power
            1.5 // 0.0 -> float floor division by zero
            5 % 0.0 -> float modulo
            divmod(1.0, 0) -> float divmod()
            big -> integer division or modulo by zero

            """#)
    }

    func testComparisonChains() {
        assertPython(#"""
            x = 5
            print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 > 3)
            print(x == 5 == 5.0, 1 != 2 != 1, 1 is not None)
            calls = []
            def v(n):
                calls.append(n)
                return n
            print(v(1) < v(0) < v(2), calls)
            calls.clear()
            print(v(1) < v(2) < v(3), calls)
            print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a", [] == [], (1,) == [1])
            print(1 == 1.0, 1 == True, 0.1 + 0.2 == 0.3, float('nan') == float('nan'))
            print(2 ** 100 > 1e30, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 400 > float('inf'))
            print('a' in 'abc', 3 not in [1, 2], 'k' in {'k': 1}, None in [None])

            """#, prints: #"""
            True False True
            True True True
            False [1, 0]
            True [1, 2, 3]
            True True True True True False
            True True False False
            True False False
            True True True True

            """#)
    }

    func testComparisonTypeErrors() {
        assertPython(#"""
            for fn in (lambda: 1 < 'a', lambda: [1] < (1,), lambda: None < None, lambda: {} < {}, lambda: 'a' >= 3,
                       lambda: 1.5 > 'x', lambda: [1, 'a'] < [1, 2], lambda: object() <= object()):
                try:
                    fn()
                except TypeError as e:
                    print(e)

            """#, prints: #"""
            '<' not supported between instances of 'int' and 'str'
            '<' not supported between instances of 'list' and 'tuple'
            '<' not supported between instances of 'NoneType' and 'NoneType'
            '<' not supported between instances of 'dict' and 'dict'
            '>=' not supported between instances of 'str' and 'int'
            '>' not supported between instances of 'float' and 'str'
            '<' not supported between instances of 'str' and 'int'
            '<=' not supported between instances of 'object' and 'object'

            """#)
    }

    func testShortCircuitReturnsOperands() {
        assertPython(#"""
            print(0 or "default", "" or [] or None, 3 or 4, [] and 1, 2 and 3, None and crash)
            print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or "", "x" or crash)
            def side(n, result):
                print("side", n)
                return result
            print(side(1, False) and side(2, True))
            print(side(3, True) or side(4, True))
            print(not [], not [0], not "", not "0")
            x = [] or {}
            print(type(x).__name__)

            """#, prints: #"""
            default None 3 [] 3 None
            3 0  x
            side 1
            False
            side 3
            True
            True False True False
            dict

            """#)
    }

    func testConditionalExpression() {
        assertPython(#"""
            for n in range(-1, 2):
                print("pos" if n > 0 else "zero" if n == 0 else "neg")
            x = 1 if True else crash
            print(x)
            print([a if a % 2 else -a for a in range(5)])
            f = lambda v: "even" if v % 2 == 0 else "odd"
            print(f(3), f(4))

            """#, prints: #"""
            neg
            zero
            pos
            1
            [0, 1, -2, 3, -4]
            odd even

            """#)
    }

    func testWalrusOperator() {
        assertPython(#"""
            data = [1, 5, 12, 7, 20]
            if (n := len(data)) > 3:
                print("long list", n)
            print([y for x in data if (y := x * 2) > 10])
            print(y)
            i = 0
            while (i := i + 1) < 4:
                print("i", i)
            print((total := sum(data)), total)
            def f():
                [w := k for k in range(3)]
                return w
            print(f())
            values = iter([3, 0, 4])
            while (v := next(values, None)) is not None:
                print("v", v)

            """#, prints: #"""
            long list 5
            [24, 14, 40]
            40
            i 1
            i 2
            i 3
            45 45
            2
            v 3
            v 0
            v 4

            """#)
    }

    func testSlicingBasics() {
        assertPython(#"""
            s = "abcdefgh"
            l = list(range(10))
            print(s[2:5], s[:3], s[5:], s[-3:], s[:-3], s[-5:-2], s[:])
            print(s[::2], s[1::2], s[::-1], s[::-2], s[6:1:-1], s[6:1:-2], s[-1:-4:-1])
            print(s[100:], s[-100:2], s[5:2], s[2:100], s[::-100])
            print(l[1:8:3], l[8:1:-3], l[-1::-4], l[:-8:-3])
            t = (1, 2, 3, 4)
            print(t[1:3], t[::-1], t[5:], type(t[1:]).__name__)
            print(s[slice(1, 4)], l[slice(None, None, 3)], s[slice(-2, None)])
            b = b"bytes!"
            print(b[1:4], b[::-1], b[0], b[-1])
            print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[-2])

            """#, prints: #"""
            cde abc fgh fgh abcde def abcdefgh
            aceg bdfh hgfedcba hfdb gfedc gec hgf
             ab  cdefgh h
            [1, 4, 7] [8, 5, 2] [9, 5, 1] [9, 6, 3]
            (2, 3) (4, 3, 2, 1) () tuple
            bcd [0, 3, 6, 9] gh
            b'yte' b'!setyb' 98 33
            range(2, 8, 2) range(9, -1, -1) 15

            """#)
    }

    func testSliceAssignment() {
        assertPython(#"""
            l = list(range(10))
            l[2:5] = ["a"]
            print(l)
            l[:0] = [-2, -1]
            print(l)
            l[len(l):] = [99]
            print(l)
            l[::3] = "XYZW"
            print(l)
            try:
                l[::2] = [1, 2]
            except ValueError as e:
                print(e)
            l[1:3] = []
            print(l)
            m = [1, 2, 3]
            m[1:2] = m
            print(m)
            del m[::-2]
            print(m)

            """#, prints: #"""
            [0, 1, 'a', 5, 6, 7, 8, 9]
            [-2, -1, 0, 1, 'a', 5, 6, 7, 8, 9]
            [-2, -1, 0, 1, 'a', 5, 6, 7, 8, 9, 99]
            ['X', -1, 0, 'Y', 'a', 5, 'Z', 7, 8, 'W', 99]
            attempt to assign sequence of size 2 to extended slice of size 6
            ['X', 'Y', 'a', 5, 'Z', 7, 8, 'W', 99]
            [1, 1, 2, 3, 3]
            [1, 3]

            """#)
    }

    func testSliceErrors() {
        assertPython(#"""
            idx = [1.5, 'a', 5, 3, -4]
            for fn in (lambda: 'abc'[::0], lambda: [1, 2][::0], lambda: 'abc'[idx[1]], lambda: [1][idx[0]], lambda: (1,)[idx[2]],
                       lambda: 'x'[idx[3]], lambda: [1, 2, 3][idx[4]], lambda: {}[[]], lambda: (1, 2)['0'], lambda: [][0]):
                try:
                    fn()
                except (ValueError, TypeError, IndexError) as e:
                    print(type(e).__name__, e)

            """#, prints: #"""
            ValueError slice step cannot be zero
            ValueError slice step cannot be zero
            TypeError string indices must be integers, not 'str'
            TypeError list indices must be integers or slices, not float
            IndexError tuple index out of range
            IndexError string index out of range
            IndexError list index out of range
            TypeError unhashable type: 'list'
            TypeError tuple indices must be integers or slices, not str
            IndexError list index out of range

            """#)
    }

    func testListComprehensions() {
        assertPython(#"""
            print([x * x for x in range(6)])
            print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
            print([(x, y) for x in range(3) for y in range(x)])
            print([[x * y for y in range(1, 4)] for x in range(1, 4)])
            print([c.upper() for c in "hello" if c not in "l"])
            print([x if x > 2 else 0 for x in range(5)])
            matrix = [[1, 2, 3], [4, 5, 6]]
            print([row[i] for i in range(3) for row in matrix])
            print([[row[i] for row in matrix] for i in range(3)])
            print([a + b for a, b in zip("abc", "xyz")])
            print([k for k, v in sorted({'b': 2, 'a': 1}.items())])

            """#, prints: #"""
            [0, 1, 4, 9, 16, 25]
            [0, 6, 12, 18]
            [(1, 0), (2, 0), (2, 1)]
            [[1, 2, 3], [2, 4, 6], [3, 6, 9]]
            ['H', 'E', 'O']
            [0, 0, 0, 3, 4]
            [1, 4, 2, 5, 3, 6]
            [[1, 4], [2, 5], [3, 6]]
            ['ax', 'by', 'cz']
            ['a', 'b']

            """#)
    }

    func testSetDictComprehensions() {
        assertPython(#"""
            print(sorted({x % 4 for x in range(20)}))
            print({k: v for k, v in zip("abc", range(3))})
            print({x: x ** 2 for x in range(5) if x % 2})
            print({v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()})
            words = ["apple", "bob", "cat", "apricot"]
            print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
            print(sorted({(a, b) for a in range(2) for b in range(2)}))

            """#, prints: #"""
            [0, 1, 2, 3]
            {'a': 0, 'b': 1, 'c': 2}
            {1: 1, 3: 9}
            {1: 'c', 2: 'b'}
            {'a': ['apple', 'apricot'], 'b': ['bob'], 'c': ['cat']}
            [(0, 0), (0, 1), (1, 0), (1, 1)]

            """#)
    }

    func testComprehensionScoping() {
        assertPython(#"""
            x = "outer"
            lst = [x for x in range(3)]
            print(x, lst)
            try:
                print(i)
            except NameError as e:
                print(e)
            [i for i in range(5)]
            try:
                print(i)
            except NameError as e:
                print(e)
            print(sorted({k for k in "ab"}), 'k' in dir())
            class C:
                vals = [1, 2, 3]
                doubled = [v * 2 for v in vals]
            print(C.doubled)
            def f():
                y = 10
                return [y + z for z in range(3)]
            print(f())

            """#, prints: #"""
            outer [0, 1, 2]
            name 'i' is not defined
            name 'i' is not defined
            ['a', 'b'] False
            [2, 4, 6]
            [10, 11, 12]

            """#)
    }

    func testGeneratorExpressionInCall() {
        assertPython(#"""
            print(sum(x * x for x in range(10)))
            print(max(len(w) for w in ["a", "abc", "ab"]))
            print(",".join(str(n) for n in range(5)))
            print(list(x for x in "abc"), tuple(i for i in range(3)))
            print(any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
            print(sorted((n for n in [3, 1, 2]), reverse=True))

            """#, prints: #"""
            285
            3
            0,1,2,3,4
            ['a', 'b', 'c'] (0, 1, 2)
            True False
            [3, 2, 1]

            """#)
    }

    func testStringOperators() {
        assertPython(#"""
            print("ab" + "cd", "ab" * 3, 3 * "x", "-" * 0, "a" * -2)
            print([1] * 3, [[0] * 2] * 2, (1, 2) * 2, [1, 2] + [3])
            print("b" in "abc", "" in "abc", "abc" < "b", "a" != "A")
            try:
                "a" + 1
            except TypeError as e:
                print(e)
            try:
                [1] + (2,)
            except TypeError as e:
                print(e)
            try:
                "a" * 1.5
            except TypeError as e:
                print(e)

            """#, prints: #"""
            abcd ababab xxx  
            [1, 1, 1] [[0, 0], [0, 0]] (1, 2, 1, 2) [1, 2, 3]
            True True True True
            can only concatenate str (not "int") to str
            can only concatenate list (not "tuple") to list
            can't multiply sequence by non-int of type 'float'

            """#)
    }

    func testBitwiseAndShifts() {
        assertPython(#"""
            print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~0b1010)
            print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, 5 << 0)
            print(-5 & 0xFF, -5 | 2, -5 ^ -3, ~-1, ~0)
            print(True & False, True | False, True ^ True, type(True & True).__name__, True + True)
            try:
                1 << -1
            except ValueError as e:
                print(e)
            try:
                1.0 & 1
            except TypeError as e:
                print(e)

            """#, prints: #"""
            2 14 12 -11
            1024 128 -4 -1 5
            251 -5 6 0 -1
            False True False bool 2
            negative shift count
            unsupported operand type(s) for &: 'float' and 'int'

            """#)
    }

    func testNumericMixing() {
        assertPython(#"""
            print(1 + 2.0, 3 * True, 7 / 7, type(7 / 7).__name__, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
            print(10 ** -2, (-8) ** 2, 2 ** 62, 0 ** 0, 0.0 ** 0)
            print(round(2.5), round(3.5), round(-2.5), int(-3.9), int(3.9))
            print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
            print(float("inf") > 10 ** 1000, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
            try:
                2.0 ** 10000
            except OverflowError as e:
                print(e)
            try:
                float(10 ** 400)
            except OverflowError as e:
                print(e)

            """#, prints: #"""
            3.0 3 1.0 float 1.4142135623730951 2.0 2.0
            0.01 64 4611686018427387904 1 1.0
            2 4 -2 -3 3
            inf -inf 0.0
            True True False
            (34, 'Numerical result out of range')
            int too large to convert to float

            """#)
    }

    func testIdentityAndMembership() {
        assertPython(#"""
            a = [1]
            b = a
            c = [1]
            print(a is b, a is c, a == c, a is not c)
            print(None is None, type(None).__name__)
            print(1 in range(3), 5 in range(0, 10, 2), 4 in range(0, 10, 2))
            class Box:
                def __init__(self, items):
                    self.items = items
                def __iter__(self):
                    return iter(self.items)
            print(2 in Box([1, 2]), 3 in Box([1, 2]))
            nan = float('nan')
            print(nan in [nan], nan == nan)

            """#, prints: #"""
            True False True True
            True NoneType
            True False True
            True False
            True False

            """#)
    }

    func testUnicodeStrings() {
        assertPython(#"""
            s = "héllo wörld ✓ 🎉"
            print(len(s), s.upper(), s[1], s[-1], s[::-1])
            print(ord("é"), chr(233), chr(0x1F389), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
            print(repr("tab\tnl\nquote'"), repr('dq"'), repr("both'\""), repr("\x00\x7f"), repr("é✓🎉"))
            print("a\\b", len("\\"), r"\d+", b"\xff"[0], "\x41")
            print("""triple "quoted" string""", '''single 'triple' ''')
            print("implicit" " concatenation" ' works')

            """#, prints: #"""
            15 HÉLLO WÖRLD ✓ 🎉 é 🎉 🎉 ✓ dlröw olléh
            233 é 🎉 True α
            "tab\tnl\nquote'" 'dq"' 'both\'"' '\x00\x7f' 'é✓🎉'
            a\b 1 \d+ 255 A
            triple "quoted" string single 'triple' 
            implicit concatenation works

            """#)
    }
    /// Subscripts of a variable by a variable or constant (read in place, unretained): every
    /// index form, the errors, other containers, and name errors in CPython's order.
    func testSubscriptOfVariables() {
        assertPython(#"""
            fields = ["a", "b", "c"]
            row = (1, 2, 3)
            i = 1
            print(fields[0], fields[-1], fields[i], row[i], row[-3], fields[True])
            def f(xs, k):
                t = (xs, k)
                return xs[k], t[0][k], t[-1]
            print(f([10, 20, 30], 2), f((7, 8), -1))
            for bad in (3, -4):
                try:
                    print(fields[bad])
                except IndexError as e:
                    print("IndexError", e)
                try:
                    print(row[bad])
                except IndexError as e:
                    print("IndexError", e)
            try:
                fields["x"]
            except TypeError as e:
                print("TypeError", e)
            try:
                row[1.0]
            except TypeError as e:
                print("TypeError", e)
            d = {1: "one", "k": "kay"}
            print(d[1], d["k"], "text"[i], fields[i:], row[::2])
            def g():
                try:
                    return later[0]
                except NameError as e:
                    return "NameError " + str(e)
            print(g())
            def h():
                try:
                    print(missing[unbound_too])
                except NameError as e:
                    print("NameError", e)
                try:
                    y = u[0]
                    u = [1]
                except UnboundLocalError as e:
                    print("UnboundLocalError", e)
            h()
            later = [5]
            print(g())
            """#, prints: #"""
            a c b 2 1 b
            (30, 30, 2) (8, 8, -1)
            IndexError list index out of range
            IndexError tuple index out of range
            IndexError list index out of range
            IndexError tuple index out of range
            TypeError list indices must be integers or slices, not str
            TypeError tuple indices must be integers or slices, not float
            one kay e ['b', 'c'] (1, 3)
            NameError name 'later' is not defined
            NameError name 'missing' is not defined
            UnboundLocalError cannot access local variable 'u' where it is not associated with a value
            5

            """#)
    }

}
