import Foundation
import Logging
import RLMEngine
import Synchronization

/// The server's state and its routing: each message from the connection is classified,
/// checked against the lifecycle, and handed to the handler its method names (the routes are
/// in `RLMServer+Routes.swift`, the handlers in the other extensions).
///
/// Requests that change state in order (initialize, cancel, close...) are handled before the
/// next message is read; runs and file reading each get a task of their own, so reading
/// never waits on a run and several runs proceed at once.
actor RLMServer {
    enum Phase {
        case uninitialized
        case running
        case shuttingDown
    }

    /// Whether the connection should go on reading.
    enum Disposition {
        case continueReading
        case exit
    }

    let options: ServeOptions
    let writer: MessageWriter
    let logger: Logger
    let sessions = SessionTable()
    let runs = RunRegistry()
    let ledger = UsageLedger()
    let clientRequests: ClientRequests

    var registry = MethodRegistry()
    var phase = Phase.uninitialized
    var configuration: ServerConfiguration?
    var framing = FramingMode.contentLength
    var shutdownRequested = false
    var exitCode: Int32?
    /// Requests running in tasks of their own, for `$/cancelRequest`.
    var inFlight: [RequestID: Task<Void, Never>] = [:]
    /// One task per session reading its trace.
    var forwarders: [String: Task<Void, Never>] = [:]

    init(options: ServeOptions, writer: MessageWriter, logger: Logger) {
        self.options = options
        self.writer = writer
        self.logger = logger
        clientRequests = ClientRequests(writer: writer)
    }

    func setFraming(_ mode: FramingMode) {
        framing = mode
        logger.debug("framing: \(mode.rawValue)")
    }

    // MARK: Receiving

    /// Handles one frame. The JSON is parsed before the actor is entered, so a large message
    /// does not hold up the handlers.
    nonisolated func receive(_ event: FrameEvent) async -> Disposition {
        switch event {
        case .error(let problem):
            logger.notice("framing: \(problem.message)")
            let code = problem.kind == .tooLarge ? ErrorCode.invalidRequest : ErrorCode.parseError
            let prefix = code == ErrorCode.invalidRequest ? "Invalid request: " : "Parse error: "
            await writer.error(id: nil, ResponseError(code: code, message: prefix + problem.message))
            return .continueReading
        case .frame(let bytes):
            return await handle(IncomingMessage.parse(bytes))
        }
    }

    private func handle(_ message: IncomingMessage) async -> Disposition {
        switch message {
        case .request(let id, let method, let params):
            await handleRequest(id: id, method: method, params: params)
        case .notification(let method, let params):
            return await handleNotification(method: method, params: params)
        case .response(let id, let outcome):
            if !clientRequests.resolve(id, outcome) { logger.debug("a response to \(id), which is not waiting (ignored)") }
        case .invalid(let id, let error):
            logger.debug("invalid message: \(error.message)")
            await writer.error(id: id, error)
        case .ignored(let reason):
            logger.debug("ignored: \(reason)")
        }
        return .continueReading
    }

    private func handleRequest(id: RequestID, method: String, params: RawParams) async {
        if inFlight[id] != nil {
            await writer.error(id: id, .invalidRequest("a request with id \(id) is still in progress; ids must be unique"))
            return
        }
        switch phase {
        case .uninitialized where method != InitializeRequest.method:
            await writer.error(id: id, .notInitialized)
            return
        case .running where method == InitializeRequest.method:
            await writer.error(id: id, .invalidRequest("initialize was already received"))
            return
        case .shuttingDown:
            await writer.error(id: id, .invalidRequest("the server is shutting down; only the exit notification is accepted"))
            return
        default:
            break
        }
        guard let route = registry.requests[method] else {
            var error = ResponseError.methodNotFound(method)
            if registry.notifications[method] != nil { error.message += " (it is a notification: send it without an id)" }
            await writer.error(id: id, error)
            return
        }
        let prepared: MethodRegistry.PreparedRequest
        do {
            prepared = try route.prepare(params)
        } catch let error as ResponseError {
            await writer.error(id: id, error)
            return
        } catch {
            await writer.error(id: id, .internalError("\(error)"))
            return
        }
        let context = RequestContext(id: id, method: method)
        switch prepared.execution {
        case .inOrder:
            await execute(prepared, context)
        case .concurrent:
            inFlight[id] = Task {
                await self.execute(prepared, context)
                self.requestEnded(id)
            }
        }
    }

    private func execute(_ prepared: MethodRegistry.PreparedRequest, _ context: RequestContext) async {
        do {
            let result = try await prepared.run(context)
            await writer.reply(id: context.id, result: result)
        } catch let error as ResponseError {
            await writer.error(id: context.id, error)
        } catch is CancellationError {
            await writer.error(id: context.id, .cancelled())
        } catch {
            logger.error("\(context.method) (id \(context.id)) failed: \(error)")
            await writer.error(id: context.id, .internalError("\(context.method) failed: \(error)"))
        }
    }

    private func requestEnded(_ id: RequestID) {
        inFlight[id] = nil
    }

    private func handleNotification(method: String, params: RawParams) async -> Disposition {
        if method == ExitNotification.method {
            exitCode = shutdownRequested ? 0 : 1
            return .exit
        }
        guard phase != .uninitialized else {
            logger.debug("\(method) before initialize (dropped)")
            return .continueReading
        }
        guard let route = registry.notifications[method] else {
            if method.hasPrefix("$/") { return .continueReading }
            if registry.requests[method] != nil {
                logger.warning("\(method) came without an id; a request needs one to be answered (ignored)")
            } else {
                logger.debug("unknown notification \(method) (ignored)")
            }
            return .continueReading
        }
        do {
            try await route.handle(params)
        } catch {
            logger.warning("notification \(method): \(error)")
        }
        return .continueReading
    }

    // MARK: Ending

    /// Cancels every run and request in progress and waits (a bounded time) for their replies.
    func stopEverything() async {
        for task in inFlight.values { task.cancel() }
        for session in sessions.all { session.close() }
        let tasks = Array(inFlight.values)
        let finished = await Self.within(seconds: 10) {
            for task in tasks { await task.value }
        }
        if !finished { logger.warning("some requests did not end within 10 s of being cancelled") }
        clientRequests.closeAll()
    }

    /// After `exit` or the end of the input: everything stops, the output is flushed, and
    /// the exit status is returned (0 after shutdown, 1 for `exit` without it, 0 at the end
    /// of the input).
    func end() async -> Int32 {
        phase = .shuttingDown
        await stopEverything()
        let forwarding = Array(forwarders.values)
        _ = await Self.within(seconds: 5) {
            for task in forwarding { await task.value }
        }
        await writer.flush()
        await writer.close()
        return exitCode ?? 0
    }

    /// Runs `work`; false when it took longer than `seconds` (it is then left to finish alone).
    static func within(seconds: Double, _ work: @escaping @Sendable () async -> Void) async -> Bool {
        let waiting = Mutex<CheckedContinuation<Bool, Never>?>(nil)
        let finish: @Sendable (Bool) -> Void = { value in
            waiting.withLock { continuation in
                continuation?.resume(returning: value)
                continuation = nil
            }
        }
        return await withCheckedContinuation { continuation in
            waiting.withLock { $0 = continuation }
            Task {
                await work()
                finish(true)
            }
            Task {
                try? await Task.sleep(for: .milliseconds(Int64(seconds * 1000)))
                finish(false)
            }
        }
    }

    // MARK: Helpers for handlers

    func requireConfiguration() throws -> ServerConfiguration {
        guard let configuration else { throw ResponseError.notInitialized }
        return configuration
    }

    func logMessage(_ type: Int, _ message: String) async {
        await writer.notify(LogMessageNotification(type: type, message: message))
    }
}
