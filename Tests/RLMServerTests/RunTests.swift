import Foundation
import RLMEngine
import RLMProviders
import RLMServer
import RLMTestSupport
import XCTest

/// Full runs through `rlm serve` against a scripted OpenAI-compatible model on 127.0.0.1.
final class RunTests: ServerTestCase {
    static let context = "one two\nthree four five\nsix\n"

    func testARunStreamsItsTraceAndTheTreeMatchesTraceGet() async throws {
        for framing in ClientFraming.allCases {
            let model = try await startModel { request, _ in ModelScripts.wordCount(request) }
            let server = try await startInitialized(framing, model: model)
            let id = server.sendRequest("rlm/run", ["query": "How many words?", "context": .string(Self.context)])
            let reply = try await server.response(to: id)
            XCTAssertNil(reply.error, reply.errorMessage)
            let result = try reply.decodeResult(RunResult.self)
            XCTAssertEqual(result.status, "completed")
            XCTAssertEqual(result.answer, "6")
            XCTAssertNil(result.sessionId, "a run without a session has a fresh one of its own")
            XCTAssertEqual(result.usage.llmCalls, 5, "two root turns and three sub-calls")
            XCTAssertEqual(result.usage.inputTokens, 100)
            XCTAssertEqual(result.usage.outputTokens, 25)
            XCTAssertEqual(result.iterations, 2)
            XCTAssertGreaterThan(result.durationMs, 0)

            // The trace, event by event.
            let traces = server.notifications("rlm/trace").filter { $0.params?["runId"]?.stringValue == result.runId }
            let events = try traces.map { try $0.traceEvent() }
            XCTAssertEqual(events.first?.type, "run_started")
            XCTAssertEqual(events.first?.runID, result.runId, "the first notification announces the run id")
            XCTAssertLessThan(traces.first!.index, reply.index, "announced before the reply")
            XCTAssertEqual(events.last?.type, "run_finished")
            XCTAssertLessThan(traces.last!.index, reply.index, "every event goes out before the reply")
            XCTAssertEqual(events.map(\.sequence), Array(1...events.count), "\(framing): contiguous sequence numbers")
            XCTAssertTrue(events.allSatisfy { $0.runID == result.runId })
            let types = events.map(\.type)
            XCTAssertEqual(Array(types.prefix(4)), ["run_started", "node_started", "iteration_started", "model_request"])
            XCTAssertEqual(types.filter { $0 == "node_started" }.count, 4, "the root and three sub-calls")
            XCTAssertEqual(types.filter { $0 == "model_response" }.count, 5)
            XCTAssertEqual(types.filter { $0 == "code_started" }.count, 2)
            XCTAssertTrue(types.contains("text_delta"), "streamed text is part of the trace")
            if case .runFinished(let finished) = events.last?.payload {
                XCTAssertEqual(finished.answer, "6")
                XCTAssertEqual(finished.status, .completed)
            } else {
                XCTFail("the last event is run_finished")
            }

            // Folded by the client, the trace gives the tree rlm/trace/get returns.
            let folded = ExecutionTree(events: events)
            let got = try await server.request("rlm/trace/get", ["runId": .string(result.runId)])
            let tree = try got.decodeResult(TraceTree.self)
            XCTAssertEqual(tree.status, "completed")
            XCTAssertEqual(tree.answer, "6")
            XCTAssertEqual(tree.rootId, folded.rootID)
            XCTAssertEqual(tree.eventCount, events.count)
            XCTAssertEqual(tree.nodes.map(\.id), folded.depthFirst().map(\.id))
            for node in tree.nodes {
                let mine = try XCTUnwrap(folded.nodes[node.id])
                XCTAssertEqual(node.parentId, mine.parentID)
                XCTAssertEqual(node.kind, mine.kind.rawValue)
                XCTAssertEqual(node.status, mine.status?.rawValue)
                XCTAssertEqual(node.children, mine.children)
                XCTAssertEqual(node.usage.inputTokens, mine.tokens.input)
                XCTAssertEqual(node.usage.llmCalls, mine.modelCalls)
                XCTAssertEqual(node.codeBlocks, mine.codeBlocks)
            }
            XCTAssertEqual(tree.nodes.count, 4)
            XCTAssertEqual(tree.totals.llmCalls, 5)
            XCTAssertEqual(tree.totals.inputTokens, folded.totalTokens(of: folded.rootID!).input)
            XCTAssertEqual(tree.nodes.filter { $0.kind == "llm" }.map(\.answer).sorted { ($0 ?? "") < ($1 ?? "") }, ["1", "2", "3"])
            XCTAssertNil(tree.events)
            let withEvents = try await server.request("rlm/trace/get", ["runId": .string(result.runId), "includeEvents": true])
            XCTAssertEqual(try withEvents.decodeResult(TraceTree.self).events?.count, events.count)

            let runs = try await server.request("rlm/runs/list")
            let listed = try runs.decodeResult(RunsListResult.self).runs
            XCTAssertEqual(listed.map(\.runId), [result.runId])
            XCTAssertEqual(listed.first?.status, "completed")
            XCTAssertEqual(listed.first?.query, "How many words?")

            let stats = try await server.request("rlm/stats").decodeResult(StatsResult.self)
            XCTAssertEqual(stats.runs.total, 1)
            XCTAssertEqual(stats.runs.byStatus["completed"], 1)
            XCTAssertEqual(stats.total.llmCalls, 5)
            XCTAssertEqual(stats.models.first { $0.model == "gpt-4.1" }?.calls, 2)
            XCTAssertEqual(stats.models.first { $0.model == "gpt-4.1-mini" }?.calls, 3)
            XCTAssertEqual(stats.total.inputTokens, 100)
            XCTAssertGreaterThan(stats.total.costUsd, 0, "gpt-4.1 has list prices in the model table")
        }
    }

    func testSessionsKeepStateAcrossRuns() async throws {
        let model = try await startModel { request, _ in
            guard request.isRLMTurn else { return request.answer("?") }
            if request.lastText.contains("remember") {
                return request.answer("```repl\nsecret = len(context)\nFINAL('noted')\n```")
            }
            return request.answer("```repl\nFINAL(str(secret + 1))\n```")
        }
        let server = try await startInitialized(.contentLength, model: model)
        let created = try await server.request("rlm/session/create", ["context": ["a", "bb", "ccc"], "name": "notes"])
        XCTAssertNil(created.error, created.errorMessage)
        let session = try created.decodeResult(SessionCreateResult.self)
        XCTAssertEqual(session.context.type, "list")
        XCTAssertEqual(session.context.chars, 6)
        XCTAssertEqual(session.context.items, 3)
        XCTAssertEqual(session.name, "notes")

        let first = try await server.request("rlm/run", ["sessionId": .string(session.sessionId), "query": "remember the size"])
        XCTAssertEqual(try first.decodeResult(RunResult.self).answer, "noted")
        XCTAssertEqual(try first.decodeResult(RunResult.self).sessionId, session.sessionId)
        let second = try await server.request("rlm/run", ["sessionId": .string(session.sessionId), "query": "and now?"])
        XCTAssertEqual(try second.decodeResult(RunResult.self).answer, "4", "the variable of the first run is there for the second")

        let list = try await server.request("rlm/session/list").decodeResult(SessionListResult.self)
        XCTAssertEqual(list.sessions.map(\.sessionId), [session.sessionId])
        XCTAssertEqual(list.sessions.first?.runs, 2)
        XCTAssertEqual(list.sessions.first?.state, "idle")
        XCTAssertEqual(list.sessions.first?.usage.llmCalls, 2)

        let history = try await server.request("rlm/session/history", ["sessionId": .string(session.sessionId)])
        let messages = try history.decodeResult(SessionHistoryResult.self)
        XCTAssertEqual(messages.runs.count, 2)
        XCTAssertEqual(messages.runs.map(\.query), ["remember the size", "and now?"])
        XCTAssertTrue(messages.messages.contains { $0.role == .assistant && $0.content.contains("secret = len(context)") })

        let optionsWithSession = try await server.request(
            "rlm/run", ["sessionId": .string(session.sessionId), "query": "q", "options": ["model": "x"]])
        XCTAssertEqual(optionsWithSession.errorCode, -32602)
        XCTAssertTrue(optionsWithSession.errorMessage.contains("params.options"), optionsWithSession.errorMessage)

        let closed = try await server.request("rlm/session/close", ["sessionId": .string(session.sessionId)])
        XCTAssertEqual(closed.result?["closed"], true)
        let afterClose = try await server.request("rlm/run", ["sessionId": .string(session.sessionId), "query": "q"])
        XCTAssertEqual(afterClose.errorCode, -32602)
        XCTAssertTrue(afterClose.errorMessage.contains("params.sessionId"), afterClose.errorMessage)
        let empty = try await server.request("rlm/session/list").decodeResult(SessionListResult.self)
        XCTAssertTrue(empty.sessions.isEmpty)
    }

    func testThreeRunsAtOnce() async throws {
        // The model holds each root's first answer until all three runs are waiting for one:
        // only runs that proceed at the same time get past it.
        let arrived = Counter()
        let allThere = Gate()
        let model = try await startModel { request, _ in
            if request.isRLMTurn, request.lastText.contains("Turn 1 of") {
                if arrived.increment() == 3 { allThere.open() }
                return [.wait(allThere)] + request.answer("```repl\nFINAL(context.upper())\n```")
            }
            return request.answer("?")
        }
        let server = try await startInitialized(.newlineDelimited, model: model)
        let ids = ["alpha", "beta", "gamma"].map { word in
            server.sendRequest("rlm/run", ["query": "Shout it", "context": .string(word)])
        }
        // All three start before any can finish; reading goes on meanwhile, so a request sent
        // now is answered while they run.
        let deadline = ContinuousClock.now + .seconds(30)
        while server.notifications("rlm/trace").filter({ (try? $0.traceEvent().type) == "run_started" }).count < 3 {
            if ContinuousClock.now > deadline { throw TestFailure("three runs did not start; stderr:\n\(server.stderrText)") }
            try await Task.sleep(for: .milliseconds(10))
        }
        let stats = try await server.request("rlm/stats", timeout: 30)
        XCTAssertEqual(stats.result?["runs"]?["running"]?.intValue, 3, "three runs in progress at once")
        var answers: [String] = []
        var runIDs: Set<String> = []
        for id in ids {
            let reply = try await server.response(to: id, timeout: 60)
            let result = try reply.decodeResult(RunResult.self)
            answers.append(result.answer ?? "")
            runIDs.insert(result.runId)
            let events = server.notifications("rlm/trace").filter { $0.params?["runId"]?.stringValue == result.runId }
            XCTAssertEqual(try events.map { try $0.traceEvent().sequence }, Array(1...events.count), "each run's own sequence")
        }
        XCTAssertEqual(answers, ["ALPHA", "BETA", "GAMMA"])
        XCTAssertEqual(runIDs.count, 3)
        XCTAssertLessThan(stats.index, server.messages.firstIndex { $0.isResponse && $0.id == ids[0] }!)
    }

    func testASessionRunsOneQueryAtATime() async throws {
        let release = Gate()
        let model = try await startModel { request, _ in
            [.wait(release)] + request.answer("```repl\nFINAL('done')\n```")
        }
        let server = try await startInitialized(.contentLength, model: model)
        let session = try await server.request("rlm/session/create").decodeResult(SessionCreateResult.self)
        let firstID = server.sendRequest("rlm/run", ["sessionId": .string(session.sessionId), "query": "first"])
        try await server.waitFor("the first run to start") { $0.method == "rlm/trace" }
        let second = try await server.request("rlm/run", ["sessionId": .string(session.sessionId), "query": "second"])
        XCTAssertEqual(second.errorCode, -32010)
        XCTAssertTrue(second.errorMessage.contains("busy"), second.errorMessage)
        release.open()
        let first = try await server.response(to: firstID)
        XCTAssertEqual(first.result?["answer"], "done")
    }

    func testWorkspaceFilesAsContext() async throws {
        let workspace = try temporaryFolder()
        try "alpha beta\n".write(to: workspace.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        try "gamma\n".write(to: workspace.appendingPathComponent("b.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(at: workspace.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try "# Notes\ndelta epsilon zeta\n".write(to: workspace.appendingPathComponent("docs/notes.md"), atomically: false, encoding: .utf8)
        try Data([0x00, 0x01, 0x02]).write(to: workspace.appendingPathComponent("blob.txt"))
        let model = try await startModel(ModelScripts.root(
            "FINAL(';'.join(k + '=' + str(len(v.split())) for k, v in sorted(context.items())))"))
        let server = try await startInitialized(.newlineDelimited, model: model, rootUri: workspace)

        let created = try await server.request("rlm/session/create", ["contextFiles": ["*.txt", "docs/notes.md"]])
        XCTAssertNil(created.error, created.errorMessage)
        let info = try created.decodeResult(SessionCreateResult.self).context
        XCTAssertEqual(info.type, "dict")
        XCTAssertEqual(info.files, ["a.txt", "b.txt", "docs/notes.md"], "the binary file a glob matched is left out")
        let sessionID = try created.decodeResult(SessionCreateResult.self).sessionId
        let run = try await server.request("rlm/run", ["sessionId": .string(sessionID), "query": "Words per file?"])
        XCTAssertEqual(run.result?["answer"], "a.txt=2;b.txt=1;docs/notes.md=5")

        // A run can bring its own files; an absolute path inside the workspace works too.
        let absolute = workspace.appendingPathComponent("docs/notes.md").path
        let direct = try await server.request("rlm/run", ["query": "Words?", "contextFiles": .array([.string(absolute)])])
        XCTAssertEqual(direct.result?["answer"], "docs/notes.md=5")

        let nothing = try await server.request("rlm/session/create", ["contextFiles": ["src/**/*.rs"]])
        XCTAssertEqual(nothing.errorCode, -32602)
        XCTAssertTrue(nothing.errorMessage.contains("params.contextFiles[0]"), nothing.errorMessage)
        let outside = try await server.request("rlm/session/create", ["contextFiles": ["a.txt", "../../etc/passwd"]])
        XCTAssertEqual(outside.errorCode, -32602)
        XCTAssertTrue(outside.errorMessage.contains("params.contextFiles[1]"), outside.errorMessage)
        let binary = try await server.request("rlm/session/create", ["contextFiles": ["blob.txt"]])
        XCTAssertEqual(binary.errorCode, -32602)
        XCTAssertTrue(binary.errorMessage.contains("binary"), binary.errorMessage)
        let both = try await server.request("rlm/session/create", ["context": "x", "contextFiles": ["a.txt"]])
        XCTAssertEqual(both.errorCode, -32602)

        let noWorkspace = try await startInitialized(.contentLength, model: model)
        let refused = try await noWorkspace.request("rlm/session/create", ["contextFiles": ["a.txt"]])
        XCTAssertEqual(refused.errorCode, -32602)
        XCTAssertTrue(refused.errorMessage.contains("no workspace"), refused.errorMessage)
    }

    func testALargeContextArrivesInline() async throws {
        let model = try await startModel(ModelScripts.root("FINAL(str(len(context)) + ' ' + context[-5:])"))
        for framing in ClientFraming.allCases {
            let server = try await startInitialized(framing, model: model)
            // 8 MB with multi-byte characters and escapes: the message is about 10 MB of JSON.
            let text = String(repeating: "ab\u{e9}\"\n\u{1F600}xyz\t", count: 800_000) + "tail!"
            let created = try await server.request("rlm/session/create", ["context": .string(text)], timeout: 120)
            XCTAssertNil(created.error, created.errorMessage)
            XCTAssertEqual(created.result?["context"]?["chars"]?.intValue, text.count)
            let sessionID = try XCTUnwrap(created.result?["sessionId"])
            let run = try await server.request("rlm/run", ["sessionId": sessionID, "query": "How long?"], timeout: 120)
            XCTAssertEqual(run.result?["answer"]?.stringValue, "\(text.count) tail!")
        }
    }

    func testExecuteCommandRunsStatsAndCancel() async throws {
        let model = try await startModel { request, _ in ModelScripts.wordCount(request) }
        let server = try await startInitialized(.contentLength, model: model)
        let run = try await server.request(
            "workspace/executeCommand", ["command": "rlm.run", "arguments": [["query": "Words?", "context": .string(Self.context)]]])
        XCTAssertNil(run.error, run.errorMessage)
        XCTAssertEqual(run.result?["answer"], "6")
        let stats = try await server.request("workspace/executeCommand", ["command": "rlm.stats"])
        XCTAssertEqual(stats.result?["total"]?["llmCalls"]?.intValue, 5)
        let bare = try await server.request("workspace/executeCommand", ["command": "rlm.run", "arguments": ["Words in nothing?"]])
        XCTAssertEqual(bare.result?["status"], "completed", "a bare string is the query")
        let runID = try XCTUnwrap(run.result?["runId"]?.stringValue)
        let cancel = try await server.request("workspace/executeCommand", ["command": "rlm.cancel", "arguments": [.string(runID)]])
        XCTAssertEqual(cancel.result?["cancelled"], false, "the run had finished")
        let unknown = try await server.request("workspace/executeCommand", ["command": "rlm.explode"])
        XCTAssertEqual(unknown.errorCode, -32602)
        XCTAssertTrue(unknown.errorMessage.contains("params.command"), unknown.errorMessage)
        let badArgument = try await server.request("workspace/executeCommand", ["command": "rlm.run", "arguments": [["query": 7]]])
        XCTAssertEqual(badArgument.errorCode, -32602)
        XCTAssertTrue(badArgument.errorMessage.contains("params.arguments[0].query"), badArgument.errorMessage)
    }

    func testTheServerCreatesATokenWhenTheClientShowsProgress() async throws {
        let model = try await startModel { request, _ in ModelScripts.wordCount(request) }
        let server = try await startInitialized(.contentLength, model: model, capabilities: ["window": ["workDoneProgress": true]])
        server.onServerRequest { message in message.method == "window/workDoneProgress/create" ? .null : nil }
        let reply = try await server.request("rlm/run", ["query": "How many words?", "context": .string(Self.context)])
        XCTAssertEqual(reply.result?["answer"], "6")
        let create = try XCTUnwrap(server.messages.first { $0.method == "window/workDoneProgress/create" })
        let token = try XCTUnwrap(create.params?["token"])
        let progress = server.notifications("$/progress").filter { $0.params?["token"] == token }
        XCTAssertEqual(progress.first?.params?["value"]?["kind"], "begin")
        XCTAssertEqual(progress.last?.params?["value"]?["kind"], "end")
        XCTAssertLessThan(create.index, progress.first!.index, "the token is created before it is used")
    }

    func testWorkDoneProgressBeginReportEnd() async throws {
        let model = try await startModel { request, _ in ModelScripts.wordCount(request) }
        let server = try await startInitialized(.newlineDelimited, model: model)
        let reply = try await server.request(
            "rlm/run", ["query": "How many words?", "context": .string(Self.context), "workDoneToken": "tok-1"])
        XCTAssertNil(reply.error)
        let progress = server.notifications("$/progress").filter { $0.params?["token"] == "tok-1" }
        let kinds = progress.compactMap { $0.params?["value"]?["kind"]?.stringValue }
        XCTAssertEqual(kinds.first, "begin")
        XCTAssertEqual(kinds.last, "end")
        XCTAssertTrue(kinds.contains("report"))
        XCTAssertEqual(progress.first?.params?["value"]?["title"], "rlm: How many words?")
        XCTAssertEqual(progress.last?.params?["value"]?["message"], "completed: 6")
        XCTAssertLessThan(progress.last!.index, reply.index)
    }
}

/// A thread-safe counter for scripted handlers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
