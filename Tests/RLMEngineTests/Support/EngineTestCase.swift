import Foundation
import RLMProviders
import RLMTestSupport
import XCTest

@testable import RLMEngine

/// Shared set-up for engine tests: configurations, servers stopped after the test, and runs
/// whose trace events are collected.
class EngineTestCase: XCTestCase {
    private var servers: [ScriptedServer] = []
    private var temporaryFolders: [URL] = []

    override func tearDown() async throws {
        for server in servers { await server.stop() }
        servers = []
        for folder in temporaryFolders { try? FileManager.default.removeItem(at: folder) }
        temporaryFolders = []
        try await super.tearDown()
    }

    func startServer(_ handler: @escaping ScriptedServer.Handler) async throws -> ScriptedServer {
        let server = try await ScriptedServer.start(handler)
        servers.append(server)
        return server
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rlm-engine-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        temporaryFolders.append(url)
        return url
    }

    func configuration(
        _ provider: any LLMProvider, model: String = "root-model", subModel: String = "sub-model",
        limits: RunLimits = RunLimits(), memory: MemoryStore? = nil
    ) -> EngineConfiguration {
        EngineConfiguration(provider: provider, model: model, subModel: subModel, limits: limits, memory: memory)
    }

    /// OpenAI-compatible settings for `server`, with fast retries.
    func settings(_ server: ScriptedServer, maxRetries: Int = 0, maxConcurrent: Int = 8, models: ModelTable = .builtIn) -> ProviderSettings {
        ProviderSettings(
            kind: .openai, baseURL: server.baseURL + "/v1", apiKey: nil,
            retry: RetryPolicy(maxRetries: maxRetries, baseDelay: .milliseconds(10), maxDelay: .milliseconds(40)),
            timeouts: Timeouts(connect: .seconds(5), request: .seconds(120), streamIdle: .seconds(60)),
            maxConcurrentRequests: maxConcurrent, models: models)
    }

    /// Runs a query in `session`, collecting the run's events.
    func run(_ session: RLMSession, _ query: String, context: RunContext? = nil) async throws -> (RunOutcome, [TraceEvent]) {
        let subscription = session.subscribe(capacity: 1 << 22)
        let collector = Task { () -> [TraceEvent] in
            var events: [TraceEvent] = []
            for await event in subscription {
                events.append(event)
                if case .runFinished = event.payload { break }
            }
            return events
        }
        let outcome = try await session.run(query: query, context: context)
        let events = await collector.value
        subscription.finish()
        return (outcome, events)
    }

    /// Runs a query in a new session of `configuration`.
    func run(_ configuration: EngineConfiguration, _ query: String, context: RunContext? = nil) async throws -> (RunOutcome, [TraceEvent]) {
        let session = RLMSession(configuration: configuration)
        defer { session.close() }
        return try await run(session, query, context: context)
    }
}

extension Array where Element == TraceEvent {
    func payloads<T>(_ pick: (TraceEventPayload) -> T?) -> [T] { compactMap { pick($0.payload) } }

    var codeFinished: [CodeFinishedEvent] { payloads { if case .codeFinished(let e) = $0 { return e } else { return nil } } }
    var modelResponses: [ModelResponseEvent] { payloads { if case .modelResponse(let e) = $0 { return e } else { return nil } } }
    var limitsReached: [LimitReachedEvent] { payloads { if case .limitReached(let e) = $0 { return e } else { return nil } } }
    var compactions: [CompactionEvent] { payloads { if case .compaction(let e) = $0 { return e } else { return nil } } }
}
