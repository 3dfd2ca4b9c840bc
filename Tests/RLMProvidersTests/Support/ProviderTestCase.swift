import Foundation
import RLMTestSupport
import XCTest

@testable import RLMProviders

/// Shared set-up for the tests that talk to a `ScriptedServer`.
class ProviderTestCase: XCTestCase {
    private var servers: [ScriptedServer] = []

    override func tearDown() async throws {
        for server in servers { await server.stop() }
        servers = []
        try await super.tearDown()
    }

    /// Starts a server that is stopped after the test.
    func startServer(_ handler: @escaping ScriptedServer.Handler) async throws -> ScriptedServer {
        let server = try await ScriptedServer.start(handler)
        servers.append(server)
        return server
    }

    /// Settings for `server` with fast retries, so that retry tests take milliseconds.
    func settings(
        _ kind: ProviderKind, _ server: ScriptedServer, apiKey: String? = "sk-test-key-0123456789",
        maxRetries: Int = 3, timeouts: Timeouts = Timeouts(connect: .seconds(5), request: .seconds(60), streamIdle: .seconds(30)),
        maxConcurrent: Int = 8
    ) -> ProviderSettings {
        ProviderSettings(
            kind: kind,
            baseURL: kind == .openai ? server.baseURL + "/v1" : server.baseURL,
            apiKey: apiKey,
            retry: RetryPolicy(maxRetries: maxRetries, baseDelay: .milliseconds(10), maxDelay: .milliseconds(40)),
            timeouts: timeouts,
            maxConcurrentRequests: maxConcurrent
        )
    }

    func makeRequest(_ model: String = "gpt-4.1-mini", _ prompt: String = "Say hi", maxTokens: Int? = nil) -> CompletionRequest {
        CompletionRequest(model: model, system: "You are terse.", messages: [.user(prompt)], maxTokens: maxTokens)
    }

    /// Awaits `operation`, failing the test unless it throws a `ProviderError`, which is returned.
    func providerError<T>(
        _ operation: () async throws -> T, file: StaticString = #filePath, line: UInt = #line
    ) async -> ProviderError? {
        do {
            _ = try await operation()
            XCTFail("expected a ProviderError, got a result", file: file, line: line)
        } catch let error as ProviderError {
            return error
        } catch {
            XCTFail("expected a ProviderError, got \(type(of: error)): \(error)", file: file, line: line)
        }
        return nil
    }

    /// Collects a stream's events.
    func collect(_ stream: AsyncThrowingStream<CompletionEvent, Error>) async throws -> (deltas: [String], completion: Completion?) {
        var deltas: [String] = []
        var completion: Completion?
        for try await event in stream {
            switch event {
            case .textDelta(let text): deltas.append(text)
            case .finished(let done): completion = done
            case .retrying: break
            }
        }
        return (deltas, completion)
    }
}

/// Thread-safe list of strings the test collects from callbacks.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ item: String) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
