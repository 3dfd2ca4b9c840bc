import Foundation
import RLMEngine
import RLMProviders
import RLMTools

/// `initializationOptions` of `initialize`: what the editor configures. Every member is
/// optional; what is left out comes from `rlm serve`'s flags, the environment and the config
/// file, as for `rlm run` (Docs/providers.md).
public struct InitializationOptions: Codable, Sendable, Hashable {
    public var provider: EndpointOptions?
    public var models: ModelOptions?
    public var limits: LimitsOptions?
    /// Per tool (read_file, write_file, edit_file, grep, find_files, ls, bash): allow, ask or
    /// deny. Left out: reads allowed, write_file, edit_file and bash ask.
    public var permissions: [String: PermissionMode]?
    /// Keep the sandbox's `memory` dict per workspace across runs (default true).
    public var memory: Bool?
    /// Give runs the workspace tools when there is a workspace (default true).
    public var tools: Bool?
    public var batchConcurrency: Int?
    public var codeTimeout: Double?
    /// Trace events buffered per session for a client that reads slowly; past that, streamed
    /// text is merged or dropped (never run, node or tool events). Default 4096.
    public var traceBufferEvents: Int?

    public init() {}

    func validate() throws {
        let root = "params.initializationOptions"
        try provider?.validate(root + ".provider")
        try limits?.validate(root + ".limits")
        for name in (permissions ?? [:]).keys.sorted() {
            try require(ToolName(rawValue: name) != nil, "\(root).permissions.\(name)",
                        "no such tool; the tools are \(ToolName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let batchConcurrency { try require(batchConcurrency >= 1, root + ".batchConcurrency", "must be at least 1") }
        if let codeTimeout { try require(codeTimeout > 0, root + ".codeTimeout", "must be a positive number of seconds") }
        if let traceBufferEvents {
            try require((16...1_000_000).contains(traceBufferEvents), root + ".traceBufferEvents", "must be between 16 and 1000000")
        }
    }

    /// The tool policy these options give.
    var toolPolicy: ToolPolicy {
        var modes: [ToolName: PermissionMode] = [:]
        for (name, mode) in permissions ?? [:] {
            if let tool = ToolName(rawValue: name) { modes[tool] = mode }
        }
        return ToolPolicy(modes)
    }
}

/// Where the models are: the same settings as `rlm run`'s provider flags.
public struct EndpointOptions: Codable, Sendable, Hashable {
    /// "openai" (and OpenAI-compatible servers) or "anthropic".
    public var provider: String?
    public var baseUrl: String?
    /// Sent as the API key; otherwise RLM_API_KEY, OPENAI_API_KEY or ANTHROPIC_API_KEY.
    public var apiKey: String?
    public var maxRetries: Int?
    public var connectTimeout: Double?
    public var requestTimeout: Double?
    public var streamIdleTimeout: Double?
    public var maxConcurrency: Int?
    /// A config file to read instead of the default one.
    public var configFile: String?

    public init() {}

    func validate(_ root: String) throws {
        if let maxRetries { try require(maxRetries >= 0, root + ".maxRetries", "must be 0 or more") }
        if let maxConcurrency { try require(maxConcurrency >= 1, root + ".maxConcurrency", "must be at least 1") }
        for (value, name) in [(connectTimeout, "connectTimeout"), (requestTimeout, "requestTimeout"), (streamIdleTimeout, "streamIdleTimeout")] {
            if let value { try require(value > 0, "\(root).\(name)", "must be a positive number of seconds") }
        }
    }
}

/// Which models answer.
public struct ModelOptions: Codable, Sendable, Hashable {
    /// The root model, which writes the code.
    public var model: String?
    /// The model of `llm_query`.
    public var subModel: String?
    /// The model of child RLMs (`rlm_query`); the root model when left out.
    public var childModel: String?
    /// Windows and prices to add to or override in the model table, by model name, with the
    /// config file's keys (`context_window`, `input_per_million`, ...).
    public var table: [String: ModelInfo]?

    public init() {}
}

/// Run limits (Docs/engine.md, "Limits and money"); each overrides the default it names.
public struct LimitsOptions: Codable, Sendable, Hashable {
    public var maxIterations: Int?
    public var maxDepth: Int?
    /// Seconds for the whole run.
    public var timeout: Double?
    public var maxTokens: Int?
    public var maxCostUsd: Double?
    public var maxConsecutiveErrors: Int?

    public init() {}

    func validate(_ root: String) throws {
        if let maxIterations { try require(maxIterations >= 1, root + ".maxIterations", "must be at least 1") }
        if let maxDepth { try require(maxDepth >= 1, root + ".maxDepth", "must be at least 1 (1 means no child RLMs)") }
        if let timeout { try require(timeout > 0, root + ".timeout", "must be a positive number of seconds") }
        if let maxTokens { try require(maxTokens >= 1, root + ".maxTokens", "must be at least 1") }
        if let maxCostUsd { try require(maxCostUsd > 0, root + ".maxCostUsd", "must be a positive amount of USD") }
        if let maxConsecutiveErrors { try require(maxConsecutiveErrors >= 1, root + ".maxConsecutiveErrors", "must be at least 1") }
    }

    /// `base` with every limit these options set replaced.
    func applied(to base: RunLimits) -> RunLimits {
        var limits = base
        if let maxIterations { limits.maxIterations = maxIterations }
        if let maxDepth { limits.maxDepth = maxDepth }
        if let timeout { limits.timeout = timeout }
        if let maxTokens { limits.maxTokens = maxTokens }
        if let maxCostUsd { limits.maxCostUSD = maxCostUsd }
        if let maxConsecutiveErrors { limits.maxConsecutiveErrors = maxConsecutiveErrors }
        return limits
    }
}

/// A session's own settings (`rlm/session/create`, or `rlm/run` without a session), over the
/// server's defaults.
public struct SessionOptions: Codable, Sendable, Hashable {
    public var model: String?
    public var subModel: String?
    public var childModel: String?
    public var limits: LimitsOptions?
    public var batchConcurrency: Int?
    public var codeTimeout: Double?
    /// Stream model answers (text deltas in the trace); default true.
    public var streaming: Bool?
    public var memory: Bool?
    public var tools: Bool?
    /// Appended to the system prompt of every RLM node.
    public var systemPrompt: String?

    public init() {}

    func validate(_ root: String) throws {
        try limits?.validate(root + ".limits")
        if let batchConcurrency { try require(batchConcurrency >= 1, root + ".batchConcurrency", "must be at least 1") }
        if let codeTimeout { try require(codeTimeout > 0, root + ".codeTimeout", "must be a positive number of seconds") }
        for (value, name) in [(model, "model"), (subModel, "subModel"), (childModel, "childModel")] {
            if let value { try require(!value.trimmingCharacters(in: .whitespaces).isEmpty, "\(root).\(name)", "must not be empty") }
        }
    }
}
