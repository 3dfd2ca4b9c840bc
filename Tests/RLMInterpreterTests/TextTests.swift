import XCTest
import Foundation
import Synchronization
import BigInt
@testable import RLMInterpreter

// Expected values in the generated sections below were produced by running CPython 3.11.7
// on the expression quoted in each assertion's message.

func P(_ s: String) -> PyStr { PyStr.from(s) }

func B(_ s: String) -> BigInt { BigInt(s, radix: 10)! }

func t3(_ t: (PyStr, PyStr, PyStr)) -> [String] { [t.0.string, t.1.string, t.2.string] }

func assertThrows<T>(_ expr: @autoclosure () throws -> T, _ type: String, _ message: String,
                     file: StaticString = #filePath, line: UInt = #line) {
    do {
        let v = try expr()
        XCTFail("expected \(type): \(message), got \(v)", file: file, line: line)
    } catch let e as TextError {
        XCTAssertEqual(e.pythonType, type, file: file, line: line)
        XCTAssertEqual(e.message, message, file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}

/// Renders a %-format with one value through the parser and the per-conversion formatter.
func pctRender(_ fmt: String, _ value: (PercentDirective) throws -> PyStr) throws -> String {
    var out = ""
    for piece in try parsePercentFormat(P(fmt)) {
        switch piece {
        case .literal(let s): out += s.string
        case .directive(let d): out += try value(d).string
        }
    }
    return out
}

func countValue(_ c: PercentCount?) -> Int? {
    if case .value(let v)? = c { return v }
    return nil
}

func pctInt(_ fmt: String, _ v: BigInt) throws -> String {
    try pctRender(fmt) { d in
        percentFormatInteger(v, conversion: d.conversion, flags: d.flags,
                             width: countValue(d.width), precision: countValue(d.precision))
    }
}

func pctFloat(_ fmt: String, _ v: Double) throws -> String {
    try pctRender(fmt) { d in
        percentFormatFloat(v, conversion: d.conversion, flags: d.flags,
                           width: countValue(d.width), precision: countValue(d.precision))
    }
}

func pctText(_ fmt: String, _ v: PyStr) throws -> String {
    try pctRender(fmt) { d in
        percentFormatText(v, conversion: d.conversion, flags: d.flags,
                          width: countValue(d.width), precision: countValue(d.precision))
    }
}

func pctParseOnly(_ fmt: String) throws -> String { try pctRender(fmt) { _ in P("?") } }

func parsedBig(_ s: String, _ base: Int) throws -> String {
    switch try parsePythonInt(P(s), base: base) {
    case .int(let v): return String(v)
    case .big(let b): return String(b)
    }
}

func floatText(_ s: String) throws -> String { pythonFloatRepr(try parsePythonFloat(P(s))) }

final class TextTests: XCTestCase {
    // MARK: hand-written structural tests

    /// Slicing, indexing and offset mapping against an array-of-scalars oracle, on a string
    /// long enough to span many sparse-index blocks and mixing 1- to 4-byte characters.
    func testSlicingAgainstOracle() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "b", " ", "é", "ß", "日", "本", "😀", "🎉", "\u{1F1FA}", "z", "\n"]
        var text = ""
        for _ in 0..<1500 { text.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]) }
        let s = PyStr.from(text)
        let ref = Array(text.unicodeScalars)
        XCTAssertEqual(s.count, ref.count)
        XCTAssertFalse(s.isASCII)
        for i in stride(from: 0, through: ref.count, by: 7) {
            XCTAssertEqual(s.codePointIndex(byteOffset: s.byteOffset(codePoint: i)), i)
            if i < ref.count { XCTAssertEqual(s.codePoint(at: i), ref[i].value) }
        }
        for _ in 0..<400 {
            let step = [1, 1, 2, 3, -1, -2, 5, 70, -70][Int.random(in: 0..<9, using: &rng)]
            var start = Int.random(in: 0...ref.count, using: &rng)
            var stop = Int.random(in: 0...ref.count, using: &rng)
            if step < 0 { start = min(start, ref.count - 1); stop = max(stop - 1, -1) }
            var expected = ""
            var i = start
            while step > 0 ? i < stop : i > stop {
                expected.unicodeScalars.append(ref[i])
                i += step
            }
            let got = s.slice(start: start, stop: stop, step: step)
            XCTAssertEqual(got.string, expected, "[\(start):\(stop):\(step)]")
            XCTAssertEqual(got.count, expected.unicodeScalars.count)
        }
        // Whole reversals, as `s[::-1]` asks for them.
        var reversed = String.UnicodeScalarView()
        reversed.append(contentsOf: ref.reversed())
        XCTAssertEqual(s.slice(start: ref.count - 1, stop: -1, step: -1).string, String(reversed))
        for t in ["é", "日本語", "a😀b", "ßx", "\u{1F1FA}\u{1F1F8}!"] {
            let p = PyStr.from(t)
            let r = p.slice(start: p.count - 1, stop: -1, step: -1)
            XCTAssertEqual(r.string, String(String.UnicodeScalarView(t.unicodeScalars.reversed())), t)
            XCTAssertEqual(r.count, p.count)
        }
        // find / rfind agree with a naive search over scalars.
        for _ in 0..<100 {
            let a = Int.random(in: 0..<(ref.count - 3), using: &rng)
            let needle = s.slice(start: a, stop: a + 3, step: 1)
            let n = Array(needle.string.unicodeScalars)
            var first = -1, last = -1
            for k in 0...(ref.count - 3) where Array(ref[k..<(k + 3)]) == n {
                if first < 0 { first = k }
                last = k
            }
            XCTAssertEqual(s.find(needle), first)
            XCTAssertEqual(s.rfind(needle), last)
        }
    }

    /// The sparse index grows only as far as a lookup needs, and lookups arrive in any order:
    /// fresh strings, long ASCII runs between multi-byte characters (the word-at-a-time skip),
    /// offsets asked for far ahead, then behind, then byte offsets past what was built.
    func testSparseIndexGrowsOnDemandInAnyOrder() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["abcdefghij", "é", "日本", "😀", " ", "xyzxyzxyzxyzxyzxyzxyz", "ß"]
        for _ in 0..<20 {
            var text = ""
            for _ in 0..<Int.random(in: 50...600, using: &rng) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
            }
            let scalars = Array(text.unicodeScalars)
            var offsets = [0]
            for scalar in scalars { offsets.append(offsets.last! + String(scalar).utf8.count) }
            let s = PyStr.from(text)
            for _ in 0..<60 {
                let i = Int.random(in: 0...scalars.count, using: &rng)
                if Bool.random(using: &rng) {
                    XCTAssertEqual(s.byteOffset(codePoint: i), offsets[i], "code point \(i) of \(scalars.count)")
                } else {
                    XCTAssertEqual(s.codePointIndex(byteOffset: offsets[i]), i, "byte \(offsets[i])")
                }
            }
        }
    }

    /// A 20 MB non-ASCII string: random slices must stay cheap (the sparse index makes each
    /// O(64)); the content is periodic so every result can be checked.
    func testLargeNonASCIIStringSlicing() throws {
        let unit = "aé日😀"  // 4 code points, 10 bytes
        let s = try PyStr.from(unit).repeated(2_000_000)
        XCTAssertEqual(s.count, 8_000_000)
        XCTAssertEqual(s.utf8.count, 20_000_000)
        let scalars = Array(unit.unicodeScalars)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let a = Int.random(in: 0..<(s.count - 10), using: &rng)
            let piece = s.slice(start: a, stop: a + 10, step: 1)
            XCTAssertEqual(piece.count, 10)
            XCTAssertEqual(piece.codePoint(at: 0), scalars[a % 4].value)
            XCTAssertEqual(s.codePoint(at: a + 9), scalars[(a + 9) % 4].value)
        }
        XCTAssertEqual(s.find(P("😀a"), 7_999_000), 7_999_003)
        XCTAssertEqual(s.rfind(P("a")), 7_999_996)
        XCTAssertEqual(s.countOccurrences(P("日😀")), 2_000_000)
        XCTAssertEqual(s.slice(start: s.count - 1, stop: s.count - 9, step: -2).string, "😀é😀é")
        let tail = s.slice(start: 7_999_998, stop: 8_000_000, step: 1)
        XCTAssertEqual(tail.string, "日😀")
        XCTAssertEqual(s.scalar(at: 5_000_001).string, "é")
    }

    func testIterationAndSharing() {
        let s = P("aé😀")
        XCTAssertEqual(Array(s.codePoints), [0x61, 0xE9, 0x1F600])
        XCTAssertEqual(Array(s.chars).map(\.string), ["a", "é", "😀"])
        let ascii = P("abca")
        let chars = Array(ascii.chars)
        XCTAssertTrue(chars[0] === chars[3], "ASCII one-character strings are shared")
        XCTAssertTrue(ascii.scalar(at: 1) === PyStr.char(0x62))
        XCTAssertEqual(P("héllo").codePointArray.count, 5)
        var offset = 0
        var stepped: [String] = []
        let mixed = P("aé😀b")
        while offset < mixed.utf8.count {
            let (c, next) = mixed.char(atByteOffset: offset)
            stepped.append(c.string)
            offset = next
        }
        XCTAssertEqual(stepped, ["a", "é", "😀", "b"])
    }

    func testHashingAndEquality() {
        let a = P("héllo")
        let b = P("hé") + P("llo")
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.hashValue, b.hashValue)
        XCTAssertNotEqual(P("abc"), P("abd"))
        let set: Set<PyStr> = [P("x"), P("y"), P("x")]
        XCTAssertEqual(set.count, 2)
        XCTAssertEqual(PyStr.compare(P("a"), P("a")), 0)
        XCTAssertEqual(PyStr.compare(P("b"), P("a")), 1)
        XCTAssertEqual([P("b"), P("é"), P("a"), P("Z")].sorted().map(\.string), ["Z", "a", "b", "é"])
    }

    func testBuilderAndCodePointConstruction() {
        var b = PyStrBuilder()
        b.append(P("ab"))
        b.append(codePoint: 0xE9)
        b.append(codePoint: 0x2D, times: 3)
        b.append("日")
        let s = b.build()
        XCTAssertEqual(s.string, "abé---日")
        XCTAssertEqual(s.count, 7)
        // Lone surrogates are representable (Python allows them) and repr escapes them.
        let lone = PyStr.from(codePoint: 0xD800)
        XCTAssertEqual(lone.count, 1)
        XCTAssertEqual(lone.repr().string, "'\\ud800'")
        assertThrows(try PyCodec.encode(lone), "UnicodeEncodeError",
                     "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed")
    }

    func testPercentDirectiveStructure() throws {
        let pieces = try parsePercentFormat(P("x=%(name)-+#010.3f|%*.*d%%|%5s"))
        XCTAssertEqual(pieces.count, 6)
        guard case .directive(let d) = pieces[1] else { return XCTFail("expected directive") }
        XCTAssertEqual(d.key, P("name"))
        XCTAssertEqual(d.flags, [.leftAdjust, .sign, .alternate, .zero])
        XCTAssertEqual(d.width, .value(10))
        XCTAssertEqual(d.precision, .value(3))
        XCTAssertEqual(d.conversion, 0x66)
        XCTAssertEqual(d.index, 17)
        guard case .directive(let star) = pieces[3] else { return XCTFail("expected directive") }
        XCTAssertEqual(star.width, .star)
        XCTAssertEqual(star.precision, .star)
        XCTAssertEqual(pieces[4], .literal(P("%|")))
        // '*' values: a negative width left-adjusts, a negative precision counts as 0.
        XCTAssertEqual(percentFormatInteger(3, conversion: 0x64, flags: [], width: -5, precision: nil).string, "3    ")
        XCTAssertEqual(percentFormatFloat(1.5, conversion: 0x66, flags: [], width: nil, precision: -3).string, "2")
        XCTAssertEqual(percentFormatText(P("abc"), conversion: 0x73, flags: [], width: nil, precision: -1).string, "")
        XCTAssertEqual(try percentCharacter(0x1F600).string, "😀")
        assertThrows(try percentCharacter(-1), "OverflowError", "%c arg not in range(0x110000)")
    }

    func testMaketrans() throws {
        let pairs = try PyStr.maketrans(P("ab"), P("cd"), P("e"))
        XCTAssertEqual(pairs.map { $0.0 }, [97, 98, 101])
        XCTAssertEqual(pairs.map { $0.1 }, [99, 100, nil])
        assertThrows(try PyStr.maketrans(P("ab"), P("c")), "ValueError",
                     "the first two maketrans arguments must have equal length")
    }

    /// Random doubles (bit patterns from CPython) with their repr, '.3e', '.5g' and ',.2f'.
    func testRandomFloatsAgainstCPython() throws {
        for line in randomFloatTable.split(separator: "\n") {
            let f = line.split(separator: " ").map(String.init)
            let d = Double(bitPattern: UInt64(f[0], radix: 16)!)
            XCTAssertEqual(pythonFloatRepr(d), f[1])
            XCTAssertEqual(try formatFloat(d, spec: ".3e"), f[2])
            XCTAssertEqual(try formatFloat(d, spec: ".5g"), f[3])
            if f[4] != "-" { XCTAssertEqual(try formatFloat(d, spec: ",.2f"), f[4]) }
            XCTAssertEqual(try parsePythonFloat(P(f[1])), d)
        }
    }

    // MARK: generated from CPython

    func testSplitJoin() throws {
        XCTAssertEqual(try P("alpha beta  gamma\tdelta\nepsilon").split().map(\.string), ["alpha", "beta", "gamma", "delta", "epsilon"], "'alpha beta  gamma\\tdelta\\nepsilon'.split()")
        XCTAssertEqual(try P("alpha beta  gamma\tdelta\nepsilon").split(P(" ")).map(\.string), ["alpha", "beta", "", "gamma\tdelta\nepsilon"], "'alpha beta  gamma\\tdelta\\nepsilon'.split(' ')")
        XCTAssertEqual(try P("alpha beta  gamma\tdelta\nepsilon").split(nil, maxsplit: 1).map(\.string), ["alpha", "beta  gamma\tdelta\nepsilon"], "'alpha beta  gamma\\tdelta\\nepsilon'.split(None, 1)")
        XCTAssertEqual(try P("alpha beta  gamma\tdelta\nepsilon").rsplit(nil, maxsplit: 1).map(\.string), ["alpha beta  gamma\tdelta", "epsilon"], "'alpha beta  gamma\\tdelta\\nepsilon'.rsplit(None, 1)")
        XCTAssertEqual(try P("alpha beta  gamma\tdelta\nepsilon").rsplit(P(" "), maxsplit: 2).map(\.string), ["alpha beta", "", "gamma\tdelta\nepsilon"], "'alpha beta  gamma\\tdelta\\nepsilon'.rsplit(' ', 2)")
        XCTAssertEqual(try P("alpha beta  gamma\tdelta\nepsilon").split(nil, maxsplit: 0).map(\.string), ["alpha beta  gamma\tdelta\nepsilon"], "'alpha beta  gamma\\tdelta\\nepsilon'.split(None, 0)")
        XCTAssertEqual(try P("alpha beta  gamma\tdelta\nepsilon").rsplit(nil, maxsplit: 0).map(\.string), ["alpha beta  gamma\tdelta\nepsilon"], "'alpha beta  gamma\\tdelta\\nepsilon'.rsplit(None, 0)")
        XCTAssertEqual(try P("  a  b  ").split().map(\.string), ["a", "b"], "'  a  b  '.split()")
        XCTAssertEqual(try P("  a  b  ").split(P(" ")).map(\.string), ["", "", "a", "", "b", "", ""], "'  a  b  '.split(' ')")
        XCTAssertEqual(try P("  a  b  ").split(nil, maxsplit: 1).map(\.string), ["a", "b  "], "'  a  b  '.split(None, 1)")
        XCTAssertEqual(try P("  a  b  ").rsplit(nil, maxsplit: 1).map(\.string), ["  a", "b"], "'  a  b  '.rsplit(None, 1)")
        XCTAssertEqual(try P("  a  b  ").rsplit(P(" "), maxsplit: 2).map(\.string), ["  a  b", "", ""], "'  a  b  '.rsplit(' ', 2)")
        XCTAssertEqual(try P("  a  b  ").split(nil, maxsplit: 0).map(\.string), ["a  b  "], "'  a  b  '.split(None, 0)")
        XCTAssertEqual(try P("  a  b  ").rsplit(nil, maxsplit: 0).map(\.string), ["  a  b"], "'  a  b  '.rsplit(None, 0)")
        XCTAssertEqual(try P("").split().map(\.string), [], "''.split()")
        XCTAssertEqual(try P("").split(P(" ")).map(\.string), [""], "''.split(' ')")
        XCTAssertEqual(try P("").split(nil, maxsplit: 1).map(\.string), [], "''.split(None, 1)")
        XCTAssertEqual(try P("").rsplit(nil, maxsplit: 1).map(\.string), [], "''.rsplit(None, 1)")
        XCTAssertEqual(try P("").rsplit(P(" "), maxsplit: 2).map(\.string), [""], "''.rsplit(' ', 2)")
        XCTAssertEqual(try P("").split(nil, maxsplit: 0).map(\.string), [], "''.split(None, 0)")
        XCTAssertEqual(try P("").rsplit(nil, maxsplit: 0).map(\.string), [], "''.rsplit(None, 0)")
        XCTAssertEqual(try P("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e").split().map(\.string), ["a", "b", "c", "d", "e"], "'a\\x1cb\\x1dc\\x1ed\\x1fe'.split()")
        XCTAssertEqual(try P("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e").split(P(" ")).map(\.string), ["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], "'a\\x1cb\\x1dc\\x1ed\\x1fe'.split(' ')")
        XCTAssertEqual(try P("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e").split(nil, maxsplit: 1).map(\.string), ["a", "b\u{1d}c\u{1e}d\u{1f}e"], "'a\\x1cb\\x1dc\\x1ed\\x1fe'.split(None, 1)")
        XCTAssertEqual(try P("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e").rsplit(nil, maxsplit: 1).map(\.string), ["a\u{1c}b\u{1d}c\u{1e}d", "e"], "'a\\x1cb\\x1dc\\x1ed\\x1fe'.rsplit(None, 1)")
        XCTAssertEqual(try P("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e").rsplit(P(" "), maxsplit: 2).map(\.string), ["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], "'a\\x1cb\\x1dc\\x1ed\\x1fe'.rsplit(' ', 2)")
        XCTAssertEqual(try P("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e").split(nil, maxsplit: 0).map(\.string), ["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], "'a\\x1cb\\x1dc\\x1ed\\x1fe'.split(None, 0)")
        XCTAssertEqual(try P("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e").rsplit(nil, maxsplit: 0).map(\.string), ["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], "'a\\x1cb\\x1dc\\x1ed\\x1fe'.rsplit(None, 0)")
        XCTAssertEqual(try P("x\u{3000}y\u{a0}z\u{2003}w").split().map(\.string), ["x", "y", "z", "w"], "'x\\u3000y\\xa0z\\u2003w'.split()")
        XCTAssertEqual(try P("x\u{3000}y\u{a0}z\u{2003}w").split(P(" ")).map(\.string), ["x\u{3000}y\u{a0}z\u{2003}w"], "'x\\u3000y\\xa0z\\u2003w'.split(' ')")
        XCTAssertEqual(try P("x\u{3000}y\u{a0}z\u{2003}w").split(nil, maxsplit: 1).map(\.string), ["x", "y\u{a0}z\u{2003}w"], "'x\\u3000y\\xa0z\\u2003w'.split(None, 1)")
        XCTAssertEqual(try P("x\u{3000}y\u{a0}z\u{2003}w").rsplit(nil, maxsplit: 1).map(\.string), ["x\u{3000}y\u{a0}z", "w"], "'x\\u3000y\\xa0z\\u2003w'.rsplit(None, 1)")
        XCTAssertEqual(try P("x\u{3000}y\u{a0}z\u{2003}w").rsplit(P(" "), maxsplit: 2).map(\.string), ["x\u{3000}y\u{a0}z\u{2003}w"], "'x\\u3000y\\xa0z\\u2003w'.rsplit(' ', 2)")
        XCTAssertEqual(try P("x\u{3000}y\u{a0}z\u{2003}w").split(nil, maxsplit: 0).map(\.string), ["x\u{3000}y\u{a0}z\u{2003}w"], "'x\\u3000y\\xa0z\\u2003w'.split(None, 0)")
        XCTAssertEqual(try P("x\u{3000}y\u{a0}z\u{2003}w").rsplit(nil, maxsplit: 0).map(\.string), ["x\u{3000}y\u{a0}z\u{2003}w"], "'x\\u3000y\\xa0z\\u2003w'.rsplit(None, 0)")
        XCTAssertEqual(try P("one two three four").split().map(\.string), ["one", "two", "three", "four"], "'one two three four'.split()")
        XCTAssertEqual(try P("one two three four").split(P(" ")).map(\.string), ["one", "two", "three", "four"], "'one two three four'.split(' ')")
        XCTAssertEqual(try P("one two three four").split(nil, maxsplit: 1).map(\.string), ["one", "two three four"], "'one two three four'.split(None, 1)")
        XCTAssertEqual(try P("one two three four").rsplit(nil, maxsplit: 1).map(\.string), ["one two three", "four"], "'one two three four'.rsplit(None, 1)")
        XCTAssertEqual(try P("one two three four").rsplit(P(" "), maxsplit: 2).map(\.string), ["one two", "three", "four"], "'one two three four'.rsplit(' ', 2)")
        XCTAssertEqual(try P("one two three four").split(nil, maxsplit: 0).map(\.string), ["one two three four"], "'one two three four'.split(None, 0)")
        XCTAssertEqual(try P("one two three four").rsplit(nil, maxsplit: 0).map(\.string), ["one two three four"], "'one two three four'.rsplit(None, 0)")
        XCTAssertEqual(try P("a,b,,c,").split(P(",")).map(\.string), ["a", "b", "", "c", ""], "'a,b,,c,'.split(',')")
        XCTAssertEqual(try P("a,b,,c,").rsplit(P(","), maxsplit: 1).map(\.string), ["a,b,,c", ""], "'a,b,,c,'.rsplit(',', 1)")
        XCTAssertEqual(try P("a,b,,c,").split(P(","), maxsplit: 1).map(\.string), ["a", "b,,c,"], "'a,b,,c,'.split(',', 1)")
        XCTAssertEqual(try P("a::b::c").split(P("::")).map(\.string), ["a", "b", "c"], "'a::b::c'.split('::')")
        XCTAssertEqual(try P("a::b::c").rsplit(P("::"), maxsplit: 1).map(\.string), ["a::b", "c"], "'a::b::c'.rsplit('::', 1)")
        XCTAssertEqual(try P("a::b::c").split(P("::"), maxsplit: 1).map(\.string), ["a", "b::c"], "'a::b::c'.split('::', 1)")
        XCTAssertEqual(try P("日本::語::").split(P("::")).map(\.string), ["日本", "語", ""], "'日本::語::'.split('::')")
        XCTAssertEqual(try P("日本::語::").rsplit(P("::"), maxsplit: 1).map(\.string), ["日本::語", ""], "'日本::語::'.rsplit('::', 1)")
        XCTAssertEqual(try P("日本::語::").split(P("::"), maxsplit: 1).map(\.string), ["日本", "語::"], "'日本::語::'.split('::', 1)")
        XCTAssertEqual(try P("abc").split(P("x")).map(\.string), ["abc"], "'abc'.split('x')")
        XCTAssertEqual(try P("abc").rsplit(P("x"), maxsplit: 1).map(\.string), ["abc"], "'abc'.rsplit('x', 1)")
        XCTAssertEqual(try P("abc").split(P("x"), maxsplit: 1).map(\.string), ["abc"], "'abc'.split('x', 1)")
        XCTAssertEqual(try P("").split(P(",")).map(\.string), [""], "''.split(',')")
        XCTAssertEqual(try P("").rsplit(P(","), maxsplit: 1).map(\.string), [""], "''.rsplit(',', 1)")
        XCTAssertEqual(try P("").split(P(","), maxsplit: 1).map(\.string), [""], "''.split(',', 1)")
        XCTAssertEqual(try P("a.b.c").split(P(".")).map(\.string), ["a", "b", "c"], "'a.b.c'.split('.')")
        XCTAssertEqual(try P("a.b.c").rsplit(P("."), maxsplit: 1).map(\.string), ["a.b", "c"], "'a.b.c'.rsplit('.', 1)")
        XCTAssertEqual(try P("a.b.c").split(P("."), maxsplit: 1).map(\.string), ["a", "b.c"], "'a.b.c'.split('.', 1)")
        assertThrows(try P("abc").split(P("")).map(\.string), "ValueError", "empty separator")
        assertThrows(try P("abc").rsplit(P("")).map(\.string), "ValueError", "empty separator")
        XCTAssertEqual(P("|").join([P("x"), P("y"), P("z")]).string, "x|y|z", "'|'.join(['x', 'y', 'z'])")
        XCTAssertEqual(P("").join([]).string, "", "''.join([])")
        XCTAssertEqual(P(" ").join([P(""), P("")]).string, " ", "' '.join(['', ''])")
        XCTAssertEqual(P("é").join([P("a"), P("b")]).string, "aéb", "'é'.join(['a', 'b'])")
        XCTAssertEqual(P(", ").join([P("1")]).string, "1", "', '.join(['1'])")
    }

    func testSplitlines() throws {
        XCTAssertEqual(P("a\nb\r\nc\rd").splitlines().map(\.string), ["a", "b", "c", "d"], "'a\\nb\\r\\nc\\rd'.splitlines()")
        XCTAssertEqual(P("a\nb\r\nc\rd").splitlines(keepends: true).map(\.string), ["a\n", "b\r\n", "c\r", "d"], "'a\\nb\\r\\nc\\rd'.splitlines(True)")
        XCTAssertEqual(P("a\u{2028}b\r\nc\rd\n").splitlines().map(\.string), ["a", "b", "c", "d"], "'a\\u2028b\\r\\nc\\rd\\n'.splitlines()")
        XCTAssertEqual(P("a\u{2028}b\r\nc\rd\n").splitlines(keepends: true).map(\.string), ["a\u{2028}", "b\r\n", "c\r", "d\n"], "'a\\u2028b\\r\\nc\\rd\\n'.splitlines(True)")
        XCTAssertEqual(P("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e").splitlines().map(\.string), ["a", "b", "c", "d\u{1f}e"], "'a\\x1cb\\x1dc\\x1ed\\x1fe'.splitlines()")
        XCTAssertEqual(P("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e").splitlines(keepends: true).map(\.string), ["a\u{1c}", "b\u{1d}", "c\u{1e}", "d\u{1f}e"], "'a\\x1cb\\x1dc\\x1ed\\x1fe'.splitlines(True)")
        XCTAssertEqual(P("x\u{b}y\u{c}z\u{85}w\u{2029}").splitlines().map(\.string), ["x", "y", "z", "w"], "'x\\x0by\\x0cz\\x85w\\u2029'.splitlines()")
        XCTAssertEqual(P("x\u{b}y\u{c}z\u{85}w\u{2029}").splitlines(keepends: true).map(\.string), ["x\u{b}", "y\u{c}", "z\u{85}", "w\u{2029}"], "'x\\x0by\\x0cz\\x85w\\u2029'.splitlines(True)")
        XCTAssertEqual(P("").splitlines().map(\.string), [], "''.splitlines()")
        XCTAssertEqual(P("").splitlines(keepends: true).map(\.string), [], "''.splitlines(True)")
        XCTAssertEqual(P("\n").splitlines().map(\.string), [""], "'\\n'.splitlines()")
        XCTAssertEqual(P("\n").splitlines(keepends: true).map(\.string), ["\n"], "'\\n'.splitlines(True)")
        XCTAssertEqual(P("line\n\n").splitlines().map(\.string), ["line", ""], "'line\\n\\n'.splitlines()")
        XCTAssertEqual(P("line\n\n").splitlines(keepends: true).map(\.string), ["line\n", "\n"], "'line\\n\\n'.splitlines(True)")
        XCTAssertEqual(P("no breaks").splitlines().map(\.string), ["no breaks"], "'no breaks'.splitlines()")
        XCTAssertEqual(P("no breaks").splitlines(keepends: true).map(\.string), ["no breaks"], "'no breaks'.splitlines(True)")
    }

    func testStrip() throws {
        XCTAssertEqual(P("  hi  ").strip().string, "hi", "'  hi  '.strip()")
        XCTAssertEqual(P("  hi  ").lstrip().string, "hi  ", "'  hi  '.lstrip()")
        XCTAssertEqual(P("  hi  ").rstrip().string, "  hi", "'  hi  '.rstrip()")
        XCTAssertEqual(P("\u{1c} a \u{1f}").strip().string, "a", "'\\x1c a \\x1f'.strip()")
        XCTAssertEqual(P("\u{1c} a \u{1f}").lstrip().string, "a \u{1f}", "'\\x1c a \\x1f'.lstrip()")
        XCTAssertEqual(P("\u{1c} a \u{1f}").rstrip().string, "\u{1c} a", "'\\x1c a \\x1f'.rstrip()")
        XCTAssertEqual(P("\u{85}a\u{a0}").strip().string, "a", "'\\x85a\\xa0'.strip()")
        XCTAssertEqual(P("\u{85}a\u{a0}").lstrip().string, "a\u{a0}", "'\\x85a\\xa0'.lstrip()")
        XCTAssertEqual(P("\u{85}a\u{a0}").rstrip().string, "\u{85}a", "'\\x85a\\xa0'.rstrip()")
        XCTAssertEqual(P("\u{3000}日本\u{3000}").strip().string, "日本", "'\\u3000日本\\u3000'.strip()")
        XCTAssertEqual(P("\u{3000}日本\u{3000}").lstrip().string, "日本\u{3000}", "'\\u3000日本\\u3000'.lstrip()")
        XCTAssertEqual(P("\u{3000}日本\u{3000}").rstrip().string, "\u{3000}日本", "'\\u3000日本\\u3000'.rstrip()")
        XCTAssertEqual(P("").strip().string, "", "''.strip()")
        XCTAssertEqual(P("").lstrip().string, "", "''.lstrip()")
        XCTAssertEqual(P("").rstrip().string, "", "''.rstrip()")
        XCTAssertEqual(P("   ").strip().string, "", "'   '.strip()")
        XCTAssertEqual(P("   ").lstrip().string, "", "'   '.lstrip()")
        XCTAssertEqual(P("   ").rstrip().string, "", "'   '.rstrip()")
        XCTAssertEqual(P("xxaxx").strip().string, "xxaxx", "'xxaxx'.strip()")
        XCTAssertEqual(P("xxaxx").lstrip().string, "xxaxx", "'xxaxx'.lstrip()")
        XCTAssertEqual(P("xxaxx").rstrip().string, "xxaxx", "'xxaxx'.rstrip()")
        XCTAssertEqual(P("abcba").strip().string, "abcba", "'abcba'.strip()")
        XCTAssertEqual(P("abcba").lstrip().string, "abcba", "'abcba'.lstrip()")
        XCTAssertEqual(P("abcba").rstrip().string, "abcba", "'abcba'.rstrip()")
        XCTAssertEqual(P("xxaxx").strip(P("x")).string, "a", "'xxaxx'.strip('x')")
        XCTAssertEqual(P("xxaxx").lstrip(P("x")).string, "axx", "'xxaxx'.lstrip('x')")
        XCTAssertEqual(P("xxaxx").rstrip(P("x")).string, "xxa", "'xxaxx'.rstrip('x')")
        XCTAssertEqual(P("abcba").strip(P("ab")).string, "c", "'abcba'.strip('ab')")
        XCTAssertEqual(P("abcba").lstrip(P("ab")).string, "cba", "'abcba'.lstrip('ab')")
        XCTAssertEqual(P("abcba").rstrip(P("ab")).string, "abc", "'abcba'.rstrip('ab')")
        XCTAssertEqual(P("ééaé").strip(P("é")).string, "a", "'ééaé'.strip('é')")
        XCTAssertEqual(P("ééaé").lstrip(P("é")).string, "aé", "'ééaé'.lstrip('é')")
        XCTAssertEqual(P("ééaé").rstrip(P("é")).string, "ééa", "'ééaé'.rstrip('é')")
        XCTAssertEqual(P("<<hi>>").strip(P("<>")).string, "hi", "'<<hi>>'.strip('<>')")
        XCTAssertEqual(P("<<hi>>").lstrip(P("<>")).string, "hi>>", "'<<hi>>'.lstrip('<>')")
        XCTAssertEqual(P("<<hi>>").rstrip(P("<>")).string, "<<hi", "'<<hi>>'.rstrip('<>')")
        XCTAssertEqual(P("abc").strip(P("")).string, "abc", "'abc'.strip('')")
        XCTAssertEqual(P("abc").lstrip(P("")).string, "abc", "'abc'.lstrip('')")
        XCTAssertEqual(P("abc").rstrip(P("")).string, "abc", "'abc'.rstrip('')")
        XCTAssertEqual(P("www.example.com").strip(P("cmowz.")).string, "example", "'www.example.com'.strip('cmowz.')")
        XCTAssertEqual(P("www.example.com").lstrip(P("cmowz.")).string, "example.com", "'www.example.com'.lstrip('cmowz.')")
        XCTAssertEqual(P("www.example.com").rstrip(P("cmowz.")).string, "www.example", "'www.example.com'.rstrip('cmowz.')")
    }

    func testFindIndexCount() throws {
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("l")), 2, "'héllo wörld, héllo again 😀 and 😀'.find('l')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("l")), 16, "'héllo wörld, héllo again 😀 and 😀'.rfind('l')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").index(P("l")), 2, "'héllo wörld, héllo again 😀 and 😀'.index('l')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").rindex(P("l")), 16, "'héllo wörld, héllo again 😀 and 😀'.rindex('l')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("l")), 5, "'héllo wörld, héllo again 😀 and 😀'.count('l')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("l"), 2, nil), 2, "'héllo wörld, héllo again 😀 and 😀'.find('l', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("l"), 2, nil), 16, "'héllo wörld, héllo again 😀 and 😀'.rfind('l', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("l"), 2, nil), 5, "'héllo wörld, héllo again 😀 and 😀'.count('l', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("l"), -10, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('l', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("l"), -10, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('l', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("l"), -10, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('l', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("l"), 3, 20), 3, "'héllo wörld, héllo again 😀 and 😀'.find('l', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("l"), 3, 20), 16, "'héllo wörld, héllo again 😀 and 😀'.rfind('l', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("l"), 3, 20), 4, "'héllo wörld, héllo again 😀 and 😀'.count('l', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("l"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.find('l', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("l"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('l', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("l"), -5, -1), 0, "'héllo wörld, héllo again 😀 and 😀'.count('l', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("l"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('l', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("l"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('l', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("l"), 40, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('l', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("l"), 0, 100), 2, "'héllo wörld, héllo again 😀 and 😀'.find('l', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("l"), 0, 100), 16, "'héllo wörld, héllo again 😀 and 😀'.rfind('l', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("l"), 0, 100), 5, "'héllo wörld, héllo again 😀 and 😀'.count('l', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("héllo")), 0, "'héllo wörld, héllo again 😀 and 😀'.find('héllo')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("héllo")), 13, "'héllo wörld, héllo again 😀 and 😀'.rfind('héllo')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").index(P("héllo")), 0, "'héllo wörld, héllo again 😀 and 😀'.index('héllo')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").rindex(P("héllo")), 13, "'héllo wörld, héllo again 😀 and 😀'.rindex('héllo')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("héllo")), 2, "'héllo wörld, héllo again 😀 and 😀'.count('héllo')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("héllo"), 2, nil), 13, "'héllo wörld, héllo again 😀 and 😀'.find('héllo', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("héllo"), 2, nil), 13, "'héllo wörld, héllo again 😀 and 😀'.rfind('héllo', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("héllo"), 2, nil), 1, "'héllo wörld, héllo again 😀 and 😀'.count('héllo', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("héllo"), -10, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('héllo', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("héllo"), -10, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('héllo', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("héllo"), -10, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('héllo', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("héllo"), 3, 20), 13, "'héllo wörld, héllo again 😀 and 😀'.find('héllo', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("héllo"), 3, 20), 13, "'héllo wörld, héllo again 😀 and 😀'.rfind('héllo', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("héllo"), 3, 20), 1, "'héllo wörld, héllo again 😀 and 😀'.count('héllo', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("héllo"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.find('héllo', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("héllo"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('héllo', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("héllo"), -5, -1), 0, "'héllo wörld, héllo again 😀 and 😀'.count('héllo', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("héllo"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('héllo', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("héllo"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('héllo', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("héllo"), 40, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('héllo', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("héllo"), 0, 100), 0, "'héllo wörld, héllo again 😀 and 😀'.find('héllo', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("héllo"), 0, 100), 13, "'héllo wörld, héllo again 😀 and 😀'.rfind('héllo', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("héllo"), 0, 100), 2, "'héllo wörld, héllo again 😀 and 😀'.count('héllo', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("😀")), 25, "'héllo wörld, héllo again 😀 and 😀'.find('😀')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("😀")), 31, "'héllo wörld, héllo again 😀 and 😀'.rfind('😀')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").index(P("😀")), 25, "'héllo wörld, héllo again 😀 and 😀'.index('😀')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").rindex(P("😀")), 31, "'héllo wörld, héllo again 😀 and 😀'.rindex('😀')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("😀")), 2, "'héllo wörld, héllo again 😀 and 😀'.count('😀')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("😀"), 2, nil), 25, "'héllo wörld, héllo again 😀 and 😀'.find('😀', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("😀"), 2, nil), 31, "'héllo wörld, héllo again 😀 and 😀'.rfind('😀', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("😀"), 2, nil), 2, "'héllo wörld, héllo again 😀 and 😀'.count('😀', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("😀"), -10, nil), 25, "'héllo wörld, héllo again 😀 and 😀'.find('😀', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("😀"), -10, nil), 31, "'héllo wörld, héllo again 😀 and 😀'.rfind('😀', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("😀"), -10, nil), 2, "'héllo wörld, héllo again 😀 and 😀'.count('😀', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("😀"), 3, 20), -1, "'héllo wörld, héllo again 😀 and 😀'.find('😀', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("😀"), 3, 20), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('😀', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("😀"), 3, 20), 0, "'héllo wörld, héllo again 😀 and 😀'.count('😀', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("😀"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.find('😀', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("😀"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('😀', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("😀"), -5, -1), 0, "'héllo wörld, héllo again 😀 and 😀'.count('😀', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("😀"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('😀', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("😀"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('😀', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("😀"), 40, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('😀', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("😀"), 0, 100), 25, "'héllo wörld, héllo again 😀 and 😀'.find('😀', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("😀"), 0, 100), 31, "'héllo wörld, héllo again 😀 and 😀'.rfind('😀', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("😀"), 0, 100), 2, "'héllo wörld, héllo again 😀 and 😀'.count('😀', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("xyz")), -1, "'héllo wörld, héllo again 😀 and 😀'.find('xyz')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("xyz")), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('xyz')")
        assertThrows(try P("héllo wörld, héllo again 😀 and 😀").index(P("xyz")), "ValueError", "substring not found")
        assertThrows(try P("héllo wörld, héllo again 😀 and 😀").rindex(P("xyz")), "ValueError", "substring not found")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("xyz")), 0, "'héllo wörld, héllo again 😀 and 😀'.count('xyz')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("xyz"), 2, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('xyz', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("xyz"), 2, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('xyz', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("xyz"), 2, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('xyz', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("xyz"), -10, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('xyz', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("xyz"), -10, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('xyz', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("xyz"), -10, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('xyz', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("xyz"), 3, 20), -1, "'héllo wörld, héllo again 😀 and 😀'.find('xyz', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("xyz"), 3, 20), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('xyz', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("xyz"), 3, 20), 0, "'héllo wörld, héllo again 😀 and 😀'.count('xyz', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("xyz"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.find('xyz', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("xyz"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('xyz', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("xyz"), -5, -1), 0, "'héllo wörld, héllo again 😀 and 😀'.count('xyz', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("xyz"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('xyz', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("xyz"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('xyz', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("xyz"), 40, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('xyz', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("xyz"), 0, 100), -1, "'héllo wörld, héllo again 😀 and 😀'.find('xyz', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("xyz"), 0, 100), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('xyz', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("xyz"), 0, 100), 0, "'héllo wörld, héllo again 😀 and 😀'.count('xyz', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("")), 0, "'héllo wörld, héllo again 😀 and 😀'.find('')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("")), 32, "'héllo wörld, héllo again 😀 and 😀'.rfind('')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").index(P("")), 0, "'héllo wörld, héllo again 😀 and 😀'.index('')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").rindex(P("")), 32, "'héllo wörld, héllo again 😀 and 😀'.rindex('')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("")), 33, "'héllo wörld, héllo again 😀 and 😀'.count('')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P(""), 2, nil), 2, "'héllo wörld, héllo again 😀 and 😀'.find('', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P(""), 2, nil), 32, "'héllo wörld, héllo again 😀 and 😀'.rfind('', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P(""), 2, nil), 31, "'héllo wörld, héllo again 😀 and 😀'.count('', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P(""), -10, nil), 22, "'héllo wörld, héllo again 😀 and 😀'.find('', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P(""), -10, nil), 32, "'héllo wörld, héllo again 😀 and 😀'.rfind('', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P(""), -10, nil), 11, "'héllo wörld, héllo again 😀 and 😀'.count('', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P(""), 3, 20), 3, "'héllo wörld, héllo again 😀 and 😀'.find('', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P(""), 3, 20), 20, "'héllo wörld, héllo again 😀 and 😀'.rfind('', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P(""), 3, 20), 18, "'héllo wörld, héllo again 😀 and 😀'.count('', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P(""), -5, -1), 27, "'héllo wörld, héllo again 😀 and 😀'.find('', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P(""), -5, -1), 31, "'héllo wörld, héllo again 😀 and 😀'.rfind('', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P(""), -5, -1), 5, "'héllo wörld, héllo again 😀 and 😀'.count('', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P(""), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P(""), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P(""), 40, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P(""), 0, 100), 0, "'héllo wörld, héllo again 😀 and 😀'.find('', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P(""), 0, 100), 32, "'héllo wörld, héllo again 😀 and 😀'.rfind('', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P(""), 0, 100), 33, "'héllo wörld, héllo again 😀 and 😀'.count('', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("o w")), 4, "'héllo wörld, héllo again 😀 and 😀'.find('o w')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("o w")), 4, "'héllo wörld, héllo again 😀 and 😀'.rfind('o w')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").index(P("o w")), 4, "'héllo wörld, héllo again 😀 and 😀'.index('o w')")
        XCTAssertEqual(try P("héllo wörld, héllo again 😀 and 😀").rindex(P("o w")), 4, "'héllo wörld, héllo again 😀 and 😀'.rindex('o w')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("o w")), 1, "'héllo wörld, héllo again 😀 and 😀'.count('o w')")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("o w"), 2, nil), 4, "'héllo wörld, héllo again 😀 and 😀'.find('o w', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("o w"), 2, nil), 4, "'héllo wörld, héllo again 😀 and 😀'.rfind('o w', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("o w"), 2, nil), 1, "'héllo wörld, héllo again 😀 and 😀'.count('o w', 2, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("o w"), -10, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('o w', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("o w"), -10, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('o w', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("o w"), -10, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('o w', -10, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("o w"), 3, 20), 4, "'héllo wörld, héllo again 😀 and 😀'.find('o w', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("o w"), 3, 20), 4, "'héllo wörld, héllo again 😀 and 😀'.rfind('o w', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("o w"), 3, 20), 1, "'héllo wörld, héllo again 😀 and 😀'.count('o w', 3, 20)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("o w"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.find('o w', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("o w"), -5, -1), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('o w', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("o w"), -5, -1), 0, "'héllo wörld, héllo again 😀 and 😀'.count('o w', -5, -1)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("o w"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.find('o w', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("o w"), 40, nil), -1, "'héllo wörld, héllo again 😀 and 😀'.rfind('o w', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("o w"), 40, nil), 0, "'héllo wörld, héllo again 😀 and 😀'.count('o w', 40, None)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").find(P("o w"), 0, 100), 4, "'héllo wörld, héllo again 😀 and 😀'.find('o w', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").rfind(P("o w"), 0, 100), 4, "'héllo wörld, héllo again 😀 and 😀'.rfind('o w', 0, 100)")
        XCTAssertEqual(P("héllo wörld, héllo again 😀 and 😀").countOccurrences(P("o w"), 0, 100), 1, "'héllo wörld, héllo again 😀 and 😀'.count('o w', 0, 100)")
        XCTAssertEqual(P("abc").find(P(""), 3), 3, "'abc'.find('', 3)")
        XCTAssertEqual(P("abc").find(P(""), 4), -1, "'abc'.find('', 4)")
        XCTAssertEqual(P("abc").countOccurrences(P("")), 4, "'abc'.count('')")
        XCTAssertEqual(P("abc").countOccurrences(P(""), 4), 0, "'abc'.count('', 4)")
        XCTAssertEqual(P("aaaa").countOccurrences(P("aa")), 2, "'aaaa'.count('aa')")
        XCTAssertEqual(P("abcabc").rfind(P("bc"), 0, 5), 1, "'abcabc'.rfind('bc', 0, 5)")
        XCTAssertEqual(P("cab").contains(P("ab")), true, "'ab' in 'cab'")
        XCTAssertEqual(P("cafe").contains(P("é")), false, "'é' in 'cafe'")
        XCTAssertEqual(P("x").contains(P("")), true, "'' in 'x'")
    }

    func testReplace() throws {
        XCTAssertEqual(P("aaa").replace(P("a"), P("b"), -1).string, "bbb", "'aaa'.replace('a', 'b', -1)")
        XCTAssertEqual(P("aaa").replace(P("a"), P("bb"), 2).string, "bbbba", "'aaa'.replace('a', 'bb', 2)")
        XCTAssertEqual(P("abc").replace(P(""), P("-"), -1).string, "-a-b-c-", "'abc'.replace('', '-', -1)")
        XCTAssertEqual(P("abc").replace(P(""), P("-"), 2).string, "-a-bc", "'abc'.replace('', '-', 2)")
        XCTAssertEqual(P("héllo").replace(P("l"), P("L"), -1).string, "héLLo", "'héllo'.replace('l', 'L', -1)")
        XCTAssertEqual(P("日本日本").replace(P("日本"), P("x"), 1).string, "x日本", "'日本日本'.replace('日本', 'x', 1)")
        XCTAssertEqual(P("abc").replace(P("x"), P("y"), -1).string, "abc", "'abc'.replace('x', 'y', -1)")
        XCTAssertEqual(P("abc").replace(P("b"), P(""), -1).string, "ac", "'abc'.replace('b', '', -1)")
        XCTAssertEqual(P("aaa").replace(P("a"), P("b"), 0).string, "aaa", "'aaa'.replace('a', 'b', 0)")
        XCTAssertEqual(P("").replace(P(""), P("x"), -1).string, "x", "''.replace('', 'x', -1)")
        XCTAssertEqual(P("😀😀").replace(P(""), P("|"), -1).string, "|😀|😀|", "'😀😀'.replace('', '|', -1)")
    }

    func testPrefixSuffixPartition() throws {
        XCTAssertEqual(P("hello").startswith(P("he")), true, "'hello'.startswith('he')")
        XCTAssertEqual(P("hello").startswith([P("x"), P("he")]), true, "'hello'.startswith(('x', 'he'))")
        XCTAssertEqual(P("hello").endswith([P("x"), P("y")]), false, "'hello'.endswith(('x', 'y'))")
        XCTAssertEqual(P("hello").endswith(P("lo"), 0, 4), false, "'hello'.endswith('lo', 0, 4)")
        XCTAssertEqual(P("hello").endswith(P("ll"), 0, 4), true, "'hello'.endswith('ll', 0, 4)")
        XCTAssertEqual(P("hello").startswith(P("l"), -3), true, "'hello'.startswith('l', -3)")
        XCTAssertEqual(P("abc").startswith(P(""), 3), true, "'abc'.startswith('', 3)")
        XCTAssertEqual(P("abc").startswith(P(""), 4), false, "'abc'.startswith('', 4)")
        XCTAssertEqual(P("héllo").endswith(P("llo")), true, "'héllo'.endswith('llo')")
        XCTAssertEqual(P("héllo").startswith(P("hé"), 0, 1), false, "'héllo'.startswith('hé', 0, 1)")
        XCTAssertEqual(P("abc").removeprefix(P("ab")).string, "c", "'abc'.removeprefix('ab')")
        XCTAssertEqual(P("abc").removeprefix(P("x")).string, "abc", "'abc'.removeprefix('x')")
        XCTAssertEqual(P("abc.py").removesuffix(P(".py")).string, "abc", "'abc.py'.removesuffix('.py')")
        XCTAssertEqual(P("éa").removesuffix(P("a")).string, "é", "'éa'.removesuffix('a')")
        XCTAssertEqual(try t3(P("a,b,c").partition(P(","))), ["a", ",", "b,c"], "'a,b,c'.partition(',')")
        XCTAssertEqual(try t3(P("a,b,c").rpartition(P(","))), ["a,b", ",", "c"], "'a,b,c'.rpartition(',')")
        XCTAssertEqual(try t3(P("ab").partition(P(","))), ["ab", "", ""], "'ab'.partition(',')")
        XCTAssertEqual(try t3(P("ab").rpartition(P(","))), ["", "", "ab"], "'ab'.rpartition(',')")
        XCTAssertEqual(try t3(P("日本::語").partition(P("::"))), ["日本", "::", "語"], "'日本::語'.partition('::')")
        assertThrows(try t3(P("ab").partition(P(""))), "ValueError", "empty separator")
    }

    func testCase() throws {
        XCTAssertEqual(P("hello World").upper().string, "HELLO WORLD", "'hello World'.upper()")
        XCTAssertEqual(P("hello World").lower().string, "hello world", "'hello World'.lower()")
        XCTAssertEqual(P("hello World").casefold().string, "hello world", "'hello World'.casefold()")
        XCTAssertEqual(P("hello World").title().string, "Hello World", "'hello World'.title()")
        XCTAssertEqual(P("hello World").capitalize().string, "Hello world", "'hello World'.capitalize()")
        XCTAssertEqual(P("hello World").swapcase().string, "HELLO wORLD", "'hello World'.swapcase()")
        XCTAssertEqual(P("they're bill's friends").upper().string, "THEY'RE BILL'S FRIENDS", "\"they're bill's friends\".upper()")
        XCTAssertEqual(P("they're bill's friends").lower().string, "they're bill's friends", "\"they're bill's friends\".lower()")
        XCTAssertEqual(P("they're bill's friends").casefold().string, "they're bill's friends", "\"they're bill's friends\".casefold()")
        XCTAssertEqual(P("they're bill's friends").title().string, "They'Re Bill'S Friends", "\"they're bill's friends\".title()")
        XCTAssertEqual(P("they're bill's friends").capitalize().string, "They're bill's friends", "\"they're bill's friends\".capitalize()")
        XCTAssertEqual(P("they're bill's friends").swapcase().string, "THEY'RE BILL'S FRIENDS", "\"they're bill's friends\".swapcase()")
        XCTAssertEqual(P("ΣΑΣ ΣΑΣ").upper().string, "ΣΑΣ ΣΑΣ", "'ΣΑΣ ΣΑΣ'.upper()")
        XCTAssertEqual(P("ΣΑΣ ΣΑΣ").lower().string, "σας σας", "'ΣΑΣ ΣΑΣ'.lower()")
        XCTAssertEqual(P("ΣΑΣ ΣΑΣ").casefold().string, "σασ σασ", "'ΣΑΣ ΣΑΣ'.casefold()")
        XCTAssertEqual(P("ΣΑΣ ΣΑΣ").title().string, "Σας Σας", "'ΣΑΣ ΣΑΣ'.title()")
        XCTAssertEqual(P("ΣΑΣ ΣΑΣ").capitalize().string, "Σας σας", "'ΣΑΣ ΣΑΣ'.capitalize()")
        XCTAssertEqual(P("ΣΑΣ ΣΑΣ").swapcase().string, "σας σας", "'ΣΑΣ ΣΑΣ'.swapcase()")
        XCTAssertEqual(P("ß straße").upper().string, "SS STRASSE", "'ß straße'.upper()")
        XCTAssertEqual(P("ß straße").lower().string, "ß straße", "'ß straße'.lower()")
        XCTAssertEqual(P("ß straße").casefold().string, "ss strasse", "'ß straße'.casefold()")
        XCTAssertEqual(P("ß straße").title().string, "Ss Straße", "'ß straße'.title()")
        XCTAssertEqual(P("ß straße").capitalize().string, "Ss straße", "'ß straße'.capitalize()")
        XCTAssertEqual(P("ß straße").swapcase().string, "SS STRASSE", "'ß straße'.swapcase()")
        XCTAssertEqual(P("ǅ ǆa Ǉ").upper().string, "Ǆ ǄA Ǉ", "'ǅ ǆa Ǉ'.upper()")
        XCTAssertEqual(P("ǅ ǆa Ǉ").lower().string, "ǆ ǆa ǉ", "'ǅ ǆa Ǉ'.lower()")
        XCTAssertEqual(P("ǅ ǆa Ǉ").casefold().string, "ǆ ǆa ǉ", "'ǅ ǆa Ǉ'.casefold()")
        XCTAssertEqual(P("ǅ ǆa Ǉ").title().string, "ǅ ǅa ǈ", "'ǅ ǆa Ǉ'.title()")
        XCTAssertEqual(P("ǅ ǆa Ǉ").capitalize().string, "ǅ ǆa ǉ", "'ǅ ǆa Ǉ'.capitalize()")
        XCTAssertEqual(P("ǅ ǆa Ǉ").swapcase().string, "ǅ ǄA ǉ", "'ǅ ǆa Ǉ'.swapcase()")
        XCTAssertEqual(P("ﬁ ﬀ").upper().string, "FI FF", "'ﬁ ﬀ'.upper()")
        XCTAssertEqual(P("ﬁ ﬀ").lower().string, "ﬁ ﬀ", "'ﬁ ﬀ'.lower()")
        XCTAssertEqual(P("ﬁ ﬀ").casefold().string, "fi ff", "'ﬁ ﬀ'.casefold()")
        XCTAssertEqual(P("ﬁ ﬀ").title().string, "Fi Ff", "'ﬁ ﬀ'.title()")
        XCTAssertEqual(P("ﬁ ﬀ").capitalize().string, "Fi ﬀ", "'ﬁ ﬀ'.capitalize()")
        XCTAssertEqual(P("ﬁ ﬀ").swapcase().string, "FI FF", "'ﬁ ﬀ'.swapcase()")
        XCTAssertEqual(P("ὈΣ").upper().string, "ὈΣ", "'ὈΣ'.upper()")
        XCTAssertEqual(P("ὈΣ").lower().string, "ὀς", "'ὈΣ'.lower()")
        XCTAssertEqual(P("ὈΣ").casefold().string, "ὀσ", "'ὈΣ'.casefold()")
        XCTAssertEqual(P("ὈΣ").title().string, "Ὀς", "'ὈΣ'.title()")
        XCTAssertEqual(P("ὈΣ").capitalize().string, "Ὀς", "'ὈΣ'.capitalize()")
        XCTAssertEqual(P("ὈΣ").swapcase().string, "ὀς", "'ὈΣ'.swapcase()")
        XCTAssertEqual(P("İstanbul").upper().string, "İSTANBUL", "'İstanbul'.upper()")
        XCTAssertEqual(P("İstanbul").lower().string, "i̇stanbul", "'İstanbul'.lower()")
        XCTAssertEqual(P("İstanbul").casefold().string, "i̇stanbul", "'İstanbul'.casefold()")
        XCTAssertEqual(P("İstanbul").title().string, "İstanbul", "'İstanbul'.title()")
        XCTAssertEqual(P("İstanbul").capitalize().string, "İstanbul", "'İstanbul'.capitalize()")
        XCTAssertEqual(P("İstanbul").swapcase().string, "i̇STANBUL", "'İstanbul'.swapcase()")
        XCTAssertEqual(P("aΣb aΣ aΣ. a'Σ").upper().string, "AΣB AΣ AΣ. A'Σ", "\"aΣb aΣ aΣ. a'Σ\".upper()")
        XCTAssertEqual(P("aΣb aΣ aΣ. a'Σ").lower().string, "aσb aς aς. a'ς", "\"aΣb aΣ aΣ. a'Σ\".lower()")
        XCTAssertEqual(P("aΣb aΣ aΣ. a'Σ").casefold().string, "aσb aσ aσ. a'σ", "\"aΣb aΣ aΣ. a'Σ\".casefold()")
        XCTAssertEqual(P("aΣb aΣ aΣ. a'Σ").title().string, "Aσb Aς Aς. A'Σ", "\"aΣb aΣ aΣ. a'Σ\".title()")
        XCTAssertEqual(P("aΣb aΣ aΣ. a'Σ").capitalize().string, "Aσb aς aς. a'ς", "\"aΣb aΣ aΣ. a'Σ\".capitalize()")
        XCTAssertEqual(P("aΣb aΣ aΣ. a'Σ").swapcase().string, "AσB Aς Aς. A'ς", "\"aΣb aΣ aΣ. a'Σ\".swapcase()")
        XCTAssertEqual(P("ŉ ΐ").upper().string, "ʼN Ϊ́", "'ŉ ΐ'.upper()")
        XCTAssertEqual(P("ŉ ΐ").lower().string, "ŉ ΐ", "'ŉ ΐ'.lower()")
        XCTAssertEqual(P("ŉ ΐ").casefold().string, "ʼn ΐ", "'ŉ ΐ'.casefold()")
        XCTAssertEqual(P("ŉ ΐ").title().string, "ʼN Ϊ́", "'ŉ ΐ'.title()")
        XCTAssertEqual(P("ŉ ΐ").capitalize().string, "ʼN ΐ", "'ŉ ΐ'.capitalize()")
        XCTAssertEqual(P("ŉ ΐ").swapcase().string, "ʼN Ϊ́", "'ŉ ΐ'.swapcase()")
        XCTAssertEqual(P("Ꭰꭰ").upper().string, "ᎠᎠ", "'Ꭰꭰ'.upper()")
        XCTAssertEqual(P("Ꭰꭰ").lower().string, "ꭰꭰ", "'Ꭰꭰ'.lower()")
        XCTAssertEqual(P("Ꭰꭰ").casefold().string, "ᎠᎠ", "'Ꭰꭰ'.casefold()")
        XCTAssertEqual(P("Ꭰꭰ").title().string, "Ꭰꭰ", "'Ꭰꭰ'.title()")
        XCTAssertEqual(P("Ꭰꭰ").capitalize().string, "Ꭰꭰ", "'Ꭰꭰ'.capitalize()")
        XCTAssertEqual(P("Ꭰꭰ").swapcase().string, "ꭰᎠ", "'Ꭰꭰ'.swapcase()")
        XCTAssertEqual(P("MiXeD 123 ÀÉÎ").upper().string, "MIXED 123 ÀÉÎ", "'MiXeD 123 ÀÉÎ'.upper()")
        XCTAssertEqual(P("MiXeD 123 ÀÉÎ").lower().string, "mixed 123 àéî", "'MiXeD 123 ÀÉÎ'.lower()")
        XCTAssertEqual(P("MiXeD 123 ÀÉÎ").casefold().string, "mixed 123 àéî", "'MiXeD 123 ÀÉÎ'.casefold()")
        XCTAssertEqual(P("MiXeD 123 ÀÉÎ").title().string, "Mixed 123 Àéî", "'MiXeD 123 ÀÉÎ'.title()")
        XCTAssertEqual(P("MiXeD 123 ÀÉÎ").capitalize().string, "Mixed 123 àéî", "'MiXeD 123 ÀÉÎ'.capitalize()")
        XCTAssertEqual(P("MiXeD 123 ÀÉÎ").swapcase().string, "mIxEd 123 àéî", "'MiXeD 123 ÀÉÎ'.swapcase()")
        XCTAssertEqual(P("").upper().string, "", "''.upper()")
        XCTAssertEqual(P("").lower().string, "", "''.lower()")
        XCTAssertEqual(P("").casefold().string, "", "''.casefold()")
        XCTAssertEqual(P("").title().string, "", "''.title()")
        XCTAssertEqual(P("").capitalize().string, "", "''.capitalize()")
        XCTAssertEqual(P("").swapcase().string, "", "''.swapcase()")
        XCTAssertEqual(P("x").upper().string, "X", "'x'.upper()")
        XCTAssertEqual(P("x").lower().string, "x", "'x'.lower()")
        XCTAssertEqual(P("x").casefold().string, "x", "'x'.casefold()")
        XCTAssertEqual(P("x").title().string, "X", "'x'.title()")
        XCTAssertEqual(P("x").capitalize().string, "X", "'x'.capitalize()")
        XCTAssertEqual(P("x").swapcase().string, "X", "'x'.swapcase()")
        XCTAssertEqual(P("123abc DEF").upper().string, "123ABC DEF", "'123abc DEF'.upper()")
        XCTAssertEqual(P("123abc DEF").lower().string, "123abc def", "'123abc DEF'.lower()")
        XCTAssertEqual(P("123abc DEF").casefold().string, "123abc def", "'123abc DEF'.casefold()")
        XCTAssertEqual(P("123abc DEF").title().string, "123Abc Def", "'123abc DEF'.title()")
        XCTAssertEqual(P("123abc DEF").capitalize().string, "123abc def", "'123abc DEF'.capitalize()")
        XCTAssertEqual(P("123abc DEF").swapcase().string, "123ABC def", "'123abc DEF'.swapcase()")
        XCTAssertEqual(P("hello\tworld-foo_bar").upper().string, "HELLO\tWORLD-FOO_BAR", "'hello\\tworld-foo_bar'.upper()")
        XCTAssertEqual(P("hello\tworld-foo_bar").lower().string, "hello\tworld-foo_bar", "'hello\\tworld-foo_bar'.lower()")
        XCTAssertEqual(P("hello\tworld-foo_bar").casefold().string, "hello\tworld-foo_bar", "'hello\\tworld-foo_bar'.casefold()")
        XCTAssertEqual(P("hello\tworld-foo_bar").title().string, "Hello\tWorld-Foo_Bar", "'hello\\tworld-foo_bar'.title()")
        XCTAssertEqual(P("hello\tworld-foo_bar").capitalize().string, "Hello\tworld-foo_bar", "'hello\\tworld-foo_bar'.capitalize()")
        XCTAssertEqual(P("hello\tworld-foo_bar").swapcase().string, "HELLO\tWORLD-FOO_BAR", "'hello\\tworld-foo_bar'.swapcase()")
        XCTAssertEqual(P("ÿµß 日本 😀 🄰").upper().string, "ŸΜSS 日本 😀 🄰", "'ÿµß 日本 😀 🄰'.upper()")
        XCTAssertEqual(P("ÿµß 日本 😀 🄰").lower().string, "ÿµß 日本 😀 🄰", "'ÿµß 日本 😀 🄰'.lower()")
        XCTAssertEqual(P("ÿµß 日本 😀 🄰").casefold().string, "ÿμss 日本 😀 🄰", "'ÿµß 日本 😀 🄰'.casefold()")
        XCTAssertEqual(P("ÿµß 日本 😀 🄰").title().string, "Ÿµß 日本 😀 🄰", "'ÿµß 日本 😀 🄰'.title()")
        XCTAssertEqual(P("ÿµß 日本 😀 🄰").capitalize().string, "Ÿµß 日本 😀 🄰", "'ÿµß 日本 😀 🄰'.capitalize()")
        XCTAssertEqual(P("ÿµß 日本 😀 🄰").swapcase().string, "ŸΜSS 日本 😀 🄰", "'ÿµß 日本 😀 🄰'.swapcase()")
    }

    func testPredicates() throws {
        XCTAssertEqual(P("").isalpha(), false, "''.isalpha()")
        XCTAssertEqual(P("").isdigit(), false, "''.isdigit()")
        XCTAssertEqual(P("").isdecimal(), false, "''.isdecimal()")
        XCTAssertEqual(P("").isnumeric(), false, "''.isnumeric()")
        XCTAssertEqual(P("").isalnum(), false, "''.isalnum()")
        XCTAssertEqual(P("").isspace(), false, "''.isspace()")
        XCTAssertEqual(P("").isupper(), false, "''.isupper()")
        XCTAssertEqual(P("").islower(), false, "''.islower()")
        XCTAssertEqual(P("").istitle(), false, "''.istitle()")
        XCTAssertEqual(P("").isidentifier(), false, "''.isidentifier()")
        XCTAssertEqual(P("").isprintable(), true, "''.isprintable()")
        XCTAssertEqual(P("").isascii(), true, "''.isascii()")
        XCTAssertEqual(P("abc").isalpha(), true, "'abc'.isalpha()")
        XCTAssertEqual(P("abc").isdigit(), false, "'abc'.isdigit()")
        XCTAssertEqual(P("abc").isdecimal(), false, "'abc'.isdecimal()")
        XCTAssertEqual(P("abc").isnumeric(), false, "'abc'.isnumeric()")
        XCTAssertEqual(P("abc").isalnum(), true, "'abc'.isalnum()")
        XCTAssertEqual(P("abc").isspace(), false, "'abc'.isspace()")
        XCTAssertEqual(P("abc").isupper(), false, "'abc'.isupper()")
        XCTAssertEqual(P("abc").islower(), true, "'abc'.islower()")
        XCTAssertEqual(P("abc").istitle(), false, "'abc'.istitle()")
        XCTAssertEqual(P("abc").isidentifier(), true, "'abc'.isidentifier()")
        XCTAssertEqual(P("abc").isprintable(), true, "'abc'.isprintable()")
        XCTAssertEqual(P("abc").isascii(), true, "'abc'.isascii()")
        XCTAssertEqual(P("ABC1").isalpha(), false, "'ABC1'.isalpha()")
        XCTAssertEqual(P("ABC1").isdigit(), false, "'ABC1'.isdigit()")
        XCTAssertEqual(P("ABC1").isdecimal(), false, "'ABC1'.isdecimal()")
        XCTAssertEqual(P("ABC1").isnumeric(), false, "'ABC1'.isnumeric()")
        XCTAssertEqual(P("ABC1").isalnum(), true, "'ABC1'.isalnum()")
        XCTAssertEqual(P("ABC1").isspace(), false, "'ABC1'.isspace()")
        XCTAssertEqual(P("ABC1").isupper(), true, "'ABC1'.isupper()")
        XCTAssertEqual(P("ABC1").islower(), false, "'ABC1'.islower()")
        XCTAssertEqual(P("ABC1").istitle(), false, "'ABC1'.istitle()")
        XCTAssertEqual(P("ABC1").isidentifier(), true, "'ABC1'.isidentifier()")
        XCTAssertEqual(P("ABC1").isprintable(), true, "'ABC1'.isprintable()")
        XCTAssertEqual(P("ABC1").isascii(), true, "'ABC1'.isascii()")
        XCTAssertEqual(P("1").isalpha(), false, "'1'.isalpha()")
        XCTAssertEqual(P("1").isdigit(), true, "'1'.isdigit()")
        XCTAssertEqual(P("1").isdecimal(), true, "'1'.isdecimal()")
        XCTAssertEqual(P("1").isnumeric(), true, "'1'.isnumeric()")
        XCTAssertEqual(P("1").isalnum(), true, "'1'.isalnum()")
        XCTAssertEqual(P("1").isspace(), false, "'1'.isspace()")
        XCTAssertEqual(P("1").isupper(), false, "'1'.isupper()")
        XCTAssertEqual(P("1").islower(), false, "'1'.islower()")
        XCTAssertEqual(P("1").istitle(), false, "'1'.istitle()")
        XCTAssertEqual(P("1").isidentifier(), false, "'1'.isidentifier()")
        XCTAssertEqual(P("1").isprintable(), true, "'1'.isprintable()")
        XCTAssertEqual(P("1").isascii(), true, "'1'.isascii()")
        XCTAssertEqual(P("²").isalpha(), false, "'²'.isalpha()")
        XCTAssertEqual(P("²").isdigit(), true, "'²'.isdigit()")
        XCTAssertEqual(P("²").isdecimal(), false, "'²'.isdecimal()")
        XCTAssertEqual(P("²").isnumeric(), true, "'²'.isnumeric()")
        XCTAssertEqual(P("²").isalnum(), true, "'²'.isalnum()")
        XCTAssertEqual(P("²").isspace(), false, "'²'.isspace()")
        XCTAssertEqual(P("²").isupper(), false, "'²'.isupper()")
        XCTAssertEqual(P("²").islower(), false, "'²'.islower()")
        XCTAssertEqual(P("²").istitle(), false, "'²'.istitle()")
        XCTAssertEqual(P("²").isidentifier(), false, "'²'.isidentifier()")
        XCTAssertEqual(P("²").isprintable(), true, "'²'.isprintable()")
        XCTAssertEqual(P("²").isascii(), false, "'²'.isascii()")
        XCTAssertEqual(P("½").isalpha(), false, "'½'.isalpha()")
        XCTAssertEqual(P("½").isdigit(), false, "'½'.isdigit()")
        XCTAssertEqual(P("½").isdecimal(), false, "'½'.isdecimal()")
        XCTAssertEqual(P("½").isnumeric(), true, "'½'.isnumeric()")
        XCTAssertEqual(P("½").isalnum(), true, "'½'.isalnum()")
        XCTAssertEqual(P("½").isspace(), false, "'½'.isspace()")
        XCTAssertEqual(P("½").isupper(), false, "'½'.isupper()")
        XCTAssertEqual(P("½").islower(), false, "'½'.islower()")
        XCTAssertEqual(P("½").istitle(), false, "'½'.istitle()")
        XCTAssertEqual(P("½").isidentifier(), false, "'½'.isidentifier()")
        XCTAssertEqual(P("½").isprintable(), true, "'½'.isprintable()")
        XCTAssertEqual(P("½").isascii(), false, "'½'.isascii()")
        XCTAssertEqual(P("一二").isalpha(), true, "'一二'.isalpha()")
        XCTAssertEqual(P("一二").isdigit(), false, "'一二'.isdigit()")
        XCTAssertEqual(P("一二").isdecimal(), false, "'一二'.isdecimal()")
        XCTAssertEqual(P("一二").isnumeric(), true, "'一二'.isnumeric()")
        XCTAssertEqual(P("一二").isalnum(), true, "'一二'.isalnum()")
        XCTAssertEqual(P("一二").isspace(), false, "'一二'.isspace()")
        XCTAssertEqual(P("一二").isupper(), false, "'一二'.isupper()")
        XCTAssertEqual(P("一二").islower(), false, "'一二'.islower()")
        XCTAssertEqual(P("一二").istitle(), false, "'一二'.istitle()")
        XCTAssertEqual(P("一二").isidentifier(), true, "'一二'.isidentifier()")
        XCTAssertEqual(P("一二").isprintable(), true, "'一二'.isprintable()")
        XCTAssertEqual(P("一二").isascii(), false, "'一二'.isascii()")
        XCTAssertEqual(P("٣").isalpha(), false, "'٣'.isalpha()")
        XCTAssertEqual(P("٣").isdigit(), true, "'٣'.isdigit()")
        XCTAssertEqual(P("٣").isdecimal(), true, "'٣'.isdecimal()")
        XCTAssertEqual(P("٣").isnumeric(), true, "'٣'.isnumeric()")
        XCTAssertEqual(P("٣").isalnum(), true, "'٣'.isalnum()")
        XCTAssertEqual(P("٣").isspace(), false, "'٣'.isspace()")
        XCTAssertEqual(P("٣").isupper(), false, "'٣'.isupper()")
        XCTAssertEqual(P("٣").islower(), false, "'٣'.islower()")
        XCTAssertEqual(P("٣").istitle(), false, "'٣'.istitle()")
        XCTAssertEqual(P("٣").isidentifier(), false, "'٣'.isidentifier()")
        XCTAssertEqual(P("٣").isprintable(), true, "'٣'.isprintable()")
        XCTAssertEqual(P("٣").isascii(), false, "'٣'.isascii()")
        XCTAssertEqual(P("Ab Cd").isalpha(), false, "'Ab Cd'.isalpha()")
        XCTAssertEqual(P("Ab Cd").isdigit(), false, "'Ab Cd'.isdigit()")
        XCTAssertEqual(P("Ab Cd").isdecimal(), false, "'Ab Cd'.isdecimal()")
        XCTAssertEqual(P("Ab Cd").isnumeric(), false, "'Ab Cd'.isnumeric()")
        XCTAssertEqual(P("Ab Cd").isalnum(), false, "'Ab Cd'.isalnum()")
        XCTAssertEqual(P("Ab Cd").isspace(), false, "'Ab Cd'.isspace()")
        XCTAssertEqual(P("Ab Cd").isupper(), false, "'Ab Cd'.isupper()")
        XCTAssertEqual(P("Ab Cd").islower(), false, "'Ab Cd'.islower()")
        XCTAssertEqual(P("Ab Cd").istitle(), true, "'Ab Cd'.istitle()")
        XCTAssertEqual(P("Ab Cd").isidentifier(), false, "'Ab Cd'.isidentifier()")
        XCTAssertEqual(P("Ab Cd").isprintable(), true, "'Ab Cd'.isprintable()")
        XCTAssertEqual(P("Ab Cd").isascii(), true, "'Ab Cd'.isascii()")
        XCTAssertEqual(P("ǅa").isalpha(), true, "'ǅa'.isalpha()")
        XCTAssertEqual(P("ǅa").isdigit(), false, "'ǅa'.isdigit()")
        XCTAssertEqual(P("ǅa").isdecimal(), false, "'ǅa'.isdecimal()")
        XCTAssertEqual(P("ǅa").isnumeric(), false, "'ǅa'.isnumeric()")
        XCTAssertEqual(P("ǅa").isalnum(), true, "'ǅa'.isalnum()")
        XCTAssertEqual(P("ǅa").isspace(), false, "'ǅa'.isspace()")
        XCTAssertEqual(P("ǅa").isupper(), false, "'ǅa'.isupper()")
        XCTAssertEqual(P("ǅa").islower(), false, "'ǅa'.islower()")
        XCTAssertEqual(P("ǅa").istitle(), true, "'ǅa'.istitle()")
        XCTAssertEqual(P("ǅa").isidentifier(), true, "'ǅa'.isidentifier()")
        XCTAssertEqual(P("ǅa").isprintable(), true, "'ǅa'.isprintable()")
        XCTAssertEqual(P("ǅa").isascii(), false, "'ǅa'.isascii()")
        XCTAssertEqual(P("_a1").isalpha(), false, "'_a1'.isalpha()")
        XCTAssertEqual(P("_a1").isdigit(), false, "'_a1'.isdigit()")
        XCTAssertEqual(P("_a1").isdecimal(), false, "'_a1'.isdecimal()")
        XCTAssertEqual(P("_a1").isnumeric(), false, "'_a1'.isnumeric()")
        XCTAssertEqual(P("_a1").isalnum(), false, "'_a1'.isalnum()")
        XCTAssertEqual(P("_a1").isspace(), false, "'_a1'.isspace()")
        XCTAssertEqual(P("_a1").isupper(), false, "'_a1'.isupper()")
        XCTAssertEqual(P("_a1").islower(), true, "'_a1'.islower()")
        XCTAssertEqual(P("_a1").istitle(), false, "'_a1'.istitle()")
        XCTAssertEqual(P("_a1").isidentifier(), true, "'_a1'.isidentifier()")
        XCTAssertEqual(P("_a1").isprintable(), true, "'_a1'.isprintable()")
        XCTAssertEqual(P("_a1").isascii(), true, "'_a1'.isascii()")
        XCTAssertEqual(P("1a").isalpha(), false, "'1a'.isalpha()")
        XCTAssertEqual(P("1a").isdigit(), false, "'1a'.isdigit()")
        XCTAssertEqual(P("1a").isdecimal(), false, "'1a'.isdecimal()")
        XCTAssertEqual(P("1a").isnumeric(), false, "'1a'.isnumeric()")
        XCTAssertEqual(P("1a").isalnum(), true, "'1a'.isalnum()")
        XCTAssertEqual(P("1a").isspace(), false, "'1a'.isspace()")
        XCTAssertEqual(P("1a").isupper(), false, "'1a'.isupper()")
        XCTAssertEqual(P("1a").islower(), true, "'1a'.islower()")
        XCTAssertEqual(P("1a").istitle(), false, "'1a'.istitle()")
        XCTAssertEqual(P("1a").isidentifier(), false, "'1a'.isidentifier()")
        XCTAssertEqual(P("1a").isprintable(), true, "'1a'.isprintable()")
        XCTAssertEqual(P("1a").isascii(), true, "'1a'.isascii()")
        XCTAssertEqual(P("é").isalpha(), true, "'é'.isalpha()")
        XCTAssertEqual(P("é").isdigit(), false, "'é'.isdigit()")
        XCTAssertEqual(P("é").isdecimal(), false, "'é'.isdecimal()")
        XCTAssertEqual(P("é").isnumeric(), false, "'é'.isnumeric()")
        XCTAssertEqual(P("é").isalnum(), true, "'é'.isalnum()")
        XCTAssertEqual(P("é").isspace(), false, "'é'.isspace()")
        XCTAssertEqual(P("é").isupper(), false, "'é'.isupper()")
        XCTAssertEqual(P("é").islower(), true, "'é'.islower()")
        XCTAssertEqual(P("é").istitle(), false, "'é'.istitle()")
        XCTAssertEqual(P("é").isidentifier(), true, "'é'.isidentifier()")
        XCTAssertEqual(P("é").isprintable(), true, "'é'.isprintable()")
        XCTAssertEqual(P("é").isascii(), false, "'é'.isascii()")
        XCTAssertEqual(P("\u{200b}").isalpha(), false, "'\\u200b'.isalpha()")
        XCTAssertEqual(P("\u{200b}").isdigit(), false, "'\\u200b'.isdigit()")
        XCTAssertEqual(P("\u{200b}").isdecimal(), false, "'\\u200b'.isdecimal()")
        XCTAssertEqual(P("\u{200b}").isnumeric(), false, "'\\u200b'.isnumeric()")
        XCTAssertEqual(P("\u{200b}").isalnum(), false, "'\\u200b'.isalnum()")
        XCTAssertEqual(P("\u{200b}").isspace(), false, "'\\u200b'.isspace()")
        XCTAssertEqual(P("\u{200b}").isupper(), false, "'\\u200b'.isupper()")
        XCTAssertEqual(P("\u{200b}").islower(), false, "'\\u200b'.islower()")
        XCTAssertEqual(P("\u{200b}").istitle(), false, "'\\u200b'.istitle()")
        XCTAssertEqual(P("\u{200b}").isidentifier(), false, "'\\u200b'.isidentifier()")
        XCTAssertEqual(P("\u{200b}").isprintable(), false, "'\\u200b'.isprintable()")
        XCTAssertEqual(P("\u{200b}").isascii(), false, "'\\u200b'.isascii()")
        XCTAssertEqual(P(" ").isalpha(), false, "' '.isalpha()")
        XCTAssertEqual(P(" ").isdigit(), false, "' '.isdigit()")
        XCTAssertEqual(P(" ").isdecimal(), false, "' '.isdecimal()")
        XCTAssertEqual(P(" ").isnumeric(), false, "' '.isnumeric()")
        XCTAssertEqual(P(" ").isalnum(), false, "' '.isalnum()")
        XCTAssertEqual(P(" ").isspace(), true, "' '.isspace()")
        XCTAssertEqual(P(" ").isupper(), false, "' '.isupper()")
        XCTAssertEqual(P(" ").islower(), false, "' '.islower()")
        XCTAssertEqual(P(" ").istitle(), false, "' '.istitle()")
        XCTAssertEqual(P(" ").isidentifier(), false, "' '.isidentifier()")
        XCTAssertEqual(P(" ").isprintable(), true, "' '.isprintable()")
        XCTAssertEqual(P(" ").isascii(), true, "' '.isascii()")
        XCTAssertEqual(P("\u{a0}").isalpha(), false, "'\\xa0'.isalpha()")
        XCTAssertEqual(P("\u{a0}").isdigit(), false, "'\\xa0'.isdigit()")
        XCTAssertEqual(P("\u{a0}").isdecimal(), false, "'\\xa0'.isdecimal()")
        XCTAssertEqual(P("\u{a0}").isnumeric(), false, "'\\xa0'.isnumeric()")
        XCTAssertEqual(P("\u{a0}").isalnum(), false, "'\\xa0'.isalnum()")
        XCTAssertEqual(P("\u{a0}").isspace(), true, "'\\xa0'.isspace()")
        XCTAssertEqual(P("\u{a0}").isupper(), false, "'\\xa0'.isupper()")
        XCTAssertEqual(P("\u{a0}").islower(), false, "'\\xa0'.islower()")
        XCTAssertEqual(P("\u{a0}").istitle(), false, "'\\xa0'.istitle()")
        XCTAssertEqual(P("\u{a0}").isidentifier(), false, "'\\xa0'.isidentifier()")
        XCTAssertEqual(P("\u{a0}").isprintable(), false, "'\\xa0'.isprintable()")
        XCTAssertEqual(P("\u{a0}").isascii(), false, "'\\xa0'.isascii()")
        XCTAssertEqual(P("\t").isalpha(), false, "'\\t'.isalpha()")
        XCTAssertEqual(P("\t").isdigit(), false, "'\\t'.isdigit()")
        XCTAssertEqual(P("\t").isdecimal(), false, "'\\t'.isdecimal()")
        XCTAssertEqual(P("\t").isnumeric(), false, "'\\t'.isnumeric()")
        XCTAssertEqual(P("\t").isalnum(), false, "'\\t'.isalnum()")
        XCTAssertEqual(P("\t").isspace(), true, "'\\t'.isspace()")
        XCTAssertEqual(P("\t").isupper(), false, "'\\t'.isupper()")
        XCTAssertEqual(P("\t").islower(), false, "'\\t'.islower()")
        XCTAssertEqual(P("\t").istitle(), false, "'\\t'.istitle()")
        XCTAssertEqual(P("\t").isidentifier(), false, "'\\t'.isidentifier()")
        XCTAssertEqual(P("\t").isprintable(), false, "'\\t'.isprintable()")
        XCTAssertEqual(P("\t").isascii(), true, "'\\t'.isascii()")
        XCTAssertEqual(P("a\tb").isalpha(), false, "'a\\tb'.isalpha()")
        XCTAssertEqual(P("a\tb").isdigit(), false, "'a\\tb'.isdigit()")
        XCTAssertEqual(P("a\tb").isdecimal(), false, "'a\\tb'.isdecimal()")
        XCTAssertEqual(P("a\tb").isnumeric(), false, "'a\\tb'.isnumeric()")
        XCTAssertEqual(P("a\tb").isalnum(), false, "'a\\tb'.isalnum()")
        XCTAssertEqual(P("a\tb").isspace(), false, "'a\\tb'.isspace()")
        XCTAssertEqual(P("a\tb").isupper(), false, "'a\\tb'.isupper()")
        XCTAssertEqual(P("a\tb").islower(), true, "'a\\tb'.islower()")
        XCTAssertEqual(P("a\tb").istitle(), false, "'a\\tb'.istitle()")
        XCTAssertEqual(P("a\tb").isidentifier(), false, "'a\\tb'.isidentifier()")
        XCTAssertEqual(P("a\tb").isprintable(), false, "'a\\tb'.isprintable()")
        XCTAssertEqual(P("a\tb").isascii(), true, "'a\\tb'.isascii()")
        XCTAssertEqual(P("Hello World").isalpha(), false, "'Hello World'.isalpha()")
        XCTAssertEqual(P("Hello World").isdigit(), false, "'Hello World'.isdigit()")
        XCTAssertEqual(P("Hello World").isdecimal(), false, "'Hello World'.isdecimal()")
        XCTAssertEqual(P("Hello World").isnumeric(), false, "'Hello World'.isnumeric()")
        XCTAssertEqual(P("Hello World").isalnum(), false, "'Hello World'.isalnum()")
        XCTAssertEqual(P("Hello World").isspace(), false, "'Hello World'.isspace()")
        XCTAssertEqual(P("Hello World").isupper(), false, "'Hello World'.isupper()")
        XCTAssertEqual(P("Hello World").islower(), false, "'Hello World'.islower()")
        XCTAssertEqual(P("Hello World").istitle(), true, "'Hello World'.istitle()")
        XCTAssertEqual(P("Hello World").isidentifier(), false, "'Hello World'.isidentifier()")
        XCTAssertEqual(P("Hello World").isprintable(), true, "'Hello World'.isprintable()")
        XCTAssertEqual(P("Hello World").isascii(), true, "'Hello World'.isascii()")
        XCTAssertEqual(P("hello world").isalpha(), false, "'hello world'.isalpha()")
        XCTAssertEqual(P("hello world").isdigit(), false, "'hello world'.isdigit()")
        XCTAssertEqual(P("hello world").isdecimal(), false, "'hello world'.isdecimal()")
        XCTAssertEqual(P("hello world").isnumeric(), false, "'hello world'.isnumeric()")
        XCTAssertEqual(P("hello world").isalnum(), false, "'hello world'.isalnum()")
        XCTAssertEqual(P("hello world").isspace(), false, "'hello world'.isspace()")
        XCTAssertEqual(P("hello world").isupper(), false, "'hello world'.isupper()")
        XCTAssertEqual(P("hello world").islower(), true, "'hello world'.islower()")
        XCTAssertEqual(P("hello world").istitle(), false, "'hello world'.istitle()")
        XCTAssertEqual(P("hello world").isidentifier(), false, "'hello world'.isidentifier()")
        XCTAssertEqual(P("hello world").isprintable(), true, "'hello world'.isprintable()")
        XCTAssertEqual(P("hello world").isascii(), true, "'hello world'.isascii()")
        XCTAssertEqual(P("class").isalpha(), true, "'class'.isalpha()")
        XCTAssertEqual(P("class").isdigit(), false, "'class'.isdigit()")
        XCTAssertEqual(P("class").isdecimal(), false, "'class'.isdecimal()")
        XCTAssertEqual(P("class").isnumeric(), false, "'class'.isnumeric()")
        XCTAssertEqual(P("class").isalnum(), true, "'class'.isalnum()")
        XCTAssertEqual(P("class").isspace(), false, "'class'.isspace()")
        XCTAssertEqual(P("class").isupper(), false, "'class'.isupper()")
        XCTAssertEqual(P("class").islower(), true, "'class'.islower()")
        XCTAssertEqual(P("class").istitle(), false, "'class'.istitle()")
        XCTAssertEqual(P("class").isidentifier(), true, "'class'.isidentifier()")
        XCTAssertEqual(P("class").isprintable(), true, "'class'.isprintable()")
        XCTAssertEqual(P("class").isascii(), true, "'class'.isascii()")
        XCTAssertEqual(P("日本").isalpha(), true, "'日本'.isalpha()")
        XCTAssertEqual(P("日本").isdigit(), false, "'日本'.isdigit()")
        XCTAssertEqual(P("日本").isdecimal(), false, "'日本'.isdecimal()")
        XCTAssertEqual(P("日本").isnumeric(), false, "'日本'.isnumeric()")
        XCTAssertEqual(P("日本").isalnum(), true, "'日本'.isalnum()")
        XCTAssertEqual(P("日本").isspace(), false, "'日本'.isspace()")
        XCTAssertEqual(P("日本").isupper(), false, "'日本'.isupper()")
        XCTAssertEqual(P("日本").islower(), false, "'日本'.islower()")
        XCTAssertEqual(P("日本").istitle(), false, "'日本'.istitle()")
        XCTAssertEqual(P("日本").isidentifier(), true, "'日本'.isidentifier()")
        XCTAssertEqual(P("日本").isprintable(), true, "'日本'.isprintable()")
        XCTAssertEqual(P("日本").isascii(), false, "'日本'.isascii()")
        XCTAssertEqual(P("x y").isalpha(), false, "'x y'.isalpha()")
        XCTAssertEqual(P("x y").isdigit(), false, "'x y'.isdigit()")
        XCTAssertEqual(P("x y").isdecimal(), false, "'x y'.isdecimal()")
        XCTAssertEqual(P("x y").isnumeric(), false, "'x y'.isnumeric()")
        XCTAssertEqual(P("x y").isalnum(), false, "'x y'.isalnum()")
        XCTAssertEqual(P("x y").isspace(), false, "'x y'.isspace()")
        XCTAssertEqual(P("x y").isupper(), false, "'x y'.isupper()")
        XCTAssertEqual(P("x y").islower(), true, "'x y'.islower()")
        XCTAssertEqual(P("x y").istitle(), false, "'x y'.istitle()")
        XCTAssertEqual(P("x y").isidentifier(), false, "'x y'.isidentifier()")
        XCTAssertEqual(P("x y").isprintable(), true, "'x y'.isprintable()")
        XCTAssertEqual(P("x y").isascii(), true, "'x y'.isascii()")
        XCTAssertEqual(P("😀").isalpha(), false, "'😀'.isalpha()")
        XCTAssertEqual(P("😀").isdigit(), false, "'😀'.isdigit()")
        XCTAssertEqual(P("😀").isdecimal(), false, "'😀'.isdecimal()")
        XCTAssertEqual(P("😀").isnumeric(), false, "'😀'.isnumeric()")
        XCTAssertEqual(P("😀").isalnum(), false, "'😀'.isalnum()")
        XCTAssertEqual(P("😀").isspace(), false, "'😀'.isspace()")
        XCTAssertEqual(P("😀").isupper(), false, "'😀'.isupper()")
        XCTAssertEqual(P("😀").islower(), false, "'😀'.islower()")
        XCTAssertEqual(P("😀").istitle(), false, "'😀'.istitle()")
        XCTAssertEqual(P("😀").isidentifier(), false, "'😀'.isidentifier()")
        XCTAssertEqual(P("😀").isprintable(), true, "'😀'.isprintable()")
        XCTAssertEqual(P("😀").isascii(), false, "'😀'.isascii()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isalpha(), false, "'\\x1c\\x1f'.isalpha()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isdigit(), false, "'\\x1c\\x1f'.isdigit()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isdecimal(), false, "'\\x1c\\x1f'.isdecimal()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isnumeric(), false, "'\\x1c\\x1f'.isnumeric()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isalnum(), false, "'\\x1c\\x1f'.isalnum()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isspace(), true, "'\\x1c\\x1f'.isspace()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isupper(), false, "'\\x1c\\x1f'.isupper()")
        XCTAssertEqual(P("\u{1c}\u{1f}").islower(), false, "'\\x1c\\x1f'.islower()")
        XCTAssertEqual(P("\u{1c}\u{1f}").istitle(), false, "'\\x1c\\x1f'.istitle()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isidentifier(), false, "'\\x1c\\x1f'.isidentifier()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isprintable(), false, "'\\x1c\\x1f'.isprintable()")
        XCTAssertEqual(P("\u{1c}\u{1f}").isascii(), true, "'\\x1c\\x1f'.isascii()")
        XCTAssertEqual(P("A1_b").isalpha(), false, "'A1_b'.isalpha()")
        XCTAssertEqual(P("A1_b").isdigit(), false, "'A1_b'.isdigit()")
        XCTAssertEqual(P("A1_b").isdecimal(), false, "'A1_b'.isdecimal()")
        XCTAssertEqual(P("A1_b").isnumeric(), false, "'A1_b'.isnumeric()")
        XCTAssertEqual(P("A1_b").isalnum(), false, "'A1_b'.isalnum()")
        XCTAssertEqual(P("A1_b").isspace(), false, "'A1_b'.isspace()")
        XCTAssertEqual(P("A1_b").isupper(), false, "'A1_b'.isupper()")
        XCTAssertEqual(P("A1_b").islower(), false, "'A1_b'.islower()")
        XCTAssertEqual(P("A1_b").istitle(), false, "'A1_b'.istitle()")
        XCTAssertEqual(P("A1_b").isidentifier(), true, "'A1_b'.isidentifier()")
        XCTAssertEqual(P("A1_b").isprintable(), true, "'A1_b'.isprintable()")
        XCTAssertEqual(P("A1_b").isascii(), true, "'A1_b'.isascii()")
    }

    func testLayout() throws {
        XCTAssertEqual(P("abc").center(8, fill: 0x2A).string, "**abc***", "'abc'.center(8, '*')")
        XCTAssertEqual(P("abc").ljust(8, fill: 0x2A).string, "abc*****", "'abc'.ljust(8, '*')")
        XCTAssertEqual(P("abc").rjust(8, fill: 0x2A).string, "*****abc", "'abc'.rjust(8, '*')")
        XCTAssertEqual(P("abc").center(6, fill: 0x20).string, " abc  ", "'abc'.center(6, ' ')")
        XCTAssertEqual(P("abc").ljust(6, fill: 0x20).string, "abc   ", "'abc'.ljust(6, ' ')")
        XCTAssertEqual(P("abc").rjust(6, fill: 0x20).string, "   abc", "'abc'.rjust(6, ' ')")
        XCTAssertEqual(P("ab").center(5, fill: 0x20).string, "  ab ", "'ab'.center(5, ' ')")
        XCTAssertEqual(P("ab").ljust(5, fill: 0x20).string, "ab   ", "'ab'.ljust(5, ' ')")
        XCTAssertEqual(P("ab").rjust(5, fill: 0x20).string, "   ab", "'ab'.rjust(5, ' ')")
        XCTAssertEqual(P("a").center(4, fill: 0x20).string, " a  ", "'a'.center(4, ' ')")
        XCTAssertEqual(P("a").ljust(4, fill: 0x20).string, "a   ", "'a'.ljust(4, ' ')")
        XCTAssertEqual(P("a").rjust(4, fill: 0x20).string, "   a", "'a'.rjust(4, ' ')")
        XCTAssertEqual(P("日本").center(5, fill: 0xB7).string, "··日本·", "'日本'.center(5, '·')")
        XCTAssertEqual(P("日本").ljust(5, fill: 0xB7).string, "日本···", "'日本'.ljust(5, '·')")
        XCTAssertEqual(P("日本").rjust(5, fill: 0xB7).string, "···日本", "'日本'.rjust(5, '·')")
        XCTAssertEqual(P("abc").center(2, fill: 0x20).string, "abc", "'abc'.center(2, ' ')")
        XCTAssertEqual(P("abc").ljust(2, fill: 0x20).string, "abc", "'abc'.ljust(2, ' ')")
        XCTAssertEqual(P("abc").rjust(2, fill: 0x20).string, "abc", "'abc'.rjust(2, ' ')")
        XCTAssertEqual(P("42").zfill(5).string, "00042", "'42'.zfill(5)")
        XCTAssertEqual(P("-42").zfill(5).string, "-0042", "'-42'.zfill(5)")
        XCTAssertEqual(P("+x").zfill(4).string, "+00x", "'+x'.zfill(4)")
        XCTAssertEqual(P("").zfill(3).string, "000", "''.zfill(3)")
        XCTAssertEqual(P("abc").zfill(2).string, "abc", "'abc'.zfill(2)")
        XCTAssertEqual(P("-").zfill(3).string, "-00", "'-'.zfill(3)")
        XCTAssertEqual(P("é").zfill(3).string, "00é", "'é'.zfill(3)")
        XCTAssertEqual(P("\t").expandtabs(8).string, "        ", "'\\t'.expandtabs(8)")
        XCTAssertEqual(P("a\tbc\td\n\te").expandtabs(4).string, "a   bc  d\n    e", "'a\\tbc\\td\\n\\te'.expandtabs(4)")
        XCTAssertEqual(P("a\tb").expandtabs(0).string, "ab", "'a\\tb'.expandtabs(0)")
        XCTAssertEqual(P("a\r\tb").expandtabs(4).string, "a\r    b", "'a\\r\\tb'.expandtabs(4)")
        XCTAssertEqual(P("日\t本\t").expandtabs(4).string, "日   本   ", "'日\\t本\\t'.expandtabs(4)")
        XCTAssertEqual(P("no tabs").expandtabs(8).string, "no tabs", "'no tabs'.expandtabs(8)")
        XCTAssertEqual(P("12345678\tx").expandtabs(8).string, "12345678        x", "'12345678\\tx'.expandtabs(8)")
        XCTAssertEqual(P("hello world").translate([0x6C: nil, 0x6F: P("OO"), 0x77: P("W")]).string, "heOO WOOrd", "'hello world'.translate({ord('l'): None, ord('o'): 'OO', ord('w'): 'W'})")
        XCTAssertEqual(P("日本語").translate([0x672C: P("x"), 0x61: nil]).string, "日x語", "'日本語'.translate({ord('本'): 'x', ord('a'): None})")
    }

    func testRepr() throws {
        XCTAssertEqual(P("it's").repr().string, "\"it's\"", "repr(\"it's\")")
        XCTAssertEqual(P("it's").ascii().string, "\"it's\"", "ascii(\"it's\")")
        XCTAssertEqual(P("say \"hi\"").repr().string, "'say \"hi\"'", "repr('say \"hi\"')")
        XCTAssertEqual(P("say \"hi\"").ascii().string, "'say \"hi\"'", "ascii('say \"hi\"')")
        XCTAssertEqual(P("both ' and \"").repr().string, "'both \\' and \"'", "repr('both \\' and \"')")
        XCTAssertEqual(P("both ' and \"").ascii().string, "'both \\' and \"'", "ascii('both \\' and \"')")
        XCTAssertEqual(P("tab\there").repr().string, "'tab\\there'", "repr('tab\\there')")
        XCTAssertEqual(P("tab\there").ascii().string, "'tab\\there'", "ascii('tab\\there')")
        XCTAssertEqual(P("new\nline").repr().string, "'new\\nline'", "repr('new\\nline')")
        XCTAssertEqual(P("new\nline").ascii().string, "'new\\nline'", "ascii('new\\nline')")
        XCTAssertEqual(P("back\\slash").repr().string, "'back\\\\slash'", "repr('back\\\\slash')")
        XCTAssertEqual(P("back\\slash").ascii().string, "'back\\\\slash'", "ascii('back\\\\slash')")
        XCTAssertEqual(P("\u{0}\u{7}").repr().string, "'\\x00\\x07'", "repr('\\x00\\x07')")
        XCTAssertEqual(P("\u{0}\u{7}").ascii().string, "'\\x00\\x07'", "ascii('\\x00\\x07')")
        XCTAssertEqual(P("café").repr().string, "'café'", "repr('café')")
        XCTAssertEqual(P("café").ascii().string, "'caf\\xe9'", "ascii('café')")
        XCTAssertEqual(P("\u{200b}").repr().string, "'\\u200b'", "repr('\\u200b')")
        XCTAssertEqual(P("\u{200b}").ascii().string, "'\\u200b'", "ascii('\\u200b')")
        XCTAssertEqual(P("bell\u{7}").repr().string, "'bell\\x07'", "repr('bell\\x07')")
        XCTAssertEqual(P("bell\u{7}").ascii().string, "'bell\\x07'", "ascii('bell\\x07')")
        XCTAssertEqual(P("\u{7f}").repr().string, "'\\x7f'", "repr('\\x7f')")
        XCTAssertEqual(P("\u{7f}").ascii().string, "'\\x7f'", "ascii('\\x7f')")
        XCTAssertEqual(P("emoji 😀").repr().string, "'emoji 😀'", "repr('emoji 😀')")
        XCTAssertEqual(P("emoji 😀").ascii().string, "'emoji \\U0001f600'", "ascii('emoji 😀')")
        XCTAssertEqual(P("\u{ad}\u{a0}\u{e0001}").repr().string, "'\\xad\\xa0\\U000e0001'", "repr('\\xad\\xa0\\U000e0001')")
        XCTAssertEqual(P("\u{ad}\u{a0}\u{e0001}").ascii().string, "'\\xad\\xa0\\U000e0001'", "ascii('\\xad\\xa0\\U000e0001')")
        XCTAssertEqual(P("\u{85}\u{2028}").repr().string, "'\\x85\\u2028'", "repr('\\x85\\u2028')")
        XCTAssertEqual(P("\u{85}\u{2028}").ascii().string, "'\\x85\\u2028'", "ascii('\\x85\\u2028')")
        XCTAssertEqual(P("日本").repr().string, "'日本'", "repr('日本')")
        XCTAssertEqual(P("日本").ascii().string, "'\\u65e5\\u672c'", "ascii('日本')")
        XCTAssertEqual(P("").repr().string, "''", "repr('')")
        XCTAssertEqual(P("").ascii().string, "''", "ascii('')")
        XCTAssertEqual(P("'").repr().string, "\"'\"", "repr(\"'\")")
        XCTAssertEqual(P("'").ascii().string, "\"'\"", "ascii(\"'\")")
        XCTAssertEqual(P("\"").repr().string, "'\"'", "repr('\"')")
        XCTAssertEqual(P("\"").ascii().string, "'\"'", "ascii('\"')")
        XCTAssertEqual(P("\r").repr().string, "'\\r'", "repr('\\r')")
        XCTAssertEqual(P("\r").ascii().string, "'\\r'", "ascii('\\r')")
        XCTAssertEqual(P("\u{1b}[0m").repr().string, "'\\x1b[0m'", "repr('\\x1b[0m')")
        XCTAssertEqual(P("\u{1b}[0m").ascii().string, "'\\x1b[0m'", "ascii('\\x1b[0m')")
        XCTAssertEqual(P("\u{1fae8}").repr().string, "'\\U0001fae8'", "repr('\\U0001fae8')")
        XCTAssertEqual(P("\u{1fae8}").ascii().string, "'\\U0001fae8'", "ascii('\\U0001fae8')")
        XCTAssertEqual(P("\u{feff}").repr().string, "'\\ufeff'", "repr('\\ufeff')")
        XCTAssertEqual(P("\u{feff}").ascii().string, "'\\ufeff'", "ascii('\\ufeff')")
        XCTAssertEqual(bytesRepr([0, 105, 116, 39, 115, 127, 128, 92]), "b\"\\x00it's\\x7f\\x80\\\\\"", "repr(b\"\\x00it's\\x7f\\x80\\\\\")")
        XCTAssertEqual(bytesRepr([39, 34]), "b'\\'\"'", "repr(b'\\'\"')")
        XCTAssertEqual(bytesRepr([]), "b''", "repr(b'')")
        XCTAssertEqual(bytesRepr([97, 98, 99, 10, 9, 13]), "b'abc\\n\\t\\r'", "repr(b'abc\\n\\t\\r')")
        XCTAssertEqual(bytesRepr([0, 17, 34, 51, 68, 85, 102, 119, 136, 153, 170, 187, 204, 221, 238, 255]), "b'\\x00\\x11\"3DUfw\\x88\\x99\\xaa\\xbb\\xcc\\xdd\\xee\\xff'", "repr(b'\\x00\\x11\"3DUfw\\x88\\x99\\xaa\\xbb\\xcc\\xdd\\xee\\xff')")
        XCTAssertEqual(bytesRepr([34]), "b'\"'", "repr(b'\"')")
    }

    func testSlicing() throws {
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 0, stop: 21, step: 1).string, "héllo wörld 😀 日本語 abc", "'héllo wörld 😀 日本語 abc'[::]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 1, stop: 5, step: 1).string, "éllo", "'héllo wörld 😀 日本語 abc'[1:5:]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 18, stop: 21, step: 1).string, "abc", "'héllo wörld 😀 日本語 abc'[-3::]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 20, stop: -1, step: -1).string, "cba 語本日 😀 dlröw olléh", "'héllo wörld 😀 日本語 abc'[::-1]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 0, stop: 21, step: 2).string, "hlowrd😀日語ac", "'héllo wörld 😀 日本語 abc'[::2]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 10, stop: 2, step: -2).string, "drwo", "'héllo wörld 😀 日本語 abc'[10:2:-2]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 20, stop: 11, step: -3).string, "c 日", "'héllo wörld 😀 日本語 abc'[-1:-10:-3]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 3, stop: 21, step: 3).string, "lwl😀本a", "'héllo wörld 😀 日本語 abc'[3:100:3]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 21, stop: 21, step: 1).string, "", "'héllo wörld 😀 日本語 abc'[100::]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 5, stop: 5, step: 1).string, "", "'héllo wörld 😀 日本語 abc'[5:5:]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").slice(start: 0, stop: 1, step: 1).string, "h", "'héllo wörld 😀 日本語 abc'[0:1:]")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").scalar(at: 0).string, "h", "'héllo wörld 😀 日本語 abc'[0]")
        XCTAssertEqual(Int(P("héllo wörld 😀 日本語 abc").codePoint(at: 0)), 104, "ord('héllo wörld 😀 日本語 abc'[0])")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").scalar(at: 1).string, "é", "'héllo wörld 😀 日本語 abc'[1]")
        XCTAssertEqual(Int(P("héllo wörld 😀 日本語 abc").codePoint(at: 1)), 233, "ord('héllo wörld 😀 日本語 abc'[1])")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").scalar(at: 12).string, "😀", "'héllo wörld 😀 日本語 abc'[12]")
        XCTAssertEqual(Int(P("héllo wörld 😀 日本語 abc").codePoint(at: 12)), 128512, "ord('héllo wörld 😀 日本語 abc'[12])")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").scalar(at: 13).string, " ", "'héllo wörld 😀 日本語 abc'[13]")
        XCTAssertEqual(Int(P("héllo wörld 😀 日本語 abc").codePoint(at: 13)), 32, "ord('héllo wörld 😀 日本語 abc'[13])")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").scalar(at: 20).string, "c", "'héllo wörld 😀 日本語 abc'[20]")
        XCTAssertEqual(Int(P("héllo wörld 😀 日本語 abc").codePoint(at: 20)), 99, "ord('héllo wörld 😀 日本語 abc'[20])")
        XCTAssertEqual(P("héllo wörld 😀 日本語 abc").count, 21, "len('héllo wörld 😀 日本語 abc')")
        XCTAssertEqual(P("日本").count, 2, "len('日本')")
        XCTAssertEqual(try P("ab").repeated(3).string, "ababab", "'ab' * 3")
        XCTAssertEqual(try P("é").repeated(0).string, "", "'é' * 0")
        XCTAssertEqual(try P("é😀").repeated(2).string, "é😀é😀", "'é😀' * 2")
        XCTAssertEqual((P("a") + P("é")).string, "aé", "'a' + 'é'")
        XCTAssertEqual(P("abc") < P("abd"), true, "'abc' < 'abd'")
        XCTAssertEqual(P("z") < P("é"), true, "'z' < 'é'")
        XCTAssertEqual(P("é") < P("😀"), true, "'é' < '😀'")
        XCTAssertEqual(P("ab") < P("abc"), true, "'ab' < 'abc'")
        XCTAssertEqual(P("\u{ffff}") < P("😀"), true, "'\u{ffff}' < '😀'")
    }

    func testEncodeDecode() throws {
        XCTAssertEqual(try P("héllo").encode(), [104, 195, 169, 108, 108, 111], "list('héllo'.encode())")
        assertThrows(try PyCodec.encode(P("é"), encoding: "ascii"), "UnicodeEncodeError", "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)")
        assertThrows(try PyCodec.encode(P("éé"), encoding: "ascii"), "UnicodeEncodeError", "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)")
        assertThrows(try PyCodec.encode(P("a€b"), encoding: "latin-1"), "UnicodeEncodeError", "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)")
        XCTAssertEqual(try PyCodec.encode(P("aéb"), encoding: "ascii", errors: "ignore"), [97, 98], "list('aéb'.encode('ascii', 'ignore'))")
        XCTAssertEqual(try PyCodec.encode(P("aéb"), encoding: "ascii", errors: "replace"), [97, 63, 98], "list('aéb'.encode('ascii', 'replace'))")
        XCTAssertEqual(try PyCodec.encode(P("aéb"), encoding: "ascii", errors: "backslashreplace"), [97, 92, 120, 101, 57, 98], "list('aéb'.encode('ascii', 'backslashreplace'))")
        XCTAssertEqual(try PyCodec.encode(P("aéb"), encoding: "latin1"), [97, 233, 98], "list('aéb'.encode('latin1'))")
        assertThrows(try PyCodec.encode(P("x"), encoding: "nope"), "LookupError", "unknown encoding: nope")
        XCTAssertEqual(try PyCodec.decode([0xC3, 0xA9, 0x74, 0xC3, 0xA9]).string, "été", "b'\\xc3\\xa9t\\xc3\\xa9'.decode()")
        assertThrows(try PyCodec.decode([0xFF]).string, "UnicodeDecodeError", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
        assertThrows(try PyCodec.decode([0x61, 0xE2, 0x82]).string, "UnicodeDecodeError", "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data")
        assertThrows(try PyCodec.decode([0xE2, 0x28, 0xA1]).string, "UnicodeDecodeError", "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte")
        XCTAssertEqual(try PyCodec.decode([0x61, 0xFF, 0x62, 0xE2, 0x82], errors: "replace").string, "a�b�", "b'a\\xffb\\xe2\\x82'.decode('utf-8', 'replace')")
        XCTAssertEqual(try PyCodec.decode([0xED, 0xA0, 0x80], errors: "replace").string, "���", "b'\\xed\\xa0\\x80'.decode('utf-8', 'replace')")
        assertThrows(try PyCodec.decode([0x61, 0xE9], encoding: "ascii").string, "UnicodeDecodeError", "'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)")
        XCTAssertEqual(try PyCodec.decode([0x61, 0xE9], encoding: "latin-1").string, "aé", "b'a\\xe9'.decode('latin-1')")
    }

    func testFloatRepr() throws {
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3FB999999999999A)), "0.1")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3FD3333333333334)), "0.30000000000000004")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x4341C37937E08000)), "1e+16")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3EE4F8B588E368F1)), "1e-05")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3FF0000000000000)), "1.0")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x4059000000000000)), "100.0")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3FD5555555555555)), "0.3333333333333333")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3FE5555555555555)), "0.6666666666666666")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x4480F0CF064DD592)), "1e+22")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x430C6BF526340000)), "1000000000000000.0")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x419D6F34547DF3B6)), "123456789.123")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x419D6F34547E6B75)), "123456789.12345679")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3E7AD7F29ABCAF48)), "1e-07")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x0000000000000001)), "5e-324")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x7FEFFFFFFFFFFFFF)), "1.7976931348623157e+308")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x8000000000000000)), "-0.0")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3F647AE147AE147B)), "0.0025")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x421BF08EB0000000)), "30000000000.0")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3F1A36E2EB1C432D)), "0.0001")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x4341C37937E07FFF)), "9999999999999998.0")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x4341C37937E08001)), "1.0000000000000002e+16")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x4340000000000000)), "9007199254740992.0")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x43E0000000000000)), "9.223372036854776e+18")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x7E41EB2D66005835)), "1.5e+300")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x81B01297D23AB683)), "-1.5e-300")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3FD3333333333334)), "0.30000000000000004")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3F1A36E2EB1C432D)), "0.0001")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x3F1A36371EA531A8)), "9.999e-05")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x43E56A95319D63E1)), "1.2345678901234567e+19")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x4011666666666666)), "4.35")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x4005666666666666)), "2.675")
        XCTAssertEqual(pythonFloatRepr(Double(bitPattern: 0x54B249AD2594C37D)), "1e+100")
        XCTAssertEqual(pythonFloatRepr(Double.infinity), "inf")
        XCTAssertEqual(pythonFloatRepr(-Double.infinity), "-inf")
        XCTAssertEqual(pythonFloatRepr(Double.nan), "nan")
    }

    func testFormatSpecs() throws {
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ""), "3.14159265", "format(3.14159265, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ".2f"), "3.14", "format(3.14159265, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "10.3f"), "     3.142", "format(3.14159265, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "<10.1f"), "3.1       ", "format(3.14159265, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "^10.2f"), "   3.14   ", "format(3.14159265, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "+.1f"), "+3.1", "format(3.14159265, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ".0f"), "3", "format(3.14159265, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ","), "3.14159265", "format(3.14159265, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "_"), "3.14159265", "format(3.14159265, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ">12,.1f"), "         3.1", "format(3.14159265, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "010.3e"), "03.142e+00", "format(3.14159265, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "8g"), " 3.14159", "format(3.14159265, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "+09.2f"), "+00003.14", "format(3.14159265, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ".2e"), "3.14e+00", "format(3.14159265, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "e"), "3.141593e+00", "format(3.14159265, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "g"), "3.14159", "format(3.14159265, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "%"), "314.159265%", "format(3.14159265, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ".1%"), "314.2%", "format(3.14159265, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ".17f"), "3.14159265000000021", "format(3.14159265, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ".3"), "3.14", "format(3.14159265, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "#"), "3.14159265", "format(3.14159265, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "#.0"), "3.e+00", "format(3.14159265, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "z.1f"), "3.1", "format(3.14159265, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: " .2f"), " 3.14", "format(3.14159265, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "=+10.2f"), "+     3.14", "format(3.14159265, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "*^12.3g"), "****3.14****", "format(3.14159265, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "012,.2f"), "0,000,003.14", "format(3.14159265, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "G"), "3.14159", "format(3.14159265, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "E"), "3.141593E+00", "format(3.14159265, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "n"), "3.14159", "format(3.14159265, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ".0e"), "3e+00", "format(3.14159265, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "#g"), "3.14159", "format(3.14159265, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: ".10g"), "3.14159265", "format(3.14159265, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x400921FB53C8D4F1), spec: "015_.3f"), "000_000_003.142", "format(3.14159265, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ""), "1234567.891", "format(1234567.891, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ".2f"), "1234567.89", "format(1234567.891, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "10.3f"), "1234567.891", "format(1234567.891, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "<10.1f"), "1234567.9 ", "format(1234567.891, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "^10.2f"), "1234567.89", "format(1234567.891, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "+.1f"), "+1234567.9", "format(1234567.891, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ".0f"), "1234568", "format(1234567.891, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ","), "1,234,567.891", "format(1234567.891, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "_"), "1_234_567.891", "format(1234567.891, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ">12,.1f"), " 1,234,567.9", "format(1234567.891, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "010.3e"), "01.235e+06", "format(1234567.891, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "8g"), "1.23457e+06", "format(1234567.891, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "+09.2f"), "+1234567.89", "format(1234567.891, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ".2e"), "1.23e+06", "format(1234567.891, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "e"), "1.234568e+06", "format(1234567.891, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "g"), "1.23457e+06", "format(1234567.891, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "%"), "123456789.100000%", "format(1234567.891, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ".1%"), "123456789.1%", "format(1234567.891, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ".17f"), "1234567.89100000006146729", "format(1234567.891, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ".3"), "1.23e+06", "format(1234567.891, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "#"), "1234567.891", "format(1234567.891, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "#.0"), "1.e+06", "format(1234567.891, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "z.1f"), "1234567.9", "format(1234567.891, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: " .2f"), " 1234567.89", "format(1234567.891, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "=+10.2f"), "+1234567.89", "format(1234567.891, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "*^12.3g"), "**1.23e+06**", "format(1234567.891, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "012,.2f"), "1,234,567.89", "format(1234567.891, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "G"), "1.23457E+06", "format(1234567.891, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "E"), "1.234568E+06", "format(1234567.891, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "n"), "1.23457e+06", "format(1234567.891, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ".0e"), "1e+06", "format(1234567.891, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "#g"), "1.23457e+06", "format(1234567.891, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: ".10g"), "1234567.891", "format(1234567.891, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4132D687E4189375), spec: "015_.3f"), "001_234_567.891", "format(1234567.891, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ""), "-7.0", "format(-7.0, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ".2f"), "-7.00", "format(-7.0, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "10.3f"), "    -7.000", "format(-7.0, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "<10.1f"), "-7.0      ", "format(-7.0, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "^10.2f"), "  -7.00   ", "format(-7.0, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "+.1f"), "-7.0", "format(-7.0, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ".0f"), "-7", "format(-7.0, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ","), "-7.0", "format(-7.0, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "_"), "-7.0", "format(-7.0, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ">12,.1f"), "        -7.0", "format(-7.0, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "010.3e"), "-7.000e+00", "format(-7.0, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "8g"), "      -7", "format(-7.0, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "+09.2f"), "-00007.00", "format(-7.0, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ".2e"), "-7.00e+00", "format(-7.0, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "e"), "-7.000000e+00", "format(-7.0, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "g"), "-7", "format(-7.0, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "%"), "-700.000000%", "format(-7.0, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ".1%"), "-700.0%", "format(-7.0, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ".17f"), "-7.00000000000000000", "format(-7.0, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ".3"), "-7.0", "format(-7.0, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "#"), "-7.0", "format(-7.0, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "#.0"), "-7.e+00", "format(-7.0, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "z.1f"), "-7.0", "format(-7.0, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: " .2f"), "-7.00", "format(-7.0, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "=+10.2f"), "-     7.00", "format(-7.0, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "*^12.3g"), "*****-7*****", "format(-7.0, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "012,.2f"), "-0,000,007.00", "format(-7.0, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "G"), "-7", "format(-7.0, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "E"), "-7.000000E+00", "format(-7.0, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "n"), "-7", "format(-7.0, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ".0e"), "-7e+00", "format(-7.0, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "#g"), "-7.00000", "format(-7.0, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: ".10g"), "-7", "format(-7.0, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0xC01C000000000000), spec: "015_.3f"), "-00_000_007.000", "format(-7.0, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ""), "0.000123", "format(0.000123, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ".2f"), "0.00", "format(0.000123, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "10.3f"), "     0.000", "format(0.000123, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "<10.1f"), "0.0       ", "format(0.000123, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "^10.2f"), "   0.00   ", "format(0.000123, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "+.1f"), "+0.0", "format(0.000123, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ".0f"), "0", "format(0.000123, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ","), "0.000123", "format(0.000123, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "_"), "0.000123", "format(0.000123, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ">12,.1f"), "         0.0", "format(0.000123, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "010.3e"), "01.230e-04", "format(0.000123, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "8g"), "0.000123", "format(0.000123, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "+09.2f"), "+00000.00", "format(0.000123, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ".2e"), "1.23e-04", "format(0.000123, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "e"), "1.230000e-04", "format(0.000123, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "g"), "0.000123", "format(0.000123, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "%"), "0.012300%", "format(0.000123, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ".1%"), "0.0%", "format(0.000123, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ".17f"), "0.00012300000000000", "format(0.000123, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ".3"), "0.000123", "format(0.000123, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "#"), "0.000123", "format(0.000123, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "#.0"), "0.0001", "format(0.000123, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "z.1f"), "0.0", "format(0.000123, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: " .2f"), " 0.00", "format(0.000123, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "=+10.2f"), "+     0.00", "format(0.000123, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "*^12.3g"), "**0.000123**", "format(0.000123, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "012,.2f"), "0,000,000.00", "format(0.000123, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "G"), "0.000123", "format(0.000123, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "E"), "1.230000E-04", "format(0.000123, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "n"), "0.000123", "format(0.000123, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ".0e"), "1e-04", "format(0.000123, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "#g"), "0.000123000", "format(0.000123, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: ".10g"), "0.000123", "format(0.000123, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3F201F31F46ED246), spec: "015_.3f"), "000_000_000.000", "format(0.000123, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ""), "123456.789", "format(123456.789, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ".2f"), "123456.79", "format(123456.789, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "10.3f"), "123456.789", "format(123456.789, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "<10.1f"), "123456.8  ", "format(123456.789, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "^10.2f"), "123456.79 ", "format(123456.789, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "+.1f"), "+123456.8", "format(123456.789, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ".0f"), "123457", "format(123456.789, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ","), "123,456.789", "format(123456.789, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "_"), "123_456.789", "format(123456.789, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ">12,.1f"), "   123,456.8", "format(123456.789, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "010.3e"), "01.235e+05", "format(123456.789, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "8g"), "  123457", "format(123456.789, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "+09.2f"), "+123456.79", "format(123456.789, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ".2e"), "1.23e+05", "format(123456.789, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "e"), "1.234568e+05", "format(123456.789, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "g"), "123457", "format(123456.789, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "%"), "12345678.900000%", "format(123456.789, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ".1%"), "12345678.9%", "format(123456.789, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ".17f"), "123456.78900000000430737", "format(123456.789, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ".3"), "1.23e+05", "format(123456.789, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "#"), "123456.789", "format(123456.789, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "#.0"), "1.e+05", "format(123456.789, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "z.1f"), "123456.8", "format(123456.789, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: " .2f"), " 123456.79", "format(123456.789, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "=+10.2f"), "+123456.79", "format(123456.789, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "*^12.3g"), "**1.23e+05**", "format(123456.789, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "012,.2f"), "0,123,456.79", "format(123456.789, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "G"), "123457", "format(123456.789, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "E"), "1.234568E+05", "format(123456.789, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "n"), "123457", "format(123456.789, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ".0e"), "1e+05", "format(123456.789, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "#g"), "123457.", "format(123456.789, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: ".10g"), "123456.789", "format(123456.789, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40FE240C9FBE76C9), spec: "015_.3f"), "000_123_456.789", "format(123456.789, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ""), "1e+16", "format(1e+16, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ".2f"), "10000000000000000.00", "format(1e+16, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "10.3f"), "10000000000000000.000", "format(1e+16, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "<10.1f"), "10000000000000000.0", "format(1e+16, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "^10.2f"), "10000000000000000.00", "format(1e+16, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "+.1f"), "+10000000000000000.0", "format(1e+16, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ".0f"), "10000000000000000", "format(1e+16, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ","), "1e+16", "format(1e+16, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "_"), "1e+16", "format(1e+16, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ">12,.1f"), "10,000,000,000,000,000.0", "format(1e+16, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "010.3e"), "01.000e+16", "format(1e+16, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "8g"), "   1e+16", "format(1e+16, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "+09.2f"), "+10000000000000000.00", "format(1e+16, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ".2e"), "1.00e+16", "format(1e+16, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "e"), "1.000000e+16", "format(1e+16, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "g"), "1e+16", "format(1e+16, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "%"), "1000000000000000000.000000%", "format(1e+16, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ".1%"), "1000000000000000000.0%", "format(1e+16, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ".17f"), "10000000000000000.00000000000000000", "format(1e+16, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ".3"), "1e+16", "format(1e+16, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "#"), "1.e+16", "format(1e+16, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "#.0"), "1.e+16", "format(1e+16, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "z.1f"), "10000000000000000.0", "format(1e+16, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: " .2f"), " 10000000000000000.00", "format(1e+16, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "=+10.2f"), "+10000000000000000.00", "format(1e+16, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "*^12.3g"), "***1e+16****", "format(1e+16, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "012,.2f"), "10,000,000,000,000,000.00", "format(1e+16, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "G"), "1E+16", "format(1e+16, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "E"), "1.000000E+16", "format(1e+16, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "n"), "1e+16", "format(1e+16, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ".0e"), "1e+16", "format(1e+16, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "#g"), "1.00000e+16", "format(1e+16, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: ".10g"), "1e+16", "format(1e+16, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4341C37937E08000), spec: "015_.3f"), "10_000_000_000_000_000.000", "format(1e+16, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ""), "0.5", "format(0.5, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ".2f"), "0.50", "format(0.5, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "10.3f"), "     0.500", "format(0.5, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "<10.1f"), "0.5       ", "format(0.5, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "^10.2f"), "   0.50   ", "format(0.5, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "+.1f"), "+0.5", "format(0.5, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ".0f"), "0", "format(0.5, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ","), "0.5", "format(0.5, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "_"), "0.5", "format(0.5, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ">12,.1f"), "         0.5", "format(0.5, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "010.3e"), "05.000e-01", "format(0.5, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "8g"), "     0.5", "format(0.5, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "+09.2f"), "+00000.50", "format(0.5, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ".2e"), "5.00e-01", "format(0.5, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "e"), "5.000000e-01", "format(0.5, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "g"), "0.5", "format(0.5, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "%"), "50.000000%", "format(0.5, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ".1%"), "50.0%", "format(0.5, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ".17f"), "0.50000000000000000", "format(0.5, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ".3"), "0.5", "format(0.5, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "#"), "0.5", "format(0.5, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "#.0"), "0.5", "format(0.5, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "z.1f"), "0.5", "format(0.5, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: " .2f"), " 0.50", "format(0.5, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "=+10.2f"), "+     0.50", "format(0.5, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "*^12.3g"), "****0.5*****", "format(0.5, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "012,.2f"), "0,000,000.50", "format(0.5, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "G"), "0.5", "format(0.5, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "E"), "5.000000E-01", "format(0.5, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "n"), "0.5", "format(0.5, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ".0e"), "5e-01", "format(0.5, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "#g"), "0.500000", "format(0.5, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: ".10g"), "0.5", "format(0.5, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FE0000000000000), spec: "015_.3f"), "000_000_000.500", "format(0.5, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ""), "0.125", "format(0.125, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ".2f"), "0.12", "format(0.125, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "10.3f"), "     0.125", "format(0.125, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "<10.1f"), "0.1       ", "format(0.125, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "^10.2f"), "   0.12   ", "format(0.125, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "+.1f"), "+0.1", "format(0.125, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ".0f"), "0", "format(0.125, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ","), "0.125", "format(0.125, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "_"), "0.125", "format(0.125, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ">12,.1f"), "         0.1", "format(0.125, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "010.3e"), "01.250e-01", "format(0.125, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "8g"), "   0.125", "format(0.125, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "+09.2f"), "+00000.12", "format(0.125, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ".2e"), "1.25e-01", "format(0.125, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "e"), "1.250000e-01", "format(0.125, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "g"), "0.125", "format(0.125, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "%"), "12.500000%", "format(0.125, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ".1%"), "12.5%", "format(0.125, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ".17f"), "0.12500000000000000", "format(0.125, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ".3"), "0.125", "format(0.125, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "#"), "0.125", "format(0.125, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "#.0"), "0.1", "format(0.125, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "z.1f"), "0.1", "format(0.125, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: " .2f"), " 0.12", "format(0.125, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "=+10.2f"), "+     0.12", "format(0.125, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "*^12.3g"), "***0.125****", "format(0.125, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "012,.2f"), "0,000,000.12", "format(0.125, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "G"), "0.125", "format(0.125, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "E"), "1.250000E-01", "format(0.125, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "n"), "0.125", "format(0.125, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ".0e"), "1e-01", "format(0.125, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "#g"), "0.125000", "format(0.125, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: ".10g"), "0.125", "format(0.125, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FC0000000000000), spec: "015_.3f"), "000_000_000.125", "format(0.125, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ""), "1234.5", "format(1234.5, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ".2f"), "1234.50", "format(1234.5, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "10.3f"), "  1234.500", "format(1234.5, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "<10.1f"), "1234.5    ", "format(1234.5, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "^10.2f"), " 1234.50  ", "format(1234.5, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "+.1f"), "+1234.5", "format(1234.5, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ".0f"), "1234", "format(1234.5, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ","), "1,234.5", "format(1234.5, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "_"), "1_234.5", "format(1234.5, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ">12,.1f"), "     1,234.5", "format(1234.5, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "010.3e"), "01.234e+03", "format(1234.5, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "8g"), "  1234.5", "format(1234.5, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "+09.2f"), "+01234.50", "format(1234.5, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ".2e"), "1.23e+03", "format(1234.5, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "e"), "1.234500e+03", "format(1234.5, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "g"), "1234.5", "format(1234.5, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "%"), "123450.000000%", "format(1234.5, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ".1%"), "123450.0%", "format(1234.5, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ".17f"), "1234.50000000000000000", "format(1234.5, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ".3"), "1.23e+03", "format(1234.5, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "#"), "1234.5", "format(1234.5, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "#.0"), "1.e+03", "format(1234.5, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "z.1f"), "1234.5", "format(1234.5, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: " .2f"), " 1234.50", "format(1234.5, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "=+10.2f"), "+  1234.50", "format(1234.5, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "*^12.3g"), "**1.23e+03**", "format(1234.5, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "012,.2f"), "0,001,234.50", "format(1234.5, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "G"), "1234.5", "format(1234.5, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "E"), "1.234500E+03", "format(1234.5, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "n"), "1234.5", "format(1234.5, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ".0e"), "1e+03", "format(1234.5, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "#g"), "1234.50", "format(1234.5, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: ".10g"), "1234.5", "format(1234.5, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x40934A0000000000), spec: "015_.3f"), "000_001_234.500", "format(1234.5, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ""), "1.234e-05", "format(1.234e-05, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ".2f"), "0.00", "format(1.234e-05, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "10.3f"), "     0.000", "format(1.234e-05, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "<10.1f"), "0.0       ", "format(1.234e-05, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "^10.2f"), "   0.00   ", "format(1.234e-05, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "+.1f"), "+0.0", "format(1.234e-05, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ".0f"), "0", "format(1.234e-05, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ","), "1.234e-05", "format(1.234e-05, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "_"), "1.234e-05", "format(1.234e-05, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ">12,.1f"), "         0.0", "format(1.234e-05, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "010.3e"), "01.234e-05", "format(1.234e-05, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "8g"), "1.234e-05", "format(1.234e-05, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "+09.2f"), "+00000.00", "format(1.234e-05, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ".2e"), "1.23e-05", "format(1.234e-05, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "e"), "1.234000e-05", "format(1.234e-05, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "g"), "1.234e-05", "format(1.234e-05, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "%"), "0.001234%", "format(1.234e-05, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ".1%"), "0.0%", "format(1.234e-05, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ".17f"), "0.00001234000000000", "format(1.234e-05, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ".3"), "1.23e-05", "format(1.234e-05, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "#"), "1.234e-05", "format(1.234e-05, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "#.0"), "1.e-05", "format(1.234e-05, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "z.1f"), "0.0", "format(1.234e-05, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: " .2f"), " 0.00", "format(1.234e-05, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "=+10.2f"), "+     0.00", "format(1.234e-05, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "*^12.3g"), "**1.23e-05**", "format(1.234e-05, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "012,.2f"), "0,000,000.00", "format(1.234e-05, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "G"), "1.234E-05", "format(1.234e-05, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "E"), "1.234000E-05", "format(1.234e-05, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "n"), "1.234e-05", "format(1.234e-05, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ".0e"), "1e-05", "format(1.234e-05, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "#g"), "1.23400e-05", "format(1.234e-05, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: ".10g"), "1.234e-05", "format(1.234e-05, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3EE9E0FCAF9380FC), spec: "015_.3f"), "000_000_000.000", "format(1.234e-05, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ""), "2.5", "format(2.5, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ".2f"), "2.50", "format(2.5, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "10.3f"), "     2.500", "format(2.5, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "<10.1f"), "2.5       ", "format(2.5, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "^10.2f"), "   2.50   ", "format(2.5, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "+.1f"), "+2.5", "format(2.5, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ".0f"), "2", "format(2.5, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ","), "2.5", "format(2.5, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "_"), "2.5", "format(2.5, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ">12,.1f"), "         2.5", "format(2.5, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "010.3e"), "02.500e+00", "format(2.5, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "8g"), "     2.5", "format(2.5, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "+09.2f"), "+00002.50", "format(2.5, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ".2e"), "2.50e+00", "format(2.5, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "e"), "2.500000e+00", "format(2.5, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "g"), "2.5", "format(2.5, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "%"), "250.000000%", "format(2.5, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ".1%"), "250.0%", "format(2.5, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ".17f"), "2.50000000000000000", "format(2.5, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ".3"), "2.5", "format(2.5, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "#"), "2.5", "format(2.5, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "#.0"), "2.e+00", "format(2.5, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "z.1f"), "2.5", "format(2.5, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: " .2f"), " 2.50", "format(2.5, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "=+10.2f"), "+     2.50", "format(2.5, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "*^12.3g"), "****2.5*****", "format(2.5, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "012,.2f"), "0,000,002.50", "format(2.5, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "G"), "2.5", "format(2.5, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "E"), "2.500000E+00", "format(2.5, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "n"), "2.5", "format(2.5, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ".0e"), "2e+00", "format(2.5, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "#g"), "2.50000", "format(2.5, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: ".10g"), "2.5", "format(2.5, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4004000000000000), spec: "015_.3f"), "000_000_002.500", "format(2.5, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ""), "-0.0", "format(-0.0, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ".2f"), "-0.00", "format(-0.0, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "10.3f"), "    -0.000", "format(-0.0, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "<10.1f"), "-0.0      ", "format(-0.0, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "^10.2f"), "  -0.00   ", "format(-0.0, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "+.1f"), "-0.0", "format(-0.0, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ".0f"), "-0", "format(-0.0, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ","), "-0.0", "format(-0.0, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "_"), "-0.0", "format(-0.0, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ">12,.1f"), "        -0.0", "format(-0.0, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "010.3e"), "-0.000e+00", "format(-0.0, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "8g"), "      -0", "format(-0.0, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "+09.2f"), "-00000.00", "format(-0.0, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ".2e"), "-0.00e+00", "format(-0.0, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "e"), "-0.000000e+00", "format(-0.0, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "g"), "-0", "format(-0.0, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "%"), "-0.000000%", "format(-0.0, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ".1%"), "-0.0%", "format(-0.0, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ".17f"), "-0.00000000000000000", "format(-0.0, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ".3"), "-0.0", "format(-0.0, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "#"), "-0.0", "format(-0.0, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "#.0"), "-0.e+00", "format(-0.0, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "z.1f"), "0.0", "format(-0.0, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: " .2f"), "-0.00", "format(-0.0, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "=+10.2f"), "-     0.00", "format(-0.0, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "*^12.3g"), "*****-0*****", "format(-0.0, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "012,.2f"), "-0,000,000.00", "format(-0.0, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "G"), "-0", "format(-0.0, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "E"), "-0.000000E+00", "format(-0.0, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "n"), "-0", "format(-0.0, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ".0e"), "-0e+00", "format(-0.0, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "#g"), "-0.00000", "format(-0.0, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: ".10g"), "-0", "format(-0.0, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x8000000000000000), spec: "015_.3f"), "-00_000_000.000", "format(-0.0, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ""), "1e-20", "format(1e-20, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ".2f"), "0.00", "format(1e-20, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "10.3f"), "     0.000", "format(1e-20, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "<10.1f"), "0.0       ", "format(1e-20, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "^10.2f"), "   0.00   ", "format(1e-20, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "+.1f"), "+0.0", "format(1e-20, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ".0f"), "0", "format(1e-20, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ","), "1e-20", "format(1e-20, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "_"), "1e-20", "format(1e-20, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ">12,.1f"), "         0.0", "format(1e-20, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "010.3e"), "01.000e-20", "format(1e-20, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "8g"), "   1e-20", "format(1e-20, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "+09.2f"), "+00000.00", "format(1e-20, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ".2e"), "1.00e-20", "format(1e-20, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "e"), "1.000000e-20", "format(1e-20, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "g"), "1e-20", "format(1e-20, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "%"), "0.000000%", "format(1e-20, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ".1%"), "0.0%", "format(1e-20, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ".17f"), "0.00000000000000000", "format(1e-20, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ".3"), "1e-20", "format(1e-20, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "#"), "1.e-20", "format(1e-20, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "#.0"), "1.e-20", "format(1e-20, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "z.1f"), "0.0", "format(1e-20, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: " .2f"), " 0.00", "format(1e-20, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "=+10.2f"), "+     0.00", "format(1e-20, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "*^12.3g"), "***1e-20****", "format(1e-20, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "012,.2f"), "0,000,000.00", "format(1e-20, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "G"), "1E-20", "format(1e-20, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "E"), "1.000000E-20", "format(1e-20, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "n"), "1e-20", "format(1e-20, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ".0e"), "1e-20", "format(1e-20, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "#g"), "1.00000e-20", "format(1e-20, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: ".10g"), "1e-20", "format(1e-20, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3BC79CA10C924223), spec: "015_.3f"), "000_000_000.000", "format(1e-20, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ""), "2.675", "format(2.675, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ".2f"), "2.67", "format(2.675, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "10.3f"), "     2.675", "format(2.675, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "<10.1f"), "2.7       ", "format(2.675, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "^10.2f"), "   2.67   ", "format(2.675, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "+.1f"), "+2.7", "format(2.675, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ".0f"), "3", "format(2.675, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ","), "2.675", "format(2.675, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "_"), "2.675", "format(2.675, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ">12,.1f"), "         2.7", "format(2.675, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "010.3e"), "02.675e+00", "format(2.675, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "8g"), "   2.675", "format(2.675, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "+09.2f"), "+00002.67", "format(2.675, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ".2e"), "2.67e+00", "format(2.675, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "e"), "2.675000e+00", "format(2.675, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "g"), "2.675", "format(2.675, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "%"), "267.500000%", "format(2.675, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ".1%"), "267.5%", "format(2.675, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ".17f"), "2.67499999999999982", "format(2.675, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ".3"), "2.67", "format(2.675, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "#"), "2.675", "format(2.675, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "#.0"), "3.e+00", "format(2.675, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "z.1f"), "2.7", "format(2.675, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: " .2f"), " 2.67", "format(2.675, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "=+10.2f"), "+     2.67", "format(2.675, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "*^12.3g"), "****2.67****", "format(2.675, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "012,.2f"), "0,000,002.67", "format(2.675, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "G"), "2.675", "format(2.675, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "E"), "2.675000E+00", "format(2.675, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "n"), "2.675", "format(2.675, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ".0e"), "3e+00", "format(2.675, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "#g"), "2.67500", "format(2.675, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: ".10g"), "2.675", "format(2.675, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4005666666666666), spec: "015_.3f"), "000_000_002.675", "format(2.675, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ""), "0.30000000000000004", "format(0.30000000000000004, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ".2f"), "0.30", "format(0.30000000000000004, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "10.3f"), "     0.300", "format(0.30000000000000004, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "<10.1f"), "0.3       ", "format(0.30000000000000004, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "^10.2f"), "   0.30   ", "format(0.30000000000000004, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "+.1f"), "+0.3", "format(0.30000000000000004, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ".0f"), "0", "format(0.30000000000000004, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ","), "0.30000000000000004", "format(0.30000000000000004, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "_"), "0.30000000000000004", "format(0.30000000000000004, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ">12,.1f"), "         0.3", "format(0.30000000000000004, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "010.3e"), "03.000e-01", "format(0.30000000000000004, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "8g"), "     0.3", "format(0.30000000000000004, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "+09.2f"), "+00000.30", "format(0.30000000000000004, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ".2e"), "3.00e-01", "format(0.30000000000000004, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "e"), "3.000000e-01", "format(0.30000000000000004, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "g"), "0.3", "format(0.30000000000000004, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "%"), "30.000000%", "format(0.30000000000000004, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ".1%"), "30.0%", "format(0.30000000000000004, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ".17f"), "0.30000000000000004", "format(0.30000000000000004, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ".3"), "0.3", "format(0.30000000000000004, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "#"), "0.30000000000000004", "format(0.30000000000000004, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "#.0"), "0.3", "format(0.30000000000000004, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "z.1f"), "0.3", "format(0.30000000000000004, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: " .2f"), " 0.30", "format(0.30000000000000004, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "=+10.2f"), "+     0.30", "format(0.30000000000000004, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "*^12.3g"), "****0.3*****", "format(0.30000000000000004, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "012,.2f"), "0,000,000.30", "format(0.30000000000000004, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "G"), "0.3", "format(0.30000000000000004, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "E"), "3.000000E-01", "format(0.30000000000000004, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "n"), "0.3", "format(0.30000000000000004, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ".0e"), "3e-01", "format(0.30000000000000004, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "#g"), "0.300000", "format(0.30000000000000004, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: ".10g"), "0.3", "format(0.30000000000000004, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x3FD3333333333334), spec: "015_.3f"), "000_000_000.300", "format(0.30000000000000004, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ""), "inf", "format(inf, '')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ".2f"), "inf", "format(inf, '.2f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "10.3f"), "       inf", "format(inf, '10.3f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "<10.1f"), "inf       ", "format(inf, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "^10.2f"), "   inf    ", "format(inf, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "+.1f"), "+inf", "format(inf, '+.1f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ".0f"), "inf", "format(inf, '.0f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ","), "inf", "format(inf, ',')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "_"), "inf", "format(inf, '_')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ">12,.1f"), "         inf", "format(inf, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "010.3e"), "0000000inf", "format(inf, '010.3e')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "8g"), "     inf", "format(inf, '8g')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "+09.2f"), "+00000inf", "format(inf, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ".2e"), "inf", "format(inf, '.2e')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "e"), "inf", "format(inf, 'e')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "g"), "inf", "format(inf, 'g')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "%"), "inf%", "format(inf, '%')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ".1%"), "inf%", "format(inf, '.1%')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ".17f"), "inf", "format(inf, '.17f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ".3"), "inf", "format(inf, '.3')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "#"), "inf", "format(inf, '#')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "#.0"), "inf", "format(inf, '#.0')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "z.1f"), "inf", "format(inf, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: " .2f"), " inf", "format(inf, ' .2f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "=+10.2f"), "+      inf", "format(inf, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "*^12.3g"), "****inf*****", "format(inf, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "012,.2f"), "000000000inf", "format(inf, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "G"), "INF", "format(inf, 'G')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "E"), "INF", "format(inf, 'E')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "n"), "inf", "format(inf, 'n')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ".0e"), "inf", "format(inf, '.0e')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "#g"), "inf", "format(inf, '#g')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: ".10g"), "inf", "format(inf, '.10g')")
        XCTAssertEqual(try formatFloat(Double.infinity, spec: "015_.3f"), "000000000000inf", "format(inf, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ""), "nan", "format(nan, '')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ".2f"), "nan", "format(nan, '.2f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "10.3f"), "       nan", "format(nan, '10.3f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "<10.1f"), "nan       ", "format(nan, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "^10.2f"), "   nan    ", "format(nan, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "+.1f"), "+nan", "format(nan, '+.1f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ".0f"), "nan", "format(nan, '.0f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ","), "nan", "format(nan, ',')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "_"), "nan", "format(nan, '_')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ">12,.1f"), "         nan", "format(nan, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "010.3e"), "0000000nan", "format(nan, '010.3e')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "8g"), "     nan", "format(nan, '8g')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "+09.2f"), "+00000nan", "format(nan, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ".2e"), "nan", "format(nan, '.2e')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "e"), "nan", "format(nan, 'e')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "g"), "nan", "format(nan, 'g')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "%"), "nan%", "format(nan, '%')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ".1%"), "nan%", "format(nan, '.1%')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ".17f"), "nan", "format(nan, '.17f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ".3"), "nan", "format(nan, '.3')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "#"), "nan", "format(nan, '#')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "#.0"), "nan", "format(nan, '#.0')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "z.1f"), "nan", "format(nan, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: " .2f"), " nan", "format(nan, ' .2f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "=+10.2f"), "+      nan", "format(nan, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "*^12.3g"), "****nan*****", "format(nan, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "012,.2f"), "000000000nan", "format(nan, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "G"), "NAN", "format(nan, 'G')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "E"), "NAN", "format(nan, 'E')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "n"), "nan", "format(nan, 'n')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ".0e"), "nan", "format(nan, '.0e')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "#g"), "nan", "format(nan, '#g')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: ".10g"), "nan", "format(nan, '.10g')")
        XCTAssertEqual(try formatFloat(Double.nan, spec: "015_.3f"), "000000000000nan", "format(nan, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ""), "12.0", "format(12.0, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ".2f"), "12.00", "format(12.0, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "10.3f"), "    12.000", "format(12.0, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "<10.1f"), "12.0      ", "format(12.0, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "^10.2f"), "  12.00   ", "format(12.0, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "+.1f"), "+12.0", "format(12.0, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ".0f"), "12", "format(12.0, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ","), "12.0", "format(12.0, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "_"), "12.0", "format(12.0, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ">12,.1f"), "        12.0", "format(12.0, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "010.3e"), "01.200e+01", "format(12.0, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "8g"), "      12", "format(12.0, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "+09.2f"), "+00012.00", "format(12.0, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ".2e"), "1.20e+01", "format(12.0, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "e"), "1.200000e+01", "format(12.0, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "g"), "12", "format(12.0, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "%"), "1200.000000%", "format(12.0, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ".1%"), "1200.0%", "format(12.0, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ".17f"), "12.00000000000000000", "format(12.0, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ".3"), "12.0", "format(12.0, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "#"), "12.0", "format(12.0, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "#.0"), "1.e+01", "format(12.0, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "z.1f"), "12.0", "format(12.0, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: " .2f"), " 12.00", "format(12.0, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "=+10.2f"), "+    12.00", "format(12.0, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "*^12.3g"), "*****12*****", "format(12.0, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "012,.2f"), "0,000,012.00", "format(12.0, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "G"), "12", "format(12.0, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "E"), "1.200000E+01", "format(12.0, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "n"), "12", "format(12.0, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ".0e"), "1e+01", "format(12.0, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "#g"), "12.0000", "format(12.0, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: ".10g"), "12", "format(12.0, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4028000000000000), spec: "015_.3f"), "000_000_012.000", "format(12.0, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ""), "1e+20", "format(1e+20, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ".2f"), "100000000000000000000.00", "format(1e+20, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "10.3f"), "100000000000000000000.000", "format(1e+20, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "<10.1f"), "100000000000000000000.0", "format(1e+20, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "^10.2f"), "100000000000000000000.00", "format(1e+20, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "+.1f"), "+100000000000000000000.0", "format(1e+20, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ".0f"), "100000000000000000000", "format(1e+20, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ","), "1e+20", "format(1e+20, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "_"), "1e+20", "format(1e+20, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ">12,.1f"), "100,000,000,000,000,000,000.0", "format(1e+20, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "010.3e"), "01.000e+20", "format(1e+20, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "8g"), "   1e+20", "format(1e+20, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "+09.2f"), "+100000000000000000000.00", "format(1e+20, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ".2e"), "1.00e+20", "format(1e+20, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "e"), "1.000000e+20", "format(1e+20, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "g"), "1e+20", "format(1e+20, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "%"), "10000000000000000000000.000000%", "format(1e+20, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ".1%"), "10000000000000000000000.0%", "format(1e+20, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ".17f"), "100000000000000000000.00000000000000000", "format(1e+20, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ".3"), "1e+20", "format(1e+20, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "#"), "1.e+20", "format(1e+20, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "#.0"), "1.e+20", "format(1e+20, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "z.1f"), "100000000000000000000.0", "format(1e+20, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: " .2f"), " 100000000000000000000.00", "format(1e+20, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "=+10.2f"), "+100000000000000000000.00", "format(1e+20, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "*^12.3g"), "***1e+20****", "format(1e+20, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "012,.2f"), "100,000,000,000,000,000,000.00", "format(1e+20, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "G"), "1E+20", "format(1e+20, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "E"), "1.000000E+20", "format(1e+20, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "n"), "1e+20", "format(1e+20, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ".0e"), "1e+20", "format(1e+20, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "#g"), "1.00000e+20", "format(1e+20, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: ".10g"), "1e+20", "format(1e+20, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4415AF1D78B58C40), spec: "015_.3f"), "100_000_000_000_000_000_000.000", "format(1e+20, '015_.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ""), "100.0", "format(100.0, '')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ".2f"), "100.00", "format(100.0, '.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "10.3f"), "   100.000", "format(100.0, '10.3f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "<10.1f"), "100.0     ", "format(100.0, '<10.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "^10.2f"), "  100.00  ", "format(100.0, '^10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "+.1f"), "+100.0", "format(100.0, '+.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ".0f"), "100", "format(100.0, '.0f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ","), "100.0", "format(100.0, ',')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "_"), "100.0", "format(100.0, '_')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ">12,.1f"), "       100.0", "format(100.0, '>12,.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "010.3e"), "01.000e+02", "format(100.0, '010.3e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "8g"), "     100", "format(100.0, '8g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "+09.2f"), "+00100.00", "format(100.0, '+09.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ".2e"), "1.00e+02", "format(100.0, '.2e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "e"), "1.000000e+02", "format(100.0, 'e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "g"), "100", "format(100.0, 'g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "%"), "10000.000000%", "format(100.0, '%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ".1%"), "10000.0%", "format(100.0, '.1%')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ".17f"), "100.00000000000000000", "format(100.0, '.17f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ".3"), "1e+02", "format(100.0, '.3')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "#"), "100.0", "format(100.0, '#')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "#.0"), "1.e+02", "format(100.0, '#.0')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "z.1f"), "100.0", "format(100.0, 'z.1f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: " .2f"), " 100.00", "format(100.0, ' .2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "=+10.2f"), "+   100.00", "format(100.0, '=+10.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "*^12.3g"), "****100*****", "format(100.0, '*^12.3g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "012,.2f"), "0,000,100.00", "format(100.0, '012,.2f')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "G"), "100", "format(100.0, 'G')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "E"), "1.000000E+02", "format(100.0, 'E')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "n"), "100", "format(100.0, 'n')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ".0e"), "1e+02", "format(100.0, '.0e')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "#g"), "100.000", "format(100.0, '#g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: ".10g"), "100", "format(100.0, '.10g')")
        XCTAssertEqual(try formatFloat(Double(bitPattern: 0x4059000000000000), spec: "015_.3f"), "000_000_100.000", "format(100.0, '015_.3f')")
        XCTAssertEqual(try formatInt(0, spec: ""), "0", "format(0, '')")
        XCTAssertEqual(try formatInt(0, spec: "d"), "0", "format(0, 'd')")
        XCTAssertEqual(try formatInt(0, spec: ","), "0", "format(0, ',')")
        XCTAssertEqual(try formatInt(0, spec: "_"), "0", "format(0, '_')")
        XCTAssertEqual(try formatInt(0, spec: ">12,"), "           0", "format(0, '>12,')")
        XCTAssertEqual(try formatInt(0, spec: "012d"), "000000000000", "format(0, '012d')")
        XCTAssertEqual(try formatInt(0, spec: "012,"), "0,000,000,000", "format(0, '012,')")
        XCTAssertEqual(try formatInt(0, spec: "09,"), "0,000,000", "format(0, '09,')")
        XCTAssertEqual(try formatInt(0, spec: "+d"), "+0", "format(0, '+d')")
        XCTAssertEqual(try formatInt(0, spec: " d"), " 0", "format(0, ' d')")
        XCTAssertEqual(try formatInt(0, spec: "x"), "0", "format(0, 'x')")
        XCTAssertEqual(try formatInt(0, spec: "X"), "0", "format(0, 'X')")
        XCTAssertEqual(try formatInt(0, spec: "#x"), "0x0", "format(0, '#x')")
        XCTAssertEqual(try formatInt(0, spec: "#X"), "0X0", "format(0, '#X')")
        XCTAssertEqual(try formatInt(0, spec: "o"), "0", "format(0, 'o')")
        XCTAssertEqual(try formatInt(0, spec: "#o"), "0o0", "format(0, '#o')")
        XCTAssertEqual(try formatInt(0, spec: "b"), "0", "format(0, 'b')")
        XCTAssertEqual(try formatInt(0, spec: "#010b"), "0b00000000", "format(0, '#010b')")
        XCTAssertEqual(try formatInt(0, spec: "08x"), "00000000", "format(0, '08x')")
        XCTAssertEqual(try formatInt(0, spec: "_b"), "0", "format(0, '_b')")
        XCTAssertEqual(try formatInt(0, spec: "#_x"), "0x0", "format(0, '#_x')")
        XCTAssertEqual(try formatInt(0, spec: "#012_x"), "0x0_0000_0000", "format(0, '#012_x')")
        XCTAssertEqual(try formatInt(0, spec: "^9"), "    0    ", "format(0, '^9')")
        XCTAssertEqual(try formatInt(0, spec: "*<7"), "0******", "format(0, '*<7')")
        XCTAssertEqual(try formatInt(0, spec: "0=8"), "00000000", "format(0, '0=8')")
        XCTAssertEqual(try formatInt(0, spec: "-^8"), "---0----", "format(0, '-^8')")
        XCTAssertEqual(try formatInt(0, spec: "c"), "\u{0}", "format(0, 'c')")
        XCTAssertEqual(try formatInt(0, spec: ".2f"), "0.00", "format(0, '.2f')")
        XCTAssertEqual(try formatInt(0, spec: "e"), "0.000000e+00", "format(0, 'e')")
        XCTAssertEqual(try formatInt(0, spec: "%"), "0.000000%", "format(0, '%')")
        XCTAssertEqual(try formatInt(0, spec: "g"), "0", "format(0, 'g')")
        XCTAssertEqual(try formatInt(0, spec: "n"), "0", "format(0, 'n')")
        assertThrows(try formatInt(0, spec: "s"), "ValueError", "Unknown format code 's' for object of type 'int'")
        assertThrows(try formatInt(0, spec: ".2"), "ValueError", "Precision not allowed in integer format specifier")
        assertThrows(try formatInt(0, spec: "z"), "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
        assertThrows(try formatInt(0, spec: "+c"), "ValueError", "Sign not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(0, spec: "#c"), "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(0, spec: ",x"), "ValueError", "Cannot specify ',' with 'x'.")
        XCTAssertEqual(try formatInt(0, spec: "="), "0", "format(0, '=')")
        XCTAssertEqual(try formatInt(0, spec: "x<5"), "0xxxx", "format(0, 'x<5')")
        XCTAssertEqual(try formatInt(0, spec: "<05"), "00000", "format(0, '<05')")
        XCTAssertEqual(try formatInt(7, spec: ""), "7", "format(7, '')")
        XCTAssertEqual(try formatInt(7, spec: "d"), "7", "format(7, 'd')")
        XCTAssertEqual(try formatInt(7, spec: ","), "7", "format(7, ',')")
        XCTAssertEqual(try formatInt(7, spec: "_"), "7", "format(7, '_')")
        XCTAssertEqual(try formatInt(7, spec: ">12,"), "           7", "format(7, '>12,')")
        XCTAssertEqual(try formatInt(7, spec: "012d"), "000000000007", "format(7, '012d')")
        XCTAssertEqual(try formatInt(7, spec: "012,"), "0,000,000,007", "format(7, '012,')")
        XCTAssertEqual(try formatInt(7, spec: "09,"), "0,000,007", "format(7, '09,')")
        XCTAssertEqual(try formatInt(7, spec: "+d"), "+7", "format(7, '+d')")
        XCTAssertEqual(try formatInt(7, spec: " d"), " 7", "format(7, ' d')")
        XCTAssertEqual(try formatInt(7, spec: "x"), "7", "format(7, 'x')")
        XCTAssertEqual(try formatInt(7, spec: "X"), "7", "format(7, 'X')")
        XCTAssertEqual(try formatInt(7, spec: "#x"), "0x7", "format(7, '#x')")
        XCTAssertEqual(try formatInt(7, spec: "#X"), "0X7", "format(7, '#X')")
        XCTAssertEqual(try formatInt(7, spec: "o"), "7", "format(7, 'o')")
        XCTAssertEqual(try formatInt(7, spec: "#o"), "0o7", "format(7, '#o')")
        XCTAssertEqual(try formatInt(7, spec: "b"), "111", "format(7, 'b')")
        XCTAssertEqual(try formatInt(7, spec: "#010b"), "0b00000111", "format(7, '#010b')")
        XCTAssertEqual(try formatInt(7, spec: "08x"), "00000007", "format(7, '08x')")
        XCTAssertEqual(try formatInt(7, spec: "_b"), "111", "format(7, '_b')")
        XCTAssertEqual(try formatInt(7, spec: "#_x"), "0x7", "format(7, '#_x')")
        XCTAssertEqual(try formatInt(7, spec: "#012_x"), "0x0_0000_0007", "format(7, '#012_x')")
        XCTAssertEqual(try formatInt(7, spec: "^9"), "    7    ", "format(7, '^9')")
        XCTAssertEqual(try formatInt(7, spec: "*<7"), "7******", "format(7, '*<7')")
        XCTAssertEqual(try formatInt(7, spec: "0=8"), "00000007", "format(7, '0=8')")
        XCTAssertEqual(try formatInt(7, spec: "-^8"), "---7----", "format(7, '-^8')")
        XCTAssertEqual(try formatInt(7, spec: "c"), "\u{7}", "format(7, 'c')")
        XCTAssertEqual(try formatInt(7, spec: ".2f"), "7.00", "format(7, '.2f')")
        XCTAssertEqual(try formatInt(7, spec: "e"), "7.000000e+00", "format(7, 'e')")
        XCTAssertEqual(try formatInt(7, spec: "%"), "700.000000%", "format(7, '%')")
        XCTAssertEqual(try formatInt(7, spec: "g"), "7", "format(7, 'g')")
        XCTAssertEqual(try formatInt(7, spec: "n"), "7", "format(7, 'n')")
        assertThrows(try formatInt(7, spec: "s"), "ValueError", "Unknown format code 's' for object of type 'int'")
        assertThrows(try formatInt(7, spec: ".2"), "ValueError", "Precision not allowed in integer format specifier")
        assertThrows(try formatInt(7, spec: "z"), "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
        assertThrows(try formatInt(7, spec: "+c"), "ValueError", "Sign not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(7, spec: "#c"), "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(7, spec: ",x"), "ValueError", "Cannot specify ',' with 'x'.")
        XCTAssertEqual(try formatInt(7, spec: "="), "7", "format(7, '=')")
        XCTAssertEqual(try formatInt(7, spec: "x<5"), "7xxxx", "format(7, 'x<5')")
        XCTAssertEqual(try formatInt(7, spec: "<05"), "70000", "format(7, '<05')")
        XCTAssertEqual(try formatInt(-7, spec: ""), "-7", "format(-7, '')")
        XCTAssertEqual(try formatInt(-7, spec: "d"), "-7", "format(-7, 'd')")
        XCTAssertEqual(try formatInt(-7, spec: ","), "-7", "format(-7, ',')")
        XCTAssertEqual(try formatInt(-7, spec: "_"), "-7", "format(-7, '_')")
        XCTAssertEqual(try formatInt(-7, spec: ">12,"), "          -7", "format(-7, '>12,')")
        XCTAssertEqual(try formatInt(-7, spec: "012d"), "-00000000007", "format(-7, '012d')")
        XCTAssertEqual(try formatInt(-7, spec: "012,"), "-000,000,007", "format(-7, '012,')")
        XCTAssertEqual(try formatInt(-7, spec: "09,"), "-0,000,007", "format(-7, '09,')")
        XCTAssertEqual(try formatInt(-7, spec: "+d"), "-7", "format(-7, '+d')")
        XCTAssertEqual(try formatInt(-7, spec: " d"), "-7", "format(-7, ' d')")
        XCTAssertEqual(try formatInt(-7, spec: "x"), "-7", "format(-7, 'x')")
        XCTAssertEqual(try formatInt(-7, spec: "X"), "-7", "format(-7, 'X')")
        XCTAssertEqual(try formatInt(-7, spec: "#x"), "-0x7", "format(-7, '#x')")
        XCTAssertEqual(try formatInt(-7, spec: "#X"), "-0X7", "format(-7, '#X')")
        XCTAssertEqual(try formatInt(-7, spec: "o"), "-7", "format(-7, 'o')")
        XCTAssertEqual(try formatInt(-7, spec: "#o"), "-0o7", "format(-7, '#o')")
        XCTAssertEqual(try formatInt(-7, spec: "b"), "-111", "format(-7, 'b')")
        XCTAssertEqual(try formatInt(-7, spec: "#010b"), "-0b0000111", "format(-7, '#010b')")
        XCTAssertEqual(try formatInt(-7, spec: "08x"), "-0000007", "format(-7, '08x')")
        XCTAssertEqual(try formatInt(-7, spec: "_b"), "-111", "format(-7, '_b')")
        XCTAssertEqual(try formatInt(-7, spec: "#_x"), "-0x7", "format(-7, '#_x')")
        XCTAssertEqual(try formatInt(-7, spec: "#012_x"), "-0x0000_0007", "format(-7, '#012_x')")
        XCTAssertEqual(try formatInt(-7, spec: "^9"), "   -7    ", "format(-7, '^9')")
        XCTAssertEqual(try formatInt(-7, spec: "*<7"), "-7*****", "format(-7, '*<7')")
        XCTAssertEqual(try formatInt(-7, spec: "0=8"), "-0000007", "format(-7, '0=8')")
        XCTAssertEqual(try formatInt(-7, spec: "-^8"), "----7---", "format(-7, '-^8')")
        assertThrows(try formatInt(-7, spec: "c"), "OverflowError", "%c arg not in range(0x110000)")
        XCTAssertEqual(try formatInt(-7, spec: ".2f"), "-7.00", "format(-7, '.2f')")
        XCTAssertEqual(try formatInt(-7, spec: "e"), "-7.000000e+00", "format(-7, 'e')")
        XCTAssertEqual(try formatInt(-7, spec: "%"), "-700.000000%", "format(-7, '%')")
        XCTAssertEqual(try formatInt(-7, spec: "g"), "-7", "format(-7, 'g')")
        XCTAssertEqual(try formatInt(-7, spec: "n"), "-7", "format(-7, 'n')")
        assertThrows(try formatInt(-7, spec: "s"), "ValueError", "Unknown format code 's' for object of type 'int'")
        assertThrows(try formatInt(-7, spec: ".2"), "ValueError", "Precision not allowed in integer format specifier")
        assertThrows(try formatInt(-7, spec: "z"), "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
        assertThrows(try formatInt(-7, spec: "+c"), "ValueError", "Sign not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(-7, spec: "#c"), "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(-7, spec: ",x"), "ValueError", "Cannot specify ',' with 'x'.")
        XCTAssertEqual(try formatInt(-7, spec: "="), "-7", "format(-7, '=')")
        XCTAssertEqual(try formatInt(-7, spec: "x<5"), "-7xxx", "format(-7, 'x<5')")
        XCTAssertEqual(try formatInt(-7, spec: "<05"), "-7000", "format(-7, '<05')")
        XCTAssertEqual(try formatInt(255, spec: ""), "255", "format(255, '')")
        XCTAssertEqual(try formatInt(255, spec: "d"), "255", "format(255, 'd')")
        XCTAssertEqual(try formatInt(255, spec: ","), "255", "format(255, ',')")
        XCTAssertEqual(try formatInt(255, spec: "_"), "255", "format(255, '_')")
        XCTAssertEqual(try formatInt(255, spec: ">12,"), "         255", "format(255, '>12,')")
        XCTAssertEqual(try formatInt(255, spec: "012d"), "000000000255", "format(255, '012d')")
        XCTAssertEqual(try formatInt(255, spec: "012,"), "0,000,000,255", "format(255, '012,')")
        XCTAssertEqual(try formatInt(255, spec: "09,"), "0,000,255", "format(255, '09,')")
        XCTAssertEqual(try formatInt(255, spec: "+d"), "+255", "format(255, '+d')")
        XCTAssertEqual(try formatInt(255, spec: " d"), " 255", "format(255, ' d')")
        XCTAssertEqual(try formatInt(255, spec: "x"), "ff", "format(255, 'x')")
        XCTAssertEqual(try formatInt(255, spec: "X"), "FF", "format(255, 'X')")
        XCTAssertEqual(try formatInt(255, spec: "#x"), "0xff", "format(255, '#x')")
        XCTAssertEqual(try formatInt(255, spec: "#X"), "0XFF", "format(255, '#X')")
        XCTAssertEqual(try formatInt(255, spec: "o"), "377", "format(255, 'o')")
        XCTAssertEqual(try formatInt(255, spec: "#o"), "0o377", "format(255, '#o')")
        XCTAssertEqual(try formatInt(255, spec: "b"), "11111111", "format(255, 'b')")
        XCTAssertEqual(try formatInt(255, spec: "#010b"), "0b11111111", "format(255, '#010b')")
        XCTAssertEqual(try formatInt(255, spec: "08x"), "000000ff", "format(255, '08x')")
        XCTAssertEqual(try formatInt(255, spec: "_b"), "1111_1111", "format(255, '_b')")
        XCTAssertEqual(try formatInt(255, spec: "#_x"), "0xff", "format(255, '#_x')")
        XCTAssertEqual(try formatInt(255, spec: "#012_x"), "0x0_0000_00ff", "format(255, '#012_x')")
        XCTAssertEqual(try formatInt(255, spec: "^9"), "   255   ", "format(255, '^9')")
        XCTAssertEqual(try formatInt(255, spec: "*<7"), "255****", "format(255, '*<7')")
        XCTAssertEqual(try formatInt(255, spec: "0=8"), "00000255", "format(255, '0=8')")
        XCTAssertEqual(try formatInt(255, spec: "-^8"), "--255---", "format(255, '-^8')")
        XCTAssertEqual(try formatInt(255, spec: "c"), "ÿ", "format(255, 'c')")
        XCTAssertEqual(try formatInt(255, spec: ".2f"), "255.00", "format(255, '.2f')")
        XCTAssertEqual(try formatInt(255, spec: "e"), "2.550000e+02", "format(255, 'e')")
        XCTAssertEqual(try formatInt(255, spec: "%"), "25500.000000%", "format(255, '%')")
        XCTAssertEqual(try formatInt(255, spec: "g"), "255", "format(255, 'g')")
        XCTAssertEqual(try formatInt(255, spec: "n"), "255", "format(255, 'n')")
        assertThrows(try formatInt(255, spec: "s"), "ValueError", "Unknown format code 's' for object of type 'int'")
        assertThrows(try formatInt(255, spec: ".2"), "ValueError", "Precision not allowed in integer format specifier")
        assertThrows(try formatInt(255, spec: "z"), "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
        assertThrows(try formatInt(255, spec: "+c"), "ValueError", "Sign not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(255, spec: "#c"), "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(255, spec: ",x"), "ValueError", "Cannot specify ',' with 'x'.")
        XCTAssertEqual(try formatInt(255, spec: "="), "255", "format(255, '=')")
        XCTAssertEqual(try formatInt(255, spec: "x<5"), "255xx", "format(255, 'x<5')")
        XCTAssertEqual(try formatInt(255, spec: "<05"), "25500", "format(255, '<05')")
        XCTAssertEqual(try formatInt(1234567, spec: ""), "1234567", "format(1234567, '')")
        XCTAssertEqual(try formatInt(1234567, spec: "d"), "1234567", "format(1234567, 'd')")
        XCTAssertEqual(try formatInt(1234567, spec: ","), "1,234,567", "format(1234567, ',')")
        XCTAssertEqual(try formatInt(1234567, spec: "_"), "1_234_567", "format(1234567, '_')")
        XCTAssertEqual(try formatInt(1234567, spec: ">12,"), "   1,234,567", "format(1234567, '>12,')")
        XCTAssertEqual(try formatInt(1234567, spec: "012d"), "000001234567", "format(1234567, '012d')")
        XCTAssertEqual(try formatInt(1234567, spec: "012,"), "0,001,234,567", "format(1234567, '012,')")
        XCTAssertEqual(try formatInt(1234567, spec: "09,"), "1,234,567", "format(1234567, '09,')")
        XCTAssertEqual(try formatInt(1234567, spec: "+d"), "+1234567", "format(1234567, '+d')")
        XCTAssertEqual(try formatInt(1234567, spec: " d"), " 1234567", "format(1234567, ' d')")
        XCTAssertEqual(try formatInt(1234567, spec: "x"), "12d687", "format(1234567, 'x')")
        XCTAssertEqual(try formatInt(1234567, spec: "X"), "12D687", "format(1234567, 'X')")
        XCTAssertEqual(try formatInt(1234567, spec: "#x"), "0x12d687", "format(1234567, '#x')")
        XCTAssertEqual(try formatInt(1234567, spec: "#X"), "0X12D687", "format(1234567, '#X')")
        XCTAssertEqual(try formatInt(1234567, spec: "o"), "4553207", "format(1234567, 'o')")
        XCTAssertEqual(try formatInt(1234567, spec: "#o"), "0o4553207", "format(1234567, '#o')")
        XCTAssertEqual(try formatInt(1234567, spec: "b"), "100101101011010000111", "format(1234567, 'b')")
        XCTAssertEqual(try formatInt(1234567, spec: "#010b"), "0b100101101011010000111", "format(1234567, '#010b')")
        XCTAssertEqual(try formatInt(1234567, spec: "08x"), "0012d687", "format(1234567, '08x')")
        XCTAssertEqual(try formatInt(1234567, spec: "_b"), "1_0010_1101_0110_1000_0111", "format(1234567, '_b')")
        XCTAssertEqual(try formatInt(1234567, spec: "#_x"), "0x12_d687", "format(1234567, '#_x')")
        XCTAssertEqual(try formatInt(1234567, spec: "#012_x"), "0x0_0012_d687", "format(1234567, '#012_x')")
        XCTAssertEqual(try formatInt(1234567, spec: "^9"), " 1234567 ", "format(1234567, '^9')")
        XCTAssertEqual(try formatInt(1234567, spec: "*<7"), "1234567", "format(1234567, '*<7')")
        XCTAssertEqual(try formatInt(1234567, spec: "0=8"), "01234567", "format(1234567, '0=8')")
        XCTAssertEqual(try formatInt(1234567, spec: "-^8"), "1234567-", "format(1234567, '-^8')")
        assertThrows(try formatInt(1234567, spec: "c"), "OverflowError", "%c arg not in range(0x110000)")
        XCTAssertEqual(try formatInt(1234567, spec: ".2f"), "1234567.00", "format(1234567, '.2f')")
        XCTAssertEqual(try formatInt(1234567, spec: "e"), "1.234567e+06", "format(1234567, 'e')")
        XCTAssertEqual(try formatInt(1234567, spec: "%"), "123456700.000000%", "format(1234567, '%')")
        XCTAssertEqual(try formatInt(1234567, spec: "g"), "1.23457e+06", "format(1234567, 'g')")
        XCTAssertEqual(try formatInt(1234567, spec: "n"), "1234567", "format(1234567, 'n')")
        assertThrows(try formatInt(1234567, spec: "s"), "ValueError", "Unknown format code 's' for object of type 'int'")
        assertThrows(try formatInt(1234567, spec: ".2"), "ValueError", "Precision not allowed in integer format specifier")
        assertThrows(try formatInt(1234567, spec: "z"), "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
        assertThrows(try formatInt(1234567, spec: "+c"), "ValueError", "Sign not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(1234567, spec: "#c"), "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(1234567, spec: ",x"), "ValueError", "Cannot specify ',' with 'x'.")
        XCTAssertEqual(try formatInt(1234567, spec: "="), "1234567", "format(1234567, '=')")
        XCTAssertEqual(try formatInt(1234567, spec: "x<5"), "1234567", "format(1234567, 'x<5')")
        XCTAssertEqual(try formatInt(1234567, spec: "<05"), "1234567", "format(1234567, '<05')")
        XCTAssertEqual(try formatInt(-1234567, spec: ""), "-1234567", "format(-1234567, '')")
        XCTAssertEqual(try formatInt(-1234567, spec: "d"), "-1234567", "format(-1234567, 'd')")
        XCTAssertEqual(try formatInt(-1234567, spec: ","), "-1,234,567", "format(-1234567, ',')")
        XCTAssertEqual(try formatInt(-1234567, spec: "_"), "-1_234_567", "format(-1234567, '_')")
        XCTAssertEqual(try formatInt(-1234567, spec: ">12,"), "  -1,234,567", "format(-1234567, '>12,')")
        XCTAssertEqual(try formatInt(-1234567, spec: "012d"), "-00001234567", "format(-1234567, '012d')")
        XCTAssertEqual(try formatInt(-1234567, spec: "012,"), "-001,234,567", "format(-1234567, '012,')")
        XCTAssertEqual(try formatInt(-1234567, spec: "09,"), "-1,234,567", "format(-1234567, '09,')")
        XCTAssertEqual(try formatInt(-1234567, spec: "+d"), "-1234567", "format(-1234567, '+d')")
        XCTAssertEqual(try formatInt(-1234567, spec: " d"), "-1234567", "format(-1234567, ' d')")
        XCTAssertEqual(try formatInt(-1234567, spec: "x"), "-12d687", "format(-1234567, 'x')")
        XCTAssertEqual(try formatInt(-1234567, spec: "X"), "-12D687", "format(-1234567, 'X')")
        XCTAssertEqual(try formatInt(-1234567, spec: "#x"), "-0x12d687", "format(-1234567, '#x')")
        XCTAssertEqual(try formatInt(-1234567, spec: "#X"), "-0X12D687", "format(-1234567, '#X')")
        XCTAssertEqual(try formatInt(-1234567, spec: "o"), "-4553207", "format(-1234567, 'o')")
        XCTAssertEqual(try formatInt(-1234567, spec: "#o"), "-0o4553207", "format(-1234567, '#o')")
        XCTAssertEqual(try formatInt(-1234567, spec: "b"), "-100101101011010000111", "format(-1234567, 'b')")
        XCTAssertEqual(try formatInt(-1234567, spec: "#010b"), "-0b100101101011010000111", "format(-1234567, '#010b')")
        XCTAssertEqual(try formatInt(-1234567, spec: "08x"), "-012d687", "format(-1234567, '08x')")
        XCTAssertEqual(try formatInt(-1234567, spec: "_b"), "-1_0010_1101_0110_1000_0111", "format(-1234567, '_b')")
        XCTAssertEqual(try formatInt(-1234567, spec: "#_x"), "-0x12_d687", "format(-1234567, '#_x')")
        XCTAssertEqual(try formatInt(-1234567, spec: "#012_x"), "-0x0012_d687", "format(-1234567, '#012_x')")
        XCTAssertEqual(try formatInt(-1234567, spec: "^9"), "-1234567 ", "format(-1234567, '^9')")
        XCTAssertEqual(try formatInt(-1234567, spec: "*<7"), "-1234567", "format(-1234567, '*<7')")
        XCTAssertEqual(try formatInt(-1234567, spec: "0=8"), "-1234567", "format(-1234567, '0=8')")
        XCTAssertEqual(try formatInt(-1234567, spec: "-^8"), "-1234567", "format(-1234567, '-^8')")
        assertThrows(try formatInt(-1234567, spec: "c"), "OverflowError", "%c arg not in range(0x110000)")
        XCTAssertEqual(try formatInt(-1234567, spec: ".2f"), "-1234567.00", "format(-1234567, '.2f')")
        XCTAssertEqual(try formatInt(-1234567, spec: "e"), "-1.234567e+06", "format(-1234567, 'e')")
        XCTAssertEqual(try formatInt(-1234567, spec: "%"), "-123456700.000000%", "format(-1234567, '%')")
        XCTAssertEqual(try formatInt(-1234567, spec: "g"), "-1.23457e+06", "format(-1234567, 'g')")
        XCTAssertEqual(try formatInt(-1234567, spec: "n"), "-1234567", "format(-1234567, 'n')")
        assertThrows(try formatInt(-1234567, spec: "s"), "ValueError", "Unknown format code 's' for object of type 'int'")
        assertThrows(try formatInt(-1234567, spec: ".2"), "ValueError", "Precision not allowed in integer format specifier")
        assertThrows(try formatInt(-1234567, spec: "z"), "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
        assertThrows(try formatInt(-1234567, spec: "+c"), "ValueError", "Sign not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(-1234567, spec: "#c"), "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(-1234567, spec: ",x"), "ValueError", "Cannot specify ',' with 'x'.")
        XCTAssertEqual(try formatInt(-1234567, spec: "="), "-1234567", "format(-1234567, '=')")
        XCTAssertEqual(try formatInt(-1234567, spec: "x<5"), "-1234567", "format(-1234567, 'x<5')")
        XCTAssertEqual(try formatInt(-1234567, spec: "<05"), "-1234567", "format(-1234567, '<05')")
        XCTAssertEqual(try formatInt(1099511627776, spec: ""), "1099511627776", "format(1099511627776, '')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "d"), "1099511627776", "format(1099511627776, 'd')")
        XCTAssertEqual(try formatInt(1099511627776, spec: ","), "1,099,511,627,776", "format(1099511627776, ',')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "_"), "1_099_511_627_776", "format(1099511627776, '_')")
        XCTAssertEqual(try formatInt(1099511627776, spec: ">12,"), "1,099,511,627,776", "format(1099511627776, '>12,')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "012d"), "1099511627776", "format(1099511627776, '012d')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "012,"), "1,099,511,627,776", "format(1099511627776, '012,')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "09,"), "1,099,511,627,776", "format(1099511627776, '09,')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "+d"), "+1099511627776", "format(1099511627776, '+d')")
        XCTAssertEqual(try formatInt(1099511627776, spec: " d"), " 1099511627776", "format(1099511627776, ' d')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "x"), "10000000000", "format(1099511627776, 'x')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "X"), "10000000000", "format(1099511627776, 'X')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "#x"), "0x10000000000", "format(1099511627776, '#x')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "#X"), "0X10000000000", "format(1099511627776, '#X')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "o"), "20000000000000", "format(1099511627776, 'o')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "#o"), "0o20000000000000", "format(1099511627776, '#o')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "b"), "10000000000000000000000000000000000000000", "format(1099511627776, 'b')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "#010b"), "0b10000000000000000000000000000000000000000", "format(1099511627776, '#010b')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "08x"), "10000000000", "format(1099511627776, '08x')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "_b"), "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000", "format(1099511627776, '_b')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "#_x"), "0x100_0000_0000", "format(1099511627776, '#_x')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "#012_x"), "0x100_0000_0000", "format(1099511627776, '#012_x')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "^9"), "1099511627776", "format(1099511627776, '^9')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "*<7"), "1099511627776", "format(1099511627776, '*<7')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "0=8"), "1099511627776", "format(1099511627776, '0=8')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "-^8"), "1099511627776", "format(1099511627776, '-^8')")
        assertThrows(try formatInt(1099511627776, spec: "c"), "OverflowError", "%c arg not in range(0x110000)")
        XCTAssertEqual(try formatInt(1099511627776, spec: ".2f"), "1099511627776.00", "format(1099511627776, '.2f')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "e"), "1.099512e+12", "format(1099511627776, 'e')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "%"), "109951162777600.000000%", "format(1099511627776, '%')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "g"), "1.09951e+12", "format(1099511627776, 'g')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "n"), "1099511627776", "format(1099511627776, 'n')")
        assertThrows(try formatInt(1099511627776, spec: "s"), "ValueError", "Unknown format code 's' for object of type 'int'")
        assertThrows(try formatInt(1099511627776, spec: ".2"), "ValueError", "Precision not allowed in integer format specifier")
        assertThrows(try formatInt(1099511627776, spec: "z"), "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
        assertThrows(try formatInt(1099511627776, spec: "+c"), "ValueError", "Sign not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(1099511627776, spec: "#c"), "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(1099511627776, spec: ",x"), "ValueError", "Cannot specify ',' with 'x'.")
        XCTAssertEqual(try formatInt(1099511627776, spec: "="), "1099511627776", "format(1099511627776, '=')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "x<5"), "1099511627776", "format(1099511627776, 'x<5')")
        XCTAssertEqual(try formatInt(1099511627776, spec: "<05"), "1099511627776", "format(1099511627776, '<05')")
        XCTAssertEqual(try formatInt(65, spec: ""), "65", "format(65, '')")
        XCTAssertEqual(try formatInt(65, spec: "d"), "65", "format(65, 'd')")
        XCTAssertEqual(try formatInt(65, spec: ","), "65", "format(65, ',')")
        XCTAssertEqual(try formatInt(65, spec: "_"), "65", "format(65, '_')")
        XCTAssertEqual(try formatInt(65, spec: ">12,"), "          65", "format(65, '>12,')")
        XCTAssertEqual(try formatInt(65, spec: "012d"), "000000000065", "format(65, '012d')")
        XCTAssertEqual(try formatInt(65, spec: "012,"), "0,000,000,065", "format(65, '012,')")
        XCTAssertEqual(try formatInt(65, spec: "09,"), "0,000,065", "format(65, '09,')")
        XCTAssertEqual(try formatInt(65, spec: "+d"), "+65", "format(65, '+d')")
        XCTAssertEqual(try formatInt(65, spec: " d"), " 65", "format(65, ' d')")
        XCTAssertEqual(try formatInt(65, spec: "x"), "41", "format(65, 'x')")
        XCTAssertEqual(try formatInt(65, spec: "X"), "41", "format(65, 'X')")
        XCTAssertEqual(try formatInt(65, spec: "#x"), "0x41", "format(65, '#x')")
        XCTAssertEqual(try formatInt(65, spec: "#X"), "0X41", "format(65, '#X')")
        XCTAssertEqual(try formatInt(65, spec: "o"), "101", "format(65, 'o')")
        XCTAssertEqual(try formatInt(65, spec: "#o"), "0o101", "format(65, '#o')")
        XCTAssertEqual(try formatInt(65, spec: "b"), "1000001", "format(65, 'b')")
        XCTAssertEqual(try formatInt(65, spec: "#010b"), "0b01000001", "format(65, '#010b')")
        XCTAssertEqual(try formatInt(65, spec: "08x"), "00000041", "format(65, '08x')")
        XCTAssertEqual(try formatInt(65, spec: "_b"), "100_0001", "format(65, '_b')")
        XCTAssertEqual(try formatInt(65, spec: "#_x"), "0x41", "format(65, '#_x')")
        XCTAssertEqual(try formatInt(65, spec: "#012_x"), "0x0_0000_0041", "format(65, '#012_x')")
        XCTAssertEqual(try formatInt(65, spec: "^9"), "   65    ", "format(65, '^9')")
        XCTAssertEqual(try formatInt(65, spec: "*<7"), "65*****", "format(65, '*<7')")
        XCTAssertEqual(try formatInt(65, spec: "0=8"), "00000065", "format(65, '0=8')")
        XCTAssertEqual(try formatInt(65, spec: "-^8"), "---65---", "format(65, '-^8')")
        XCTAssertEqual(try formatInt(65, spec: "c"), "A", "format(65, 'c')")
        XCTAssertEqual(try formatInt(65, spec: ".2f"), "65.00", "format(65, '.2f')")
        XCTAssertEqual(try formatInt(65, spec: "e"), "6.500000e+01", "format(65, 'e')")
        XCTAssertEqual(try formatInt(65, spec: "%"), "6500.000000%", "format(65, '%')")
        XCTAssertEqual(try formatInt(65, spec: "g"), "65", "format(65, 'g')")
        XCTAssertEqual(try formatInt(65, spec: "n"), "65", "format(65, 'n')")
        assertThrows(try formatInt(65, spec: "s"), "ValueError", "Unknown format code 's' for object of type 'int'")
        assertThrows(try formatInt(65, spec: ".2"), "ValueError", "Precision not allowed in integer format specifier")
        assertThrows(try formatInt(65, spec: "z"), "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
        assertThrows(try formatInt(65, spec: "+c"), "ValueError", "Sign not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(65, spec: "#c"), "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
        assertThrows(try formatInt(65, spec: ",x"), "ValueError", "Cannot specify ',' with 'x'.")
        XCTAssertEqual(try formatInt(65, spec: "="), "65", "format(65, '=')")
        XCTAssertEqual(try formatInt(65, spec: "x<5"), "65xxx", "format(65, 'x<5')")
        XCTAssertEqual(try formatInt(65, spec: "<05"), "65000", "format(65, '<05')")
        XCTAssertEqual(try formatInt(B("1180591620717411303424"), spec: ","), "1,180,591,620,717,411,303,424", "format(1180591620717411303424, ',')")
        XCTAssertEqual(try formatInt(B("-1180591620717411303424"), spec: "#x"), "-0x400000000000000000", "format(-1180591620717411303424, '#x')")
        XCTAssertEqual(try formatInt(B("1180591620717411303424"), spec: "e"), "1.180592e+21", "format(1180591620717411303424, 'e')")
        assertThrows(try formatInt(B("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), spec: "e"), "OverflowError", "int too large to convert to float")
        XCTAssertEqual(try formatInt(B("-36893488147419103232"), spec: "_"), "-36_893_488_147_419_103_232", "format(-36893488147419103232, '_')")
        XCTAssertEqual(try formatInt(B("18446744073709551616"), spec: "030,"), "00,018,446,744,073,709,551,616", "format(18446744073709551616, '030,')")
        XCTAssertEqual(try formatInt(B("1000000000000000000000000000000"), spec: "x"), "c9f2c9cd04674edea40000000", "format(1000000000000000000000000000000, 'x')")
        assertThrows(try formatInt(B("1180591620717411303424"), spec: "c"), "OverflowError", "Python int too large to convert to C long")
        XCTAssertEqual(try formatInt(B("914534680196792211530211704893768655134"), spec: ".2f"), "914534680196792242056926564655875227648.00", "format(914534680196792211530211704893768655134, '.2f')")
        XCTAssertEqual(try formatInt(1, spec: "x", typeName: "bool"), "1", "format(True, 'x')")
        assertThrows(try formatInt(1, spec: "s", typeName: "bool"), "ValueError", "Unknown format code 's' for object of type 'bool'")
        XCTAssertEqual(try formatStr(P("hi"), spec: "").string, "hi", "format('hi', '')")
        XCTAssertEqual(try formatStr(P("hi"), spec: ">5").string, "   hi", "format('hi', '>5')")
        XCTAssertEqual(try formatStr(P("hi"), spec: "*^6").string, "**hi**", "format('hi', '*^6')")
        XCTAssertEqual(try formatStr(P("hi"), spec: "<4").string, "hi  ", "format('hi', '<4')")
        XCTAssertEqual(try formatStr(P("hi"), spec: ".1").string, "h", "format('hi', '.1')")
        XCTAssertEqual(try formatStr(P("hi"), spec: "x^7.2").string, "xxhixxx", "format('hi', 'x^7.2')")
        XCTAssertEqual(try formatStr(P("hi"), spec: "05").string, "hi000", "format('hi', '05')")
        XCTAssertEqual(try formatStr(P("hi"), spec: "0<5").string, "hi000", "format('hi', '0<5')")
        assertThrows(try formatStr(P("hi"), spec: "+").string, "ValueError", "Sign not allowed in string format specifier")
        assertThrows(try formatStr(P("hi"), spec: " ").string, "ValueError", "Space not allowed in string format specifier")
        assertThrows(try formatStr(P("hi"), spec: "=5").string, "ValueError", "'=' alignment not allowed in string format specifier")
        assertThrows(try formatStr(P("hi"), spec: "#").string, "ValueError", "Alternate form (#) not allowed in string format specifier")
        assertThrows(try formatStr(P("hi"), spec: "z").string, "ValueError", "Negative zero coercion (z) not allowed in string format specifier")
        assertThrows(try formatStr(P("hi"), spec: ",").string, "ValueError", "Cannot specify ',' with 's'.")
        assertThrows(try formatStr(P("hi"), spec: "d").string, "ValueError", "Unknown format code 'd' for object of type 'str'")
        assertThrows(try formatStr(P("hi"), spec: "s,").string, "ValueError", "Invalid format specifier 's,' for object of type 'str'")
        assertThrows(try formatStr(P("hi"), spec: "ab").string, "ValueError", "Invalid format specifier 'ab' for object of type 'str'")
        XCTAssertEqual(try formatStr(P("hi"), spec: "10.3s").string, "hi        ", "format('hi', '10.3s')")
        XCTAssertEqual(try formatStr(P("hi"), spec: "^").string, "hi", "format('hi', '^')")
        XCTAssertEqual(try formatStr(P("hi"), spec: "·^9").string, "···hi····", "format('hi', '·^9')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: "").string, "héllo", "format('héllo', '')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: ">5").string, "héllo", "format('héllo', '>5')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: "*^6").string, "héllo*", "format('héllo', '*^6')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: "<4").string, "héllo", "format('héllo', '<4')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: ".1").string, "h", "format('héllo', '.1')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: "x^7.2").string, "xxhéxxx", "format('héllo', 'x^7.2')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: "05").string, "héllo", "format('héllo', '05')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: "0<5").string, "héllo", "format('héllo', '0<5')")
        assertThrows(try formatStr(P("héllo"), spec: "+").string, "ValueError", "Sign not allowed in string format specifier")
        assertThrows(try formatStr(P("héllo"), spec: " ").string, "ValueError", "Space not allowed in string format specifier")
        assertThrows(try formatStr(P("héllo"), spec: "=5").string, "ValueError", "'=' alignment not allowed in string format specifier")
        assertThrows(try formatStr(P("héllo"), spec: "#").string, "ValueError", "Alternate form (#) not allowed in string format specifier")
        assertThrows(try formatStr(P("héllo"), spec: "z").string, "ValueError", "Negative zero coercion (z) not allowed in string format specifier")
        assertThrows(try formatStr(P("héllo"), spec: ",").string, "ValueError", "Cannot specify ',' with 's'.")
        assertThrows(try formatStr(P("héllo"), spec: "d").string, "ValueError", "Unknown format code 'd' for object of type 'str'")
        assertThrows(try formatStr(P("héllo"), spec: "s,").string, "ValueError", "Invalid format specifier 's,' for object of type 'str'")
        assertThrows(try formatStr(P("héllo"), spec: "ab").string, "ValueError", "Invalid format specifier 'ab' for object of type 'str'")
        XCTAssertEqual(try formatStr(P("héllo"), spec: "10.3s").string, "hél       ", "format('héllo', '10.3s')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: "^").string, "héllo", "format('héllo', '^')")
        XCTAssertEqual(try formatStr(P("héllo"), spec: "·^9").string, "··héllo··", "format('héllo', '·^9')")
        XCTAssertEqual(try formatStr(P("日本"), spec: "").string, "日本", "format('日本', '')")
        XCTAssertEqual(try formatStr(P("日本"), spec: ">5").string, "   日本", "format('日本', '>5')")
        XCTAssertEqual(try formatStr(P("日本"), spec: "*^6").string, "**日本**", "format('日本', '*^6')")
        XCTAssertEqual(try formatStr(P("日本"), spec: "<4").string, "日本  ", "format('日本', '<4')")
        XCTAssertEqual(try formatStr(P("日本"), spec: ".1").string, "日", "format('日本', '.1')")
        XCTAssertEqual(try formatStr(P("日本"), spec: "x^7.2").string, "xx日本xxx", "format('日本', 'x^7.2')")
        XCTAssertEqual(try formatStr(P("日本"), spec: "05").string, "日本000", "format('日本', '05')")
        XCTAssertEqual(try formatStr(P("日本"), spec: "0<5").string, "日本000", "format('日本', '0<5')")
        assertThrows(try formatStr(P("日本"), spec: "+").string, "ValueError", "Sign not allowed in string format specifier")
        assertThrows(try formatStr(P("日本"), spec: " ").string, "ValueError", "Space not allowed in string format specifier")
        assertThrows(try formatStr(P("日本"), spec: "=5").string, "ValueError", "'=' alignment not allowed in string format specifier")
        assertThrows(try formatStr(P("日本"), spec: "#").string, "ValueError", "Alternate form (#) not allowed in string format specifier")
        assertThrows(try formatStr(P("日本"), spec: "z").string, "ValueError", "Negative zero coercion (z) not allowed in string format specifier")
        assertThrows(try formatStr(P("日本"), spec: ",").string, "ValueError", "Cannot specify ',' with 's'.")
        assertThrows(try formatStr(P("日本"), spec: "d").string, "ValueError", "Unknown format code 'd' for object of type 'str'")
        assertThrows(try formatStr(P("日本"), spec: "s,").string, "ValueError", "Invalid format specifier 's,' for object of type 'str'")
        assertThrows(try formatStr(P("日本"), spec: "ab").string, "ValueError", "Invalid format specifier 'ab' for object of type 'str'")
        XCTAssertEqual(try formatStr(P("日本"), spec: "10.3s").string, "日本        ", "format('日本', '10.3s')")
        XCTAssertEqual(try formatStr(P("日本"), spec: "^").string, "日本", "format('日本', '^')")
        XCTAssertEqual(try formatStr(P("日本"), spec: "·^9").string, "···日本····", "format('日本', '·^9')")
        assertThrows(try formatInt(1, spec: "abc"), "ValueError", "Invalid format specifier 'abc' for object of type 'int'")
        assertThrows(try formatFloat(1.5, spec: "abc"), "ValueError", "Invalid format specifier 'abc' for object of type 'float'")
        assertThrows(try formatInt(1, spec: "."), "ValueError", "Format specifier missing precision")
        assertThrows(try formatFloat(1.5, spec: "."), "ValueError", "Format specifier missing precision")
        assertThrows(try formatInt(1, spec: ",_"), "ValueError", "Cannot specify both ',' and '_'.")
        assertThrows(try formatFloat(1.5, spec: ",_"), "ValueError", "Cannot specify both ',' and '_'.")
        assertThrows(try formatInt(1, spec: "_,"), "ValueError", "Cannot specify both ',' and '_'.")
        assertThrows(try formatFloat(1.5, spec: "_,"), "ValueError", "Cannot specify both ',' and '_'.")
        assertThrows(try formatInt(1, spec: ",,"), "ValueError", "Cannot specify ',' with ','.")
        assertThrows(try formatFloat(1.5, spec: ",,"), "ValueError", "Cannot specify ',' with ','.")
        assertThrows(try formatInt(1, spec: "9999999999999999999999"), "ValueError", "Too many decimal digits in format string")
        assertThrows(try formatFloat(1.5, spec: "9999999999999999999999"), "ValueError", "Too many decimal digits in format string")
        assertThrows(try formatInt(1, spec: ".9999999999999999999999f"), "ValueError", "Too many decimal digits in format string")
        assertThrows(try formatFloat(1.5, spec: ".9999999999999999999999f"), "ValueError", "Too many decimal digits in format string")
        assertThrows(try formatInt(1, spec: "é"), "ValueError", "Unknown format code '\\xe9' for object of type 'int'")
        assertThrows(try formatFloat(1.5, spec: "é"), "ValueError", "Unknown format code '\\xe9' for object of type 'float'")
        assertThrows(try formatInt(1, spec: "\u{1}"), "ValueError", "Unknown format code '\\x1' for object of type 'int'")
        assertThrows(try formatFloat(1.5, spec: "\u{1}"), "ValueError", "Unknown format code '\\x1' for object of type 'float'")
    }

    func testPercentFormatting() throws {
        XCTAssertEqual(try pctInt("%d", B("42")), "42", "'%d' % (42,)")
        XCTAssertEqual(try pctInt("%5d", B("42")), "   42", "'%5d' % (42,)")
        XCTAssertEqual(try pctInt("%-5d|", B("42")), "42   |", "'%-5d|' % (42,)")
        XCTAssertEqual(try pctInt("%05d", B("-42")), "-0042", "'%05d' % (-42,)")
        XCTAssertEqual(try pctInt("%+d", B("5")), "+5", "'%+d' % (5,)")
        XCTAssertEqual(try pctInt("% d", B("5")), " 5", "'% d' % (5,)")
        XCTAssertEqual(try pctInt("%.3d", B("-5")), "-005", "'%.3d' % (-5,)")
        XCTAssertEqual(try pctInt("%x", B("255")), "ff", "'%x' % (255,)")
        XCTAssertEqual(try pctInt("%X", B("255")), "FF", "'%X' % (255,)")
        XCTAssertEqual(try pctInt("%#x", B("255")), "0xff", "'%#x' % (255,)")
        XCTAssertEqual(try pctInt("%#X", B("-255")), "-0XFF", "'%#X' % (-255,)")
        XCTAssertEqual(try pctInt("%#o", B("8")), "0o10", "'%#o' % (8,)")
        XCTAssertEqual(try pctInt("%#08o", B("8")), "0o000010", "'%#08o' % (8,)")
        XCTAssertEqual(try pctInt("%#8o", B("8")), "    0o10", "'%#8o' % (8,)")
        XCTAssertEqual(try pctInt("%#-8o|", B("8")), "0o10    |", "'%#-8o|' % (8,)")
        XCTAssertEqual(try pctInt("%#08X", B("255")), "0X0000FF", "'%#08X' % (255,)")
        XCTAssertEqual(try pctInt("%+#x", B("255")), "+0xff", "'%+#x' % (255,)")
        XCTAssertEqual(try pctInt("%-#8x|", B("255")), "0xff    |", "'%-#8x|' % (255,)")
        XCTAssertEqual(try pctInt("% 05d", B("3")), " 0003", "'% 05d' % (3,)")
        XCTAssertEqual(try pctInt("%+05d", B("-3")), "-0003", "'%+05d' % (-3,)")
        XCTAssertEqual(try pctInt("%#.3x", B("5")), "0x005", "'%#.3x' % (5,)")
        XCTAssertEqual(try pctInt("%o", B("-8")), "-10", "'%o' % (-8,)")
        XCTAssertEqual(try pctInt("%i", B("7")), "7", "'%i' % (7,)")
        XCTAssertEqual(try pctInt("%u", B("7")), "7", "'%u' % (7,)")
        XCTAssertEqual(try pctInt("%0-5d|", B("3")), "3    |", "'%0-5d|' % (3,)")
        XCTAssertEqual(try pctInt("%-010d|", B("5")), "5         |", "'%-010d|' % (5,)")
        XCTAssertEqual(try pctInt("%d", B("1180591620717411303424")), "1180591620717411303424", "'%d' % (1180591620717411303424,)")
        XCTAssertEqual(try pctInt("%x", B("-1180591620717411303424")), "-400000000000000000", "'%x' % (-1180591620717411303424,)")
        XCTAssertEqual(try pctInt("%#.30o", B("1048576")), "0o000000000000000000000004000000", "'%#.30o' % (1048576,)")
        XCTAssertEqual(try pctFloat("%f", Double(bitPattern: 0x400921F9F01B866E)), "3.141590", "'%f' % (3.14159,)")
        XCTAssertEqual(try pctFloat("%.2f", Double(bitPattern: 0x4033FFBE76C8B439)), "20.00", "'%.2f' % (19.999,)")
        XCTAssertEqual(try pctFloat("%5.1f", Double(bitPattern: 0x400921F9F01B866E)), "  3.1", "'%5.1f' % (3.14159,)")
        XCTAssertEqual(try pctFloat("%e", Double(bitPattern: 0x40C81CD6C8B43958)), "1.234568e+04", "'%e' % (12345.678,)")
        XCTAssertEqual(try pctFloat("%E", Double(bitPattern: 0x3F1F75104D551D69)), "1.200000E-04", "'%E' % (0.00012,)")
        XCTAssertEqual(try pctFloat("%g", Double(bitPattern: 0x40F86A0000000000)), "100000", "'%g' % (100000.0,)")
        XCTAssertEqual(try pctFloat("%g", Double(bitPattern: 0x412E848000000000)), "1e+06", "'%g' % (1000000.0,)")
        XCTAssertEqual(try pctFloat("%#g", Double(bitPattern: 0x3FF0000000000000)), "1.00000", "'%#g' % (1.0,)")
        XCTAssertEqual(try pctFloat("%.0e", Double(bitPattern: 0x40C81C8000000000)), "1e+04", "'%.0e' % (12345.0,)")
        XCTAssertEqual(try pctFloat("%#.0f", Double(bitPattern: 0x4000000000000000)), "2.", "'%#.0f' % (2.0,)")
        XCTAssertEqual(try pctFloat("%F", Double.infinity), "INF", "'%F' % (inf,)")
        XCTAssertEqual(try pctFloat("%05.1f", Double(bitPattern: 0xC004000000000000)), "-02.5", "'%05.1f' % (-2.5,)")
        XCTAssertEqual(try pctFloat("%+.2e", Double(bitPattern: 0x40C81CD6C8B43958)), "+1.23e+04", "'%+.2e' % (12345.678,)")
        XCTAssertEqual(try pctFloat("%05f", Double.infinity), "00inf", "'%05f' % (inf,)")
        XCTAssertEqual(try pctFloat("%010.3e", Double(bitPattern: 0xBFF8000000000000)), "-1.500e+00", "'%010.3e' % (-1.5,)")
        XCTAssertEqual(try pctFloat("%-10.3e|", Double(bitPattern: 0x3FF8000000000000)), "1.500e+00 |", "'%-10.3e|' % (1.5,)")
        XCTAssertEqual(try pctFloat("%.3g", Double(bitPattern: 0x3F202C9DEDBC309D)), "0.000123", "'%.3g' % (0.0001234,)")
        XCTAssertEqual(try pctFloat("%g", Double(bitPattern: 0x3EE4F8B588E368F1)), "1e-05", "'%g' % (1e-05,)")
        XCTAssertEqual(try pctFloat("%G", Double(bitPattern: 0x3BC79CA10C924223)), "1E-20", "'%G' % (1e-20,)")
        XCTAssertEqual(try pctFloat("% e", Double(bitPattern: 0x3FF8000000000000)), " 1.500000e+00", "'% e' % (1.5,)")
        XCTAssertEqual(try pctFloat("%.f", Double(bitPattern: 0x4004000000000000)), "2", "'%.f' % (2.5,)")
        XCTAssertEqual(try pctFloat("%.0f", Double(bitPattern: 0x3FE0000000000000)), "0", "'%.0f' % (0.5,)")
        XCTAssertEqual(try pctFloat("%.0f", Double(bitPattern: 0x3FF8000000000000)), "2", "'%.0f' % (1.5,)")
        XCTAssertEqual(try pctFloat("%10.4f", Double(bitPattern: 0x3FE5555555555555)), "    0.6667", "'%10.4f' % (0.6666666666666666,)")
        XCTAssertEqual(try pctFloat("%-10.1f|", Double(bitPattern: 0x4023FAE147AE147B)), "10.0      |", "'%-10.1f|' % (9.99,)")
        XCTAssertEqual(try pctFloat("%+f", Double.nan), "+nan", "'%+f' % (nan,)")
        XCTAssertEqual(try pctFloat("%.3f", Double(bitPattern: 0x4005666666666666)), "2.675", "'%.3f' % (2.675,)")
        XCTAssertEqual(try pctText("%s", P("abc")), "abc", "'%s' % ('abc',)")
        XCTAssertEqual(try pctText("%.2s", P("abc")), "ab", "'%.2s' % ('abc',)")
        XCTAssertEqual(try pctText("%5.2s|", P("abc")), "   ab|", "'%5.2s|' % ('abc',)")
        XCTAssertEqual(try pctText("%10.4s|", P("abcdefg")), "      abcd|", "'%10.4s|' % ('abcdefg',)")
        XCTAssertEqual(try pctText("%-6s|", P("日本")), "日本    |", "'%-6s|' % ('日本',)")
        XCTAssertEqual(try pctText("%05s", P("ab")), "   ab", "'%05s' % ('ab',)")
        XCTAssertEqual(try pctText("%+s", P("ab")), "ab", "'%+s' % ('ab',)")
        XCTAssertEqual(try pctText("%c", P("x")), "x", "'%c' % ('x',)")
        XCTAssertEqual(try pctText("%5c", P("x")), "    x", "'%5c' % ('x',)")
        XCTAssertEqual(try pctText("%-5c|", P("x")), "x    |", "'%-5c|' % ('x',)")
        XCTAssertEqual(try pctText("%05c", P("x")), "    x", "'%05c' % ('x',)")
        assertThrows(try pctParseOnly("abc %y"), "ValueError", "unsupported format character 'y' (0x79) at index 5")
        assertThrows(try pctParseOnly("abc %é"), "ValueError", "unsupported format character '?' (0xe9) at index 5")
        assertThrows(try pctParseOnly("abc %\u{1}"), "ValueError", "unsupported format character '?' (0x1) at index 5")
        assertThrows(try pctParseOnly("%"), "ValueError", "incomplete format")
        assertThrows(try pctParseOnly("abc %5"), "ValueError", "incomplete format")
        assertThrows(try pctParseOnly("%(a"), "ValueError", "incomplete format key")
        assertThrows(try pctParseOnly("%5%"), "ValueError", "unsupported format character '%' (0x25) at index 2")
        assertThrows(try pctParseOnly("%-5%|"), "ValueError", "unsupported format character '%' (0x25) at index 3")
        assertThrows(try pctParseOnly("%(a)%"), "ValueError", "unsupported format character '%' (0x25) at index 4")
        assertThrows(try pctParseOnly("%."), "ValueError", "incomplete format")
        assertThrows(try pctParseOnly("%(k)-5.2"), "ValueError", "incomplete format")
        assertThrows(try pctParseOnly("%ll"), "ValueError", "unsupported format character 'l' (0x6c) at index 2")
    }

    func testParseIntFloat() throws {
        XCTAssertEqual(try parsedBig(" 12 ", 10), "12", "str(int(' 12 ', 10))")
        XCTAssertEqual(try parsedBig("1_000", 10), "1000", "str(int('1_000', 10))")
        assertThrows(try parsedBig("_1", 10), "ValueError", "invalid literal for int() with base 10: '_1'")
        assertThrows(try parsedBig("1__0", 10), "ValueError", "invalid literal for int() with base 10: '1__0'")
        XCTAssertEqual(try parsedBig("0x1f", 16), "31", "str(int('0x1f', 16))")
        XCTAssertEqual(try parsedBig("0x1f", 0), "31", "str(int('0x1f', 0))")
        assertThrows(try parsedBig("010", 0), "ValueError", "invalid literal for int() with base 0: '010'")
        XCTAssertEqual(try parsedBig("000", 0), "0", "str(int('000', 0))")
        XCTAssertEqual(try parsedBig("0_0", 0), "0", "str(int('0_0', 0))")
        XCTAssertEqual(try parsedBig("0b_1", 0), "1", "str(int('0b_1', 0))")
        XCTAssertEqual(try parsedBig("z", 36), "35", "str(int('z', 36))")
        assertThrows(try parsedBig("12", 1), "ValueError", "int() base must be >= 2 and <= 36, or 0")
        assertThrows(try parsedBig("", 10), "ValueError", "invalid literal for int() with base 10: ''")
        assertThrows(try parsedBig("+", 10), "ValueError", "invalid literal for int() with base 10: '+'")
        XCTAssertEqual(try parsedBig("-0", 10), "0", "str(int('-0', 10))")
        XCTAssertEqual(try parsedBig("١٢٣", 10), "123", "str(int('١٢٣', 10))")
        XCTAssertEqual(try parsedBig(" \u{2003} 42\u{3000}", 10), "42", "str(int(' \\u2003 42\\u3000', 10))")
        assertThrows(try parsedBig("abc", 10), "ValueError", "invalid literal for int() with base 10: 'abc'")
        assertThrows(try parsedBig("0xg", 0), "ValueError", "invalid literal for int() with base 0: '0xg'")
        assertThrows(try parsedBig("0x", 16), "ValueError", "invalid literal for int() with base 16: '0x'")
        XCTAssertEqual(try parsedBig("-0x1f", 16), "-31", "str(int('-0x1f', 16))")
        assertThrows(try parsedBig("1 2", 10), "ValueError", "invalid literal for int() with base 10: '1 2'")
        assertThrows(try parsedBig("1_", 10), "ValueError", "invalid literal for int() with base 10: '1_'")
        assertThrows(try parsedBig("0b102", 0), "ValueError", "invalid literal for int() with base 0: '0b102'")
        assertThrows(try parsedBig("٣x", 10), "ValueError", "invalid literal for int() with base 10: '٣x'")
        assertThrows(try parsedBig("12", 2), "ValueError", "invalid literal for int() with base 2: '12'")
        assertThrows(try parsedBig("é", 10), "ValueError", "invalid literal for int() with base 10: 'é'")
        assertThrows(try parsedBig("+_1", 10), "ValueError", "invalid literal for int() with base 10: '+_1'")
        XCTAssertEqual(try parsedBig("9223372036854775807", 10), "9223372036854775807", "str(int('9223372036854775807', 10))")
        XCTAssertEqual(try parsedBig("9223372036854775808", 10), "9223372036854775808", "str(int('9223372036854775808', 10))")
        XCTAssertEqual(try parsedBig("-9223372036854775808", 10), "-9223372036854775808", "str(int('-9223372036854775808', 10))")
        XCTAssertEqual(try parsedBig("-9223372036854775809", 10), "-9223372036854775809", "str(int('-9223372036854775809', 10))")
        XCTAssertEqual(try parsedBig("123456789012345678901234567890", 10), "123456789012345678901234567890", "str(int('123456789012345678901234567890', 10))")
        XCTAssertEqual(try parsedBig("ffffffffffffffffffff", 16), "1208925819614629174706175", "str(int('ffffffffffffffffffff', 16))")
        XCTAssertEqual(try parsedBig("0o777", 0), "511", "str(int('0o777', 0))")
        XCTAssertEqual(try parsedBig("777", 8), "511", "str(int('777', 8))")
        XCTAssertEqual(try parsedBig("ZZZZZZZZZZZZZZZ", 36), "221073919720733357899775", "str(int('ZZZZZZZZZZZZZZZ', 36))")
        assertThrows(try parsedBig("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 10), "ValueError", "invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
        assertThrows(try parsedBig("12", 37), "ValueError", "int() base must be >= 2 and <= 36, or 0")
        assertThrows(try parsedBig("\u{1c}5", 10), "ValueError", "invalid literal for int() with base 10: '\\x1c5'")
        XCTAssertEqual(try parsedBig("\u{85} 5", 10), "5", "str(int('\\x85 5', 10))")
        XCTAssertEqual(try parsedBig("5\u{2028}", 10), "5", "str(int('5\\u2028', 10))")
        assertThrows(try parsedBig("99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", 10), "ValueError", "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit")
        XCTAssertEqual(try parsedBig("1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 16), "172149991872460572643727944800200791621980386188614900855377290436043174801122746308643023552009188762393544798183166225", "str(int('1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111', 16))")
        XCTAssertEqual(try floatText("1_000.5"), "1000.5", "repr(float('1_000.5'))")
        XCTAssertEqual(try floatText(" 1e5 "), "100000.0", "repr(float(' 1e5 '))")
        XCTAssertEqual(try floatText("-Infinity"), "-inf", "repr(float('-Infinity'))")
        XCTAssertEqual(try floatText("nan"), "nan", "repr(float('nan'))")
        XCTAssertEqual(try floatText("+nAn"), "nan", "repr(float('+nAn'))")
        assertThrows(try floatText("1e"), "ValueError", "could not convert string to float: '1e'")
        assertThrows(try floatText("."), "ValueError", "could not convert string to float: '.'")
        XCTAssertEqual(try floatText("1."), "1.0", "repr(float('1.'))")
        XCTAssertEqual(try floatText(".5e-3"), "0.0005", "repr(float('.5e-3'))")
        assertThrows(try floatText("1__0"), "ValueError", "could not convert string to float: '1__0'")
        assertThrows(try floatText("_1"), "ValueError", "could not convert string to float: '_1'")
        assertThrows(try floatText("0x10"), "ValueError", "could not convert string to float: '0x10'")
        assertThrows(try floatText("infinit"), "ValueError", "could not convert string to float: 'infinit'")
        XCTAssertEqual(try floatText("1e500"), "inf", "repr(float('1e500'))")
        XCTAssertEqual(try floatText("-1e-500"), "-0.0", "repr(float('-1e-500'))")
        XCTAssertEqual(try floatText("١.٥"), "1.5", "repr(float('١.٥'))")
        assertThrows(try floatText("1_e5"), "ValueError", "could not convert string to float: '1_e5'")
        assertThrows(try floatText("1e_5"), "ValueError", "could not convert string to float: '1e_5'")
        assertThrows(try floatText("1_.5"), "ValueError", "could not convert string to float: '1_.5'")
        assertThrows(try floatText("in_f"), "ValueError", "could not convert string to float: 'in_f'")
        assertThrows(try floatText("  "), "ValueError", "could not convert string to float: '  '")
        assertThrows(try floatText(""), "ValueError", "could not convert string to float: ''")
        assertThrows(try floatText("-.e5"), "ValueError", "could not convert string to float: '-.e5'")
        assertThrows(try floatText("1e+"), "ValueError", "could not convert string to float: '1e+'")
        XCTAssertEqual(try floatText("+.5"), "0.5", "repr(float('+.5'))")
        XCTAssertEqual(try floatText("0_0.0_1"), "0.01", "repr(float('0_0.0_1'))")
        XCTAssertEqual(try floatText("inf"), "inf", "repr(float('inf'))")
        XCTAssertEqual(try floatText("-inf"), "-inf", "repr(float('-inf'))")
        XCTAssertEqual(try floatText("3.14"), "3.14", "repr(float('3.14'))")
        XCTAssertEqual(try floatText("  -2.5E-3\n"), "-0.0025", "repr(float('  -2.5E-3\\n'))")
        XCTAssertEqual(try floatText("1e-320"), "1e-320", "repr(float('1e-320'))")
        XCTAssertEqual(try floatText("0.1"), "0.1", "repr(float('0.1'))")
        XCTAssertEqual(try floatText("12345678901234567890"), "1.2345678901234567e+19", "repr(float('12345678901234567890'))")
        assertThrows(try floatText("\u{1c}5"), "ValueError", "could not convert string to float: '\\x1c5'")
        assertThrows(try floatText("5\u{1f}"), "ValueError", "could not convert string to float: '5\\x1f'")
        XCTAssertEqual(try floatText("\u{85} 5"), "5.0", "repr(float('\\x85 5'))")
        XCTAssertEqual(try floatText("5\u{2028}"), "5.0", "repr(float('5\\u2028'))")
    }

    func testRoundAndIntText() throws {
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x4005666666666666), ndigits: 2)), "2.67", "repr(round(2.675, 2))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x3FE0000000000000), ndigits: 0)), "0.0", "repr(round(0.5, 0))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x3FF8000000000000), ndigits: 0)), "2.0", "repr(round(1.5, 0))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x4004000000000000), ndigits: 0)), "2.0", "repr(round(2.5, 0))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x40C81C8000000000), ndigits: -2)), "12300.0", "repr(round(12345.0, -2))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x4096A80000000000), ndigits: -2)), "1400.0", "repr(round(1450.0, -2))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x4098380000000000), ndigits: -2)), "1600.0", "repr(round(1550.0, -2))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0xBFE0000000000000), ndigits: 0)), "-0.0", "repr(round(-0.5, 0))")
        assertThrows(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x7FEFFFFFFFFFFFFF), ndigits: -308)), "OverflowError", "rounded value too large to represent")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x0000000000000001), ndigits: 400)), "5e-324", "repr(round(5e-324, 400))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x405EDD2F1A9FBE77), ndigits: -5)), "0.0", "repr(round(123.456, -5))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0xC05EDD2F1A9FBE77), ndigits: -5)), "-0.0", "repr(round(-123.456, -5))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x407F400000000000), ndigits: -3)), "0.0", "repr(round(500.0, -3))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x407F500000000000), ndigits: -3)), "1000.0", "repr(round(501.0, -3))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x3FF0000000000001), ndigits: 15)), "1.0", "repr(round(1.0000000000000002, 15))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x3FC0000000000000), ndigits: 2)), "0.12", "repr(round(0.125, 2))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x3FD8000000000000), ndigits: 2)), "0.38", "repr(round(0.375, 2))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x7E37E43C8800759C), ndigits: -299)), "1e+300", "repr(round(1e+300, -299))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0xC004000000000000), ndigits: 0)), "-2.0", "repr(round(-2.5, 0))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x40934A456D5CFAAD), ndigits: 1)), "1234.6", "repr(round(1234.5678, 1))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x40934A456D5CFAAD), ndigits: -1)), "1230.0", "repr(round(1234.5678, -1))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x3FD3333333333334), ndigits: 10)), "0.3", "repr(round(0.30000000000000004, 10))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x4341C37937E08000), ndigits: -15)), "1e+16", "repr(round(1e+16, -15))")
        XCTAssertEqual(try pythonFloatRepr(pythonRound(Double(bitPattern: 0x4331C37937E08000), ndigits: -1)), "5000000000000000.0", "repr(round(5000000000000000.0, -1))")
        XCTAssertEqual(pythonIntPrefixed(B("0"), base: 16), "0x0", "hex(0)")
        XCTAssertEqual(pythonIntPrefixed(B("0"), base: 8), "0o0", "oct(0)")
        XCTAssertEqual(pythonIntPrefixed(B("0"), base: 2), "0b0", "bin(0)")
        XCTAssertEqual(pythonIntPrefixed(B("31"), base: 16), "0x1f", "hex(31)")
        XCTAssertEqual(pythonIntPrefixed(B("31"), base: 8), "0o37", "oct(31)")
        XCTAssertEqual(pythonIntPrefixed(B("31"), base: 2), "0b11111", "bin(31)")
        XCTAssertEqual(pythonIntPrefixed(B("-31"), base: 16), "-0x1f", "hex(-31)")
        XCTAssertEqual(pythonIntPrefixed(B("-31"), base: 8), "-0o37", "oct(-31)")
        XCTAssertEqual(pythonIntPrefixed(B("-31"), base: 2), "-0b11111", "bin(-31)")
        XCTAssertEqual(pythonIntPrefixed(B("255"), base: 16), "0xff", "hex(255)")
        XCTAssertEqual(pythonIntPrefixed(B("255"), base: 8), "0o377", "oct(255)")
        XCTAssertEqual(pythonIntPrefixed(B("255"), base: 2), "0b11111111", "bin(255)")
        XCTAssertEqual(pythonIntPrefixed(B("1180591620717411303424"), base: 16), "0x400000000000000000", "hex(1180591620717411303424)")
        XCTAssertEqual(pythonIntPrefixed(B("1180591620717411303424"), base: 8), "0o200000000000000000000000", "oct(1180591620717411303424)")
        XCTAssertEqual(pythonIntPrefixed(B("1180591620717411303424"), base: 2), "0b10000000000000000000000000000000000000000000000000000000000000000000000", "bin(1180591620717411303424)")
        XCTAssertEqual(pythonIntPrefixed(B("-1180591620717411303424"), base: 16), "-0x400000000000000000", "hex(-1180591620717411303424)")
        XCTAssertEqual(pythonIntPrefixed(B("-1180591620717411303424"), base: 8), "-0o200000000000000000000000", "oct(-1180591620717411303424)")
        XCTAssertEqual(pythonIntPrefixed(B("-1180591620717411303424"), base: 2), "-0b10000000000000000000000000000000000000000000000000000000000000000000000", "bin(-1180591620717411303424)")
        XCTAssertEqual(pythonIntPrefixed(-31, base: 16), "-0x1f", "hex(-31)")
        XCTAssertEqual(pythonIntPrefixed(-31, base: 2), "-0b11111", "bin(-31)")
        XCTAssertEqual(pythonIntPrefixed(0, base: 16), "0x0", "hex(0)")
        XCTAssertEqual(pythonIntPrefixed(0, base: 2), "0b0", "bin(0)")
        XCTAssertEqual(pythonIntPrefixed(9223372036854775807, base: 16), "0x7fffffffffffffff", "hex(9223372036854775807)")
        XCTAssertEqual(pythonIntPrefixed(9223372036854775807, base: 2), "0b111111111111111111111111111111111111111111111111111111111111111", "bin(9223372036854775807)")
        XCTAssertEqual(pythonIntPrefixed(Int.min, base: 16), "-0x8000000000000000", "hex(-9223372036854775808)")
        XCTAssertEqual(pythonIntPrefixed(Int.min, base: 2), "-0b1000000000000000000000000000000000000000000000000000000000000000", "bin(-9223372036854775808)")
        XCTAssertEqual(pythonFloatRepr(bigIntToDouble(B("1180591620717411303425"))), "1.1805916207174113e+21", "float(1180591620717411303425)")
        XCTAssertEqual(pythonFloatRepr(bigIntToDouble(B("9007199254740993"))), "9007199254740992.0", "float(9007199254740993)")
        XCTAssertEqual(pythonFloatRepr(bigIntToDouble(B("-18446744073709553665"))), "-1.8446744073709556e+19", "float(-18446744073709553665)")
        XCTAssertEqual(pythonFloatRepr(bigIntToDouble(B("134826985114673693079697889309176855021348273420672992955072560868299506854125722349531357991805652015840085409903545018244092326610812466869635572979605593283325920068649113957226664700934570589589812214063754326628613011756847161105434832905620427872512883013439723679960434453859787228626517247218168102912"))), "1.348269851146737e+308", "float(134826985114673693079697889309176855021348273420672992955072560868299506854125722349531357991805652015840085409903545018244092326610812466869635572979605593283325920068649113957226664700934570589589812214063754326628613011756847161105434832905620427872512883013439723679960434453859787228626517247218168102912)")
        XCTAssertEqual(pythonFloatRepr(bigIntToDouble(B("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"))), "inf", "float(179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792)")
        XCTAssertEqual(pythonFloatRepr(bigIntToDouble(B("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"))), "1.7976931348623157e+308", "float(179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368)")
        XCTAssertEqual(pythonFloatRepr(bigIntToDouble(B("1000000000000000000000000000007"))), "1e+30", "float(1000000000000000000000000000007)")
        XCTAssertEqual(pythonFloatRepr(bigIntToDouble(B("-10000000000000000000000"))), "-1e+22", "float(-10000000000000000000000)")
        XCTAssertEqual(pythonFloatRepr(bigIntToDouble(B("18014398509481987"))), "1.8014398509481988e+16", "float(18014398509481987)")
        XCTAssertEqual(try String(pythonIntToDecimal(BigInt(10).power(4299)).prefix(5)), "10000", "str(10**4299)[:5]")
        assertThrows(try pythonIntToDecimal(BigInt(10).power(4300)), "ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        XCTAssertEqual(try String(pythonIntToDecimal(-BigInt(10).power(4299)).prefix(5)), "-1000", "str(-10**4299)[:5]")
    }

    /// Per-character case mappings and predicates over whole blocks, concatenated, from CPython.
    func testBlockTablesAgainstCPython() {
        let blocks: [(UInt32, UInt32, [String])] = [
            (0x20, 0x3FF, [
                " !\"#$%&'()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u{7f}\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿àáâãäåæçèéêëìíîïðñòóôõö×øùúûüýþßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿāāăăąąććĉĉċċččďďđđēēĕĕėėęęěěĝĝğğġġģģĥĥħħĩĩīīĭĭįįi̇ıĳĳĵĵķķĸĺĺļļľľŀŀłłńńņņňňŉŋŋōōŏŏőőœœŕŕŗŗřřśśŝŝşşššţţťťŧŧũũūūŭŭůůűűųųŵŵŷŷÿźźżżžžſƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵơơƣƣƥƥʀƨƨʃƪƫƭƭʈưưʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌǎǎǐǐǒǒǔǔǖǖǘǘǚǚǜǜǝǟǟǡǡǣǣǥǥǧǧǩǩǫǫǭǭǯǯǰǳǳǳǵǵƕƿǹǹǻǻǽǽǿǿȁȁȃȃȅȅȇȇȉȉȋȋȍȍȏȏȑȑȓȓȕȕȗȗșșțțȝȝȟȟƞȡȣȣȥȥȧȧȩȩȫȫȭȭȯȯȱȱȳȳȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏɐɑɒɓɔɕɖɗɘəɚɛɜɝɞɟɠɡɢɣɤɥɦɧɨɩɪɫɬɭɮɯɰɱɲɳɴɵɶɷɸɹɺɻɼɽɾɿʀʁʂʃʄʅʆʇʈʉʊʋʌʍʎʏʐʑʒʓʔʕʖʗʘʙʚʛʜʝʞʟʠʡʢʣʤʥʦʧʨʩʪʫʬʭʮʯʰʱʲʳʴʵʶʷʸʹʺʻʼʽʾʿˀˁ˂˃˄˅ˆˇˈˉˊˋˌˍˎˏːˑ˒˓˔˕˖˗˘˙˚˛˜˝˞˟ˠˡˢˣˤ˥˦˧˨˩˪˫ˬ˭ˮ˯˰˱˲˳˴˵˶˷˸˹˺˻˼˽˾˿̴̵̶̷̸̡̢̧̨̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅ͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡ͱͱͳͳʹ͵ͷͷ\u{378}\u{379}ͺͻͼͽ;ϳ\u{380}\u{381}\u{382}\u{383}΄΅ά·έήί\u{38b}ό\u{38d}ύώΐαβγδεζηθικλμνξοπρ\u{3a2}στυφχψωϊϋάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώϗϐϑϒϓϔϕϖϗϙϙϛϛϝϝϟϟϡϡϣϣϥϥϧϧϩϩϫϫϭϭϯϯϰϱϲϳθϵ϶ϸϸϲϻϻϼͻͼͽ",
                " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`ABCDEFGHIJKLMNOPQRSTUVWXYZ{|}~\u{7f}\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´Μ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞSSÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ÷ØÙÚÛÜÝÞŸĀĀĂĂĄĄĆĆĈĈĊĊČČĎĎĐĐĒĒĔĔĖĖĘĘĚĚĜĜĞĞĠĠĢĢĤĤĦĦĨĨĪĪĬĬĮĮİIĲĲĴĴĶĶĸĹĹĻĻĽĽĿĿŁŁŃŃŅŅŇŇʼNŊŊŌŌŎŎŐŐŒŒŔŔŖŖŘŘŚŚŜŜŞŞŠŠŢŢŤŤŦŦŨŨŪŪŬŬŮŮŰŰŲŲŴŴŶŶŸŹŹŻŻŽŽSɃƁƂƂƄƄƆƇƇƉƊƋƋƍƎƏƐƑƑƓƔǶƖƗƘƘȽƛƜƝȠƟƠƠƢƢƤƤƦƧƧƩƪƫƬƬƮƯƯƱƲƳƳƵƵƷƸƸƺƻƼƼƾǷǀǁǂǃǄǄǄǇǇǇǊǊǊǍǍǏǏǑǑǓǓǕǕǗǗǙǙǛǛƎǞǞǠǠǢǢǤǤǦǦǨǨǪǪǬǬǮǮJ̌ǱǱǱǴǴǶǷǸǸǺǺǼǼǾǾȀȀȂȂȄȄȆȆȈȈȊȊȌȌȎȎȐȐȒȒȔȔȖȖȘȘȚȚȜȜȞȞȠȡȢȢȤȤȦȦȨȨȪȪȬȬȮȮȰȰȲȲȴȵȶȷȸȹȺȻȻȽȾⱾⱿɁɁɃɄɅɆɆɈɈɊɊɌɌɎɎⱯⱭⱰƁƆɕƉƊɘƏɚƐꞫɝɞɟƓꞬɢƔɤꞍꞪɧƗƖꞮⱢꞭɭɮƜɰⱮƝɳɴƟɶɷɸɹɺɻɼⱤɾɿƦʁꟅƩʄʅʆꞱƮɄƱƲɅʍʎʏʐʑƷʓʔʕʖʗʘʙʚʛʜꞲꞰʟʠʡʢʣʤʥʦʧʨʩʪʫʬʭʮʯʰʱʲʳʴʵʶʷʸʹʺʻʼʽʾʿˀˁ˂˃˄˅ˆˇˈˉˊˋˌˍˎˏːˑ˒˓˔˕˖˗˘˙˚˛˜˝˞˟ˠˡˢˣˤ˥˦˧˨˩˪˫ˬ˭ˮ˯˰˱˲˳˴˵˶˷˸˹˺˻˼˽˾˿̴̵̶̷̸̡̢̧̨̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́̕̚Ι͇͈͉͍͎͆͊͋͌͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡ͰͰͲͲʹ͵ͶͶ\u{378}\u{379}ͺϽϾϿ;Ϳ\u{380}\u{381}\u{382}\u{383}΄΅Ά·ΈΉΊ\u{38b}Ό\u{38d}ΎΏΪ́ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u{3a2}ΣΤΥΦΧΨΩΪΫΆΈΉΊΫ́ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΣΤΥΦΧΨΩΪΫΌΎΏϏΒΘϒϓϔΦΠϏϘϘϚϚϜϜϞϞϠϠϢϢϤϤϦϦϨϨϪϪϬϬϮϮΚΡϹͿϴΕ϶ϷϷϹϺϺϼϽϾϿ",
                " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`ABCDEFGHIJKLMNOPQRSTUVWXYZ{|}~\u{7f}\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´Μ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞSsÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ÷ØÙÚÛÜÝÞŸĀĀĂĂĄĄĆĆĈĈĊĊČČĎĎĐĐĒĒĔĔĖĖĘĘĚĚĜĜĞĞĠĠĢĢĤĤĦĦĨĨĪĪĬĬĮĮİIĲĲĴĴĶĶĸĹĹĻĻĽĽĿĿŁŁŃŃŅŅŇŇʼNŊŊŌŌŎŎŐŐŒŒŔŔŖŖŘŘŚŚŜŜŞŞŠŠŢŢŤŤŦŦŨŨŪŪŬŬŮŮŰŰŲŲŴŴŶŶŸŹŹŻŻŽŽSɃƁƂƂƄƄƆƇƇƉƊƋƋƍƎƏƐƑƑƓƔǶƖƗƘƘȽƛƜƝȠƟƠƠƢƢƤƤƦƧƧƩƪƫƬƬƮƯƯƱƲƳƳƵƵƷƸƸƺƻƼƼƾǷǀǁǂǃǅǅǅǈǈǈǋǋǋǍǍǏǏǑǑǓǓǕǕǗǗǙǙǛǛƎǞǞǠǠǢǢǤǤǦǦǨǨǪǪǬǬǮǮJ̌ǲǲǲǴǴǶǷǸǸǺǺǼǼǾǾȀȀȂȂȄȄȆȆȈȈȊȊȌȌȎȎȐȐȒȒȔȔȖȖȘȘȚȚȜȜȞȞȠȡȢȢȤȤȦȦȨȨȪȪȬȬȮȮȰȰȲȲȴȵȶȷȸȹȺȻȻȽȾⱾⱿɁɁɃɄɅɆɆɈɈɊɊɌɌɎɎⱯⱭⱰƁƆɕƉƊɘƏɚƐꞫɝɞɟƓꞬɢƔɤꞍꞪɧƗƖꞮⱢꞭɭɮƜɰⱮƝɳɴƟɶɷɸɹɺɻɼⱤɾɿƦʁꟅƩʄʅʆꞱƮɄƱƲɅʍʎʏʐʑƷʓʔʕʖʗʘʙʚʛʜꞲꞰʟʠʡʢʣʤʥʦʧʨʩʪʫʬʭʮʯʰʱʲʳʴʵʶʷʸʹʺʻʼʽʾʿˀˁ˂˃˄˅ˆˇˈˉˊˋˌˍˎˏːˑ˒˓˔˕˖˗˘˙˚˛˜˝˞˟ˠˡˢˣˤ˥˦˧˨˩˪˫ˬ˭ˮ˯˰˱˲˳˴˵˶˷˸˹˺˻˼˽˾˿̴̵̶̷̸̡̢̧̨̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́̕̚Ι͇͈͉͍͎͆͊͋͌͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡ͰͰͲͲʹ͵ͶͶ\u{378}\u{379}ͺϽϾϿ;Ϳ\u{380}\u{381}\u{382}\u{383}΄΅Ά·ΈΉΊ\u{38b}Ό\u{38d}ΎΏΪ́ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u{3a2}ΣΤΥΦΧΨΩΪΫΆΈΉΊΫ́ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΣΤΥΦΧΨΩΪΫΌΎΏϏΒΘϒϓϔΦΠϏϘϘϚϚϜϜϞϞϠϠϢϢϤϤϦϦϨϨϪϪϬϬϮϮΚΡϹͿϴΕ϶ϷϷϹϺϺϼϽϾϿ",
                " !\"#$%&'()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u{7f}\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´μ¶·¸¹º»¼½¾¿àáâãäåæçèéêëìíîïðñòóôõö×øùúûüýþssàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿāāăăąąććĉĉċċččďďđđēēĕĕėėęęěěĝĝğğġġģģĥĥħħĩĩīīĭĭįįi̇ıĳĳĵĵķķĸĺĺļļľľŀŀłłńńņņňňʼnŋŋōōŏŏőőœœŕŕŗŗřřśśŝŝşşššţţťťŧŧũũūūŭŭůůűűųųŵŵŷŷÿźźżżžžsƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵơơƣƣƥƥʀƨƨʃƪƫƭƭʈưưʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌǎǎǐǐǒǒǔǔǖǖǘǘǚǚǜǜǝǟǟǡǡǣǣǥǥǧǧǩǩǫǫǭǭǯǯǰǳǳǳǵǵƕƿǹǹǻǻǽǽǿǿȁȁȃȃȅȅȇȇȉȉȋȋȍȍȏȏȑȑȓȓȕȕȗȗșșțțȝȝȟȟƞȡȣȣȥȥȧȧȩȩȫȫȭȭȯȯȱȱȳȳȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏɐɑɒɓɔɕɖɗɘəɚɛɜɝɞɟɠɡɢɣɤɥɦɧɨɩɪɫɬɭɮɯɰɱɲɳɴɵɶɷɸɹɺɻɼɽɾɿʀʁʂʃʄʅʆʇʈʉʊʋʌʍʎʏʐʑʒʓʔʕʖʗʘʙʚʛʜʝʞʟʠʡʢʣʤʥʦʧʨʩʪʫʬʭʮʯʰʱʲʳʴʵʶʷʸʹʺʻʼʽʾʿˀˁ˂˃˄˅ˆˇˈˉˊˋˌˍˎˏːˑ˒˓˔˕˖˗˘˙˚˛˜˝˞˟ˠˡˢˣˤ˥˦˧˨˩˪˫ˬ˭ˮ˯˰˱˲˳˴˵˶˷˸˹˺˻˼˽˾˿̴̵̶̷̸̡̢̧̨̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́̕̚ι͇͈͉͍͎͆͊͋͌͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡ͱͱͳͳʹ͵ͷͷ\u{378}\u{379}ͺͻͼͽ;ϳ\u{380}\u{381}\u{382}\u{383}΄΅ά·έήί\u{38b}ό\u{38d}ύώΐαβγδεζηθικλμνξοπρ\u{3a2}στυφχψωϊϋάέήίΰαβγδεζηθικλμνξοπρσστυφχψωϊϋόύώϗβθϒϓϔφπϗϙϙϛϛϝϝϟϟϡϡϣϣϥϥϧϧϩϩϫϫϭϭϯϯκρϲϳθε϶ϸϸϲϻϻϼͻͼͽ",
                " !\"#$%&'()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\\]^_`ABCDEFGHIJKLMNOPQRSTUVWXYZ{|}~\u{7f}\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´Μ¶·¸¹º»¼½¾¿àáâãäåæçèéêëìíîïðñòóôõö×øùúûüýþSSÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ÷ØÙÚÛÜÝÞŸāĀăĂąĄćĆĉĈċĊčČďĎđĐēĒĕĔėĖęĘěĚĝĜğĞġĠģĢĥĤħĦĩĨīĪĭĬįĮi̇IĳĲĵĴķĶĸĺĹļĻľĽŀĿłŁńŃņŅňŇʼNŋŊōŌŏŎőŐœŒŕŔŗŖřŘśŚŝŜşŞšŠţŢťŤŧŦũŨūŪŭŬůŮűŰųŲŵŴŷŶÿźŹżŻžŽSɃɓƃƂƅƄɔƈƇɖɗƌƋƍǝəɛƒƑɠɣǶɩɨƙƘȽƛɯɲȠɵơƠƣƢƥƤʀƨƧʃƪƫƭƬʈưƯʊʋƴƳƶƵʒƹƸƺƻƽƼƾǷǀǁǂǃǆǅǄǉǈǇǌǋǊǎǍǐǏǒǑǔǓǖǕǘǗǚǙǜǛƎǟǞǡǠǣǢǥǤǧǦǩǨǫǪǭǬǯǮJ̌ǳǲǱǵǴƕƿǹǸǻǺǽǼǿǾȁȀȃȂȅȄȇȆȉȈȋȊȍȌȏȎȑȐȓȒȕȔȗȖșȘțȚȝȜȟȞƞȡȣȢȥȤȧȦȩȨȫȪȭȬȯȮȱȰȳȲȴȵȶȷȸȹⱥȼȻƚⱦⱾⱿɂɁƀʉʌɇɆɉɈɋɊɍɌɏɎⱯⱭⱰƁƆɕƉƊɘƏɚƐꞫɝɞɟƓꞬɢƔɤꞍꞪɧƗƖꞮⱢꞭɭɮƜɰⱮƝɳɴƟɶɷɸɹɺɻɼⱤɾɿƦʁꟅƩʄʅʆꞱƮɄƱƲɅʍʎʏʐʑƷʓʔʕʖʗʘʙʚʛʜꞲꞰʟʠʡʢʣʤʥʦʧʨʩʪʫʬʭʮʯʰʱʲʳʴʵʶʷʸʹʺʻʼʽʾʿˀˁ˂˃˄˅ˆˇˈˉˊˋˌˍˎˏːˑ˒˓˔˕˖˗˘˙˚˛˜˝˞˟ˠˡˢˣˤ˥˦˧˨˩˪˫ˬ˭ˮ˯˰˱˲˳˴˵˶˷˸˹˺˻˼˽˾˿̴̵̶̷̸̡̢̧̨̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́̕̚Ι͇͈͉͍͎͆͊͋͌͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡ͱͰͳͲʹ͵ͷͶ\u{378}\u{379}ͺϽϾϿ;ϳ\u{380}\u{381}\u{382}\u{383}΄΅ά·έήί\u{38b}ό\u{38d}ύώΪ́αβγδεζηθικλμνξοπρ\u{3a2}στυφχψωϊϋΆΈΉΊΫ́ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΣΤΥΦΧΨΩΪΫΌΎΏϗΒΘϒϓϔΦΠϏϙϘϛϚϝϜϟϞϡϠϣϢϥϤϧϦϩϨϫϪϭϬϯϮΚΡϹͿθΕ϶ϸϷϲϻϺϼͻͼͽ",
                "00001000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100111000010011100001001110000100111000010011100001001110000100111000010011100001001110000100111000010000000001000000000100000000010000000001000000000100000000010000000001010000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111000000001000000000100000000010000000001000000000110000000010100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010110000000010000000001000000000100000000010000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001010000010110000000010000000001000000000000000000010000000001000000000100000000010001100001000110000100000000010100000101100000000100000000010000000001000110000101000001011000000001000010000100001000010000100001000000000101000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011100000000101000010111100001011110000101111000010111100001011110000101111000010111100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011000000001010000010111000001011100000101110000010111000001011100000101110000010111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000101111000001011100001011110000010111000010111100000101110000010111000001011100001011110000101111000001011100001011110000010111000010111100001011110000010111000010111100001011110000101111000001011100000101110000101111000010111100001011110000101111000001011100001011110000101111000001011100001011110000101111000010111100000101110000010111000001011100001011110000101111000001011100001011110000101111000001011100001011110000010111000010111100000101110000101111000010111100000101110000101111000001011100000101110000101111000001011100001011110000101111000001011100001011110000101111000010111100000101110000101111000001011100001011110000101111000001011100000101110000000111000010111100000101110000010111000001011100000001110000000111000000011100000001110000101111000000111100000101110000101111000000111100000101110000101111000000111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100000101110000101111000000111100000101110000101111000001011100001011110000101111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000001011100000101110000010111000001011100000101110000010111000010111100001011110000010111000010111100001011110000010111000001011100001011110000010111000010111100001011110000101111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000000011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000001110000000111000000011100000001110000000111000000011100000001110000010111000001011000000001000000000100000000010000000001010000000111000000011100000001110000000111000000011100000001110000000111000000011100000001110000000111000000011100000001100000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010100000101110000010111000001011100000101110000010110000000010000000001000000000100000000010000000001000000000100000000010100000001100000000101000000011000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000001010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010100001011110000010111000010111100000101110000000110000000010100001011110000010110000000000000000000010000010101000001011100000101110000010110000000010100001011100000000000000000000000000000000000000000000000010000000001010000101110000000010100001011110000101111000010111000000000010000101110000000000100001011110000101111000001011100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101110000000000100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000010111100000101110000010111000010111100001011110000101111000001011100000101110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000001011100000101110000010111000001011100001011110000010110000000010100001011110000010111000010111100001011110000010111000001011100001011110000101111000010111",
            ]),
            (0x400, 0x52F, [
                "ѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюяабвгдежзийклмнопрстуфхцчшщъыьэюяѐёђѓєѕіїјљњћќѝўџѡѡѣѣѥѥѧѧѩѩѫѫѭѭѯѯѱѱѳѳѵѵѷѷѹѹѻѻѽѽѿѿҁҁ҂҃҄҅҆҇҈҉ҋҋҍҍҏҏґґғғҕҕҗҗҙҙққҝҝҟҟҡҡңңҥҥҧҧҩҩҫҫҭҭүүұұҳҳҵҵҷҷҹҹһһҽҽҿҿӏӂӂӄӄӆӆӈӈӊӊӌӌӎӎӏӑӑӓӓӕӕӗӗәәӛӛӝӝӟӟӡӡӣӣӥӥӧӧөөӫӫӭӭӯӯӱӱӳӳӵӵӷӷӹӹӻӻӽӽӿӿԁԁԃԃԅԅԇԇԉԉԋԋԍԍԏԏԑԑԓԓԕԕԗԗԙԙԛԛԝԝԟԟԡԡԣԣԥԥԧԧԩԩԫԫԭԭԯԯ",
                "ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏѠѠѢѢѤѤѦѦѨѨѪѪѬѬѮѮѰѰѲѲѴѴѶѶѸѸѺѺѼѼѾѾҀҀ҂҃҄҅҆҇҈҉ҊҊҌҌҎҎҐҐҒҒҔҔҖҖҘҘҚҚҜҜҞҞҠҠҢҢҤҤҦҦҨҨҪҪҬҬҮҮҰҰҲҲҴҴҶҶҸҸҺҺҼҼҾҾӀӁӁӃӃӅӅӇӇӉӉӋӋӍӍӀӐӐӒӒӔӔӖӖӘӘӚӚӜӜӞӞӠӠӢӢӤӤӦӦӨӨӪӪӬӬӮӮӰӰӲӲӴӴӶӶӸӸӺӺӼӼӾӾԀԀԂԂԄԄԆԆԈԈԊԊԌԌԎԎԐԐԒԒԔԔԖԖԘԘԚԚԜԜԞԞԠԠԢԢԤԤԦԦԨԨԪԪԬԬԮԮ",
                "ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏѠѠѢѢѤѤѦѦѨѨѪѪѬѬѮѮѰѰѲѲѴѴѶѶѸѸѺѺѼѼѾѾҀҀ҂҃҄҅҆҇҈҉ҊҊҌҌҎҎҐҐҒҒҔҔҖҖҘҘҚҚҜҜҞҞҠҠҢҢҤҤҦҦҨҨҪҪҬҬҮҮҰҰҲҲҴҴҶҶҸҸҺҺҼҼҾҾӀӁӁӃӃӅӅӇӇӉӉӋӋӍӍӀӐӐӒӒӔӔӖӖӘӘӚӚӜӜӞӞӠӠӢӢӤӤӦӦӨӨӪӪӬӬӮӮӰӰӲӲӴӴӶӶӸӸӺӺӼӼӾӾԀԀԂԂԄԄԆԆԈԈԊԊԌԌԎԎԐԐԒԒԔԔԖԖԘԘԚԚԜԜԞԞԠԠԢԢԤԤԦԦԨԨԪԪԬԬԮԮ",
                "ѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюяабвгдежзийклмнопрстуфхцчшщъыьэюяѐёђѓєѕіїјљњћќѝўџѡѡѣѣѥѥѧѧѩѩѫѫѭѭѯѯѱѱѳѳѵѵѷѷѹѹѻѻѽѽѿѿҁҁ҂҃҄҅҆҇҈҉ҋҋҍҍҏҏґґғғҕҕҗҗҙҙққҝҝҟҟҡҡңңҥҥҧҧҩҩҫҫҭҭүүұұҳҳҵҵҷҷҹҹһһҽҽҿҿӏӂӂӄӄӆӆӈӈӊӊӌӌӎӎӏӑӑӓӓӕӕӗӗәәӛӛӝӝӟӟӡӡӣӣӥӥӧӧөөӫӫӭӭӯӯӱӱӳӳӵӵӷӷӹӹӻӻӽӽӿӿԁԁԃԃԅԅԇԇԉԉԋԋԍԍԏԏԑԑԓԓԕԕԗԗԙԙԛԛԝԝԟԟԡԡԣԣԥԥԧԧԩԩԫԫԭԭԯԯ",
                "ѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏѡѠѣѢѥѤѧѦѩѨѫѪѭѬѯѮѱѰѳѲѵѴѷѶѹѸѻѺѽѼѿѾҁҀ҂҃҄҅҆҇҈҉ҋҊҍҌҏҎґҐғҒҕҔҗҖҙҘқҚҝҜҟҞҡҠңҢҥҤҧҦҩҨҫҪҭҬүҮұҰҳҲҵҴҷҶҹҸһҺҽҼҿҾӏӂӁӄӃӆӅӈӇӊӉӌӋӎӍӀӑӐӓӒӕӔӗӖәӘӛӚӝӜӟӞӡӠӣӢӥӤӧӦөӨӫӪӭӬӯӮӱӰӳӲӵӴӷӶӹӸӻӺӽӼӿӾԁԀԃԂԅԄԇԆԉԈԋԊԍԌԏԎԑԐԓԒԕԔԗԖԙԘԛԚԝԜԟԞԡԠԣԢԥԤԧԦԩԨԫԪԭԬԯԮ",
                "1000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011000000001000000000100000000010000000001000000000100000000010000000001000000000101000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011",
            ]),
            (0x530, 0x58F, [
                "\u{530}աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ\u{557}\u{558}ՙ՚՛՜՝՞՟ՠաբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆևֈ։֊\u{58b}\u{58c}֍֎֏",
                "\u{530}ԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖ\u{557}\u{558}ՙ՚՛՜՝՞՟ՠԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖԵՒֈ։֊\u{58b}\u{58c}֍֎֏",
                "\u{530}ԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖ\u{557}\u{558}ՙ՚՛՜՝՞՟ՠԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖԵւֈ։֊\u{58b}\u{58c}֍֎֏",
                "\u{530}աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ\u{557}\u{558}ՙ՚՛՜՝՞՟ՠաբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆեւֈ։֊\u{58b}\u{58c}֍֎֏",
                "\u{530}աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ\u{557}\u{558}ՙ՚՛՜՝՞՟ՠԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖԵՒֈ։֊\u{58b}\u{58c}֍֎֏",
                "000000000010000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111000000000000000000001000000011000000001000000000100000000010000000001000000000100000000010100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010110000000010000000001000000000000000000000000000001000000000100000000010",
            ]),
            (0x10A0, 0x10FF, [
                "ⴀⴁⴂⴃⴄⴅⴆⴇⴈⴉⴊⴋⴌⴍⴎⴏⴐⴑⴒⴓⴔⴕⴖⴗⴘⴙⴚⴛⴜⴝⴞⴟⴠⴡⴢⴣⴤⴥ\u{10c6}ⴧ\u{10c8}\u{10c9}\u{10ca}\u{10cb}\u{10cc}ⴭ\u{10ce}\u{10cf}აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰჱჲჳჴჵჶჷჸჹჺ჻ჼჽჾჿ",
                "ႠႡႢႣႤႥႦႧႨႩႪႫႬႭႮႯႰႱႲႳႴႵႶႷႸႹႺႻႼႽႾႿჀჁჂჃჄჅ\u{10c6}Ⴧ\u{10c8}\u{10c9}\u{10ca}\u{10cb}\u{10cc}Ⴭ\u{10ce}\u{10cf}ᲐᲑᲒᲓᲔᲕᲖᲗᲘᲙᲚᲛᲜᲝᲞᲟᲠᲡᲢᲣᲤᲥᲦᲧᲨᲩᲪᲫᲬᲭᲮᲯᲰᲱᲲᲳᲴᲵᲶᲷᲸᲹᲺ჻ჼᲽᲾᲿ",
                "ႠႡႢႣႤႥႦႧႨႩႪႫႬႭႮႯႰႱႲႳႴႵႶႷႸႹႺႻႼႽႾႿჀჁჂჃჄჅ\u{10c6}Ⴧ\u{10c8}\u{10c9}\u{10ca}\u{10cb}\u{10cc}Ⴭ\u{10ce}\u{10cf}აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰჱჲჳჴჵჶჷჸჹჺ჻ჼჽჾჿ",
                "ⴀⴁⴂⴃⴄⴅⴆⴇⴈⴉⴊⴋⴌⴍⴎⴏⴐⴑⴒⴓⴔⴕⴖⴗⴘⴙⴚⴛⴜⴝⴞⴟⴠⴡⴢⴣⴤⴥ\u{10c6}ⴧ\u{10c8}\u{10c9}\u{10ca}\u{10cb}\u{10cc}ⴭ\u{10ce}\u{10cf}აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰჱჲჳჴჵჶჷჸჹჺ჻ჼჽჾჿ",
                "ⴀⴁⴂⴃⴄⴅⴆⴇⴈⴉⴊⴋⴌⴍⴎⴏⴐⴑⴒⴓⴔⴕⴖⴗⴘⴙⴚⴛⴜⴝⴞⴟⴠⴡⴢⴣⴤⴥ\u{10c6}ⴧ\u{10c8}\u{10c9}\u{10ca}\u{10cb}\u{10cc}ⴭ\u{10ce}\u{10cf}ᲐᲑᲒᲓᲔᲕᲖᲗᲘᲙᲚᲛᲜᲝᲞᲟᲠᲡᲢᲣᲤᲥᲦᲧᲨᲩᲪᲫᲬᲭᲮᲯᲰᲱᲲᲳᲴᲵᲶᲷᲸᲹᲺ჻ჼᲽᲾᲿ",
                "100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101110000000000100001011100000000000000000000000000000000000000000000000000100001011100000000000000000000100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101100000000101000000011100000101110000010111000001011",
            ]),
            (0x13A0, 0x13FF, [
                "ꭰꭱꭲꭳꭴꭵꭶꭷꭸꭹꭺꭻꭼꭽꭾꭿꮀꮁꮂꮃꮄꮅꮆꮇꮈꮉꮊꮋꮌꮍꮎꮏꮐꮑꮒꮓꮔꮕꮖꮗꮘꮙꮚꮛꮜꮝꮞꮟꮠꮡꮢꮣꮤꮥꮦꮧꮨꮩꮪꮫꮬꮭꮮꮯꮰꮱꮲꮳꮴꮵꮶꮷꮸꮹꮺꮻꮼꮽꮾꮿᏸᏹᏺᏻᏼᏽ\u{13f6}\u{13f7}ᏸᏹᏺᏻᏼᏽ\u{13fe}\u{13ff}",
                "ᎠᎡᎢᎣᎤᎥᎦᎧᎨᎩᎪᎫᎬᎭᎮᎯᎰᎱᎲᎳᎴᎵᎶᎷᎸᎹᎺᎻᎼᎽᎾᎿᏀᏁᏂᏃᏄᏅᏆᏇᏈᏉᏊᏋᏌᏍᏎᏏᏐᏑᏒᏓᏔᏕᏖᏗᏘᏙᏚᏛᏜᏝᏞᏟᏠᏡᏢᏣᏤᏥᏦᏧᏨᏩᏪᏫᏬᏭᏮᏯᏰᏱᏲᏳᏴᏵ\u{13f6}\u{13f7}ᏰᏱᏲᏳᏴᏵ\u{13fe}\u{13ff}",
                "ᎠᎡᎢᎣᎤᎥᎦᎧᎨᎩᎪᎫᎬᎭᎮᎯᎰᎱᎲᎳᎴᎵᎶᎷᎸᎹᎺᎻᎼᎽᎾᎿᏀᏁᏂᏃᏄᏅᏆᏇᏈᏉᏊᏋᏌᏍᏎᏏᏐᏑᏒᏓᏔᏕᏖᏗᏘᏙᏚᏛᏜᏝᏞᏟᏠᏡᏢᏣᏤᏥᏦᏧᏨᏩᏪᏫᏬᏭᏮᏯᏰᏱᏲᏳᏴᏵ\u{13f6}\u{13f7}ᏰᏱᏲᏳᏴᏵ\u{13fe}\u{13ff}",
                "ᎠᎡᎢᎣᎤᎥᎦᎧᎨᎩᎪᎫᎬᎭᎮᎯᎰᎱᎲᎳᎴᎵᎶᎷᎸᎹᎺᎻᎼᎽᎾᎿᏀᏁᏂᏃᏄᏅᏆᏇᏈᏉᏊᏋᏌᏍᏎᏏᏐᏑᏒᏓᏔᏕᏖᏗᏘᏙᏚᏛᏜᏝᏞᏟᏠᏡᏢᏣᏤᏥᏦᏧᏨᏩᏪᏫᏬᏭᏮᏯᏰᏱᏲᏳᏴᏵ\u{13f6}\u{13f7}ᏰᏱᏲᏳᏴᏵ\u{13fe}\u{13ff}",
                "ꭰꭱꭲꭳꭴꭵꭶꭷꭸꭹꭺꭻꭼꭽꭾꭿꮀꮁꮂꮃꮄꮅꮆꮇꮈꮉꮊꮋꮌꮍꮎꮏꮐꮑꮒꮓꮔꮕꮖꮗꮘꮙꮚꮛꮜꮝꮞꮟꮠꮡꮢꮣꮤꮥꮦꮧꮨꮩꮪꮫꮬꮭꮮꮯꮰꮱꮲꮳꮴꮵꮶꮷꮸꮹꮺꮻꮼꮽꮾꮿᏸᏹᏺᏻᏼᏽ\u{13f6}\u{13f7}ᏰᏱᏲᏳᏴᏵ\u{13fe}\u{13ff}",
                "100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101110000000000000000000010000010111000001011100000101110000010111000001011100000101100000000000000000000",
            ]),
            (0x1E00, 0x1FFF, [
                "ḁḁḃḃḅḅḇḇḉḉḋḋḍḍḏḏḑḑḓḓḕḕḗḗḙḙḛḛḝḝḟḟḡḡḣḣḥḥḧḧḩḩḫḫḭḭḯḯḱḱḳḳḵḵḷḷḹḹḻḻḽḽḿḿṁṁṃṃṅṅṇṇṉṉṋṋṍṍṏṏṑṑṓṓṕṕṗṗṙṙṛṛṝṝṟṟṡṡṣṣṥṥṧṧṩṩṫṫṭṭṯṯṱṱṳṳṵṵṷṷṹṹṻṻṽṽṿṿẁẁẃẃẅẅẇẇẉẉẋẋẍẍẏẏẑẑẓẓẕẕẖẗẘẙẚẛẜẝßẟạạảảấấầầẩẩẫẫậậắắằằẳẳẵẵặặẹẹẻẻẽẽếếềềểểễễệệỉỉịịọọỏỏốốồồổổỗỗộộớớờờởởỡỡợợụụủủứứừừửửữữựựỳỳỵỵỷỷỹỹỻỻỽỽỿỿἀἁἂἃἄἅἆἇἀἁἂἃἄἅἆἇἐἑἒἓἔἕ\u{1f16}\u{1f17}ἐἑἒἓἔἕ\u{1f1e}\u{1f1f}ἠἡἢἣἤἥἦἧἠἡἢἣἤἥἦἧἰἱἲἳἴἵἶἷἰἱἲἳἴἵἶἷὀὁὂὃὄὅ\u{1f46}\u{1f47}ὀὁὂὃὄὅ\u{1f4e}\u{1f4f}ὐὑὒὓὔὕὖὗ\u{1f58}ὑ\u{1f5a}ὓ\u{1f5c}ὕ\u{1f5e}ὗὠὡὢὣὤὥὦὧὠὡὢὣὤὥὦὧὰάὲέὴήὶίὸόὺύὼώ\u{1f7e}\u{1f7f}ᾀᾁᾂᾃᾄᾅᾆᾇᾀᾁᾂᾃᾄᾅᾆᾇᾐᾑᾒᾓᾔᾕᾖᾗᾐᾑᾒᾓᾔᾕᾖᾗᾠᾡᾢᾣᾤᾥᾦᾧᾠᾡᾢᾣᾤᾥᾦᾧᾰᾱᾲᾳᾴ\u{1fb5}ᾶᾷᾰᾱὰάᾳ᾽ι᾿῀῁ῂῃῄ\u{1fc5}ῆῇὲέὴήῃ῍῎῏ῐῑῒΐ\u{1fd4}\u{1fd5}ῖῗῐῑὶί\u{1fdc}῝῞῟ῠῡῢΰῤῥῦῧῠῡὺύῥ῭΅`\u{1ff0}\u{1ff1}ῲῳῴ\u{1ff5}ῶῷὸόὼώῳ´῾\u{1fff}",
                "ḀḀḂḂḄḄḆḆḈḈḊḊḌḌḎḎḐḐḒḒḔḔḖḖḘḘḚḚḜḜḞḞḠḠḢḢḤḤḦḦḨḨḪḪḬḬḮḮḰḰḲḲḴḴḶḶḸḸḺḺḼḼḾḾṀṀṂṂṄṄṆṆṈṈṊṊṌṌṎṎṐṐṒṒṔṔṖṖṘṘṚṚṜṜṞṞṠṠṢṢṤṤṦṦṨṨṪṪṬṬṮṮṰṰṲṲṴṴṶṶṸṸṺṺṼṼṾṾẀẀẂẂẄẄẆẆẈẈẊẊẌẌẎẎẐẐẒẒẔẔH̱T̈W̊Y̊AʾṠẜẝẞẟẠẠẢẢẤẤẦẦẨẨẪẪẬẬẮẮẰẰẲẲẴẴẶẶẸẸẺẺẼẼẾẾỀỀỂỂỄỄỆỆỈỈỊỊỌỌỎỎỐỐỒỒỔỔỖỖỘỘỚỚỜỜỞỞỠỠỢỢỤỤỦỦỨỨỪỪỬỬỮỮỰỰỲỲỴỴỶỶỸỸỺỺỼỼỾỾἈἉἊἋἌἍἎἏἈἉἊἋἌἍἎἏἘἙἚἛἜἝ\u{1f16}\u{1f17}ἘἙἚἛἜἝ\u{1f1e}\u{1f1f}ἨἩἪἫἬἭἮἯἨἩἪἫἬἭἮἯἸἹἺἻἼἽἾἿἸἹἺἻἼἽἾἿὈὉὊὋὌὍ\u{1f46}\u{1f47}ὈὉὊὋὌὍ\u{1f4e}\u{1f4f}Υ̓ὙΥ̓̀ὛΥ̓́ὝΥ̓͂Ὗ\u{1f58}Ὑ\u{1f5a}Ὓ\u{1f5c}Ὕ\u{1f5e}ὟὨὩὪὫὬὭὮὯὨὩὪὫὬὭὮὯᾺΆῈΈῊΉῚΊῸΌῪΎῺΏ\u{1f7e}\u{1f7f}ἈΙἉΙἊΙἋΙἌΙἍΙἎΙἏΙἈΙἉΙἊΙἋΙἌΙἍΙἎΙἏΙἨΙἩΙἪΙἫΙἬΙἭΙἮΙἯΙἨΙἩΙἪΙἫΙἬΙἭΙἮΙἯΙὨΙὩΙὪΙὫΙὬΙὭΙὮΙὯΙὨΙὩΙὪΙὫΙὬΙὭΙὮΙὯΙᾸᾹᾺΙΑΙΆΙ\u{1fb5}Α͂Α͂ΙᾸᾹᾺΆΑΙ᾽Ι᾿῀῁ῊΙΗΙΉΙ\u{1fc5}Η͂Η͂ΙῈΈῊΉΗΙ῍῎῏ῘῙΪ̀Ϊ́\u{1fd4}\u{1fd5}Ι͂Ϊ͂ῘῙῚΊ\u{1fdc}῝῞῟ῨῩΫ̀Ϋ́Ρ̓ῬΥ͂Ϋ͂ῨῩῪΎῬ῭΅`\u{1ff0}\u{1ff1}ῺΙΩΙΏΙ\u{1ff5}Ω͂Ω͂ΙῸΌῺΏΩΙ´῾\u{1fff}",
                "ḀḀḂḂḄḄḆḆḈḈḊḊḌḌḎḎḐḐḒḒḔḔḖḖḘḘḚḚḜḜḞḞḠḠḢḢḤḤḦḦḨḨḪḪḬḬḮḮḰḰḲḲḴḴḶḶḸḸḺḺḼḼḾḾṀṀṂṂṄṄṆṆṈṈṊṊṌṌṎṎṐṐṒṒṔṔṖṖṘṘṚṚṜṜṞṞṠṠṢṢṤṤṦṦṨṨṪṪṬṬṮṮṰṰṲṲṴṴṶṶṸṸṺṺṼṼṾṾẀẀẂẂẄẄẆẆẈẈẊẊẌẌẎẎẐẐẒẒẔẔH̱T̈W̊Y̊AʾṠẜẝẞẟẠẠẢẢẤẤẦẦẨẨẪẪẬẬẮẮẰẰẲẲẴẴẶẶẸẸẺẺẼẼẾẾỀỀỂỂỄỄỆỆỈỈỊỊỌỌỎỎỐỐỒỒỔỔỖỖỘỘỚỚỜỜỞỞỠỠỢỢỤỤỦỦỨỨỪỪỬỬỮỮỰỰỲỲỴỴỶỶỸỸỺỺỼỼỾỾἈἉἊἋἌἍἎἏἈἉἊἋἌἍἎἏἘἙἚἛἜἝ\u{1f16}\u{1f17}ἘἙἚἛἜἝ\u{1f1e}\u{1f1f}ἨἩἪἫἬἭἮἯἨἩἪἫἬἭἮἯἸἹἺἻἼἽἾἿἸἹἺἻἼἽἾἿὈὉὊὋὌὍ\u{1f46}\u{1f47}ὈὉὊὋὌὍ\u{1f4e}\u{1f4f}Υ̓ὙΥ̓̀ὛΥ̓́ὝΥ̓͂Ὗ\u{1f58}Ὑ\u{1f5a}Ὓ\u{1f5c}Ὕ\u{1f5e}ὟὨὩὪὫὬὭὮὯὨὩὪὫὬὭὮὯᾺΆῈΈῊΉῚΊῸΌῪΎῺΏ\u{1f7e}\u{1f7f}ᾈᾉᾊᾋᾌᾍᾎᾏᾈᾉᾊᾋᾌᾍᾎᾏᾘᾙᾚᾛᾜᾝᾞᾟᾘᾙᾚᾛᾜᾝᾞᾟᾨᾩᾪᾫᾬᾭᾮᾯᾨᾩᾪᾫᾬᾭᾮᾯᾸᾹᾺͅᾼΆͅ\u{1fb5}Α͂ᾼ͂ᾸᾹᾺΆᾼ᾽Ι᾿῀῁ῊͅῌΉͅ\u{1fc5}Η͂ῌ͂ῈΈῊΉῌ῍῎῏ῘῙΪ̀Ϊ́\u{1fd4}\u{1fd5}Ι͂Ϊ͂ῘῙῚΊ\u{1fdc}῝῞῟ῨῩΫ̀Ϋ́Ρ̓ῬΥ͂Ϋ͂ῨῩῪΎῬ῭΅`\u{1ff0}\u{1ff1}ῺͅῼΏͅ\u{1ff5}Ω͂ῼ͂ῸΌῺΏῼ´῾\u{1fff}",
                "ḁḁḃḃḅḅḇḇḉḉḋḋḍḍḏḏḑḑḓḓḕḕḗḗḙḙḛḛḝḝḟḟḡḡḣḣḥḥḧḧḩḩḫḫḭḭḯḯḱḱḳḳḵḵḷḷḹḹḻḻḽḽḿḿṁṁṃṃṅṅṇṇṉṉṋṋṍṍṏṏṑṑṓṓṕṕṗṗṙṙṛṛṝṝṟṟṡṡṣṣṥṥṧṧṩṩṫṫṭṭṯṯṱṱṳṳṵṵṷṷṹṹṻṻṽṽṿṿẁẁẃẃẅẅẇẇẉẉẋẋẍẍẏẏẑẑẓẓẕẕẖẗẘẙaʾṡẜẝssẟạạảảấấầầẩẩẫẫậậắắằằẳẳẵẵặặẹẹẻẻẽẽếếềềểểễễệệỉỉịịọọỏỏốốồồổổỗỗộộớớờờởởỡỡợợụụủủứứừừửửữữựựỳỳỵỵỷỷỹỹỻỻỽỽỿỿἀἁἂἃἄἅἆἇἀἁἂἃἄἅἆἇἐἑἒἓἔἕ\u{1f16}\u{1f17}ἐἑἒἓἔἕ\u{1f1e}\u{1f1f}ἠἡἢἣἤἥἦἧἠἡἢἣἤἥἦἧἰἱἲἳἴἵἶἷἰἱἲἳἴἵἶἷὀὁὂὃὄὅ\u{1f46}\u{1f47}ὀὁὂὃὄὅ\u{1f4e}\u{1f4f}ὐὑὒὓὔὕὖὗ\u{1f58}ὑ\u{1f5a}ὓ\u{1f5c}ὕ\u{1f5e}ὗὠὡὢὣὤὥὦὧὠὡὢὣὤὥὦὧὰάὲέὴήὶίὸόὺύὼώ\u{1f7e}\u{1f7f}ἀιἁιἂιἃιἄιἅιἆιἇιἀιἁιἂιἃιἄιἅιἆιἇιἠιἡιἢιἣιἤιἥιἦιἧιἠιἡιἢιἣιἤιἥιἦιἧιὠιὡιὢιὣιὤιὥιὦιὧιὠιὡιὢιὣιὤιὥιὦιὧιᾰᾱὰιαιάι\u{1fb5}ᾶᾶιᾰᾱὰάαι᾽ι᾿῀῁ὴιηιήι\u{1fc5}ῆῆιὲέὴήηι῍῎῏ῐῑῒΐ\u{1fd4}\u{1fd5}ῖῗῐῑὶί\u{1fdc}῝῞῟ῠῡῢΰῤῥῦῧῠῡὺύῥ῭΅`\u{1ff0}\u{1ff1}ὼιωιώι\u{1ff5}ῶῶιὸόὼώωι´῾\u{1fff}",
                "ḁḀḃḂḅḄḇḆḉḈḋḊḍḌḏḎḑḐḓḒḕḔḗḖḙḘḛḚḝḜḟḞḡḠḣḢḥḤḧḦḩḨḫḪḭḬḯḮḱḰḳḲḵḴḷḶḹḸḻḺḽḼḿḾṁṀṃṂṅṄṇṆṉṈṋṊṍṌṏṎṑṐṓṒṕṔṗṖṙṘṛṚṝṜṟṞṡṠṣṢṥṤṧṦṩṨṫṪṭṬṯṮṱṰṳṲṵṴṷṶṹṸṻṺṽṼṿṾẁẀẃẂẅẄẇẆẉẈẋẊẍẌẏẎẑẐẓẒẕẔH̱T̈W̊Y̊AʾṠẜẝßẟạẠảẢấẤầẦẩẨẫẪậẬắẮằẰẳẲẵẴặẶẹẸẻẺẽẼếẾềỀểỂễỄệỆỉỈịỊọỌỏỎốỐồỒổỔỗỖộỘớỚờỜởỞỡỠợỢụỤủỦứỨừỪửỬữỮựỰỳỲỵỴỷỶỹỸỻỺỽỼỿỾἈἉἊἋἌἍἎἏἀἁἂἃἄἅἆἇἘἙἚἛἜἝ\u{1f16}\u{1f17}ἐἑἒἓἔἕ\u{1f1e}\u{1f1f}ἨἩἪἫἬἭἮἯἠἡἢἣἤἥἦἧἸἹἺἻἼἽἾἿἰἱἲἳἴἵἶἷὈὉὊὋὌὍ\u{1f46}\u{1f47}ὀὁὂὃὄὅ\u{1f4e}\u{1f4f}Υ̓ὙΥ̓̀ὛΥ̓́ὝΥ̓͂Ὗ\u{1f58}ὑ\u{1f5a}ὓ\u{1f5c}ὕ\u{1f5e}ὗὨὩὪὫὬὭὮὯὠὡὢὣὤὥὦὧᾺΆῈΈῊΉῚΊῸΌῪΎῺΏ\u{1f7e}\u{1f7f}ἈΙἉΙἊΙἋΙἌΙἍΙἎΙἏΙᾈᾉᾊᾋᾌᾍᾎᾏἨΙἩΙἪΙἫΙἬΙἭΙἮΙἯΙᾘᾙᾚᾛᾜᾝᾞᾟὨΙὩΙὪΙὫΙὬΙὭΙὮΙὯΙᾨᾩᾪᾫᾬᾭᾮᾯᾸᾹᾺΙΑΙΆΙ\u{1fb5}Α͂Α͂Ιᾰᾱὰάᾼ᾽Ι᾿῀῁ῊΙΗΙΉΙ\u{1fc5}Η͂Η͂Ιὲέὴήῌ῍῎῏ῘῙΪ̀Ϊ́\u{1fd4}\u{1fd5}Ι͂Ϊ͂ῐῑὶί\u{1fdc}῝῞῟ῨῩΫ̀Ϋ́Ρ̓ῬΥ͂Ϋ͂ῠῡὺύῥ῭΅`\u{1ff0}\u{1ff1}ῺΙΩΙΏΙ\u{1ff5}Ω͂Ω͂Ιὸόὼώῼ´῾\u{1fff}",
                "10000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000010111100000101110000101111000001011100001011110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000101111000010111100001011110000101111000010111100001011110000101111000010111100000101110000010111000001011100000101110000010111000001011000000000000000000001000010111100001011110000101111000010111100001011110000101110000000000000000000010000010111000001011100000101110000010111000001011100000101110000010111000001011100001011110000101111000010111100001011110000101111000010111100001011110000101111000001011100000101110000010111000001011100000101110000010111000001011100000101110000101111000010111100001011110000101111000010111100001011110000101111000010111100000101110000010111000001011100000101110000010111000001011000000000000000000001000010111100001011110000101111000010111100001011110000101110000000000000000000010000010111000001011100000101110000010111000001011100000101110000010111000001011000000000010000101110000000000100001011100000000001000010111000000000010000101111000001011100000101110000010111000001011100000101110000010111000001011100000101110000101111000010111100001011110000101111000010111100001011110000101111000010111100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010110000000000000000000010000010111000001011100000101110000010111000001011100000101110000010111000001011100000011110000001111000000111100000011110000001111000000111100000011110000001111000001011100000101110000010111000001011100000101110000010111000001011100000101110000001111000000111100000011110000001111000000111100000011110000001111000000111100000101110000010111000001011100000101110000010111000001011100000101110000010111000000111100000011110000001111000000111100000011110000001111000000111100000011110000010111000001011100000101110000010111000001011000000000010000010111000001011100001011110000101111000010111100001011110000001110000000010100000101100000000100000000010000000001010000010111000001011100000101100000000001000001011100000101110000101111000010111100001011110000101111000000111000000001000000000100000000010100000101110000010111000001011100000101100000000000000000000100000101110000010111000010111100001011110000101111000010111000000000000000000100000000010000000001010000010111000001011100000101110000010111000001011100000101110000010111000001011100001011110000101111000010111100001011110000101110000000010000000001000000000100000000000000000000010000010111000001011100000101100000000001000001011100000101110000101111000010111100001011110000101111000000111000000001000000000100000000000",
            ]),
            (0x2100, 0x218F, [
                "℀℁ℂ℃℄℅℆ℇ℈℉ℊℋℌℍℎℏℐℑℒℓ℔ℕ№℗℘ℙℚℛℜℝ℞℟℠℡™℣ℤ℥ω℧ℨ℩kåℬℭ℮ℯℰℱⅎℳℴℵℶℷℸℹ℺℻ℼℽℾℿ⅀⅁⅂⅃⅄ⅅⅆⅇⅈⅉ⅊⅋⅌⅍ⅎ⅏⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅟ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻⅼⅽⅾⅿⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻⅼⅽⅾⅿↀↁↂↄↄↅↆↇↈ↉↊↋\u{218c}\u{218d}\u{218e}\u{218f}",
                "℀℁ℂ℃℄℅℆ℇ℈℉ℊℋℌℍℎℏℐℑℒℓ℔ℕ№℗℘ℙℚℛℜℝ℞℟℠℡™℣ℤ℥Ω℧ℨ℩KÅℬℭ℮ℯℰℱℲℳℴℵℶℷℸℹ℺℻ℼℽℾℿ⅀⅁⅂⅃⅄ⅅⅆⅇⅈⅉ⅊⅋⅌⅍Ⅎ⅏⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅟ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯↀↁↂↃↃↅↆↇↈ↉↊↋\u{218c}\u{218d}\u{218e}\u{218f}",
                "℀℁ℂ℃℄℅℆ℇ℈℉ℊℋℌℍℎℏℐℑℒℓ℔ℕ№℗℘ℙℚℛℜℝ℞℟℠℡™℣ℤ℥Ω℧ℨ℩KÅℬℭ℮ℯℰℱℲℳℴℵℶℷℸℹ℺℻ℼℽℾℿ⅀⅁⅂⅃⅄ⅅⅆⅇⅈⅉ⅊⅋⅌⅍Ⅎ⅏⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅟ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯↀↁↂↃↃↅↆↇↈ↉↊↋\u{218c}\u{218d}\u{218e}\u{218f}",
                "℀℁ℂ℃℄℅℆ℇ℈℉ℊℋℌℍℎℏℐℑℒℓ℔ℕ№℗℘ℙℚℛℜℝ℞℟℠℡™℣ℤ℥ω℧ℨ℩kåℬℭ℮ℯℰℱⅎℳℴℵℶℷℸℹ℺℻ℼℽℾℿ⅀⅁⅂⅃⅄ⅅⅆⅇⅈⅉ⅊⅋⅌⅍ⅎ⅏⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅟ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻⅼⅽⅾⅿⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻⅼⅽⅾⅿↀↁↂↄↄↅↆↇↈ↉↊↋\u{218c}\u{218d}\u{218e}\u{218f}",
                "℀℁ℂ℃℄℅℆ℇ℈℉ℊℋℌℍℎℏℐℑℒℓ℔ℕ№℗℘ℙℚℛℜℝ℞℟℠℡™℣ℤ℥ω℧ℨ℩kåℬℭ℮ℯℰℱⅎℳℴℵℶℷℸℹ℺℻ℼℽℾℿ⅀⅁⅂⅃⅄ⅅⅆⅇⅈⅉ⅊⅋⅌⅍Ⅎ⅏⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅟ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻⅼⅽⅾⅿⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯↀↁↂↄↃↅↆↇↈ↉↊↋\u{218c}\u{218d}\u{218e}\u{218f}",
                "000000001000000000101000010111000000001000000000100000000010000000001010000101110000000010000000001010000010111000010111100001011110000101111000001011100000101110000101111000010111100001011110000010110000000010100001011100000000100000000010000000001110000101111000010111100001011110000101111000010111000000001000000000100000000010000000001000000000100000000010100001011100000000101000010111000000001010000101110000000010100001011110000101111000010111100001011100000000111000001011100001011110000101111000010111100001011110000010111000000011100000001110000000111000000011100000101100000000100000000010100000101110000010111000010111100001011100000000100000000010000000001000000000100000000010100001011110000010111000001011100000101110000010110000000010000000001000000000100000000010100000101100000000100001000010000100001000010000100001000010000100001000010000100001000010000100001000010000100001000010000100001000010000100001000010000100001000010000100001000010000101011100010101110001010111000101011100010101110001010111000101011100010101110001010111000101011100010101110001010111000101011100010101110001010111000101011100010010110001001011000100101100010010110001001011000100101100010010110001001011000100101100010010110001001011000100101100010010110001001011000100101100010010110001000011000100001100010000111000010111100000101100010000110001000011000100001100010000110001000010000000001000000000100000000000000000000000000000000000000000",
            ]),
            (0x2C00, 0x2C7F, [
                "ⰰⰱⰲⰳⰴⰵⰶⰷⰸⰹⰺⰻⰼⰽⰾⰿⱀⱁⱂⱃⱄⱅⱆⱇⱈⱉⱊⱋⱌⱍⱎⱏⱐⱑⱒⱓⱔⱕⱖⱗⱘⱙⱚⱛⱜⱝⱞⱟⰰⰱⰲⰳⰴⰵⰶⰷⰸⰹⰺⰻⰼⰽⰾⰿⱀⱁⱂⱃⱄⱅⱆⱇⱈⱉⱊⱋⱌⱍⱎⱏⱐⱑⱒⱓⱔⱕⱖⱗⱘⱙⱚⱛⱜⱝⱞⱟⱡⱡɫᵽɽⱥⱦⱨⱨⱪⱪⱬⱬɑɱɐɒⱱⱳⱳⱴⱶⱶⱷⱸⱹⱺⱻⱼⱽȿɀ",
                "ⰀⰁⰂⰃⰄⰅⰆⰇⰈⰉⰊⰋⰌⰍⰎⰏⰐⰑⰒⰓⰔⰕⰖⰗⰘⰙⰚⰛⰜⰝⰞⰟⰠⰡⰢⰣⰤⰥⰦⰧⰨⰩⰪⰫⰬⰭⰮⰯⰀⰁⰂⰃⰄⰅⰆⰇⰈⰉⰊⰋⰌⰍⰎⰏⰐⰑⰒⰓⰔⰕⰖⰗⰘⰙⰚⰛⰜⰝⰞⰟⰠⰡⰢⰣⰤⰥⰦⰧⰨⰩⰪⰫⰬⰭⰮⰯⱠⱠⱢⱣⱤȺȾⱧⱧⱩⱩⱫⱫⱭⱮⱯⱰⱱⱲⱲⱴⱵⱵⱷⱸⱹⱺⱻⱼⱽⱾⱿ",
                "ⰀⰁⰂⰃⰄⰅⰆⰇⰈⰉⰊⰋⰌⰍⰎⰏⰐⰑⰒⰓⰔⰕⰖⰗⰘⰙⰚⰛⰜⰝⰞⰟⰠⰡⰢⰣⰤⰥⰦⰧⰨⰩⰪⰫⰬⰭⰮⰯⰀⰁⰂⰃⰄⰅⰆⰇⰈⰉⰊⰋⰌⰍⰎⰏⰐⰑⰒⰓⰔⰕⰖⰗⰘⰙⰚⰛⰜⰝⰞⰟⰠⰡⰢⰣⰤⰥⰦⰧⰨⰩⰪⰫⰬⰭⰮⰯⱠⱠⱢⱣⱤȺȾⱧⱧⱩⱩⱫⱫⱭⱮⱯⱰⱱⱲⱲⱴⱵⱵⱷⱸⱹⱺⱻⱼⱽⱾⱿ",
                "ⰰⰱⰲⰳⰴⰵⰶⰷⰸⰹⰺⰻⰼⰽⰾⰿⱀⱁⱂⱃⱄⱅⱆⱇⱈⱉⱊⱋⱌⱍⱎⱏⱐⱑⱒⱓⱔⱕⱖⱗⱘⱙⱚⱛⱜⱝⱞⱟⰰⰱⰲⰳⰴⰵⰶⰷⰸⰹⰺⰻⰼⰽⰾⰿⱀⱁⱂⱃⱄⱅⱆⱇⱈⱉⱊⱋⱌⱍⱎⱏⱐⱑⱒⱓⱔⱕⱖⱗⱘⱙⱚⱛⱜⱝⱞⱟⱡⱡɫᵽɽⱥⱦⱨⱨⱪⱪⱬⱬɑɱɐɒⱱⱳⱳⱴⱶⱶⱷⱸⱹⱺⱻⱼⱽȿɀ",
                "ⰰⰱⰲⰳⰴⰵⰶⰷⰸⰹⰺⰻⰼⰽⰾⰿⱀⱁⱂⱃⱄⱅⱆⱇⱈⱉⱊⱋⱌⱍⱎⱏⱐⱑⱒⱓⱔⱕⱖⱗⱘⱙⱚⱛⱜⱝⱞⱟⰀⰁⰂⰃⰄⰅⰆⰇⰈⰉⰊⰋⰌⰍⰎⰏⰐⰑⰒⰓⰔⰕⰖⰗⰘⰙⰚⰛⰜⰝⰞⰟⰠⰡⰢⰣⰤⰥⰦⰧⰨⰩⰪⰫⰬⰭⰮⰯⱡⱠɫᵽɽȺȾⱨⱧⱪⱩⱬⱫɑɱɐɒⱱⱳⱲⱴⱶⱵⱷⱸⱹⱺⱻⱼⱽȿɀ",
                "10000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000101111000001011100001011110000101111000010111100000101110000010111000010111100000101110000101111000001011100001011110000010111000010111100001011110000101111000010111100000101110000101111000001011100000101110000101111000001011100000101110000010111000001011100000101110000010111000001011100000101110000101111000010111",
            ]),
            (0xFF00, 0xFF5F, [
                "\u{ff00}！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～｟",
                "\u{ff00}！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ｛｜｝～｟",
                "\u{ff00}！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ｛｜｝～｟",
                "\u{ff00}！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～｟",
                "\u{ff00}！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ［＼］＾＿｀ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ｛｜｝～｟",
                "000000000000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001001110000100111000010011100001001110000100111000010011100001001110000100111000010011100001001110000100000000010000000001000000000100000000010000000001000000000100000000010100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101111000010111100001011110000101110000000010000000001000000000100000000010000000001000000000101000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101110000010111000001011100000101100000000100000000010000000001000000000100000000010",
            ]),
            (0x1F100, 0x1F1FF, [
                "🄀🄁🄂🄃🄄🄅🄆🄇🄈🄉🄊🄋🄌🄍🄎🄏🄐🄑🄒🄓🄔🄕🄖🄗🄘🄙🄚🄛🄜🄝🄞🄟🄠🄡🄢🄣🄤🄥🄦🄧🄨🄩🄪🄫🄬🄭🄮🄯🄰🄱🄲🄳🄴🄵🄶🄷🄸🄹🄺🄻🄼🄽🄾🄿🅀🅁🅂🅃🅄🅅🅆🅇🅈🅉🅊🅋🅌🅍🅎🅏🅐🅑🅒🅓🅔🅕🅖🅗🅘🅙🅚🅛🅜🅝🅞🅟🅠🅡🅢🅣🅤🅥🅦🅧🅨🅩🅪🅫🅬🅭🅮🅯🅰🅱🅲🅳🅴🅵🅶🅷🅸🅹🅺🅻🅼🅽🅾🅿🆀🆁🆂🆃🆄🆅🆆🆇🆈🆉🆊🆋🆌🆍🆎🆏🆐🆑🆒🆓🆔🆕🆖🆗🆘🆙🆚🆛🆜🆝🆞🆟🆠🆡🆢🆣🆤🆥🆦🆧🆨🆩🆪🆫🆬🆭\u{1f1ae}\u{1f1af}\u{1f1b0}\u{1f1b1}\u{1f1b2}\u{1f1b3}\u{1f1b4}\u{1f1b5}\u{1f1b6}\u{1f1b7}\u{1f1b8}\u{1f1b9}\u{1f1ba}\u{1f1bb}\u{1f1bc}\u{1f1bd}\u{1f1be}\u{1f1bf}\u{1f1c0}\u{1f1c1}\u{1f1c2}\u{1f1c3}\u{1f1c4}\u{1f1c5}\u{1f1c6}\u{1f1c7}\u{1f1c8}\u{1f1c9}\u{1f1ca}\u{1f1cb}\u{1f1cc}\u{1f1cd}\u{1f1ce}\u{1f1cf}\u{1f1d0}\u{1f1d1}\u{1f1d2}\u{1f1d3}\u{1f1d4}\u{1f1d5}\u{1f1d6}\u{1f1d7}\u{1f1d8}\u{1f1d9}\u{1f1da}\u{1f1db}\u{1f1dc}\u{1f1dd}\u{1f1de}\u{1f1df}\u{1f1e0}\u{1f1e1}\u{1f1e2}\u{1f1e3}\u{1f1e4}\u{1f1e5}🇦🇧🇨🇩🇪🇫🇬🇭🇮🇯🇰🇱🇲🇳🇴🇵🇶🇷🇸🇹🇺🇻🇼🇽🇾🇿",
                "🄀🄁🄂🄃🄄🄅🄆🄇🄈🄉🄊🄋🄌🄍🄎🄏🄐🄑🄒🄓🄔🄕🄖🄗🄘🄙🄚🄛🄜🄝🄞🄟🄠🄡🄢🄣🄤🄥🄦🄧🄨🄩🄪🄫🄬🄭🄮🄯🄰🄱🄲🄳🄴🄵🄶🄷🄸🄹🄺🄻🄼🄽🄾🄿🅀🅁🅂🅃🅄🅅🅆🅇🅈🅉🅊🅋🅌🅍🅎🅏🅐🅑🅒🅓🅔🅕🅖🅗🅘🅙🅚🅛🅜🅝🅞🅟🅠🅡🅢🅣🅤🅥🅦🅧🅨🅩🅪🅫🅬🅭🅮🅯🅰🅱🅲🅳🅴🅵🅶🅷🅸🅹🅺🅻🅼🅽🅾🅿🆀🆁🆂🆃🆄🆅🆆🆇🆈🆉🆊🆋🆌🆍🆎🆏🆐🆑🆒🆓🆔🆕🆖🆗🆘🆙🆚🆛🆜🆝🆞🆟🆠🆡🆢🆣🆤🆥🆦🆧🆨🆩🆪🆫🆬🆭\u{1f1ae}\u{1f1af}\u{1f1b0}\u{1f1b1}\u{1f1b2}\u{1f1b3}\u{1f1b4}\u{1f1b5}\u{1f1b6}\u{1f1b7}\u{1f1b8}\u{1f1b9}\u{1f1ba}\u{1f1bb}\u{1f1bc}\u{1f1bd}\u{1f1be}\u{1f1bf}\u{1f1c0}\u{1f1c1}\u{1f1c2}\u{1f1c3}\u{1f1c4}\u{1f1c5}\u{1f1c6}\u{1f1c7}\u{1f1c8}\u{1f1c9}\u{1f1ca}\u{1f1cb}\u{1f1cc}\u{1f1cd}\u{1f1ce}\u{1f1cf}\u{1f1d0}\u{1f1d1}\u{1f1d2}\u{1f1d3}\u{1f1d4}\u{1f1d5}\u{1f1d6}\u{1f1d7}\u{1f1d8}\u{1f1d9}\u{1f1da}\u{1f1db}\u{1f1dc}\u{1f1dd}\u{1f1de}\u{1f1df}\u{1f1e0}\u{1f1e1}\u{1f1e2}\u{1f1e3}\u{1f1e4}\u{1f1e5}🇦🇧🇨🇩🇪🇫🇬🇭🇮🇯🇰🇱🇲🇳🇴🇵🇶🇷🇸🇹🇺🇻🇼🇽🇾🇿",
                "🄀🄁🄂🄃🄄🄅🄆🄇🄈🄉🄊🄋🄌🄍🄎🄏🄐🄑🄒🄓🄔🄕🄖🄗🄘🄙🄚🄛🄜🄝🄞🄟🄠🄡🄢🄣🄤🄥🄦🄧🄨🄩🄪🄫🄬🄭🄮🄯🄰🄱🄲🄳🄴🄵🄶🄷🄸🄹🄺🄻🄼🄽🄾🄿🅀🅁🅂🅃🅄🅅🅆🅇🅈🅉🅊🅋🅌🅍🅎🅏🅐🅑🅒🅓🅔🅕🅖🅗🅘🅙🅚🅛🅜🅝🅞🅟🅠🅡🅢🅣🅤🅥🅦🅧🅨🅩🅪🅫🅬🅭🅮🅯🅰🅱🅲🅳🅴🅵🅶🅷🅸🅹🅺🅻🅼🅽🅾🅿🆀🆁🆂🆃🆄🆅🆆🆇🆈🆉🆊🆋🆌🆍🆎🆏🆐🆑🆒🆓🆔🆕🆖🆗🆘🆙🆚🆛🆜🆝🆞🆟🆠🆡🆢🆣🆤🆥🆦🆧🆨🆩🆪🆫🆬🆭\u{1f1ae}\u{1f1af}\u{1f1b0}\u{1f1b1}\u{1f1b2}\u{1f1b3}\u{1f1b4}\u{1f1b5}\u{1f1b6}\u{1f1b7}\u{1f1b8}\u{1f1b9}\u{1f1ba}\u{1f1bb}\u{1f1bc}\u{1f1bd}\u{1f1be}\u{1f1bf}\u{1f1c0}\u{1f1c1}\u{1f1c2}\u{1f1c3}\u{1f1c4}\u{1f1c5}\u{1f1c6}\u{1f1c7}\u{1f1c8}\u{1f1c9}\u{1f1ca}\u{1f1cb}\u{1f1cc}\u{1f1cd}\u{1f1ce}\u{1f1cf}\u{1f1d0}\u{1f1d1}\u{1f1d2}\u{1f1d3}\u{1f1d4}\u{1f1d5}\u{1f1d6}\u{1f1d7}\u{1f1d8}\u{1f1d9}\u{1f1da}\u{1f1db}\u{1f1dc}\u{1f1dd}\u{1f1de}\u{1f1df}\u{1f1e0}\u{1f1e1}\u{1f1e2}\u{1f1e3}\u{1f1e4}\u{1f1e5}🇦🇧🇨🇩🇪🇫🇬🇭🇮🇯🇰🇱🇲🇳🇴🇵🇶🇷🇸🇹🇺🇻🇼🇽🇾🇿",
                "🄀🄁🄂🄃🄄🄅🄆🄇🄈🄉🄊🄋🄌🄍🄎🄏🄐🄑🄒🄓🄔🄕🄖🄗🄘🄙🄚🄛🄜🄝🄞🄟🄠🄡🄢🄣🄤🄥🄦🄧🄨🄩🄪🄫🄬🄭🄮🄯🄰🄱🄲🄳🄴🄵🄶🄷🄸🄹🄺🄻🄼🄽🄾🄿🅀🅁🅂🅃🅄🅅🅆🅇🅈🅉🅊🅋🅌🅍🅎🅏🅐🅑🅒🅓🅔🅕🅖🅗🅘🅙🅚🅛🅜🅝🅞🅟🅠🅡🅢🅣🅤🅥🅦🅧🅨🅩🅪🅫🅬🅭🅮🅯🅰🅱🅲🅳🅴🅵🅶🅷🅸🅹🅺🅻🅼🅽🅾🅿🆀🆁🆂🆃🆄🆅🆆🆇🆈🆉🆊🆋🆌🆍🆎🆏🆐🆑🆒🆓🆔🆕🆖🆗🆘🆙🆚🆛🆜🆝🆞🆟🆠🆡🆢🆣🆤🆥🆦🆧🆨🆩🆪🆫🆬🆭\u{1f1ae}\u{1f1af}\u{1f1b0}\u{1f1b1}\u{1f1b2}\u{1f1b3}\u{1f1b4}\u{1f1b5}\u{1f1b6}\u{1f1b7}\u{1f1b8}\u{1f1b9}\u{1f1ba}\u{1f1bb}\u{1f1bc}\u{1f1bd}\u{1f1be}\u{1f1bf}\u{1f1c0}\u{1f1c1}\u{1f1c2}\u{1f1c3}\u{1f1c4}\u{1f1c5}\u{1f1c6}\u{1f1c7}\u{1f1c8}\u{1f1c9}\u{1f1ca}\u{1f1cb}\u{1f1cc}\u{1f1cd}\u{1f1ce}\u{1f1cf}\u{1f1d0}\u{1f1d1}\u{1f1d2}\u{1f1d3}\u{1f1d4}\u{1f1d5}\u{1f1d6}\u{1f1d7}\u{1f1d8}\u{1f1d9}\u{1f1da}\u{1f1db}\u{1f1dc}\u{1f1dd}\u{1f1de}\u{1f1df}\u{1f1e0}\u{1f1e1}\u{1f1e2}\u{1f1e3}\u{1f1e4}\u{1f1e5}🇦🇧🇨🇩🇪🇫🇬🇭🇮🇯🇰🇱🇲🇳🇴🇵🇶🇷🇸🇹🇺🇻🇼🇽🇾🇿",
                "🄀🄁🄂🄃🄄🄅🄆🄇🄈🄉🄊🄋🄌🄍🄎🄏🄐🄑🄒🄓🄔🄕🄖🄗🄘🄙🄚🄛🄜🄝🄞🄟🄠🄡🄢🄣🄤🄥🄦🄧🄨🄩🄪🄫🄬🄭🄮🄯🄰🄱🄲🄳🄴🄵🄶🄷🄸🄹🄺🄻🄼🄽🄾🄿🅀🅁🅂🅃🅄🅅🅆🅇🅈🅉🅊🅋🅌🅍🅎🅏🅐🅑🅒🅓🅔🅕🅖🅗🅘🅙🅚🅛🅜🅝🅞🅟🅠🅡🅢🅣🅤🅥🅦🅧🅨🅩🅪🅫🅬🅭🅮🅯🅰🅱🅲🅳🅴🅵🅶🅷🅸🅹🅺🅻🅼🅽🅾🅿🆀🆁🆂🆃🆄🆅🆆🆇🆈🆉🆊🆋🆌🆍🆎🆏🆐🆑🆒🆓🆔🆕🆖🆗🆘🆙🆚🆛🆜🆝🆞🆟🆠🆡🆢🆣🆤🆥🆦🆧🆨🆩🆪🆫🆬🆭\u{1f1ae}\u{1f1af}\u{1f1b0}\u{1f1b1}\u{1f1b2}\u{1f1b3}\u{1f1b4}\u{1f1b5}\u{1f1b6}\u{1f1b7}\u{1f1b8}\u{1f1b9}\u{1f1ba}\u{1f1bb}\u{1f1bc}\u{1f1bd}\u{1f1be}\u{1f1bf}\u{1f1c0}\u{1f1c1}\u{1f1c2}\u{1f1c3}\u{1f1c4}\u{1f1c5}\u{1f1c6}\u{1f1c7}\u{1f1c8}\u{1f1c9}\u{1f1ca}\u{1f1cb}\u{1f1cc}\u{1f1cd}\u{1f1ce}\u{1f1cf}\u{1f1d0}\u{1f1d1}\u{1f1d2}\u{1f1d3}\u{1f1d4}\u{1f1d5}\u{1f1d6}\u{1f1d7}\u{1f1d8}\u{1f1d9}\u{1f1da}\u{1f1db}\u{1f1dc}\u{1f1dd}\u{1f1de}\u{1f1df}\u{1f1e0}\u{1f1e1}\u{1f1e2}\u{1f1e3}\u{1f1e4}\u{1f1e5}🇦🇧🇨🇩🇪🇫🇬🇭🇮🇯🇰🇱🇲🇳🇴🇵🇶🇷🇸🇹🇺🇻🇼🇽🇾🇿",
                "0011000010001100001000110000100011000010001100001000110000100011000010001100001000110000100011000010001100001000010000100001000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000000100000000010000000001000000000100000000010000000001000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000000001000000000100000000010000000001000000000100000000010000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000010110000001011000000101100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010000000001000000000100000000010",
            ]),
        ]
        for (lo, hi, expected) in blocks {
            var cols = [String](repeating: "", count: 6)
            for cp in lo...hi {
                let s = PyStr.from(codePoint: cp)
                cols[0] += s.lower().string
                cols[1] += s.upper().string
                cols[2] += s.title().string
                cols[3] += s.casefold().string
                cols[4] += s.swapcase().string
                cols[5] += [s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.isupper(),
                            s.islower(), s.istitle(), s.isprintable(), s.isidentifier()].map { $0 ? "1" : "0" }.joined()
            }
            for k in 0..<6 { XCTAssertEqual(cols[k], expected[k], "block \(String(lo, radix: 16)) column \(k)") }
        }
    }


    /// The per-page flag table answers exactly what the definitions answer, for every code
    /// point of the BMP, with pages filled by several threads at once.
    func testCodePointFlagTableMatchesDefinitions() {
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 4) { part in
            var bad = 0
            for cp in UInt32(part * 0x4000)..<UInt32((part + 1) * 0x4000) {
                let c = UInt32((cp * 0x9E37) & 0xFFFF)  // visit pages out of order
                if PyUnicode.isAlpha(c) != PyUnicode.alphaByDefinition(c)
                    || PyUnicode.numericLevel(c) != PyUnicode.numericLevelByDefinition(c)
                    || PyUnicode.isPrintable(c) != PyUnicode.printableByDefinition(c)
                    || PyUnicode.isUpper(c) != PyUnicode.upperByDefinition(c)
                    || PyUnicode.isLower(c) != PyUnicode.lowerByDefinition(c)
                    || PyUnicode.isTitle(c) != PyUnicode.titleByDefinition(c)
                    || PyUnicode.isCased(c) != PyUnicode.casedByDefinition(c)
                    || PyUnicode.isCaseIgnorable(c) != PyUnicode.caseIgnorableByDefinition(c) {
                    bad += 1
                }
            }
            mismatches.withLock { $0 += bad }
        }
        XCTAssertEqual(mismatches.withLock { $0 }, 0)
        XCTAssertTrue(PyUnicode.isAlpha(0x65E5))       // 日
        XCTAssertEqual(PyUnicode.numericLevel(0x0663), 3)  // Arabic-Indic three
        XCTAssertEqual(PyUnicode.numericLevel(0x00B2), 2)  // superscript two
        XCTAssertEqual(PyUnicode.numericLevel(0x00BD), 1)  // one half
        XCTAssertTrue(PyUnicode.isAlpha(0x20000))      // above the BMP: the definitions
    }

    /// The per-page case table maps every code point of the BMP exactly as the definitions
    /// do (one code point, or several through the definitions), filled by several threads.
    func testCaseMappingTableMatchesDefinitions() {
        func mapped(_ cp: UInt32, _ append: (UInt32, inout PyStrBuilder) -> Void) -> [UInt32] {
            var b = PyStrBuilder()
            append(cp, &b)
            return Array(b.build().codePoints)
        }
        let mismatches = Mutex([UInt32]())
        DispatchQueue.concurrentPerform(iterations: 4) { part in
            var bad: [UInt32] = []
            for cp in UInt32(part * 0x4000)..<UInt32((part + 1) * 0x4000) {
                let c = UInt32((cp * 0x9E37) & 0xFFFF)  // visit pages out of order
                if mapped(c, PyUnicode.appendLower) != mapped(c, PyUnicode.appendLowerByDefinition)
                    || mapped(c, PyUnicode.appendUpper) != mapped(c, PyUnicode.appendUpperByDefinition)
                    || mapped(c, PyUnicode.appendTitle) != mapped(c, PyUnicode.appendTitleByDefinition) {
                    bad.append(c)
                }
            }
            mismatches.withLock { $0 += bad }
        }
        XCTAssertEqual(mismatches.withLock { $0 }, [])
        XCTAssertEqual(mapped(0x0438, PyUnicode.appendUpper), [0x0418])          // и -> И
        XCTAssertEqual(mapped(0x0149, PyUnicode.appendUpper), [0x02BC, 0x004E])  // ŉ -> ʼN
        XCTAssertEqual(mapped(0x01C6, PyUnicode.appendTitle), [0x01C5])          // ǆ -> ǅ
        XCTAssertEqual(mapped(0x1E9E, PyUnicode.appendLower), [0x00DF])          // ẞ -> ß
        XCTAssertEqual(PyStr.from("Привет, Ωμέγα ǆ").upper().string, "ПРИВЕТ, ΩΜΈΓΑ Ǆ")
    }

}

let randomFloatTable = """
6513270e269e0d37 7.761117632285041e+178 7.761e+178 7.7611e+178 -
c12a18aeda73d2dc -855127.4266649145 -8.551e+05 -8.5513e+05 -855,127.43
c1106538aa29bbfe -268622.1661748289 -2.686e+05 -2.6862e+05 -268,622.17
36f675cc81e74ef5 6.294675241195386e-44 6.295e-44 6.2947e-44 0.00
6b0d549b6f03675a 4.708325160387546e+207 4.708e+207 4.7083e+207 -
8d116ece1738f7d9 -9.973130378568733e-246 -9.973e-246 -9.9731e-246 -0.00
4123f3107faa06d8 653704.249344076 6.537e+05 6.537e+05 653,704.25
a170b33839263059 -1.306052388527796e-147 -1.306e-147 -1.3061e-147 -0.00
412b5373c5137304 895417.8849140112 8.954e+05 8.9542e+05 895,417.88
c109397867d49564 -206639.0506984397 -2.066e+05 -2.0664e+05 -206,639.05
3fe70a3d70a3d70a 0.72 7.200e-01 0.72 0.72
8a6a63ec24ede6a4 -1.7163996725272777e-258 -1.716e-258 -1.7164e-258 -0.00
8f6d05584ef8aa38 -2.2818334634712625e-234 -2.282e-234 -2.2818e-234 -0.00
4066973eab367a10 180.7264 1.807e+02 180.73 180.73
c1230d03e491e93a -624257.9464257129 -6.243e+05 -6.2426e+05 -624,257.95
1012f037b64ce422 3.0496182610151205e-231 3.050e-231 3.0496e-231 0.00
410d0e197da38d68 238019.18634710764 2.380e+05 2.3802e+05 238,019.19
40eefa0fc7f84260 63440.493160371436 6.344e+04 63440 63,440.49
407d19a1cac08312 465.602 4.656e+02 465.6 465.60
cb5c74273f98e277 -1.0901301243108798e+55 -1.090e+55 -1.0901e+55 -
3e7d1bfbc7a2ea20 1.084406323928777e-07 1.084e-07 1.0844e-07 0.00
867347214cdd2055 -1.3593855381697515e-277 -1.359e-277 -1.3594e-277 -0.00
c1131b627af71ab8 -313048.62008325337 -3.130e+05 -3.1305e+05 -313,048.62
410a99f04df91db0 217918.03807280725 2.179e+05 2.1792e+05 217,918.04
6b0a18e8830e07bc 4.189310710358099e+207 4.189e+207 4.1893e+207 -
26e875555790f82e 2.9599107635242675e-121 2.960e-121 2.9599e-121 0.00
40faac1b7ce30243 109249.71798993 1.092e+05 1.0925e+05 109,249.72
4126ead73f5098ac 750955.6236617765 7.510e+05 7.5096e+05 750,955.62
59a54a7bb1fee08f 7.037254769664525e+123 7.037e+123 7.0373e+123 -
4103817344bdb7f0 159790.40856498433 1.598e+05 1.5979e+05 159,790.41
4124bfff1f3eadfe 679935.5610250828 6.799e+05 6.7994e+05 679,935.56
42397254cdb7ac1c 109292342711.6723 1.093e+11 1.0929e+11 109,292,342,711.67
412e189fc2038a94 986191.8789332681 9.862e+05 9.8619e+05 986,191.88
4071c989374bc6a8 284.596 2.846e+02 284.6 284.60
41ecf29f4080f5c3 3885300228.03 3.885e+09 3.8853e+09 3,885,300,228.03
c0c8a30164b6b2c0 -12614.01088603714 -1.261e+04 -12614 -12,614.01
211c70cf49952399 3.47537661855496e-149 3.475e-149 3.4754e-149 0.00
4078de5e353f7cee 397.898 3.979e+02 397.9 397.90
66d2287672fdf202 1.9751801151887592e+187 1.975e+187 1.9752e+187 -
4127665f4e46af10 766767.6528830249 7.668e+05 7.6677e+05 766,767.65
408affd70a3d70a4 863.98 8.640e+02 863.98 863.98
408ed3bc6a7ef9db 986.467 9.865e+02 986.47 986.47
405b3147ae147ae1 108.77 1.088e+02 108.77 108.77
3bbbe9eaa8948c89 5.910963699252187e-21 5.911e-21 5.911e-21 0.00
96d0cc5fd4c28c2e -8.778274695488077e-199 -8.778e-199 -8.7783e-199 -0.00
010c4759482c9cbc 1.2886468538418473e-303 1.289e-303 1.2886e-303 0.00
5e8766ed88daf401 2.337771298955827e+147 2.338e+147 2.3378e+147 -
c11624628d153614 -362776.63777622697 -3.628e+05 -3.6278e+05 -362,776.64
83f73f16dbf4a8b2 -1.4908731087671445e-289 -1.491e-289 -1.4909e-289 -0.00
3e39571e5cd2e2e8 5.9e-09 5.900e-09 5.9e-09 0.00
40788610624dd2f2 392.379 3.924e+02 392.38 392.38
a260cd0b7b45145c -4.3055245926028695e-143 -4.306e-143 -4.3055e-143 -0.00
c122e239d9881633 -618780.9248663842 -6.188e+05 -6.1878e+05 -618,780.92
41d271676423a8d6 1237687696.55718 1.238e+09 1.2377e+09 1,237,687,696.56
c12844d19bedeb5c -795240.8045495558 -7.952e+05 -7.9524e+05 -795,240.80
40f1e15603d66170 73237.37593687116 7.324e+04 73237 73,237.38
43a28108527bf1d9 6.666780575190826e+17 6.667e+17 6.6668e+17 666,678,057,519,082,624.00
412bccb0187edec4 910936.0478429426 9.109e+05 9.1094e+05 910,936.05
c0e93e225a692e40 -51697.073536482174 -5.170e+04 -51697 -51,697.07
fe3bfada7cf20724 -1.1711210852149163e+300 -1.171e+300 -1.1711e+300 -
42ffef0592fa8a7a 561783218612391.6 5.618e+14 5.6178e+14 561,783,218,612,391.62
57b6fb7ebfeaa155 3.5373155367079263e+114 3.537e+114 3.5373e+114 -
407de9999999999a 478.6 4.786e+02 478.6 478.60
c121fe03f9233b38 -589569.9865969187 -5.896e+05 -5.8957e+05 -589,569.99
40bd8d7060776410 7565.43897196 7.565e+03 7565.4 7,565.44
41b66dfc0053c2c9 376306688.32719094 3.763e+08 3.7631e+08 376,306,688.33
5b0ee76f2ac34446 4.284334760083779e+130 4.284e+130 4.2843e+130 -
4080a4bd3c361134 532.5924 5.326e+02 532.59 532.59
9cfc865239194242 -4.7239295389576093e-169 -4.724e-169 -4.7239e-169 -0.00
408ec73333333333 984.9 9.849e+02 984.9 984.90
4089926666666666 818.3 8.183e+02 818.3 818.30
5b06258e7e26f36a 3.0702749606219453e+130 3.070e+130 3.0703e+130 -
408eeccccccccccd 989.6 9.896e+02 989.6 989.60
c122b2cc37486b09 -612710.1079743813 -6.127e+05 -6.1271e+05 -612,710.11
c11302389b204454 -311438.151490276 -3.114e+05 -3.1144e+05 -311,438.15
4086990a3d70a3d7 723.13 7.231e+02 723.13 723.13
42166ea5a8a4cccd 24086407721.2 2.409e+10 2.4086e+10 24,086,407,721.20
5675f6ad325b55dd 3.223900221186047e+108 3.224e+108 3.2239e+108 -
fc3947249fc2d0a1 -2.4634109827844716e+290 -2.463e+290 -2.4634e+290 -
3e0b7cdfd9d7bdbb 8e-10 8.000e-10 8e-10 0.00
15b40aeba4a45eff 3.99538161817137e-204 3.995e-204 3.9954e-204 0.00
405df9db22d0e560 119.904 1.199e+02 119.9 119.90
4087711eb851eb85 750.14 7.501e+02 750.14 750.14
41caab78ac9d7dbf 894890329.2304 8.949e+08 8.9489e+08 894,890,329.23
f8be8831f237e45a -4.129253126786057e+273 -4.129e+273 -4.1293e+273 -
407cf00000000000 463.0 4.630e+02 463 463.00
4065400000000000 170.0 1.700e+02 170 170.00
e7a46309973f7986 -1.8166769799156072e+191 -1.817e+191 -1.8167e+191 -
411306918507fe4c 311716.3799133047 3.117e+05 3.1172e+05 311,716.38
410767e419b623e0 191740.512554436 1.917e+05 1.9174e+05 191,740.51
412ab36e0ae243c2 874935.0212575125 8.749e+05 8.7494e+05 874,935.02
2188287e8c5c715f 3.7786473232507753e-147 3.779e-147 3.7786e-147 0.00
f88c422bcca2a92b -4.7772162810011576e+272 -4.777e+272 -4.7772e+272 -
4059b33333333333 102.8 1.028e+02 102.8 102.80
4126b07bb642dab6 743485.8559788081 7.435e+05 7.4349e+05 743,485.86
406a6147ae147ae1 211.04 2.110e+02 211.04 211.04
3d93fd4c804c25d6 4.545074390328596e-12 4.545e-12 4.5451e-12 0.00
40745fd42c3c9eed 325.9893 3.260e+02 325.99 325.99
c12684794b42abbe -737852.6469930334 -7.379e+05 -7.3785e+05 -737,852.65
4049517eaca80f09 50.6366782971 5.064e+01 50.637 50.64
4128ad2319218c6a 808593.5490840797 8.086e+05 8.0859e+05 808,593.55
41297ee4565dec64 835442.1686853287 8.354e+05 8.3544e+05 835,442.17
40ef143d988ce300 63649.92487186752 6.365e+04 63650 63,649.92
c12d603c8743cd34 -962590.26418916 -9.626e+05 -9.6259e+05 -962,590.26
c1235770736eeaaf -633784.2254556025 -6.338e+05 -6.3378e+05 -633,784.23
265974a7cc966f46 6.016814057252644e-124 6.017e-124 6.0168e-124 0.00
9e7d6b377936d536 -8.17386611297425e-162 -8.174e-162 -8.1739e-162 -0.00
408163d70a3d70a4 556.48 5.565e+02 556.48 556.48
40ee0196b8078f00 61452.70996454172 6.145e+04 61453 61,452.71
4120e02866ee5eb4 552980.2010373683 5.530e+05 5.5298e+05 552,980.20
3fa0624dd2f1a9fc 0.032 3.200e-02 0.032 0.03
1905d591c5b2e75a 3.920406565770441e-188 3.920e-188 3.9204e-188 0.00
40fe242c5f7d6700 123458.77331295237 1.235e+05 1.2346e+05 123,458.77
408c83e76c8b4396 912.488 9.125e+02 912.49 912.49
816bee06f92e2339 -8.145581413706376e-302 -8.146e-302 -8.1456e-302 -0.00
c12258d329cb6281 -601193.5816298277 -6.012e+05 -6.0119e+05 -601,193.58
888564e88216858f -1.2958936521667577e-267 -1.296e-267 -1.2959e-267 -0.00
407fbccccccccccd 507.8 5.078e+02 507.8 507.80
4126fb5ded57e452 753070.9635611868 7.531e+05 7.5307e+05 753,070.96
4023d10f52586775 9.90832002 9.908e+00 9.9083 9.91
40f254ac7ae147ae 75082.78 7.508e+04 75083 75,082.78
c10a4739f14e73d8 -215271.24282541755 -2.153e+05 -2.1527e+05 -215,271.24
3d9a8079abd0d7fb 6.025824530865072e-12 6.026e-12 6.0258e-12 0.00
c1218938cd38cfee -574620.4008240679 -5.746e+05 -5.7462e+05 -574,620.40
e5a3863e1f525265 -4.0508370619616805e+181 -4.051e+181 -4.0508e+181 -
408d5c0000000000 939.5 9.395e+02 939.5 939.50
23231e1ee2015522 2.0067197319688217e-139 2.007e-139 2.0067e-139 0.00
402944406c00da1b 12.633304 1.263e+01 12.633 12.63
4085e23126e978d5 700.274 7.003e+02 700.27 700.27
fe7b8ae46e7836a4 -1.8445048337855806e+301 -1.845e+301 -1.8445e+301 -
c113a39ed864e388 -321767.7113223602 -3.218e+05 -3.2177e+05 -321,767.71
179a071e518ae452 5.571092709441784e-195 5.571e-195 5.5711e-195 0.00
40337b9f559b3d08 19.4829 1.948e+01 19.483 19.48
4118cc7b0063a1fc 406302.7503800688 4.063e+05 4.063e+05 406,302.75
9fb9af5084768b8c -7.483052995927738e-156 -7.483e-156 -7.4831e-156 -0.00
10755c97f5f554ed 2.201501557331374e-229 2.202e-229 2.2015e-229 0.00
c9d22950eb25f8a1 -4.147328537106881e+47 -4.147e+47 -4.1473e+47 -
1ad2d5f1e05b3e13 1.8157032239720454e-179 1.816e-179 1.8157e-179 0.00
0a227385459c945c 7.500316642141132e-260 7.500e-260 7.5003e-260 0.00
40a627ae147ae148 2835.84 2.836e+03 2835.8 2,835.84
408a8cb851eb851f 849.59 8.496e+02 849.59 849.59
40f1dedc7e4d0e00 73197.78083520383 7.320e+04 73198 73,197.78
c0c50bf4e6bfd1c0 -10775.913291909616 -1.078e+04 -10776 -10,775.91
0eba0ea84770a087 1.0003963559518157e-237 1.000e-237 1.0004e-237 0.00
4066e00000000000 183.0 1.830e+02 183 183.00
a26aa0ae044f1574 -6.823779649628285e-143 -6.824e-143 -6.8238e-143 -0.00
1570266b42b38755 2.0121367211070264e-205 2.012e-205 2.0121e-205 0.00
c120f1600a8c00bc -555184.0205993871 -5.552e+05 -5.5518e+05 -555,184.02
742a80631f2642aa 3.794871347582317e+251 3.795e+251 3.7949e+251 -
8d959c31fe8ad4a1 -3.1649077036466187e-243 -3.165e-243 -3.1649e-243 -0.00
41295b0ad02ea9de 830853.4066060146 8.309e+05 8.3085e+05 830,853.41
c12be1693d9abe7e -913588.6203212289 -9.136e+05 -9.1359e+05 -913,588.62
408d50cccccccccd 938.1 9.381e+02 938.1 938.10
33a715682e5f950c 7.182486285205604e-60 7.182e-60 7.1825e-60 0.00
40802f57d409d7f0 517.9178849 5.179e+02 517.92 517.92
c123a8d07690e2d2 -644200.2315741426 -6.442e+05 -6.442e+05 -644,200.23
fe977c5604a65651 -6.291279084325878e+301 -6.291e+301 -6.2913e+301 -
04b8157d03edb920 6.32661844860353e-286 6.327e-286 6.3266e-286 0.00
4081380000000000 551.0 5.510e+02 551 551.00
c11f0b83d7e48d2a -508640.960832792 -5.086e+05 -5.0864e+05 -508,640.96
4113538291fd2824 316640.64256727905 3.166e+05 3.1664e+05 316,640.64
41131aeb85d8d990 313018.88071002904 3.130e+05 3.1302e+05 313,018.88
4127b9d7e0673f08 777451.9382877061 7.775e+05 7.7745e+05 777,451.94
41468932245a1cac 2953828.284 2.954e+06 2.9538e+06 2,953,828.28
e1c60aa3d510bb04 -9.916308905502244e+162 -9.916e+162 -9.9163e+162 -
4083dfd0e5604189 635.977 6.360e+02 635.98 635.98
4031000000000000 17.0 1.700e+01 17 17.00
e13e213ebdaaea00 -2.647493339408533e+160 -2.647e+160 -2.6475e+160 -
0e2ec40a29ca862d 2.3069671180621174e-240 2.307e-240 2.307e-240 0.00
618177ffd75d6769 4.911899340741449e+161 4.912e+161 4.9119e+161 -
410f64aaf5f6fd22 257173.3701 2.572e+05 2.5717e+05 257,173.37
285414242f733b05 2.0383405905348115e-114 2.038e-114 2.0383e-114 0.00
4363e5d900ed6b02 4.480595794980661e+16 4.481e+16 4.4806e+16 44,805,957,949,806,608.00
f8fdd20854348156 -6.452828221891868e+274 -6.453e+274 -6.4528e+274 -
41204fab6710cb29 534485.7013 5.345e+05 5.3449e+05 534,485.70
00460d692ed65411 2.4534094041869293e-307 2.453e-307 2.4534e-307 0.00
79823eb21579da0a 2.021378427548085e+277 2.021e+277 2.0214e+277 -
33736dcca7f0c99e 7.55664792212261e-61 7.557e-61 7.5566e-61 0.00
0144702bc6b789ef 1.4901717654283264e-302 1.490e-302 1.4902e-302 0.00
16fa1421d129d067 5.451146046533131e-198 5.451e-198 5.4511e-198 0.00
0aaaaf81963892a7 2.7769637934400558e-257 2.777e-257 2.777e-257 0.00
4de2f8ad4cb59aa7 1.598336811505802e+67 1.598e+67 1.5983e+67 -
c1295c75277aa85e -831034.5771076789 -8.310e+05 -8.3103e+05 -831,034.58
3f1697d8349b236e 8.6186e-05 8.619e-05 8.6186e-05 0.00
b87e4e2b537d9128 -1.4249506433645903e-36 -1.425e-36 -1.425e-36 -0.00
3f03875788e425eb 3.7248e-05 3.725e-05 3.7248e-05 0.00
c12bd84fbbb5336f -912423.8666168283 -9.124e+05 -9.1242e+05 -912,423.87
408bdf89374bc6a8 891.942 8.919e+02 891.94 891.94
408961999999999a 812.2 8.122e+02 812.2 812.20
41600df7b45a4b33 8417213.636022186 8.417e+06 8.4172e+06 8,417,213.64
4165c89200000000 11420816.0 1.142e+07 1.1421e+07 11,420,816.00
5c57532ba31a49dd 6.781371746688403e+136 6.781e+136 6.7814e+136 -
40f362ee4d52230d 79406.89387716 7.941e+04 79407 79,406.89
a050609804d2be09 -4.885905200610512e-153 -4.886e-153 -4.8859e-153 -0.00
c11f2e829133b1b2 -510880.6417987599 -5.109e+05 -5.1088e+05 -510,880.64
cc35e83474fa9412 -1.3751278426829565e+59 -1.375e+59 -1.3751e+59 -
80c2b5f1eeb89ff1 -5.328990755936941e-305 -5.329e-305 -5.329e-305 -0.00
3edc5a7ea6a41924 6.76e-06 6.760e-06 6.76e-06 0.00
794ec926bc9e28ea 2.1317473992055052e+276 2.132e+276 2.1317e+276 -
d89c36b2130f27b2 -7.114717422917445e+118 -7.115e+118 -7.1147e+118 -
c1a624dcbab5b373 -185757277.3548847 -1.858e+08 -1.8576e+08 -185,757,277.35
a661f62cbd65680c -8.490969857135082e-124 -8.491e-124 -8.491e-124 -0.00
4303964be05d6395 689159648554098.6 6.892e+14 6.8916e+14 689,159,648,554,098.62
41166c84806a1728 367393.12540470297 3.674e+05 3.6739e+05 367,393.13
4083480000000000 617.0 6.170e+02 617 617.00
54ef125a25bda659 1.3592314437382199e+101 1.359e+101 1.3592e+101 -
b16107f1be437c7b -7.711378216380325e-71 -7.711e-71 -7.7114e-71 -0.00
222930ae9158d4a8 4.034624071516435e-144 4.035e-144 4.0346e-144 0.00
7c5d42dc0f877ae3 1.1406371739661819e+291 1.141e+291 1.1406e+291 -
197a14e2ac084ba5 5.9942747849457996e-186 5.994e-186 5.9943e-186 0.00
411572dd41270e50 351415.31362554897 3.514e+05 3.5142e+05 351,415.31
491961a1843baee9 1.4150587073192729e+44 1.415e+44 1.4151e+44 -
c0f06f9b0ffff8f8 -67321.6914062238 -6.732e+04 -67322 -67,321.69
8c90473ee4c717fd -3.63774892558172e-248 -3.638e-248 -3.6377e-248 -0.00
15fa8b65fa6672cd 8.466382518160757e-203 8.466e-203 8.4664e-203 0.00
3ea0c6f7a0b5ed8d 5e-07 5.000e-07 5e-07 0.00
f7d5f12481b1c025 -1.811221751886607e+269 -1.811e+269 -1.8112e+269 -
41195a3d03126e98 415375.253 4.154e+05 4.1538e+05 415,375.25
3f54826acb475e05 0.001251797 1.252e-03 0.0012518 0.00
86292bb5bf5b411b -5.546640855532768e-279 -5.547e-279 -5.5466e-279 -0.00
21f267e25c0bb40f 3.684993647393793e-145 3.685e-145 3.685e-145 0.00
411012a19762c858 263336.3978377632 2.633e+05 2.6334e+05 263,336.40
b40de56d1cd86fc1 -5.9534235379668546e-58 -5.953e-58 -5.9534e-58 -0.00
e5d00a4d7f7595b5 -2.6623698582177135e+182 -2.662e+182 -2.6624e+182 -
42845832dc61b000 2796130372662.0 2.796e+12 2.7961e+12 2,796,130,372,662.00
4288bc5a3915bcf6 3399655826103.62 3.400e+12 3.3997e+12 3,399,655,826,103.62
c10e3f5daca2a3ec -247787.7092945868 -2.478e+05 -2.4779e+05 -247,787.71
00721f8454d1ac6b 1.6130105957958495e-306 1.613e-306 1.613e-306 0.00
d6cff718569908f6 -1.5014333776575497e+110 -1.501e+110 -1.5014e+110 -
ed2879c1f09c0afb -6.749949211576214e+217 -6.750e+217 -6.7499e+217 -
e6cd10f103003005 -1.5808666830009214e+187 -1.581e+187 -1.5809e+187 -
406fa00000000000 253.0 2.530e+02 253 253.00
deb67ae7ffb0dd9e -1.7965370228417366e+148 -1.797e+148 -1.7965e+148 -
c11100d5689ad884 -278581.3521531897 -2.786e+05 -2.7858e+05 -278,581.35
c11b7265faa110be -449689.49475504074 -4.497e+05 -4.4969e+05 -449,689.49
0d36ce2c1a09a840 5.2186777327944765e-245 5.219e-245 5.2187e-245 0.00
4071d9999999999a 285.6 2.856e+02 285.6 285.60
6fad79364406c053 8.937132341161973e+229 8.937e+229 8.9371e+229 -
c122ee1bcfb48030 -620301.9056739863 -6.203e+05 -6.203e+05 -620,301.91
6d80de7cf4c73f2b 2.977409839651743e+219 2.977e+219 2.9774e+219 -
"""
