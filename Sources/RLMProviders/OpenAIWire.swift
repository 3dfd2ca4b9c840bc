/// The OpenAI Chat Completions wire format (`POST /chat/completions`), as OpenAI documents it and
/// as vLLM, Ollama, llama.cpp's server, LiteLLM and OpenRouter serve it. Only the fields rlm
/// sends or reads are modelled; unknown fields in responses are ignored.
enum OpenAIWire {
    struct ChatRequest: Codable, Sendable {
        var model: String
        var messages: [Message]
        /// For classic models and most compatible servers.
        var maxTokens: Int?
        /// For reasoning models (o-series, gpt-5), which reject `max_tokens`.
        var maxCompletionTokens: Int?
        var temperature: Double?
        var stop: [String]?
        var stream: Bool?
        var streamOptions: StreamOptions?
        var responseFormat: ResponseFormat?

        enum CodingKeys: String, CodingKey {
            case model, messages, temperature, stop, stream
            case maxTokens = "max_tokens"
            case maxCompletionTokens = "max_completion_tokens"
            case streamOptions = "stream_options"
            case responseFormat = "response_format"
        }
    }

    struct Message: Codable, Sendable, Hashable {
        var role: String
        var content: String
    }

    struct StreamOptions: Codable, Sendable {
        /// Asks for a last chunk carrying the usage (with an empty `choices`).
        var includeUsage: Bool

        enum CodingKeys: String, CodingKey {
            case includeUsage = "include_usage"
        }
    }

    struct ResponseFormat: Codable, Sendable {
        var type: String  // "json_schema"
        var jsonSchema: JSONSchema

        enum CodingKeys: String, CodingKey {
            case type
            case jsonSchema = "json_schema"
        }
    }

    struct JSONSchema: Codable, Sendable {
        var name: String
        var schema: JSONValue
        var strict: Bool
    }

    /// A whole answer (`object: "chat.completion"`).
    struct ChatResponse: Codable, Sendable {
        var id: String?
        var model: String?
        var choices: [Choice]
        var usage: Usage?
    }

    struct Choice: Codable, Sendable {
        var index: Int?
        var message: ResponseMessage?
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case index, message
            case finishReason = "finish_reason"
        }
    }

    struct ResponseMessage: Codable, Sendable {
        var role: String?
        var content: String?
        var refusal: String?
    }

    struct Usage: Codable, Sendable {
        var promptTokens: Int?
        var completionTokens: Int?
        var totalTokens: Int?
        var promptTokensDetails: PromptTokensDetails?
        var completionTokensDetails: CompletionTokensDetails?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
            case totalTokens = "total_tokens"
            case promptTokensDetails = "prompt_tokens_details"
            case completionTokensDetails = "completion_tokens_details"
        }
    }

    struct PromptTokensDetails: Codable, Sendable {
        var cachedTokens: Int?

        enum CodingKeys: String, CodingKey {
            case cachedTokens = "cached_tokens"
        }
    }

    struct CompletionTokensDetails: Codable, Sendable {
        var reasoningTokens: Int?

        enum CodingKeys: String, CodingKey {
            case reasoningTokens = "reasoning_tokens"
        }
    }

    /// One streamed piece (`object: "chat.completion.chunk"`), the `data:` of an SSE event.
    struct ChatChunk: Codable, Sendable {
        var id: String?
        var model: String?
        var choices: [ChunkChoice]?
        /// Present on the last chunk when `stream_options.include_usage` was sent.
        var usage: Usage?
        /// Some servers report a failure inside the stream instead of with a status.
        var error: StreamError?
    }

    struct ChunkChoice: Codable, Sendable {
        var index: Int?
        var delta: Delta?
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case index, delta
            case finishReason = "finish_reason"
        }
    }

    struct Delta: Codable, Sendable {
        var role: String?
        var content: String?
        var refusal: String?
    }

    struct StreamError: Codable, Sendable {
        var message: String?
        var type: String?
        var code: JSONValue?
    }
}

extension OpenAIWire.Usage {
    var normalized: Usage {
        Usage(
            inputTokens: promptTokens ?? 0,
            outputTokens: completionTokens ?? 0,
            cachedInputTokens: promptTokensDetails?.cachedTokens ?? 0,
            reasoningTokens: completionTokensDetails?.reasoningTokens ?? 0
        )
    }
}
