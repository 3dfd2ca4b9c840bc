import Foundation

/// What a request handler gets besides its params.
struct RequestContext: Sendable {
    var id: RequestID
    var method: String
}

/// The table from method name to the type its params decode into and the handler that
/// answers it. The connection only frames and routes; everything a method means is here.
struct MethodRegistry: Sendable {
    /// How a request is run relative to the messages after it.
    enum Execution: Sendable {
        /// Before the next message is read: for quick state changes whose order matters
        /// (initialize, cancel, close). Must not wait on a run.
        case inOrder
        /// In a task of its own, so reading goes on meanwhile (runs, file reading).
        case concurrent
    }

    /// A request whose params decoded and validated; `run` answers it.
    struct PreparedRequest: Sendable {
        var execution: Execution
        var run: @Sendable (RequestContext) async throws -> AnyEncodable
    }

    struct RequestRoute: Sendable {
        var execution: Execution
        /// Decodes and validates the params (throws -32602 naming the field), on the reading path.
        var prepare: @Sendable (RawParams) throws -> PreparedRequest
    }

    struct NotificationRoute: Sendable {
        var handle: @Sendable (RawParams) async throws -> Void
    }

    private(set) var requests: [String: RequestRoute] = [:]
    private(set) var notifications: [String: NotificationRoute] = [:]

    mutating func on<R: RequestType>(
        _ type: R.Type, _ execution: Execution,
        _ handler: @escaping @Sendable (R, RequestContext) async throws -> R.Response
    ) {
        requests[R.method] = RequestRoute(execution: execution) { raw in
            let params = try raw.decode(R.self)
            try params.validate()
            return PreparedRequest(execution: execution) { context in
                AnyEncodable(value: try await handler(params, context))
            }
        }
    }

    mutating func on<N: NotificationType>(_ type: N.Type, _ handler: @escaping @Sendable (N) async throws -> Void) {
        notifications[N.method] = NotificationRoute { raw in
            try await handler(try raw.decode(N.self))
        }
    }

    /// The request methods, sorted (advertised in the initialize result).
    var requestMethods: [String] { requests.keys.sorted() }
    var notificationMethods: [String] { notifications.keys.sorted() }
}
