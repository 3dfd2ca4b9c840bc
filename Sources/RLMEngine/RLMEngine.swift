import Foundation
import RLMProviders

/// The Recursive Language Model engine: answers a query about a context by letting a model
/// write code that runs in a sandboxed interpreter, where the context lives and where the code
/// can call models again on the pieces it chooses. See Docs/engine.md.
///
///     let engine = RLMEngine(configuration: EngineConfiguration(provider: provider, model: "gpt-5", subModel: "gpt-5-mini"))
///     let outcome = try await engine.run(query: "How many ERROR lines?", context: .text(log))
///     print(outcome.status, outcome.answer ?? "")
public struct RLMEngine: Sendable {
    public var configuration: EngineConfiguration

    public init(configuration: EngineConfiguration) {
        self.configuration = configuration
    }

    /// A new multi-run session.
    public func makeSession(id: String? = nil) -> RLMSession {
        RLMSession(configuration: configuration, id: id)
    }

    /// Runs one query in a session of its own. `observe`, when given, receives the run's
    /// events as a subscription made before the run starts (drain it in a task of your own);
    /// it finishes when the run ends.
    public func run(query: String, context: RunContext = .empty, observe: ((TraceSubscription) -> Void)? = nil) async throws -> RunOutcome {
        let session = makeSession()
        if let observe { observe(session.subscribe()) }
        defer { session.close() }
        return try await session.run(query: query, context: context)
    }
}
