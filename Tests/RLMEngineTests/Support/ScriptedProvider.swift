import Foundation
import RLMProviders
import Synchronization

/// A model at the provider-protocol level, for the engine's logic: each request is answered by
/// the test's handler. (The wire is tested end to end against `ScriptedServer` through the real
/// OpenAI-compatible client; this double stands in only where the engine's decisions are the
/// subject.)
final class ScriptedProvider: LLMProvider, Sendable {
    typealias Handler = @Sendable (_ request: CompletionRequest, _ index: Int) async throws -> ScriptedReply

    let settings: ProviderSettings
    private let handler: Handler
    private let recorded = Mutex<[CompletionRequest]>([])
    private let active = Mutex<(now: Int, max: Int)>((0, 0))

    init(models: ModelTable = ModelTable(), handler: @escaping Handler) {
        settings = ProviderSettings(kind: .openai, baseURL: "http://scripted.invalid/v1", models: models)
        self.handler = handler
    }

    var requests: [CompletionRequest] { recorded.withLock { $0 } }
    var maxConcurrent: Int { active.withLock { $0.max } }
    /// Calls being answered right now.
    var activeCount: Int { active.withLock { $0.now } }

    func complete(_ request: CompletionRequest) async throws -> Completion {
        try Task.checkCancellation()
        let index = recorded.withLock { list -> Int in
            list.append(request)
            return list.count - 1
        }
        active.withLock { $0.now += 1; $0.max = max($0.max, $0.now) }
        defer { active.withLock { $0.now -= 1 } }
        let reply = try await handler(request, index)
        try Task.checkCancellation()
        let usage = Usage(inputTokens: reply.inputTokens, outputTokens: reply.outputTokens)
        return Completion(
            text: reply.text, model: request.model, stopReason: .endTurn, usage: usage,
            cost: settings.models.cost(of: usage, model: request.model), latency: .milliseconds(1))
    }

    func stream(_ request: CompletionRequest) -> AsyncThrowingStream<CompletionEvent, Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let completion = try await self.complete(request)
                    let text = completion.text
                    let middle = text.index(text.startIndex, offsetBy: text.count / 2)
                    continuation.yield(.textDelta(String(text[..<middle])))
                    continuation.yield(.textDelta(String(text[middle...])))
                    continuation.yield(.finished(completion))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

struct ScriptedReply: Sendable {
    var text: String
    var inputTokens = 100
    var outputTokens = 20

    init(_ text: String, inputTokens: Int = 100, outputTokens: Int = 20) {
        self.text = text
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }

    /// A reply made of one ```repl block.
    static func code(_ source: String) -> ScriptedReply { ScriptedReply("Let me run this.\n```repl\n\(source)\n```") }
}

extension CompletionRequest {
    /// A turn of an RLM node (it has the engine's system prompt).
    var isRLMTurn: Bool { system?.contains("## The REPL") == true }
    /// A plain sub-call (`llm_query`): one user message, no system prompt.
    var isSubCall: Bool { system == nil && messages.count == 1 }
    var lastUserText: String { messages.last { $0.role == .user }?.content ?? "" }
    var firstUserText: String { messages.first { $0.role == .user }?.content ?? "" }
    var allText: String { ([system ?? ""] + messages.map(\.content)).joined(separator: "\n") }
}
