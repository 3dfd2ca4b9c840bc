import Foundation
import RLMProviders
import RLMTestSupport
import XCTest

/// Shared set-up: a scripted model on 127.0.0.1, `rlm serve` processes in a clean
/// environment, temporary folders; all of it stopped and removed after each test.
class ServerTestCase: XCTestCase {
    private var models: [ScriptedServer] = []
    private var processes: [ServerProcess] = []
    private var folders: [URL] = []

    override func tearDown() async throws {
        for process in processes { process.terminate() }
        processes = []
        for model in models { await model.stop() }
        models = []
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
        try await super.tearDown()
    }

    func startModel(_ handler: @escaping ScriptedServer.Handler) async throws -> ScriptedServer {
        let model = try await ScriptedServer.start(handler)
        models.append(model)
        return model
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rlm-server-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        folders.append(url)
        return url
    }

    /// `rlm serve` with a home of its own (no config file, memory under a temporary folder),
    /// pointed at `model` when given.
    func startServer(
        _ framing: ClientFraming, model: ScriptedServer? = nil, arguments: [String] = [], environment extra: [String: String] = [:]
    ) throws -> ServerProcess {
        let home = try temporaryFolder()
        var environment = [
            "HOME": home.path, "PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path, "RLM_LOG": "info",
        ]
        if let model {
            environment["RLM_BASE_URL"] = model.baseURL + "/v1"
            environment["RLM_MODEL"] = "gpt-4.1"
            environment["RLM_SUB_MODEL"] = "gpt-4.1-mini"
            environment["RLM_MAX_RETRIES"] = "0"
        }
        for (key, value) in extra { environment[key] = value }
        let process = try ServerProcess(framing: framing, arguments: arguments, environment: environment)
        processes.append(process)
        return process
    }

    /// initialize (checked to succeed) and initialized.
    @discardableResult
    func initialize(
        _ server: ServerProcess, rootUri: URL? = nil, capabilities: JSONValue = [:], options: JSONValue = [:]
    ) async throws -> WireMessage {
        var params: [String: JSONValue] = [
            "processId": .number(Double(ProcessInfo.processInfo.processIdentifier)),
            "clientInfo": ["name": "rlm-tests", "version": "1"], "capabilities": capabilities,
            "initializationOptions": options,
        ]
        params["rootUri"] = rootUri.map { .string($0.absoluteString) } ?? .null
        let reply = try await server.request("initialize", .object(params))
        XCTAssertNil(reply.error, reply.errorMessage)
        server.notify("initialized", [:])
        return reply
    }

    /// A started server (both framings are exercised by the callers), initialized.
    func startInitialized(
        _ framing: ClientFraming, model: ScriptedServer? = nil, rootUri: URL? = nil, capabilities: JSONValue = [:],
        options: JSONValue = [:]
    ) async throws -> ServerProcess {
        let server = try startServer(framing, model: model)
        try await initialize(server, rootUri: rootUri, capabilities: capabilities, options: options)
        return server
    }
}

extension ScriptedServer.Request {
    /// A turn of an RLM node (it carries the engine's system prompt).
    var isRLMTurn: Bool { systemText.contains("## The REPL") }
    /// The last message of the conversation (what the model is answering now).
    var lastText: String { chatMessages.last?.content ?? "" }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}
