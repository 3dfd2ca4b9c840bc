import Foundation
import RLMInterpreter
import RLMProviders

/// How an RLM node's loop ended.
enum LoopEnd: Sendable, Equatable {
    /// The code set the answer.
    case answered(String)
    /// One of the node's own limits (iterations, consecutive errors); the caller asks for an
    /// answer now.
    case limit(LimitKind, detail: String)
    /// The run is stopping (a run-wide limit, or cancellation).
    case interrupted
    /// The node's model could not be used.
    case failed(String)
}

/// The loop of one RLM node: ask the model, run the code blocks of its reply in the node's
/// interpreter, show it what they printed, until the code sets the answer or a limit is hit.
final class RLMLoop: @unchecked Sendable {
    // @unchecked: a loop is driven by one task at a time; its host functions never touch it.
    let controller: RunController
    let node: NodeRecord
    let conversation: Conversation
    let systemPrompt: String
    private(set) var iterations = 0
    /// This run's first message (query and context), kept whole by compaction.
    private var opening = ""

    init(controller: RunController, node: NodeRecord, conversation: Conversation, systemPrompt: String) {
        self.controller = controller
        self.node = node
        self.conversation = conversation
        self.systemPrompt = systemPrompt
    }

    private var maxIterations: Int { controller.limits.maxIterations }
    private var configuration: EngineConfiguration { controller.configuration }

    /// The system prompt for a node at `depth`.
    static func systemPrompt(configuration: EngineConfiguration, depth: Int, hasMemory: Bool) -> String {
        var extra: [String] = []
        if let tools = configuration.workspaceTools { extra.append(tools.promptSection) }
        if let text = configuration.extraSystemPrompt { extra.append(text) }
        return SystemPrompt(
            maxIterations: configuration.limits.maxIterations,
            canRecurse: depth + 1 < configuration.limits.maxDepth,
            batchConcurrency: configuration.batchConcurrency,
            subModelWindow: configuration.models.info(for: configuration.subModel)?.contextWindow,
            hasMemory: hasMemory,
            extraSections: extra
        ).text
    }

    // MARK: The loop

    /// Runs the loop for a query whose context is already bound; `contextDescription` is what
    /// the model is told about it.
    func run(query: String, contextDescription: String) async -> LoopEnd {
        conversation.scope.set(SandboxScope.Current(controller: controller, node: node))
        var opening = conversation.pendingNotes
        conversation.pendingNotes = []
        opening.insert(LoopMessages.opening(query: query, contextDescription: contextDescription, turn: 1, of: maxIterations), at: 0)
        self.opening = opening.joined(separator: "\n\n")
        conversation.appendUser(self.opening)
        var consecutiveErrors = 0
        for turn in 1...maxIterations {
            iterations = turn
            if controller.isStopping { return .interrupted }
            do {
                try await compactIfNeeded(turn: turn)
            } catch {
                return .interrupted
            }
            controller.emit(node, .iterationStarted(IterationStartedEvent(iteration: turn, maxIterations: maxIterations)))
            let reply: String
            do {
                reply = try await controller.callModel(node: node, purpose: .iteration, iteration: turn, request: request()).text
            } catch is RunInterrupted {
                return .interrupted
            } catch is CancellationError {
                return .interrupted
            } catch {
                return .failed("the model call failed: \(error)")
            }
            conversation.messages.append(.assistant(reply))
            let next = turn < maxIterations ? LoopMessages.turnLine(turn + 1, of: maxIterations) : nil
            let found = CodeBlocks.extract(from: reply)
            if found.blocks.isEmpty {
                conversation.appendUser(LoopMessages.nudge(unterminated: found.unterminated, next: next))
                continue
            }
            var feedback: [String] = []
            var failed = false
            for (index, code) in found.blocks.enumerated() {
                if controller.isStopping { return .interrupted }
                switch await runBlock(code, turn: turn, index: index + 1, count: found.blocks.count) {
                case .answered(let text):
                    return .answered(text)
                case .interrupted:
                    return .interrupted
                case .completed(let shown):
                    feedback.append(shown)
                case .failed(let shown):
                    feedback.append(shown)
                    failed = true
                    let skipped = found.blocks.count - index - 1
                    if skipped > 0 {
                        feedback.append("(The \(skipped == 1 ? "block" : "\(skipped) blocks") after it did not run.)")
                    }
                }
                if failed { break }
            }
            if found.unterminated {
                feedback.append("(Your reply ended inside a ```repl block that was never closed; that block did not run.)")
            }
            consecutiveErrors = failed ? consecutiveErrors + 1 : 0
            if let next { feedback.append(next) }
            conversation.appendUser(feedback.joined(separator: "\n\n"))
            if consecutiveErrors >= controller.limits.maxConsecutiveErrors {
                return .limit(.maxConsecutiveErrors, detail: "the code failed in \(consecutiveErrors) turns in a row")
            }
        }
        return .limit(.maxIterations, detail: "all \(maxIterations) turns were used without setting an answer")
    }

    private func request(extra: String? = nil, purpose: RequestPurpose = .iteration) -> CompletionRequest {
        var messages = conversation.messages
        if let extra {
            if let last = messages.last, last.role == .user {
                messages[messages.count - 1].content = last.content + "\n\n" + extra
            } else {
                messages.append(.user(extra))
            }
        }
        return CompletionRequest(
            model: node.model, system: systemPrompt, messages: messages,
            maxTokens: purpose == .iteration ? configuration.maxOutputTokens : nil)
    }

    // MARK: Code blocks

    private enum BlockOutcome {
        case answered(String)
        case interrupted
        /// What the model is shown.
        case completed(String)
        case failed(String)
    }

    private func runBlock(_ code: String, turn: Int, index: Int, count: Int) async -> BlockOutcome {
        controller.emit(node, .codeStarted(CodeStartedEvent(iteration: turn, block: index, blocks: count, code: code)))
        conversation.output.begin(controller: controller, node: node, iteration: turn, block: index)
        let clock = ContinuousClock.now
        let name = count == 1 ? "<turn \(turn)>" : "<turn \(turn), block \(index)>"
        let result = await conversation.run(code, filename: name)
        conversation.output.end()
        let duration = seconds(ContinuousClock.now - clock)

        var answer: String?
        var interrupted = false
        if let signal = result.signal {
            if let final = signal as? FinalAnswer { answer = final.text } else { interrupted = true }
        } else if result.error?.limit == .cancelled {
            interrupted = true
        }
        if answer == nil, !interrupted, let dictAnswer = Sandbox.readyAnswerDict(in: conversation.session) {
            answer = dictAnswer
        }
        var notes: [String] = []
        if let note = conversation.memory?.saveIfChanged(conversation.session) { notes.append(note) }
        let error = result.error.map { CodeError(type: $0.typeName, message: $0.message, traceback: $0.traceback) }
        controller.emit(node, .codeFinished(CodeFinishedEvent(
            iteration: turn, block: index, durationSeconds: duration, outputCharacters: result.output.count,
            error: interrupted ? nil : error, answered: answer != nil)))

        if let answer { return .answered(answer) }
        if interrupted || controller.isStopping { return .interrupted }
        let label = count == 1 ? "Your code" : "Block \(index) of \(count)"
        var shown: String
        let output = result.output
        if output.isEmpty {
            shown = "\(label) printed nothing."
        } else {
            shown = "\(label) printed \(output.count.formatted()) characters:\n"
                + TextDigest.headAndTail(output, limit: configuration.shownOutputCharacters)
        }
        if let error = result.error {
            shown += "\n\(label) raised an exception:\n" + TextDigest.headAndTail(error.traceback, limit: configuration.shownOutputCharacters)
        }
        shown += notes.map { "\n" + $0 }.joined()
        return result.error == nil ? .completed(shown) : .failed(shown)
    }

    // MARK: Answer now

    /// One last call asking the model for its best answer without more code (a limit ended
    /// the loop). Its reply, trimmed; nil when the call fails or is cancelled.
    func answerNow(reason: String) async -> String? {
        let request = request(extra: LoopMessages.answerNow(reason: reason), purpose: .answerNow)
        do {
            let completion = try await controller.callModel(node: node, purpose: .answerNow, request: request, evenIfStopping: true)
            let text = completion.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        } catch {
            return nil
        }
    }

    // MARK: Compaction

    /// When the history nears the model's window, has the model summarise it and keeps only
    /// the summary (the full history stays in the REPL as `history`).
    private func compactIfNeeded(turn: Int) async throws {
        guard let window = configuration.models.info(for: node.model)?.contextWindow, window > 0 else { return }
        let before = TokenEstimate.tokens(system: systemPrompt, messages: conversation.messages.map { ($0.role.rawValue, $0.content) })
        let threshold = Int(Double(window) * configuration.compactionThreshold)
        guard before >= threshold, conversation.messages.count >= 3 else { return }
        let completion = try await controller.callModel(
            node: node, purpose: .compaction, iteration: turn,
            request: request(extra: LoopMessages.compactionRequest(), purpose: .compaction))
        let summary = completion.text.trimmingCharacters(in: .whitespacesAndNewlines)
        conversation.compactions += 1
        conversation.archive.append(contentsOf: conversation.messages)
        conversation.messages = [
            .user(opening),
            .assistant(summary),
            .user(LoopMessages.afterCompaction(count: conversation.compactions, turn: turn, of: maxIterations)),
        ]
        conversation.bindHistory()
        let after = TokenEstimate.tokens(system: systemPrompt, messages: conversation.messages.map { ($0.role.rawValue, $0.content) })
        controller.emit(node, .compaction(CompactionEvent(
            count: conversation.compactions, estimatedTokensBefore: before, estimatedTokensAfter: after, window: window,
            summary: summary)))
    }
}
