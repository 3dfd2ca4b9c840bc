import Foundation

/// A client of Anthropic's Messages API.
public struct AnthropicProvider: LLMProvider {
    private let core: ProviderCore<AnthropicWireFormat>

    public init(settings: ProviderSettings) {
        core = ProviderCore(format: AnthropicWireFormat(settings: settings))
    }

    public var settings: ProviderSettings { core.settings }

    public func complete(_ request: CompletionRequest) async throws -> Completion {
        try await core.complete(request)
    }

    public func stream(_ request: CompletionRequest) -> AsyncThrowingStream<CompletionEvent, Error> {
        core.stream(request)
    }
}

struct AnthropicWireFormat: WireFormat {
    let settings: ProviderSettings

    /// Output limit sent when the request names none and the model table has no smaller one.
    static let defaultMaxTokens = 8192

    var endpoint: String { settings.trimmedBaseURL + "/v1/messages" }

    func headers() -> [(String, String)] {
        var headers = [("anthropic-version", settings.anthropicVersion)]
        if let key = settings.apiKey, !key.isEmpty { headers.append(("x-api-key", key)) }
        return headers
    }

    func body(for request: CompletionRequest, stream: Bool) throws -> [UInt8] {
        let maxTokens =
            request.maxTokens
            ?? min(settings.models.info(for: request.model)?.maxOutputTokens ?? Self.defaultMaxTokens, Self.defaultMaxTokens)
        let tool = request.responseFormat.map {
            AnthropicWire.Tool(
                name: $0.name,
                description: "Give the answer as this tool's input, matching its schema exactly.",
                inputSchema: $0.schema)
        }
        let wire = AnthropicWire.MessagesRequest(
            model: request.model,
            maxTokens: maxTokens,
            messages: request.messages.filter { $0.role != .system }.map { .init(role: $0.role.rawValue, content: $0.content) },
            system: request.combinedSystem,
            temperature: request.temperature,
            stopSequences: request.stopSequences.isEmpty ? nil : request.stopSequences,
            stream: stream ? true : nil,
            tools: tool.map { [$0] },
            toolChoice: tool.map { .init(type: "tool", name: $0.name) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try Array(encoder.encode(wire))
    }

    func decodeResponse(_ body: [UInt8], request: CompletionRequest) throws -> ResponseSummary {
        let response: AnthropicWire.MessageResponse
        do {
            response = try JSONDecoder().decode(AnthropicWire.MessageResponse.self, from: Data(body))
        } catch {
            throw ProviderError.malformedResponse(url: endpoint, detail: WireDecoding.explain(error, body: body))
        }
        guard response.type == nil || response.type == "message" else {
            throw ProviderError.malformedResponse(
                url: endpoint, detail: "expected a message, got type '\(response.type ?? "")'")
        }
        let blocks = response.content ?? []
        let text: String
        if let format = request.responseFormat {
            let input = blocks.first { $0.type == "tool_use" && $0.name == format.name }?.input
            text = input?.jsonText ?? ""
        } else {
            text = blocks.filter { $0.type == "text" }.compactMap(\.text).joined()
        }
        return ResponseSummary(
            text: text,
            model: response.model ?? request.model,
            stopReason: structuredStopReason(response.stopReason.map(StopReason.init(anthropic:)), request: request),
            usage: response.usage?.normalized,
            id: response.id,
            refusal: nil
        )
    }

    func makeStreamDecoder(for request: CompletionRequest) -> AnthropicStreamDecoder {
        AnthropicStreamDecoder(url: endpoint, request: request)
    }
}

/// A forced tool call is how a structured answer ends; to the caller that is the answer's normal end.
func structuredStopReason(_ reason: StopReason?, request: CompletionRequest) -> StopReason? {
    if request.responseFormat != nil, reason == .toolUse { return .endTurn }
    return reason
}

/// Reads message_start, content_block_start/delta/stop, message_delta, message_stop, ping and
/// error events.
struct AnthropicStreamDecoder: StreamDecoding {
    let url: String
    /// One decoder for the whole stream: making one per event costs a third more.
    private let jsonDecoder = JSONDecoder()
    let request: CompletionRequest
    private(set) var summary: ResponseSummary
    private(set) var isFinished = false
    var finalEventName: String { "message_stop" }
    private var usage: AnthropicWire.Usage?
    /// Indexes of the blocks whose deltas are the answer: text blocks, or with a schema the forced tool call.
    private var answerBlocks: Set<Int> = []

    init(url: String, request: CompletionRequest) {
        self.url = url
        self.request = request
        summary = ResponseSummary(text: "", model: request.model)
    }

    mutating func consume(_ sse: SSEEvent) throws -> String {
        let event: AnthropicWire.StreamEvent
        do {
            event = try jsonDecoder.decode(AnthropicWire.StreamEvent.self, from: Data(sse.data.utf8))
        } catch {
            throw ProviderError.malformedResponse(
                url: url, detail: "a '\(sse.event)' event: " + WireDecoding.explain(error, body: Array(sse.data.utf8)))
        }
        switch event {
        case .messageStart(let start):
            summary.id = start.message.id
            if let model = start.message.model, !model.isEmpty { summary.model = model }
            usage = start.message.usage
        case .contentBlockStart(let start):
            let block = start.contentBlock
            let isAnswer: Bool
            if let format = request.responseFormat {
                isAnswer = block.type == "tool_use" && block.name == format.name
            } else {
                isAnswer = block.type == "text"
            }
            if isAnswer {
                answerBlocks.insert(start.index)
                // A block may start with content already in it.
                let initial = request.responseFormat == nil ? (block.text ?? "") : ""
                summary.text += initial
                return initial
            }
        case .contentBlockDelta(let delta):
            guard answerBlocks.contains(delta.index) else { return "" }
            let piece: String
            switch delta.delta.type {
            case "text_delta": piece = delta.delta.text ?? ""
            case "input_json_delta": piece = delta.delta.partialJSON ?? ""
            default: piece = ""
            }
            summary.text += piece
            return piece
        case .contentBlockStop:
            break
        case .messageDelta(let delta):
            if let reason = delta.delta.stopReason {
                summary.stopReason = structuredStopReason(StopReason(anthropic: reason), request: request)
            }
            if let later = delta.usage { usage = usage.map { $0.updated(by: later) } ?? later }
        case .messageStop:
            isFinished = true
        case .ping, .unknown:
            break
        case .error(let error):
            throw ProviderError.streamError(url: url, type: error.error.type, message: error.error.message ?? "no message")
        }
        summary.usage = usage?.normalized
        return ""
    }
}
