/// Why the model stopped, in one vocabulary for both providers.
public enum StopReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The model finished its answer (OpenAI `stop`, Anthropic `end_turn`).
    case endTurn
    /// The output limit was reached (OpenAI `length`, Anthropic `max_tokens`): the text is cut short.
    case maxTokens
    /// A stop sequence was produced.
    case stopSequence
    /// The model called a tool (OpenAI `tool_calls`, Anthropic `tool_use`).
    case toolUse
    /// The provider filtered the output (OpenAI `content_filter`).
    case contentFilter
    /// The model declined (Anthropic `refusal`, OpenAI's `refusal` field).
    case refusal
    /// A value this library does not know, kept as sent.
    case other(String)

    public init(openAI value: String) {
        switch value {
        case "stop": self = .endTurn
        case "length": self = .maxTokens
        case "tool_calls", "function_call": self = .toolUse
        case "content_filter": self = .contentFilter
        default: self = .other(value)
        }
    }

    public init(anthropic value: String) {
        switch value {
        case "end_turn": self = .endTurn
        case "max_tokens", "model_context_window_exceeded": self = .maxTokens
        case "stop_sequence": self = .stopSequence
        case "tool_use": self = .toolUse
        case "refusal": self = .refusal
        default: self = .other(value)
        }
    }

    public var description: String {
        switch self {
        case .endTurn: return "end_turn"
        case .maxTokens: return "max_tokens"
        case .stopSequence: return "stop_sequence"
        case .toolUse: return "tool_use"
        case .contentFilter: return "content_filter"
        case .refusal: return "refusal"
        case .other(let value): return value
        }
    }

    public init(from decoder: Decoder) throws {
        self.init(anthropic: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A finished model call.
public struct Completion: Sendable, Hashable {
    /// The answer. With a `responseFormat`, the JSON text.
    public var text: String
    /// The model that answered, as the provider reported it (it may add a date to the requested name).
    public var model: String
    public var stopReason: StopReason?
    /// Token counts, or nil when the server reported none.
    public var usage: Usage?
    /// The price of this call, or nil when it is unknown (no usage, or a model without prices).
    public var cost: Cost?
    /// The provider's id of the response.
    public var id: String?
    /// The model's refusal message, when it declined to answer a structured-output request (OpenAI).
    public var refusal: String?
    /// HTTP attempts made: 1 when the first one succeeded.
    public var attempts: Int
    /// From the first request byte to the last response byte of the successful attempt.
    public var latency: Duration
    /// Until the first text arrived (streaming only).
    public var timeToFirstToken: Duration?

    public init(
        text: String, model: String, stopReason: StopReason?, usage: Usage?, cost: Cost? = nil,
        id: String? = nil, refusal: String? = nil, attempts: Int = 1, latency: Duration = .zero,
        timeToFirstToken: Duration? = nil
    ) {
        self.text = text
        self.model = model
        self.stopReason = stopReason
        self.usage = usage
        self.cost = cost
        self.id = id
        self.refusal = refusal
        self.attempts = attempts
        self.latency = latency
        self.timeToFirstToken = timeToFirstToken
    }
}
