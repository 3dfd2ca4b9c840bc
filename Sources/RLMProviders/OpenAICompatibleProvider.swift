import Foundation

/// A client of the OpenAI Chat Completions API: OpenAI itself and every server that speaks it
/// (vLLM, Ollama, llama.cpp's server, LiteLLM, OpenRouter...).
public struct OpenAICompatibleProvider: LLMProvider {
    private let core: ProviderCore<OpenAIWireFormat>

    public init(settings: ProviderSettings) {
        core = ProviderCore(format: OpenAIWireFormat(settings: settings))
    }

    public var settings: ProviderSettings { core.settings }

    public func complete(_ request: CompletionRequest) async throws -> Completion {
        try await core.complete(request)
    }

    public func stream(_ request: CompletionRequest) -> AsyncThrowingStream<CompletionEvent, Error> {
        core.stream(request)
    }
}

struct OpenAIWireFormat: WireFormat {
    let settings: ProviderSettings

    var endpoint: String { settings.trimmedBaseURL + "/chat/completions" }

    func headers() -> [(String, String)] {
        guard let key = settings.apiKey, !key.isEmpty else { return [] }
        return [("authorization", "Bearer \(key)")]
    }

    func body(for request: CompletionRequest, stream: Bool) throws -> [UInt8] {
        var messages: [OpenAIWire.Message] = []
        if let system = request.system, !system.isEmpty {
            messages.append(.init(role: "system", content: system))
        }
        for message in request.messages {
            messages.append(.init(role: message.role.rawValue, content: message.content))
        }
        let reasoning = settings.models.isReasoningModel(request.model)
        let wire = OpenAIWire.ChatRequest(
            model: request.model,
            messages: messages,
            maxTokens: reasoning ? nil : request.maxTokens,
            maxCompletionTokens: reasoning ? request.maxTokens : nil,
            temperature: reasoning ? nil : request.temperature,
            stop: request.stopSequences.isEmpty ? nil : request.stopSequences,
            stream: stream ? true : nil,
            streamOptions: stream ? .init(includeUsage: true) : nil,
            responseFormat: request.responseFormat.map {
                .init(type: "json_schema", jsonSchema: .init(name: $0.name, schema: $0.schema, strict: $0.strict))
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try Array(encoder.encode(wire))
    }

    func decodeResponse(_ body: [UInt8], request: CompletionRequest) throws -> ResponseSummary {
        let response: OpenAIWire.ChatResponse
        do {
            response = try JSONDecoder().decode(OpenAIWire.ChatResponse.self, from: Data(body))
        } catch {
            throw ProviderError.malformedResponse(url: endpoint, detail: WireDecoding.explain(error, body: body))
        }
        guard let choice = response.choices.first else {
            throw ProviderError.malformedResponse(url: endpoint, detail: "the answer has no choices")
        }
        let refusal = choice.message?.refusal
        return ResponseSummary(
            text: choice.message?.content ?? "",
            model: response.model ?? request.model,
            stopReason: refusal != nil ? .refusal : choice.finishReason.map(StopReason.init(openAI:)),
            usage: response.usage?.normalized,
            id: response.id,
            refusal: refusal
        )
    }

    func makeStreamDecoder(for request: CompletionRequest) -> OpenAIStreamDecoder {
        OpenAIStreamDecoder(url: endpoint, requestedModel: request.model)
    }
}

/// Reads `data: {chunk}` events until `data: [DONE]`.
struct OpenAIStreamDecoder: StreamDecoding {
    let url: String
    /// One decoder for the whole stream: making one per event costs a third more.
    private let jsonDecoder = JSONDecoder()
    private(set) var summary: ResponseSummary
    private(set) var isFinished = false
    var finalEventName: String { "data: [DONE]" }

    init(url: String, requestedModel: String) {
        self.url = url
        summary = ResponseSummary(text: "", model: requestedModel)
    }

    mutating func consume(_ event: SSEEvent) throws -> String {
        let data = event.data
        if data == "[DONE]" || data.hasPrefix(" ") && data.trimmingCharacters(in: .whitespaces) == "[DONE]" {
            isFinished = true
            return ""
        }
        if data.isEmpty { return "" }
        let chunk: OpenAIWire.ChatChunk
        do {
            chunk = try jsonDecoder.decode(OpenAIWire.ChatChunk.self, from: Data(data.utf8))
        } catch {
            throw ProviderError.malformedResponse(url: url, detail: "a stream event: " + WireDecoding.explain(error, body: Array(data.utf8)))
        }
        if let error = chunk.error {
            throw ProviderError.streamError(url: url, type: error.type, message: error.message ?? "no message")
        }
        if let id = chunk.id { summary.id = id }
        if let model = chunk.model, !model.isEmpty { summary.model = model }
        if let usage = chunk.usage { summary.usage = usage.normalized }
        var text = ""
        for choice in chunk.choices ?? [] where (choice.index ?? 0) == 0 {
            if let content = choice.delta?.content { text += content }
            if let refusal = choice.delta?.refusal {
                summary.refusal = (summary.refusal ?? "") + refusal
                summary.stopReason = .refusal
            }
            if let reason = choice.finishReason, summary.stopReason != .refusal {
                summary.stopReason = StopReason(openAI: reason)
            }
        }
        summary.text += text
        return text
    }
}

extension ResponseSummary {
    init(text: String, model: String) {
        self.init(text: text, model: model, stopReason: nil, usage: nil, id: nil, refusal: nil)
    }
}

/// Error text for a body that did not decode.
enum WireDecoding {
    static func explain(_ error: Error, body: [UInt8]) -> String {
        let reason: String
        switch error {
        case DecodingError.dataCorrupted(let context):
            reason = "it is not valid JSON" + (context.underlyingError.map { " (\($0.localizedDescription))" } ?? "")
        case DecodingError.keyNotFound(let key, let context):
            reason = "the field '\(path(context.codingPath + [key]))' is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            reason = "the field '\(path(context.codingPath))' has the wrong type"
        default:
            reason = "\(error)"
        }
        let snippet = String(decoding: body.prefix(200), as: UTF8.self)
        return "\(reason); it begins: \(snippet)\(body.count > 200 ? "..." : "")"
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
