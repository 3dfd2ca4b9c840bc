import Synchronization

/// Progress of one HTTP exchange, written by the transport, read by its watchdog.
final class ExchangeProgress: Sendable {
    private struct State {
        var lastProgress: ContinuousClock.Instant
        var bodyStarted = false
    }

    let started: ContinuousClock.Instant
    private let state: Mutex<State>

    init() {
        let now = ContinuousClock.now
        started = now
        state = Mutex(State(lastProgress: now))
    }

    /// The response headers arrived: from now on, silence counts against the idle timeout.
    func headersArrived() {
        state.withLock {
            $0.bodyStarted = true
            $0.lastProgress = .now
        }
    }

    /// A piece of the body arrived.
    func bytesArrived() {
        state.withLock { $0.lastProgress = .now }
    }

    fileprivate var snapshot: (bodyStarted: Bool, lastProgress: ContinuousClock.Instant) {
        state.withLock { ($0.bodyStarted, $0.lastProgress) }
    }
}

/// Runs an exchange under the request and stream-idle timeouts.
///
/// One watchdog task per exchange sleeps until the next deadline and, when one passes, throws,
/// which cancels the exchange (async-http-client aborts the request on cancellation). Progress is
/// a timestamp write, so a fast stream costs nothing per chunk.
enum ExchangeWatchdog {
    static func run<T: Sendable>(
        timeouts: Timeouts, url: String, operation: @escaping @Sendable (ExchangeProgress) async throws -> T
    ) async throws -> T {
        let progress = ExchangeProgress()
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation(progress) }
            group.addTask {
                try await watch(progress, timeouts: timeouts, url: url)
                return nil
            }
            defer { group.cancelAll() }
            while let result = try await group.next() {
                if let value = result { return value }
            }
            throw CancellationError()
        }
    }

    private static func watch(_ progress: ExchangeProgress, timeouts: Timeouts, url: String) async throws {
        let requestDeadline = progress.started + timeouts.request
        while true {
            let now = ContinuousClock.now
            let (bodyStarted, lastProgress) = progress.snapshot
            if now >= requestDeadline {
                throw ProviderError.timeout(.request, url: url, seconds: timeouts.request.seconds)
            }
            var wakeAt = requestDeadline
            if bodyStarted {
                let idleDeadline = lastProgress + timeouts.streamIdle
                if now >= idleDeadline {
                    throw ProviderError.timeout(.streamIdle, url: url, seconds: timeouts.streamIdle.seconds)
                }
                wakeAt = min(wakeAt, idleDeadline)
            } else {
                // The body may start while this sleeps; its idle deadline is never earlier than
                // now + streamIdle, so waking then cannot miss it.
                wakeAt = min(wakeAt, now + timeouts.streamIdle)
            }
            try await Task.sleep(until: wakeAt, clock: .continuous)
        }
    }
}
