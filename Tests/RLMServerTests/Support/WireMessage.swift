import Foundation
import RLMEngine
import RLMProviders

/// One message the server wrote, as it crossed the pipe: its bytes and its JSON.
struct WireMessage: Sendable {
    let raw: Data
    let json: JSONValue
    /// Its place among everything the server wrote (0, 1, 2...).
    let index: Int

    var id: JSONValue? { json["id"] }
    var method: String? { json["method"]?.stringValue }
    var params: JSONValue? { json["params"] }
    var result: JSONValue? { json["result"] }
    var error: JSONValue? { json["error"] }
    var errorCode: Int? { json["error"]?["code"]?.intValue }
    var errorMessage: String { json["error"]?["message"]?.stringValue ?? "" }

    var isResponse: Bool { method == nil && (json["result"] != nil || json["error"] != nil) }
    var isNotification: Bool { method != nil && json["id"] == nil }
    var isServerRequest: Bool { method != nil && json["id"] != nil }

    /// The engine event of an `rlm/trace` notification, decoded with the engine's own type.
    func traceEvent() throws -> TraceEvent {
        let event = try JSONEncoder().encode(params?["event"] ?? .null)
        return try JSONDecoder().decode(TraceEvent.self, from: event)
    }

    /// The result (or error data) decoded as `T`.
    func decodeResult<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(result ?? .null))
    }

    func decodeErrorData<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(error?["data"] ?? .null))
    }
}

extension JSONValue {
    var intValue: Int? {
        if case .number(let value) = self { return Int(exactly: value) }
        return nil
    }

    var doubleValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var isNull: Bool { self == .null }
}
