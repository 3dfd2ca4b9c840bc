import Foundation

/// A request the client sends: its params are the conforming struct, decoded from the
/// message's `params`, and `Response` is what the `result` holds. The registry routes each
/// `method` to its type and handler (`MethodRegistry`).
public protocol RequestType: Decodable, Sendable {
    associatedtype Response: Encodable & Sendable
    static var method: String { get }
    /// Checks that types alone cannot express; throws `ResponseError.invalidParams` naming
    /// the field.
    func validate() throws
}

extension RequestType {
    public func validate() throws {}
}

/// A notification: a message without an id, never answered.
public protocol NotificationType: Codable, Sendable {
    static var method: String { get }
}

/// A request the server sends to the client, whose answer is `Response`.
public protocol ServerRequestType: Encodable, Sendable {
    associatedtype Response: Decodable & Sendable
    static var method: String { get }
}

/// LSP's `integer | string` progress token (`workDoneToken`), the same shape as a request id.
public typealias ProgressToken = RequestID

/// Throws -32602 naming `field` unless `condition` holds.
func require(_ condition: Bool, _ field: String, _ problem: @autoclosure () -> String) throws {
    if !condition { throw ResponseError.invalidParams("\(field): \(problem())") }
}
