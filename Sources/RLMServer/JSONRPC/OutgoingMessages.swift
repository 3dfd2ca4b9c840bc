import Foundation

/// A successful response: `{"jsonrpc":"2.0","id":...,"result":...}`.
struct ResponseMessage<Result: Encodable>: Encodable {
    var id: RequestID
    var result: Result

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("2.0", forKey: .jsonrpc)
        try c.encode(id, forKey: .id)
        try c.encode(result, forKey: .result)
    }
}

/// An error response; `id` is null when the request's id could not be read.
struct ErrorResponseMessage: Encodable {
    var id: RequestID?
    var error: ResponseError

    enum CodingKeys: String, CodingKey { case jsonrpc, id, error }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("2.0", forKey: .jsonrpc)
        // Written even when nil: JSON-RPC requires `"id": null` when the id is unknown.
        try c.encode(id, forKey: .id)
        try c.encode(error, forKey: .error)
    }
}

/// A notification from the server to the client.
struct NotificationMessage<Params: Encodable>: Encodable {
    var method: String
    var params: Params

    enum CodingKeys: String, CodingKey { case jsonrpc, method, params }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("2.0", forKey: .jsonrpc)
        try c.encode(method, forKey: .method)
        try c.encode(params, forKey: .params)
    }
}

/// A request from the server to the client (`rlm/requestPermission`, `window/workDoneProgress/create`).
struct RequestMessage<Params: Encodable>: Encodable {
    var id: RequestID
    var method: String
    var params: Params

    enum CodingKeys: String, CodingKey { case jsonrpc, id, method, params }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("2.0", forKey: .jsonrpc)
        try c.encode(id, forKey: .id)
        try c.encode(method, forKey: .method)
        try c.encode(params, forKey: .params)
    }
}

/// The `null` result (`shutdown`'s).
public struct NullResult: Codable, Sendable, Hashable {
    public init() {}
    public init(from decoder: Decoder) throws {}
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}

/// Any Encodable value, so results of different types travel through one path.
struct AnyEncodable: Encodable, @unchecked Sendable {
    let value: any Encodable

    func encode(to encoder: Encoder) throws {
        try value.encode(to: encoder)
    }
}
