import Foundation

/// One event of a run's trace: the stream editors draw the execution tree from, the CLI
/// renders, and `--trace` writes as JSONL. Every event names its run, the node it belongs to
/// and that node's parent, and carries a sequence number (1, 2, 3... per run, in publication
/// order) and a timestamp.
///
/// On the wire (JSON) an event is one object: the envelope fields and `type`, with the
/// payload under `data`:
///
///     {"run_id":"run-5f2a...","seq":7,"time":1767000000.123,"node_id":"n3","parent_id":"n0",
///      "type":"model_response","data":{"model":"gpt-5-mini","tokens":{...},...}}
public struct TraceEvent: Sendable, Hashable, Codable {
    public var runID: String
    public var sequence: Int
    public var timestamp: Date
    public var nodeID: String
    /// nil for the root node and for run-level events.
    public var parentNodeID: String?
    public var payload: TraceEventPayload

    public init(runID: String, sequence: Int, timestamp: Date, nodeID: String, parentNodeID: String?, payload: TraceEventPayload) {
        self.runID = runID
        self.sequence = sequence
        self.timestamp = timestamp
        self.nodeID = nodeID
        self.parentNodeID = parentNodeID
        self.payload = payload
    }

    /// The payload's `type` name on the wire ("node_started"...).
    public var type: String { payload.type }

    enum CodingKeys: String, CodingKey {
        case runID = "run_id", sequence = "seq", timestamp = "time", nodeID = "node_id", parentNodeID = "parent_id"
        case type, data
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        runID = try c.decode(String.self, forKey: .runID)
        sequence = try c.decode(Int.self, forKey: .sequence)
        timestamp = Date(timeIntervalSince1970: try c.decode(Double.self, forKey: .timestamp))
        nodeID = try c.decode(String.self, forKey: .nodeID)
        parentNodeID = try c.decodeIfPresent(String.self, forKey: .parentNodeID)
        let type = try c.decode(String.self, forKey: .type)
        payload = try TraceEventPayload.decode(type: type, from: c, key: .data)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(runID, forKey: .runID)
        try c.encode(sequence, forKey: .sequence)
        try c.encode(timestamp.timeIntervalSince1970, forKey: .timestamp)
        try c.encode(nodeID, forKey: .nodeID)
        try c.encodeIfPresent(parentNodeID, forKey: .parentNodeID)
        try c.encode(payload.type, forKey: .type)
        try payload.encode(into: &c, key: .data)
    }

    /// The event as one line of JSON (JSONL), keys sorted.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// What happened. Each case's payload is its own Codable struct.
public enum TraceEventPayload: Sendable, Hashable {
    case runStarted(RunStartedEvent)
    case runFinished(RunFinishedEvent)
    case nodeStarted(NodeStartedEvent)
    case nodeFinished(NodeFinishedEvent)
    case iterationStarted(IterationStartedEvent)
    case modelRequest(ModelRequestEvent)
    case modelRetry(ModelRetryEvent)
    /// Streamed text of a model's answer. Consecutive pieces are coalesced before they are
    /// published (and again for a subscriber that falls behind).
    case textDelta(TextDeltaEvent)
    case modelResponse(ModelResponseEvent)
    case codeStarted(CodeStartedEvent)
    /// Printed output of a running code block, coalesced like text deltas.
    case codeOutput(CodeOutputEvent)
    case codeFinished(CodeFinishedEvent)
    case toolCall(ToolCallEvent)
    case compaction(CompactionEvent)
    case limitReached(LimitReachedEvent)

    public var type: String {
        switch self {
        case .runStarted: return "run_started"
        case .runFinished: return "run_finished"
        case .nodeStarted: return "node_started"
        case .nodeFinished: return "node_finished"
        case .iterationStarted: return "iteration_started"
        case .modelRequest: return "model_request"
        case .modelRetry: return "model_retry"
        case .textDelta: return "text_delta"
        case .modelResponse: return "model_response"
        case .codeStarted: return "code_started"
        case .codeOutput: return "code_output"
        case .codeFinished: return "code_finished"
        case .toolCall: return "tool_call"
        case .compaction: return "compaction"
        case .limitReached: return "limit_reached"
        }
    }

    /// Streamed pieces (text deltas, code output) may be merged or, for a subscriber that
    /// has fallen far behind, dropped; every other event is always delivered.
    public var isStreamedPiece: Bool {
        switch self {
        case .textDelta, .codeOutput: return true
        default: return false
        }
    }

    static func decode<K: CodingKey>(type: String, from c: KeyedDecodingContainer<K>, key: K) throws -> TraceEventPayload {
        switch type {
        case "run_started": return .runStarted(try c.decode(RunStartedEvent.self, forKey: key))
        case "run_finished": return .runFinished(try c.decode(RunFinishedEvent.self, forKey: key))
        case "node_started": return .nodeStarted(try c.decode(NodeStartedEvent.self, forKey: key))
        case "node_finished": return .nodeFinished(try c.decode(NodeFinishedEvent.self, forKey: key))
        case "iteration_started": return .iterationStarted(try c.decode(IterationStartedEvent.self, forKey: key))
        case "model_request": return .modelRequest(try c.decode(ModelRequestEvent.self, forKey: key))
        case "model_retry": return .modelRetry(try c.decode(ModelRetryEvent.self, forKey: key))
        case "text_delta": return .textDelta(try c.decode(TextDeltaEvent.self, forKey: key))
        case "model_response": return .modelResponse(try c.decode(ModelResponseEvent.self, forKey: key))
        case "code_started": return .codeStarted(try c.decode(CodeStartedEvent.self, forKey: key))
        case "code_output": return .codeOutput(try c.decode(CodeOutputEvent.self, forKey: key))
        case "code_finished": return .codeFinished(try c.decode(CodeFinishedEvent.self, forKey: key))
        case "tool_call": return .toolCall(try c.decode(ToolCallEvent.self, forKey: key))
        case "compaction": return .compaction(try c.decode(CompactionEvent.self, forKey: key))
        case "limit_reached": return .limitReached(try c.decode(LimitReachedEvent.self, forKey: key))
        default:
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "unknown trace event type '\(type)'")
        }
    }

    func encode<K: CodingKey>(into c: inout KeyedEncodingContainer<K>, key: K) throws {
        switch self {
        case .runStarted(let e): try c.encode(e, forKey: key)
        case .runFinished(let e): try c.encode(e, forKey: key)
        case .nodeStarted(let e): try c.encode(e, forKey: key)
        case .nodeFinished(let e): try c.encode(e, forKey: key)
        case .iterationStarted(let e): try c.encode(e, forKey: key)
        case .modelRequest(let e): try c.encode(e, forKey: key)
        case .modelRetry(let e): try c.encode(e, forKey: key)
        case .textDelta(let e): try c.encode(e, forKey: key)
        case .modelResponse(let e): try c.encode(e, forKey: key)
        case .codeStarted(let e): try c.encode(e, forKey: key)
        case .codeOutput(let e): try c.encode(e, forKey: key)
        case .codeFinished(let e): try c.encode(e, forKey: key)
        case .toolCall(let e): try c.encode(e, forKey: key)
        case .compaction(let e): try c.encode(e, forKey: key)
        case .limitReached(let e): try c.encode(e, forKey: key)
        }
    }
}

/// What a node of the execution tree is.
public enum NodeKind: String, Sendable, Hashable, Codable {
    /// The run's own RLM.
    case root
    /// A child RLM started by `rlm_query`, with its own interpreter.
    case rlm
    /// One plain model call: `llm_query`, or `rlm_query` at the depth limit.
    case llm
}

/// How a node ended.
public enum NodeStatus: String, Sendable, Hashable, Codable {
    /// Answered (for an RLM: its code set the answer).
    case completed
    /// A limit ended it; its answer, if any, is the best partial one.
    case limit
    case failed
    case cancelled
}

/// The context the run was given, described without its text.
public struct ContextSummary: Sendable, Hashable, Codable {
    /// "str", "dict" or "list" (the Python type `context` has).
    public var type: String
    /// Characters in all of it.
    public var characters: Int
    /// Items of a dict or list; nil for a str.
    public var items: Int?

    public init(type: String, characters: Int, items: Int?) {
        self.type = type
        self.characters = characters
        self.items = items
    }
}

public struct RunStartedEvent: Sendable, Hashable, Codable {
    public var query: String
    public var model: String
    public var subModel: String
    public var limits: RunLimits
    public var context: ContextSummary
    public var sessionID: String
    /// The run's place in its session (1 for the first).
    public var sessionRun: Int

    enum CodingKeys: String, CodingKey {
        case query, model, limits, context
        case subModel = "sub_model", sessionID = "session_id", sessionRun = "session_run"
    }
}

public struct RunFinishedEvent: Sendable, Hashable, Codable {
    public var status: RunStatus
    public var answer: String?
    /// Why it ended, when not by an answer: the limit or the error, in words.
    public var detail: String?
    public var tokens: TokenCounts
    public var cost: CostTotal
    public var iterations: Int
    public var elapsedSeconds: Double

    enum CodingKeys: String, CodingKey {
        case status, answer, detail, tokens, cost, iterations
        case elapsedSeconds = "elapsed_seconds"
    }
}

public struct NodeStartedEvent: Sendable, Hashable, Codable {
    public var kind: NodeKind
    public var depth: Int
    public var model: String
    /// The node's query or prompt, cut to 500 characters.
    public var prompt: String
    public var promptCharacters: Int

    enum CodingKeys: String, CodingKey {
        case kind, depth, model, prompt
        case promptCharacters = "prompt_characters"
    }
}

public struct NodeFinishedEvent: Sendable, Hashable, Codable {
    public var status: NodeStatus
    /// The limit, when `status` is `.limit`.
    public var limit: LimitKind?
    public var answer: String?
    public var error: String?
    /// This node's own model calls.
    public var tokens: TokenCounts
    public var cost: CostTotal
    /// This node and everything under it.
    public var totalTokens: TokenCounts
    public var totalCost: CostTotal
    public var iterations: Int
    public var elapsedSeconds: Double
    /// Served from the run's sub-call cache, without a request.
    public var cached: Bool

    enum CodingKeys: String, CodingKey {
        case status, limit, answer, error, tokens, cost, iterations, cached
        case totalTokens = "total_tokens", totalCost = "total_cost", elapsedSeconds = "elapsed_seconds"
    }
}

public struct IterationStartedEvent: Sendable, Hashable, Codable {
    public var iteration: Int
    public var maxIterations: Int

    enum CodingKeys: String, CodingKey {
        case iteration
        case maxIterations = "max_iterations"
    }
}

/// Why a model was called.
public enum RequestPurpose: String, Sendable, Hashable, Codable {
    /// An RLM's turn: it answers with code.
    case iteration
    /// A limit was reached: the model is asked for its best answer now.
    case answerNow = "answer_now"
    /// Older turns are summarised to make room in the window.
    case compaction
    /// `llm_query` (or `rlm_query` at the depth limit).
    case subCall = "sub_call"
}

public struct ModelRequestEvent: Sendable, Hashable, Codable {
    public var purpose: RequestPurpose
    public var model: String
    public var messages: Int
    public var inputCharacters: Int
    /// A rough count (characters / 4) for the UI; the response has the real one.
    public var estimatedInputTokens: Int
    public var iteration: Int?

    enum CodingKeys: String, CodingKey {
        case purpose, model, messages, iteration
        case inputCharacters = "input_characters", estimatedInputTokens = "estimated_input_tokens"
    }
}

public struct ModelRetryEvent: Sendable, Hashable, Codable {
    public var attempt: Int
    public var error: String
    public var delaySeconds: Double

    enum CodingKeys: String, CodingKey {
        case attempt, error
        case delaySeconds = "delay_seconds"
    }
}

public struct TextDeltaEvent: Sendable, Hashable, Codable {
    public var text: String
}

public struct ModelResponseEvent: Sendable, Hashable, Codable {
    public var purpose: RequestPurpose
    /// The model that answered (as the provider reported it), or the one asked when it failed.
    public var model: String
    public var text: String
    /// nil when the server reported no usage (or the call failed).
    public var tokens: TokenCounts?
    public var cost: Double?
    public var latencySeconds: Double
    public var timeToFirstTokenSeconds: Double?
    /// Served from the run's sub-call cache: no request was made, nothing was spent.
    public var cached: Bool
    public var stopReason: String?
    /// Set when the call failed; `text` is then empty.
    public var error: String?

    enum CodingKeys: String, CodingKey {
        case purpose, model, text, tokens, cost, cached, error
        case latencySeconds = "latency_seconds", timeToFirstTokenSeconds = "time_to_first_token_seconds"
        case stopReason = "stop_reason"
    }
}

public struct CodeStartedEvent: Sendable, Hashable, Codable {
    public var iteration: Int
    /// 1-based position of the block in the model's reply.
    public var block: Int
    public var blocks: Int
    public var code: String
}

public struct CodeOutputEvent: Sendable, Hashable, Codable {
    public var iteration: Int
    public var block: Int
    public var text: String
}

/// An exception that ended a code block.
public struct CodeError: Sendable, Hashable, Codable {
    public var type: String
    public var message: String
    public var traceback: String
}

public struct CodeFinishedEvent: Sendable, Hashable, Codable {
    public var iteration: Int
    public var block: Int
    public var durationSeconds: Double
    /// Characters printed (all of them, not only what the model is shown).
    public var outputCharacters: Int
    public var error: CodeError?
    /// The block set the answer.
    public var answered: Bool

    enum CodingKeys: String, CodingKey {
        case iteration, block, error, answered
        case durationSeconds = "duration_seconds", outputCharacters = "output_characters"
    }
}

public struct ToolCallEvent: Sendable, Hashable, Codable {
    public var tool: String
    /// Arguments by parameter name, abridged.
    public var arguments: [String: String]
    /// One line: what came of it, or the error.
    public var summary: String
    public var error: String?
    /// How permission was settled ("allowed_by_policy", "approved", "denied"...).
    public var permission: String?
    public var durationSeconds: Double
    /// The change made, as a unified diff (file-writing tools).
    public var diff: String?

    public init(tool: String, arguments: [String: String], summary: String, error: String? = nil, permission: String? = nil,
                durationSeconds: Double, diff: String? = nil) {
        self.tool = tool
        self.arguments = arguments
        self.summary = summary
        self.error = error
        self.permission = permission
        self.durationSeconds = durationSeconds
        self.diff = diff
    }

    enum CodingKeys: String, CodingKey {
        case tool, arguments, summary, error, permission, diff
        case durationSeconds = "duration_seconds"
    }
}

public struct CompactionEvent: Sendable, Hashable, Codable {
    /// Compactions of this node so far, this one included.
    public var count: Int
    public var estimatedTokensBefore: Int
    public var estimatedTokensAfter: Int
    public var window: Int
    public var summary: String

    enum CodingKeys: String, CodingKey {
        case count, window, summary
        case estimatedTokensBefore = "estimated_tokens_before", estimatedTokensAfter = "estimated_tokens_after"
    }
}

public struct LimitReachedEvent: Sendable, Hashable, Codable {
    public var limit: LimitKind
    public var detail: String
}
