import Foundation
import RLMEngine

extension RLMServer {
    /// `rlm/run`: runs the query in its session (or a fresh one) and answers once every event
    /// of the run has gone out, so the reply always follows the run's last `rlm/trace`.
    func run(_ params: RunRequest, _ context: RequestContext) async throws -> RunResult {
        let configuration = try requireConfiguration()
        if let reason = configuration.unreachableReason {
            throw ResponseError(code: ErrorCode.notConfigured, message: reason)
        }
        let session: ServerSession
        if let id = params.sessionId {
            session = try listedSession(id)
        } else {
            session = try makeSession(name: nil, options: params.options, context: Self.emptyContext, implicit: true)
        }
        let ticket = RunTicket(
            requestID: context.id, query: params.query,
            progress: await progressReporter(params.workDoneToken, configuration: configuration))
        guard session.claim(ticket) else {
            throw ResponseError(
                code: ErrorCode.sessionBusy,
                message: "Session busy: \(session.id) is running \(session.currentRunID ?? "another query"); wait for it or cancel it (rlm/cancel)")
        }
        defer {
            session.release(ticket)
            if session.implicit {
                sessions.remove(session.id)
                session.close()
            }
        }
        let loaded = try await ContextLoader(workspace: configuration.workspace).load(context: params.context, files: params.contextFiles)
        if let (_, info) = loaded { session.setContext(info) }

        let outcome: RunOutcome
        do {
            let context = session.contextForRun(loaded?.0)
            outcome = try await ticket.run { try await session.engine.run(query: params.query, context: context) }
        } catch let error as RLMSessionError {
            switch error {
            case .busy:
                throw ResponseError(code: ErrorCode.sessionBusy, message: "Session busy: \(error)")
            case .closed:
                throw ResponseError.invalidParams("params.sessionId: \(error)")
            case .invalidConfiguration(let problem):
                throw ResponseError.invalidParams("params.options: \(problem)")
            }
        }
        await ticket.waitDelivered()
        let record = ticket.record ?? RunRecord(runID: outcome.runID, session: session, query: params.query, startedAt: Date(), ticket: ticket)
        record.finish(outcome)
        let result = record.result(outcome)
        logger.info("run \(outcome.runID): \(outcome.status.rawValue) in \(result.durationMs) ms")
        if outcome.status == .cancelled {
            throw ResponseError.cancelled("the run was cancelled", data: .encoding(result))
        }
        return result
    }

    /// Progress for a run: with the client's token, or one the server asks the client to make
    /// when it declared `window.workDoneProgress`; none when the client does not answer in time.
    private func progressReporter(_ token: ProgressToken?, configuration: ServerConfiguration) async -> ProgressReporter? {
        if let token { return ProgressReporter(token: token, writer: writer) }
        guard configuration.clientCreatesProgress else { return nil }
        let created = ProgressToken.string("rlm-run-" + Self.randomHex())
        let requests = clientRequests
        let accepted = await Self.within(seconds: 5) {
            _ = try? await requests.send(WorkDoneProgressCreateRequest(token: created))
        }
        return accepted ? ProgressReporter(token: created, writer: writer) : nil
    }

    func cancelRun(_ params: CancelRunRequest) throws -> CancelRunResult {
        guard let record = runs.record(params.runId) else {
            throw ResponseError.invalidParams("params.runId: no run '\(params.runId)'")
        }
        guard record.isRunning, let session = sessions.get(record.engineSessionID), session.currentRunID == record.runID else {
            return CancelRunResult(runId: record.runID, cancelled: false, status: record.status)
        }
        session.engine.cancel()
        logger.info("run \(record.runID) cancelled by rlm/cancel")
        return CancelRunResult(runId: record.runID, cancelled: true, status: "cancelling")
    }

    func traceTree(_ params: TraceGetRequest) throws -> TraceTree {
        guard let record = runs.record(params.runId) else {
            throw ResponseError.invalidParams("params.runId: no run '\(params.runId)'")
        }
        return record.tree(includeEvents: params.includeEvents ?? false)
    }

    func listRuns(_ params: RunsListRequest) -> RunsListResult {
        var records = runs.all
        if let id = params.sessionId { records = records.filter { $0.sessionID == id } }
        if let limit = params.limit { records = Array(records.prefix(limit)) }
        return RunsListResult(runs: records.map(\.summary))
    }

    func stats() -> StatsResult {
        ledger.stats(sessions: sessions.listed.count, runs: runs.all)
    }

    /// `workspace/executeCommand`: the three commands, each the method of the same name.
    func executeCommand(_ command: ExecuteCommandRequest, _ context: RequestContext) async throws -> ExecuteCommandResult {
        var params = command
        switch params.command {
        case "rlm.run":
            // A bare string is the query, for clients that can pass only strings.
            if case .string(let query)? = params.arguments?.first {
                params.arguments?[0] = .object(["query": .string(query)])
            }
            let request = try params.argument(RunRequest.self)
            try request.validate()
            return .run(try await run(request, context))
        case "rlm.cancel":
            if case .string(let runID)? = params.arguments?.first {
                return .cancel(try cancelRun(CancelRunRequest(runId: runID)))
            }
            return .cancel(try cancelRun(try params.argument(CancelRunRequest.self)))
        default:
            return .stats(stats())
        }
    }
}
