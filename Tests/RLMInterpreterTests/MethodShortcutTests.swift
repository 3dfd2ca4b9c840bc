import XCTest
@testable import RLMInterpreter

// Expected output produced by running the same program with CPython 3.11.7.

/// Method calls with up to two plain arguments go through the method's shortcut
/// (`PyBuiltinFunction.method0...2`); any value a shortcut does not take falls back to the
/// method's body. Both paths must give CPython's results and errors.
final class MethodShortcutTests: XCTestCase {
    func testShortcutsAgreeWithTheMethodBodies() {
        assertPython(#"""
            def show(f):
                try:
                    r = f()
                    print(repr(r))
                except Exception as e:
                    print(type(e).__name__ + ":", e)

            s = "  a,b,,c  "
            for m in ["strip", "lstrip", "rstrip", "split", "rsplit", "upper", "lower", "isdigit", "title"]:
                show(lambda: getattr(s, m)())
            for arg in [None, " ", " a", ",", "", 5, b"x"]:
                show(lambda: s.strip(arg))
                show(lambda: s.lstrip(arg))
                show(lambda: s.rstrip(arg))
                show(lambda: s.split(arg))
                show(lambda: s.rsplit(arg))
            for arg in ["  a", "c  ", "", ("x", "  "), 3]:
                show(lambda: s.startswith(arg))
                show(lambda: s.endswith(arg))
            for arg in [",", "", "zz", 1]:
                show(lambda: s.find(arg))
                show(lambda: s.rfind(arg))
                show(lambda: s.count(arg))
                show(lambda: s.index(arg))
            show(lambda: "-".join(["a", "b"]))
            show(lambda: "-".join(x for x in "abc"))
            show(lambda: "-".join(["a", 2]))
            show(lambda: "-".join(5))
            show(lambda: s.replace(",", ";"))
            show(lambda: s.replace("", "|"))
            show(lambda: s.replace(1, "x"))
            show(lambda: s.replace(",", 2))
            d = {"a": 1}
            show(lambda: d.setdefault("a", 5))
            show(lambda: d.setdefault("b", [1]))
            show(lambda: d.setdefault([], 1))
            show(lambda: d.pop("a"))
            show(lambda: d.pop("a"))
            show(lambda: d.pop("a", "gone"))
            show(lambda: d.pop([]))
            show(lambda: list(d.keys()))
            show(lambda: list(d.values()))
            show(lambda: list(d.items()))
            print(d)
            l = [1, 2]
            show(lambda: l.pop())
            show(lambda: l.pop())
            show(lambda: l.pop())
            st = set()
            show(lambda: st.add(1))
            show(lambda: st.add([]))
            show(lambda: st.discard(1))
            show(lambda: st.discard(2))
            show(lambda: st.discard([]))
            print(st)
            fs = frozenset([1])
            show(lambda: fs.add(2))
            # The same method object, reached through different receivers at one call site.
            for r in ["x y", ["x"], {"k": 1}, {1, 2}]:
                show(lambda: r.pop() if not isinstance(r, str) else r.split())
            class E(Exception):
                def __init__(self, a):
                    self.args = (a, a)
                    self.note = a
            e = E(3)
            print(e.args, e.note, str(e))
            class C:
                def __init__(self, v):
                    self.v = v
            class D(C):
                def __setattr__(self, name, value):
                    object.__setattr__(self, name, value * 2)
            print(C(2).v, D(2).v)
            """#, prints: "'a,b,,c'\n'a,b,,c  '\n'  a,b,,c'\n['a,b,,c']\n['a,b,,c']\n'  A,B,,C  '\n'  a,b,,c  '\nFalse\n'  A,B,,C  '\n'a,b,,c'\n'a,b,,c  '\n'  a,b,,c'\n['a,b,,c']\n['a,b,,c']\n'a,b,,c'\n'a,b,,c  '\n'  a,b,,c'\n['', '', 'a,b,,c', '', '']\n['', '', 'a,b,,c', '', '']\n',b,,c'\n',b,,c  '\n'  a,b,,c'\n[' ', ',b,,c  ']\n[' ', ',b,,c  ']\n'  a,b,,c  '\n'  a,b,,c  '\n'  a,b,,c  '\n['  a', 'b', '', 'c  ']\n['  a', 'b', '', 'c  ']\n'  a,b,,c  '\n'  a,b,,c  '\n'  a,b,,c  '\nValueError: empty separator\nValueError: empty separator\nTypeError: strip arg must be None or str\nTypeError: lstrip arg must be None or str\nTypeError: rstrip arg must be None or str\nTypeError: must be str or None, not int\nTypeError: must be str or None, not int\nTypeError: strip arg must be None or str\nTypeError: lstrip arg must be None or str\nTypeError: rstrip arg must be None or str\nTypeError: must be str or None, not bytes\nTypeError: must be str or None, not bytes\nTrue\nFalse\nFalse\nTrue\nTrue\nTrue\nTrue\nTrue\nTypeError: startswith first arg must be str or a tuple of str, not int\nTypeError: endswith first arg must be str or a tuple of str, not int\n3\n6\n3\n3\n0\n10\n11\n0\n-1\n-1\n0\nValueError: substring not found\nTypeError: must be str, not int\nTypeError: must be str, not int\nTypeError: must be str, not int\nTypeError: must be str, not int\n'a-b'\n'a-b-c'\nTypeError: sequence item 1: expected str instance, int found\nTypeError: can only join an iterable\n'  a;b;;c  '\n'| | |a|,|b|,|,|c| | |'\nTypeError: replace() argument 1 must be str, not int\nTypeError: replace() argument 2 must be str, not int\n1\n[1]\nTypeError: unhashable type: 'list'\n1\nKeyError: 'a'\n'gone'\nTypeError: unhashable type: 'list'\n['b']\n[[1]]\n[('b', [1])]\n{'b': [1]}\n2\n1\nIndexError: pop from empty list\nNone\nTypeError: unhashable type: 'list'\nNone\nNone\nTypeError: unhashable type: 'list'\nset()\nAttributeError: 'frozenset' object has no attribute 'add'\n['x', 'y']\n'x'\nTypeError: pop expected at least 1 argument, got 0\n1\n(3, 3) 3 (3, 3)\n2 4\n")
    }

    /// Built-in functions with shortcuts (`len`, `ord`, `abs`, `isinstance`) called with the
    /// values each shortcut takes and the ones it leaves to the body.
    func testFunctionShortcutsAgreeWithTheFunctionBodies() {
        assertPython(#"""
            def show(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            class L:
                def __len__(self):
                    return 7
            class A:
                def __abs__(self):
                    return "abs!"
            for v in ["abc", [1, 2], (), {"a": 1}, {1}, L(), 5, None, range(10), b"xy"]:
                show(lambda: len(v))
            for v in ["a", "é", "🚨", "", "ab", b"a", 5, None]:
                show(lambda: ord(v))
            for v in [-3, 3, -2.5, -9223372036854775808, True, A(), "x", -(10**30)]:
                show(lambda: abs(v))
            for v, t in [(1, int), (True, int), ("s", (int, str)), (1.0, int), (L(), L), (1, 5)]:
                show(lambda: isinstance(v, t))
            show(lambda: len())
            show(lambda: len(1, 2))
            show(lambda: isinstance(1))
            ln = len
            print(ln("four"), [len(w) for w in "a bb ccc".split()], sum(map(len, ["ab", "c"])))
            """#, prints: "3\n2\n0\n1\n1\n7\nTypeError: object of type 'int' has no len()\nTypeError: object of type 'NoneType' has no len()\n10\n2\n97\n233\n128680\nTypeError: ord() expected a character, but string of length 0 found\nTypeError: ord() expected a character, but string of length 2 found\n97\nTypeError: ord() expected string of length 1, but int found\nTypeError: ord() expected string of length 1, but NoneType found\n3\n3\n2.5\n9223372036854775808\n1\n'abs!'\nTypeError: bad operand type for abs(): 'str'\n1000000000000000000000000000000\nTrue\nTrue\nTrue\nFalse\nTrue\nTypeError: isinstance() arg 2 must be a type, a tuple of types, or a union\nTypeError: len() takes exactly one argument (0 given)\nTypeError: len() takes exactly one argument (2 given)\nTypeError: isinstance expected 2 arguments, got 1\n4 [1, 2, 3] 3\n")
    }

    /// `split(sep, maxsplit)`, `partition(sep)` and `rpartition(sep)` through their shortcuts,
    /// with arguments lent from locals, constants and globals.
    func testSplitWithMaxsplitAndPartitionShortcuts() {
        assertPython(#"""
            def show(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)

            s = "a b  c=d=e"
            for sep, n in [(None, 1), (" ", 0), (" ", -1), ("=", 1), ("", 1), (" ", True), (" ", 1.5), ("x", 2), (None, 0), (3, 1)]:
                show(lambda: s.split(sep, n))
                show(lambda: s.rsplit(sep, n))
            for sep in ["=", " ", "", "zz", None, 5, "a b  c=d=e", "e"]:
                show(lambda: s.partition(sep))
                show(lambda: s.rpartition(sep))
            print("x=1".partition("="), "k: v: w".split(": ", 1), "日本=語".rpartition("="))
            g_sep = "="
            g_n = 1
            print(s.split(g_sep, g_n), s.rsplit(g_sep, g_n), s.partition(g_sep))
            """#, prints: #"""
            ['a', 'b  c=d=e']
            ['a b', 'c=d=e']
            ['a b  c=d=e']
            ['a b  c=d=e']
            ['a', 'b', '', 'c=d=e']
            ['a', 'b', '', 'c=d=e']
            ['a b  c', 'd=e']
            ['a b  c=d', 'e']
            ValueError: empty separator
            ValueError: empty separator
            ['a', 'b  c=d=e']
            ['a b ', 'c=d=e']
            TypeError: 'float' object cannot be interpreted as an integer
            TypeError: 'float' object cannot be interpreted as an integer
            ['a b  c=d=e']
            ['a b  c=d=e']
            ['a b  c=d=e']
            ['a b  c=d=e']
            TypeError: must be str or None, not int
            TypeError: must be str or None, not int
            ('a b  c', '=', 'd=e')
            ('a b  c=d', '=', 'e')
            ('a', ' ', 'b  c=d=e')
            ('a b ', ' ', 'c=d=e')
            ValueError: empty separator
            ValueError: empty separator
            ('a b  c=d=e', '', '')
            ('', '', 'a b  c=d=e')
            TypeError: must be str, not NoneType
            TypeError: must be str, not NoneType
            TypeError: must be str, not int
            TypeError: must be str, not int
            ('', 'a b  c=d=e', '')
            ('', 'a b  c=d=e', '')
            ('a b  c=d=', 'e', '')
            ('a b  c=d=', 'e', '')
            ('x', '=', '1') ['k', 'v: w'] ('日本', '=', '語')
            ['a b  c', 'd=e'] ['a b  c=d', 'e'] ('a b  c', '=', 'd=e')

            """#)
    }
}
