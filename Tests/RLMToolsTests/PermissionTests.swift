import Foundation
@testable import RLMTools
import XCTest

/// The policy, the host's permission handler, and the trace of every call.
final class PermissionTests: XCTestCase {
    var box: Sandbox!

    override func setUp() async throws {
        box = try Sandbox()
        try box.write("ws/a.txt", "alpha\n")
    }

    override func tearDown() async throws {
        box.assertOutsideUntouched()
        box = nil
    }

    func testDefaultPolicyAllowsReadsAndAsksForTheRest() {
        let policy = ToolPolicy.default
        for tool in [ToolName.readFile, .grep, .findFiles, .ls] { XCTAssertEqual(policy[tool], .allow) }
        for tool in [ToolName.writeFile, .editFile, .bash] { XCTAssertEqual(policy[tool], .ask) }
        XCTAssertEqual(ToolPolicy([.bash: .deny])[.writeFile], .ask)
        XCTAssertEqual(ToolPolicy.readOnly[.bash], .deny)
    }

    func testAllowedByPolicyNeedsNoHandler() async throws {
        let trace = TraceLog()
        let tools = try box.tools(policy: .default, trace: trace.sink)
        let output = try await tools.run(ReadFile.self, .init(path: "a.txt"))
        XCTAssertEqual(output.text, "alpha\n")
        XCTAssertEqual(trace.records.map(\.permission), [.allowedByPolicy])
    }

    func testDeniedByPolicyWithoutAsking() async throws {
        let script = PermissionScript([.allow])
        let tools = try box.tools(policy: ToolPolicy([.writeFile: .deny]), permission: script.handler)
        await assertToolError(.permissionDenied, "write_file is not allowed in this workspace") {
            try await tools.run(WriteFile.self, .init(path: "b.txt", content: "x"))
        }
        XCTAssertTrue(script.asked.isEmpty)
        XCTAssertFalse(box.exists("ws/b.txt"))
    }

    func testAskApprovedShowsTheChangeFirst() async throws {
        let script = PermissionScript([.allow])
        let trace = TraceLog()
        let tools = try box.tools(policy: .default, permission: script.handler, trace: trace.sink)
        _ = try await tools.run(EditFile.self, .init(path: "a.txt", old: "alpha", new: "beta"))
        XCTAssertEqual(box.read("ws/a.txt"), "beta\n")
        let request = try XCTUnwrap(script.asked.first)
        XCTAssertEqual(request.tool, .editFile)
        XCTAssertEqual(request.path, "a.txt")
        XCTAssertEqual(request.diff, "--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-alpha\n+beta\n")
        XCTAssertEqual(trace.records.last?.permission, .approved)
        XCTAssertEqual(trace.records.last?.diff, request.diff)
        // "Once" means once: the next edit asks again.
        await assertToolError(.permissionDenied, "script exhausted") {
            try await tools.run(EditFile.self, .init(path: "a.txt", old: "beta", new: "gamma"))
        }
        XCTAssertEqual(box.read("ws/a.txt"), "beta\n")
    }

    func testAskDeniedChangesNothing() async throws {
        let script = PermissionScript([.deny(reason: "not now"), .deny(reason: nil)])
        let trace = TraceLog()
        let tools = try box.tools(policy: .default, permission: script.handler, trace: trace.sink)
        await assertToolError(.permissionDenied, "permission denied for write_file (create new/b.txt (1 line, 1 byte), creating the folder new): not now") {
            try await tools.run(WriteFile.self, .init(path: "new/b.txt", content: "x"))
        }
        XCTAssertFalse(box.exists("ws/new"), "a denied write created its folder")
        await assertToolError(.permissionDenied, "permission denied for bash") {
            try await tools.run(Bash.self, .init(command: "touch ran.txt"))
        }
        XCTAssertFalse(box.exists("ws/ran.txt"))
        XCTAssertEqual(script.asked.map(\.tool), [.writeFile, .bash])
        XCTAssertEqual(script.asked.last?.command, "touch ran.txt")
        XCTAssertEqual(trace.records.map(\.permission), [.denied, .denied])
        XCTAssertEqual(trace.records.map(\.error), [.permissionDenied, .permissionDenied])
    }

    func testAlwaysAnswersChangeThePolicy() async throws {
        let script = PermissionScript([.allowAlways, .denyAlways(reason: "no shell")])
        let tools = try box.tools(policy: .default, permission: script.handler)
        _ = try await tools.run(WriteFile.self, .init(path: "one.txt", content: "1"))
        _ = try await tools.run(WriteFile.self, .init(path: "two.txt", content: "2"))
        XCTAssertEqual(tools.policy[.writeFile], .allow)
        await assertToolError(.permissionDenied, "no shell") {
            try await tools.run(Bash.self, .init(command: "true"))
        }
        await assertToolError(.permissionDenied, "not allowed in this workspace") {
            try await tools.run(Bash.self, .init(command: "true"))
        }
        XCTAssertEqual(tools.policy[.bash], .deny)
        XCTAssertEqual(script.asked.count, 2)
    }

    func testAskWithoutAHandlerIsRefused() async throws {
        let trace = TraceLog()
        let tools = try box.tools(policy: .default, trace: trace.sink)
        await assertToolError(.permissionDenied, "no one to ask") {
            try await tools.run(WriteFile.self, .init(path: "b.txt", content: "x"))
        }
        XCTAssertEqual(trace.records.first?.permission, .deniedNoHandler)
    }

    func testConfinementIsCheckedBeforeAsking() async throws {
        let script = PermissionScript([.allow])
        let trace = TraceLog()
        let tools = try box.tools(policy: .default, permission: script.handler, trace: trace.sink)
        await assertToolError(.permissionDenied, "climbs out") {
            try await tools.run(WriteFile.self, .init(path: "../outside/x.txt", content: "x"))
        }
        XCTAssertTrue(script.asked.isEmpty, "the user was asked about a path that is refused anyway")
        XCTAssertEqual(trace.records.first?.permission, .notRequested)
    }

    func testTraceRecordsEveryCall() async throws {
        let trace = TraceLog()
        let tools = try box.tools(trace: trace.sink)
        let long = String(repeating: "x", count: 5000)
        _ = try await tools.run(WriteFile.self, .init(path: "long.txt", content: long))
        _ = try await tools.run(Grep.self, .init(pattern: "alpha"))
        _ = try? await tools.run(ReadFile.self, .init(path: "missing.txt"))
        let records = trace.records
        XCTAssertEqual(records.map(\.tool), [.writeFile, .grep, .readFile])
        XCTAssertEqual(records[0].arguments["path"], "long.txt")
        XCTAssertEqual(records[0].arguments["content"], String(repeating: "x", count: 200) + "… (5000 characters)")
        XCTAssertEqual(records[0].summary, "created long.txt (1 line, 5.0 KB)")
        XCTAssertNotNil(records[0].diff)
        XCTAssertEqual(records[1].summary, "1 match in 1 file (2 searched)")
        XCTAssertEqual(records[2].error, .notFound)
        XCTAssertTrue(records[2].summary.contains("missing.txt"))
        for record in records {
            XCTAssertGreaterThanOrEqual(record.durationSeconds, 0)
            XCTAssertLessThan(record.durationSeconds, 60)
        }
        // Records are plain Codable values.
        let json = try JSONEncoder().encode(records)
        let decoded = try JSONDecoder().decode([ToolTraceRecord].self, from: json)
        XCTAssertEqual(decoded, records)
    }
}
