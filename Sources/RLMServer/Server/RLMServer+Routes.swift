import Foundation

extension RLMServer {
    /// Every method the server answers, with its params type and how it runs.
    func installRoutes() {
        var table = MethodRegistry()
        // Lifecycle
        table.on(InitializeRequest.self, .inOrder) { params, context in try await self.initialize(params, context) }
        table.on(ShutdownRequest.self, .inOrder) { _, _ in await self.shutdown() }
        table.on(InitializedNotification.self) { _ in await self.initialized() }
        table.on(CancelRequestNotification.self) { params in await self.cancelRequest(params.id) }
        table.on(WorkDoneProgressCancelNotification.self) { params in await self.cancelProgress(params.token) }
        // Sessions
        table.on(SessionCreateRequest.self, .concurrent) { params, _ in try await self.createSession(params) }
        table.on(SessionListRequest.self, .inOrder) { _, _ in await self.listSessions() }
        table.on(SessionCloseRequest.self, .inOrder) { params, _ in try await self.closeSession(params) }
        table.on(SessionHistoryRequest.self, .inOrder) { params, _ in try await self.sessionHistory(params) }
        // Runs
        table.on(RunRequest.self, .concurrent) { params, context in try await self.run(params, context) }
        table.on(CancelRunRequest.self, .inOrder) { params, _ in try await self.cancelRun(params) }
        table.on(TraceGetRequest.self, .inOrder) { params, _ in try await self.traceTree(params) }
        table.on(RunsListRequest.self, .inOrder) { params, _ in await self.listRuns(params) }
        table.on(StatsRequest.self, .inOrder) { _, _ in await self.stats() }
        table.on(ExecuteCommandRequest.self, .concurrent) { params, context in try await self.executeCommand(params, context) }
        registry = table
    }
}
