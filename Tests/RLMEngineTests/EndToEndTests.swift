import Foundation
import RLMProviders
import RLMTestSupport
import XCTest

@testable import RLMEngine

/// Whole runs through the real OpenAI-compatible client against an HTTP server in the test
/// (127.0.0.1), whose scripted model writes the root's code and whose sub-model really counts.
final class EndToEndTests: EngineTestCase {
    /// ~20 MB, ~220,000 lines, generated the same way every time.
    static let log = GeneratedLog(bytes: 20 << 20)

    static let batchedRootCode = """
        lines = context.split('\\n')
        size = -(-len(lines) // 50)
        parts = ['\\n'.join(lines[i:i + size]) for i in range(0, len(lines), size)]
        print(len(parts), 'chunks of', size, 'lines')
        prompts = ['Count the lines that contain ERROR in this log excerpt. Reply with the number only.\\n<log>\\n' + p + '\\n</log>' for p in parts]
        counts = llm_query_batched(prompts)
        failed = [c for c in counts if c.startswith('Error: ')]
        total = sum(int(c) for c in counts if not c.startswith('Error: '))
        FINAL(str(total) if not failed else '%d (%d chunks failed: %s)' % (total, len(failed), failed[0]))
        """

    /// The sub-model's honest answer: the ERROR lines of the excerpt in the prompt.
    static func countErrors(inPrompt prompt: String) -> String {
        guard let start = prompt.range(of: "<log>\n"), let end = prompt.range(of: "\n</log>", options: .backwards) else { return "no log" }
        return String(prompt[start.upperBound..<end.lowerBound].split(separator: "\n").filter { $0.contains("ERROR") }.count)
    }

    private func provider(_ server: ScriptedServer, maxConcurrent: Int = 8) -> any LLMProvider {
        OpenAICompatibleProvider(settings: settings(server, maxConcurrent: maxConcurrent))
    }

    func testTwentyMegabyteLogCountedByBatchedSubCalls() async throws {
        let log = Self.log
        XCTAssertGreaterThan(log.text.utf8.count, 20_000_000)
        let server = try await startServer { request, _ in
            if request.systemText.contains("## The REPL") {
                return request.answer("I will split the log and count per chunk.\n```repl\n\(Self.batchedRootCode)\n```", prompt: 3000, completion: 200)
            }
            return request.answer(Self.countErrors(inPrompt: request.firstUserText), prompt: 100_000, completion: 2, pause: .milliseconds(30))
        }
        let config = configuration(provider(server), model: "gpt-4.1", subModel: "gpt-4.1-mini")
        let (outcome, events) = try await run(config, "How many ERROR lines are in the log?", context: .text(log.text))

        XCTAssertEqual(outcome.status, .completed, outcome.detail ?? "")
        XCTAssertEqual(outcome.answer, String(log.errorLines))
        XCTAssertGreaterThan(log.errorLines, 1000)
        XCTAssertEqual(server.requestCount, 51)
        XCTAssertGreaterThan(server.maxInFlight, 1, "the batch's requests overlapped")
        XCTAssertLessThanOrEqual(server.maxInFlight, 8, "the endpoint's concurrency limit held")

        let tree = ExecutionTree(events: events)
        XCTAssertEqual(tree.nodes.count, 51)
        let root = try XCTUnwrap(tree.root)
        XCTAssertEqual(root.kind, .root)
        XCTAssertEqual(root.status, .completed)
        let children = tree.children(of: root.id)
        XCTAssertEqual(children.count, 50)
        XCTAssertTrue(children.allSatisfy { $0.kind == .llm && $0.depth == 1 && $0.status == .completed && $0.model == "gpt-4.1-mini" })
        XCTAssertEqual(tree.status, .completed)
        // Tokens and money: 1 root call (3,200 tokens) and 50 sub-calls (100,002 each), priced
        // from the model table, rolled up to the root.
        XCTAssertEqual(tree.totalTokens(of: root.id), outcome.tokens)
        XCTAssertEqual(outcome.tokens.total, 3_200 + 50 * 100_002)
        let expectedCost = (3000 * 2.0 + 200 * 8.0 + 50 * (100_000 * 0.40 + 2 * 1.60)) / 1_000_000
        XCTAssertEqual(outcome.cost.usd, expectedCost, accuracy: 1e-9)
        XCTAssertEqual(tree.totalCost(of: root.id).usd, expectedCost, accuracy: 1e-9)
        // The root model saw the log's size, never the log.
        let rootRequest = server.requests[0]
        XCTAssertLessThan(rootRequest.body.count, 30_000)
        XCTAssertTrue(rootRequest.firstUserText.contains("a str of \(log.text.count.formatted()) characters"))
        // Streaming: the root's reply arrived as text deltas.
        XCTAssertFalse(events.filter { $0.type == "text_delta" && $0.nodeID == root.id }.isEmpty)
    }

    func testTwentyMegabyteLogCountedByChildRLMsThatRunTheirOwnCode() async throws {
        let log = Self.log
        let rootCode = """
            lines = context.split('\\n')
            size = -(-len(lines) // 50)
            parts = ['\\n'.join(lines[i:i + size]) for i in range(0, len(lines), size)]
            answers = rlm_query_batched(['Count the lines of your context that contain ERROR.'] * len(parts), contexts=parts)
            FINAL(sum(int(a) for a in answers))
            """
        let childCode = "n = sum(1 for line in context.split('\\n') if 'ERROR' in line)\nFINAL(n)"
        let server = try await startServer { request, _ in
            guard request.systemText.contains("## The REPL") else { return request.answer("unexpected plain call") }
            if request.firstUserText.contains("Query: Count the lines of your context") {
                XCTAssertTrue(request.systemText.contains("at this depth, answers with a single model call"))
                return request.answer("```repl\n\(childCode)\n```", pause: .milliseconds(30))
            }
            return request.answer("```repl\n\(rootCode)\n```")
        }
        let config = configuration(provider(server), model: "gpt-4.1", subModel: "gpt-4.1-mini", limits: RunLimits(maxDepth: 2))
        let (outcome, events) = try await run(config, "How many ERROR lines are in the log?", context: .text(log.text))

        XCTAssertEqual(outcome.status, .completed, outcome.detail ?? "")
        XCTAssertEqual(outcome.answer, String(log.errorLines))
        XCTAssertEqual(server.requestCount, 51)
        XCTAssertGreaterThan(server.maxInFlight, 1)
        let tree = ExecutionTree(events: events)
        let root = try XCTUnwrap(tree.root)
        let children = tree.children(of: root.id)
        XCTAssertEqual(children.count, 50)
        XCTAssertTrue(children.allSatisfy { $0.kind == .rlm && $0.depth == 1 && $0.status == .completed && $0.codeBlocks == 1 })
        XCTAssertTrue(children.allSatisfy { tree.children(of: $0.id).isEmpty })
        XCTAssertEqual(tree.nodes.count, 51)
        let childCodeEvents = events.filter { $0.type == "code_finished" && $0.parentNodeID == root.id }
        XCTAssertEqual(childCodeEvents.count, 50, "each child ran its own code")
    }

    func testCancellingMidBatchLeavesNoRequestRunning() async throws {
        let server = try await startServer { request, _ in
            if request.systemText.contains("## The REPL") {
                return request.answer("```repl\nprint(llm_query_batched(['item %d' % i for i in range(20)]))\n```")
            }
            return request.answer("too late", pause: .seconds(30))
        }
        let session = RLMSession(configuration: configuration(provider(server, maxConcurrent: 6), model: "gpt-4.1", subModel: "gpt-4.1-mini"))
        defer { session.close() }
        let running = Task { try await session.run(query: "q") }
        try await waitUntil { server.inFlight >= 6 }
        let cancelled = ContinuousClock.now
        session.cancel()
        let outcome = try await running.value
        XCTAssertEqual(outcome.status, .cancelled)
        XCTAssertLessThan(ContinuousClock.now - cancelled, .seconds(5), "the 30 s requests were abandoned, not awaited")
        try await waitUntil(timeout: .seconds(5)) { server.inFlight == 0 }
        let seen = server.requestCount
        try await Task.sleep(for: .milliseconds(300))
        XCTAssertEqual(server.requestCount, seen, "no request is sent after the cancellation")
        XCTAssertLessThan(seen, 21, "the batch's other requests were never sent")
    }

    func testAFailingSubCallOnTheWire() async throws {
        let log = GeneratedLog(bytes: 400_000, seed: 7)  // over 2,450 lines: exactly 50 chunks
        let server = try await startServer { request, _ in
            if request.systemText.contains("## The REPL") {
                return request.answer("```repl\n\(Self.batchedRootCode)\n```")
            }
            let prompt = request.firstUserText
            if Self.chunkIndex(prompt, in: log) == 7 {
                return .json(400, OpenAIFixtures.error("this chunk is refused"))
            }
            return request.answer(Self.countErrors(inPrompt: prompt))
        }
        let config = configuration(provider(server), model: "gpt-4.1", subModel: "gpt-4.1-mini")
        let (outcome, events) = try await run(config, "How many ERROR lines?", context: .text(log.text))
        XCTAssertEqual(outcome.status, .completed)
        let answer = try XCTUnwrap(outcome.answer)
        XCTAssertTrue(answer.contains("(1 chunks failed: Error: the model call failed: the request was rejected as invalid (400)"), answer)
        XCTAssertTrue(answer.contains("The server said: this chunk is refused"), answer)
        let tree = ExecutionTree(events: events)
        XCTAssertEqual(tree.children(of: tree.rootID!).filter { $0.status == .failed }.count, 1)
        XCTAssertEqual(tree.children(of: tree.rootID!).filter { $0.status == .completed }.count, 49)
    }

    /// Which of the 50 chunks of `log` a prompt carries (by its first line).
    static func chunkIndex(_ prompt: String, in log: GeneratedLog) -> Int? {
        guard let start = prompt.range(of: "<log>\n") else { return nil }
        let firstLine = prompt[start.upperBound...].prefix { $0 != "\n" }
        let lines = log.text.split(separator: "\n", omittingEmptySubsequences: false)
        let size = (lines.count + 49) / 50
        guard let position = lines.firstIndex(where: { $0 == firstLine }) else { return nil }
        return position / size
    }
}
