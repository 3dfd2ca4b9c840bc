import Foundation
import RLMInterpreter

extension RunController {
    /// `rlm_query`: a child RLM for `parent`'s code, one level deeper, with its own interpreter
    /// whose `context` is `context` (or the prompt itself). At the depth limit it is a plain
    /// `llm_query` of the prompt with the context appended. Returns the child's answer (its best
    /// partial one when it hit one of its own limits). Throws `SubCallFailure` when it ends
    /// without any, `RunInterrupted` when the run is stopping.
    func rlmQuery(prompt: String, context: Value?, model requested: String?, parent: NodeRecord) async throws -> String {
        try checkContinue()
        if parent.depth + 1 >= limits.maxDepth {
            var text = prompt
            if let context { text += "\n\nContext:\n" + (try Self.text(of: context)) }
            return try await llmQuery(prompt: text, model: requested, schema: nil, parent: parent)
        }
        let childContext: NodeContext
        do {
            childContext = try context.map { try NodeContext(child: $0) } ?? NodeContext(.text(prompt))
        } catch let error as PyException {
            throw SubCallFailure(kind: .invalid, message: error.messageText)
        }
        let node = makeNode(kind: .rlm, parent: parent, model: requested ?? configuration.childModel ?? configuration.model)
        nodeStarted(node, prompt: prompt)
        let conversation = await Conversation.make(configuration: configuration, withMemory: false)
        conversation.session.bind("context", childContext.value)
        let loop = RLMLoop(
            controller: self, node: node, conversation: conversation,
            systemPrompt: RLMLoop.systemPrompt(configuration: configuration, depth: node.depth, hasMemory: false))
        let end = await loop.run(query: prompt, contextDescription: childContext.description)
        switch end {
        case .answered(let text):
            nodeFinished(node, status: .completed, answer: text, iterations: loop.iterations, parent: parent)
            return text
        case .limit(let limit, let detail):
            emit(node, .limitReached(LimitReachedEvent(limit: limit, detail: detail)))
            if !isStopping, let text = await loop.answerNow(reason: detail) {
                nodeFinished(node, status: .limit, limit: limit, answer: text, iterations: loop.iterations, parent: parent)
                return text
            }
            if isStopping {
                nodeFinished(node, status: .cancelled, iterations: loop.iterations, parent: parent)
                throw RunInterrupted()
            }
            let message = "the child RLM ended without an answer: \(detail)"
            nodeFinished(node, status: .limit, limit: limit, error: message, iterations: loop.iterations, parent: parent)
            throw SubCallFailure(kind: .childFailed, message: message)
        case .interrupted:
            nodeFinished(node, status: .cancelled, iterations: loop.iterations, parent: parent)
            throw RunInterrupted()
        case .failed(let message):
            nodeFinished(node, status: .failed, error: message, iterations: loop.iterations, parent: parent)
            throw SubCallFailure(kind: .childFailed, message: "the child RLM failed: \(message)")
        }
    }

    private static func text(of context: Value) throws -> String {
        if case .str(let s) = context { return s.string }
        do {
            return try context.jsonText()
        } catch {
            throw SubCallFailure(kind: .invalid, message: "the context must be a str or data JSON can hold: \(error)")
        }
    }
}
