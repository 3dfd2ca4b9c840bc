import Synchronization
import Foundation

/// A counting semaphore for async code: at most `limit` holders at once, the rest wait in order.
/// A waiter whose task is cancelled leaves the queue at once with `CancellationError`.
public actor AsyncSemaphore {
    private var limit: Int
    private var holders = 0
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, Error>)] = []
    private var nextID: UInt64 = 0

    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Holders right now (for tests and diagnostics).
    public var inUse: Int { holders }

    /// Callers waiting for a permit right now.
    public var waiting: Int { waiters.count }

    /// Changes the limit; raising it admits waiters at once.
    public func setLimit(_ newLimit: Int) {
        limit = max(1, newLimit)
        admitWaiters()
    }

    public func acquire() async throws {
        try Task.checkCancellation()
        if holders < limit, waiters.isEmpty {
            holders += 1
            return
        }
        nextID &+= 1
        let id = nextID
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
                waiters.append((id, continuation))
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    public func release() {
        holders -= 1
        admitWaiters()
    }

    /// Runs `body` holding one permit.
    public func withPermit<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await acquire()
        do {
            let result = try await body()
            release()
            return result
        } catch {
            release()
            throw error
        }
    }

    private func admitWaiters() {
        while holders < limit, !waiters.isEmpty {
            holders += 1
            waiters.removeFirst().continuation.resume()
        }
    }

    private func cancelWaiter(_ id: UInt64) {
        // The waiter may have been admitted before the cancellation got here: then it holds a
        // permit and releases it itself when its cancelled work ends.
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}

/// One semaphore per endpoint (base URL), shared by every provider and every run in the process,
/// so that parallel sub-calls of many runs together stay inside one endpoint's rate limits.
public final class EndpointLimiter: Sendable {
    public static let shared = EndpointLimiter()

    private let semaphores = Mutex<[String: AsyncSemaphore]>([:])

    public init() {}

    /// The semaphore for `baseURL`. The latest limit asked for wins: settings change for the
    /// whole process, not per caller.
    public func semaphore(for baseURL: String, limit: Int) async -> AsyncSemaphore {
        let key = Self.key(baseURL)
        let (semaphore, isNew) = semaphores.withLock { table -> (AsyncSemaphore, Bool) in
            if let existing = table[key] { return (existing, false) }
            let created = AsyncSemaphore(limit: limit)
            table[key] = created
            return (created, true)
        }
        if !isNew { await semaphore.setLimit(limit) }
        return semaphore
    }

    /// Scheme, host and port lowercased, path as given without trailing slashes.
    static func key(_ baseURL: String) -> String {
        var url = baseURL.trimmingCharacters(in: .whitespaces)
        while url.hasSuffix("/") { url.removeLast() }
        guard let schemeEnd = url.range(of: "://") else { return url.lowercased() }
        let afterScheme = url[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        return url[..<hostEnd].lowercased() + afterScheme[hostEnd...]
    }
}
