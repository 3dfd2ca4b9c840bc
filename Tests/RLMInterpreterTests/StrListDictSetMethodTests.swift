import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class StrListDictSetMethodTests: XCTestCase {
    /// Case mapping of mostly-ASCII text with non-ASCII runs in between (the fast ASCII path
    /// must hand every other code point, final sigma included, to the full Unicode rules).
    func testCaseMappingOfMixedText() {
        assertPython("""
        s = 'Hello ΣΑΣ World ÉCOLE straße ﬁ İx ΑΣ. end'
        print(s.lower()); print(s.upper()); print(s.casefold()); print(s.swapcase())
        print('OΔΥΣΣΕΥΣ wrote'.lower(), 'aΣ b'.lower(), 'Σ'.lower())
        """, prints: """
        hello σας world école straße ﬁ i̇x ας. end
        HELLO ΣΑΣ WORLD ÉCOLE STRASSE FI İX ΑΣ. END
        hello σασ world école strasse fi i̇x ασ. end
        hELLO σας wORLD école STRASSE FI i̇X ας. END
        oδυσσευς wrote aς b σ

        """)
    }

    /// `d.get(...)` and `l.append(x)` have a fast path at the call site; everything that is not
    /// a plain dict with a str/int key or a plain list must still behave as the method does.
    func testGetAndAppendCallSitesKeepMethodSemantics() {
        assertPython(#"""
        from collections import deque, Counter, defaultdict
        d = {"a": 1, 2: "two", (1, 2): "t", 1.0: "f"}
        print(d.get("a"), d.get("b"), d.get("b", 5), d.get(2), d.get((1, 2)), d.get(1), d.get(True), d.get(1.0, 0))
        class K:
            def __init__(self, v): self.v = v
            def __hash__(self): return hash(self.v)
            def __eq__(self, o): return isinstance(o, K) and o.v == self.v
        d[K(3)] = "k3"
        print(d.get(K(3)), d.get(K(4), "none"))
        try:
            d.get([1])
        except TypeError as e:
            print("TypeError", e)
        try:
            d.get()
        except TypeError as e:
            print("TypeError", e)
        class G:
            def get(self, k, default=None): return ("G", k, default)
            def append(self, x): print("G.append", x)
        print(G().get(1), G().get(1, 2))
        G().append(3)
        q = deque(); q.append(1); print(q)
        c = Counter("abca"); print(c.get("a"), c.get("z", 0))
        dd = defaultdict(int); print(dd.get("x"), dict(dd))
        class D:
            def get(self, k, default=None): return "override"
        print(D().get("a"))
        l = []; r = l.append(l); print(r, len(l))
        order = []
        def f(x): order.append(x); return x
        {}.get(f("k"), f("d")); print(order)
        try:
            None.get(1)
        except AttributeError as e:
            print(e)
        s = "abc"
        try: s.append(1)
        except AttributeError as e: print(e)
        print({1: 2}.get(1, default := 9) if False else 0)
        """#, prints: #"""
        1 None 5 two t f f f
        k3 none
        TypeError unhashable type: 'list'
        TypeError get expected at least 1 argument, got 0
        ('G', 1, None) ('G', 1, 2)
        G.append 3
        deque([1])
        2 0
        None {}
        override
        None 1
        ['k', 'd']
        'NoneType' object has no attribute 'get'
        'str' object has no attribute 'append'
        0

        """#)
    }

    func testStrSplitJoin() {
        assertPython(#"""
            print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "".split(), "".split(","), "abc".split("abc"))
            print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), " a  b ".split(None, 1), " a  b ".rsplit(None, 1), "x".split("x"))
            print("line1\nline2\r\nline3\r".splitlines(), "a\n\nb\n".splitlines(keepends=True), "".splitlines(), "x\x0by\x1cz".splitlines())
            print("-".join(["a", "b"]), "".join([]), ", ".join("abc"), "/".join(map(str, range(3))), "x".join(("1",)))
            try:
                ",".join(["a", 2])
            except TypeError as e:
                print(e)
            try:
                "a".split("")
            except ValueError as e:
                print(e)

            """#, prints: #"""
            ['a', 'b', '', 'c'] ['a', 'b', 'c'] ['', '', 'lead'] [] [''] ['', '']
            ['a', 'b,c'] ['a,b', 'c'] ['a', 'b '] [' a', 'b'] ['', '']
            ['line1', 'line2', 'line3'] ['a\n', '\n', 'b\n'] [] ['x', 'y', 'z']
            a-b  a, b, c 0/1/2 1
            sequence item 1: expected str instance, int found
            empty separator

            """#)
    }

    func testStrStripFamily() {
        assertPython(#"""
            print(repr("  hi  ".strip()), repr("\t\nhi\r ".lstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
            print(repr("hello".rstrip("lo")), repr("  ".strip()), repr("".strip("x")), repr("\u3000wide\u3000".strip()))
            print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("x"), "abc".removesuffix(""))

            """#, prints: #"""
            'hi' 'hi\r ' 'hi' 'c'
            'he' '' '' 'wide'
            name name abc abc

            """#)
    }

    func testStrFindIndexCount() {
        assertPython(#"""
            s = "hello world, hello"
            print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("z"), s.find(""), s.find("", 100), s.rfind(""))
            print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 5, 12))
            print(s.find("o", -5), s.find("h", -100, 3), "abc".find("c", 1, 2))
            try:
                s.index("xyz")
            except ValueError as e:
                print(e)
            try:
                s.rindex("xyz")
            except ValueError as e:
                print(e)

            """#, prints: #"""
            0 13 13 -1 0 -1 18
            6 16 5 2 19 2 1
            17 0 -1
            substring not found
            substring not found

            """#)
    }

    func testStrCaseMethods() {
        assertPython(#"""
            print("hello WORLD".upper(), "Hello".lower(), "hello world".title(), "hELLO".swapcase(), "hello world".capitalize())
            print("they're bill's".title(), "ßtraße".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "ΣΑΣ".lower())
            print("MiXeD".casefold(), "Straße".casefold(), "123abc".capitalize(), "a1b2".title(), "".upper())

            """#, prints: #"""
            HELLO WORLD hello Hello World Hello Hello world
            They'Re Bill'S SSTRASSE ǆ i̇ 2 FI σας
            mixed strasse 123abc A1B2 

            """#)
    }

    func testStrPredicates() {
        assertPython(#"""
            for s in ["abc", "ABC", "Abc", "123", "١٢٣", "½", "a1", "", " ", "\t\n", "Title Case", "_id", "x2", "2x", "é"]:
                print(repr(s), s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isupper(), s.islower(), s.isspace(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())

            """#, prints: #"""
            'abc' True False False False True False True False False True True True
            'ABC' True False False False True True False False False True True True
            'Abc' True False False False True False False False True True True True
            '123' False True True True True False False False False False True True
            '١٢٣' False True True True True False False False False False True False
            '½' False False True False True False False False False False True False
            'a1' False False False False True False True False False True True True
            '' False False False False False False False False False False True True
            ' ' False False False False False False False True False False True True
            '\t\n' False False False False False False False True False False False True
            'Title Case' False False False False False False False False True False True True
            '_id' False False False False False False True False False True True True
            'x2' False False False False True False True False False True True True
            '2x' False False False False True False True False False False True True
            'é' True False False False True False True False False True True False

            """#)
    }

    func testStrPaddingAlignment() {
        assertPython(#"""
            print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6)), repr("ab".ljust(5, "-")), repr("ab".rjust(5)))
            print(repr("42".zfill(5)), repr("-42".zfill(6)), repr("+4".zfill(4)), repr("abc".zfill(2)), repr("".zfill(3)))
            print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(2)))
            try:
                "x".center(5, "ab")
            except TypeError as e:
                print(e)

            """#, prints: #"""
            '   ab  ' '***ab**' ' abc  ' 'ab---' '   ab'
            '00042' '-00042' '+004' 'abc' '000'
            'a       b       c' 'a   bc  d' '' 'ab\n  c'
            The fill character must be exactly one character long

            """#)
    }

    func testStrPartitionReplace() {
        assertPython(#"""
            print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
            print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aaa".replace("aa", "a"))
            print("hello".replace("l", ""), "a.b.c".replace(".", "::", 1), "".replace("", "x"), "abc".replace("b", "B", 0))
            try:
                "a".partition("")
            except ValueError as e:
                print(e)

            """#, prints: #"""
            ('key', '=', 'value=x') ('key=value', '=', 'x') ('none', '', '') ('', '', 'none')
            bbb bba -a-b-c- abc aa
            heo a::b.c x abc
            empty separator

            """#)
    }

    func testStrStartswithEndswith() {
        assertPython(#"""
            s = "filename.tar.gz"
            print(s.startswith("file"), s.endswith(".gz"), s.endswith((".zip", ".gz")), s.startswith(("x", "y")), s.startswith("name", 4))
            print(s.endswith("tar", 0, 12), s.startswith(""), "".endswith(""), s.startswith("file", -20), s.endswith("gz", -2))
            try:
                s.startswith(["file"])
            except TypeError as e:
                print(e)

            """#, prints: #"""
            True True True False True
            True True True True True
            startswith first arg must be str or a tuple of str, not list

            """#)
    }

    func testStrMiscMethods() {
        assertPython(#"""
            print("abc".encode(), "é".encode("utf-8"), "é".encode("latin-1"), "abc".encode("ascii"), "€".encode())
            print(str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy")), "hello".translate({ord("l"): None}))
            print("a-b_c".translate(str.maketrans("-_", "  ", "c")), "{0}-{0}".format("r"), "%s" % "x")
            print("{name}!".format_map({"name": "map"}), "hello"[1:4].upper(), "x".__len__(), "ab".__contains__("a"))
            try:
                "é".encode("ascii")
            except UnicodeEncodeError as e:
                print(e)
            print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é✓".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))

            """#, prints: #"""
            b'abc' b'\xc3\xa9' b'\xe9' b'abc' b'\xe2\x82\xac'
            {97: 120, 98: 121} xycxy heo
            a b  r-r x
            map! ELL 1 True
            'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
            b'?' b'' b'&#233;&#10003;' b'\\xe9'

            """#)
    }

    func testStrComparisonAndIteration() {
        assertPython(#"""
            print(sorted(["b", "B", "a", "é", "Z", "10", "9"]), "abc" < "abd", "ab" < "abc", "" < "a", "a" * 3 == "aaa")
            print([c for c in "héllo"], list(reversed("abc")), "".join(sorted("dcba")), max("hello"), min("hello"))
            print("abc" == "abc", "abc" is not None, "a" in "abc", "ac" in "abc", str("x") + str(1))

            """#, prints: #"""
            ['10', '9', 'B', 'Z', 'a', 'b', 'é'] True True True True
            ['h', 'é', 'l', 'l', 'o'] ['c', 'b', 'a'] abcd o e
            True True True False x1

            """#)
    }

    func testStrImmutabilityErrors() {
        assertPython(#"""
            s = "abc"
            try:
                s[0] = "x"
            except TypeError as e:
                print(e)
            try:
                del s[0]
            except TypeError as e:
                print(e)
            try:
                s.nope()
            except AttributeError as e:
                print(e)

            """#, prints: #"""
            'str' object does not support item assignment
            'str' object doesn't support item deletion
            'str' object has no attribute 'nope'

            """#)
    }

    func testListMutationMethods() {
        assertPython(#"""
            l = [3, 1, 2]
            l.append(4); print(l)
            l.extend([5, 6]); print(l)
            l.extend("ab"); print(l)
            l.insert(0, "first"); print(l)
            l.insert(100, "last"); print(l)
            l.insert(-1, "before-last"); print(l)
            print(l.pop(), l.pop(0), l.pop(-2), l)
            l.remove("a"); print(l)
            l.clear(); print(l)
            m = [1, 2, 3]
            m.reverse(); print(m)
            print(m.index(2), m.count(2), [1, 1, 2].count(1), [1, 2, 1].index(1, 1))
            c = m.copy(); c.append(0); print(m, c)
            for bad in (lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(9), lambda: [1, 2].index(1, 1)):
                try:
                    bad()
                except (IndexError, ValueError) as e:
                    print(type(e).__name__, e)

            """#, prints: #"""
            [3, 1, 2, 4]
            [3, 1, 2, 4, 5, 6]
            [3, 1, 2, 4, 5, 6, 'a', 'b']
            ['first', 3, 1, 2, 4, 5, 6, 'a', 'b']
            ['first', 3, 1, 2, 4, 5, 6, 'a', 'b', 'last']
            ['first', 3, 1, 2, 4, 5, 6, 'a', 'b', 'before-last', 'last']
            last first b [3, 1, 2, 4, 5, 6, 'a', 'before-last']
            [3, 1, 2, 4, 5, 6, 'before-last']
            []
            [3, 2, 1]
            1 1 2 2
            [3, 2, 1] [3, 2, 1, 0]
            IndexError pop from empty list
            ValueError list.remove(x): x not in list
            ValueError 9 is not in list
            ValueError 1 is not in list

            """#)
    }

    func testListSortMethod() {
        assertPython(#"""
            l = ["b", "C", "a"]
            l.sort(); print(l)
            l.sort(key=str.lower); print(l)
            l.sort(reverse=True); print(l)
            nums = [3, -1, 2, -5]
            nums.sort(key=abs, reverse=True); print(nums)
            records = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
            records.sort(key=lambda r: r[1]); print(records)
            print([].sort(), sorted(records, key=lambda r: r[1], reverse=True))
            try:
                [3, "a"].sort()
            except TypeError as e:
                print(e)
            try:
                [1].sort(lambda x: x)
            except TypeError as e:
                print(e)

            """#, prints: #"""
            ['C', 'a', 'b']
            ['a', 'b', 'C']
            ['b', 'a', 'C']
            [-5, 3, 2, -1]
            [('y', 1), ('w', 1), ('x', 2), ('z', 2)]
            None [('x', 2), ('z', 2), ('y', 1), ('w', 1)]
            '<' not supported between instances of 'str' and 'int'
            sort() takes no positional arguments

            """#)
    }

    func testListOperatorsAndEquality() {
        assertPython(#"""
            a = [1, 2]
            b = a * 2
            print(b, a + [3], [0] * 3, [] * 5, a == [1, 2], a != [2, 1], a < [1, 3], [1, [2]] == [1, [2]])
            nested = [[0] * 2 for _ in range(2)]
            nested[0][0] = 9
            aliased = [[0] * 2] * 2
            aliased[0][0] = 9
            print(nested, aliased)
            a += (5,)
            print(a, 5 in a, a.__len__(), list.__name__)
            try:
                a + (5,)
            except TypeError as e:
                print(e)

            """#, prints: #"""
            [1, 2, 1, 2] [1, 2, 3] [0, 0, 0] [] True True True True
            [[9, 0], [0, 0]] [[9, 0], [9, 0]]
            [1, 2, 5] True 3 list
            can only concatenate list (not "tuple") to list

            """#)
    }

    func testListReprAndMisc() {
        assertPython(#"""
            print([1, "two", 3.0, None, [4], (5,), {6: 7}, True], [], [[]], list("a'b"))
            l = list(range(10))
            print(l[::-1][:3], l[-3:], sum(l[::2]), len(l[5:100]))
            print([x for x in l if x in {2, 4, 6}], l.count(10), sorted(l, reverse=True)[0])

            """#, prints: #"""
            [1, 'two', 3.0, None, [4], (5,), {6: 7}, True] [] [[]] ['a', "'", 'b']
            [9, 8, 7] [7, 8, 9] 20 5
            [2, 4, 6] 0 9

            """#)
    }

    func testTupleMethods() {
        assertPython(#"""
            t = (1, 2, 3, 2, 1)
            print(t.count(1), t.index(3), t.index(2, 2), t[1:3], t * 2, t + (9,), len(t), max(t), (1,) == (1,), () == ())
            print(tuple("abc"), (1, [2]), ((1, 2), (3,)), repr((None,)), (1, 2) < (1, 2, 3), hash((1, "a")) == hash((1, "a")))
            a, b = t[:2]
            print(a, b, (1, 2, 3)[::-1], t.__len__())
            try:
                t.index(9)
            except ValueError as e:
                print(e)
            try:
                t[0] = 5
            except TypeError as e:
                print(e)
            try:
                hash((1, [2]))
            except TypeError as e:
                print(e)

            """#, prints: #"""
            2 2 3 (2, 3) (1, 2, 3, 2, 1, 1, 2, 3, 2, 1) (1, 2, 3, 2, 1, 9) 5 3 True True
            ('a', 'b', 'c') (1, [2]) ((1, 2), (3,)) (None,) True True
            1 2 (3, 2, 1) 5
            tuple.index(x): x not in tuple
            'tuple' object does not support item assignment
            unhashable type: 'list'

            """#)
    }

    func testDictAccessMethods() {
        assertPython(#"""
            d = {"a": 1, "b": 2}
            print(d["a"], d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d, len(d))
            print(list(d.keys()), list(d.values()), list(d.items()), list(d))
            print(d.setdefault("c", 3), d.setdefault("a", 100), d)
            print(d.pop("c"), d.pop("zz", "dflt"), d)
            d.update({"x": 9}, y=8)
            d.update([("z", 7)])
            print(d)
            print(d.popitem(), d)
            c = d.copy()
            c["new"] = 1
            print(d, c)
            d.clear()
            print(d, {}.get("k"))

            """#, prints: #"""
            1 1 None 0 True True 2
            ['a', 'b'] [1, 2] [('a', 1), ('b', 2)] ['a', 'b']
            3 1 {'a': 1, 'b': 2, 'c': 3}
            3 dflt {'a': 1, 'b': 2}
            {'a': 1, 'b': 2, 'x': 9, 'y': 8, 'z': 7}
            ('z', 7) {'a': 1, 'b': 2, 'x': 9, 'y': 8}
            {'a': 1, 'b': 2, 'x': 9, 'y': 8} {'a': 1, 'b': 2, 'x': 9, 'y': 8, 'new': 1}
            {} None

            """#)
    }

    func testDictOrderAndMutation() {
        assertPython(#"""
            d = {}
            d["b"] = 1
            d["a"] = 2
            d["c"] = 3
            d["b"] = 10
            print(d, list(d))
            del d["b"]
            d["b"] = 4
            print(d)
            print({1: "int", 1.0: "float", True: "bool"})
            keys = [k for k in {"z": 0, "y": 0}]
            print(keys)
            try:
                for k in d:
                    d["new"] = 1
            except RuntimeError as e:
                print(e)

            """#, prints: #"""
            {'b': 10, 'a': 2, 'c': 3} ['b', 'a', 'c']
            {'a': 2, 'c': 3, 'b': 4}
            {1: 'bool'}
            ['z', 'y']
            dictionary changed size during iteration

            """#)
    }

    func testDictViews() {
        assertPython(#"""
            d = {"a": 1, "b": 2, "c": 3}
            k, v, i = d.keys(), d.values(), d.items()
            d["d"] = 4
            print(k, v, i)
            print(len(k), "a" in k, 4 in v, ("a", 1) in i, ("a", 2) in i)
            print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
            print(list(reversed(d.keys())), list(reversed(d.items()))[0], k == {"a", "b", "c", "d"})
            print(type(k).__name__, type(v).__name__, type(i).__name__)

            """#, prints: #"""
            dict_keys(['a', 'b', 'c', 'd']) dict_values([1, 2, 3, 4]) dict_items([('a', 1), ('b', 2), ('c', 3), ('d', 4)])
            4 True True True False
            ['a'] ['a', 'b', 'c', 'd', 'z'] ['b', 'c', 'd'] ['b', 'c', 'd', 'q']
            ['d', 'c', 'b', 'a'] ('d', 4) True
            dict_keys dict_values dict_items

            """#)
    }

    func testDictMergeOperators() {
        assertPython(#"""
            a = {"x": 1, "y": 2}
            b = {"y": 20, "z": 30}
            print(a | b, b | a)
            a |= b
            print(a)
            a |= [("w", 0)]
            print(a)
            try:
                a | [("q", 1)]
            except TypeError as e:
                print(e)

            """#, prints: #"""
            {'x': 1, 'y': 20, 'z': 30} {'y': 2, 'z': 30, 'x': 1}
            {'x': 1, 'y': 20, 'z': 30}
            {'x': 1, 'y': 20, 'z': 30, 'w': 0}
            unsupported operand type(s) for |: 'dict' and 'list'

            """#)
    }

    func testDictEqualityAndRepr() {
        assertPython(#"""
            print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: [1]} == {1: [1]}, {} == {}, {"a": 1} != {"a": 1.0})
            print(repr({"q": "it's", 1: None, (1, 2): [3]}), str({}), {1: {2: {3: 4}}})
            try:
                {} < {}
            except TypeError as e:
                print(e)
            print(dict(sorted({"b": 1, "a": 2}.items())), max({"a": 5, "b": 9}, key={"a": 5, "b": 9}.get))

            """#, prints: #"""
            True True True False
            {'q': "it's", 1: None, (1, 2): [3]} {} {1: {2: {3: 4}}}
            '<' not supported between instances of 'dict' and 'dict'
            {'a': 2, 'b': 1} b

            """#)
    }

    func testDictKeyErrorsAndHashability() {
        assertPython(#"""
            d = {}
            for key in ([1], {}, {1}):
                try:
                    d[key] = 1
                except TypeError as e:
                    print(e)
            d[(1, 2)] = "tuple"
            d[frozenset([1])] = "frozen"
            d[None] = "none"
            print(d)
            try:
                d.pop("missing")
            except KeyError as e:
                print(repr(e))

            """#, prints: #"""
            unhashable type: 'list'
            unhashable type: 'dict'
            unhashable type: 'set'
            {(1, 2): 'tuple', frozenset({1}): 'frozen', None: 'none'}
            KeyError('missing')

            """#)
    }

    func testSetMethods() {
        assertPython(#"""
            s = {1, 2, 3}
            s.add(4); s.add(1)
            print(sorted(s), len(s))
            s.discard(10); s.discard(1)
            print(sorted(s))
            s.remove(2)
            print(sorted(s))
            try:
                s.remove(99)
            except KeyError as e:
                print("KeyError", e)
            single = {"only"}
            print(single.pop(), single)
            s.update([5, 6], {7})
            print(sorted(s))
            print(sorted({1, 2, 3}.union([4], (5,))), sorted({1, 2, 3}.intersection([2, 3, 9])), sorted({1, 2, 3}.difference({1})))
            print(sorted({1, 2}.symmetric_difference([2, 3])), {1, 2}.issubset([1, 2, 5]), {1, 2}.issuperset({2}), {1}.isdisjoint([2]))
            t = {1, 2, 3, 4}
            t.intersection_update({1, 2, 9}); print(sorted(t))
            t.difference_update([1]); print(sorted(t))
            t.symmetric_difference_update({2, 8}); print(sorted(t))
            c = t.copy(); c.add(0); print(sorted(t), sorted(c))
            t.clear(); print(t, set().union())
            try:
                set().pop()
            except KeyError as e:
                print(e)

            """#, prints: #"""
            [1, 2, 3, 4] 4
            [2, 3, 4]
            [3, 4]
            KeyError 99
            only set()
            [3, 4, 5, 6, 7]
            [1, 2, 3, 4, 5] [2, 3] [2, 3]
            [1, 3] True True True
            [1, 2]
            [2]
            [8]
            [8] [0, 8]
            set() set()
            'pop from an empty set'

            """#)
    }

    func testSetOperatorsMutating() {
        assertPython(#"""
            a = {1, 2}
            a |= {3}
            a &= {2, 3, 4}
            print(sorted(a))
            a -= {2}
            a ^= {9}
            print(sorted(a))
            try:
                {1} | [2]
            except TypeError as e:
                print(e)
            print({1, 2} == {2, 1}, {1} != {1, 2}, {1, 2, 3} > {1}, len({0, 0.0, False}), sorted({"b", "a"}))
            fs = frozenset([1, 2])
            try:
                fs.add(3)
            except AttributeError as e:
                print(e)
            print(sorted(fs.union({3})), fs.issubset({1, 2}), type(fs.copy()).__name__)

            """#, prints: #"""
            [2, 3]
            [3, 9]
            unsupported operand type(s) for |: 'set' and 'list'
            True True True 1 ['a', 'b']
            'frozenset' object has no attribute 'add'
            [1, 2, 3] True frozenset

            """#)
    }

    func testBytesMethods() {
        assertPython(#"""
            b = b"Hello, World"
            print(b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.startswith(b"He"))
            print(b[0], b[-1], b[:5], list(b[:3]), b.decode(), b.hex(), bytes.fromhex("48 69"), len(b))
            print(b" pad ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]), b"abc" + b"def", b"ab" * 2, b"x" in b"xyz", 120 in b"xyz")
            print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), b"\x00\xff".hex(), b"abc".isalpha(), b"12".isdigit())
            print(repr(b"\n\t\\'"), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
            ba = bytearray(b"abc")
            ba[0] = 65
            ba.append(100)
            ba.extend(b"ef")
            print(ba, bytes(ba), len(ba), ba.decode(), ba[1:3])
            for bad in (lambda: bytes([256]), lambda: b"\xff".decode(), lambda: b"a" + "b", lambda: bytes("x")):
                try:
                    bad()
                except (ValueError, TypeError, UnicodeDecodeError) as e:
                    print(type(e).__name__, e)

            """#, prints: #"""
            b'hello, world' b'HELLO, WORLD' [b'Hello', b'World'] b'HeLLo, WorLd' 4 3 True
            72 100 b'Hello' [72, 101, 108] Hello, World 48656c6c6f2c20576f726c64 b'Hi' 12
            b'pad' [b'a', b'b'] b'a-b' b'abcdef' b'abab' True True
            b'\x00\x00\x00' b'AB' b'\xc3\xa9' b'\x00\x01\x02' 00ff True True
            b"\n\t\\'" café é a�b ab
            bytearray(b'Abcdef') b'Abcdef' 6 Abcdef bytearray(b'bc')
            ValueError bytes must be in range(0, 256)
            UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
            TypeError can't concat str to bytes
            TypeError string argument without an encoding

            """#)
    }

    func testMixedContainerNesting() {
        assertPython(#"""
            data = {"users": [{"name": "a", "tags": {"x"}}, {"name": "b", "tags": set()}], "count": 2}
            print([u["name"] for u in data["users"] if u["tags"]], data["users"][1]["tags"], data.get("count") + 1)
            matrix = [[1, 2], [3, 4]]
            print([list(r) for r in zip(*matrix)], [sum(r) for r in matrix], sum(map(sum, matrix)))
            grouped = {}
            for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
                grouped.setdefault(word[0], []).append(word)
            print(grouped)
            counts = {}
            for ch in "mississippi":
                counts[ch] = counts.get(ch, 0) + 1
            print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

            """#, prints: #"""
            ['a'] set() 3
            [[1, 3], [2, 4]] [3, 7] 10
            {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']}
            [('i', 4), ('s', 4), ('p', 2), ('m', 1)]

            """#)
    }

    func testListInPlaceEdgeCases() {
        assertPython(#"""
            l = [1, 2, 3]
            l[:] = l[::-1]
            print(l)
            l[1:1] = [9, 9]
            print(l)
            l[-1:] = []
            print(l)
            l *= 2
            print(l)
            l.extend(l)
            print(len(l), l.count(9))
            m = [[1], [2]]
            n = m.copy()
            n[0].append("shared")
            n[1] = ["replaced"]
            print(m, n)
            e = []
            e.extend(range(3))
            e.extend({"k": 1})
            e.insert(-100, "front")
            print(e, e.index(2), e.pop(-2))

            """#, prints: #"""
            [3, 2, 1]
            [3, 9, 9, 2, 1]
            [3, 9, 9, 2]
            [3, 9, 9, 2, 3, 9, 9, 2]
            16 8
            [[1, 'shared'], [2]] [[1, 'shared'], ['replaced']]
            ['front', 0, 1, 'k'] 3 2

            """#)
    }

    func testDictIterationPatterns() {
        assertPython(#"""
            d = {"b": 2, "a": 1, "c": 3}
            for k in d:
                print(k, d[k], end="; ")
            print()
            for k, v in sorted(d.items(), key=lambda kv: kv[1], reverse=True):
                print(k, v, end="; ")
            print()
            inverted = {v: k for k, v in d.items()}
            print(inverted, max(d, key=d.get), min(d.values()), sum(d.values()), sorted(d, reverse=True))
            nested = {"x": {"y": {"z": 1}}}
            print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", "missing"), list(nested["x"]))
            d2 = dict(d)
            d2.pop("a")
            print(d, d2, d == d2, {**d, **d2} == d)

            """#, prints: #"""
            b 2; a 1; c 3; 
            c 3; b 2; a 1; 
            {2: 'b', 1: 'a', 3: 'c'} c 1 6 ['c', 'b', 'a']
            1 missing ['y']
            {'b': 2, 'a': 1, 'c': 3} {'b': 2, 'c': 3} False True

            """#)
    }
}
