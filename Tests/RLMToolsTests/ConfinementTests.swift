import Foundation
@testable import RLMTools
import XCTest

/// The security boundary: every way out of the workspace is refused, and nothing outside it
/// is read or changed.
final class ConfinementTests: XCTestCase {
    var box: Sandbox!
    var tools: WorkspaceTools!

    override func setUp() async throws {
        box = try Sandbox()
        try box.write("ws/inside.txt", "inside\n")
        try box.write("ws/sub/note.txt", "note\n")
        tools = try box.tools()
    }

    override func tearDown() async throws {
        box.assertOutsideUntouched()
        box = nil
    }

    // MARK: '..' and absolute paths

    func testDotDotClimbsAreRefused() async throws {
        for path in ["../outside/secret.txt", "sub/../../outside/secret.txt", "..", "sub/../..", "./../outside/secret.txt"] {
            await assertToolError(.permissionDenied, "climbs out of the workspace") {
                try await self.tools.run(ReadFile.self, .init(path: path))
            }
        }
        await assertToolError(.permissionDenied, "climbs out") {
            try await self.tools.run(WriteFile.self, .init(path: "../outside/secret.txt", content: "pwned"))
        }
        await assertToolError(.permissionDenied, "climbs out") {
            try await self.tools.run(WriteFile.self, .init(path: "../outside/new.txt", content: "pwned"))
        }
        await assertToolError(.permissionDenied, "climbs out") {
            try await self.tools.run(EditFile.self, .init(path: "../outside/secret.txt", old: "TOP", new: "NOT"))
        }
        await assertToolError(.permissionDenied, "climbs out") {
            try await self.tools.run(ListDirectory.self, .init(path: ".."))
        }
        await assertToolError(.permissionDenied, "climbs out") {
            try await self.tools.run(Grep.self, .init(pattern: "SECRET", path: "../outside"))
        }
        await assertToolError(.permissionDenied, "climbs out") {
            try await self.tools.run(FindFiles.self, .init(pattern: "*", path: "../outside"))
        }
    }

    func testDotDotInsideTheWorkspaceIsFine() async throws {
        let output = try await tools.run(ReadFile.self, .init(path: "sub/../inside.txt"))
        XCTAssertEqual(output.text, "inside\n")
        XCTAssertEqual(output.path, "inside.txt")
        // A folder that does not exist yet, then back up: still inside.
        let written = try await tools.run(WriteFile.self, .init(path: "new/../made.txt", content: "x"))
        XCTAssertEqual(written.path, "made.txt")
        // Missing folders cannot be used to climb out either.
        await assertToolError(.permissionDenied, "climbs out") {
            try await self.tools.run(WriteFile.self, .init(path: "a/b/../../../outside/x.txt", content: "x"))
        }
    }

    func testAbsolutePathsOutsideAreRefusedAndInsideAccepted() async throws {
        for path in [box.outside + "/secret.txt", "/etc/passwd", "/", box.base, box.root + "/../outside/secret.txt"] {
            await assertToolError(.permissionDenied) {
                try await self.tools.run(ReadFile.self, .init(path: path))
            }
        }
        await assertToolError(.permissionDenied, "outside the workspace") {
            try await self.tools.run(WriteFile.self, .init(path: self.box.outside + "/new.txt", content: "x"))
        }
        let inside = try await tools.run(ReadFile.self, .init(path: box.root + "/inside.txt"))
        XCTAssertEqual(inside.text, "inside\n")
        // A prefix that is not a path boundary is not inside: /tmp/x/ws-evil is not /tmp/x/ws.
        try FileManager.default.createDirectory(atPath: box.root + "-evil", withIntermediateDirectories: true)
        try "evil".write(toFile: box.root + "-evil/f.txt", atomically: false, encoding: .utf8)
        await assertToolError(.permissionDenied) {
            try await self.tools.run(ReadFile.self, .init(path: self.box.root + "-evil/f.txt"))
        }
    }

    func testProcSelfIsRefused() async throws {
        for path in ["/proc/self/environ", "/proc/self/root/etc/passwd", "/proc/self/cwd", "/proc/self/fd/0"] {
            await assertToolError(.permissionDenied, "outside the workspace") {
                try await self.tools.run(ReadFile.self, .init(path: path))
            }
        }
        // A link inside the workspace to /proc/self/root (the whole file system) too.
        try box.symlink("ws/proc", to: "/proc/self/root")
        await assertToolError(.permissionDenied, "outside the workspace") {
            try await self.tools.run(ReadFile.self, .init(path: "proc/etc/passwd"))
        }
    }

    // MARK: Symbolic links

    func testSymlinkToAFileOutsideIsRefused() async throws {
        try box.symlink("ws/leak.txt", to: box.outside + "/secret.txt")
        try box.symlink("ws/relleak.txt", to: "../outside/secret.txt")
        for path in ["leak.txt", "relleak.txt"] {
            await assertToolError(.permissionDenied, "symbolic link") {
                try await self.tools.run(ReadFile.self, .init(path: path))
            }
            await assertToolError(.permissionDenied, "symbolic link") {
                try await self.tools.run(WriteFile.self, .init(path: path, content: "pwned"))
            }
            await assertToolError(.permissionDenied, "symbolic link") {
                try await self.tools.run(EditFile.self, .init(path: path, old: "TOP", new: "NOT"))
            }
            await assertToolError(.permissionDenied, "symbolic link") {
                try await self.tools.run(Grep.self, .init(pattern: "SECRET", path: path))
            }
        }
        // Searching the folder does not follow the links either.
        let found = try await tools.run(Grep.self, .init(pattern: "SECRET"))
        XCTAssertEqual(found.matches, [])
        let files = try await tools.run(FindFiles.self, .init(pattern: "*"))
        XCTAssertEqual(files.paths, ["inside.txt", "sub/note.txt"])
    }

    func testSymlinkToAFolderOutsideIsRefused() async throws {
        try box.symlink("ws/out", to: box.outside)
        try box.symlink("ws/sub/deep", to: "../../outside")
        for folder in ["out", "sub/deep"] {
            await assertToolError(.permissionDenied, "symbolic link") {
                try await self.tools.run(ReadFile.self, .init(path: folder + "/secret.txt"))
            }
            await assertToolError(.permissionDenied, "symbolic link") {
                try await self.tools.run(WriteFile.self, .init(path: folder + "/planted.txt", content: "x"))
            }
            await assertToolError(.permissionDenied, "symbolic link") {
                try await self.tools.run(ListDirectory.self, .init(path: folder))
            }
            await assertToolError(.permissionDenied, "symbolic link") {
                try await self.tools.run(FindFiles.self, .init(pattern: "*", path: folder))
            }
        }
        let found = try await tools.run(Grep.self, .init(pattern: "SECRET"))
        XCTAssertEqual(found.matches, [])
    }

    func testSymlinksThatStayInsideWork() async throws {
        try box.symlink("ws/alias.txt", to: "sub/note.txt")
        try box.symlink("ws/subalias", to: box.root + "/sub")
        let viaFile = try await tools.run(ReadFile.self, .init(path: "alias.txt"))
        XCTAssertEqual(viaFile.text, "note\n")
        XCTAssertEqual(viaFile.path, "sub/note.txt")
        let viaFolder = try await tools.run(ReadFile.self, .init(path: "subalias/note.txt"))
        XCTAssertEqual(viaFolder.path, "sub/note.txt")
        // Writing through a link replaces the target's contents and keeps the link.
        _ = try await tools.run(WriteFile.self, .init(path: "alias.txt", content: "rewritten\n"))
        XCTAssertEqual(box.read("ws/sub/note.txt"), "rewritten\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: box.root + "/alias.txt"), "sub/note.txt")
    }

    func testSymlinkLoopsAreRefused() async throws {
        try box.symlink("ws/loop", to: "loop")
        try box.symlink("ws/a", to: "b")
        try box.symlink("ws/b", to: "a")
        for path in ["loop", "a", "a/x.txt", "loop/x"] {
            await assertToolError(.permissionDenied, "too many levels of symbolic links") {
                try await self.tools.run(ReadFile.self, .init(path: path))
            }
        }
        await assertToolError(.permissionDenied, "too many levels") {
            try await self.tools.run(WriteFile.self, .init(path: "a", content: "x"))
        }
    }

    // MARK: Swaps between check and use

    func testFileSwappedForASymlinkAfterTheCheckIsRefused() async throws {
        let base = box.base, outside = box.outside
        let swapping = try box.tools(raceHook: { point in
            guard point == .fileChecked("inside.txt") else { return }
            unlink(base + "/ws/inside.txt")
            Foundation.symlink(outside + "/secret.txt", base + "/ws/inside.txt")
        })
        await assertToolError(.permissionDenied, "replaced by a symbolic link") {
            try await swapping.run(ReadFile.self, .init(path: "inside.txt"))
        }
    }

    func testFolderSwappedForASymlinkAfterTheCheckIsNotFollowed() async throws {
        let base = box.base, outside = box.outside
        // Between looking at sub/ (a real folder) and opening it, it becomes a link out.
        let swapping = try box.tools(raceHook: { point in
            guard point == .folderChecked("sub"), FileManager.default.fileExists(atPath: base + "/ws/sub/note.txt") else { return }
            rename(base + "/ws/sub", base + "/ws/sub-moved")
            Foundation.symlink(outside, base + "/ws/sub")
        })
        // The walk sees the link on its second look and refuses it.
        await assertToolError(.permissionDenied, "symbolic link") {
            try await swapping.run(ReadFile.self, .init(path: "sub/secret.txt"))
        }
    }

    func testFolderMovedOutDuringAWriteIsCaught() async throws {
        let base = box.base, outside = box.outside
        // The folder the walk holds open is moved out of the workspace before the write.
        let moving = try box.tools(raceHook: { point in
            guard point == .beforeWrite("sub/new.txt") else { return }
            rename(base + "/ws/sub", outside + "/sub")
        })
        await assertToolError(.permissionDenied, "outside the workspace") {
            try await moving.run(WriteFile.self, .init(path: "sub/new.txt", content: "x"))
        }
        XCTAssertFalse(box.exists("outside/sub/new.txt"))
        // Put it back so the outside folder is as it was.
        rename(outside + "/sub", base + "/ws/sub")
    }

    func testFolderSwappedForALinkDuringAWriteStillWritesInside() async throws {
        let base = box.base, outside = box.outside
        let swapping = try box.tools(raceHook: { point in
            guard point == .beforeWrite("sub/new.txt") else { return }
            rename(base + "/ws/sub", base + "/ws/sub-moved")
            Foundation.symlink(outside, base + "/ws/sub")
        })
        _ = try await swapping.run(WriteFile.self, .init(path: "sub/new.txt", content: "x"))
        // The write went to the folder the walk had opened, which is still inside.
        XCTAssertEqual(box.read("ws/sub-moved/new.txt"), "x")
    }

    /// A folder flipping between a real folder and a link out, while reads go on: no read
    /// ever returns what is outside.
    func testRacingSwapsNeverLeak() async throws {
        try box.write("ws/flip/secret.txt", "harmless\n")
        let flipDir = box.root + "/flip", parked = box.root + "/flip-real", outside = box.outside
        let stop = StopFlag()
        let flipper = Thread {
            while !stop.isSet {
                rename(flipDir, parked)
                Foundation.symlink(outside, flipDir)
                unlink(flipDir)
                rename(parked, flipDir)
            }
        }
        flipper.start()
        var reads = 0
        for _ in 0..<200 {
            if let output = try? await tools.run(ReadFile.self, .init(path: "flip/secret.txt")) {
                XCTAssertEqual(output.text, "harmless\n")
                reads += 1
            }
            if let found = try? await tools.run(Grep.self, .init(pattern: "SECRET", path: "flip")) {
                XCTAssertEqual(found.matches, [])
            }
        }
        stop.set()
        while !flipper.isFinished { usleep(1000) }
        if !FileManager.default.fileExists(atPath: flipDir) { rename(parked, flipDir) }
        XCTAssertGreaterThan(reads, 0, "the flips never let a read through: the test proves nothing")
    }

    // MARK: Special files and bad paths

    func testFIFOsAreRefusedWithoutBlocking() async throws {
        XCTAssertEqual(mkfifo(box.root + "/pipe", 0o644), 0)
        let started = Date()
        await assertToolError(.permissionDenied, "FIFO") {
            try await self.tools.run(ReadFile.self, .init(path: "pipe"))
        }
        await assertToolError(.permissionDenied, "FIFO") {
            try await self.tools.run(WriteFile.self, .init(path: "pipe", content: "x"))
        }
        await assertToolError(.permissionDenied, "FIFO") {
            try await self.tools.run(EditFile.self, .init(path: "pipe", old: "a", new: "b"))
        }
        await assertToolError(.permissionDenied, "FIFO") {
            try await self.tools.run(Grep.self, .init(pattern: "x", path: "pipe"))
        }
        // Searching the folder skips it (and does not hang on it).
        let found = try await tools.run(Grep.self, .init(pattern: "inside"))
        XCTAssertEqual(found.matches.map(\.path), ["inside.txt"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "a FIFO blocked a tool")
    }

    func testAFIFOSwappedInAfterTheCheckDoesNotBlock() async throws {
        let base = box.base
        let swapping = try box.tools(raceHook: { point in
            guard point == .fileChecked("inside.txt") else { return }
            unlink(base + "/ws/inside.txt")
            mkfifo(base + "/ws/inside.txt", 0o644)
        })
        let started = Date()
        await assertToolError(.permissionDenied, "changed while being opened") {
            try await swapping.run(ReadFile.self, .init(path: "inside.txt"))
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testDevicesAreRefused() async throws {
        // A character device node like /dev/zero, made inside the workspace (needs root).
        // dev_t of /dev/zero: major 1, minor 5.
        guard mknod(box.root + "/zero", S_IFCHR | 0o666, dev_t(0x105)) == 0 else {
            throw XCTSkip("mknod needs privileges this run does not have")
        }
        await assertToolError(.permissionDenied, "character device") {
            try await self.tools.run(ReadFile.self, .init(path: "zero"))
        }
        await assertToolError(.permissionDenied, "character device") {
            try await self.tools.run(WriteFile.self, .init(path: "zero", content: "x"))
        }
        let found = try await tools.run(Grep.self, .init(pattern: "x"))
        XCTAssertFalse(found.matches.contains { $0.path == "zero" })
        // Links to devices outside are outside.
        try box.symlink("ws/null", to: "/dev/null")
        await assertToolError(.permissionDenied, "outside the workspace") {
            try await self.tools.run(ReadFile.self, .init(path: "null"))
        }
    }

    func testNULBytesAreRefused() async throws {
        await assertToolError(.invalidArgument, "embedded null byte") {
            try await self.tools.run(ReadFile.self, .init(path: "inside.txt\0../../outside/secret.txt"))
        }
        await assertToolError(.invalidArgument, "embedded null byte") {
            try await self.tools.run(WriteFile.self, .init(path: "a\0b", content: "x"))
        }
        await assertToolError(.invalidArgument, "embedded null byte") {
            try await self.tools.run(FindFiles.self, .init(pattern: "*\0"))
        }
    }

    func testVeryLongPathsAreRefused() async throws {
        let longName = String(repeating: "n", count: 300)
        await assertToolError(.invalidArgument, "file name too long") {
            try await self.tools.run(WriteFile.self, .init(path: longName, content: "x"))
        }
        let deep = Array(repeating: "dir", count: 1500).joined(separator: "/")
        await assertToolError(.invalidArgument, "path is too long") {
            try await self.tools.run(WriteFile.self, .init(path: deep + "/f.txt", content: "x"))
        }
        await assertToolError(.invalidArgument, "path is too long") {
            try await self.tools.run(ReadFile.self, .init(path: String(repeating: "../", count: 2000) + "outside/secret.txt"))
        }
        await assertToolError(.invalidArgument, "empty") {
            try await self.tools.run(ReadFile.self, .init(path: ""))
        }
    }

    func testGitInternalsAreNeverWritten() async throws {
        try box.write("ws/.git/config", "[core]\n")
        await assertToolError(.permissionDenied, ".git folder") {
            try await self.tools.run(WriteFile.self, .init(path: ".git/hooks/pre-commit", content: "#!/bin/sh\ncurl evil\n"))
        }
        await assertToolError(.permissionDenied, ".git folder") {
            try await self.tools.run(EditFile.self, .init(path: ".git/config", old: "[core]", new: "[core]\nfsmonitor = evil"))
        }
        XCTAssertFalse(box.exists("ws/.git/hooks"))
        XCTAssertEqual(box.read("ws/.git/config"), "[core]\n")
    }

    func testWorkspaceRootMustBeAFolder() throws {
        XCTAssertThrowsError(try Workspace(root: box.base + "/missing"))
        XCTAssertThrowsError(try Workspace(root: box.root + "/inside.txt"))
        // A root given through a link is resolved; both spellings work in absolute paths.
        try box.symlink("rootlink", to: box.root)
        let linked = try Workspace(root: box.base + "/rootlink")
        XCTAssertEqual(linked.root, try realPath(box.root))
        XCTAssertEqual(linked.relativeToRoot(box.base + "/rootlink/inside.txt"), "inside.txt")
    }

    private func realPath(_ path: String) throws -> String {
        guard let p = realpath(path, nil) else { throw ToolError(.ioError, "realpath") }
        defer { free(p) }
        return String(cString: p)
    }
}

/// A flag one thread sets and another polls.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
