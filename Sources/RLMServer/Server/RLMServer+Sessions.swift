import Foundation
import RLMEngine

extension RLMServer {
    func createSession(_ params: SessionCreateRequest) async throws -> SessionCreateResult {
        let configuration = try requireConfiguration()
        let loaded = try await ContextLoader(workspace: configuration.workspace).load(context: params.context, files: params.contextFiles)
        let session = try makeSession(name: params.name, options: params.options, context: loaded?.1 ?? Self.emptyContext, implicit: false)
        if let (context, _) = loaded {
            // Bound now, so the first run can leave it out; later runs may replace it.
            session.pendingContext(context)
        }
        logger.info("session \(session.id) created")
        return SessionCreateResult(sessionId: session.id, name: session.name, context: session.context)
    }

    static let emptyContext = ContextInfo(type: "str", chars: 0, items: nil, files: nil)

    /// A new session with its trace forwarder running.
    func makeSession(name: String?, options sessionOptions: SessionOptions?, context: ContextInfo, implicit: Bool) throws -> ServerSession {
        let configuration = try requireConfiguration()
        let id = "session-" + Self.randomHex()
        let broker = PermissionBroker(
            clientAnswers: configuration.clientAnswersPermissions, requests: clientRequests, sessions: sessions, logger: logger)
        let engineConfiguration = configuration.engineConfiguration(sessionOptions, permissionHandler: broker.handler(sessionID: id))
        if let problem = engineConfiguration.validationError() {
            throw ResponseError.invalidParams("params.options: \(problem)")
        }
        let session = ServerSession(
            id: id, name: name, engine: RLMSession(configuration: engineConfiguration, id: id), implicit: implicit,
            context: context, traceBuffer: configuration.traceBufferEvents)
        sessions.add(session)
        let forwarder = TraceForwarder(writer: writer, runs: runs, ledger: ledger, logger: logger)
        forwarders[id] = Task {
            await forwarder.forward(session)
            self.forwarderEnded(id)
        }
        return session
    }

    private func forwarderEnded(_ id: String) {
        forwarders[id] = nil
    }

    func listSessions() -> SessionListResult {
        let records = runs.all
        return SessionListResult(sessions: sessions.listed.map { session in
            let status = session.engine.status
            let calls = records.filter { $0.engineSessionID == session.id }.reduce(0) { $0 + $1.usage.llmCalls }
            return SessionInfo(
                sessionId: session.id, name: session.name, state: session.currentRunID == nil ? "idle" : "running",
                runId: session.currentRunID, runs: status.runs, context: session.context,
                usage: UsageSummary(tokens: status.tokens, cost: status.cost, llmCalls: calls),
                model: session.engine.configuration.model, createdAt: session.createdAt.timeIntervalSince1970)
        })
    }

    func closeSession(_ params: SessionCloseRequest) throws -> SessionCloseResult {
        let session = try listedSession(params.sessionId)
        sessions.remove(session.id)
        session.close()
        logger.info("session \(session.id) closed")
        return SessionCloseResult(sessionId: session.id, closed: true)
    }

    func sessionHistory(_ params: SessionHistoryRequest) throws -> SessionHistoryResult {
        let session = try listedSession(params.sessionId)
        let summaries = runs.all.filter { $0.engineSessionID == session.id }.reversed().map(\.summary)
        return SessionHistoryResult(
            sessionId: session.id, messages: session.engine.history, runs: summaries,
            compactions: session.engine.status.compactions)
    }

    /// A session the client created, or -32602 naming `params.sessionId`.
    func listedSession(_ id: String) throws -> ServerSession {
        guard let session = sessions.get(id), !session.implicit else {
            throw ResponseError.invalidParams("params.sessionId: no session '\(id)' (it was closed, or never created)")
        }
        return session
    }

    /// A short random id part (12 hex digits).
    static func randomHex() -> String {
        String(UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(12))
    }
}
