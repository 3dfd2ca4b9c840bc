import Foundation
import Synchronization

/// Requests the server sends to the client (`rlm/requestPermission`,
/// `window/workDoneProgress/create`), each waiting for the response with its id. A waiting
/// task that is cancelled withdraws its request with `$/cancelRequest`.
final class ClientRequests: Sendable {
    private struct State {
        var next: Int64 = 1
        var pending: [RequestID: CheckedContinuation<ClientResponse, Never>] = [:]
        var closed = false
    }

    private let state = Mutex(State())
    private let writer: MessageWriter

    init(writer: MessageWriter) {
        self.writer = writer
    }

    /// Sends `request` and returns the client's result; throws its error response, or
    /// CancellationError when the calling task is cancelled first.
    func send<R: ServerRequestType>(_ request: R) async throws -> R.Response {
        let id = state.withLock { state -> RequestID in
            defer { state.next += 1 }
            return .number(state.next)
        }
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<ClientResponse, Never>) in
                let accepted = state.withLock { state -> Bool in
                    if state.closed || Task.isCancelled { return false }
                    state.pending[id] = continuation
                    return true
                }
                guard accepted else {
                    continuation.resume(returning: .error(.cancelled()))
                    return
                }
                Task { await writer.request(id: id, request) }
            }
        } onCancel: {
            if resolve(id, .error(.cancelled())) {
                Task { await writer.notify(CancelRequestNotification(id: id)) }
            }
        }
        switch outcome {
        case .error(let error):
            if error.code == ErrorCode.requestCancelled, Task.isCancelled { throw CancellationError() }
            throw error
        case .result(let node):
            do {
                return try JSONNodeDecoder.decode(R.Response.self, from: node)
            } catch let error as DecodingError {
                throw ResponseError.invalidParams(DecodingErrorText.describe(error, root: "result"))
            }
        }
    }

    /// Delivers the client's response; false when no request with that id is waiting.
    @discardableResult
    func resolve(_ id: RequestID, _ outcome: ClientResponse) -> Bool {
        let continuation = state.withLock { $0.pending.removeValue(forKey: id) }
        continuation?.resume(returning: outcome)
        return continuation != nil
    }

    /// Fails every waiting request and refuses new ones (the server is ending).
    func closeAll() {
        let waiting = state.withLock { state -> [CheckedContinuation<ClientResponse, Never>] in
            state.closed = true
            defer { state.pending = [:] }
            return Array(state.pending.values)
        }
        for continuation in waiting { continuation.resume(returning: .error(.cancelled("the server is ending"))) }
    }
}
