import Foundation
import RLMTestSupport
import RLMTools
import Synchronization
import XCTest

@testable import RLMEngine

/// The workspace tools inside runs: every RLM node has them, their calls are trace events of
/// the node that made them, and an "always" answer holds for the whole tree.
final class WorkspaceToolsTests: EngineTestCase {
    func testToolsInRootAndChildrenWithSharedPermissionAnswers() async throws {
        let folder = try temporaryFolder()
        try "alpha\nTODO: one\n".write(to: folder.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        try "TODO: two\nbeta\nTODO: three\n".write(to: folder.appendingPathComponent("b.txt"), atomically: false, encoding: .utf8)
        let asked = Mutex<[String]>([])
        let hook = WorkspaceToolsHook.workspaceTools(try Workspace(root: folder.path), permissionHandler: { request in
            asked.withLock { $0.append(request.tool.rawValue) }
            return .allowAlways
        })
        let provider = ScriptedProvider { request, _ in
            if request.firstUserText.contains("Query: note it") {
                return .code("write_file('notes/child.txt', context)\nFINAL(read_file('notes/child.txt'))")
            }
            return .code("""
                hits = grep('TODO')
                write_file('notes/root.txt', str(len(hits)))
                child = rlm_query('note it', context='from the child')
                FINAL('%d %s %s' % (len(hits), ls('notes'), child))
                """)
        }
        var config = configuration(provider)
        config.workspaceTools = hook
        let (outcome, events) = try await run(config, "q")
        XCTAssertEqual(outcome.answer, "3 ['child.txt', 'root.txt'] from the child")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("notes/root.txt"), encoding: .utf8), "3")
        XCTAssertEqual(asked.withLock { $0 }, ["write_file"], "the root's 'always' covered the child's write")
        XCTAssertTrue(provider.requests[0].system!.contains("## Workspace tools"))
        XCTAssertTrue(provider.requests[0].system!.contains(try Workspace(root: folder.path).root))

        let tree = ExecutionTree(events: events)
        let root = try XCTUnwrap(tree.root)
        let child = try XCTUnwrap(tree.children(of: root.id).first)
        let calls = events.compactMap { event -> (String, ToolCallEvent)? in
            if case .toolCall(let call) = event.payload { return (event.nodeID, call) } else { return nil }
        }
        XCTAssertEqual(calls.filter { $0.0 == root.id }.map(\.1.tool), ["grep", "write_file", "ls"])
        XCTAssertEqual(calls.filter { $0.0 == child.id }.map(\.1.tool), ["write_file", "read_file"])
        XCTAssertEqual(calls.first { $0.1.tool == "write_file" }?.1.permission, "approvedAlways")
        XCTAssertNotNil(calls.first { $0.1.tool == "write_file" }?.1.diff)
        XCTAssertEqual(root.toolCalls, 3)
    }

    func testARefusedToolIsAPermissionErrorTheModelReads() async throws {
        let folder = try temporaryFolder()
        let hook = WorkspaceToolsHook.workspaceTools(try Workspace(root: folder.path), policy: .readOnly)
        let provider = ScriptedProvider { _, index in
            index == 0 ? .code("bash('rm -rf /')") : .code("FINAL('ok')")
        }
        var config = configuration(provider)
        config.workspaceTools = hook
        let (outcome, _) = try await run(config, "q")
        XCTAssertEqual(outcome.answer, "ok")
        XCTAssertTrue(provider.requests[1].lastUserText.contains("PermissionError"), provider.requests[1].lastUserText)
        XCTAssertTrue(provider.requests[0].system!.contains("bash is not allowed here"))
    }
}
