import Foundation
import RLMEngine
import RLMProviders
import RLMServer
import RLMTestSupport
import Synchronization
import XCTest

/// Tool calls the policy asks about: sent to the client as `rlm/requestPermission` when it
/// declared it answers them, settled by the configured policy otherwise.
final class PermissionRequestTests: ServerTestCase {
    static let asks: JSONValue = ["experimental": ["rlm": ["requestPermission": true]]]

    /// A model whose root writes a file and reports what came of it.
    private func writingModel(_ path: String, times: Int = 1) async throws -> ScriptedServer {
        let code = """
            results = []
            for i in range(\(times)):
                try:
                    results.append(write_file('\(path)', 'hello %d\\n' % i))
                except PermissionError as e:
                    results.append('refused: ' + str(e))
            FINAL(' | '.join(results))
            """
        return try await startModel(ModelScripts.root(code))
    }

    func testAllowRoundTrip() async throws {
        for framing in ClientFraming.allCases {
            let workspace = try temporaryFolder()
            let model = try await writingModel("notes/out.txt")
            let server = try await startInitialized(framing, model: model, rootUri: workspace, capabilities: Self.asks)
            let asked = Mutex<[WireMessage]>([])
            server.onServerRequest { message in
                asked.withLock { $0.append(message) }
                return ["decision": "allow"]
            }
            let reply = try await server.request("rlm/run", ["query": "Write the note"])
            let result = try reply.decodeResult(RunResult.self)
            XCTAssertEqual(result.status, "completed", result.detail ?? "")
            XCTAssertEqual(try String(contentsOf: workspace.appendingPathComponent("notes/out.txt"), encoding: .utf8), "hello 0\n")

            let requests = asked.withLock { $0 }
            XCTAssertEqual(requests.count, 1)
            let request = try XCTUnwrap(requests.first)
            XCTAssertEqual(request.method, "rlm/requestPermission")
            XCTAssertEqual(request.params?["runId"]?.stringValue, result.runId)
            XCTAssertEqual(request.params?["tool"], "write_file")
            XCTAssertEqual(request.params?["arguments"]?["path"], "notes/out.txt")
            XCTAssertTrue(request.params?["arguments"]?["diff"]?.stringValue?.contains("+hello 0") == true)
            XCTAssertTrue(request.params?["description"]?.stringValue?.contains("notes/out.txt") == true)
            XCTAssertLessThan(request.index, reply.index)

            let tools = server.notifications("rlm/trace").compactMap { try? $0.traceEvent() }.compactMap { event -> ToolCallEvent? in
                if case .toolCall(let call) = event.payload { return call } else { return nil }
            }
            XCTAssertEqual(tools.map(\.permission), ["approved"])
        }
    }

    func testDenyCarriesTheReasonToTheModel() async throws {
        let workspace = try temporaryFolder()
        let model = try await writingModel("out.txt")
        let server = try await startInitialized(.contentLength, model: model, rootUri: workspace, capabilities: Self.asks)
        server.onServerRequest { _ in ["decision": "deny", "reason": "not today"] }
        let reply = try await server.request("rlm/run", ["query": "Write"])
        XCTAssertTrue(reply.result?["answer"]?.stringValue?.contains("refused: ") == true)
        XCTAssertTrue(reply.result?["answer"]?.stringValue?.contains("not today") == true, reply.result?["answer"]?.stringValue ?? "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("out.txt").path))
    }

    func testAllowAlwaysAsksOnce() async throws {
        let workspace = try temporaryFolder()
        let model = try await writingModel("out.txt", times: 3)
        let server = try await startInitialized(.newlineDelimited, model: model, rootUri: workspace, capabilities: Self.asks)
        let count = Counter()
        server.onServerRequest { _ in
            _ = count.increment()
            return ["decision": "allowAlways"]
        }
        let reply = try await server.request("rlm/run", ["query": "Write thrice"])
        XCTAssertEqual(reply.result?["status"], "completed")
        XCTAssertEqual(count.increment(), 2, "one request for three writes")
        XCTAssertEqual(try String(contentsOf: workspace.appendingPathComponent("out.txt"), encoding: .utf8), "hello 2\n")
    }

    func testWithoutTheCapabilityThePolicyDecides() async throws {
        let workspace = try temporaryFolder()
        let model = try await writingModel("out.txt")
        let server = try await startInitialized(.contentLength, model: model, rootUri: workspace)
        server.onServerRequest { message in
            XCTFail("no request expected, got \(message.method ?? "")")
            return nil
        }
        let reply = try await server.request("rlm/run", ["query": "Write"])
        let answer = reply.result?["answer"]?.stringValue ?? ""
        XCTAssertTrue(answer.contains("initializationOptions.permissions.write_file"), answer)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("out.txt").path))

        // Allowed by the configured policy: no question asked.
        let permitted = try await startInitialized(
            .newlineDelimited, model: model, rootUri: workspace, options: ["permissions": ["write_file": "allow"]])
        let written = try await permitted.request("rlm/run", ["query": "Write"])
        XCTAssertEqual(written.result?["status"], "completed")
        XCTAssertEqual(try String(contentsOf: workspace.appendingPathComponent("out.txt"), encoding: .utf8), "hello 0\n")
        XCTAssertTrue(permitted.messages.allSatisfy { !$0.isServerRequest })
    }

    func testAPermissionRequestIsWithdrawnWhenTheRunIsCancelled() async throws {
        let workspace = try temporaryFolder()
        let model = try await writingModel("out.txt")
        let server = try await startInitialized(.contentLength, model: model, rootUri: workspace, capabilities: Self.asks)
        server.onServerRequest { _ in nil }  // the user never answers
        let id = server.sendRequest("rlm/run", ["query": "Write"])
        let asked = try await server.waitFor("a permission request") { $0.isServerRequest }
        server.notify("$/cancelRequest", ["id": id])
        let reply = try await server.response(to: id, timeout: 10)
        XCTAssertEqual(reply.errorCode, -32800)
        let withdrawn = try await server.waitFor("the request withdrawn") { $0.method == "$/cancelRequest" }
        XCTAssertEqual(withdrawn.params?["id"], asked.id)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("out.txt").path))
    }
}
