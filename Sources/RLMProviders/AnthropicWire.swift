/// Anthropic's Messages API (`POST /v1/messages`) and its stream events. Only the fields rlm
/// sends or reads are modelled; unknown fields are ignored, and unknown event types are skipped,
/// as Anthropic's versioning policy asks of clients.
enum AnthropicWire {
    struct MessagesRequest: Codable, Sendable {
        var model: String
        var maxTokens: Int
        var messages: [Message]
        var system: String?
        var temperature: Double?
        var stopSequences: [String]?
        var stream: Bool?
        var tools: [Tool]?
        var toolChoice: ToolChoice?

        enum CodingKeys: String, CodingKey {
            case model, messages, system, temperature, stream, tools
            case maxTokens = "max_tokens"
            case stopSequences = "stop_sequences"
            case toolChoice = "tool_choice"
        }
    }

    struct Message: Codable, Sendable, Hashable {
        var role: String  // "user" | "assistant"
        var content: String
    }

    /// Structured output is asked for as a tool the model must call, whose input schema is the schema.
    struct Tool: Codable, Sendable {
        var name: String
        var description: String
        var inputSchema: JSONValue

        enum CodingKeys: String, CodingKey {
            case name, description
            case inputSchema = "input_schema"
        }
    }

    struct ToolChoice: Codable, Sendable {
        var type: String  // "tool"
        var name: String
    }

    /// A whole answer (`type: "message"`); also the `message` of `message_start`.
    struct MessageResponse: Codable, Sendable {
        var id: String?
        var type: String?
        var role: String?
        var model: String?
        var content: [ContentBlock]?
        var stopReason: String?
        var stopSequence: String?
        var usage: Usage?

        enum CodingKeys: String, CodingKey {
            case id, type, role, model, content, usage
            case stopReason = "stop_reason"
            case stopSequence = "stop_sequence"
        }
    }

    struct ContentBlock: Codable, Sendable {
        var type: String  // "text", "tool_use", "thinking", ...
        var text: String?
        var id: String?
        var name: String?
        var input: JSONValue?
    }

    /// Anthropic's `input_tokens` excludes the tokens read from or written to the prompt cache.
    struct Usage: Codable, Sendable {
        var inputTokens: Int?
        var outputTokens: Int?
        var cacheReadInputTokens: Int?
        var cacheCreationInputTokens: Int?

        enum CodingKeys: String, CodingKey {
            case inputTokens = "input_tokens"
            case outputTokens = "output_tokens"
            case cacheReadInputTokens = "cache_read_input_tokens"
            case cacheCreationInputTokens = "cache_creation_input_tokens"
        }

        var normalized: RLMProviders.Usage {
            let read = cacheReadInputTokens ?? 0
            let written = cacheCreationInputTokens ?? 0
            return RLMProviders.Usage(
                inputTokens: (inputTokens ?? 0) + read + written,
                outputTokens: outputTokens ?? 0,
                cachedInputTokens: read,
                cacheWriteInputTokens: written
            )
        }

        /// `message_delta` carries cumulative counts; a field it leaves out keeps the earlier value.
        func updated(by later: Usage) -> Usage {
            Usage(
                inputTokens: later.inputTokens ?? inputTokens,
                outputTokens: later.outputTokens ?? outputTokens,
                cacheReadInputTokens: later.cacheReadInputTokens ?? cacheReadInputTokens,
                cacheCreationInputTokens: later.cacheCreationInputTokens ?? cacheCreationInputTokens
            )
        }
    }

    struct ErrorDetail: Codable, Sendable {
        var type: String?
        var message: String?
    }

    // MARK: Stream events (the `data:` of each SSE event; `type` repeats the `event:` name)

    struct MessageStart: Codable, Sendable {
        var message: MessageResponse
    }

    struct ContentBlockStart: Codable, Sendable {
        var index: Int
        var contentBlock: ContentBlock

        enum CodingKeys: String, CodingKey {
            case index
            case contentBlock = "content_block"
        }
    }

    struct ContentBlockDelta: Codable, Sendable {
        var index: Int
        var delta: BlockDelta
    }

    /// `text_delta` (text), `input_json_delta` (partial_json), `thinking_delta`, `signature_delta`...
    struct BlockDelta: Codable, Sendable {
        var type: String
        var text: String?
        var partialJSON: String?

        enum CodingKeys: String, CodingKey {
            case type, text
            case partialJSON = "partial_json"
        }
    }

    struct ContentBlockStop: Codable, Sendable {
        var index: Int
    }

    struct MessageDelta: Codable, Sendable {
        var delta: MessageDeltaBody
        var usage: Usage?
    }

    struct MessageDeltaBody: Codable, Sendable {
        var stopReason: String?
        var stopSequence: String?

        enum CodingKeys: String, CodingKey {
            case stopReason = "stop_reason"
            case stopSequence = "stop_sequence"
        }
    }

    struct ErrorEvent: Codable, Sendable {
        var error: ErrorDetail
    }

    /// One stream event, by its type.
    enum StreamEvent: Sendable {
        case messageStart(MessageStart)
        case contentBlockStart(ContentBlockStart)
        case contentBlockDelta(ContentBlockDelta)
        case contentBlockStop(ContentBlockStop)
        case messageDelta(MessageDelta)
        case messageStop
        case ping
        case error(ErrorEvent)
        /// A type this client does not know; skipped.
        case unknown(String)
    }
}

extension AnthropicWire.StreamEvent: Decodable {
    private struct TypeOnly: Decodable {
        var type: String
    }

    init(from decoder: Decoder) throws {
        let type = try TypeOnly(from: decoder).type
        switch type {
        case "message_start": self = .messageStart(try .init(from: decoder))
        case "content_block_start": self = .contentBlockStart(try .init(from: decoder))
        case "content_block_delta": self = .contentBlockDelta(try .init(from: decoder))
        case "content_block_stop": self = .contentBlockStop(try .init(from: decoder))
        case "message_delta": self = .messageDelta(try .init(from: decoder))
        case "message_stop": self = .messageStop
        case "ping": self = .ping
        case "error": self = .error(try .init(from: decoder))
        default: self = .unknown(type)
        }
    }
}
