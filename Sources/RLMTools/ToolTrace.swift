import Foundation

/// One tool call, as the trace records it: what was asked, what came of it, how long it took
/// and how permission was settled. Arguments are abridged (long texts cut, sizes noted) so a
/// record stays small whatever the call carried.
public struct ToolTraceRecord: Codable, Sendable, Equatable {
    public let tool: ToolName
    /// Arguments by parameter name, each abridged to at most `ToolTraceRecord.argumentLimit`
    /// characters.
    public let arguments: [String: String]
    /// A one-line account of the result ("12 matches in 4 files"), or the error message.
    public let summary: String
    /// Set when the call failed: the error's kind (its Python exception is derived from it).
    public let error: ToolError.Kind?
    public let permission: PermissionOutcome
    public let startedAt: Date
    public let durationSeconds: Double
    /// The change made, as a unified diff (write_file and edit_file).
    public let diff: String?

    public init(tool: ToolName, arguments: [String: String], summary: String, error: ToolError.Kind?,
                permission: PermissionOutcome, startedAt: Date, durationSeconds: Double, diff: String?) {
        self.tool = tool
        self.arguments = arguments
        self.summary = summary
        self.error = error
        self.permission = permission
        self.startedAt = startedAt
        self.durationSeconds = durationSeconds
        self.diff = diff
    }

    /// Longest argument text kept in a record.
    public static let argumentLimit = 200

    /// `text` cut to `limit` characters, with the full length noted when cut.
    public static func abridge(_ text: String, limit: Int = argumentLimit) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(text.count) characters)"
    }
}

/// Receives every trace record (the engine forwards them to its event stream and store).
public typealias ToolTraceSink = @Sendable (ToolTraceRecord) -> Void
