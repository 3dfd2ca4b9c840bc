import Foundation

/// `initialize`: the first request. Gives the workspace, what the client can do, and the
/// configuration.
public struct InitializeRequest: RequestType {
    public static let method = "initialize"
    public typealias Response = InitializeResult

    public var processId: Int?
    public var clientInfo: ClientInfo?
    /// The workspace, as a `file://` URI. `workspaceFolders` wins when both are given.
    public var rootUri: String?
    /// The workspace as a path (deprecated in LSP; used when there is no URI).
    public var rootPath: String?
    /// The first folder is the workspace.
    public var workspaceFolders: [WorkspaceFolder]?
    public var capabilities: ClientCapabilities?
    public var initializationOptions: InitializationOptions?

    public func validate() throws {
        try initializationOptions?.validate()
    }
}

public struct ClientInfo: Codable, Sendable, Hashable {
    public var name: String
    public var version: String?
}

public struct WorkspaceFolder: Codable, Sendable, Hashable {
    public var uri: String
    public var name: String?
}

/// The parts of LSP's client capabilities this server reads; the rest is ignored.
public struct ClientCapabilities: Codable, Sendable, Hashable {
    public struct Window: Codable, Sendable, Hashable {
        /// The client accepts `window/workDoneProgress/create`, so the server may show progress
        /// for runs that came without a `workDoneToken`.
        public var workDoneProgress: Bool?
    }

    public struct Experimental: Codable, Sendable, Hashable {
        public var rlm: RLMCapabilities?
    }

    /// What an rlm-aware client declares under `capabilities.experimental.rlm`.
    public struct RLMCapabilities: Codable, Sendable, Hashable {
        /// The client answers `rlm/requestPermission`; otherwise the configured policy decides
        /// and "ask" means deny.
        public var requestPermission: Bool?
    }

    public var window: Window?
    public var experimental: Experimental?
}

public struct InitializeResult: Codable, Sendable, Hashable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo
}

public struct ServerInfo: Codable, Sendable, Hashable {
    public var name: String
    public var version: String
}

public struct ServerCapabilities: Codable, Sendable, Hashable {
    public struct ExecuteCommandOptions: Codable, Sendable, Hashable {
        public var commands: [String]
    }

    public struct Experimental: Codable, Sendable, Hashable {
        public var rlm: RLMServerCapabilities
    }

    public var executeCommandProvider: ExecuteCommandOptions
    public var experimental: Experimental
}

/// What the server tells an rlm-aware client in `capabilities.experimental.rlm`.
public struct RLMServerCapabilities: Codable, Sendable, Hashable {
    /// Bumped when a method or a field changes incompatibly.
    public var protocolVersion: Int
    public var methods: [String]
    public var notifications: [String]
    /// The framing the server detected and answers in.
    public var framing: String
    public var maxMessageBytes: Int
    /// The workspace folder, when there is one.
    public var workspace: String?
    public var model: String
    public var subModel: String
    public var provider: String
    /// Whether permission requests will be sent (the client declared it answers them).
    public var permissionRequests: Bool
    /// The tool policy in force: tool -> allow, ask or deny.
    public var permissions: [String: String]
}

/// `initialized`: the client has the initialize result.
public struct InitializedNotification: NotificationType {
    public static let method = "initialized"
}

/// `shutdown`: runs are cancelled; the reply is null; then only `exit` is accepted.
public struct ShutdownRequest: RequestType {
    public static let method = "shutdown"
    public typealias Response = NullResult
}

/// `exit`: the process ends, with status 0 after `shutdown` and 1 otherwise.
public struct ExitNotification: NotificationType {
    public static let method = "exit"
}
