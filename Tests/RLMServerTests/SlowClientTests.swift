import Foundation
import RLMEngine
import RLMProviders
import RLMServer
import RLMTestSupport
import XCTest

/// A client that stops reading must not stall a run: the server's output backs up, the
/// session's bounded trace buffer merges or drops streamed text, and the engine goes on.
final class SlowClientTests: ServerTestCase {
    func testARunFinishesWhileTheClientReadsNothing() async throws {
        let subCalls = 300
        let longAnswer = String(repeating: "All work and no play makes a long answer. ", count: 100)
        let model = try await startModel { request, _ in
            if request.isRLMTurn {
                return request.answer("```repl\nout = llm_query_batched(['item %d' % i for i in range(\(subCalls))])\nFINAL(str(len(out)))\n```")
            }
            return request.answer(longAnswer)
        }
        let server = try await startInitialized(.contentLength, model: model, options: ["traceBufferEvents": 16])
        server.setPaused(true)
        let id = server.sendRequest("rlm/run", ["query": "Ask them all", "context": "x"])

        // Every request reaches the model and is answered while nothing is read: about 4 MB
        // of trace is waiting, far more than the pipe and the writer's queue hold.
        let deadline = ContinuousClock.now + .seconds(120)
        while model.requestCount < subCalls + 1 || model.inFlight > 0 {
            if ContinuousClock.now > deadline {
                throw TestFailure("the run stalled behind the client: \(model.requestCount) requests\n\(server.stderrText)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        server.setPaused(false)
        let reply = try await server.response(to: id, timeout: 120)
        let result = try reply.decodeResult(RunResult.self)
        XCTAssertEqual(result.status, "completed")
        XCTAssertEqual(result.answer, String(subCalls))

        // Structural events are never dropped: the client's tree is whole.
        let events = try server.notifications("rlm/trace").map { try $0.traceEvent() }
        let folded = ExecutionTree(events: events)
        XCTAssertEqual(folded.nodes.count, subCalls + 1)
        XCTAssertEqual(folded.status, .completed)
        XCTAssertEqual(events.filter { $0.type == "node_finished" }.count, subCalls + 1)
        let tree = try await server.request("rlm/trace/get", ["runId": .string(result.runId)]).decodeResult(TraceTree.self)
        XCTAssertEqual(tree.nodes.count, subCalls + 1)
        XCTAssertEqual(tree.totals.llmCalls, subCalls + 1)
        // Streamed text was merged or dropped on the way (sequence numbers have gaps) and the
        // client was told.
        XCTAssertLessThan(events.count, events.last!.sequence)
        let notice = server.notifications("window/logMessage").first { $0.params?["message"]?.stringValue?.contains("read slowly") == true }
        XCTAssertNotNil(notice)
    }
}
