import Foundation

/// The limits of one run. Every node of the run's tree shares the run-wide ones (time, tokens,
/// money): a child RLM spends from what its parent has left. The per-node ones (iterations,
/// consecutive errors) apply to each RLM node on its own.
public struct RunLimits: Sendable, Hashable, Codable {
    /// Model turns an RLM node may take before it is asked to answer now.
    public var maxIterations: Int
    /// Levels of RLM nesting: the root is depth 0, and `rlm_query` at a depth whose child would
    /// be at `maxDepth` or deeper is answered by a plain `llm_query` instead. 1 means no child RLMs.
    public var maxDepth: Int
    /// Wall-clock seconds for the whole run, children included; nil for none.
    public var timeout: Double?
    /// Input plus output tokens for the whole run; nil for none.
    public var maxTokens: Int?
    /// US dollars for the whole run, at the model table's list prices; nil for none. Calls whose
    /// price is unknown count as free (the outcome says how many there were).
    public var maxCostUSD: Double?
    /// Turns in a row whose code failed before an RLM node is asked to answer now.
    public var maxConsecutiveErrors: Int

    public init(
        maxIterations: Int = 30, maxDepth: Int = 2, timeout: Double? = nil, maxTokens: Int? = nil,
        maxCostUSD: Double? = nil, maxConsecutiveErrors: Int = 5
    ) {
        self.maxIterations = maxIterations
        self.maxDepth = maxDepth
        self.timeout = timeout
        self.maxTokens = maxTokens
        self.maxCostUSD = maxCostUSD
        self.maxConsecutiveErrors = maxConsecutiveErrors
    }

    enum CodingKeys: String, CodingKey {
        case maxIterations = "max_iterations"
        case maxDepth = "max_depth"
        case timeout
        case maxTokens = "max_tokens"
        case maxCostUSD = "max_cost_usd"
        case maxConsecutiveErrors = "max_consecutive_errors"
    }

    /// A message naming the first value that cannot be used, or nil when all can.
    public func validationError() -> String? {
        if maxIterations < 1 { return "max iterations must be at least 1 (got \(maxIterations))" }
        if maxDepth < 1 { return "max depth must be at least 1 (got \(maxDepth)); 1 means no child RLMs" }
        if let timeout, !(timeout > 0) { return "the timeout must be a positive number of seconds (got \(timeout))" }
        if let maxTokens, maxTokens < 1 { return "max tokens must be at least 1 (got \(maxTokens))" }
        if let maxCostUSD, !(maxCostUSD > 0) { return "max cost must be a positive amount of USD (got \(maxCostUSD))" }
        if maxConsecutiveErrors < 1 { return "max consecutive errors must be at least 1 (got \(maxConsecutiveErrors))" }
        return nil
    }
}

/// A limit that ended a node or a run.
public enum LimitKind: String, Sendable, Hashable, Codable, CustomStringConvertible {
    case maxIterations = "max_iterations"
    case maxConsecutiveErrors = "max_consecutive_errors"
    case timeout
    case maxTokens = "max_tokens"
    case maxCost = "max_cost"

    /// Run-wide limits stop the whole tree; the others end one RLM node.
    public var isRunWide: Bool {
        switch self {
        case .timeout, .maxTokens, .maxCost: return true
        case .maxIterations, .maxConsecutiveErrors: return false
        }
    }

    public var description: String { rawValue }
}

/// How a run ended.
public enum RunStatus: String, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code set the answer (FINAL, FINAL_VAR, or `answer["ready"] = True`).
    case completed
    case maxIterations = "max_iterations"
    case maxConsecutiveErrors = "max_consecutive_errors"
    case timeout
    case maxTokens = "max_tokens"
    case maxCost = "max_cost"
    /// The host cancelled the run.
    case cancelled
    /// The root model could not be reached or answered with an error.
    case failed

    init(_ limit: LimitKind) {
        switch limit {
        case .maxIterations: self = .maxIterations
        case .maxConsecutiveErrors: self = .maxConsecutiveErrors
        case .timeout: self = .timeout
        case .maxTokens: self = .maxTokens
        case .maxCost: self = .maxCost
        }
    }

    /// The limit this status names, if it names one.
    public var limit: LimitKind? { LimitKind(rawValue: rawValue) }

    public var description: String { rawValue }
}
