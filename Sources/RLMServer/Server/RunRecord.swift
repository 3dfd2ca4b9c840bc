import Foundation
import RLMEngine
import Synchronization

/// What an `rlm/run` request hands its session before the engine starts: the run's id is made
/// by the engine, so the session's trace forwarder binds the two when `run_started` arrives.
final class RunTicket: Sendable {
    let requestID: RequestID?
    let query: String
    let progress: ProgressReporter?

    private struct State {
        var record: RunRecord?
        var delivered = false
        var waiters: [CheckedContinuation<Void, Never>] = []
        var work: Task<RunOutcome, Error>?
        var cancelled = false
    }

    private let state = Mutex(State())

    init(requestID: RequestID?, query: String, progress: ProgressReporter?) {
        self.requestID = requestID
        self.query = query
        self.progress = progress
    }

    var record: RunRecord? { state.withLock { $0.record } }

    /// Runs the engine in a task the ticket can cancel: closing the session cancels it even
    /// when the engine has not started yet. Cancelling the calling task cancels it too.
    func run(_ body: @escaping @Sendable () async throws -> RunOutcome) async throws -> RunOutcome {
        let work = Task { try await body() }
        let cancelled = state.withLock { state -> Bool in
            state.work = work
            return state.cancelled
        }
        if cancelled { work.cancel() }
        return try await withTaskCancellationHandler {
            try await work.value
        } onCancel: {
            work.cancel()
        }
    }

    /// Cancels the run, now or as soon as it starts.
    func cancel() {
        let work = state.withLock { state -> Task<RunOutcome, Error>? in
            state.cancelled = true
            return state.work
        }
        work?.cancel()
    }

    func bind(_ record: RunRecord) {
        state.withLock { $0.record = record }
    }

    /// Every event of the run, `run_finished` included, has been handed to the writer (or the
    /// session's stream ended): the reply may follow.
    func markDelivered() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.delivered = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func waitDelivered() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state -> Bool in
                if state.delivered { return true }
                state.waiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }
}

/// One run as the server knows it: its tree, folded from the events sent to the client, the
/// events kept for `rlm/trace/get`, and its outcome.
final class RunRecord: Sendable {
    /// Streamed pieces kept per run for `includeEvents`; structural events are always kept.
    static let keptStreamedPieces = 10_000

    let runID: String
    /// The client's session id; nil for a run that had a fresh session of its own.
    let sessionID: String?
    /// The engine session's id (also for a fresh session).
    let engineSessionID: String
    let query: String
    let startedAt: Date
    let ticket: RunTicket?

    private struct State {
        var tree = ExecutionTree()
        var events: [TraceEvent] = []
        var keptPieces = 0
        var outcome: RunOutcome?
    }

    private let state = Mutex(State())

    init(runID: String, session: ServerSession, query: String, startedAt: Date, ticket: RunTicket?) {
        self.runID = runID
        sessionID = session.publicID
        engineSessionID = session.id
        self.query = query
        self.startedAt = startedAt
        self.ticket = ticket
    }

    func apply(_ event: TraceEvent) {
        state.withLock { state in
            state.tree.apply(event)
            if event.payload.isStreamedPiece {
                guard state.keptPieces < Self.keptStreamedPieces else { return }
                state.keptPieces += 1
            }
            state.events.append(event)
        }
    }

    /// Records the outcome `rlm/run` got from the engine.
    func finish(_ outcome: RunOutcome) {
        state.withLock { $0.outcome = outcome }
    }

    var outcome: RunOutcome? { state.withLock { $0.outcome } }

    /// "running" until the run's last event (or its outcome) is in.
    var status: String {
        state.withLock { state in
            state.tree.status?.rawValue ?? state.outcome?.status.rawValue ?? "running"
        }
    }

    var isRunning: Bool { status == "running" }

    /// Tokens, cost and calls of the whole tree so far.
    var usage: UsageSummary {
        state.withLock { state in
            guard let root = state.tree.rootID else { return .zero }
            return UsageSummary(
                tokens: state.tree.totalTokens(of: root), cost: state.tree.totalCost(of: root),
                llmCalls: TraceTree.calls(state.tree, under: root))
        }
    }

    func tree(includeEvents: Bool) -> TraceTree {
        state.withLock { state in
            TraceTree(runID: runID, sessionID: sessionID, tree: state.tree, events: includeEvents ? state.events : nil)
        }
    }

    var summary: RunSummary {
        let (tree, outcome) = state.withLock { ($0.tree, $0.outcome) }
        // The engine's own measure when the run is over (the one rlm/run reports), else the
        // trace's.
        let seconds = outcome?.elapsedSeconds ?? tree.finishedAt.map { $0.timeIntervalSince(startedAt) }
        return RunSummary(
            runId: runID, sessionId: sessionID, query: query, status: status, answer: tree.answer ?? outcome?.answer,
            usage: usage, startedAt: startedAt.timeIntervalSince1970, durationMs: seconds.map { Int(($0 * 1000).rounded()) })
    }

    /// The reply to `rlm/run` for `outcome`.
    func result(_ outcome: RunOutcome) -> RunResult {
        RunResult(
            runId: outcome.runID, sessionId: sessionID, status: outcome.status.rawValue, answer: outcome.answer,
            detail: outcome.detail, usage: UsageSummary(tokens: outcome.tokens, cost: outcome.cost, llmCalls: usage.llmCalls),
            iterations: outcome.iterations, durationMs: Int((outcome.elapsedSeconds * 1000).rounded()))
    }
}
