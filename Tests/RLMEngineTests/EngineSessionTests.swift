import Foundation
import RLMProviders
import RLMTestSupport
import XCTest

@testable import RLMEngine

/// Sessions (one interpreter and history across runs), compaction, and `memory`.
final class EngineSessionTests: EngineTestCase {
    func testVariablesAndHistoryPersistAcrossRuns() async throws {
        let provider = ScriptedProvider { request, _ in
            if request.lastUserText.contains("Query: second") { return .code("FINAL(x + 1)") }
            return .code("x = 41\nFINAL('set')")
        }
        let session = RLMSession(configuration: configuration(provider))
        defer { session.close() }
        let (first, firstEvents) = try await run(session, "first", context: .text("abc"))
        let (second, secondEvents) = try await run(session, "second")
        XCTAssertEqual(first.answer, "set")
        XCTAssertEqual(second.answer, "42")
        XCTAssertNotEqual(first.runID, second.runID)
        XCTAssertTrue(firstEvents.allSatisfy { $0.runID == first.runID })
        XCTAssertEqual(secondEvents.first?.sequence, 1, "each run numbers its events from 1")

        let request = provider.requests[1]
        XCTAssertTrue(request.allText.contains("Query: first"), "the first run's history is sent with the second")
        XCTAssertTrue(request.lastUserText.contains("(Your answer to the previous query was: set)"))
        XCTAssertTrue(request.lastUserText.contains("The context is the same as for the previous query (`context`, a str of 3 characters)"))
        let status = session.status
        XCTAssertEqual(status.runs, 2)
        XCTAssertEqual(status.state, .idle)
        XCTAssertEqual(status.lastOutcome?.answer, "42")
        XCTAssertEqual(status.tokens.total, 240)
        XCTAssertEqual(session.history.filter { $0.role == .assistant }.count, 2)
        XCTAssertEqual(session.history.first?.role, .user)
    }

    func testARunningSessionRefusesASecondRun() async throws {
        let gate = AsyncStream<Void>.makeStream()
        let provider = ScriptedProvider { _, _ in
            for await _ in gate.stream {}
            return .code("FINAL(1)")
        }
        let session = RLMSession(configuration: configuration(provider))
        defer { session.close() }
        let first = Task { try await session.run(query: "one") }
        try await waitUntil { provider.requests.count == 1 }
        do {
            _ = try await session.run(query: "two")
            XCTFail("expected busy")
        } catch RLMSessionError.busy {
        }
        gate.continuation.finish()
        let outcome = try await first.value
        XCTAssertEqual(outcome.answer, "1")
    }

    func testHistoryIsCompactedNearTheWindow() async throws {
        let models = ModelTable(["root-model": ModelInfo(contextWindow: 4000)])
        let provider = ScriptedProvider(models: models) { request, _ in
            if request.lastUserText.contains("Summarise your progress") {
                return ScriptedReply("SUMMARY: printed y many times; next, finish.")
            }
            if request.lastUserText.contains("has been shortened") {
                return .code("FINAL(str(len(history)) + ' ' + history[0]['role'])")
            }
            return .code("print('y' * 3000)")
        }
        let session = RLMSession(configuration: configuration(provider))
        defer { session.close() }
        let (outcome, events) = try await run(session, "q")
        XCTAssertEqual(outcome.status, .completed)
        let compaction = try XCTUnwrap(events.compactions.first)
        XCTAssertEqual(events.compactions.count, 1)
        XCTAssertGreaterThanOrEqual(compaction.estimatedTokensBefore, 3400, "85% of the 4,000-token window")
        XCTAssertLessThan(compaction.estimatedTokensAfter, compaction.estimatedTokensBefore)
        XCTAssertEqual(compaction.summary, "SUMMARY: printed y many times; next, finish.")
        let after = provider.requests.last!
        XCTAssertEqual(after.messages.count, 3)
        XCTAssertTrue(after.messages[0].content.contains("Query: q"))
        XCTAssertEqual(after.messages[1].content, compaction.summary)
        let archived = provider.requests.first { $0.lastUserText.contains("Summarise your progress") }!.messages.count
        XCTAssertEqual(outcome.answer, "\(archived + 3) user", "`history` holds the compacted messages and the new ones")
        XCTAssertEqual(session.status.compactions, 1)
        XCTAssertEqual(events.modelResponses.filter { $0.purpose == .compaction }.count, 1)
    }

    func testMemoryPersistsAcrossSessions() async throws {
        let folder = try temporaryFolder()
        let store = MemoryStore(fileURL: folder.appendingPathComponent("memory.json"))
        let provider = ScriptedProvider { _, _ in
            .code("memory['runs'] = memory.get('runs', 0) + 1\nmemory['notes'] = ['a', {'b': None}]\nFINAL(memory['runs'])")
        }
        for expected in 1...2 {
            let (outcome, _) = try await run(configuration(provider, memory: store), "q")
            XCTAssertEqual(outcome.answer, "\(expected)")
        }
        let saved = try String(contentsOf: store.fileURL, encoding: .utf8)
        XCTAssertEqual(saved, #"{"notes": ["a", {"b": null}], "runs": 2}"#)
        XCTAssertTrue(provider.requests[0].system!.contains("## Memory"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(leftovers, ["memory.json"], "no temporary files are left behind")
    }

    func testAnUnreadableMemoryFileIsNeverOverwritten() async throws {
        let folder = try temporaryFolder()
        let store = MemoryStore(fileURL: folder.appendingPathComponent("memory.json"))
        try "not json {".write(to: store.fileURL, atomically: false, encoding: .utf8)
        let provider = ScriptedProvider { _, _ in .code("memory['x'] = 1\nFINAL(len(memory))") }
        let (outcome, _) = try await run(configuration(provider, memory: store), "q")
        XCTAssertEqual(outcome.answer, "1")
        XCTAssertEqual(try String(contentsOf: store.fileURL, encoding: .utf8), "not json {")
        XCTAssertTrue(provider.requests[0].firstUserText.contains("`memory` could not be loaded"))
    }

    func testMemoryThatJSONCannotHoldIsReportedNotSaved() async throws {
        let folder = try temporaryFolder()
        let store = MemoryStore(fileURL: folder.appendingPathComponent("memory.json"))
        let provider = ScriptedProvider { _, index in
            index == 0 ? .code("memory['ok'] = 1") : index == 1 ? .code("memory['bad'] = {1, 2}") : .code("FINAL('done')")
        }
        _ = try await run(configuration(provider, memory: store), "q")
        XCTAssertTrue(provider.requests[2].lastUserText.contains("`memory` was not saved: TypeError: Object of type set is not JSON serializable"),
                      provider.requests[2].lastUserText)
        XCTAssertEqual(try String(contentsOf: store.fileURL, encoding: .utf8), #"{"ok": 1}"#)
    }

    func testMemoryStoreLocationsDependOnTheWorkspace() {
        let environment = ["XDG_DATA_HOME": "/data", "HOME": "/home/u"]
        let a = MemoryStore.forWorkspace("/work/project", environment: environment).fileURL.path
        let b = MemoryStore.forWorkspace("/other/project", environment: environment).fileURL.path
        XCTAssertTrue(a.hasPrefix("/data/rlm/memory/project-"))
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(a, MemoryStore.forWorkspace("/work/project/", environment: environment).fileURL.path)
        XCTAssertEqual(MemoryStore.forWorkspace(nil, environment: ["HOME": "/home/u"]).fileURL.path,
                       "/home/u/.local/share/rlm/memory/no-workspace.json")
    }
}
