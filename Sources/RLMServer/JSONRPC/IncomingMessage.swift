import Foundation

/// A message from the client, classified by its shape before anything is done with it.
enum IncomingMessage: Sendable {
    case request(id: RequestID, method: String, params: RawParams)
    case notification(method: String, params: RawParams)
    /// The client's answer to one of the server's requests.
    case response(id: RequestID, outcome: ClientResponse)
    /// Not a valid message: answered with this error (id null when it could not be read).
    case invalid(id: RequestID?, error: ResponseError)
    /// A response that cannot be matched (no usable id): nothing can be answered, it is logged.
    case ignored(reason: String)

    /// Parses one frame. Never throws: every way a frame can be wrong is a case.
    static func parse(_ frame: [UInt8]) -> IncomingMessage {
        let root: JSONNode
        do {
            root = try JSONNode.parse(frame)
        } catch {
            return .invalid(id: nil, error: .parseError(error.description))
        }
        switch root {
        case .object(let members):
            return classify(members)
        case .array(let items):
            return .invalid(id: nil, error: .invalidRequest(
                items.isEmpty ? "an empty array is not a message"
                    : "batches (arrays of messages) are not supported; send each message on its own"))
        default:
            return .invalid(id: nil, error: .invalidRequest("a message must be a JSON object, not \(root.kindDescription)"))
        }
    }

    private enum IDMember {
        case absent
        case null
        case value(RequestID)
        case invalid(String)
    }

    private static func readID(_ node: JSONNode?) -> IDMember {
        switch node {
        case nil: return .absent
        case .null?: return .null
        case .string(let text)?: return .value(.string(text))
        case .number(let literal)?:
            if let number = Int64(literal) { return .value(.number(number)) }
            return .invalid("the id must be an integer (of at most 64 bits) or a string, not \(JSONNode.number(literal).kindDescription)")
        case let other?:
            return .invalid("the id must be an integer or a string, not \(other.kindDescription)")
        }
    }

    private static func classify(_ members: [String: JSONNode]) -> IncomingMessage {
        let id = readID(members["id"])
        let usableID: RequestID?
        if case .value(let value) = id { usableID = value } else { usableID = nil }
        let versionProblem: String?
        switch members["jsonrpc"] {
        case .string("2.0")?: versionProblem = nil
        case nil: versionProblem = "the \"jsonrpc\" member is missing; it must be \"2.0\""
        case let other?: versionProblem = "the \"jsonrpc\" member must be the string \"2.0\", not \(other.kindDescription)"
        }

        if let methodNode = members["method"] {
            guard case .string(let method) = methodNode else {
                return .invalid(id: usableID, error: .invalidRequest("the \"method\" member must be a string, not \(methodNode.kindDescription)"))
            }
            if let versionProblem { return .invalid(id: usableID, error: .invalidRequest(versionProblem)) }
            switch id {
            case .invalid(let problem):
                return .invalid(id: nil, error: .invalidRequest(problem))
            case .null:
                return .invalid(id: nil, error: .invalidRequest("a request's id must not be null (leave it out for a notification)"))
            case .absent, .value:
                break
            }
            let params: RawParams
            switch members["params"] {
            case nil: params = RawParams(node: nil)
            case .null?: params = RawParams(node: nil)
            case .object?, .array?: params = RawParams(node: members["params"])
            case let other?:
                return .invalid(id: usableID, error: .invalidRequest("\"params\" must be an object or an array, not \(other.kindDescription)"))
            }
            if let usableID { return .request(id: usableID, method: method, params: params) }
            return .notification(method: method, params: params)
        }

        // No method: a response to one of our requests, or nothing at all.
        guard members["result"] != nil || members["error"] != nil else {
            if case .invalid(let problem) = id { return .invalid(id: nil, error: .invalidRequest(problem)) }
            return .invalid(id: usableID, error: .invalidRequest(
                "a message needs a \"method\" (a request or notification) or a \"result\" or \"error\" (a response)"))
        }
        guard let usableID else { return .ignored(reason: "a response without a usable id") }
        if let versionProblem { return .ignored(reason: "a response to \(usableID) with a bad version: \(versionProblem)") }
        if let errorNode = members["error"] {
            guard let error = try? JSONNodeDecoder.decode(ResponseError.self, from: errorNode) else {
                return .response(id: usableID, outcome: .error(.internalError("the client's error response was malformed")))
            }
            return .response(id: usableID, outcome: .error(error))
        }
        return .response(id: usableID, outcome: .result(members["result"] ?? .null))
    }
}

/// A client's response to a server request: its `result` (still a node) or its error.
enum ClientResponse: Sendable {
    case result(JSONNode)
    case error(ResponseError)
}

/// A message's params, not yet decoded into the method's type.
struct RawParams: Sendable {
    /// The params object or array; nil when absent or null.
    var node: JSONNode?

    /// The params as `P`: absent or null params decode like `{}`; a positional array is refused.
    /// Errors name the field: `params.options.limits.maxDepth: expected an integer, got "2"`.
    func decode<P: Decodable>(_ type: P.Type) throws -> P {
        if case .array? = node {
            throw ResponseError.invalidParams("params: must be an object of named parameters, not an array")
        }
        do {
            return try JSONNodeDecoder.decode(P.self, from: node ?? .object([:]))
        } catch let error as DecodingError {
            throw ResponseError.invalidParams(DecodingErrorText.describe(error, root: "params"))
        }
    }
}

/// Turns Codable's errors into messages that name the field as a path.
enum DecodingErrorText {
    static func describe(_ error: DecodingError, root: String) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key], root: root)): required, but missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath, root: root)): \(context.debugDescription)"
        @unknown default:
            return "\(root): \(error)"
        }
    }

    /// `params.contextFiles[2]`.
    static func path(_ keys: [CodingKey], root: String) -> String {
        var text = root
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += "." + key.stringValue
            }
        }
        return text
    }
}
