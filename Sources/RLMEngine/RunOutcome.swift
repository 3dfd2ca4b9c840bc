import Foundation

/// What a run produced.
public struct RunOutcome: Sendable, Hashable, Codable {
    public var runID: String
    public var status: RunStatus
    /// The answer: the one the code set, or after a limit the model's best answer when asked
    /// to answer now (else the last `answer["content"]`); nil when there is none.
    public var answer: String?
    /// Why the run ended without the code setting the answer: the limit or the error, in words.
    public var detail: String?
    /// Every model call of the run, children and sub-calls included.
    public var tokens: TokenCounts
    public var cost: CostTotal
    /// The root's turns.
    public var iterations: Int
    public var elapsedSeconds: Double
    /// Sub-calls answered from the run's cache.
    public var cacheHits: Int

    enum CodingKeys: String, CodingKey {
        case runID = "run_id", status, answer, detail, tokens, cost, iterations
        case elapsedSeconds = "elapsed_seconds", cacheHits = "cache_hits"
    }
}

/// Where a session is.
public enum SessionState: Sendable, Hashable {
    case idle
    case running(runID: String)
    case closed
}

/// A session's state and totals, for the host.
public struct SessionStatus: Sendable, Hashable {
    public var state: SessionState
    /// Runs started so far.
    public var runs: Int
    public var lastOutcome: RunOutcome?
    /// Totals over every run of the session.
    public var tokens: TokenCounts
    public var cost: CostTotal
    /// Times the root history was summarised.
    public var compactions: Int
    /// Messages in the root history now (after compactions).
    public var historyMessages: Int
}

/// A session refused a call.
public enum RLMSessionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A run is already in progress; a session runs one at a time.
    case busy(runID: String)
    case closed
    /// The configuration cannot be used; the text says which value and why.
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case .busy(let runID): return "the session is busy with run \(runID); wait for it to finish or cancel it"
        case .closed: return "the session is closed"
        case .invalidConfiguration(let problem): return "invalid configuration: \(problem)"
        }
    }
}
