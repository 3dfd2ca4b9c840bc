import Foundation
import RLMTools

extension RLMServer {
    static let protocolVersion = 1
    static let serverVersion = "0.1.0"

    func initialize(_ params: InitializeRequest, _ context: RequestContext) async throws -> InitializeResult {
        let configuration = try ServerConfiguration(params, serve: options)
        self.configuration = configuration
        phase = .running
        let client = params.clientInfo.map { "\($0.name) \($0.version ?? "")" } ?? "an unnamed client"
        logger.info("initialize from \(client): workspace \(configuration.workspace?.root ?? "none"), model \(configuration.model), framing \(framing.rawValue)")

        // LSP allows window/logMessage while initialize is being answered.
        for warning in configuration.resolved.warnings { await logMessage(2, "rlm: \(warning)") }
        if let reason = configuration.unreachableReason { await logMessage(2, "rlm: \(reason)") }

        var permissions: [String: String] = [:]
        for tool in ToolName.allCases { permissions[tool.rawValue] = configuration.policy[tool].rawValue }
        return InitializeResult(
            capabilities: ServerCapabilities(
                executeCommandProvider: .init(commands: ExecuteCommandRequest.commands),
                experimental: .init(rlm: RLMServerCapabilities(
                    protocolVersion: Self.protocolVersion, methods: registry.requestMethods,
                    notifications: [TraceNotification.method, ProgressNotification.method, LogMessageNotification.method],
                    framing: framing.rawValue, maxMessageBytes: options.maxFrameBytes,
                    workspace: configuration.workspace?.root, model: configuration.model, subModel: configuration.subModel,
                    provider: configuration.resolved.provider.value.rawValue,
                    permissionRequests: configuration.clientAnswersPermissions, permissions: permissions))),
            serverInfo: ServerInfo(name: "rlm", version: Self.serverVersion))
    }

    func initialized() {
        logger.debug("the client is initialized")
    }

    /// Cancels every run and waits for their replies; afterwards only `exit` is accepted.
    func shutdown() async -> NullResult {
        phase = .shuttingDown
        shutdownRequested = true
        await stopEverything()
        return NullResult()
    }

    /// `$/cancelRequest`: the request's task is cancelled (for a run, the run stops and its
    /// request is answered -32800 with the partial result). Unknown or finished ids are ignored.
    func cancelRequest(_ id: RequestID) {
        guard let task = inFlight[id] else {
            logger.debug("$/cancelRequest for \(id), which is not in progress")
            return
        }
        task.cancel()
    }

    /// `window/workDoneProgress/cancel`: the run reporting with that token is cancelled.
    func cancelProgress(_ token: ProgressToken) {
        for record in runs.all where record.isRunning && record.ticket?.progress?.token == token {
            sessions.get(record.engineSessionID)?.engine.cancel()
        }
    }
}
