import Foundation
@testable import RLMTools
import XCTest

/// bash runs for real: process groups, timeouts, cancellation, environment, output caps.
final class BashTests: XCTestCase {
    var box: Sandbox!
    var tools: WorkspaceTools!

    override func setUp() async throws {
        box = try Sandbox()
        tools = try box.tools()
    }

    override func tearDown() async throws {
        box = nil
    }

    private func bash(_ command: String, timeout: Double? = nil) async throws -> Bash.Output {
        try await tools.run(Bash.self, .init(command: command, timeout: timeout))
    }

    /// Whether a process is still running (a zombie waiting for its parent counts as gone).
    private func isRunning(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }

    /// Waits (generously: the machine may be loaded) for a process to be gone.
    private func waitUntilGone(_ pid: Int32, seconds: Double = 10) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !isRunning(pid) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return !isRunning(pid)
    }

    func testExitCodeAndInterleavedOutput() async throws {
        let output = try await bash("echo out; echo err >&2; echo more; exit 3")
        XCTAssertEqual(output.exitCode, 3)
        XCTAssertEqual(output.output, "out\nerr\nmore\n")
        XCTAssertFalse(output.timedOut)
        XCTAssertFalse(output.truncated)
        let ok = try await bash("true")
        XCTAssertEqual(ok.exitCode, 0)
        XCTAssertEqual(ok.output, "")
    }

    func testRunsInTheWorkspaceRootWithoutATerminal() async throws {
        try box.write("ws/marker.txt", "here\n")
        let output = try await bash("pwd; cat marker.txt; test -t 0 && echo tty || echo no-tty")
        let root = try Workspace(root: box.root).root
        XCTAssertEqual(output.output, "\(root)\nhere\nno-tty\n")
        // /dev/tty cannot be opened: a prompt for a password fails instead of waiting.
        let tty = try await bash("exec 3</dev/tty && echo opened || echo refused")
        XCTAssertTrue(tty.output.hasSuffix("refused\n"), tty.output)
    }

    func testOwnSessionAndProcessGroup() async throws {
        // In its own session, bash leads its process group: pgid == pid == sid.
        let output = try await bash("ps -o pid=,pgid=,sid= -p $$")
        let fields = output.output.split(separator: " ", omittingEmptySubsequences: true).map { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(fields.count, 3, output.output)
        XCTAssertEqual(fields[0], fields[1])
        XCTAssertEqual(fields[0], fields[2])
        XCTAssertNotEqual(fields[1].map { Int32($0) }, getpgrp())
    }

    func testSecretsAreRemovedFromTheEnvironment() async throws {
        setenv("OPENAI_API_KEY", "sk-test-openai", 1)
        setenv("ANTHROPIC_API_KEY", "sk-test-anthropic", 1)
        setenv("RLM_API_KEY", "rlm-key", 1)
        setenv("GITHUB_TOKEN", "ghp_test", 1)
        setenv("MY_SERVICE_API_KEY", "svc", 1)
        setenv("DB_PASSWORD", "hunter2", 1)
        setenv("AWS_SECRET_ACCESS_KEY", "aws", 1)
        setenv("RLM_TOOLS_TEST_HARMLESS", "visible", 1)
        defer {
            for name in ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "RLM_API_KEY", "GITHUB_TOKEN", "MY_SERVICE_API_KEY",
                         "DB_PASSWORD", "AWS_SECRET_ACCESS_KEY", "RLM_TOOLS_TEST_HARMLESS"] { unsetenv(name) }
        }
        let output = try await bash("env")
        for secret in ["sk-test-openai", "sk-test-anthropic", "rlm-key", "ghp_test", "=svc", "hunter2", "=aws"] {
            XCTAssertFalse(output.output.contains(secret), "\(secret) leaked into bash's environment")
        }
        XCTAssertTrue(output.output.contains("RLM_TOOLS_TEST_HARMLESS=visible"))
        XCTAssertTrue(output.output.contains("PATH="))
    }

    func testTimeoutKillsTheWholeGroup() async throws {
        let started = Date()
        // bash starts a sleep in the background and waits for it: killing only bash would
        // leave the sleep behind.
        let output = try await bash("sleep 300 & echo $!; wait", timeout: 1)
        XCTAssertTrue(output.timedOut)
        XCTAssertEqual(output.exitCode, -9)
        XCTAssertTrue(output.output.contains("[timed out after 1 s"), output.output)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "the timeout did not end the command")
        let pid = Int32(output.output.split(separator: "\n").first!)!
        let gone = await waitUntilGone(pid)
        XCTAssertTrue(gone, "the background sleep \(pid) outlived the timeout")
    }

    func testBackgroundJobsDoNotOutliveTheCommand() async throws {
        let started = Date()
        // The shell exits at once, leaving a sleep that holds the output pipe open.
        let output = try await bash("sleep 300 & echo $!", timeout: 60)
        XCTAssertFalse(output.timedOut)
        XCTAssertEqual(output.exitCode, 0)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "bash waited for its background job")
        let pid = Int32(output.output.trimmingCharacters(in: .whitespacesAndNewlines))!
        let gone = await waitUntilGone(pid)
        XCTAssertTrue(gone, "the background sleep \(pid) survived")
    }

    func testCancellationKillsTheGroup() async throws {
        let pidFile = box.root + "/sleep.pid"
        let tools = self.tools!
        let task = Task {
            try await tools.run(Bash.self, .init(command: "sleep 300 & echo $! > sleep.pid; wait", timeout: 600))
        }
        // Wait for the sleep to start, then cancel.
        var pid: Int32?
        for _ in 0..<500 {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8), let value = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                pid = value
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        let sleeper = try XCTUnwrap(pid, "the command never started")
        let cancelled = Date()
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("a cancelled bash call returned normally")
        } catch is CancellationError {
        } catch {
            XCTFail("expected CancellationError, got \(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(cancelled), 30)
        let gone = await waitUntilGone(sleeper)
        XCTAssertTrue(gone, "the sleep \(sleeper) outlived the cancellation")
    }

    func testOutputIsCappedKeepingHeadAndTail() async throws {
        var limits = ToolLimits()
        limits.maxBashOutputBytes = 1000
        let capped = try box.tools(limits: limits)
        let output = try await capped.run(Bash.self, .init(command: "echo FIRST; seq 1 100000; echo LAST"))
        XCTAssertTrue(output.truncated)
        XCTAssertTrue(output.output.hasPrefix("FIRST\n1\n2\n"))
        XCTAssertTrue(output.output.hasSuffix("99999\n100000\nLAST\n"))
        XCTAssertTrue(output.output.contains("bytes of output omitted; the output is capped at 1000 bytes"))
        XCTAssertLessThan(output.output.utf8.count, 1200)
        var total = "FIRST\n".utf8.count + "LAST\n".utf8.count
        for n in 1...100_000 { total += String(n).utf8.count + 1 }
        XCTAssertEqual(output.omittedBytes, total - 1000)
    }

    func testCollectorCutsOnCharacterBoundaries() {
        var collector = OutputCollector(limit: 64)
        let text = String(repeating: "é", count: 100)   // 2 bytes each
        Array(text.utf8).withUnsafeBytes { collector.append($0) }
        XCTAssertFalse(collector.text.contains("\u{FFFD}"))
        XCTAssertTrue(collector.isTruncated)
        XCTAssertEqual(collector.totalBytes, 200)
    }

    func testBadArguments() async throws {
        await assertToolError(.invalidArgument, "empty") { try await self.bash("  ") }
        await assertToolError(.invalidArgument, "positive") { try await self.bash("true", timeout: 0) }
        await assertToolError(.invalidArgument, "at most 3600") { try await self.bash("true", timeout: 10_000) }
        await assertToolError(.invalidArgument, "null byte") { try await self.bash("echo \0") }
    }

    func testSignalExitCodes() async throws {
        let output = try await bash("kill -TERM $$")
        XCTAssertEqual(output.exitCode, -15)
    }
}
