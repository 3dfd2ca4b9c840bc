import Foundation

/// `rlm/requestPermission`, sent to a client that declared
/// `capabilities.experimental.rlm.requestPermission`: may this tool call go ahead?
public struct RequestPermissionRequest: ServerRequestType {
    public static let method = "rlm/requestPermission"
    public typealias Response = PermissionAnswer

    public var runId: String?
    public var sessionId: String
    /// write_file, edit_file, bash (or another tool the policy says to ask about).
    public var tool: String
    public var arguments: Arguments
    /// One line a person can judge: "write 3 lines (120 bytes) to notes/todo.md (new file)".
    public var description: String

    public struct Arguments: Codable, Sendable, Hashable {
        public var path: String?
        public var command: String?
        /// The change as a unified diff (write_file, edit_file).
        public var diff: String?
    }
}

/// The client's answer.
public struct PermissionAnswer: Codable, Sendable, Hashable {
    /// "allow" (this call), "allowAlways" (this and every later call of the tool, in every
    /// session), "deny" (this call), or "denyAlways".
    public var decision: String
    /// Shown to the model with a refusal.
    public var reason: String?
}
