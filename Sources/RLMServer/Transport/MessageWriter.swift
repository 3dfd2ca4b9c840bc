import Foundation
import RLMEngine

/// The only writer of the server's output: frames messages in the client's framing and queues
/// them on the output channel. Nothing else writes to stdout. Messages are encoded by the
/// caller, before the actor is entered, so several sessions' traces encode in parallel.
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

    init(channel: OutputChannel) {
        self.channel = channel
    }

    /// The framing replies use: the client's, once detected.
    func setMode(_ mode: FramingMode) {
        self.mode = mode
    }

    nonisolated func reply<Result: Encodable>(id: RequestID, result: Result) async {
        await write(Self.encode(ResponseMessage(id: id, result: result)), lane: .reply)
    }

    nonisolated func error(id: RequestID?, _ error: ResponseError) async {
        await write(Self.encode(ErrorResponseMessage(id: id, error: error)), lane: .reply)
    }

    nonisolated func notify<N: NotificationType>(_ notification: N) async {
        await write(Self.encode(NotificationMessage(method: N.method, params: notification)), lane: .reply)
    }

    nonisolated func request<R: ServerRequestType>(id: RequestID, _ request: R) async {
        await write(Self.encode(RequestMessage(id: id, method: R.method, params: request)), lane: .reply)
    }

    /// `rlm/trace {runId, event}`, on the trace lane. The event is encoded as the engine
    /// writes it (`TraceEvent.jsonLine`, as in a `--trace` file) and put into the envelope
    /// as it is.
    nonisolated func trace(_ event: TraceEvent) async {
        var body = Array("{\"jsonrpc\":\"2.0\",\"method\":\"\(TraceNotification.method)\",\"params\":{\"event\":".utf8)
        body.append(contentsOf: event.jsonLine().utf8)
        body.append(contentsOf: Array(",\"runId\":".utf8))
        body.append(contentsOf: Self.encode(event.runID))
        body.append(contentsOf: Array("}}".utf8))
        await write(body, lane: .trace)
    }

    /// Returns once everything written so far has reached the descriptor (or cannot).
    func flush() async {
        await channel.drain()
    }

    func close() {
        channel.close()
    }

    private func write(_ body: [UInt8], lane: Lane) async {
        if lane == .trace, channel.pendingBytes >= Self.traceHighWater {
            await channel.waitForRoom(below: Self.traceHighWater)
        }
        channel.enqueue(FrameEncoder.frame(body, mode: mode))
    }

    private static func encode<M: Encodable>(_ message: M) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(message))
        } catch {
            // Only a non-finite number can fail here; say so rather than send nothing.
            let fallback = ErrorResponseMessage(id: nil, error: .internalError("a message could not be encoded: \(error)"))
            return Array((try? encoder.encode(fallback)) ?? Data())
        }
    }
}
