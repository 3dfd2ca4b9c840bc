import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class FormattingTests: XCTestCase {
    func testFstringBasics() {
        assertPython(#"""
            name = "World"
            n = 42
            pi = 3.14159265
            print(f"Hello, {name}! {n} {n + 1} {name.lower()}")
            print(f"{{literal}} {{{n}}} {'quoted'} {name!r} {name!s} {'é'!a}")
            print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}|{n: }")
            print(f"{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3e} {pi:g} {pi:%} {0.5:.0%}")
            print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {255:08b} {n:c}")
            print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xDEADBEEF:_x}")
            print(f"{name:*^11} {name:-<8} {name:.3} {name:>8.2}")
            width, prec = 10, 3
            print(f"{pi:{width}.{prec}f}|{name:{'>'}{width}}|")
            print(f"{n=} {pi=:.2f} {name = }")
            print(f"{'nested ' + f'{n:03}'}")
            print(f"{[1, 2]} {(1,)} {dict(a=1)} {None} {True:d} {3.0}")
            print(f"{'a' if n > 40 else 'b'} {n * 2:>6} {[x for x in range(3)]}")

            """#, prints: #"""
            Hello, World! 42 43 world
            {literal} {42} quoted 'World' World '\xe9'
               42|42   | 42  |   42|00042|+42|-42| 42
            3.14      3.142 3.1       | 3.141593e+00 3.142e+00 3.14159 314.159265% 50%
            2a 2A 52 101010 0x2a 0o52 0b101010 11111111 *
            1,234,567 1_234_567 1,234,567.89 dead_beef
            ***World*** World--- Wor       Wo
                 3.142|     World|
            n=42 pi=3.14 name = 'World'
            nested 042
            [1, 2] (1,) {'a': 1} None 1 3.0
            a     84 [0, 1, 2]

            """#)
    }

    func testFstringConversionsAndObjects() {
        assertPython(#"""
            class P:
                def __repr__(self):
                    return "P()"
                def __str__(self):
                    return "p-str"
                def __format__(self, spec):
                    return f"P[{spec}]"
            p = P()
            print(f"{p} {p!r} {p!s} {p:xyz} {p!r:>6}")
            print(f"{'tab':\t>5}" == "\t\ttab")
            print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789:e} {0.000123:.2g} {-0.0:+}")
            print(f"{12.5:.0f} {13.5:.0f} {2.675:.2f} {1e16:f}")
            print(f"{True} {False!r} {None!s:>5}")
            x = 7
            print(f"""multi
            {x}
            line""")
            print(F"upper {x}", rf"raw \n {x}", fr"{x}\t")

            """#, prints: #"""
            P[] P() p-str P[xyz]    P()
            True
            3 1e+20 1e-05 1.234568e+08 0.00012 -0.0
            12 14 2.67 10000000000000000.000000
            True False  None
            multi
            7
            line
            upper 7 raw \n 7 7\t

            """#)
    }

    func testPercentFormatting() {
        assertPython(#"""
            print("%d %i %s %r %%" % (5, 6, "s", "r"))
            print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
            print("%.2f %10.3f %-10.1f| %e %g %G" % (3.14159, 2.71828, 1.5, 12345.678, 0.00001234, 1e-10))
            print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
            print("%s and %s" % ("a", [1, 2]), "%s" % (1,), "%s" % "solo")
            print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
            print("%*d|%-*s|%.*f" % (5, 1, 4, "ab", 2, 3.14159))
            print("%r %a" % ("é", "é"), "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
            for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2))]:
                try:
                    print(bad[0] % bad[1])
                except TypeError as e:
                    print("TypeError:", e)

            """#, prints: #"""
            5 6 s 'r' %
               42|42   |00042|+42| 42
            3.14      2.718 1.5       | 1.234568e+04 1.234e-05 1E-10
            ff FF 10 0xff 0o10 A z
            a and [1, 2] 1 solo
            Ann is 30
                1|ab  |3.14
            'é' '\xe9'    ab|ab   |ab
            TypeError: %d format: a real number is required, not str
            TypeError: not enough arguments for format string
            TypeError: not all arguments converted during string formatting

            """#)
    }

    func testStrFormatMethod() {
        assertPython(#"""
            print("{} {} {}".format(1, "two", 3.0))
            print("{0} {1} {0}".format("a", "b"))
            print("{name} is {age}".format(name="Bob", age=5))
            print("{0[1]} {d[key]} {o.real}".format([10, 20], d={"key": "v"}, o=3))
            print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
            print("{:.3f} {:,} {:08.2f} {:+.1e} {:x}".format(2 / 3, 10 ** 6, -3.14159, 12345.6789, 3054))
            print("{!r} {!s} {!a}".format("q", "q", "ñ"))
            print("{{}} {{{}}}".format("braced"))
            print("{:{w}.{p}}".format(3.14159, w=8, p=3))
            print("{0:{1}}|".format("x", 5))
            for bad in ["{} {}", "{0} {2}", "{z}"]:
                try:
                    bad.format(1)
                except (IndexError, KeyError) as e:
                    print(type(e).__name__, e)

            """#, prints: #"""
            1 two 3.0
            a b a
            Bob is 5
            20 v 3
                   r|l       |   c    |****s****
            0.667 1,000,000 -0003.14 +1.2e+04 bee
            'q' q '\xf1'
            {} {braced}
                3.14
            x    |
            IndexError Replacement index 1 out of range for positional args tuple
            IndexError Replacement index 2 out of range for positional args tuple
            KeyError 'z'

            """#)
    }

    func testFstringExpressions() {
        assertPython(#"""
            d = {"k": [1, 2], "n": {"x": 5}}
            class O:
                attr = "value"
                def m(self, a): return a * 2
            o = O()
            items = ["a", "b"]
            prec = 2
            print(f"{d['k']} {d['k'][-1]} {d['n']['x']} {o.attr} {o.m(21)} {len(items)} {items[0].upper()}")
            print(f"{3.14159:.{prec}f} {'x':{'>' if prec else '<'}5} {'a' 'b'} {prec if prec > 5 else -prec}")
            print(f"{(lambda v: v + 1)(1)} {[i * i for i in range(4)]} {sum(i for i in range(5))} {dict(a=1)['a']}")
            print(f"{'{'}{'}'} {{{prec}}} {prec!r:>4} {str(prec)!r} {items!s}")
            print(f"{1_000_000:,d} {0.000012345:.3g} {12345.6789:,.1f} {-7:+05d} {255:#010x} {-0.5:.0f} {1.5:.0f} {2.5:.0f}")
            print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{42:*>6}|{-42:=+8}|{3.5:08.2f}")
            print(f"{True!s:>6} {None!r} {b'bytes'} {1e-7} {1.0e16} {float('inf'):>5} {float('nan')}")

            """#, prints: #"""
            [1, 2] 2 5 value 42 2 A
            3.14     x ab -2
            2 [0, 1, 4, 9] 10 1
            {} {2}    2 '2' ['a', 'b']
            1,000,000 1.23e-05 12,345.7 -0007 0x000000ff -0 2 2
            left    |   right|   mid   |****42|-     42|00003.50
              True None b'bytes' 1e-07 1e+16   inf nan

            """#)
    }

    func testFormatSpecNumbers() {
        assertPython(#"""
            for v in (0, 1, -1, 255, 1234567, -9876543210):
                print(f"{v:d}|{v:6}|{v:<6}|{v:^8}|{v:+}|{v:x}|{v:#b}|{v:,}|{v:_}|{v:e}|{v:%}")
            for v in (0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-10, 123456789.0, 1e300):
                print(f"{v}|{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:10.4}|{v:,.2f}|{v:%}")

            """#, prints: #"""
            0|     0|0     |   0    |+0|0|0b0|0|0|0.000000e+00|0.000000%
            1|     1|1     |   1    |+1|1|0b1|1|1|1.000000e+00|100.000000%
            -1|    -1|-1    |   -1   |-1|-1|-0b1|-1|-1|-1.000000e+00|-100.000000%
            255|   255|255   |  255   |+255|ff|0b11111111|255|255|2.550000e+02|25500.000000%
            1234567|1234567|1234567|1234567 |+1234567|12d687|0b100101101011010000111|1,234,567|1_234_567|1.234567e+06|123456700.000000%
            -9876543210|-9876543210|-9876543210|-9876543210|-9876543210|-24cb016ea|-0b1001001100101100000001011011101010|-9,876,543,210|-9_876_543_210|-9.876543e+09|-987654321000.000000%
            0.0|0.000000|0.00|0.000000e+00|0.000e+00|0|0|       0.0|0.00|0.000000%
            -0.0|-0.000000|-0.00|-0.000000e+00|-0.000e+00|-0|-0|      -0.0|-0.00|-0.000000%
            1.5|1.500000|1.50|1.500000e+00|1.500e+00|1.5|1.5|       1.5|1.50|150.000000%
            -2.25|-2.250000|-2.25|-2.250000e+00|-2.250e+00|-2.25|-2.25|     -2.25|-2.25|-225.000000%
            1234.5678|1234.567800|1234.57|1.234568e+03|1.235e+03|1234.57|1.23e+03| 1.235e+03|1,234.57|123456.780000%
            1e-10|0.000000|0.00|1.000000e-10|1.000e-10|1e-10|1e-10|     1e-10|0.00|0.000000%
            123456789.0|123456789.000000|123456789.00|1.234568e+08|1.235e+08|1.23457e+08|1.23e+08| 1.235e+08|123,456,789.00|12345678900.000000%
            1e+300|1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000|1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00|1.000000e+300|1.000e+300|1e+300|1e+300|    1e+300|1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00|100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.000000%

            """#)
    }

    func testFormatSpecStrings() {
        assertPython(#"""
            s = "héllo"
            print(f"[{s}] [{s:10}] [{s:>10}] [{s:^10}] [{s:*<10}] [{s:.2}] [{s:>8.3}] [{s!r:>12}]")
            print("[{:^7}] [{:-^7}] [{:7.1}] [{!a}]".format("ab", "ab", "ab", s))
            print("%-6s|%6s|%.1s|%r" % (s, s, s, s))

            """#, prints: #"""
            [héllo] [héllo     ] [     héllo] [  héllo   ] [héllo*****] [hé] [     hél] [     'héllo']
            [  ab   ] [--ab---] [a      ] ['h\xe9llo']
            héllo | héllo|h|'héllo'

            """#)
    }
}
