/// What a provider's wire format decides; the transport, retries and timeouts are shared
/// (`ProviderCore`).
protocol WireFormat: Sendable {
    associatedtype StreamDecoder: StreamDecoding

    var settings: ProviderSettings { get }
    /// The full URL requests go to.
    var endpoint: String { get }
    /// Authentication and versioning headers (content type excluded).
    func headers() -> [(String, String)]
    /// The JSON body for `request`.
    func body(for request: CompletionRequest, stream: Bool) throws -> [UInt8]
    /// Reads a whole (non-streaming) response body.
    func decodeResponse(_ body: [UInt8], request: CompletionRequest) throws -> ResponseSummary
    func makeStreamDecoder(for request: CompletionRequest) -> StreamDecoder
}

/// Turns a provider's events into text and, at the end, a summary.
protocol StreamDecoding: Sendable {
    /// Consumes one event; returns the text it adds (empty when it adds none).
    mutating func consume(_ event: SSEEvent) throws -> String
    /// True once the stream's final event (`[DONE]`, `message_stop`) has arrived.
    var isFinished: Bool { get }
    /// What the final event marks, for the error when it never comes.
    var finalEventName: String { get }
    var summary: ResponseSummary { get }
}

/// A response as the wire format reports it, before rlm adds cost and timings.
struct ResponseSummary: Sendable {
    var text: String
    var model: String
    var stopReason: StopReason?
    var usage: Usage?
    var id: String?
    var refusal: String?
}
