import Foundation
@testable import RLMTools
import XCTest

/// read_file, write_file, edit_file and ls against real files.
final class FileToolTests: XCTestCase {
    var box: Sandbox!
    var tools: WorkspaceTools!

    override func setUp() async throws {
        box = try Sandbox()
        try box.write("ws/poem.txt", "one\ntwo\nthree\nfour\nfive\n")
        tools = try box.tools()
    }

    override func tearDown() async throws {
        box.assertOutsideUntouched()
        box = nil
    }

    // MARK: read_file

    func testReadsAWholeFile() async throws {
        let output = try await tools.run(ReadFile.self, .init(path: "poem.txt"))
        XCTAssertEqual(output.text, "one\ntwo\nthree\nfour\nfive\n")
        XCTAssertEqual(output.firstLine, 1)
        XCTAssertEqual(output.lineCount, 5)
        XCTAssertEqual(output.totalLines, 5)
        XCTAssertEqual(output.fileSize, 24)
    }

    func testReadsLineRangesWithOneBasedOffsets() async throws {
        var output = try await tools.run(ReadFile.self, .init(path: "poem.txt", offset: 2, limit: 2))
        XCTAssertEqual(output.text, "two\nthree\n")
        XCTAssertEqual(output.firstLine, 2)
        XCTAssertEqual(output.lineCount, 2)
        output = try await tools.run(ReadFile.self, .init(path: "poem.txt", offset: 4))
        XCTAssertEqual(output.text, "four\nfive\n")
        XCTAssertEqual(output.totalLines, 5)
        output = try await tools.run(ReadFile.self, .init(path: "poem.txt", limit: 1))
        XCTAssertEqual(output.text, "one\n")
        output = try await tools.run(ReadFile.self, .init(path: "poem.txt", offset: 5, limit: 10))
        XCTAssertEqual(output.text, "five\n")
        output = try await tools.run(ReadFile.self, .init(path: "poem.txt", offset: 2, limit: 0))
        XCTAssertEqual(output.text, "")
        await assertToolError(.invalidArgument, "1-based") {
            try await self.tools.run(ReadFile.self, .init(path: "poem.txt", offset: 0))
        }
        await assertToolError(.invalidArgument, "past the end of poem.txt, which has 5 lines") {
            try await self.tools.run(ReadFile.self, .init(path: "poem.txt", offset: 7))
        }
        await assertToolError(.invalidArgument, "limit") {
            try await self.tools.run(ReadFile.self, .init(path: "poem.txt", limit: -1))
        }
    }

    func testRangesOverALastLineWithoutNewlineAndCRLF() async throws {
        try box.write("ws/crlf.txt", "a\r\nb\r\nc")
        let output = try await tools.run(ReadFile.self, .init(path: "crlf.txt", offset: 2))
        XCTAssertEqual(output.text, "b\r\nc")
        XCTAssertEqual(output.lineCount, 2)
        XCTAssertEqual(output.totalLines, 3)
    }

    func testRangesAcrossReadChunks() async throws {
        let lines = (1...20_000).map { "line number \($0) " + String(repeating: "x", count: $0 % 50) }
        try box.write("ws/big.txt", lines.joined(separator: "\n") + "\n")
        let output = try await tools.run(ReadFile.self, .init(path: "big.txt", offset: 12_345, limit: 3))
        XCTAssertEqual(output.text, lines[12_344...12_346].joined(separator: "\n") + "\n")
    }

    func testRefusesBinaryFiles() async throws {
        try box.writeBytes("ws/image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        await assertToolError(.invalidArgument, "binary file (a NUL byte at offset 8)") {
            try await self.tools.run(ReadFile.self, .init(path: "image.png"))
        }
        await assertToolError(.invalidArgument, "binary") {
            try await self.tools.run(ReadFile.self, .init(path: "image.png", offset: 1, limit: 1))
        }
    }

    func testSizeCapSuggestsOffsetAndLimit() async throws {
        var limits = ToolLimits()
        limits.maxReadBytes = 1000
        let capped = try box.tools(limits: limits)
        try box.write("ws/log.txt", String(repeating: "0123456789\n", count: 200))
        await assertToolError(.tooLarge, "offset and limit") {
            try await capped.run(ReadFile.self, .init(path: "log.txt"))
        }
        // A range under the cap is fine; one over it says to ask for fewer lines.
        let part = try await capped.run(ReadFile.self, .init(path: "log.txt", offset: 100, limit: 10))
        XCTAssertEqual(part.lineCount, 10)
        await assertToolError(.tooLarge, "fewer lines") {
            try await capped.run(ReadFile.self, .init(path: "log.txt", offset: 1, limit: 150))
        }
    }

    func testInvalidUTF8IsReplacedNotFatal() async throws {
        try box.writeBytes("ws/latin1.txt", Array("caf".utf8) + [0xE9] + Array("\n".utf8))
        let output = try await tools.run(ReadFile.self, .init(path: "latin1.txt"))
        XCTAssertEqual(output.text, "caf\u{FFFD}\n")
    }

    func testReadErrorsNameTheProblem() async throws {
        await assertToolError(.notFound, "missing.txt") {
            try await self.tools.run(ReadFile.self, .init(path: "missing.txt"))
        }
        await assertToolError(.notFound, "the folder 'nope' does not exist") {
            try await self.tools.run(ReadFile.self, .init(path: "nope/x.txt"))
        }
        try box.write("ws/dir/f.txt", "x")
        await assertToolError(.isADirectory, "ls()") {
            try await self.tools.run(ReadFile.self, .init(path: "dir"))
        }
        await assertToolError(.notADirectory, "not a directory") {
            try await self.tools.run(ReadFile.self, .init(path: "poem.txt/x"))
        }
    }

    // MARK: write_file

    func testCreatesFilesAndFolders() async throws {
        let output = try await tools.run(WriteFile.self, .init(path: "src/app/main.py", content: "print('hi')\n"))
        XCTAssertEqual(box.read("ws/src/app/main.py"), "print('hi')\n")
        XCTAssertTrue(output.created)
        XCTAssertEqual(output.message, "created src/app/main.py (1 line, 12 bytes)")
        XCTAssertEqual(output.diff, "--- /dev/null\n+++ b/src/app/main.py\n@@ -0,0 +1 @@\n+print('hi')\n")
    }

    func testOverwritesAndReportsTheChange() async throws {
        let output = try await tools.run(WriteFile.self, .init(path: "poem.txt", content: "one\n2\nthree\nfour\nfive\nsix\n"))
        XCTAssertFalse(output.created)
        XCTAssertEqual(output.linesAdded, 2)
        XCTAssertEqual(output.linesRemoved, 1)
        XCTAssertEqual(output.message, "updated poem.txt: +2 -1 lines (24 bytes -> 26 bytes)")
        XCTAssertEqual(box.read("ws/poem.txt"), "one\n2\nthree\nfour\nfive\nsix\n")
        XCTAssertTrue(output.diff!.contains("-two\n+2\n"))
        let same = try await tools.run(WriteFile.self, .init(path: "poem.txt", content: "one\n2\nthree\nfour\nfive\nsix\n"))
        XCTAssertTrue(same.unchanged)
        XCTAssertEqual(same.message, "poem.txt unchanged (it already had this content)")
    }

    func testKeepsPermissionBits() async throws {
        try box.write("ws/run.sh", "#!/bin/sh\necho a\n")
        chmod(box.root + "/run.sh", 0o751)
        _ = try await tools.run(WriteFile.self, .init(path: "run.sh", content: "#!/bin/sh\necho b\n"))
        var st = stat()
        stat(box.root + "/run.sh", &st)
        XCTAssertEqual(st.st_mode & 0o777, 0o751)
    }

    func testWritingAFolderFails() async throws {
        try box.write("ws/dir/f.txt", "x")
        await assertToolError(.isADirectory) {
            try await self.tools.run(WriteFile.self, .init(path: "dir", content: "x"))
        }
        await assertToolError(.isADirectory) {
            try await self.tools.run(WriteFile.self, .init(path: ".", content: "x"))
        }
        await assertToolError(.notADirectory) {
            try await self.tools.run(WriteFile.self, .init(path: "poem.txt/child.txt", content: "x"))
        }
    }

    /// A write that fails half-way leaves the old file exactly as it was and no temporary
    /// file behind.
    func testInterruptedWriteLeavesTheOldFileIntact() async throws {
        struct DiskFull: Error {}
        let original = String(repeating: "original line\n", count: 1000)
        try box.write("ws/data.txt", original)
        let failing = try box.tools(writeFault: { written in
            if written >= AtomicWriter.chunkSize { throw ToolError(.ioError, "simulated failure after \(written) bytes") }
        })
        let bigger = String(repeating: "new content that is longer\n", count: 100_000)   // 2.7 MB: several chunks
        await assertToolError(.ioError, "simulated failure") {
            try await failing.run(WriteFile.self, .init(path: "data.txt", content: bigger))
        }
        XCTAssertEqual(box.read("ws/data.txt"), original)
        XCTAssertEqual(box.list("ws"), ["data.txt", "poem.txt"], "a temporary file was left behind")
        // The same for a new file and for an edit.
        await assertToolError(.ioError) {
            try await failing.run(WriteFile.self, .init(path: "fresh.txt", content: bigger))
        }
        XCTAssertFalse(box.exists("ws/fresh.txt"))
        try box.write("ws/big.txt", bigger)
        await assertToolError(.ioError) {
            try await failing.run(EditFile.self, .init(path: "big.txt", old: "new content", new: "NEW CONTENT", count: 100_000))
        }
        XCTAssertEqual(box.read("ws/big.txt"), bigger)
        XCTAssertEqual(box.list("ws"), ["big.txt", "data.txt", "poem.txt"])
    }

    // MARK: edit_file

    func testEditReplacesExactTextAndReturnsADiff() async throws {
        let output = try await tools.run(EditFile.self, .init(path: "poem.txt", old: "three\n", new: "THREE\nthree and a half\n"))
        XCTAssertEqual(box.read("ws/poem.txt"), "one\ntwo\nTHREE\nthree and a half\nfour\nfive\n")
        XCTAssertEqual(output.diff, """
            --- a/poem.txt
            +++ b/poem.txt
            @@ -1,5 +1,6 @@
             one
             two
            -three
            +THREE
            +three and a half
             four
             five

            """)
        XCTAssertEqual(output.replacements, 1)
        XCTAssertEqual(output.linesAdded, 2)
        XCTAssertEqual(output.linesRemoved, 1)
    }

    func testEditCountMustMatchOccurrences() async throws {
        try box.write("ws/code.py", "x = 1\ny = 1\nz = 2\n")
        await assertToolError(.invalidArgument, "old text not found in code.py") {
            try await self.tools.run(EditFile.self, .init(path: "code.py", old: "w = 1", new: "w = 3"))
        }
        await assertToolError(.invalidArgument, "occurs 2 times in code.py, but count is 1") {
            try await self.tools.run(EditFile.self, .init(path: "code.py", old: " = 1", new: " = 3"))
        }
        await assertToolError(.invalidArgument, "pass count=2") {
            try await self.tools.run(EditFile.self, .init(path: "code.py", old: " = 1", new: " = 3"))
        }
        await assertToolError(.invalidArgument, "occurs once in code.py, but count is 2") {
            try await self.tools.run(EditFile.self, .init(path: "code.py", old: "z", new: "w", count: 2))
        }
        XCTAssertEqual(box.read("ws/code.py"), "x = 1\ny = 1\nz = 2\n", "a failed edit changed the file")
        let output = try await tools.run(EditFile.self, .init(path: "code.py", old: " = 1", new: " = 3", count: 2))
        XCTAssertEqual(output.replacements, 2)
        XCTAssertEqual(box.read("ws/code.py"), "x = 3\ny = 3\nz = 2\n")
    }

    func testEditRefusesBadRequests() async throws {
        await assertToolError(.invalidArgument, "old is empty") {
            try await self.tools.run(EditFile.self, .init(path: "poem.txt", old: "", new: "x"))
        }
        await assertToolError(.invalidArgument, "the same text") {
            try await self.tools.run(EditFile.self, .init(path: "poem.txt", old: "one", new: "one"))
        }
        await assertToolError(.invalidArgument, "count must be 1 or more") {
            try await self.tools.run(EditFile.self, .init(path: "poem.txt", old: "one", new: "1", count: 0))
        }
        await assertToolError(.notFound, "write_file()") {
            try await self.tools.run(EditFile.self, .init(path: "nothing.txt", old: "a", new: "b"))
        }
        try box.writeBytes("ws/blob.bin", [0x61, 0x00, 0x62])
        await assertToolError(.invalidArgument, "binary") {
            try await self.tools.run(EditFile.self, .init(path: "blob.bin", old: "a", new: "c"))
        }
    }

    func testNonOverlappingCountLikeStrCount() async throws {
        try box.write("ws/a.txt", "aaaa")
        // "aa" occurs twice in "aaaa" the way str.count counts it.
        let output = try await tools.run(EditFile.self, .init(path: "a.txt", old: "aa", new: "b", count: 2))
        XCTAssertEqual(output.replacements, 2)
        XCTAssertEqual(box.read("ws/a.txt"), "bb")
    }

    func testAChangeMadeWhileAskingIsAConflict() async throws {
        let base = box.base
        let script = PermissionScript([.allow, .allow], onAsk: { _ in
            try? "someone else's edit \(UUID())\n".write(toFile: base + "/ws/poem.txt", atomically: false, encoding: .utf8)
        })
        let asking = try box.tools(policy: .default, permission: script.handler)
        await assertToolError(.conflict, "changed while waiting for permission") {
            try await asking.run(EditFile.self, .init(path: "poem.txt", old: "two", new: "2"))
        }
        XCTAssertTrue(box.read("ws/poem.txt")!.hasPrefix("someone else's edit"))
        await assertToolError(.conflict, "changed while waiting") {
            try await asking.run(WriteFile.self, .init(path: "poem.txt", content: "mine\n"))
        }
        XCTAssertTrue(box.read("ws/poem.txt")!.hasPrefix("someone else's edit"))
    }

    // MARK: ls

    func testListsEntriesWithKinds() async throws {
        try box.write("ws/src/a.py", "")
        try box.write("ws/.hidden", "")
        try box.symlink("ws/link", to: "poem.txt")
        let output = try await tools.run(ListDirectory.self, .init())
        XCTAssertEqual(output.entries.map(\.display), [".hidden", "link", "poem.txt", "src/"])
        XCTAssertEqual(output.entries.first { $0.name == "poem.txt" }?.size, 24)
        XCTAssertEqual(output.entries.first { $0.name == "link" }?.kind, .symlink)
        let sub = try await tools.run(ListDirectory.self, .init(path: "src"))
        XCTAssertEqual(sub.entries.map(\.display), ["a.py"])
        XCTAssertEqual(sub.path, "src")
        await assertToolError(.notADirectory) {
            try await self.tools.run(ListDirectory.self, .init(path: "poem.txt"))
        }
        await assertToolError(.notFound) {
            try await self.tools.run(ListDirectory.self, .init(path: "nope"))
        }
    }
}
