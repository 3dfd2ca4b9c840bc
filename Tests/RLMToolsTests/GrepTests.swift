import Foundation
import RLMInterpreter
@testable import RLMTools
import XCTest

/// grep and find_files: matching with `re` semantics, ignore rules in and out of git.
final class GrepTests: XCTestCase {
    var box: Sandbox!
    var tools: WorkspaceTools!

    override func setUp() async throws {
        box = try Sandbox()
        try box.write("ws/src/main.py", "import os\n\ndef main():\n    raise ValueError('bad')\n")
        try box.write("ws/src/util.py", "def helper():\n    return 42\n")
        try box.write("ws/README.md", "# Project\nSee main() for details.\n")
        tools = try box.tools()
    }

    override func tearDown() async throws {
        box.assertOutsideUntouched()
        box = nil
    }

    private func grep(_ pattern: String, path: String = ".", glob: String? = nil, ignoreCase: Bool = false,
                      maxResults: Int = 1000) async throws -> [String] {
        let output = try await tools.run(Grep.self, .init(pattern: pattern, path: path, glob: glob, ignoreCase: ignoreCase, maxResults: maxResults))
        return output.matches.map { "\($0.path):\($0.line):\($0.text)" }
    }

    func testFindsLinesWithPathsAndOneBasedNumbers() async throws {
        let found = try await grep("def \\w+\\(")
        XCTAssertEqual(found, ["src/main.py:3:def main():", "src/util.py:1:def helper():"])
        let got1 = try await grep("main\\(\\)")
        XCTAssertEqual(got1, ["README.md:2:See main() for details.", "src/main.py:3:def main():"])
        let got2 = try await grep("nothing matches this")
        XCTAssertEqual(got2, [])
    }

    func testPythonRegexSyntaxAndFlags() async throws {
        let got3 = try await grep("(?P<kw>raise|return) (?P<value>\\w+)")
        XCTAssertEqual(got3,
                       ["src/main.py:4:    raise ValueError('bad')", "src/util.py:2:    return 42"])
        let got4 = try await grep("(?i)PROJECT")
        XCTAssertEqual(got4, ["README.md:1:# Project"])
        let got5 = try await grep("project", ignoreCase: true)
        XCTAssertEqual(got5, ["README.md:1:# Project"])
        let got6 = try await grep("^def")
        XCTAssertEqual(got6, ["src/main.py:3:def main():", "src/util.py:1:def helper():"])
        let got7 = try await grep("\\):$")
        XCTAssertEqual(got7, ["src/main.py:3:def main():", "src/util.py:1:def helper():"])
        let got8 = try await grep("^$")
        XCTAssertEqual(got8, ["src/main.py:2:"])
        let got9 = try await grep("\\d+")
        XCTAssertEqual(got9, ["src/util.py:2:    return 42"])
        let got10 = try await grep("(?<=return )\\d")
        XCTAssertEqual(got10, ["src/util.py:2:    return 42"])
        let got11 = try await grep("\\Adef")
        XCTAssertEqual(got11, ["src/main.py:3:def main():", "src/util.py:1:def helper():"])
    }

    func testAMatchNeverSpansLines() async throws {
        // `\s+` and negated classes can match a newline; grep is about single lines.
        let got12 = try await grep("os\\s+def")
        XCTAssertEqual(got12, [])
        let got13 = try await grep("main\\(\\):\\s*$")
        XCTAssertEqual(got13, ["src/main.py:3:def main():"])
        let got14 = try await grep("[^x]*helper")
        XCTAssertEqual(got14, ["src/util.py:1:def helper():"])
        let got15 = try await grep("42\\n")
        XCTAssertEqual(got15, [])
    }

    func testPathGlobAndSingleFiles() async throws {
        let got16 = try await grep("def", glob: "*.md")
        XCTAssertEqual(got16, [])
        let got17 = try await grep("main", glob: "*.md")
        XCTAssertEqual(got17, ["README.md:2:See main() for details."])
        let got18 = try await grep("def", glob: "src/u*.py")
        XCTAssertEqual(got18, ["src/util.py:1:def helper():"])
        let got19 = try await grep("def", glob: "*.{md,py}").count
        XCTAssertEqual(got19, 2)
        let got20 = try await grep("def", path: "src/util.py")
        XCTAssertEqual(got20, ["src/util.py:1:def helper():"])
        let got21 = try await grep("def", path: "src")
        XCTAssertEqual(got21, ["src/main.py:3:def main():", "src/util.py:1:def helper():"])
        await assertToolError(.notFound) { try await self.grep("x", path: "missing") }
    }

    func testBadArgumentsAreClearErrors() async throws {
        await assertToolError(.invalidArgument, "invalid pattern '(unclosed': missing ), unterminated subpattern") {
            try await self.grep("(unclosed")
        }
        await assertToolError(.invalidArgument, "max_results") { try await self.grep("x", maxResults: 0) }
        await assertToolError(.invalidArgument, "glob") { try await self.grep("x", glob: "") }
    }

    func testMaxResultsKeepsTheFirstMatchesInOrder() async throws {
        for i in 0..<30 {
            try box.write("ws/many/f\(String(format: "%02d", i)).txt", (1...10).map { "hit \($0)" }.joined(separator: "\n") + "\n")
        }
        let all = try await tools.run(Grep.self, .init(pattern: "hit", path: "many"))
        XCTAssertEqual(all.matches.count, 300)
        XCTAssertFalse(all.truncated)
        for _ in 0..<5 {
            let some = try await tools.run(Grep.self, .init(pattern: "hit", path: "many", maxResults: 25))
            XCTAssertTrue(some.truncated)
            XCTAssertEqual(some.matches, Array(all.matches.prefix(25)))
        }
    }

    func testSkipsBinaryFilesAndCutsLongLines() async throws {
        try box.writeBytes("ws/blob.bin", Array("needle\n".utf8) + [0, 1, 2])
        try box.write("ws/min.js", "var a=1;" + String(repeating: "x", count: 5000) + "needle" + "\n")
        let output = try await tools.run(Grep.self, .init(pattern: "needle"))
        XCTAssertEqual(output.matches.map(\.path), ["min.js"])
        XCTAssertEqual(output.binaryFilesSkipped, 1)
        XCTAssertTrue(output.matches[0].text.hasSuffix("… [line cut at 2000 of 5014 bytes]"))
    }

    func testLineNumbersStayRightAcrossReadWindows() async throws {
        // A file larger than grep's read window, with matches on both sides of the seams.
        var lines: [String] = []
        for i in 1...400_000 { lines.append(i % 50_000 == 0 ? "MATCH at \(i)" : "filler line \(i) abcdefghij") }
        try box.write("ws/huge.log", lines.joined(separator: "\n"))
        let output = try await tools.run(Grep.self, .init(pattern: "MATCH at (\\d+)", path: "huge.log"))
        XCTAssertEqual(output.matches.map(\.line), Array(stride(from: 50_000, through: 400_000, by: 50_000)))
        XCTAssertEqual(output.matches.map(\.text), output.matches.map { "MATCH at \($0.line)" })
    }

    /// The whole-buffer search with its shortcuts gives exactly what re.search per line gives.
    func testAgreesWithPerLineSearch() throws {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("ab c\tx_9(é).\r")
        var text = ""
        for _ in 0..<3000 {
            text += String((0..<Int.random(in: 0...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }) + "\n"
        }
        text += "ab c"   // a last line without a newline
        let bytes = Array(text.utf8)
        let patterns = ["a", "ab", "^a", "c$", "^$", "a\\s+b", "[^a]+", "x*", "\\bab\\b", "(?<=a)b", "b(?!c)", "\\w+_9",
                        "\\(é\\)", "é", "\\.\\r", "ab c\\Z", "\\Aab", "(a|b)c", "a{2,}", "[a-c]{3}", "9\\)", "\\s$", "(?s).",
                        "ab(?= )", "x_9\\(", "_9\\(é", "\\d\\(", "c\\t"]
        for pattern in patterns {
            for ignoreCase in [false, true] {
                let searcher = try LineSearcher(pattern: pattern, ignoreCase: ignoreCase)
                var fast: [Int] = []
                bytes.withUnsafeBufferPointer { buffer in
                    try? searcher.search(buffer) { start, _ in fast.append(start); return true }
                }
                let reference = try CompiledRegex(pattern: pattern, flags: ignoreCase ? [.ignoreCase] : [])
                var slow: [Int] = []
                var start = 0
                for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                    if try reference.firstMatch(in: Array(line)) != nil { slow.append(start) }
                    start += line.count + 1
                }
                if fast != slow {
                    let first = zip(fast, slow).first { $0 != $1 } ?? (fast.last ?? -1, slow.last ?? -1)
                    XCTFail("pattern \(pattern) ignoreCase \(ignoreCase): \(fast.count) lines vs \(slow.count) per line; first difference at \(first)")
                }
            }
        }
    }

    func testRequiredLiteralExtraction() {
        func literal(_ p: String) -> String? { RequiredLiteral(pattern: p).map { String(decoding: $0.bytes, as: UTF8.self) } }
        XCTAssertEqual(literal("\\w+Exception\\("), "Exception(")
        XCTAssertEqual(literal("ERR_CONNECTION_RESET"), "ERR_CONNECTION_RESET")
        XCTAssertEqual(literal("foo.*barbaz"), "barbaz")
        XCTAssertEqual(literal("abcd?ef"), "abc")
        XCTAssertEqual(literal("(optional)?required"), "required")
        XCTAssertEqual(literal("x{2}yyyy"), "yyyy")
        XCTAssertEqual(literal("ab{|cd}"), nil, "alternation anywhere at the top level")
        XCTAssertNil(literal("foo|bar"))
        XCTAssertNil(literal("(?i)hello"))
        XCTAssertNil(literal("\\d+-\\d+"))
        XCTAssertEqual(literal("[abc]+literal"), "literal")
        XCTAssertEqual(literal("(?P<name>x|y)tail_text"), "tail_text")
    }

    // MARK: Ignore rules

    func testGitRepositoryUsesGitsIgnoreRules() async throws {
        try box.write("ws/.gitignore", "*.log\nbuild/\n")
        try box.write("ws/debug.log", "needle in a log\n")
        try box.write("ws/build/out.txt", "needle in build output\n")
        try box.write("ws/node_modules/pkg/index.js", "needle in a dependency\n")
        try box.write("ws/src/tracked.txt", "needle tracked\n")
        try box.git("init", "-q")
        try box.git("add", "src/tracked.txt", "node_modules/pkg/index.js")
        try box.git("commit", "-q", "-m", "x")
        try box.write("ws/src/untracked.txt", "needle untracked\n")
        try box.write("ws/.git/needle.txt", "needle inside .git\n")
        let found = try await grep("needle")
        // Tracked files are searched even in folders ignored by default elsewhere; untracked
        // ones too unless ignored; .git never.
        XCTAssertEqual(found, ["node_modules/pkg/index.js:1:needle in a dependency", "src/tracked.txt:1:needle tracked",
                               "src/untracked.txt:1:needle untracked"])
        let files = try await tools.run(FindFiles.self, .init(pattern: "*.txt"))
        XCTAssertEqual(files.paths, ["src/tracked.txt", "src/untracked.txt"])
        // A folder git ignores as a whole is still searched when named.
        let got22 = try await grep("needle", path: "build")
        XCTAssertEqual(got22, ["build/out.txt:1:needle in build output"])
        // A single ignored file too.
        let got23 = try await grep("needle", path: "debug.log")
        XCTAssertEqual(got23, ["debug.log:1:needle in a log"])
    }

    func testNestedRepositoriesAreListedByTheirOwnGit() async throws {
        try box.git("init", "-q")
        try box.write("ws/top.txt", "needle top\n")
        try box.git("add", "top.txt")
        try box.git("commit", "-q", "-m", "x")
        try box.write("ws/vendor/lib/.gitignore", "secret-build/\n")
        try box.write("ws/vendor/lib/code.txt", "needle nested\n")
        try box.write("ws/vendor/lib/secret-build/gen.txt", "needle generated\n")
        let nested = Process()
        nested.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        nested.arguments = ["git", "init", "-q", box.root + "/vendor/lib"]
        try nested.run()
        nested.waitUntilExit()
        let got24 = try await grep("needle")
        XCTAssertEqual(got24, ["top.txt:1:needle top", "vendor/lib/code.txt:1:needle nested"])
    }

    func testOutsideGitDefaultIgnoresAndGitignoreFilesApply() async throws {
        try box.write("ws/node_modules/x/index.js", "needle\n")
        try box.write("ws/.build/debug/out.txt", "needle\n")
        try box.write("ws/__pycache__/m.pyc.txt", "needle\n")
        try box.write("ws/.gitignore", "*.tmp\n/generated/\n!keep.tmp\n")
        try box.write("ws/a.tmp", "needle\n")
        try box.write("ws/keep.tmp", "needle\n")
        try box.write("ws/generated/g.txt", "needle\n")
        try box.write("ws/docs/generated/g.txt", "needle\n")   // anchored rule: only the top one
        try box.write("ws/docs/.gitignore", "*.md\n")
        try box.write("ws/docs/guide.md", "needle\n")
        try box.write("ws/guide.md", "needle\n")
        try box.write("ws/.hidden/h.txt", "needle\n")
        let found = try await grep("needle")
        XCTAssertEqual(found.map { String($0.split(separator: ":")[0]) },
                       [".hidden/h.txt", "docs/generated/g.txt", "guide.md", "keep.tmp"])
    }

    // MARK: find_files

    func testFindFilesGlobs() async throws {
        try box.write("ws/src/deep/er/x.py", "")
        try box.write("ws/docs/a.md", "")
        func find(_ pattern: String, _ path: String = ".") async throws -> [String] {
            try await tools.run(FindFiles.self, .init(pattern: pattern, path: path)).paths
        }
        let got25 = try await find("*.py")
        XCTAssertEqual(got25, ["src/deep/er/x.py", "src/main.py", "src/util.py"])
        let got26 = try await find("src/*.py")
        XCTAssertEqual(got26, ["src/main.py", "src/util.py"])
        let got27 = try await find("src/**/*.py")
        XCTAssertEqual(got27, ["src/deep/er/x.py", "src/main.py", "src/util.py"])
        let got28 = try await find("**/er/*")
        XCTAssertEqual(got28, ["src/deep/er/x.py"])
        let got29 = try await find("*.{md,py}", "docs")
        XCTAssertEqual(got29, ["docs/a.md"])
        let got30 = try await find("[mu]*.py")
        XCTAssertEqual(got30, ["src/main.py", "src/util.py"])
        let got31 = try await find("??????.md")
        XCTAssertEqual(got31, ["README.md"])
        let got32 = try await find("./src/m*")
        XCTAssertEqual(got32, ["src/main.py"])
        let got33 = try await find("*.rs")
        XCTAssertEqual(got33, [])
        await assertToolError(.notADirectory) { try await find("*", "README.md") }
    }

    func testGlobMatching() throws {
        func m(_ glob: String, _ path: String) throws -> Bool { FindFiles.matches(try FindFiles.makeGlob(glob), path) }
        XCTAssertTrue(try m("*.swift", "Sources/a/B.swift"))
        XCTAssertFalse(try m("*.swift", "Sources/a/B.swiftx"))
        XCTAssertTrue(try m("Sources/**/B.swift", "Sources/B.swift"))
        XCTAssertTrue(try m("Sources/**", "Sources/a/b/c"))
        XCTAssertFalse(try m("Sources/*", "Sources/a/b"))
        XCTAssertTrue(try m("[!a]*", "b.txt"))
        XCTAssertFalse(try m("[!a]*", "a.txt"))
        XCTAssertTrue(try m("\\*literal", "*literal"))
        XCTAssertTrue(try m("{a,b{c,d}}.txt", "bd.txt"))
        XCTAssertTrue(try m("*", ".hidden"))
    }

    func testIgnoreFileRules() {
        let rules = IgnoreFile(base: "", text: "# comment\n*.o\n!important.o\nbuild/\n/top.txt\ndocs/**/*.pdf\n\\#hash\n")
        func ignored(_ path: String, dir: Bool = false) -> Bool? { rules.verdict(path.split(separator: "/"), isDirectory: dir) }
        XCTAssertEqual(ignored("a/b.o"), true)
        XCTAssertEqual(ignored("important.o"), false)
        XCTAssertEqual(ignored("build", dir: true), true)
        XCTAssertNil(ignored("build"), "build/ only ignores folders")
        XCTAssertEqual(ignored("top.txt"), true)
        XCTAssertNil(ignored("sub/top.txt"))
        XCTAssertEqual(ignored("docs/x/y.pdf"), true)
        XCTAssertEqual(ignored("#hash"), true)
        XCTAssertNil(ignored("comment"))
        let nested = IgnoreFile(base: "sub", text: "*.tmp\n")
        XCTAssertEqual(nested.verdict(["sub", "a.tmp"], isDirectory: false), true)
        XCTAssertNil(nested.verdict(["a.tmp"], isDirectory: false))
    }
}
