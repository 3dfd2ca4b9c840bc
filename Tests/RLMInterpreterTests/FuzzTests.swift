import Foundation
import XCTest
@testable import RLMInterpreter

/// A bounded, deterministic fuzz run inside the test suite: ~500 small programs from a fixed
/// seed, built from awkward values, every operator, built-in calls with wrong argument types
/// and counts, and snippets that recurse through special methods, misuse generators and
/// mutate containers while they are used. Every run must return (a crash takes the test
/// process down). The long-running fuzzer is Benchmarks/fuzz/fuzz.py.
final class FuzzTests: XCTestCase {
    /// SplitMix64: small, fast, and the same sequence on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
    }

    static let values = [
        "0", "1", "-1", "7", "255", "2**31", "2**63", "-2**63", "2**63 - 1", "2**64", "10**30", "-10**30", "10**400",
        "0.0", "-0.0", "0.5", "1e308", "1e-320", "float('nan')", "float('inf')", "-float('inf')",
        "True", "False", "None", "...", "''", "'a'", "'abc'", "'é🎉'", "'\\x00'", "'{}'", "'%s'", "'{0.__class__}'",
        "'a' * 1000", "b''", "b'ab'", "bytearray(b'q')", "[]", "[1, 2, 3]", "[None, 'x']", "[[]]", "()", "(1,)",
        "(1, (2, 3))", "{}", "{1: 2}", "{'a': [1]}", "set()", "{1, 2}", "frozenset({3})", "range(0)", "range(5)",
        "range(-5, 5, 3)", "range(2**62, 2**63 - 1, 2**61)", "slice(1, 2)", "slice(None, None, -1)", "len", "str", "int",
        "list", "dict", "type", "object", "print", "lambda *a, **k: a", "lambda x: x", "iter([1, 2])",
        "(i for i in range(3))", "object()", "ValueError('e')", "KeyError", "Exception", "str.upper", "[].append",
        "{}.get", "C()", "C", "G()", "E('x')",
    ]

    static let builtins = [
        "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "dict", "dir", "divmod",
        "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "id", "int",
        "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "oct", "ord", "pow", "range",
        "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "str", "sum", "tuple", "type", "vars", "zip",
        "delattr", "globals", "object", "super", "property", "staticmethod", "classmethod",
    ]

    static let methods: [(receiver: String, names: [String])] = [
        ("'abc'", ["center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map", "index",
                   "join", "ljust", "lower", "lstrip", "partition", "replace", "rfind", "rjust", "rsplit", "split",
                   "splitlines", "startswith", "strip", "title", "translate", "zfill", "removeprefix", "__mod__",
                   "__getitem__", "maketrans", "isdigit", "casefold"]),
        ("[3, 1, 2]", ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse",
                       "sort", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iadd__", "__mul__"]),
        ("{'a': 1, 2: 'b'}", ["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault",
                              "update", "values", "__getitem__", "__setitem__", "__delitem__", "__or__"]),
        ("{1, 2}", ["add", "clear", "difference", "discard", "intersection", "isdisjoint", "issubset", "issuperset",
                    "pop", "remove", "symmetric_difference", "union", "update", "difference_update"]),
        ("(1, 2, 1)", ["count", "index", "__getitem__", "__add__", "__mul__"]),
        ("5", ["bit_length", "bit_count", "to_bytes", "from_bytes", "__add__", "__pow__", "__lshift__", "__rshift__",
               "__floordiv__", "__mod__", "__round__", "__format__", "as_integer_ratio"]),
        ("2.5", ["as_integer_ratio", "hex", "fromhex", "is_integer", "__round__", "__format__", "__mod__", "__pow__"]),
        ("b'abc'", ["decode", "find", "hex", "fromhex", "join", "replace", "split", "center", "zfill", "__getitem__"]),
    ]

    static let operators = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "==", "!=", "<",
                            "<=", ">", ">=", "in", "not in", "is", "and", "or"]

    static let snippets = [
        "class R:\n    def __repr__(self): return repr(self)\nrepr(R())",
        "class R:\n    def __eq__(self, o): return self == o\nR() == R()",
        "class R:\n    def __hash__(self): return hash(self)\n{R()}",
        "class R:\n    def __len__(self): return -1\nlen(R())",
        "class R:\n    def __len__(self): return 2**64\nlen(R())",
        "class R:\n    def __index__(self): return 2**70\n[1][R()]",
        "class R:\n    def __iter__(self): return self\n    def __next__(self): raise ValueError\nlist(R())",
        "class R:\n    def __lt__(self, o): raise KeyError\nsorted([R(), R(), R()])",
        "class R:\n    def __bool__(self): raise IndexError\nif R(): pass",
        "class R:\n    def __getattr__(self, n): return getattr(self, n)\nR().x",
        "class K:\n    def __hash__(self): return 1\n    def __eq__(self, o):\n        d.clear()\n        return False\nd = {K(): 1}\nd[K()] = 2",
        "class K:\n    def __eq__(self, o):\n        l.clear()\n        return False\nl = [K(), K()]\nK() in l\nl.count(K())",
        "class K:\n    def __lt__(self, o):\n        l.append(1)\n        return True\nl = [K(), K(), K()]\nl.sort()",
        "l = [3, 1, 2]\nl.sort(key=lambda v: l.clear() or v)",
        "l = list(range(20))\nfor x in l:\n    l.remove(x)",
        "d = {i: i for i in range(10)}\nfor k in d:\n    d[k + 100] = 1",
        "s = set(range(10))\nfor x in s:\n    s.discard(x)",
        "l = [1, 2, 3]\nit = iter(l)\nnext(it)\nl.clear()\nlist(it)",
        "l = [1, 2, 3]\nr = reversed(l)\nl.clear()\nlist(r)",
        "def g():\n    yield next(gen)\ngen = g()\nnext(gen)",
        "def g():\n    try:\n        yield 1\n    finally:\n        L.clear()\nL = [g()]\nnext(L[0])\nL[0] = None",
        "def g():\n    x = yield\n    yield x\ngen = g()\nnext(gen)\ngen.send(gen)\ngen.throw(ValueError)",
        "def g():\n    yield 1\ngen = g()\ngen.close()\nnext(gen)",
        "gen = (x for x in range(3))\ngen.send(1)",
        "def f(n): return f(n + 1)\nf(0)",
        "a = []\nfor i in range(3000): a = [a]\nrepr(a)",
        "a = ()\nfor i in range(3000): a = (a,)\nhash(a)",
        "e = ValueError()\ne.args = (e,)\nstr(e)",
        "e = ValueError()\ne.__context__ = e\nraise e",
        "'{0:{1}}'.format(1, '{0}')",
        "'%(a)s %(b)d' % {'a': 1}",
        "'{:>{}}'.format(1, 10**12)",
        "'x' * (2**62)",
        "[0] * (2**61)",
        "10 ** (10 ** 9)",
        "int('9' * 5000)",
        "str(10 ** 5000)",
        "range(2**63 - 1)[-1]",
        "list(range(2**63 - 3, 2**63 - 1))",
        "x = 2**63 - 1\nx += 1\nx -= 2**64\nx * x",
        "import json\njson.loads('[' * 3000 + ']' * 3000)",
        "import json\njson.dumps({(1, 2): 3})",
        "import copy\na = [1]\na.append(a)\ncopy.deepcopy(a)",
        "try:\n    raise ValueError\nexcept (ValueError, 1):\n    pass",
        "super().x",
        "type('X', (int,), {})(5)",
        "class X(BaseException, dict): pass",
        "object.__setattr__(1, 'x', 2)",
        "setattr(str, 'x', 1)",
        "vars(1)",
        "getattr(1, '__class__').__mro__[-1].__subclasses__()",
    ]

    static let header = """
        class C:
            def __init__(self, v=0): self.v = v
            def __repr__(self): return f'C({self.v})'
            def __eq__(self, o): return isinstance(o, C) and o.v == self.v
            def __hash__(self): return hash(self.v)
            def __lt__(self, o): return self.v < o.v
            def __len__(self): return 3
            def __getitem__(self, i):
                if i >= 3: raise IndexError(i)
                return i
        def G():
            yield 1
            yield 2
        class E(Exception): pass

        """

    static func program(_ rng: inout Random) -> String {
        var lines: [String] = []
        for _ in 0..<(3 + rng.below(8)) {
            var stmt: String
            switch rng.below(6) {
            case 0:
                let args = (0..<rng.below(4)).map { _ in rng.pick(values) }.joined(separator: ", ")
                stmt = "_r = \(rng.pick(builtins))(\(args))\nprint(repr(_r)[:80])"
            case 1:
                let (receiver, names) = rng.pick(methods)
                let args = (0..<rng.below(4)).map { _ in rng.pick(values) }.joined(separator: ", ")
                stmt = "_r = (\(receiver)).\(rng.pick(names))(\(args))\nprint(repr(_r)[:80])"
            case 2:
                stmt = "print(repr((\(rng.pick(values))) \(rng.pick(operators)) (\(rng.pick(values))))[:80])"
            case 3:
                stmt = "_x = \(rng.pick(values))\n_x[\(rng.pick(values))] = \(rng.pick(values))\nprint(repr(_x)[:80])"
            case 4:
                stmt = "print(repr((\(rng.pick(values)))[\(rng.pick(values)):\(rng.pick(values)):\(rng.pick(values))])[:80])"
            default:
                stmt = rng.pick(snippets)
            }
            if rng.chance(0.9) {
                let body = stmt.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
                stmt = "try:\n\(body)\nexcept Exception as _e:\n    print(type(_e).__name__)"
            }
            lines.append(stmt)
        }
        return header + lines.joined(separator: "\n") + "\n"
    }

    func testGeneratedProgramsNeverCrashTheProcess() {
        var rng = Random(state: 0x5EED_2026)
        let start = Date()
        var outcomes: [String: Int] = [:]
        // RLM_FUZZ_DUMP=dir writes the programs there instead of running them (to replay one
        // with `rlm exec` when a run crashes the test process).
        let dump = ProcessInfo.processInfo.environment["RLM_FUZZ_DUMP"]
        for i in 0..<500 {
            let source = FuzzTests.program(&rng)
            if let dir = dump {
                try? source.write(toFile: "\(dir)/fuzz-\(i).py", atomically: false, encoding: .utf8)
                continue
            }
            let s = Session()
            s.limits = Limits(timeout: 0.5, maxMemoryBytes: 256 << 20, maxOutputBytes: 1 << 16)
            let r = s.runBlocking(source)
            // Returning is the assertion; beyond that, an internal error would be a bug too.
            XCTAssertNotEqual(r.error?.typeName, "SystemError", "program \(i):\n\(source)\n\(r.error?.traceback ?? "")")
            outcomes[r.error?.typeName ?? "ok", default: 0] += 1
        }
        if dump != nil { return }
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
        XCTAssertGreaterThan(outcomes["ok", default: 0], 100, "\(outcomes)")
    }
}
