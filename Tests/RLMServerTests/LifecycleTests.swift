import Foundation
import RLMProviders
import XCTest

/// The LSP lifecycle as a client sees it, in both framings, against the real process.
final class LifecycleTests: ServerTestCase {
    func testInitializeShutdownExitInBothFramings() async throws {
        for framing in ClientFraming.allCases {
            let folder = try temporaryFolder()
            let server = try startServer(framing)
            let early = try await server.request("rlm/stats")
            XCTAssertEqual(early.errorCode, -32002, "\(framing): a request before initialize")
            XCTAssertEqual(early.id, 1)

            let reply = try await initialize(server, rootUri: folder, options: ["models": ["model": "m-root", "subModel": "m-sub"]])
            let capabilities = try XCTUnwrap(reply.result?["capabilities"])
            XCTAssertEqual(capabilities["executeCommandProvider"]?["commands"], ["rlm.run", "rlm.cancel", "rlm.stats"])
            let rlm = try XCTUnwrap(capabilities["experimental"]?["rlm"])
            XCTAssertEqual(rlm["framing"]?.stringValue, framing == .contentLength ? "content-length" : "newline-delimited")
            XCTAssertEqual(rlm["model"], "m-root")
            XCTAssertEqual(rlm["subModel"], "m-sub")
            XCTAssertEqual(rlm["workspace"]?.stringValue, folder.resolvingSymlinksInPath().path)
            XCTAssertEqual(rlm["maxMessageBytes"]?.intValue, 64 << 20)
            XCTAssertTrue(rlm["methods"]?.arrayValue?.contains("rlm/run") == true)
            XCTAssertEqual(reply.result?["serverInfo"]?["name"], "rlm")

            let again = try await server.request("initialize", ["capabilities": [:]])
            XCTAssertEqual(again.errorCode, -32600, "a second initialize")
            let stats = try await server.request("rlm/stats")
            XCTAssertEqual(stats.result?["runs"]?["total"]?.intValue, 0)

            let shutdown = try await server.request("shutdown")
            XCTAssertNil(shutdown.error)
            XCTAssertEqual(shutdown.result, .null)
            XCTAssertTrue(String(decoding: shutdown.raw, as: UTF8.self).contains("\"result\":null"), "null result written out")
            let after = try await server.request("rlm/stats")
            XCTAssertEqual(after.errorCode, -32600, "requests after shutdown")
            server.notify("exit")
            let status = try await server.waitForExit()
            XCTAssertEqual(status, 0, "exit after shutdown")
        }
    }

    func testExitWithoutShutdownIsStatus1AndEndOfInputIsClean() async throws {
        let server = try await startInitialized(.contentLength)
        server.notify("exit")
        let status1 = try await server.waitForExit()
        XCTAssertEqual(status1, 1)

        let other = try await startInitialized(.newlineDelimited)
        other.closeInput()
        let status0 = try await other.waitForExit()
        XCTAssertEqual(status0, 0)
        XCTAssertTrue(other.stderrText.contains("the input ended"), other.stderrText)

        // exit before initialize is accepted too (status 1: no shutdown).
        let early = try startServer(.contentLength)
        early.notify("exit")
        let status2 = try await early.waitForExit()
        XCTAssertEqual(status2, 1)
    }

    func testUnknownMethodsAndNotifications() async throws {
        let server = try await startInitialized(.newlineDelimited)
        let unknown = try await server.request("textDocument/hover", ["position": [:]])
        XCTAssertEqual(unknown.errorCode, -32601)
        XCTAssertTrue(unknown.errorMessage.contains("textDocument/hover"))
        // Unknown notifications, $/ ones included, are ignored: nothing is answered.
        server.notify("workspace/didChangeConfiguration", ["settings": [:]])
        server.notify("$/setTrace", ["value": "off"])
        server.notify("$/anythingElse")
        let before = server.messages.count
        let stats = try await server.request("rlm/stats")
        XCTAssertNil(stats.error)
        XCTAssertEqual(server.messages.count, before + 1, "only the stats reply was written: \(server.messages.suffix(3).map { String(decoding: $0.raw, as: UTF8.self) })")
        // A notification's method sent as a request says so.
        let asRequest = try await server.request("initialized")
        XCTAssertEqual(asRequest.errorCode, -32601)
        XCTAssertTrue(asRequest.errorMessage.contains("notification"))
    }

    func testLogsGoToStderrOnlyAndTheLevelIsSettable() async throws {
        let server = try startServer(.contentLength, arguments: ["--log-level", "debug"])
        try await initialize(server)
        _ = try await server.request("shutdown")
        server.notify("exit")
        _ = try await server.waitForExit()
        XCTAssertTrue(server.stderrText.contains("debug"), server.stderrText)
        // Everything on stdout parsed as protocol messages (ServerProcess fails on anything else).
        XCTAssertTrue(server.messages.allSatisfy { $0.json["jsonrpc"] == "2.0" })

        let bad = try startServer(.contentLength, arguments: ["--log-level", "loud"])
        let status = try await bad.waitForExit()
        XCTAssertNotEqual(status, 0)
        XCTAssertTrue(bad.stderrText.contains("unknown log level 'loud'"), bad.stderrText)
    }

    func testInitializeValidatesTheWorkspaceAndOptions() async throws {
        let server = try startServer(.contentLength)
        let missing = try await server.request("initialize", ["rootUri": "file:///no/such/folder", "capabilities": [:]])
        XCTAssertEqual(missing.errorCode, -32602)
        XCTAssertTrue(missing.errorMessage.contains("params.rootUri"), missing.errorMessage)
        let remote = try await server.request("initialize", ["rootUri": "https://example.com/x", "capabilities": [:]])
        XCTAssertEqual(remote.errorCode, -32602)
        XCTAssertTrue(remote.errorMessage.contains("file://"), remote.errorMessage)
        let badTool = try await server.request("initialize", ["initializationOptions": ["permissions": ["rm_rf": "allow"]]])
        XCTAssertEqual(badTool.errorCode, -32602)
        XCTAssertTrue(badTool.errorMessage.contains("params.initializationOptions.permissions.rm_rf"), badTool.errorMessage)
        let badMode = try await server.request("initialize", ["initializationOptions": ["permissions": ["bash": "sometimes"]]])
        XCTAssertEqual(badMode.errorCode, -32602)
        XCTAssertTrue(badMode.errorMessage.contains("params.initializationOptions.permissions.bash"), badMode.errorMessage)
        let badLimit = try await server.request("initialize", ["initializationOptions": ["limits": ["maxDepth": 0]]])
        XCTAssertEqual(badLimit.errorCode, -32602)
        XCTAssertTrue(badLimit.errorMessage.contains("params.initializationOptions.limits.maxDepth"), badLimit.errorMessage)
        let badURL = try await server.request("initialize", ["initializationOptions": ["provider": ["baseUrl": "localhost:8080"]]])
        XCTAssertEqual(badURL.errorCode, -32602)
        XCTAssertTrue(badURL.errorMessage.contains("params.initializationOptions.provider"), badURL.errorMessage)
        // A failed initialize leaves the server uninitialized; a good one then works.
        let stats = try await server.request("rlm/stats")
        XCTAssertEqual(stats.errorCode, -32002)
        try await initialize(server)
    }

    func testTheWorkspaceComesFromFoldersThenRootUriThenRootPathThenTheFlag() async throws {
        let first = try temporaryFolder(), second = try temporaryFolder(), third = try temporaryFolder()
        func workspace(_ params: JSONValue, arguments: [String] = []) async throws -> String? {
            let server = try startServer(.newlineDelimited, arguments: arguments)
            let reply = try await server.request("initialize", params)
            XCTAssertNil(reply.error, reply.errorMessage)
            return reply.result?["capabilities"]?["experimental"]?["rlm"]?["workspace"]?.stringValue
        }
        let real = { (url: URL) in url.resolvingSymlinksInPath().path }
        let folders = try await workspace([
            "workspaceFolders": [["uri": .string(first.absoluteString), "name": "one"]], "rootUri": .string(second.absoluteString),
            "rootPath": .string(third.path),
        ])
        XCTAssertEqual(folders, real(first))
        let rootUri = try await workspace(["rootUri": .string(second.absoluteString), "rootPath": .string(third.path)])
        XCTAssertEqual(rootUri, real(second))
        let rootPath = try await workspace(["rootUri": .null, "rootPath": .string(third.path)])
        XCTAssertEqual(rootPath, real(third))
        let flag = try await workspace(["capabilities": [:]], arguments: ["--workspace", first.path])
        XCTAssertEqual(flag, real(first))
        let none = try await workspace([:])
        XCTAssertNil(none)
    }

    func testAHostedProviderWithoutAKeyIsReportedAndRunsFailClearly() async throws {
        let server = try startServer(.newlineDelimited)
        try await initialize(server)  // no RLM_BASE_URL: api.openai.com, no key
        let warning = try await server.waitFor("a window/logMessage warning") { $0.method == "window/logMessage" }
        XCTAssertEqual(warning.params?["type"]?.intValue, 2)
        XCTAssertTrue(warning.params?["message"]?.stringValue?.contains("API key") == true)
        let run = try await server.request("rlm/run", ["query": "hi"])
        XCTAssertEqual(run.errorCode, -32011)
        XCTAssertTrue(run.errorMessage.contains("apiKey"), run.errorMessage)
    }
}
