import Foundation
import RLMProviders

/// A sub-call that failed in a way the program can handle: the Python side raises it (single
/// calls) or puts "Error: <message>" in its place (batches).
struct SubCallFailure: Error, CustomStringConvertible {
    enum Kind {
        /// The prompt cannot fit the model's window: chunk smaller.
        case tooLarge
        /// The reply is not JSON matching the schema asked for.
        case schemaMismatch
        /// The provider failed (after its retries) or refused.
        case provider
        /// A child RLM ended without an answer.
        case childFailed
        /// The call's arguments cannot be used.
        case invalid
    }

    let kind: Kind
    let message: String
    var description: String { message }
}

extension RunController {
    /// `llm_query`: one plain completion for `parent`'s code, as a node of its own. Served
    /// from the cache when an identical call was made in this run; refused before any request
    /// when the prompt cannot fit the model's window. With a schema, the reply must be JSON
    /// matching it; the JSON text is returned. Throws `SubCallFailure`, or `RunInterrupted`
    /// when the run is stopping.
    func llmQuery(prompt: String, model requested: String?, schema: JSONValue?, parent: NodeRecord) async throws -> String {
        try checkContinue()
        let model = requested ?? configuration.subModel
        let node = makeNode(kind: .llm, parent: parent, model: model)
        nodeStarted(node, prompt: prompt)
        do {
            let (text, cached) = try await answer(prompt: prompt, model: model, schema: schema, node: node)
            nodeFinished(node, status: .completed, answer: TextDigest.abridge(text, limit: 2000), cached: cached, parent: parent)
            return text
        } catch let failure as SubCallFailure {
            nodeFinished(node, status: .failed, error: failure.message, parent: parent)
            throw failure
        } catch {
            nodeFinished(node, status: .cancelled, parent: parent)
            throw RunInterrupted()
        }
    }

    /// `llm_query_batched`: the calls in parallel, at most `batchConcurrency` at once, results
    /// in the order of `prompts`. One call's failure is its own result; only the run stopping
    /// ends the batch (throwing `RunInterrupted`).
    func llmQueryBatched(prompts: [String], model: String?, schema: JSONValue?, parent: NodeRecord) async throws -> [Result<String, SubCallFailure>] {
        try await bounded(prompts.count) { index in
            try await self.llmQuery(prompt: prompts[index], model: model, schema: schema, parent: parent)
        }
    }

    /// Runs `work` for indices 0..<count with at most `batchConcurrency` in flight; results in
    /// index order. `SubCallFailure`s are results; any other error cancels the rest and is thrown.
    ///
    /// Each child returns a `BatchItem` class instance: with a tuple `(Int, Result<String,
    /// SubCallFailure>)` as the child result, the release build (Swift 6.3, -O) delivered
    /// garbage for the index of every result after the first and trapped.
    func bounded(_ count: Int, _ work: @escaping @Sendable (Int) async throws -> String) async throws -> [Result<String, SubCallFailure>] {
        let width = min(configuration.batchConcurrency, count)
        return try await withThrowingTaskGroup(of: BatchItem.self) { group in
            var results = [Result<String, SubCallFailure>?](repeating: nil, count: count)
            for index in 0..<width { Self.add(index, work, to: &group) }
            var next = width
            while let item = try await group.next() {
                results[item.index] = item.result
                if next < count {
                    Self.add(next, work, to: &group)
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }

    private static func add(_ index: Int, _ work: @escaping @Sendable (Int) async throws -> String, to group: inout ThrowingTaskGroup<BatchItem, Error>) {
        group.addTask {
            do {
                return BatchItem(index: index, result: .success(try await work(index)))
            } catch let failure as SubCallFailure {
                return BatchItem(index: index, result: .failure(failure))
            }
        }
    }

    /// The answer text of a sub-call and whether it came from the cache.
    private func answer(prompt: String, model: String, schema: JSONValue?, node: NodeRecord) async throws -> (String, Bool) {
        try checkWindow(prompt: prompt, model: model)
        let schemaText = schema?.jsonText
        let key = SubCallCache.key(model: model, prompt: prompt, schema: schemaText)
        while true {
            switch cache.claim(key) {
            case .hit(let text):
                emitCachedResponse(node, model: model, text: text)
                return (text, true)
            case .wait(let pending):
                switch await pending.wait() {
                case .success(let text):
                    emitCachedResponse(node, model: model, text: text)
                    return (text, true)
                case .failure(let error):
                    if error is CancellationError {
                        // The owner was cancelled, not this call: ask again, unless this one is stopping too.
                        try checkContinue()
                        continue
                    }
                    throw Self.failure(error)
                }
            case .owner:
                do {
                    var request = CompletionRequest(model: model, messages: [.user(prompt)])
                    if let schema { request.responseFormat = JSONSchemaFormat(name: "result", schema: schema, strict: false) }
                    let completion = try await callModel(node: node, purpose: .subCall, request: request)
                    let text = try schema.map { try Self.validated(completion, schema: $0) } ?? completion.text
                    cache.fulfil(key, .success(text))
                    return (text, false)
                } catch {
                    cache.fulfil(key, .failure(error))
                    if error is RunInterrupted || error is CancellationError { throw error }
                    throw Self.failure(error)
                }
            }
        }
    }

    private func emitCachedResponse(_ node: NodeRecord, model: String, text: String) {
        emit(node, .modelResponse(ModelResponseEvent(
            purpose: .subCall, model: model, text: text, tokens: .zero, cost: 0, latencySeconds: 0,
            timeToFirstTokenSeconds: nil, cached: true, stopReason: nil, error: nil)))
    }

    /// Refuses a prompt that cannot fit the model's window, before any request is made.
    func checkWindow(prompt: String, model: String) throws {
        guard let window = configuration.models.info(for: model)?.contextWindow, window > 0 else { return }
        let estimated = TokenEstimate.tokens(prompt)
        let reserve = min(4096, window / 8)
        let room = window - reserve
        guard estimated > room else { return }
        throw SubCallFailure(kind: .tooLarge, message: """
            the prompt is about \(estimated.formatted()) tokens (\(prompt.count.formatted()) characters), more than the \
            window of \(model) holds (\(window.formatted()) tokens, \(reserve.formatted()) of them kept for the answer); \
            nothing was sent. Split the text into smaller pieces, of at most about \((room * 3).formatted()) characters \
            (for example chunks(text, \(room * 3))), and query each piece
            """)
    }

    /// The completion's JSON, checked against the schema, as compact text.
    static func validated(_ completion: Completion, schema: JSONValue) throws -> String {
        if let refusal = completion.refusal {
            throw SubCallFailure(kind: .schemaMismatch, message: "the model refused to answer in the schema: \(refusal)")
        }
        let text = stripFence(completion.text)
        let value: JSONValue
        do {
            value = try JSONValue(parsing: text)
        } catch {
            throw SubCallFailure(kind: .schemaMismatch, message: "the reply is not JSON: \(TextDigest.abridge(completion.text, limit: 300))")
        }
        if let problem = JSONSchemaValidator(root: schema).mismatch(value) {
            throw SubCallFailure(kind: .schemaMismatch, message: "the reply does not match the schema: \(problem). The reply was: \(TextDigest.abridge(text, limit: 300))")
        }
        return text
    }

    /// A reply wrapped in a ```json fence, unwrapped (models do it even when asked for JSON).
    static func stripFence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("```"), trimmed.hasSuffix("```"), trimmed.count >= 6 else { return trimmed }
        var inner = trimmed.dropFirst(3).dropLast(3)
        if let newline = inner.firstIndex(of: "\n") { inner = inner[inner.index(after: newline)...] }
        return inner.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func failure(_ error: Error) -> SubCallFailure {
        if let failure = error as? SubCallFailure { return failure }
        return SubCallFailure(kind: .provider, message: "the model call failed: \(error)")
    }
}

/// One finished call of a batch.
final class BatchItem: Sendable {
    let index: Int
    let result: Result<String, SubCallFailure>

    init(index: Int, result: Result<String, SubCallFailure>) {
        self.index = index
        self.result = result
    }
}

