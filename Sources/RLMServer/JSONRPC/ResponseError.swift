import Foundation
import RLMProviders

/// The error codes this server answers with. JSON-RPC 2.0 defines -32700 to -32603; LSP adds
/// -32002, -32800 and -32803; -32010 and -32011 are this server's own (in the range JSON-RPC
/// leaves to implementations). Docs/protocol.md has the table.
public enum ErrorCode {
    /// The message is not JSON (or not UTF-8), or its framing could not be read.
    public static let parseError = -32700
    /// JSON, but not a valid JSON-RPC 2.0 message (a batch, a wrong `jsonrpc`, an id of the
    /// wrong type...), or a message above the size limit.
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    /// The params do not fit the method; the message names the field.
    public static let invalidParams = -32602
    /// A bug or an unexpected failure inside the server, which keeps running.
    public static let internalError = -32603
    /// A request before `initialize`.
    public static let serverNotInitialized = -32002
    /// The request was cancelled (`rlm/cancel`, `$/cancelRequest`); for a run, `data` is its
    /// partial result.
    public static let requestCancelled = -32800
    /// A well-formed request that could not be carried out (a context file that cannot be read).
    public static let requestFailed = -32803
    /// The session is running another query (a session runs one at a time).
    public static let sessionBusy = -32010
    /// No model can be reached: a hosted provider without an API key.
    public static let notConfigured = -32011
}

/// A JSON-RPC error object: `{code, message, data?}`. Thrown by handlers to answer with an
/// error; anything else they throw becomes -32603.
public struct ResponseError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var code: Int
    public var message: String
    public var data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public var description: String { "\(code): \(message)" }

    public static func parseError(_ message: String) -> ResponseError {
        ResponseError(code: ErrorCode.parseError, message: "Parse error: \(message)")
    }

    public static func invalidRequest(_ message: String) -> ResponseError {
        ResponseError(code: ErrorCode.invalidRequest, message: "Invalid request: \(message)")
    }

    public static func methodNotFound(_ method: String) -> ResponseError {
        ResponseError(code: ErrorCode.methodNotFound, message: "Method not found: \(method)")
    }

    /// Invalid params; `message` starts with the field's path (`params.options.limits.maxDepth: ...`).
    public static func invalidParams(_ message: String) -> ResponseError {
        ResponseError(code: ErrorCode.invalidParams, message: "Invalid params: \(message)")
    }

    public static func internalError(_ message: String) -> ResponseError {
        ResponseError(code: ErrorCode.internalError, message: "Internal error: \(message)")
    }

    public static let notInitialized = ResponseError(
        code: ErrorCode.serverNotInitialized, message: "Server not initialized: send the initialize request first")

    public static func cancelled(_ message: String = "the request was cancelled", data: JSONValue? = nil) -> ResponseError {
        ResponseError(code: ErrorCode.requestCancelled, message: "Request cancelled: \(message)", data: data)
    }

    public static func requestFailed(_ message: String) -> ResponseError {
        ResponseError(code: ErrorCode.requestFailed, message: "Request failed: \(message)")
    }
}

extension JSONValue {
    /// Any Encodable value as a JSON value (for an error's `data`).
    static func encoding<T: Encodable>(_ value: T) -> JSONValue? {
        guard let data = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: data)
    }
}
