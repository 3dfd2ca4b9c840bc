import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 (an ephemeral port), inside the test process, whose
/// answers each test scripts: status, headers, body pieces with pauses between them, waits for
/// the test, and dropped connections. It records every request as it crossed the wire.
/// Shared by the test targets (RLMProvidersTests, RLMEngineTests, RLMServerTests).
public final class ScriptedServer: Sendable {
    /// A request as received.
    public struct Request: Sendable {
        public var method: String
        public var uri: String
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]

        public func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        /// The body parsed as a JSON object.
        public var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
        }
    }

    /// One step of an answer.
    public enum Step: Sendable {
        case head(status: Int, headers: [(String, String)])
        case body(String)
        /// Raw bytes, e.g. half of a UTF-8 character.
        case bytes([UInt8])
        /// Waits, or stops the script early if the client closes the connection meanwhile.
        case pause(Duration)
        /// Waits until the test opens the gate.
        case wait(Gate)
        /// Ends the response properly.
        case end
        /// Closes the connection here, whatever was sent.
        case drop
    }

    public typealias Script = [Step]
    public typealias Handler = @Sendable (_ request: Request, _ index: Int) async -> Script

    private struct State {
        public var requests: [Request] = []
        var inFlight = 0
        var maxInFlight = 0
        var closedConnections = 0
    }

    public let port: Int
    private let state = Mutex(State())
    private let serverChannel: Channel
    private let acceptTask: Mutex<Task<Void, Never>?> = Mutex(nil)

    public var baseURL: String { "http://127.0.0.1:\(port)" }
    public var requests: [Request] { state.withLock { $0.requests } }
    public var requestCount: Int { state.withLock { $0.requests.count } }
    public var maxInFlight: Int { state.withLock { $0.maxInFlight } }
    /// Requests received whose response has not ended (and whose connection is open).
    public var inFlight: Int { state.withLock { $0.inFlight } }
    /// Connections that ended (closed by either side).
    public var closedConnections: Int { state.withLock { $0.closedConnections } }

    private init(port: Int, serverChannel: Channel) {
        self.port = port
        self.serverChannel = serverChannel
    }

    /// Starts a server that answers each request with `handler`'s script.
    public static func start(_ handler: @escaping Handler) async throws -> ScriptedServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(
                        wrappingChannelSynchronously: child)
                }
            }
        let server = ScriptedServer(port: channel.channel.localAddress?.port ?? 0, serverChannel: channel.channel)
        let task = Task {
            await withDiscardingTaskGroup { group in
                do {
                    try await channel.executeThenClose { inbound in
                        for try await connection in inbound {
                            group.addTask { await server.serve(connection, handler: handler) }
                        }
                    }
                } catch {
                    // The listener closed (stop()).
                }
                group.cancelAll()
            }
        }
        server.acceptTask.withLock { $0 = task }
        return server
    }

    /// Stops listening and ends every connection.
    public func stop() async {
        let task = acceptTask.withLock { $0 }
        task?.cancel()
        try? await serverChannel.close()
        await task?.value
    }

    private func serve(
        _ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, handler: Handler
    ) async {
        defer { state.withLock { $0.closedConnections += 1 } }
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body: [UInt8] = []
            for try await part in inbound {
                switch part {
                case .head(let received):
                    head = received
                    body = []
                case .body(let buffer):
                    body.append(contentsOf: buffer.readableBytesView)
                case .end:
                    guard let head else { return }
                    let request = Request(
                        method: head.method.rawValue, uri: head.uri,
                        headers: head.headers.map { (name: $0.name, value: $0.value) }, body: body)
                    let index = state.withLock { state -> Int in
                        state.requests.append(request)
                        state.inFlight += 1
                        state.maxInFlight = max(state.maxInFlight, state.inFlight)
                        return state.requests.count - 1
                    }
                    // The request stops counting as in flight just before its last byte goes out:
                    // the client cannot have seen the end (and sent its next request) before.
                    let finished = Mutex(false)
                    let markFinished: @Sendable () -> Void = {
                        if finished.withLock({ done in defer { done = true }; return !done }) {
                            self.state.withLock { $0.inFlight -= 1 }
                        }
                    }
                    defer { markFinished() }
                    let script = await handler(request, index)
                    let keepOpen = try await play(script, to: outbound, channel: connection.channel, finishing: markFinished)
                    if !keepOpen { return }
                }
            }
        }
    }

    /// Plays a script; false when the connection must close.
    private func play(
        _ script: Script, to outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>, channel: Channel,
        finishing: () -> Void
    ) async throws -> Bool {
        for step in script {
            switch step {
            case .head(let status, let headers):
                var fields = HTTPHeaders()
                for (name, value) in headers { fields.add(name: name, value: value) }
                try await outbound.write(.head(HTTPResponseHead(version: .http1_1, status: .init(statusCode: status), headers: fields)))
            case .body(let text):
                try await outbound.write(.body(.byteBuffer(ByteBuffer(string: text))))
            case .bytes(let bytes):
                try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: bytes))))
            case .pause(let duration):
                // Sleeps in short steps, watching the connection, so that a client that gives up
                // is seen at once (as a real server sees it, by the socket closing).
                let until = ContinuousClock.now + duration
                while ContinuousClock.now < until {
                    if !channel.isActive { return false }
                    try await Task.sleep(for: min(.milliseconds(20), until - ContinuousClock.now))
                }
            case .wait(let gate):
                await gate.wait()
                try Task.checkCancellation()
            case .end:
                finishing()
                try await outbound.write(.end(nil))
            case .drop:
                finishing()
                return false
            }
        }
        return true
    }
}

/// A one-shot signal from the test to the server (or back).
public final class Gate: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    public init() {
        (stream, continuation) = AsyncStream.makeStream(of: Void.self)
    }

    public func open() { continuation.finish() }

    /// Returns once the gate is open (or the task is cancelled).
    public func wait() async {
        for await _ in stream {}
    }
}

// MARK: Scripts

extension ScriptedServer.Script {
    /// A whole JSON answer (status 200) with its Content-Length.
    public static func json(_ body: String, headers: [(String, String)] = []) -> Self {
        json(200, body, headers: headers)
    }

    /// A whole JSON answer with its Content-Length.
    public static func json(_ status: Int, _ body: String, headers: [(String, String)] = []) -> Self {
        [
            .head(status: status, headers: [("content-type", "application/json"), ("content-length", "\(body.utf8.count)")] + headers),
            .body(body), .end,
        ]
    }

    /// An event stream: each element is sent as is (already framed as SSE), then the response ends.
    public static func sse(_ events: [String], pause: Duration? = nil) -> Self {
        var steps: Self = [.head(status: 200, headers: [("content-type", "text/event-stream"), ("cache-control", "no-cache")])]
        for event in events {
            steps.append(.body(event))
            if let pause { steps.append(.pause(pause)) }
        }
        steps.append(.end)
        return steps
    }
}

extension ScriptedServer.Step {
    /// The head of an event stream.
    public static var sseHead: Self {
        .head(status: 200, headers: [("content-type", "text/event-stream")])
    }
}
