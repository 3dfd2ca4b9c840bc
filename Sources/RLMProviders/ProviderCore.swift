import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// The machinery both providers share: the HTTP exchange, its timeouts, the endpoint's
/// concurrency permit, retries, and turning a wire format's summary into a `Completion`.
struct ProviderCore<Format: WireFormat>: Sendable {
    let format: Format

    var settings: ProviderSettings { format.settings }

    /// Bodies larger than this are refused rather than buffered (a non-streaming answer is a few MB at most).
    static var maxBodyBytes: Int { 64 << 20 }
    /// Error bodies are read up to this size for the message in them.
    static var maxErrorBodyBytes: Int { 1 << 20 }

    // MARK: Non-streaming

    func complete(_ request: CompletionRequest) async throws -> Completion {
        try request.validate()
        let body = try format.body(for: request, stream: false)
        return try await withRetries(onRetry: { _ in }) { attempt in
            let (bytes, started) = try await exchange(body: body, model: request.model) { response, progress in
                (try await collectBody(response.body, progress: progress), progress.started)
            }
            let summary = try format.decodeResponse(bytes, request: request)
            return completion(from: summary, requestedModel: request.model, attempts: attempt, started: started, firstToken: nil)
        }
    }

    // MARK: Streaming

    func stream(_ request: CompletionRequest) -> AsyncThrowingStream<CompletionEvent, Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: CompletionEvent.self)
        let task = Task {
            do {
                let completion = try await streamCompletion(request) { continuation.yield($0) }
                continuation.yield(.finished(completion))
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func streamCompletion(
        _ request: CompletionRequest, emit: @escaping @Sendable (CompletionEvent) -> Void
    ) async throws -> Completion {
        try request.validate()
        let body = try format.body(for: request, stream: true)
        let delivered = TextDelivery()
        return try await withRetries(
            onRetry: { emit(.retrying($0)) },
            mayRetry: { !delivered.hasDelivered }
        ) { attempt in
            let (summary, started, firstText) = try await exchange(body: body, model: request.model) { response, progress in
                let summary: ResponseSummary
                if Self.isJSON(response) {
                    // A server that does not stream answered with the whole completion at once.
                    summary = try format.decodeResponse(try await collectBody(response.body, progress: progress), request: request)
                    if !summary.text.isEmpty {
                        delivered.markDelivered()
                        emit(.textDelta(summary.text))
                    }
                } else {
                    summary = try await readEventStream(response.body, progress: progress, request: request) { text in
                        delivered.markDelivered()
                        emit(.textDelta(text))
                    }
                }
                return (summary, progress.started, delivered.firstTextAt)
            }
            return completion(
                from: summary, requestedModel: request.model, attempts: attempt, started: started, firstToken: firstText.map { $0 - started })
        }
    }

    /// Reads an event stream to its final event, handing each piece of text to `onText`.
    private func readEventStream(
        _ body: HTTPClientResponse.Body, progress: ExchangeProgress, request: CompletionRequest,
        onText: (String) -> Void
    ) async throws -> ResponseSummary {
        var parser = SSEParser()
        var decoder = format.makeStreamDecoder(for: request)
        func consume(_ events: [SSEEvent], atEnd: Bool) throws {
            for event in events where !decoder.isFinished {
                let text: String
                do {
                    text = try decoder.consume(event)
                } catch let error as ProviderError {
                    // An event cut off by the end of the stream does not parse: that is an
                    // interrupted stream, not a malformed one.
                    if atEnd, case .malformedResponse = error {
                        throw ProviderError.streamInterrupted(url: format.endpoint, detail: "the stream ended in the middle of an event")
                    }
                    throw error
                }
                if !text.isEmpty { onText(text) }
            }
        }
        do {
            for try await chunk in body {
                progress.bytesArrived()
                try consume(parser.feed(chunk.readableBytesView), atEnd: false)
                // Whatever follows the final event is not read: over HTTP/2 ending here resets
                // only this stream, and a server that keeps the response open cannot stall us.
                if decoder.isFinished { break }
            }
        } catch {
            throw TransportErrors.duringBody(error, url: format.endpoint)
        }
        if !decoder.isFinished { try consume(parser.finish(), atEnd: true) }
        guard decoder.isFinished else {
            throw ProviderError.streamInterrupted(
                url: format.endpoint, detail: "the stream ended without its final event (\(decoder.finalEventName))")
        }
        return decoder.summary
    }

    /// Reads a whole body, up to `maxBodyBytes`.
    private func collectBody(_ body: HTTPClientResponse.Body, progress: ExchangeProgress) async throws -> [UInt8] {
        var collected: [UInt8] = []
        do {
            for try await chunk in body {
                progress.bytesArrived()
                collected.append(contentsOf: chunk.readableBytesView)
                if collected.count > Self.maxBodyBytes {
                    throw ProviderError.malformedResponse(
                        url: format.endpoint, detail: "the response is larger than \(Self.maxBodyBytes >> 20) MB")
                }
            }
        } catch {
            throw TransportErrors.duringBody(error, url: format.endpoint)
        }
        return collected
    }

    private static func isJSON(_ response: HTTPClientResponse) -> Bool {
        response.headers.first(name: "content-type")?.lowercased().contains("application/json") ?? false
    }

    // MARK: Shared

    private func completion(
        from summary: ResponseSummary, requestedModel: String, attempts: Int, started: ContinuousClock.Instant,
        firstToken: Duration?
    ) -> Completion {
        Completion(
            text: summary.text,
            model: summary.model,
            stopReason: summary.stopReason,
            usage: summary.usage,
            cost: summary.usage.flatMap { usage in
                // Price by the name the provider answered with, else by the name that was asked for.
                settings.models.cost(of: usage, model: summary.model) ?? settings.models.cost(of: usage, model: requestedModel)
            },
            id: summary.id,
            refusal: summary.refusal,
            attempts: attempts,
            latency: ContinuousClock.now - started,
            timeToFirstToken: firstToken
        )
    }

    /// Runs `attempt` until it succeeds, fails for good, or the retries are used up.
    /// `mayRetry` is asked after each retryable failure (a stream that already yielded text may not).
    private func withRetries<T: Sendable>(
        onRetry: (RetryNotice) -> Void,
        mayRetry: () -> Bool = { true },
        _ attempt: (Int) async throws -> T
    ) async throws -> T {
        let policy = settings.retry
        var number = 1
        while true {
            do {
                return try await attempt(number)
            } catch let error as ProviderError {
                // A failure caused by cancelling the task is the cancellation, whatever it looks like.
                try Task.checkCancellation()
                guard error.isRetryable, mayRetry() else { throw error }
                guard number <= policy.maxRetries else {
                    throw number == 1 ? error : ProviderError.gaveUp(attempts: number, last: error)
                }
                var delay = Backoff.delay(afterAttempt: number, policy: policy)
                if let retryAfter = error.retryAfter {
                    // A server asking for a long wait (a spent quota, maintenance) is not waited out.
                    if retryAfter > policy.maxRetryAfter.seconds { throw error }
                    delay = .seconds(retryAfter)
                }
                onRetry(RetryNotice(attempt: number, error: error, delay: delay))
                try await Task.sleep(for: delay)
                number += 1
            }
        }
    }

    /// One HTTP exchange holding one of the endpoint's permits, under the timeouts.
    /// `progress.started` is when the permit was granted: latency excludes waiting for it.
    private func exchange<T: Sendable>(
        body: [UInt8],
        model: String,
        readBody: @escaping @Sendable (HTTPClientResponse, ExchangeProgress) async throws -> T
    ) async throws -> T {
        let url = format.endpoint
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "accept", value: "application/json, text/event-stream")
        request.headers.add(name: "user-agent", value: "rlm")
        for (name, value) in format.headers() { request.headers.add(name: name, value: value) }
        for (name, value) in settings.extraHeaders.sorted(by: { $0.key < $1.key }) {
            request.headers.replaceOrAdd(name: name, value: value)
        }
        request.body = .bytes(body)
        let client = HTTPClients.client(connectTimeout: settings.timeouts.connect)
        let timeouts = settings.timeouts
        let semaphore = await EndpointLimiter.shared.semaphore(for: settings.baseURL, limit: settings.maxConcurrentRequests)
        let statusMapper = StatusErrors(settings: settings, url: url, model: model)
        let finalRequest = request
        return try await semaphore.withPermit {
            try await ExchangeWatchdog.run(timeouts: timeouts, url: url) { progress in
                let response: HTTPClientResponse
                do {
                    response = try await client.execute(finalRequest, deadline: .distantFuture)
                } catch {
                    throw TransportErrors.beforeResponse(error, url: url, timeouts: timeouts)
                }
                progress.headersArrived()
                guard (200..<300).contains(response.status.code) else {
                    var errorBody: [UInt8] = []
                    do {
                        for try await chunk in response.body {
                            progress.bytesArrived()
                            errorBody.append(contentsOf: chunk.readableBytesView)
                            if errorBody.count > Self.maxErrorBodyBytes { break }
                        }
                    } catch {
                        // The status says enough; a body cut short only loses the message.
                    }
                    throw statusMapper.error(
                        status: Int(response.status.code), reason: response.status.reasonPhrase,
                        headers: response.headers.map { (name: $0.name, value: $0.value) }, body: errorBody)
                }
                return try await readBody(response, progress)
            }
        }
    }
}

/// Whether a stream has yielded text yet, and when it first did.
final class TextDelivery: Sendable {
    private let state = Mutex<ContinuousClock.Instant?>(nil)

    var hasDelivered: Bool { state.withLock { $0 != nil } }
    var firstTextAt: ContinuousClock.Instant? { state.withLock { $0 } }

    func markDelivered() {
        state.withLock { if $0 == nil { $0 = .now } }
    }
}
