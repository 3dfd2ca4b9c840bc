import Foundation
import RLMEngine
import Synchronization

/// An engine session as the server holds it: the `RLMSession`, its trace subscription (read
/// by one forwarder task), the run it is doing, and its context as the client last gave it.
final class ServerSession: Sendable {
    let id: String
    let name: String?
    let engine: RLMSession
    /// Made for one `rlm/run` without a session, closed after it, not listed.
    let implicit: Bool
    let createdAt = Date()
    let subscription: TraceSubscription

    private struct State {
        var context: ContextInfo
        /// A context given at creation, bound by the first run that brings none.
        var pendingContext: RunContext?
        /// The run claimed by an `rlm/run` request, from before the engine starts to its reply.
        var ticket: RunTicket?
        var currentRunID: String?
        var closing = false
        var engineClosed = false
    }

    private let state: Mutex<State>

    init(id: String, name: String?, engine: RLMSession, implicit: Bool, context: ContextInfo, traceBuffer: Int) {
        self.id = id
        self.name = name
        self.engine = engine
        self.implicit = implicit
        state = Mutex(State(context: context))
        subscription = engine.subscribe(capacity: traceBuffer)
    }

    /// The session's id as clients see it (nil for an implicit one).
    var publicID: String? { implicit ? nil : id }

    var context: ContextInfo {
        get { state.withLock { $0.context } }
    }

    func setContext(_ context: ContextInfo) {
        state.withLock { $0.context = context }
    }

    /// Keeps a context given at creation for the first run.
    func pendingContext(_ context: RunContext) {
        state.withLock { $0.pendingContext = context }
    }

    /// The context a run should bind: its own, else the one given at creation (once).
    func contextForRun(_ given: RunContext?) -> RunContext? {
        state.withLock { state in
            defer { state.pendingContext = nil }
            return given ?? state.pendingContext
        }
    }

    var currentRunID: String? { state.withLock { $0.currentRunID } }
    var isClosing: Bool { state.withLock { $0.closing } }

    /// Reserves the session for one run; false when it is busy or closing.
    func claim(_ ticket: RunTicket) -> Bool {
        state.withLock { state in
            guard state.ticket == nil, !state.closing else { return false }
            state.ticket = ticket
            return true
        }
    }

    /// The ticket of the run whose `run_started` just arrived.
    func startRun(_ runID: String) -> RunTicket? {
        state.withLock { state in
            state.currentRunID = runID
            return state.ticket
        }
    }

    func runEnded() {
        state.withLock { $0.currentRunID = nil }
    }

    /// The run's request has its reply: the session is free (and closed, if closing meanwhile).
    func release(_ ticket: RunTicket) {
        let closeNow = state.withLock { state -> Bool in
            if state.ticket === ticket { state.ticket = nil }
            return state.closing && Self.takeClose(&state)
        }
        if closeNow { engine.close() }
    }

    /// Closes the session: a run in progress is cancelled, and the engine session closed once
    /// its request has been answered (so its last events still reach the client).
    func close() {
        let (closeNow, ticket) = state.withLock { state -> (Bool, RunTicket?) in
            state.closing = true
            return (Self.takeClose(&state), state.ticket)
        }
        ticket?.cancel()
        if closeNow { engine.close() }
    }

    /// The ticket of a run still waiting for its events, when the event stream has ended.
    var pendingTicket: RunTicket? { state.withLock { $0.ticket } }

    /// Whether the engine session should be closed now (no run holds it and it was not yet).
    private static func takeClose(_ state: inout State) -> Bool {
        guard state.ticket == nil, !state.engineClosed else { return false }
        state.engineClosed = true
        return true
    }
}

/// The sessions by id.
final class SessionTable: Sendable {
    private let sessions = Mutex<[String: ServerSession]>([:])

    func add(_ session: ServerSession) {
        sessions.withLock { $0[session.id] = session }
    }

    func get(_ id: String) -> ServerSession? {
        sessions.withLock { $0[id] }
    }

    @discardableResult
    func remove(_ id: String) -> ServerSession? {
        sessions.withLock { $0.removeValue(forKey: id) }
    }

    /// Sessions the client made, oldest first.
    var listed: [ServerSession] {
        sessions.withLock { Array($0.values) }.filter { !$0.implicit }.sorted { $0.createdAt < $1.createdAt }
    }

    var all: [ServerSession] {
        sessions.withLock { Array($0.values) }
    }
}
