import XCTest
@testable import RLMInterpreter

// Expected outputs were produced by running each program with CPython 3.11.
final class JSONTests: XCTestCase {
    func test_dumpsScalars() {
        assertPython("""
        import json
        print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17))
        print(json.dumps(3.0), json.dumps(0.1 + 0.2), json.dumps(-0.0), json.dumps(1e16), json.dumps(1e-5), json.dumps(123456789.125))
        print(json.dumps(10 ** 30), json.dumps(-(10 ** 20)), json.dumps(2 ** 63), json.dumps(1e300 * 1e10), json.dumps(-1e300 * 1e10))
        print(json.dumps(float("nan")), json.dumps(5e-324), json.dumps(1.7976931348623157e308), json.dumps(1e22), json.dumps(0.0001))
        print(json.dumps("plain"), json.dumps(""), json.dumps((1, 2)), json.dumps(()), json.dumps([]), json.dumps({}))

        """, prints: """
        null true false 0 -17
        3.0 0.30000000000000004 -0.0 1e+16 1e-05 123456789.125
        1000000000000000000000000000000 -100000000000000000000 9223372036854775808 Infinity -Infinity
        NaN 5e-324 1.7976931348623157e+308 1e+22 0.0001
        "plain" "" [1, 2] [] [] {}

        """)
    }

    func test_dumpsStringEscapes() {
        assertPython("""
        import json
        print(json.dumps("quote\\" backslash\\\\ slash/ nl\\n cr\\r tab\\t bs\\b ff\\f"))
        print(json.dumps("ctrl\\x00\\x01\\x1f del\\x7f"))
        print(json.dumps("ctrl\\x00\\x1f del\\x7f", ensure_ascii=False))
        print(json.dumps("Zoë €uro 日本 😀 \\U0010ffff"))
        print(json.dumps("Zoë €uro 日本 😀", ensure_ascii=False))
        print(json.dumps("lone " + chr(0xd800) + chr(0xdfff)))
        print(json.dumps("\\u2028\\u2029\\ufeff"), json.dumps("\\u2028", ensure_ascii=False) == '"\\u2028"')

        """, prints: """
        "quote\\" backslash\\\\ slash/ nl\\n cr\\r tab\\t bs\\b ff\\f"
        "ctrl\\u0000\\u0001\\u001f del\\u007f"
        "ctrl\\u0000\\u001f del\u{7f}"
        "Zo\\u00eb \\u20acuro \\u65e5\\u672c \\ud83d\\ude00 \\udbff\\udfff"
        "Zoë €uro 日本 😀"
        "lone \\ud800\\udfff"
        "\\u2028\\u2029\\ufeff" True

        """)
    }

    func test_dumpsContainers() {
        assertPython("""
        import json
        obj = {"name": "Ann", "tags": ["a", "b"], "nested": {"k": [1, 2, {"deep": None}]}, "t": (1, 2.5)}
        print(json.dumps(obj))
        print(json.dumps([[], {}, [[]], [{}], {"a": []}]))
        print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
        print(json.dumps([1, "two", 3.0, None], separators=(",", ":")))
        print(json.dumps({"a": 1, "b": [1, 2]}, separators=(";", "=")))
        print(json.dumps({"a": 1}, separators=[",", ":"]))

        """, prints: """
        {"name": "Ann", "tags": ["a", "b"], "nested": {"k": [1, 2, {"deep": null}]}, "t": [1, 2.5]}
        [[], {}, [[]], [{}], {"a": []}]
        {"a": 2, "b": 1, "c": {"y": 1, "z": 0}}
        [1,"two",3.0,null]
        {"a"=1;"b"=[1;2]}
        {"a":1}

        """)
    }

    func test_dumpsIndent() {
        assertPython("""
        import json
        data = {"a": [1, {"b": None, "c": []}], "d": {}, "e": "x"}
        print(json.dumps(data, indent=2))
        print(json.dumps(data, indent=0))
        print(json.dumps(data, indent="\\t"))
        print(json.dumps(data, indent="--", sort_keys=True))
        print(json.dumps([1, [2, [3]]], indent=-1))
        print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=1))
        print(json.dumps({"a": [1, 2]}, indent=2, separators=(",", " -> ")))
        print(json.dumps([1, 2], indent=True))

        """, prints: """
        {
          "a": [
            1,
            {
              "b": null,
              "c": []
            }
          ],
          "d": {},
          "e": "x"
        }
        {
        "a": [
        1,
        {
        "b": null,
        "c": []
        }
        ],
        "d": {},
        "e": "x"
        }
        {
        	"a": [
        		1,
        		{
        			"b": null,
        			"c": []
        		}
        	],
        	"d": {},
        	"e": "x"
        }
        {
        --"a": [
        ----1,
        ----{
        ------"b": null,
        ------"c": []
        ----}
        --],
        --"d": {},
        --"e": "x"
        }
        [
        1,
        [
        2,
        [
        3
        ]
        ]
        ]
        [] {} [
         []
        ]
        {
          "a" -> [
            1,
            2
          ]
        }
        [
         1,
         2
        ]

        """)
    }

    func test_dumpsKeys() {
        assertPython("""
        import json
        print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "str"}))
        print(json.dumps({10 ** 20: 1, -0.0: 2, 1e100: 3, float("inf"): 4, float("nan"): 5}))
        print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
        print(json.dumps({(1, 2): "tuple"}, skipkeys=True), json.dumps({"a": 1, (1,): 2, "b": 3}, skipkeys=True, indent=1))
        print(json.dumps({2: "b", 1: "a", 3: "c"}, sort_keys=True))
        print(json.loads(json.dumps({1: "a", "2": "b"})))

        """, prints: """
        {"1": "t", "2.5": "float", "false": "f", "null": "n", "s": "str"}
        {"100000000000000000000": 1, "-0.0": 2, "1e+100": 3, "Infinity": 4, "NaN": 5}
        {"ok": 1}
        {} {
         "a": 1,
         "b": 3
        }
        {"1": "a", "2": "b", "3": "c"}
        {'1': 'a', '2': 'b'}

        """)
    }

    func test_dumpsKeyTypeError() {
        assertPythonRaises("""
        import json
        json.dumps({(1, 2): 3})

        """, "TypeError", message: """
        keys must be str, int, float, bool or None, not tuple
        """)
    }

    func test_dumpsSortMixedKeys() {
        assertPythonRaises("""
        import json
        json.dumps({1: 1, "a": 2}, sort_keys=True)

        """, "TypeError", message: """
        '<' not supported between instances of 'str' and 'int'
        """)
    }

    func test_dumpsDefault() {
        assertPython("""
        import json
        class Point:
            def __init__(self, x, y):
                self.x, self.y = x, y
        print(json.dumps({"p": Point(1, 2), "s": {3}}, default=lambda o: o.__dict__ if isinstance(o, Point) else sorted(o)))
        print(json.dumps([Point(0, 1)], default=vars, indent=1))
        print(json.dumps({1, 2}, default=list))
        print(json.dumps(b"abc", default=lambda b: b.decode()))
        try:
            json.dumps(Point(1, 2))
        except TypeError as e:
            print(e)
        try:
            json.dumps([1, {2, 3}])
        except TypeError as e:
            print(e)
        try:
            json.dumps({1}, default=lambda o: o)
        except ValueError as e:
            print(e)

        """, prints: """
        {"p": {"x": 1, "y": 2}, "s": [3]}
        [
         {
          "x": 0,
          "y": 1
         }
        ]
        [1, 2]
        "abc"
        Object of type Point is not JSON serializable
        Object of type set is not JSON serializable
        Circular reference detected

        """)
    }

    func test_dumpsCircular() {
        assertPython("""
        import json
        a = [1]
        a.append(a)
        for kwargs in ({}, {"indent": 2}):
            try:
                json.dumps(a, **kwargs)
            except ValueError as e:
                print(type(e).__name__, e)
        d = {}
        d["self"] = d
        try:
            json.dumps(d)
        except ValueError as e:
            print(e)
        shared = [1, 2]
        print(json.dumps([shared, shared, {"x": shared}]))
        try:
            json.dumps(a, check_circular=False)
        except RecursionError as e:
            print("RecursionError")

        """, prints: """
        ValueError Circular reference detected
        ValueError Circular reference detected
        Circular reference detected
        [[1, 2], [1, 2], {"x": [1, 2]}]
        RecursionError

        """)
    }

    func test_dumpsAllowNaN() {
        assertPython("""
        import json
        print(json.dumps([float("nan"), float("inf"), -float("inf")]))
        for value in (float("nan"), [float("inf")], {"k": -float("inf")}, {float("nan"): 1}):
            for kwargs in ({}, {"indent": 1}):
                try:
                    print(json.dumps(value, allow_nan=False, **kwargs))
                except ValueError as e:
                    print(e)

        """, prints: """
        [NaN, Infinity, -Infinity]
        Out of range float values are not JSON compliant
        Out of range float values are not JSON compliant: nan
        Out of range float values are not JSON compliant
        Out of range float values are not JSON compliant: inf
        Out of range float values are not JSON compliant
        Out of range float values are not JSON compliant: -inf
        Out of range float values are not JSON compliant
        Out of range float values are not JSON compliant: nan

        """)
    }

    func test_dumpsBigIntLimit() {
        assertPythonRaises("""
        import json
        json.dumps(10 ** 5000)

        """, "ValueError", message: """
        Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
        """)
    }

    func test_dumpsArguments() {
        assertPython("""
        import json
        for call in (lambda: json.dumps(1, 2), lambda: json.dumps(), lambda: json.dumps(1, foo=2),
                     lambda: json.dumps([1], indent=1.5), lambda: json.dumps([1], separators=(",",))):
            try:
                call()
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)

        """, prints: """
        TypeError dumps() takes 1 positional argument but 2 were given
        TypeError dumps() missing 1 required positional argument: 'obj'
        TypeError JSONEncoder.__init__() got an unexpected keyword argument 'foo'
        TypeError can't multiply sequence by non-int of type 'float'
        ValueError not enough values to unpack (expected 2, got 1)

        """)
    }

    func test_dumpsDictKinds() {
        assertPython("""
        import json
        d = dict.fromkeys("cab", 0)
        print(json.dumps(d), json.dumps(d, sort_keys=True))
        print(json.dumps({"x": range(0)} if False else {"x": list(range(3))}))

        """, prints: """
        {"c": 0, "a": 0, "b": 0} {"a": 0, "b": 0, "c": 0}
        {"x": [0, 1, 2]}

        """)
    }

    func test_loadsScalars() {
        assertPython("""
        import json
        for text in ["0", "-0", "-0.0", "12", "-12", "1.5", "1e3", "1E-2", "2.5e+2", "123456789012345678901234567890",
                     "-9223372036854775809", "9223372036854775807", "1e400", "-1e400", "0.1", "1.7976931348623157e308",
                     "2.2250738585072014e-308", "5e-324", "1e-400", "123456789012345678", "0.30000000000000004",
                     "9007199254740993.0", "true", "false", "null", "NaN", "Infinity", "-Infinity", '"str"', " 7 ", "\\n[]\\t"]:
            v = json.loads(text)
            print(repr(text), repr(v), type(v).__name__)

        """, prints: """
        '0' 0 int
        '-0' 0 int
        '-0.0' -0.0 float
        '12' 12 int
        '-12' -12 int
        '1.5' 1.5 float
        '1e3' 1000.0 float
        '1E-2' 0.01 float
        '2.5e+2' 250.0 float
        '123456789012345678901234567890' 123456789012345678901234567890 int
        '-9223372036854775809' -9223372036854775809 int
        '9223372036854775807' 9223372036854775807 int
        '1e400' inf float
        '-1e400' -inf float
        '0.1' 0.1 float
        '1.7976931348623157e308' 1.7976931348623157e+308 float
        '2.2250738585072014e-308' 2.2250738585072014e-308 float
        '5e-324' 5e-324 float
        '1e-400' 0.0 float
        '123456789012345678' 123456789012345678 int
        '0.30000000000000004' 0.30000000000000004 float
        '9007199254740993.0' 9007199254740992.0 float
        'true' True bool
        'false' False bool
        'null' None NoneType
        'NaN' nan float
        'Infinity' inf float
        '-Infinity' -inf float
        '"str"' 'str' str
        ' 7 ' 7 int
        '\\n[]\\t' [] list

        """)
    }

    func test_loadsStrings() {
        assertPython("""
        import json
        print(repr(json.loads(r'"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"')))
        print(repr(json.loads(r'"\\ud83d\\ude00 \\uD83D\\uDE00"')))
        print(repr(json.loads(r'"\\ud800"')), repr(json.loads(r'"\\ud800\\u0041"')), repr(json.loads(r'"\\udc00\\ud800"')))
        print(repr(json.loads(r'"\\ud800\\ud800"')), len(json.loads(r'"\\ud800x"')))
        print(repr(json.loads('"Zoë 日本 😀"')), len(json.loads('"Zoë 日本 😀"')))
        print(repr(json.loads('"a\\\\u0000b"')), repr(json.loads('"\\u2028"')))
        print(json.loads('"tab\\there"', strict=False) == "tab\\there")

        """, prints: """
        'é\\n\\t"\\\\/\\x08\\x0c\\r'
        '😀 😀'
        '\\ud800' '\\ud800A' '\\udc00\\ud800'
        '\\ud800\\ud800' 2
        'Zoë 日本 😀' 8
        'a\\x00b' '\\u2028'
        True

        """)
    }

    func test_loadsContainers() {
        assertPython("""
        import json
        raw = '{"users": [{"id": 1, "name": "Ann", "roles": ["admin", "dev"]}, {"id": 2, "name": "Bo", "roles": []}], "meta": {"count": 2, "next": null, "ok": true, "ratio": 0.75}}'
        data = json.loads(raw)
        print(data)
        print(list(data), data["users"][1]["roles"], data["meta"]["ratio"])
        print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('[1, [2, [3, [4]]]]'))
        print(json.loads(' { } '), json.loads('[ ]'), json.loads('[\\n1 ,\\r\\n2\\t]'), json.loads('{"": ""}'))
        print(json.loads('[{"k": 1}, {"k": 2}]')[1]["k"], json.loads('{"k": {"k": {"k": "v"}}}'))

        """, prints: """
        {'users': [{'id': 1, 'name': 'Ann', 'roles': ['admin', 'dev']}, {'id': 2, 'name': 'Bo', 'roles': []}], 'meta': {'count': 2, 'next': None, 'ok': True, 'ratio': 0.75}}
        ['users', 'meta'] [] 0.75
        {'a': 3, 'b': 2} [1, [2, [3, [4]]]]
        {} [] [1, 2] {'': ''}
        2 {'k': {'k': {'k': 'v'}}}

        """)
    }

    func test_loadsErrors() {
        assertPython("""
        import json
        for text in ["", " ", "{", "[", "[1,]", '{"a":1,}', '{"a" 1}', '{"a":}', '{"a":1 "b":2}', "[1 2]", '"abc',
                     '"ab\\\\', '"a\\\\x"', '"\\\\u12"', '"\\\\u12g4"', '"\\\\ud800\\\\u12g4"', '"a\\nb"', "1 2", "[1] x", "nul", "tru",
                     "-", "-x", "01", "1.", "1e", "{1:2}", "{'a':1}", "[1,2", '{"a":1', "[1,,2]", '{"a"', '{"a":', "[-]",
                     "[.5]", "[+1]", "truex", "\\ufeff[]", "[0x10]", '"\\t"', "é", '"é" x', "[\\n1,\\n2,\\n]",
                     '\\n\\n  {"a": 1,\\n "b" 2}', '{"a": "é", "b" 1}']:
            try:
                json.loads(text)
                print("ok?", repr(text))
            except json.JSONDecodeError as e:
                print(repr(text), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == text)

        """, prints: """
        '' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
        ' ' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
        '{' | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
        '[' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
        '[1,]' | Expecting value: line 1 column 4 (char 3) | Expecting value 3 1 4 True
        '{"a":1,}' | Expecting property name enclosed in double quotes: line 1 column 8 (char 7) | Expecting property name enclosed in double quotes 7 1 8 True
        '{"a" 1}' | Expecting ':' delimiter: line 1 column 6 (char 5) | Expecting ':' delimiter 5 1 6 True
        '{"a":}' | Expecting value: line 1 column 6 (char 5) | Expecting value 5 1 6 True
        '{"a":1 "b":2}' | Expecting ',' delimiter: line 1 column 8 (char 7) | Expecting ',' delimiter 7 1 8 True
        '[1 2]' | Expecting ',' delimiter: line 1 column 4 (char 3) | Expecting ',' delimiter 3 1 4 True
        '"abc' | Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1 True
        '"ab\\\\' | Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1 True
        '"a\\\\x"' | Invalid \\escape: line 1 column 3 (char 2) | Invalid \\escape 2 1 3 True
        '"\\\\u12"' | Invalid \\uXXXX escape: line 1 column 3 (char 2) | Invalid \\uXXXX escape 2 1 3 True
        '"\\\\u12g4"' | Invalid \\uXXXX escape: line 1 column 3 (char 2) | Invalid \\uXXXX escape 2 1 3 True
        '"\\\\ud800\\\\u12g4"' | Invalid \\uXXXX escape: line 1 column 9 (char 8) | Invalid \\uXXXX escape 8 1 9 True
        '"a\\nb"' | Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3 True
        '1 2' | Extra data: line 1 column 3 (char 2) | Extra data 2 1 3 True
        '[1] x' | Extra data: line 1 column 5 (char 4) | Extra data 4 1 5 True
        'nul' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
        'tru' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
        '-' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
        '-x' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
        '01' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
        '1.' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
        '1e' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
        '{1:2}' | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
        "{'a':1}" | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
        '[1,2' | Expecting ',' delimiter: line 1 column 5 (char 4) | Expecting ',' delimiter 4 1 5 True
        '{"a":1' | Expecting ',' delimiter: line 1 column 7 (char 6) | Expecting ',' delimiter 6 1 7 True
        '[1,,2]' | Expecting value: line 1 column 4 (char 3) | Expecting value 3 1 4 True
        '{"a"' | Expecting ':' delimiter: line 1 column 5 (char 4) | Expecting ':' delimiter 4 1 5 True
        '{"a":' | Expecting value: line 1 column 6 (char 5) | Expecting value 5 1 6 True
        '[-]' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
        '[.5]' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
        '[+1]' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
        'truex' | Extra data: line 1 column 5 (char 4) | Extra data 4 1 5 True
        '\\ufeff[]' | Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0) | Unexpected UTF-8 BOM (decode using utf-8-sig) 0 1 1 True
        '[0x10]' | Expecting ',' delimiter: line 1 column 3 (char 2) | Expecting ',' delimiter 2 1 3 True
        '"\\t"' | Invalid control character at: line 1 column 2 (char 1) | Invalid control character at 1 1 2 True
        'é' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
        '"é" x' | Extra data: line 1 column 5 (char 4) | Extra data 4 1 5 True
        '[\\n1,\\n2,\\n]' | Expecting value: line 4 column 1 (char 8) | Expecting value 8 4 1 True
        '\\n\\n  {"a": 1,\\n "b" 2}' | Expecting ':' delimiter: line 4 column 6 (char 18) | Expecting ':' delimiter 18 4 6 True
        '{"a": "é", "b" 1}' | Expecting ':' delimiter: line 1 column 16 (char 15) | Expecting ':' delimiter 15 1 16 True

        """)
    }

    func test_loadsErrorIsValueError() {
        assertPython("""
        import json
        try:
            json.loads("{bad json}")
        except ValueError as e:
            print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)
        print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
        print(json.JSONDecodeError)

        """, prints: """
        JSONDecodeError True ('Expecting property name enclosed in double quotes: line 1 column 2 (char 1)',)
        True JSONDecodeError
        <class 'json.decoder.JSONDecodeError'>

        """)
    }

    func test_loadsUncaught() {
        assertPythonRaises("""
        import json
        json.loads('{"a": 1,}')

        """, "JSONDecodeError", message: """
        Expecting property name enclosed in double quotes: line 1 column 9 (char 8)
        """)
    }

    func test_loadsTypeError() {
        assertPythonRaises("""
        import json
        json.loads(5)

        """, "TypeError", message: """
        the JSON object must be str, bytes or bytearray, not int
        """)
    }

    func test_loadsHooks() {
        assertPython("""
        import json
        print(json.loads('{"a": 1.5, "b": [2, 3]}', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 2))
        print(json.loads('{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items())))
        print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
        print(json.loads('{"x": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
        print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: "const " + c))
        print(json.loads('[1.0, 2]', parse_float=float, parse_int=int), json.loads("[1.10]", parse_float=str))
        print(json.loads('[10, 20]', parse_int=float))
        print(json.loads(b'{"a": "\\xc3\\xa9"}'), json.loads(bytearray(b"[1]")), json.loads(b"\\xef\\xbb\\xbf[2]"))
        try:
            json.loads("[1]", foo=1)
        except TypeError as e:
            print(e)

        """, prints: """
        {'a': 'F1.5', 'b': [4, 6]}
        [('a', [('b', 2)])]
        [('b', 1), ('a', 2), ('b', 3)]
        pairs
        ['const NaN', 'const Infinity', 'const -Infinity']
        [1.0, 2] ['1.10']
        [10.0, 20.0]
        {'a': 'é'} [1] [2]
        JSONDecoder.__init__() got an unexpected keyword argument 'foo'

        """)
    }

    func test_encoderClass() {
        assertPython("""
        import json
        class Point:
            def __init__(self, x, y):
                self.x, self.y = x, y
        class Enc(json.JSONEncoder):
            def default(self, o):
                if isinstance(o, Point):
                    return {"x": o.x, "y": o.y}
                if isinstance(o, set):
                    return sorted(o)
                return super().default(o)
        print(json.dumps({"p": Point(1, 2), "s": {3, 1}}, cls=Enc))
        print(json.dumps([Point(1, 2)], cls=Enc, indent=2, sort_keys=True))
        try:
            json.dumps(object(), cls=Enc)
        except TypeError as e:
            print(e)
        print(Enc().encode([1, "a"]), Enc(indent=1).encode({"a": [1]}))
        e = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
        print(e.encode({"b": 1, "a": [1, 2]}), repr(e.item_separator), repr(e.key_separator), e.sort_keys, e.indent)
        print(repr(json.JSONEncoder(indent=2).item_separator), "".join(json.JSONEncoder().iterencode([1, {"a": None}])))
        print(json.JSONEncoder, isinstance(Enc(), json.JSONEncoder))

        """, prints: """
        {"p": {"x": 1, "y": 2}, "s": [1, 3]}
        [
          {
            "x": 1,
            "y": 2
          }
        ]
        Object of type object is not JSON serializable
        [1, "a"] {
         "a": [
          1
         ]
        }
        {"a":[1,2],"b":1} ',' ':' True None
        ',' [1, {"a": null}]
        <class 'json.encoder.JSONEncoder'> True

        """)
    }

    func test_decoderClass() {
        assertPython("""
        import json
        d = json.JSONDecoder()
        print(d.decode(' {"a": [1, 2]} '))
        print(d.raw_decode('{"a": 1} trailing text'))
        print(d.raw_decode('xx[1, 2]yy', 2))
        text = 'Result: {"answer": 42, "items": ["é", "b"]} -- end'
        start = text.index("{")
        obj, end = json.JSONDecoder().raw_decode(text, start)
        print(obj, end, repr(text[end:]))
        try:
            d.raw_decode(" [1]")
        except json.JSONDecodeError as e:
            print(e)
        class Sorted(json.JSONDecoder):
            def __init__(self, **kwargs):
                super().__init__(object_hook=self.hook, **kwargs)
            def hook(self, d):
                return sorted(d)
        print(json.loads('{"b": 1, "a": {"d": 1, "c": 2}}', cls=Sorted))
        print(json.JSONDecoder(parse_int=str).decode("[1, 2.5]"))
        print(json.JSONDecoder)

        """, prints: """
        {'a': [1, 2]}
        ({'a': 1}, 8)
        ([1, 2], 8)
        {'answer': 42, 'items': ['é', 'b']} 43 ' -- end'
        Expecting value: line 1 column 1 (char 0)
        ['a', 'b']
        ['1', 2.5]
        <class 'json.decoder.JSONDecoder'>

        """)
    }

    func test_decodeErrorObject() {
        assertPython("""
        import json
        err = json.JSONDecodeError("Boom", "abc\\ndef", 5)
        print(err, "|", err.msg, repr(err.doc), err.pos, err.lineno, err.colno)
        print(repr(err), err.args)
        try:
            raise json.JSONDecodeError("x", "y", 0)
        except ValueError as e:
            print(type(e).__name__, e)

        """, prints: """
        Boom: line 2 column 2 (char 5) | Boom 'abc\\ndef' 5 2 2
        JSONDecodeError('Boom: line 2 column 2 (char 5)') ('Boom: line 2 column 2 (char 5)',)
        JSONDecodeError x: line 1 column 1 (char 0)

        """)
    }

    func test_dumpLoadFileLike() {
        assertPython("""
        import json
        class Writer:
            def __init__(self):
                self.parts = []
            def write(self, s):
                self.parts.append(s)
        class Reader:
            def __init__(self, text):
                self.text = text
            def read(self):
                return self.text
        w = Writer()
        json.dump({"k": [1, 2], "s": "é"}, w, indent=1, ensure_ascii=False)
        text = "".join(w.parts)
        print(text)
        print(json.load(Reader(text)), json.load(Reader("[1.5]"), parse_float=str))

        """, prints: """
        {
         "k": [
          1,
          2
         ],
         "s": "é"
        }
        {'k': [1, 2], 's': 'é'} ['1.5']

        """)
    }

    func test_roundTrip() {
        assertPython("""
        import json
        records = []
        for i in range(1, 6):
            records.append({"id": i, "label": f"item-{i:02d}", "price": round(i * 1.25, 2), "in_stock": i % 2 == 1,
                            "dims": [i, i * 2, i * 3], "meta": {"tier": "gold" if i > 3 else "basic", "note": None}})
        for kwargs in ({}, {"indent": 4}, {"sort_keys": True, "separators": (",", ":")}, {"ensure_ascii": False}):
            text = json.dumps(records, **kwargs)
            back = json.loads(text)
            print(len(text), back == records, back[2]["meta"])
        lines = "\\n".join(json.dumps(r) for r in records)
        print(sum(json.loads(l)["price"] for l in lines.splitlines()))
        values = [0.1, 1 / 3, 2 / 3, 1e-10, 123.456, 1e21, 2 ** 0.5, 100.0, -1.5e-300, 6.02214076e23]
        print(json.loads(json.dumps(values)) == values, json.dumps(values))

        """, prints: """
        621 True {'tier': 'basic', 'note': None}
        1313 True {'tier': 'basic', 'note': None}
        537 True {'note': None, 'tier': 'basic'}
        621 True {'tier': 'basic', 'note': None}
        18.75
        True [0.1, 0.3333333333333333, 0.6666666666666666, 1e-10, 123.456, 1e+21, 1.4142135623730951, 100.0, -1.5e-300, 6.02214076e+23]

        """)
    }

    func test_deepNesting() {
        assertPython("""
        import json
        depth = 500
        text = "[" * depth + "]" * depth
        v = json.loads(text)
        n = 0
        while v:
            v = v[0]
            n += 1
        print(n, json.dumps(json.loads("[" * 50 + "]" * 50)) == "[" * 50 + "]" * 50)
        for text in ("[" * 100000, '{"a":' * 100000):
            try:
                json.loads(text)
            except RecursionError as e:
                print("RecursionError", e)
        nested = []
        for _ in range(100000):
            nested = [nested]
        try:
            json.dumps(nested)
        except RecursionError as e:
            print("RecursionError", e)

        """, prints: """
        499 True
        RecursionError maximum recursion depth exceeded while decoding a JSON array from a unicode string
        RecursionError maximum recursion depth exceeded while decoding a JSON object from a unicode string
        RecursionError maximum recursion depth exceeded while encoding a JSON object

        """)
    }

    func test_largeDocument() {
        assertPython("""
        import json
        rows = [{"id": i, "name": "row%d" % i, "vals": [i, i * 0.5, None, True], "txt": "é" * (i % 4)} for i in range(20000)]
        text = json.dumps(rows)
        back = json.loads(text)
        print(len(text), back == rows, back[-1])
        text2 = json.dumps(rows, indent=1, ensure_ascii=False)
        print(len(text2), json.loads(text2) == rows)

        """, prints: """
        1804450 True {'id': 19999, 'name': 'row19999', 'vals': [19999, 9999.5, None, True], 'txt': 'ééé'}
        2214452 True

        """)
    }
}
