import Foundation
import RLMEngine
import RLMProviders
import RLMServer
import RLMTestSupport
import XCTest

/// Runs stopped by `rlm/cancel`, `$/cancelRequest`, the progress cancel button and the end of
/// the input: promptly, with the HTTP requests to the model aborted and the partial result in
/// the -32800 error.
final class CancellationTests: ServerTestCase {
    /// A root that sets a partial answer and starts three sub-calls the model never finishes.
    private func hangingModel() async throws -> ScriptedServer {
        try await startModel { request, _ in
            if request.isRLMTurn {
                return request.answer("```repl\nanswer['content'] = 'partial'\nr = llm_query_batched(['a', 'b', 'c'])\nFINAL(r)\n```")
            }
            return [.pause(.seconds(30))] + request.answer("late")
        }
    }

    /// Starts a hanging run and waits until its three sub-calls are at the model.
    private func startHangingRun(
        _ server: ServerProcess, model: ScriptedServer, extra: [String: JSONValue] = [:]
    ) async throws -> (requestID: JSONValue, runID: String) {
        var params: [String: JSONValue] = ["query": "Wait for it", "context": "x"]
        for (key, value) in extra { params[key] = value }
        let id = server.sendRequest("rlm/run", .object(params))
        let started = try await server.waitFor("run_started") { $0.method == "rlm/trace" && (try? $0.traceEvent().type) == "run_started" }
        let deadline = ContinuousClock.now + .seconds(30)
        while model.inFlight < 3 {
            if ContinuousClock.now > deadline { throw TestFailure("the sub-calls never reached the model:\n\(server.stderrText)") }
            try await Task.sleep(for: .milliseconds(10))
        }
        return (id, try XCTUnwrap(started.params?["runId"]?.stringValue))
    }

    private func assertCancelledPromptly(
        _ server: ServerProcess, model: ScriptedServer, requestID: JSONValue, runID: String, since start: ContinuousClock.Instant
    ) async throws {
        let reply = try await server.response(to: requestID, timeout: 30)
        let elapsed = ContinuousClock.now - start
        XCTAssertLessThan(elapsed, .seconds(5), "cancelled promptly, not after the model's 30 s")
        XCTAssertEqual(reply.errorCode, -32800)
        let partial = try reply.decodeErrorData(RunResult.self)
        XCTAssertEqual(partial.runId, runID)
        XCTAssertEqual(partial.status, "cancelled")
        XCTAssertEqual(partial.answer, "partial", "the partial result travels in the error's data")
        XCTAssertEqual(partial.usage.llmCalls, 4, "the root's turn and the three sub-calls cut short")
        XCTAssertEqual(partial.usage.inputTokens, 20, "only the root's turn was answered")
        let deadline = ContinuousClock.now + .seconds(5)
        while model.inFlight > 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        XCTAssertEqual(model.inFlight, 0, "the HTTP requests to the model were aborted")
        let tree = try await server.request("rlm/trace/get", ["runId": .string(runID)]).decodeResult(TraceTree.self)
        XCTAssertEqual(tree.status, "cancelled")
        XCTAssertEqual(tree.nodes.filter { $0.kind == "llm" }.map(\.status), ["cancelled", "cancelled", "cancelled"])
    }

    func testRLMCancelStopsTheRunAndItsSubCalls() async throws {
        for framing in ClientFraming.allCases {
            let model = try await hangingModel()
            let server = try await startInitialized(framing, model: model)
            let (requestID, runID) = try await startHangingRun(server, model: model)
            let start = ContinuousClock.now
            let cancel = try await server.request("rlm/cancel", ["runId": .string(runID)])
            XCTAssertEqual(cancel.result?["cancelled"], true)
            XCTAssertEqual(cancel.result?["status"], "cancelling")
            try await assertCancelledPromptly(server, model: model, requestID: requestID, runID: runID, since: start)
            let again = try await server.request("rlm/cancel", ["runId": .string(runID)])
            XCTAssertEqual(again.result?["cancelled"], false)
            XCTAssertEqual(again.result?["status"], "cancelled")
            let unknown = try await server.request("rlm/cancel", ["runId": "run-nope"])
            XCTAssertEqual(unknown.errorCode, -32602)
            XCTAssertTrue(unknown.errorMessage.contains("params.runId"))
        }
    }

    func testCancelRequestStopsTheRun() async throws {
        let model = try await hangingModel()
        let server = try await startInitialized(.contentLength, model: model)
        let (requestID, runID) = try await startHangingRun(server, model: model)
        let start = ContinuousClock.now
        server.notify("$/cancelRequest", ["id": requestID])
        try await assertCancelledPromptly(server, model: model, requestID: requestID, runID: runID, since: start)
        // Cancelling what is not in progress is ignored.
        server.notify("$/cancelRequest", ["id": 999])
        let stats = try await server.request("rlm/stats")
        XCTAssertEqual(stats.result?["runs"]?["byStatus"]?["cancelled"]?.intValue, 1)
    }

    func testTheProgressCancelButtonStopsTheRun() async throws {
        let model = try await hangingModel()
        let server = try await startInitialized(.newlineDelimited, model: model)
        let (requestID, runID) = try await startHangingRun(server, model: model, extra: ["workDoneToken": 42])
        let start = ContinuousClock.now
        server.notify("window/workDoneProgress/cancel", ["token": 42])
        try await assertCancelledPromptly(server, model: model, requestID: requestID, runID: runID, since: start)
        let end = server.notifications("$/progress").last
        XCTAssertEqual(end?.params?["value"]?["kind"], "end")
        XCTAssertEqual(end?.params?["value"]?["message"], "cancelled: partial")
    }

    func testEndOfInputCancelsRunsAndFlushesTheirReplies() async throws {
        let model = try await hangingModel()
        let server = try await startInitialized(.contentLength, model: model)
        let (requestID, _) = try await startHangingRun(server, model: model)
        let start = ContinuousClock.now
        server.closeInput()
        let status = try await server.waitForExit(timeout: 20)
        XCTAssertEqual(status, 0)
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
        let reply = try await server.response(to: requestID, timeout: 5)
        XCTAssertEqual(reply.errorCode, -32800, "the cancelled run's reply was written before the process ended")
        let deadline = ContinuousClock.now + .seconds(5)
        while model.inFlight > 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        XCTAssertEqual(model.inFlight, 0)
    }

    func testShutdownCancelsRunsBeforeItAnswers() async throws {
        let model = try await hangingModel()
        let server = try await startInitialized(.newlineDelimited, model: model)
        let (requestID, _) = try await startHangingRun(server, model: model)
        let shutdown = try await server.request("shutdown", timeout: 20)
        XCTAssertEqual(shutdown.result, .null)
        let reply = try await server.response(to: requestID, timeout: 1)
        XCTAssertEqual(reply.errorCode, -32800)
        XCTAssertLessThan(reply.index, shutdown.index, "the run's reply comes before shutdown's")
        server.notify("exit")
        let status = try await server.waitForExit()
        XCTAssertEqual(status, 0)
    }
}
