import Foundation

/// One message of a conversation.
public struct ChatMessage: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable {
        case system, user, assistant
    }

    public var role: Role
    public var content: String

    public init(role: Role, content: String) {
        self.role = role
        self.content = content
    }

    public static func system(_ content: String) -> ChatMessage { ChatMessage(role: .system, content: content) }
    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: .user, content: content) }
    public static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: .assistant, content: content) }
}

/// Asks the model for JSON matching a schema (structured output).
///
/// OpenAI-compatible servers get `response_format: {"type": "json_schema", ...}`. Anthropic has no
/// such field; there the schema becomes the input schema of a tool the model is required to call,
/// and the tool's input is the completion's text. Either way `Completion.text` is the JSON.
public struct JSONSchemaFormat: Sendable, Hashable {
    /// A name for the schema (`[a-zA-Z0-9_-]`, at most 64 characters), as OpenAI requires.
    public var name: String
    /// The JSON Schema; an object schema at the top level.
    public var schema: JSONValue
    /// OpenAI's strict mode: the output is guaranteed to match (the schema must then list every
    /// property as required and set `additionalProperties: false`).
    public var strict: Bool

    public init(name: String, schema: JSONValue, strict: Bool = true) {
        self.name = name
        self.schema = schema
        self.strict = strict
    }
}

/// What to ask a model: provider-neutral, turned into each wire format by its provider.
public struct CompletionRequest: Sendable, Hashable {
    public var model: String
    /// System instructions. `.system` messages in `messages` are added after this one.
    public var system: String?
    public var messages: [ChatMessage]
    /// The most tokens to generate. Anthropic requires a limit: when nil, the model table's
    /// output limit for the model is sent, or 4096 for a model it does not know.
    public var maxTokens: Int?
    public var temperature: Double?
    public var stopSequences: [String]
    public var responseFormat: JSONSchemaFormat?

    public init(
        model: String,
        system: String? = nil,
        messages: [ChatMessage],
        maxTokens: Int? = nil,
        temperature: Double? = nil,
        stopSequences: [String] = [],
        responseFormat: JSONSchemaFormat? = nil
    ) {
        self.model = model
        self.system = system
        self.messages = messages
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.stopSequences = stopSequences
        self.responseFormat = responseFormat
    }

    /// Checks what every provider would reject, so the caller gets a clear error before any request.
    func validate() throws {
        if model.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ProviderError.invalidRequest("no model was named; set --model or RLM_MODEL")
        }
        if !messages.contains(where: { $0.role != .system }) {
            throw ProviderError.invalidRequest("the request has no user message")
        }
        if let maxTokens, maxTokens < 1 {
            throw ProviderError.invalidRequest("max tokens must be at least 1 (got \(maxTokens))")
        }
        if let format = responseFormat {
            let allowed = format.name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            }
            if format.name.isEmpty || format.name.count > 64 || !allowed {
                throw ProviderError.invalidRequest(
                    "the schema name '\(format.name)' must be 1 to 64 letters, digits, '_' or '-'")
            }
        }
    }

    /// The system text: `system` followed by any `.system` messages, blank-line separated.
    var combinedSystem: String? {
        let parts = ([system].compactMap { $0 } + messages.filter { $0.role == .system }.map(\.content))
            .filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }
}
