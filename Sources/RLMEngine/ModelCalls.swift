import Foundation
import RLMProviders

extension RunController {
    /// One model call of `node`, with its events (request, coalesced text deltas, retries,
    /// response) and its spending counted against the node and the run. Throws
    /// `RunInterrupted` when the run is stopping (unless `evenIfStopping`: the one final
    /// "answer now" call), `CancellationError` when cancelled mid-call, or the provider's error.
    func callModel(
        node: NodeRecord, purpose: RequestPurpose, iteration: Int? = nil, request: CompletionRequest,
        evenIfStopping: Bool = false
    ) async throws -> Completion {
        if !evenIfStopping { try checkContinue() }
        let inputCharacters = (request.system?.utf8.count ?? 0) + request.messages.reduce(0) { $0 + $1.content.utf8.count }
        emit(node, .modelRequest(ModelRequestEvent(
            purpose: purpose, model: request.model, messages: request.messages.count, inputCharacters: inputCharacters,
            estimatedInputTokens: TokenEstimate.tokens(characters: inputCharacters), iteration: iteration)))
        let clock = ContinuousClock.now
        do {
            let completion: Completion
            if configuration.streaming {
                completion = try await stream(request, node: node)
            } else {
                completion = try await configuration.provider.complete(request)
            }
            let tokens = completion.usage.map(TokenCounts.init)
            let cost = CostTotal(call: completion.cost)
            node.addOwn(tokens: tokens ?? .zero, cost: cost)
            emit(node, .modelResponse(ModelResponseEvent(
                purpose: purpose, model: completion.model, text: completion.text, tokens: tokens, cost: completion.cost?.usd,
                latencySeconds: seconds(completion.latency), timeToFirstTokenSeconds: completion.timeToFirstToken.map(seconds),
                cached: false, stopReason: completion.stopReason?.description, error: nil)))
            record(tokens: tokens ?? .zero, cost: cost)
            return completion
        } catch {
            let cancelled = error is CancellationError || Task.isCancelled
            emit(node, .modelResponse(ModelResponseEvent(
                purpose: purpose, model: request.model, text: "", tokens: nil, cost: nil,
                latencySeconds: seconds(ContinuousClock.now - clock), timeToFirstTokenSeconds: nil, cached: false,
                stopReason: nil, error: cancelled ? "cancelled" : "\(error)")))
            if cancelled { throw CancellationError() }
            throw error
        }
    }

    private func stream(_ request: CompletionRequest, node: NodeRecord) async throws -> Completion {
        var coalescer = PieceCoalescer()
        for try await event in configuration.provider.stream(request) {
            switch event {
            case .textDelta(let text):
                if let piece = coalescer.add(text) { emit(node, .textDelta(TextDeltaEvent(text: piece))) }
            case .retrying(let notice):
                if let piece = coalescer.flush() { emit(node, .textDelta(TextDeltaEvent(text: piece))) }
                emit(node, .modelRetry(ModelRetryEvent(
                    attempt: notice.attempt, error: notice.error.description, delaySeconds: seconds(notice.delay))))
            case .finished(let completion):
                if let piece = coalescer.flush() { emit(node, .textDelta(TextDeltaEvent(text: piece))) }
                return completion
            }
        }
        try Task.checkCancellation()
        throw ProviderError.streamInterrupted(url: configuration.provider.settings.baseURL, detail: "the stream ended without its final event")
    }
}

/// Gathers streamed pieces (model text, printed output) into fewer, larger events: a piece is
/// released once 50 ms have passed since the last release or 2 KB have gathered, and the
/// rest when the stream ends. A person watching sees text at 20 updates a second at most;
/// subscribers get a fraction of the events a token-by-token stream would make.
struct PieceCoalescer {
    private var pending = ""
    private var lastRelease = ContinuousClock.now
    static let interval = Duration.milliseconds(50)
    static let size = 2048

    /// Adds a piece; returns what is due for release, if anything.
    mutating func add(_ text: String) -> String? {
        pending += text
        let now = ContinuousClock.now
        if pending.utf8.count >= Self.size || now - lastRelease >= Self.interval {
            lastRelease = now
            return take()
        }
        return nil
    }

    /// Everything gathered, or nil when nothing is.
    mutating func flush() -> String? {
        lastRelease = ContinuousClock.now
        return take()
    }

    private mutating func take() -> String? {
        guard !pending.isEmpty else { return nil }
        defer { pending = "" }
        return pending
    }
}
