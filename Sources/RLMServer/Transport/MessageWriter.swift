import Foundation

/// The only writer of the server's output: encodes messages, frames them in the client's
/// framing and queues them on the output channel. Nothing else writes to stdout.
///
/// Two lanes: replies (responses, requests to the client, log and progress notifications)
/// are queued at once, so a reply never waits behind a backlog; trace notifications wait
/// while more than `traceHighWater` bytes are pending. A trace forwarder that waits stops
/// reading its session's events, whose bounded buffer then merges or drops streamed text
/// (Docs/engine.md, "Fan-out"): a slow client slows its trace, never a run.
actor MessageWriter {
    enum Lane {
        case reply
        case trace
    }

    /// Pending output past which trace notifications wait.
    static let traceHighWater = 1 << 20

    private let channel: OutputChannel
    private var mode: FramingMode = .contentLength
    private(set) var messagesWritten = 0
    private(set) var traceNotificationsWritten = 0

    init(channel: OutputChannel) {
        self.channel = channel
    }

    /// The framing replies use: the client's, once detected.
    func setMode(_ mode: FramingMode) {
        self.mode = mode
    }

    func reply<Result: Encodable>(id: RequestID, result: Result) async {
        await write(ResponseMessage(id: id, result: result), lane: .reply)
    }

    func error(id: RequestID?, _ error: ResponseError) async {
        await write(ErrorResponseMessage(id: id, error: error), lane: .reply)
    }

    func notify<N: NotificationType>(_ notification: N) async {
        await write(NotificationMessage(method: N.method, params: notification), lane: notification is TraceNotification ? .trace : .reply)
    }

    func request<R: ServerRequestType>(id: RequestID, _ request: R) async {
        await write(RequestMessage(id: id, method: R.method, params: request), lane: .reply)
    }

    /// Returns once everything written so far has reached the descriptor (or cannot).
    func flush() async {
        await channel.drain()
    }

    func close() {
        channel.close()
    }

    var isBroken: Bool { channel.isBroken }

    private func write<M: Encodable>(_ message: M, lane: Lane) async {
        let body: [UInt8]
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            body = Array(try encoder.encode(message))
        } catch {
            // Only a non-finite number can fail here; say so rather than send nothing.
            let fallback = ErrorResponseMessage(id: nil, error: .internalError("a message could not be encoded: \(error)"))
            body = Array((try? JSONEncoder().encode(fallback)) ?? Data())
        }
        if lane == .trace {
            await channel.waitForRoom(below: Self.traceHighWater)
            traceNotificationsWritten += 1
        }
        channel.enqueue(FrameEncoder.frame(body, mode: mode))
        messagesWritten += 1
    }
}
