import Foundation
import RLMInterpreter
import RLMProviders
import Synchronization

/// A conversation with the engine: one root interpreter and one history across runs, so the
/// variables of one query are there for the next. Each `run` is one query: a run id, a tree of
/// nodes, a trace, an outcome. Runs of a session happen one at a time; many sessions can run
/// at once.
///
///     let session = RLMSession(configuration: configuration)
///     let events = session.subscribe()
///     Task { for await event in events { print(event.jsonLine()) } }
///     let outcome = try await session.run(query: "How many errors?", context: .text(log))
public final class RLMSession: Sendable {
    public let id: String
    public let configuration: EngineConfiguration
    private let bus = TraceBus()

    private struct State {
        var conversation: Conversation?
        var controller: RunController?
        var runs = 0
        var lastOutcome: RunOutcome?
        var tokens = TokenCounts.zero
        var cost = CostTotal.zero
        var closed = false
        var history: [ChatMessage] = []
        var compactions = 0
        var lastContext: ContextSummary?
    }

    private let state = Mutex(State())

    public init(configuration: EngineConfiguration, id: String? = nil) {
        self.configuration = configuration
        self.id = id ?? "session-" + Self.randomHex(12)
    }

    /// Events of every run of this session from now on (see `TraceBus` for the buffering).
    public func subscribe(capacity: Int = 10_000) -> TraceSubscription {
        bus.subscribe(capacity: capacity)
    }

    /// The root history (compacted turns included, oldest first), as of the last finished run.
    public var history: [ChatMessage] { state.withLock { $0.history } }

    public var status: SessionStatus {
        state.withLock { state in
            let current: SessionState = state.closed ? .closed : state.controller.map { .running(runID: $0.runID) } ?? .idle
            return SessionStatus(
                state: current, runs: state.runs, lastOutcome: state.lastOutcome, tokens: state.tokens, cost: state.cost,
                compactions: state.compactions, historyMessages: state.conversation?.messages.count ?? 0)
        }
    }

    /// Cancels the run in progress, if any: its code, its children and its HTTP requests stop
    /// promptly and `run` returns with status `cancelled`.
    public func cancel() {
        let controller = state.withLock { $0.controller }
        controller?.stop(.cancelled)
    }

    /// Ends the session: a run in progress is cancelled and subscriptions end once read.
    public func close() {
        let controller = state.withLock { state -> RunController? in
            state.closed = true
            return state.controller
        }
        controller?.stop(.cancelled)
        bus.finish()
    }

    // MARK: Running

    /// Runs one query. `context` replaces the session's context (nil keeps the previous one;
    /// the first run without one has an empty context). Cancelling the calling task cancels
    /// the run. Throws only when the run cannot start (busy, closed, invalid configuration).
    public func run(query: String, context: RunContext? = nil) async throws -> RunOutcome {
        if let problem = configuration.validationError() { throw RLMSessionError.invalidConfiguration(problem) }
        let runID = "run-" + Self.randomHex(16)
        let controller = RunController(runID: runID, configuration: configuration, bus: bus)
        let (existing, runNumber) = try state.withLock { state -> (Conversation?, Int) in
            if state.closed { throw RLMSessionError.closed }
            if let running = state.controller { throw RLMSessionError.busy(runID: running.runID) }
            state.controller = controller
            state.runs += 1
            return (state.conversation, state.runs)
        }
        defer { state.withLock { $0.controller = nil } }

        let root = controller.makeNode(kind: .root, parent: nil, model: configuration.model)
        controller.setRoot(root)
        let conversation = await prepare(existing, context: context)
        let summary = context?.summary ?? state.withLock { $0.lastContext } ?? RunContext.empty.summary
        let description: String
        if let context {
            description = context.description
        } else if runNumber > 1 {
            description = "The context is the same as for the previous query (`context`, a \(summary.type) of \(summary.characters.formatted()) characters)."
        } else {
            description = RunContext.empty.description
        }
        state.withLock { $0.lastContext = summary }

        controller.emit(root, .runStarted(RunStartedEvent(
            query: query, model: configuration.model, subModel: configuration.subModel, limits: configuration.limits,
            context: summary, sessionID: id, sessionRun: runNumber)))
        controller.nodeStarted(root, prompt: query)

        let loop = RLMLoop(
            controller: controller, node: root, conversation: conversation,
            systemPrompt: RLMLoop.systemPrompt(configuration: configuration, depth: 0, hasMemory: conversation.memory != nil))
        let work = Task { await loop.run(query: query, contextDescription: description) }
        controller.setOnStop { work.cancel() }
        let watchdog = controller.deadline.map { deadline -> Task<Void, Error> in
            Task {
                try await Task.sleep(until: deadline, clock: .continuous)
                controller.stop(.limit(.timeout, detail: "the run reached its time limit of \(Self.formatSeconds(controller.limits.timeout ?? 0))"))
            }
        }
        let end = await withTaskCancellationHandler {
            await work.value
        } onCancel: {
            controller.stop(.cancelled)
        }
        watchdog?.cancel()

        let (status, answer, detail) = await conclude(end, loop: loop, controller: controller, conversation: conversation)
        conversation.scope.set(nil)
        await conversation.clearStaleCancellation()
        if let answer {
            conversation.pendingNotes.append("(Your answer to the previous query was: \(TextDigest.abridge(answer, limit: 1000)))")
        }

        let tokens = controller.spentTokens
        let cost = controller.spentCost
        let outcome = RunOutcome(
            runID: runID, status: status, answer: answer, detail: detail, tokens: tokens, cost: cost, iterations: loop.iterations,
            elapsedSeconds: seconds(ContinuousClock.now - controller.started), cacheHits: controller.cache.hits)
        let nodeStatus: NodeStatus
        switch status {
        case .completed: nodeStatus = .completed
        case .cancelled: nodeStatus = .cancelled
        case .failed: nodeStatus = .failed
        default: nodeStatus = .limit
        }
        controller.nodeFinished(
            root, status: nodeStatus, limit: status.limit, answer: answer, error: status == .failed ? detail : nil,
            iterations: loop.iterations, parent: nil)
        controller.emit(root, .runFinished(RunFinishedEvent(
            status: status, answer: answer, detail: detail, tokens: tokens, cost: cost, iterations: loop.iterations,
            elapsedSeconds: outcome.elapsedSeconds)))
        bus.endRun(runID)
        controller.cache.cancelWaiters()
        state.withLock { state in
            state.lastOutcome = outcome
            state.tokens += tokens
            state.cost += cost
            state.history = conversation.archive + conversation.messages
            state.compactions = conversation.compactions
        }
        return outcome
    }

    /// The session's root conversation, made on first use, with this run's context bound.
    private func prepare(_ existing: Conversation?, context: RunContext?) async -> Conversation {
        let conversation: Conversation
        if let existing {
            conversation = existing
            await conversation.clearStaleCancellation()
        } else {
            conversation = await Conversation.make(configuration: configuration, withMemory: true)
            state.withLock { $0.conversation = conversation }
        }
        if let context {
            conversation.session.bind("context", context.value)
        } else if existing == nil {
            conversation.session.bind("context", RunContext.empty.value)
        }
        return conversation
    }

    /// Status, answer and detail of a run whose root loop ended with `end`.
    private func conclude(_ end: LoopEnd, loop: RLMLoop, controller: RunController, conversation: Conversation) async
        -> (RunStatus, String?, String?)
    {
        let partial = conversation.scope.partialAnswer ?? Sandbox.answerDictContent(in: conversation.session)
        switch end {
        case .answered(let answer):
            return (.completed, answer, nil)
        case .failed(let message):
            return (.failed, partial, message)
        case .limit(let limit, let detail):
            controller.emit(loop.node, .limitReached(LimitReachedEvent(limit: limit, detail: detail)))
            if case .cancelled? = controller.stopReason { return (.cancelled, partial, "the run was cancelled") }
            let answer = await loop.answerNow(reason: detail)
            return (RunStatus(limit), answer ?? partial, detail)
        case .interrupted:
            switch controller.stopReason {
            case .limit(let limit, let detail)?:
                let grace = limit == .timeout ? Self.timeoutGrace(controller.limits.timeout ?? 60) : nil
                let answer = await Self.within(grace) { await loop.answerNow(reason: detail) }
                return (RunStatus(limit), answer ?? partial, detail)
            case .cancelled?, nil:
                return (.cancelled, partial, "the run was cancelled")
            }
        }
    }

    /// Seconds the final answer-now call gets after a timeout: a quarter of the run's time,
    /// between 10 and 60 seconds.
    static func timeoutGrace(_ timeout: Double) -> Double { min(60, max(10, timeout / 4)) }

    /// `work`'s result, or nil when it takes longer than `limit` seconds (then it is cancelled).
    static func within<T: Sendable>(_ limit: Double?, _ work: @escaping @Sendable () async -> T?) async -> T? {
        guard let limit else { return await work() }
        return await withTaskGroup(of: T?.self) { group in
            group.addTask { await work() }
            group.addTask {
                try? await Task.sleep(for: .milliseconds(Int64(limit * 1000)))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    static func formatSeconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    static func randomHex(_ count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in "0123456789abcdef".randomElement(using: &generator)! })
    }
}
