import Foundation
import RLMProviders

/// A context given inline: a str, a list of str, or a dict name -> text (in the sandbox,
/// `context` has that type).
public enum ContextInput: Codable, Sendable, Hashable {
    case text(String)
    case list([String])
    case documents([String: String])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let items = try? container.decode([String].self) {
            self = .list(items)
        } else if let documents = try? container.decode([String: String].self) {
            self = .documents(documents)
        } else {
            throw DecodingError.typeMismatch(ContextInput.self, DecodingError.Context(
                codingPath: container.codingPath,
                debugDescription: "expected a string, an array of strings or an object of strings"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .list(let items): try container.encode(items)
        case .documents(let documents): try container.encode(documents)
        }
    }
}

/// A context described without its text.
public struct ContextInfo: Codable, Sendable, Hashable {
    /// "str", "list" or "dict" (the type of `context` in the sandbox).
    public var type: String
    public var chars: Int
    /// Items of a list or dict; absent for a str.
    public var items: Int?
    /// For a context made from `contextFiles`, the workspace-relative paths read.
    public var files: [String]?
}

/// `rlm/session/create`: a session keeps one interpreter and one history across runs.
public struct SessionCreateRequest: RequestType {
    public static let method = "rlm/session/create"
    public typealias Response = SessionCreateResult

    public var context: ContextInput?
    /// Paths or globs in the workspace (`src/**/*.swift`; a pattern without "/" matches file
    /// names at any depth); the context becomes a dict path -> text.
    public var contextFiles: [String]?
    public var name: String?
    public var options: SessionOptions?

    public func validate() throws {
        try ContextSource.validate(context: context, contextFiles: contextFiles)
        try options?.validate("params.options")
    }
}

public struct SessionCreateResult: Codable, Sendable, Hashable {
    public var sessionId: String
    public var name: String?
    public var context: ContextInfo
}

/// `rlm/session/list`.
public struct SessionListRequest: RequestType {
    public static let method = "rlm/session/list"
    public typealias Response = SessionListResult
}

public struct SessionListResult: Codable, Sendable, Hashable {
    public var sessions: [SessionInfo]
}

public struct SessionInfo: Codable, Sendable, Hashable {
    public var sessionId: String
    public var name: String?
    /// "idle" or "running".
    public var state: String
    /// The run in progress.
    public var runId: String?
    public var runs: Int
    public var context: ContextInfo
    public var usage: UsageSummary
    public var model: String
    public var createdAt: Double
}

/// `rlm/session/close`: a run in progress is cancelled.
public struct SessionCloseRequest: RequestType {
    public static let method = "rlm/session/close"
    public typealias Response = SessionCloseResult

    public var sessionId: String
}

public struct SessionCloseResult: Codable, Sendable, Hashable {
    public var sessionId: String
    public var closed: Bool
}

/// `rlm/session/history`: the root model's conversation so far (compacted turns included)
/// and the session's runs.
public struct SessionHistoryRequest: RequestType {
    public static let method = "rlm/session/history"
    public typealias Response = SessionHistoryResult

    public var sessionId: String
}

public struct SessionHistoryResult: Codable, Sendable, Hashable {
    public var sessionId: String
    public var messages: [ChatMessage]
    public var runs: [RunSummary]
    public var compactions: Int
}

/// Checks shared by session/create and run.
enum ContextSource {
    static func validate(context: ContextInput?, contextFiles: [String]?) throws {
        if context != nil, contextFiles != nil {
            throw ResponseError.invalidParams("params.contextFiles: give either context or contextFiles, not both")
        }
        if let contextFiles {
            try require(!contextFiles.isEmpty, "params.contextFiles", "must name at least one path or glob")
            for (index, pattern) in contextFiles.enumerated() {
                try require(!pattern.isEmpty, "params.contextFiles[\(index)]", "must not be empty")
            }
        }
    }
}
