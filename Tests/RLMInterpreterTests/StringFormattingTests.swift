import XCTest
@testable import RLMInterpreter

/// printf-style `str % values` and f-string format specs against CPython 3.11's output,
/// including which error wins when a % directive is both short of arguments and malformed
/// (CPython fetches the argument first).
final class StringFormattingTests: XCTestCase {
    func testConversionsFlagsAndErrorsMatchCPython() throws {
        assertPython("""
cases = [
 ("%s", (1,)), ("%5s|%-5s|", ("a", "b")), ("%.2s", ("héllo",)), ("%r %a", ("é", "é")),
 ("%d %i %u", (1, -2, 3)), ("%05d|%-5d|%+d|% d", (42, 42, 42, 42)), ("%x %X %o %#x %#o %#X", (255, 255, 8, 255, 8, 255)),
 ("%.3d|%8.3d|%-8.3x|", (5, -5, 10)), ("%f %e %g %E %G %F", (1.5, 12345.678, 0.0001, 1e20, 1e-20, 2.0)),
 ("%.2f|%10.3f|%-10.1f|%+.0f|%#.0f", (3.14159, 2.5, -1.25, 2.5, 2.0)), ("%c%c", (65, "z")),
 ("%*d|%-*d|%.*f", (5, 1, 4, 2, 3, 3.14159)), ("%*d", (-5, 1)), ("%(a)s-%(b)05.1f", {"a": "x", "b": 2.25}),
 ("%%|%s%%", ("p",)), ("%d", (3.99,)), ("%s", ([1, 2],)), ("%s", ((1, 2),)), ("%d", (True,)), ("%x", (-255,)),
 ("%d", (2**100,)), ("%x", (2**100,)), ("%010.2f", (-3.5,)), ("%-010d|", (7,)), ("%#010x", (255,)), ("% 05d", (3,)),
 ("%e", (float("inf"),)), ("%f", (float("nan"),)), ("%010f", (float("-inf"),)), ("%s %s", ("a",)), ("%s", ("a", "b")),
 ("%d", ("x",)), ("%x", (1.5,)), ("%d %y", ("x",)), ("%s %y", (1,)), ("%", ()), ("%(a", {"a": 1}), ("%(a)s", (1,)),
 ("%c", (0x110000,)), ("%c", ("ab",)), ("%*d", ("a", 1)), ("%.*d", (1.5, 1)), ("%f", ("x",)), ("abc", ()), ("abc", (1,)),
 ("%s", {"k": 1}), ("%(k)s %(k)r", {"k": "v"}), ("%ld %hd %Lf", (1, 2, 3.0)), ("%5%|", ()), ("%.3s|%.0s|", ("abcdef", "xyz")),
 ("%-6c|%6c|", ("é", 0x1F600)), ("%s", (None,)), ("%5.1e", (123456.0,)), ("%g %g %g", (1e16, 123456789.0, 0.00001234)),
 ("%#g %#.3g", (1.0, 2.0)), ("%i", (-0,)), ("%+x %+o", (255, -8)), ("%s", ""), ("%s", 5), ("%d items", 3),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
class P:
    def __getitem__(self, k): return k.upper()
print("%(abc)s %(x)s" % P())
class F:
    def __float__(self): return 2.5
    def __index__(self): return 7
print("%f %d %x" % (F(), F(), F()))
""", prints: """
'1'
'    a|b    |'
'hé'
"'é' '\\\\xe9'"
'1 -2 3'
'00042|42   |+42| 42'
'ff FF 10 0xff 0o10 0XFF'
'005|    -005|00a     |'
'1.500000 1.234568e+04 0.0001 1.000000E+20 1E-20 2.000000'
'3.14|     2.500|-1.2      |+2|2.'
'Az'
'    1|2   |3.142'
'1    '
'x-002.2'
'%|p%'
'3'
'[1, 2]'
'(1, 2)'
'1'
'-ff'
'1267650600228229401496703205376'
'10000000000000000000000000'
'-000003.50'
'7         |'
'0x000000ff'
' 0003'
'inf'
'nan'
'-000000inf'
%s %s TypeError not enough arguments for format string
%s TypeError not all arguments converted during string formatting
%d TypeError %d format: a real number is required, not str
%x TypeError %x format: an integer is required, not float
%d %y TypeError %d format: a real number is required, not str
%s %y TypeError not enough arguments for format string
% ValueError incomplete format
%(a ValueError incomplete format key
%(a)s TypeError format requires a mapping
%c OverflowError %c arg not in range(0x110000)
%c TypeError %c requires int or char
%*d TypeError * wants int
%.*d TypeError * wants int
%f TypeError must be real number, not str
'abc'
abc TypeError not all arguments converted during string formatting
"{'k': 1}"
"v 'v'"
'1 2 3.000000'
%5%| TypeError not enough arguments for format string
'abc||'
'é     |     😀|'
'None'
'1.2e+05'
'1e+16 1.23457e+08 1.234e-05'
'1.00000 2.00'
'0'
'+ff -10'
''
'5'
'3 items'
ABC X
2.500000 7 7

""")
    }

    /// One f-string site formatting values of several types with the same and changing specs:
    /// the per-site parsed-spec cache must not leak one type's result or error into another.
    func testFormattedStringSpecsAcrossTypesMatchCPython() throws {
        assertPython("""
for v in [5, 2.5, -3, 1e20, True, 10**30, "ab"]:
    for w in [6, 8]:
        try:
            print(f"[{v:>{w}}] [{v:^{w}}] [{v:0{w}}]")
        except Exception as e:
            print(type(e).__name__, e)
for v in [1234567, 3.14159, -0.0]:
    print(f"{v:,} {v:_} {v:+} {v:e} {v:.2%}")
for v in [7, 7.5, "x"]:
    try:
        print(f"{v:d}")
    except Exception as e:
        print(type(e).__name__, e)
print(f"{-5}|{0}|{2**63}|{-2**63}|{'é':*^5}|{255:#x}|{255:b}|{65:c}|{3.0}|{1e-7}")

""", prints: """
[     5] [  5   ] [000005]
[       5] [   5    ] [00000005]
[   2.5] [ 2.5  ] [0002.5]
[     2.5] [  2.5   ] [000002.5]
[    -3] [  -3  ] [-00003]
[      -3] [   -3   ] [-0000003]
[ 1e+20] [1e+20 ] [01e+20]
[   1e+20] [ 1e+20  ] [0001e+20]
[     1] [  1   ] [000001]
[       1] [   1    ] [00000001]
[1000000000000000000000000000000] [1000000000000000000000000000000] [1000000000000000000000000000000]
[1000000000000000000000000000000] [1000000000000000000000000000000] [1000000000000000000000000000000]
[    ab] [  ab  ] [ab0000]
[      ab] [   ab   ] [ab000000]
1,234,567 1_234_567 +1234567 1.234567e+06 123456700.00%
3.14159 3.14159 +3.14159 3.141590e+00 314.16%
-0.0 -0.0 -0.0 -0.000000e+00 -0.00%
7
ValueError Unknown format code 'd' for object of type 'float'
ValueError Unknown format code 'd' for object of type 'str'
-5|0|9223372036854775808|-9223372036854775808|**é**|0xff|11111111|A|3.0|1e-07

""")
    }
}
