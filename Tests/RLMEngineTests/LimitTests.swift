import Foundation
import RLMProviders
import XCTest

@testable import RLMEngine

/// Every limit ends the run with a status naming it and the model's best answer from one last
/// "answer now" call.
final class LimitTests: EngineTestCase {
    /// A model that never finishes: each turn prints something; asked to answer now, it does.
    private func neverFinishing(models: ModelTable = ModelTable(), code: String = "print('working')") -> ScriptedProvider {
        ScriptedProvider(models: models) { request, _ in
            if request.purposeIsAnswerNow { return ScriptedReply("best guess") }
            return .code(code)
        }
    }

    func testMaxIterations() async throws {
        let provider = neverFinishing()
        let (outcome, events) = try await run(configuration(provider, limits: RunLimits(maxIterations: 3)), "q")
        XCTAssertEqual(outcome.status, .maxIterations)
        XCTAssertEqual(outcome.answer, "best guess")
        XCTAssertEqual(outcome.iterations, 3)
        XCTAssertEqual(provider.requests.count, 4)
        XCTAssertTrue(provider.requests[2].lastUserText.contains("Turn 3 of 3: this is your last turn"))
        XCTAssertTrue(provider.requests[3].lastUserText.contains("The run is ending: all 3 turns were used"))
        XCTAssertEqual(events.limitsReached.map(\.limit), [.maxIterations])
        XCTAssertEqual(events.modelResponses.last?.purpose, .answerNow)
    }

    func testConsecutiveErrors() async throws {
        let provider = neverFinishing(code: "1 / 0")
        let (outcome, _) = try await run(configuration(provider, limits: RunLimits(maxConsecutiveErrors: 2)), "q")
        XCTAssertEqual(outcome.status, .maxConsecutiveErrors)
        XCTAssertEqual(outcome.iterations, 2)
        XCTAssertEqual(outcome.answer, "best guess")
        XCTAssertTrue(outcome.detail!.contains("2 turns in a row"))
    }

    func testMaxCost() async throws {
        // 120 tokens per call at $1,000 per million: $0.12 a call.
        let models = ModelTable(["root-model": ModelInfo(inputPerMillion: 1000, outputPerMillion: 1000)])
        let provider = neverFinishing(models: models)
        let (outcome, events) = try await run(configuration(provider, limits: RunLimits(maxCostUSD: 0.30)), "q")
        XCTAssertEqual(outcome.status, .maxCost)
        XCTAssertEqual(outcome.answer, "best guess")
        XCTAssertEqual(provider.requests.count, 4, "three turns reach $0.36, then the one answer-now call")
        XCTAssertEqual(outcome.cost.usd, 0.48, accuracy: 1e-9)
        XCTAssertEqual(outcome.cost.unpricedCalls, 0)
        XCTAssertEqual(events.limitsReached.first?.limit, .maxCost)
    }

    func testMaxTokensIsSharedWithSubCalls() async throws {
        let provider = ScriptedProvider { request, _ in
            if request.purposeIsAnswerNow { return ScriptedReply("partial") }
            if request.isSubCall { return ScriptedReply("s") }
            return .code("print(llm_query_batched(['a', 'b', 'c', 'd', 'e']))")
        }
        var config = configuration(provider, limits: RunLimits(maxTokens: 500))
        config.batchConcurrency = 1
        let (outcome, _) = try await run(config, "q")
        XCTAssertEqual(outcome.status, .maxTokens)
        XCTAssertEqual(outcome.answer, "partial")
        // The root turn (120) and three sub-calls (360) pass 500 at the fourth sub-call; the
        // fifth is never sent.
        XCTAssertEqual(provider.requests.filter(\.isSubCall).count, 4)
        XCTAssertEqual(outcome.tokens.total, 720)
    }

    func testTimeoutStopsRunningCodeAndAsksForAnAnswer() async throws {
        let provider = neverFinishing(code: "while True:\n    pass")
        let started = ContinuousClock.now
        let (outcome, events) = try await run(configuration(provider, limits: RunLimits(timeout: 1)), "q")
        let elapsed = ContinuousClock.now - started
        XCTAssertEqual(outcome.status, .timeout)
        XCTAssertEqual(outcome.answer, "best guess")
        XCTAssertLessThan(elapsed, .seconds(20), "the loop would otherwise run for the 600 s code timeout")
        XCTAssertEqual(events.limitsReached.first?.limit, .timeout)
        XCTAssertTrue(outcome.detail!.contains("time limit of 1 s"))
    }

    func testCancellingStopsSubCallsPromptly() async throws {
        let provider = ScriptedProvider { request, _ in
            if request.isSubCall {
                try await Task.sleep(for: .seconds(60))
                return ScriptedReply("late")
            }
            return .code("print(llm_query_batched(['a', 'b', 'c', 'd']))")
        }
        let session = RLMSession(configuration: configuration(provider))
        defer { session.close() }
        let running = Task { try await session.run(query: "q") }
        try await waitUntil { provider.requests.filter(\.isSubCall).count == 4 }
        let cancelled = ContinuousClock.now
        session.cancel()
        let outcome = try await running.value
        XCTAssertEqual(outcome.status, .cancelled)
        XCTAssertLessThan(ContinuousClock.now - cancelled, .seconds(5))
        try await waitUntil { provider.maxConcurrent > 0 && provider.activeCount == 0 }
        XCTAssertEqual(session.status.state, .idle)
    }

    func testCancellingTheCallingTaskCancelsTheRun() async throws {
        let provider = neverFinishing(code: "while True:\n    pass")
        let session = RLMSession(configuration: configuration(provider))
        defer { session.close() }
        let running = Task { try await session.run(query: "q") }
        try await waitUntil { provider.requests.count >= 1 }
        try await Task.sleep(for: .milliseconds(100))
        running.cancel()
        let outcome = try await running.value
        XCTAssertEqual(outcome.status, .cancelled)
        XCTAssertEqual(provider.requests.count, 1, "no answer-now call after a cancellation")
    }

    func testInvalidLimitsAreRefusedBeforeAnything() async throws {
        let provider = neverFinishing()
        let session = RLMSession(configuration: configuration(provider, limits: RunLimits(maxDepth: 0)))
        do {
            _ = try await session.run(query: "q")
            XCTFail("expected an error")
        } catch let error as RLMSessionError {
            XCTAssertTrue(error.description.contains("max depth must be at least 1"))
        }
        XCTAssertEqual(provider.requests.count, 0)
    }
}

extension XCTestCase {
    /// Polls `condition` every 10 ms for up to `timeout`.
    func waitUntil(timeout: Duration = .seconds(30), file: StaticString = #filePath, line: UInt = #line,
                   _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            if ContinuousClock.now > deadline {
                XCTFail("condition not met within \(timeout)", file: file, line: line)
                return
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
