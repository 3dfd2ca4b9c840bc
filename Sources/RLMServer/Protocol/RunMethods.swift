import Foundation
import RLMEngine

/// `rlm/run`: answers a query. The run's id comes in the first `rlm/trace` notification
/// (`run_started`), before this reply, so the client can cancel it.
public struct RunRequest: RequestType {
    public static let method = "rlm/run"
    public typealias Response = RunResult

    /// The session to run in; without one the run gets a fresh session, closed after it.
    public var sessionId: String?
    /// Replaces the session's context for this run and the next ones.
    public var context: ContextInput?
    public var contextFiles: [String]?
    public var query: String
    /// Only for a run without `sessionId` (a session's options are set when it is created).
    public var options: SessionOptions?
    /// Progress of the run is reported as `$/progress` with this token.
    public var workDoneToken: ProgressToken?

    public func validate() throws {
        try require(!query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "params.query", "must not be empty")
        try ContextSource.validate(context: context, contextFiles: contextFiles)
        if sessionId != nil, options != nil {
            throw ResponseError.invalidParams(
                "params.options: a session's options are set when it is created (rlm/session/create); leave them out when giving sessionId")
        }
        try options?.validate("params.options")
    }
}

/// What a run produced. Also the `data` of the -32800 error a cancelled run's request gets.
public struct RunResult: Codable, Sendable, Hashable {
    public var runId: String
    /// The session, when the run was in one the client created.
    public var sessionId: String?
    /// "completed", a limit ("max_iterations", "timeout", "max_tokens", "max_cost",
    /// "max_consecutive_errors"), "cancelled" or "failed".
    public var status: String
    /// The answer, or after a limit or cancellation the best partial one; absent when none.
    public var answer: String?
    /// Why the run ended without an answer, in words.
    public var detail: String?
    public var usage: UsageSummary
    public var iterations: Int
    public var durationMs: Int
}

/// Tokens, money and calls.
public struct UsageSummary: Codable, Sendable, Hashable {
    public var inputTokens: Int
    public var outputTokens: Int
    public var cachedInputTokens: Int
    public var reasoningTokens: Int
    /// At the model table's list prices; a lower bound when `unpricedCalls` > 0.
    public var costUsd: Double
    public var unpricedCalls: Int
    /// Model calls made (cached sub-calls not counted).
    public var llmCalls: Int

    public static let zero = UsageSummary(tokens: .zero, cost: .zero, llmCalls: 0)

    init(tokens: TokenCounts, cost: CostTotal, llmCalls: Int) {
        inputTokens = tokens.input
        outputTokens = tokens.output
        cachedInputTokens = tokens.cachedInput
        reasoningTokens = tokens.reasoning
        costUsd = cost.usd
        unpricedCalls = cost.unpricedCalls
        self.llmCalls = llmCalls
    }
}

/// `rlm/cancel`: stops a run, its children and their HTTP requests. The run's own request is
/// answered with -32800 and the partial result; this one at once.
public struct CancelRunRequest: RequestType {
    public static let method = "rlm/cancel"
    public typealias Response = CancelRunResult

    public var runId: String
}

public struct CancelRunResult: Codable, Sendable, Hashable {
    public var runId: String
    /// False when the run had already finished.
    public var cancelled: Bool
    public var status: String
}

/// `rlm/trace/get`: a run's execution tree, as folded from its trace events.
public struct TraceGetRequest: RequestType {
    public static let method = "rlm/trace/get"
    public typealias Response = TraceTree

    public var runId: String
    /// Also return the events themselves (those kept: every structural event, and streamed
    /// text up to a bound).
    public var includeEvents: Bool?
}

/// `rlm/runs/list`: runs since the server started, newest first.
public struct RunsListRequest: RequestType {
    public static let method = "rlm/runs/list"
    public typealias Response = RunsListResult

    public var sessionId: String?
    public var limit: Int?

    public func validate() throws {
        if let limit { try require(limit >= 1, "params.limit", "must be at least 1") }
    }
}

public struct RunsListResult: Codable, Sendable, Hashable {
    public var runs: [RunSummary]
}

public struct RunSummary: Codable, Sendable, Hashable {
    public var runId: String
    public var sessionId: String?
    public var query: String
    /// "running" or how it ended (see RunResult.status).
    public var status: String
    public var answer: String?
    public var usage: UsageSummary
    public var startedAt: Double
    public var durationMs: Int?
}

/// `rlm/stats`: usage per model and in total since the server started.
public struct StatsRequest: RequestType {
    public static let method = "rlm/stats"
    public typealias Response = StatsResult
}

public struct StatsResult: Codable, Sendable, Hashable {
    public struct ModelUsage: Codable, Sendable, Hashable {
        public var model: String
        public var calls: Int
        /// Sub-calls answered from a run's cache.
        public var cachedCalls: Int
        public var failedCalls: Int
        public var inputTokens: Int
        public var outputTokens: Int
        public var cachedInputTokens: Int
        public var reasoningTokens: Int
        public var costUsd: Double
        public var unpricedCalls: Int
    }

    public struct RunCounts: Codable, Sendable, Hashable {
        public var total: Int
        public var running: Int
        /// Finished runs by status.
        public var byStatus: [String: Int]
    }

    public var uptimeSeconds: Double
    public var sessions: Int
    public var runs: RunCounts
    public var models: [ModelUsage]
    public var total: UsageSummary
}
