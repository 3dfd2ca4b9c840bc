import Foundation

/// The workspace tools, by the name the sandboxed program calls them.
public enum ToolName: String, Codable, CaseIterable, Sendable {
    case readFile = "read_file"
    case writeFile = "write_file"
    case editFile = "edit_file"
    case grep
    case findFiles = "find_files"
    case ls
    case bash

    /// Tools that only look: allowed by default.
    public var isReadOnly: Bool {
        switch self {
        case .readFile, .grep, .findFiles, .ls: return true
        case .writeFile, .editFile, .bash: return false
        }
    }
}

/// What the policy says about calls of one tool.
public enum PermissionMode: String, Codable, Sendable {
    /// Run without asking.
    case allow
    /// Ask the host's permission handler each time (until it answers "always").
    case ask
    /// Refuse with PermissionError, without asking.
    case deny
}

/// Allow, ask or deny, per tool. The default allows the read-only tools and asks for
/// write_file, edit_file and bash (bash can reach outside the workspace by nature).
public struct ToolPolicy: Codable, Sendable, Equatable {
    public var modes: [ToolName: PermissionMode]

    public init(_ modes: [ToolName: PermissionMode] = [:]) {
        var all = ToolPolicy.defaultModes
        for (tool, mode) in modes { all[tool] = mode }
        self.modes = all
    }

    public static let defaultModes: [ToolName: PermissionMode] = Dictionary(
        uniqueKeysWithValues: ToolName.allCases.map { ($0, $0.isReadOnly ? .allow : .ask) })

    /// Reads allowed; write, edit and bash ask.
    public static let `default` = ToolPolicy()

    /// Everything allowed (for trusted, non-interactive use).
    public static let allowAll = ToolPolicy(Dictionary(uniqueKeysWithValues: ToolName.allCases.map { ($0, .allow) }))

    /// Reads allowed; everything else refused.
    public static let readOnly = ToolPolicy(Dictionary(uniqueKeysWithValues: ToolName.allCases.map { ($0, $0.isReadOnly ? .allow : .deny) }))

    public subscript(tool: ToolName) -> PermissionMode {
        get { modes[tool] ?? (tool.isReadOnly ? .allow : .ask) }
        set { modes[tool] = newValue }
    }
}

/// What a tool asks permission for, in terms a person can judge.
public struct PermissionRequest: Codable, Sendable, Equatable {
    public let tool: ToolName
    /// One line: "write 3 lines (120 bytes) to notes/todo.md (new file)".
    public let summary: String
    /// The workspace-relative path concerned, for file tools.
    public let path: String?
    /// The shell command, for bash.
    public let command: String?
    /// The change as a unified diff, for write_file and edit_file.
    public let diff: String?

    public init(tool: ToolName, summary: String, path: String? = nil, command: String? = nil, diff: String? = nil) {
        self.tool = tool
        self.summary = summary
        self.path = path
        self.command = command
        self.diff = diff
    }
}

/// The host's answer to a PermissionRequest.
public enum PermissionDecision: Codable, Sendable, Equatable {
    /// This call only.
    case allow
    /// This call and every later call of the same tool (the policy becomes `.allow`).
    case allowAlways
    /// Refuse this call; `reason` is shown to the model in the PermissionError.
    case deny(reason: String?)
    /// Refuse this call and every later call of the same tool (the policy becomes `.deny`).
    case denyAlways(reason: String?)

    var allows: Bool {
        switch self {
        case .allow, .allowAlways: return true
        case .deny, .denyAlways: return false
        }
    }
}

/// Supplied by the host: asks someone (the editor's user, a terminal prompt) and answers.
public typealias PermissionHandler = @Sendable (PermissionRequest) async -> PermissionDecision

/// How a call got (or did not get) permission to run; recorded in its trace.
public enum PermissionOutcome: String, Codable, Sendable {
    /// The policy allows the tool.
    case allowedByPolicy
    /// The policy asked and the handler allowed this call.
    case approved
    /// The policy asked and the handler allowed this and all later calls of the tool.
    case approvedAlways
    /// The policy denies the tool.
    case deniedByPolicy
    /// The policy asked and the handler refused.
    case denied
    /// The policy asked but the host supplied no handler, so the call was refused.
    case deniedNoHandler
    /// The call failed before permission was needed (a bad argument, a path outside).
    case notRequested
}
