import Foundation
import XCTest

@testable import RLMEngine

/// The event stream: numbering, the wire format, fan-out, slow subscribers, and the tree.
final class TraceTests: XCTestCase {
    private func publish(_ bus: TraceBus, _ payload: TraceEventPayload, node: String = "n0", parent: String? = nil, run: String = "run-1") {
        bus.publish(runID: run, nodeID: node, parentNodeID: parent, payload)
    }

    private func delta(_ text: String) -> TraceEventPayload { .textDelta(TextDeltaEvent(text: text)) }

    private func nodeStarted(_ kind: NodeKind, depth: Int) -> TraceEventPayload {
        .nodeStarted(NodeStartedEvent(kind: kind, depth: depth, model: "m", prompt: "p", promptCharacters: 1))
    }

    func testEveryEventTypeRoundTripsThroughJSON() async throws {
        let payloads: [TraceEventPayload] = [
            .runStarted(RunStartedEvent(query: "q", model: "m", subModel: "s", limits: RunLimits(timeout: 5),
                                        context: ContextSummary(type: "str", characters: 3, items: nil), sessionID: "session-1", sessionRun: 1)),
            .runFinished(RunFinishedEvent(status: .maxCost, answer: "a", detail: "d", tokens: TokenCounts(input: 1, output: 2),
                                          cost: CostTotal(usd: 0.5, unpricedCalls: 1), iterations: 3, elapsedSeconds: 1.5)),
            nodeStarted(.rlm, depth: 1),
            .nodeFinished(NodeFinishedEvent(status: .limit, limit: .maxIterations, answer: nil, error: "e", tokens: .zero, cost: .zero,
                                            totalTokens: TokenCounts(input: 5), totalCost: .zero, iterations: 2, elapsedSeconds: 0.1, cached: false)),
            .iterationStarted(IterationStartedEvent(iteration: 1, maxIterations: 30)),
            .modelRequest(ModelRequestEvent(purpose: .answerNow, model: "m", messages: 3, inputCharacters: 10, estimatedInputTokens: 3, iteration: nil)),
            .modelRetry(ModelRetryEvent(attempt: 1, error: "429", delaySeconds: 0.5)),
            delta("hi"),
            .modelResponse(ModelResponseEvent(purpose: .subCall, model: "m", text: "t", tokens: nil, cost: nil, latencySeconds: 0.2,
                                              timeToFirstTokenSeconds: 0.1, cached: true, stopReason: "end_turn", error: nil)),
            .codeStarted(CodeStartedEvent(iteration: 1, block: 1, blocks: 2, code: "print(1)")),
            .codeOutput(CodeOutputEvent(iteration: 1, block: 1, text: "1\n")),
            .codeFinished(CodeFinishedEvent(iteration: 1, block: 1, durationSeconds: 0.01, outputCharacters: 2,
                                            error: CodeError(type: "KeyError", message: "'x'", traceback: "tb"), answered: false)),
            .toolCall(ToolCallEvent(tool: "grep", arguments: ["pattern": "x"], summary: "3 matches", durationSeconds: 0.01)),
            .compaction(CompactionEvent(count: 1, estimatedTokensBefore: 900, estimatedTokensAfter: 100, window: 1000, summary: "s")),
            .limitReached(LimitReachedEvent(limit: .timeout, detail: "d")),
        ]
        let bus = TraceBus()
        let subscription = bus.subscribe()
        for payload in payloads { publish(bus, payload, node: "n1", parent: "n0") }
        bus.finish()
        var received: [TraceEvent] = []
        for await event in subscription { received.append(event) }
        XCTAssertEqual(received.map(\.sequence), Array(1...payloads.count))
        for event in received {
            let line = event.jsonLine()
            XCTAssertFalse(line.contains("\n"))
            let decoded = try JSONDecoder().decode(TraceEvent.self, from: Data(line.utf8))
            XCTAssertEqual(decoded.payload, event.payload, line)
            XCTAssertEqual(decoded.runID, "run-1")
            XCTAssertEqual(decoded.parentNodeID, "n0")
            XCTAssertEqual(decoded.timestamp.timeIntervalSince1970, event.timestamp.timeIntervalSince1970, accuracy: 1e-6)
        }
        let object = try JSONSerialization.jsonObject(with: Data(received[0].jsonLine().utf8)) as! [String: Any]
        XCTAssertEqual(Set(object.keys), ["run_id", "seq", "time", "node_id", "parent_id", "type", "data"])
        XCTAssertEqual(object["type"] as? String, "run_started")
        XCTAssertEqual((object["data"] as? [String: Any])?["sub_model"] as? String, "s")
    }

    func testEverySubscriberGetsEverythingInTheSameOrder() async {
        let bus = TraceBus()
        let subscriptions = (0..<3).map { _ in bus.subscribe() }
        let publishers = 4
        await withTaskGroup(of: Void.self) { group in
            for p in 0..<publishers {
                group.addTask { for i in 0..<250 { self.publish(bus, self.delta("\(p)-\(i)"), node: "n\(p)") } }
            }
        }
        bus.finish()
        var orders: [[Int]] = []
        for subscription in subscriptions {
            var sequences: [Int] = []
            for await event in subscription { sequences.append(event.sequence) }
            orders.append(sequences)
        }
        XCTAssertEqual(orders[0], Array(1...1000))
        XCTAssertEqual(orders[1], orders[0])
        XCTAssertEqual(orders[2], orders[0])
    }

    func testASlowSubscriberNeverBlocksAndKeepsEveryStructuralEvent() async {
        let bus = TraceBus()
        let stalled = bus.subscribe(capacity: 100)
        let live = bus.subscribe(capacity: 1_000_000)
        let started = ContinuousClock.now
        publish(bus, nodeStarted(.root, depth: 0))
        for i in 0..<50_000 {
            publish(bus, delta("x"))
            if i % 1000 == 0 { publish(bus, nodeStarted(.llm, depth: 1), node: "c\(i)", parent: "n0") }
            if i % 1000 == 500 { publish(bus, delta("y"), node: "c\(i - 500)", parent: "n0") }
        }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(20), "publishing never waits for a reader")
        bus.finish()
        var structural = 0
        var characters = 0
        var pieces = 0
        for await event in stalled {
            if case .textDelta(let d) = event.payload {
                pieces += 1
                characters += d.text.count
            } else {
                structural += 1
            }
        }
        XCTAssertEqual(structural, 51, "the root and the 50 children all arrived")
        XCTAssertLessThan(pieces, 300, "pieces beyond the capacity were merged or dropped")
        XCTAssertGreaterThan(stalled.mergedEvents + stalled.droppedEvents, 49_000)
        XCTAssertEqual(characters + stalled.droppedEvents, 50_050, "every piece is in the merged text or counted as dropped")
        var liveCount = 0
        for await _ in live { liveCount += 1 }
        XCTAssertEqual(liveCount, 1 + 50_000 + 50 + 50, "the other subscriber lost nothing")
        XCTAssertEqual(live.droppedEvents + live.mergedEvents, 0)
    }

    func testACancelledReaderStopsWaiting() async {
        let bus = TraceBus()
        let subscription = bus.subscribe()
        let reader = Task { await subscription.next() }
        try? await Task.sleep(for: .milliseconds(20))
        reader.cancel()
        let value = await reader.value
        XCTAssertNil(value)
    }

    func testTheTreeFoldsEventsWithTotalsPerNode() async {
        let bus = TraceBus()
        let subscription = bus.subscribe()
        func response(_ input: Int, cost: Double?, cached: Bool = false) -> TraceEventPayload {
            .modelResponse(ModelResponseEvent(purpose: .iteration, model: "m", text: "", tokens: TokenCounts(input: input, output: 1),
                                              cost: cost, latencySeconds: 0, timeToFirstTokenSeconds: nil, cached: cached, stopReason: nil, error: nil))
        }
        func finished(_ status: NodeStatus) -> TraceEventPayload {
            .nodeFinished(NodeFinishedEvent(status: status, limit: nil, answer: "a", error: nil, tokens: .zero, cost: .zero,
                                            totalTokens: .zero, totalCost: .zero, iterations: 1, elapsedSeconds: 0, cached: false))
        }
        publish(bus, nodeStarted(.root, depth: 0))
        publish(bus, response(10, cost: 0.1))
        publish(bus, nodeStarted(.rlm, depth: 1), node: "n1", parent: "n0")
        publish(bus, response(20, cost: 0.2), node: "n1", parent: "n0")
        publish(bus, nodeStarted(.llm, depth: 2), node: "n2", parent: "n1")
        publish(bus, response(40, cost: nil), node: "n2", parent: "n1")
        publish(bus, finished(.completed), node: "n2", parent: "n1")
        publish(bus, finished(.completed), node: "n1", parent: "n0")
        publish(bus, nodeStarted(.llm, depth: 1), node: "n3", parent: "n0")
        publish(bus, response(0, cost: 0, cached: true), node: "n3", parent: "n0")
        publish(bus, response(5, cost: 0.05), run: "run-2")
        bus.finish()
        var tree = ExecutionTree()
        for await event in subscription { tree.apply(event) }
        XCTAssertEqual(tree.rootID, "n0")
        XCTAssertEqual(tree.children(of: "n0").map(\.id), ["n1", "n3"])
        XCTAssertEqual(tree.children(of: "n1").map(\.id), ["n2"])
        XCTAssertEqual(tree.totalTokens(of: "n0").input, 70, "run-2's event is not part of this tree")
        XCTAssertEqual(tree.totalTokens(of: "n1").input, 60)
        XCTAssertEqual(tree.totalCost(of: "n0").usd, 0.3, accuracy: 1e-12)
        XCTAssertEqual(tree.totalCost(of: "n0").unpricedCalls, 1)
        XCTAssertTrue(tree.nodes["n3"]!.cached)
        XCTAssertTrue(tree.nodes["n3"]!.isRunning)
        XCTAssertEqual(tree.nodes["n2"]!.depth, 2)
        XCTAssertEqual(tree.depthFirst().map(\.id), ["n0", "n1", "n2", "n3"])
    }
}
