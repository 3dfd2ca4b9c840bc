import Foundation

/// Which clock ran out.
public enum TimeoutKind: String, Sendable, Hashable {
    /// Opening the TCP (and TLS) connection.
    case connect
    /// The whole exchange, from sending the request to the last byte of the answer.
    case request
    /// The gap between two pieces of a response body (a stalled stream).
    case streamIdle = "stream idle"
}

/// Everything that can go wrong talking to a model, each with a description that says what
/// happened, where, and what to do about it.
public enum ProviderError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// 401: the key was missing or rejected. `keyVariables` are the environment variables to set.
    case authentication(status: Int, url: String, keySent: Bool, keyVariables: [String], message: String?)
    /// 403: the key is valid but may not use this model or endpoint.
    case permissionDenied(url: String, message: String?)
    /// 404: a wrong base URL or an unknown model.
    case notFound(url: String, model: String, message: String?)
    /// 400, 413, 422 and other 4xx: the server refused the request as it is; sending it again will not help.
    case rejected(status: Int, url: String, message: String?)
    /// 429: rate limited. `retryAfter` is the wait the server asked for, in seconds.
    case rateLimited(url: String, retryAfter: Double?, message: String?)
    /// 408, 5xx, 529: the server failed or is overloaded. `retryAfter` as for `rateLimited`.
    case serverError(status: Int, url: String, retryAfter: Double?, message: String?)
    /// No connection, or the connection was reset before an answer arrived.
    case connection(url: String, detail: String)
    case timeout(TimeoutKind, url: String, seconds: Double)
    /// The response stream broke off before its final event (`[DONE]`, `message_stop`):
    /// what arrived is not the whole answer.
    case streamInterrupted(url: String, detail: String)
    /// The provider reported an error inside the event stream.
    case streamError(url: String, type: String?, message: String)
    /// The body was not the JSON the wire format promises.
    case malformedResponse(url: String, detail: String)
    /// The request cannot be sent as it is (found before sending).
    case invalidRequest(String)
    /// Retries were used up; `last` is the final failure.
    indirect case gaveUp(attempts: Int, last: ProviderError)

    /// True when the same request may succeed if sent again.
    public var isRetryable: Bool {
        switch self {
        case .rateLimited, .serverError, .connection, .streamInterrupted:
            return true
        case .timeout(let kind, _, _):
            return kind != .request
        case .streamError(_, let type, _):
            return ["overloaded_error", "api_error", "server_error", "rate_limit_error", "timeout_error"]
                .contains(type ?? "")
        case .gaveUp(_, let last):
            return last.isRetryable
        case .authentication, .permissionDenied, .notFound, .rejected, .malformedResponse, .invalidRequest:
            return false
        }
    }

    /// The wait the server asked for with `Retry-After`, in seconds.
    public var retryAfter: Double? {
        switch self {
        case .rateLimited(_, let retryAfter, _), .serverError(_, _, let retryAfter, _): return retryAfter
        default: return nil
        }
    }

    /// The HTTP status the server answered with, when the failure was one.
    public var httpStatus: Int? {
        switch self {
        case .authentication(let status, _, _, _, _): return status
        case .permissionDenied: return 403
        case .notFound: return 404
        case .rejected(let status, _, _), .serverError(let status, _, _, _): return status
        case .rateLimited: return 429
        case .gaveUp(_, let last): return last.httpStatus
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .authentication(let status, let url, let keySent, let variables, let message):
            let fix = "set " + variables.joined(separator: " or ")
            let what =
                keySent
                ? "the API key was rejected (\(status)) by \(url); \(fix)"
                : "no API key was sent and \(url) requires one (\(status)); \(fix)"
            return what + Self.serverSaid(message)
        case .permissionDenied(let url, let message):
            return "access denied (403) by \(url): the API key may not use this model or endpoint"
                + Self.serverSaid(message)
        case .notFound(let url, let model, let message):
            return "not found (404) at \(url): check the base URL (--base-url, RLM_BASE_URL) and that the model '\(model)' exists there"
                + Self.serverSaid(message)
        case .rejected(let status, let url, let message):
            let what = status == 413 ? "the request is too large" : "the request was rejected as invalid"
            return "\(what) (\(status)) by \(url)" + Self.serverSaid(message)
        case .rateLimited(let url, let retryAfter, let message):
            let wait = retryAfter.flatMap { $0 > 0 ? "; the server asked to wait \(Self.seconds($0))" : nil } ?? ""
            return "rate limited (429) by \(url)\(wait)" + Self.serverSaid(message)
        case .serverError(let status, let url, let retryAfter, let message):
            let what =
                status == 529 || status == 503
                ? "the server is overloaded" : status == 408 ? "the server timed out waiting for the request" : "the server failed"
            let wait = retryAfter.flatMap { $0 > 0 ? "; it asked to wait \(Self.seconds($0))" : nil } ?? ""
            return "\(what) (\(status)) at \(url)\(wait)" + Self.serverSaid(message)
        case .connection(let url, let detail):
            return "could not talk to \(url): \(detail)"
        case .timeout(let kind, let url, let seconds):
            switch kind {
            case .connect: return "could not connect to \(url) within \(Self.seconds(seconds)) (connect timeout)"
            case .request: return "\(url) did not finish answering within \(Self.seconds(seconds)) (request timeout)"
            case .streamIdle: return "the stream from \(url) sent nothing for \(Self.seconds(seconds)) (stream idle timeout)"
            }
        case .streamInterrupted(let url, let detail):
            return "the response stream from \(url) broke off before it was complete: \(detail)"
        case .streamError(let url, let type, let message):
            return "\(url) reported an error in the stream" + (type.map { " (\($0))" } ?? "") + ": \(message)"
        case .malformedResponse(let url, let detail):
            return "\(url) sent a response that is not what its API promises: \(detail)"
        case .invalidRequest(let detail):
            return "invalid request: \(detail)"
        case .gaveUp(let attempts, let last):
            return "gave up after \(attempts) attempts: \(last)"
        }
    }

    public var errorDescription: String? { description }

    private static func serverSaid(_ message: String?) -> String {
        guard let message, !message.isEmpty else { return "" }
        return ". The server said: \(message)"
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
