import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class BuiltinConversionTests: XCTestCase {
    func testAbsRoundBuiltins() {
        assertPython(#"""
            print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-2 ** 70))
            print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
            print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
            print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(1234.5678, -2), round(5, -1), round(15, -1))
            print(round(7), round(7.0), type(round(7.5)).__name__, type(round(7.5, 0)).__name__, round(7.5, 0), round(1e20), round(2.5, None))
            print(round(-0.4), round(0.0001, 3), round(123.456, 1), round(-123.456, -1), round(5e-324, 2))
            try:
                round(float("inf"))
            except OverflowError as e:
                print(e)
            try:
                round(float("nan"))
            except ValueError as e:
                print(e)

            """#, prints: #"""
            5 5 2.5 0.0 0.0 1 1180591620717411303424
            0 2 2 0 -2 4 -4
            2.67 1.0 0.12 0.38 3.142
            1200 1200 1400 -1200 1200.0 0 20
            7 7 int float 8.0 100000000000000000000 2
            0 0.0 123.5 -120.0 0.0
            cannot convert float infinity to integer
            cannot convert float NaN to integer

            """#)
    }

    func testDivmodPowBuiltins() {
        assertPython(#"""
            print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-7.5, 2), divmod(2 ** 70, 3))
            print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
            print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(5, 0, 1))
            for args in ((2, 3, 0), (2, -1, 4), (2.0, 2, 3), (2, 0.5, 3)):
                try:
                    print(pow(*args))
                except (ValueError, TypeError) as e:
                    print(type(e).__name__, e)

            """#, prints: #"""
            (3, 2) (-4, 3) (-4, -3) (3.0, 2.5) (-4.0, 0.5) (393530540239137101141, 1)
            1024 0.5 -8 8.0 2.0 1
            1 376 1 5 23 0
            ValueError pow() 3rd argument cannot be 0
            ValueError base is not invertible for the given modulus
            TypeError pow() 3rd argument not allowed unless all arguments are integers
            TypeError pow() 3rd argument not allowed unless all arguments are integers

            """#)
    }

    func testIntBuiltin() {
        assertPython(#"""
            print(int(), int(3.9), int(-3.9), int("42"), int("  -17  "), int("+5"), int("1_000"), int(True), int("٣"))
            print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("777", 8), int("11", 2))
            print(int("10", 0), int(" 0x1F ", 0), int("-0b11", 0), int(2 ** 70 + 0.0), int(1e20), int("9" * 30))
            for args in (("abc",), ("12", 1), ("12", 37), ("0x10",), ("08", 0), (1.5, 10), ("1e5",), ("",), ("  ",), ("1 2",)):
                try:
                    print(int(*args))
                except (ValueError, TypeError) as e:
                    print(type(e).__name__, e)
            for v in (float("inf"), float("nan")):
                try:
                    int(v)
                except (ValueError, OverflowError) as e:
                    print(type(e).__name__, e)
            class HasInt:
                def __int__(self): return 7
            class HasIndex:
                def __index__(self): return 8
            print(int(HasInt()), int(HasIndex()), [10, 20, 30, 40, 50, 60, 70, 80, 90][HasIndex()])

            """#, prints: #"""
            0 3 -3 42 -17 5 1000 1 3
            255 255 255 15 5 35 511 3
            10 31 -3 1180591620717411303424 100000000000000000000 999999999999999999999999999999
            ValueError invalid literal for int() with base 10: 'abc'
            ValueError int() base must be >= 2 and <= 36, or 0
            ValueError int() base must be >= 2 and <= 36, or 0
            ValueError invalid literal for int() with base 10: '0x10'
            ValueError invalid literal for int() with base 0: '08'
            TypeError int() can't convert non-string with explicit base
            ValueError invalid literal for int() with base 10: '1e5'
            ValueError invalid literal for int() with base 10: ''
            ValueError invalid literal for int() with base 10: '  '
            ValueError invalid literal for int() with base 10: '1 2'
            OverflowError cannot convert float infinity to integer
            ValueError cannot convert float NaN to integer
            7 8 90

            """#)
    }

    func testFloatBuiltin() {
        assertPython(#"""
            print(float(), float(3), float("2.5"), float("  -1e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"))
            print(float(".5"), float("5."), float("+1E-2"), float(True), float(2 ** 60), float("  NaN "), float("0x10" if False else "16"))
            print(float("1e400"), float("-1e400"), float("1e-400"), (0.1).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio())
            for s in ("abc", "", "1.2.3", "1e", "0x1"):
                try:
                    float(s)
                except ValueError as e:
                    print(e)
            class HasFloat:
                def __float__(self): return 1.25
            print(float(HasFloat()), (3.5).hex() if False else float.fromhex("0x1.8p1"), (1.5).hex())

            """#, prints: #"""
            0.0 3.0 2.5 -1000.0 inf -inf nan 10.5
            0.5 5.0 0.01 1.0 1.152921504606847e+18 nan 16.0
            inf -inf 0.0 False True (1, 2)
            could not convert string to float: 'abc'
            could not convert string to float: ''
            could not convert string to float: '1.2.3'
            could not convert string to float: '1e'
            could not convert string to float: '0x1'
            1.25 3.0 0x1.8000000000000p+0

            """#)
    }

    func testStrBoolConstructors() {
        assertPython(#"""
            print(str(), str(12), str(1.0), str(None), str([1, "a"]), str(b"x"), str("s"), str(True), str((1,)))
            print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(set()), bool(None), bool(range(0)))
            print(bool(1), bool(-1), bool("False"), bool([0]), bool(0.1), bool(range(1)), bool(frozenset([0])))
            print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(b"\xff", "latin-1"))
            print(True + 1, True * 3, False - 1, True == 1, True is 1 == 1 if False else isinstance(False, int), str(True).upper())

            """#, prints: #"""
             12 1.0 None [1, 'a'] b'x' s True (1,)
            False False False False False False False False False
            True True True True True True True
            café abc � ÿ
            2 3 -1 True True TRUE

            """#)
    }

    func testListTupleDictConstructors() {
        assertPython(#"""
            print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list({"k": 1}.items()))
            print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(x for x in range(3)))
            print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
            print(dict([("a", 1), ("a", 2)]), dict(a=1, **{"b": 2}), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
            for bad in ([1, 2], [("a",)], [("a", 1, 2)], 5):
                try:
                    dict(bad)
                except (TypeError, ValueError) as e:
                    print(type(e).__name__, e)
            try:
                list(5)
            except TypeError as e:
                print(e)

            """#, prints: #"""
            [] ['a', 'b', 'c'] [1, 2] ['a', 'b'] [0, 1, 2] [('k', 1)]
            () ('a', 'b') (1, [2]) (0, 1, 2)
            {} {'a': 1, 'b': 2} {'x': 1, 'y': 2} {'a': 1, 'b': 2} {'a': 1, 'b': 2}
            {'a': 2} {'a': 1, 'b': 2} {'a': None, 'b': None} {1: 0, 2: 0}
            TypeError cannot convert dictionary update sequence element #0 to a sequence
            ValueError dictionary update sequence element #0 has length 1; 2 is required
            ValueError dictionary update sequence element #0 has length 3; 2 is required
            TypeError 'int' object is not iterable
            'int' object is not iterable

            """#)
    }

    func testSetFrozensetConstructors() {
        assertPython(#"""
            print(sorted(set("hello")), set(), frozenset(), sorted(frozenset([3, 1, 3])), set([1, 1, 1]))
            fs = frozenset({1, 2})
            print(fs == {1, 2}, {fs: "frozen key"}[frozenset([2, 1])], type(fs | {3}).__name__, type({3} | fs).__name__)
            print(sorted({1, 2} | {3}), sorted({1, 2, 3} & {2, 3, 4}), sorted({1, 2, 3} - {2}), sorted({1, 2} ^ {2, 3}))
            print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > set(), set() == frozenset(), {1}.isdisjoint({2}))
            try:
                {[1]}
            except TypeError as e:
                print(e)
            try:
                hash({1})
            except TypeError as e:
                print(e)
            print(hash(frozenset()) == hash(frozenset()), repr(frozenset([1])), repr(set()))

            """#, prints: #"""
            ['e', 'h', 'l', 'o'] set() frozenset() [1, 3] {1}
            True frozen key frozenset set
            [1, 2, 3] [2, 3] [1, 3] [1, 3]
            True False True True True True
            unhashable type: 'list'
            unhashable type: 'set'
            True frozenset({1}) set()

            """#)
    }

    func testReprAsciiBuiltins() {
        assertPython(#"""
            print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr(1.0), repr(None), repr([1, "a"]))
            print(repr("\x07\x1b\x7f\x80\xa0\xad"), repr("\u200b\u2028\ufeff"), repr("😀é"), repr(b"\x00a'\""), repr(b"it's"))
            print(ascii("é😀\n"), ascii("plain"), ascii(["ü"]), ascii({"k": "ñ"}), ascii(b"\xff"))
            print(repr({"a": [1, (2, 3)], "b": {4}}), repr((1,)), repr(()), repr([[]]), repr({1: {}}), repr(range(3)))
            l = [1]
            l.append(l)
            d = {}
            d["self"] = d
            print(repr(l), repr(d))

            """#, prints: #"""
            "it's" 'say "hi"' 'both \' and "' '\n\t\\' 1.0 None [1, 'a']
            '\x07\x1b\x7f\x80\xa0\xad' '\u200b\u2028\ufeff' '😀é' b'\x00a\'"' b"it's"
            '\xe9\U0001f600\n' 'plain' ['\xfc'] {'k': '\xf1'} b'\xff'
            {'a': [1, (2, 3)], 'b': {4}} (1,) () [[]] {1: {}} range(0, 3)
            [1, [...]] {'self': {...}}

            """#)
    }

    func testChrOrdBuiltins() {
        assertPython(#"""
            print(chr(65), chr(97), chr(8364), chr(128512), ord("A"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
            print([chr(i) for i in range(48, 58)], ord("\n"), chr(0) == "\x00")
            for bad in (lambda: chr(1114112), lambda: chr(-1), lambda: ord(""), lambda: ord("ab"), lambda: chr("a"), lambda: ord(5)):
                try:
                    bad()
                except (ValueError, TypeError) as e:
                    print(type(e).__name__, e)

            """#, prints: #"""
            A a € 😀 65 8364 128512 97 122
            ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] 10 True
            ValueError chr() arg not in range(0x110000)
            ValueError chr() arg not in range(0x110000)
            TypeError ord() expected a character, but string of length 0 found
            TypeError ord() expected a character, but string of length 2 found
            TypeError 'str' object cannot be interpreted as an integer
            TypeError ord() expected string of length 1, but int found

            """#)
    }

    func testHexOctBinBuiltins() {
        assertPython(#"""
            print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70), bin(2 ** 65))
            print(int(hex(12345), 16), int(bin(77), 2), int(oct(99), 8))
            try:
                hex(1.5)
            except TypeError as e:
                print(e)
            class Idx:
                def __index__(self): return 10
            print(hex(Idx()), bin(Idx()), oct(Idx()))

            """#, prints: #"""
            0xff -0xff 0x0 0o10 -0o10 0b101 -0b101 0b0 0x400000000000000000 0b100000000000000000000000000000000000000000000000000000000000000000
            12345 77 99
            'float' object cannot be interpreted as an integer
            0xa 0b1010 0o12

            """#)
    }

    func testFormatBuiltin() {
        assertPython(#"""
            print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">5"), format(1234567, ","), format(0.25, "%"))
            print(format(12), format(1.5), format("s"), format(None), format([1, 2]), format(True), format(True, "d"))
            print(format(1e100, "g"), format(123.0, "g"), format(-1.5, "+.3e"), format(255, "#X"), format(3, "c" if False else "^7"))
            print(format(10, "n"), format(1.0, "n"), format(1e-7, ""), format(100000000000000000.0, ""), format(1.5, "10"))
            for spec in ("z", "d" ):
                try:
                    print(format(1.5, spec))
                except ValueError as e:
                    print(e)
            try:
                format("s", "d")
            except ValueError as e:
                print(e)
            class F:
                def __format__(self, spec):
                    return "F:" + spec
            print(format(F(), "abc"), "{:xyz}".format(F()), f"{F():!>3}")

            """#, prints: #"""
            3.14 00101010     x 1,234,567 25.000000%
            12 1.5 s None [1, 2] True 1
            1e+100 123 -1.500e+00 0XFF    3   
            10 1 1e-07 1e+17        1.5
            1.5
            Unknown format code 'd' for object of type 'float'
            Unknown format code 'd' for object of type 'str'
            F:abc F:xyz F:!>3

            """#)
    }
    /// float() of text: the grammar, underscores, specials in any case, Unicode digits and
    /// spaces, overflow to inf, and the error for each kind of bad text.
    func testFloatFromText() {
        assertPython(#"""
            cases = ["1", " 1.5 ", "-2e3", "+.5", "5.", "1_000.25", "1__0", "_1", "1_", "1_.5", "1._5", "inf", "-Infinity", "+iNf", "nan", "-NaN", "infinit", "in", "", "  ", "1e", "1e+", "1e-5", "0x10", "1.2.3", "١٢٣", " \t12\n", "1e500", "-1e500", "4.9e-324", "0.1", "123456789012345678901234567890", "\x1c1", "1 2", "−1", "ｉｎｆ", "e5", ".", "-.", "1E5", "1_0e1_0"]
            for c in cases:
                try:
                    print(repr(c), float(c))
                except ValueError as e:
                    print(repr(c), "ValueError", e)
            """#, prints: #"""
            '1' 1.0
            ' 1.5 ' 1.5
            '-2e3' -2000.0
            '+.5' 0.5
            '5.' 5.0
            '1_000.25' 1000.25
            '1__0' ValueError could not convert string to float: '1__0'
            '_1' ValueError could not convert string to float: '_1'
            '1_' ValueError could not convert string to float: '1_'
            '1_.5' ValueError could not convert string to float: '1_.5'
            '1._5' ValueError could not convert string to float: '1._5'
            'inf' inf
            '-Infinity' -inf
            '+iNf' inf
            'nan' nan
            '-NaN' nan
            'infinit' ValueError could not convert string to float: 'infinit'
            'in' ValueError could not convert string to float: 'in'
            '' ValueError could not convert string to float: ''
            '  ' ValueError could not convert string to float: '  '
            '1e' ValueError could not convert string to float: '1e'
            '1e+' ValueError could not convert string to float: '1e+'
            '1e-5' 1e-05
            '0x10' ValueError could not convert string to float: '0x10'
            '1.2.3' ValueError could not convert string to float: '1.2.3'
            '١٢٣' 123.0
            ' \t12\n' 12.0
            '1e500' inf
            '-1e500' -inf
            '4.9e-324' 5e-324
            '0.1' 0.1
            '123456789012345678901234567890' 1.2345678901234568e+29
            '\x1c1' ValueError could not convert string to float: '\x1c1'
            '1 2' ValueError could not convert string to float: '1 2'
            '−1' ValueError could not convert string to float: '−1'
            'ｉｎｆ' ValueError could not convert string to float: 'ｉｎｆ'
            'e5' ValueError could not convert string to float: 'e5'
            '.' ValueError could not convert string to float: '.'
            '-.' ValueError could not convert string to float: '-.'
            '1E5' 100000.0
            '1_0e1_0' 100000000000.0

            """#)
    }

    /// int() of text in base 10 (the in-place path for plain digits and the general parser
    /// for everything else), with the errors for each kind of bad text.
    func testIntFromText() {
        assertPython(#"""
            cases = ["0", "007", " 42 ", "-17", "+5", "\t-0\n", "1_000", "1__0", "_1", "", " ", "-", "+-1", "12a", "999999999999999999", "9999999999999999999", "-9223372036854775808", "123456789012345678901234567890", "٣٤", "1 2", "0x10", "1.5"]
            for c in cases:
                try:
                    print(repr(c), int(c))
                except ValueError as e:
                    print(repr(c), "ValueError", e)
            print(int("ff", 16), int("0b101", 0), int(" 0o17 ", 0))
            """#, prints: #"""
            '0' 0
            '007' 7
            ' 42 ' 42
            '-17' -17
            '+5' 5
            '\t-0\n' 0
            '1_000' 1000
            '1__0' ValueError invalid literal for int() with base 10: '1__0'
            '_1' ValueError invalid literal for int() with base 10: '_1'
            '' ValueError invalid literal for int() with base 10: ''
            ' ' ValueError invalid literal for int() with base 10: ' '
            '-' ValueError invalid literal for int() with base 10: '-'
            '+-1' ValueError invalid literal for int() with base 10: '+-1'
            '12a' ValueError invalid literal for int() with base 10: '12a'
            '999999999999999999' 999999999999999999
            '9999999999999999999' 9999999999999999999
            '-9223372036854775808' -9223372036854775808
            '123456789012345678901234567890' 123456789012345678901234567890
            '٣٤' 34
            '1 2' ValueError invalid literal for int() with base 10: '1 2'
            '0x10' ValueError invalid literal for int() with base 10: '0x10'
            '1.5' ValueError invalid literal for int() with base 10: '1.5'
            255 5 15

            """#)
    }

}
