import Foundation
@testable import RLMTools
import XCTest

/// Diffs are checked the strict way: GNU patch must turn the old text into the new one.
final class UnifiedDiffTests: XCTestCase {
    func testSmallCases() {
        XCTAssertEqual(UnifiedDiff.make(old: bytes("a\n"), new: bytes("a\n"), path: "f"), "")
        XCTAssertEqual(UnifiedDiff.make(old: bytes("a\nb\n"), new: bytes("a\nc\n"), path: "f"),
                       "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n")
        XCTAssertEqual(UnifiedDiff.make(old: bytes("a"), new: bytes("a\n"), path: "f"),
                       "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n")
        XCTAssertEqual(UnifiedDiff.make(old: bytes(""), new: bytes("x\ny\n"), path: "f", oldExists: false),
                       "--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+x\n+y\n")
        XCTAssertEqual(UnifiedDiff.make(old: bytes("x\n"), new: bytes(""), path: "f"), "--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-x\n")
        XCTAssertEqual(UnifiedDiff.make(old: [1, 0], new: [2, 0], path: "f"), "Binary files a/f and b/f differ\n")
    }

    func testSeparateHunksAndContext() {
        let old = (1...30).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 3\n", with: "LINE 3\n").replacingOccurrences(of: "line 25\n", with: "")
        let diff = UnifiedDiff.make(old: bytes(old), new: bytes(new), path: "f")
        XCTAssertEqual(diff, """
            --- a/f
            +++ b/f
            @@ -1,6 +1,6 @@
             line 1
             line 2
            -line 3
            +LINE 3
             line 4
             line 5
             line 6
            @@ -22,7 +22,6 @@
             line 22
             line 23
             line 24
            -line 25
             line 26
             line 27
             line 28

            """)
        XCTAssertEqual(UnifiedDiff.counts(old: bytes(old), new: bytes(new)).added, 1)
        XCTAssertEqual(UnifiedDiff.counts(old: bytes(old), new: bytes(new)).removed, 2)
    }

    func testRandomEditsApplyWithPatch() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else {
            throw XCTSkip("GNU patch is not installed")
        }
        var rng = SystemRandomNumberGenerator()
        let words = ["alpha", "beta", "gamma", "delta", "", "  indented", "end"]
        let dir = NSTemporaryDirectory() + "rlm-diff-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for round in 0..<40 {
            var lines = (0..<Int.random(in: 0...60, using: &rng)).map { _ in words.randomElement(using: &rng)! }
            let old = lines.joined(separator: "\n") + (Bool.random(using: &rng) ? "\n" : "")
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: lines.insert("new \(round)", at: Int.random(in: 0...lines.count, using: &rng))
                case 1: if !lines.isEmpty { lines.remove(at: Int.random(in: 0..<lines.count, using: &rng)) }
                default: if !lines.isEmpty { lines[Int.random(in: 0..<lines.count, using: &rng)] = "changed" }
                }
            }
            let new = lines.joined(separator: "\n") + (Bool.random(using: &rng) ? "\n" : "")
            let diff = UnifiedDiff.make(old: bytes(old), new: bytes(new), path: "f.txt")
            if old == new { XCTAssertEqual(diff, ""); continue }
            try old.write(toFile: dir + "/f.txt", atomically: false, encoding: .utf8)
            try diff.write(toFile: dir + "/change.diff", atomically: false, encoding: .utf8)
            let patch = Process()
            patch.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
            patch.arguments = ["-s", "-p1", "-i", "change.diff"]
            patch.currentDirectoryURL = URL(fileURLWithPath: dir)
            try patch.run()
            patch.waitUntilExit()
            XCTAssertEqual(patch.terminationStatus, 0, "patch rejected:\n\(diff)")
            XCTAssertEqual(try String(contentsOfFile: dir + "/f.txt", encoding: .utf8), new, "round \(round):\n\(diff)")
        }
    }

    func testHugeRewritesStayCheap() {
        let old = (0..<50_000).map { "old \($0)\n" }.joined()
        let new = (0..<50_000).map { "new \($0)\n" }.joined()
        let started = Date()
        let counts = UnifiedDiff.counts(old: bytes(old), new: bytes(new))
        XCTAssertEqual(counts.added, 50_000)
        XCTAssertEqual(counts.removed, 50_000)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
    }

    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
}
