/// A model endpoint: one protocol, one implementation per wire format.
///
/// Both calls retry what is worth retrying (see `RetryPolicy`), hold one of the endpoint's
/// concurrency permits while a request is in flight, and stop the HTTP request as soon as the
/// calling task is cancelled (they then throw `CancellationError`). Every other failure is a
/// `ProviderError`.
public protocol LLMProvider: Sendable {
    var settings: ProviderSettings { get }

    /// Sends the request and waits for the whole answer.
    func complete(_ request: CompletionRequest) async throws -> Completion

    /// Sends the request with streaming on. The stream yields text as it arrives and ends with
    /// `.finished` carrying the whole `Completion`, or throws.
    ///
    /// Failures before any text was yielded are retried inside the stream (each announced by a
    /// `.retrying` event). Once text has been yielded, a broken stream throws
    /// `ProviderError.streamInterrupted` (or a stream idle timeout): what arrived is never passed
    /// off as a complete answer, and the caller decides whether to send the request again.
    /// Ending the iteration early (or cancelling its task) aborts the request.
    func stream(_ request: CompletionRequest) -> AsyncThrowingStream<CompletionEvent, Error>
}

/// What a streaming call yields.
public enum CompletionEvent: Sendable, Hashable {
    /// The next piece of the answer's text.
    case textDelta(String)
    /// An attempt failed before any text arrived; the next starts after `delay`.
    case retrying(RetryNotice)
    /// The answer is complete; always the last event.
    case finished(Completion)
}

/// A failed attempt that will be retried.
public struct RetryNotice: Sendable, Hashable {
    /// The attempt that failed (1 for the first).
    public var attempt: Int
    public var error: ProviderError
    public var delay: Duration
}

extension LLMProvider {
    /// Streams the request, handing each piece of text to `onText`, and returns the completion.
    public func streamCompletion(
        _ request: CompletionRequest, onText: @Sendable (String) -> Void = { _ in }
    ) async throws -> Completion {
        for try await event in stream(request) {
            switch event {
            case .textDelta(let text): onText(text)
            case .retrying: break
            case .finished(let completion): return completion
            }
        }
        // The stream only ends without `.finished` when its consumer was cancelled.
        try Task.checkCancellation()
        throw ProviderError.streamInterrupted(url: settings.baseURL, detail: "the stream ended without its final event")
    }
}

/// The provider for `settings.kind`.
public func makeProvider(_ settings: ProviderSettings) -> any LLMProvider {
    switch settings.kind {
    case .openai: return OpenAICompatibleProvider(settings: settings)
    case .anthropic: return AnthropicProvider(settings: settings)
    }
}
