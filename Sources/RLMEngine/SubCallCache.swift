import Foundation
import Synchronization

/// Answers of identical `llm_query` calls within one run (same model, prompt and schema).
///
/// The first caller of a key becomes its owner and makes the request in its own task, so
/// cancelling it cancels the request; identical calls made meanwhile wait for that answer
/// instead of sending their own. A failed call is not remembered (the next identical call
/// tries again); when the owner was cancelled, a waiter that was not becomes the new owner.
final class SubCallCache: Sendable {
    enum Claim {
        /// Answered before.
        case hit(String)
        /// Being asked right now by another caller: wait for it.
        case wait(Pending)
        /// Nobody has asked: make the request, then `fulfil` the key.
        case owner
    }

    /// An answer that is on its way.
    final class Pending: Sendable {
        private let state = Mutex<(result: Result<String, Error>?, waiters: [UUID: CheckedContinuation<Result<String, Error>, Never>])>((nil, [:]))

        var isResolved: Bool { state.withLock { $0.result != nil } }

        func resolve(_ result: Result<String, Error>) {
            let waiters = state.withLock { state -> [CheckedContinuation<Result<String, Error>, Never>] in
                guard state.result == nil else { return [] }
                state.result = result
                defer { state.waiters = [:] }
                return Array(state.waiters.values)
            }
            for waiter in waiters { waiter.resume(returning: result) }
        }

        /// The owner's result; a CancellationError result when this waiter's task is cancelled.
        func wait() async -> Result<String, Error> {
            let id = UUID()
            return await withTaskCancellationHandler {
                await withCheckedContinuation { continuation in
                    let ready = state.withLock { state -> Result<String, Error>? in
                        if let result = state.result { return result }
                        if Task.isCancelled { return .failure(CancellationError()) }
                        state.waiters[id] = continuation
                        return nil
                    }
                    if let ready { continuation.resume(returning: ready) }
                }
            } onCancel: {
                let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
                waiter?.resume(returning: .failure(CancellationError()))
            }
        }
    }

    private enum Entry {
        case answered(String)
        case pending(Pending)
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let hitCount = Atomic<Int>(0)

    /// Calls answered without a request of their own.
    var hits: Int { hitCount.load(ordering: .relaxed) }

    static func key(model: String, prompt: String, schema: String?) -> String {
        "\(model)\u{0}\(schema ?? "")\u{0}\(prompt)"
    }

    func claim(_ key: String) -> Claim {
        let claim = entries.withLock { entries -> Claim in
            switch entries[key] {
            case .answered(let text): return .hit(text)
            case .pending(let pending) where !pending.isResolved: return .wait(pending)
            case .pending, nil:
                entries[key] = .pending(Pending())
                return .owner
            }
        }
        switch claim {
        case .hit, .wait: hitCount.add(1, ordering: .relaxed)
        case .owner: break
        }
        return claim
    }

    /// The owner's outcome: an answer is kept for later calls, a failure forgotten.
    func fulfil(_ key: String, _ result: Result<String, Error>) {
        let pending = entries.withLock { entries -> Pending? in
            guard case .pending(let pending) = entries[key], !pending.isResolved else { return nil }
            switch result {
            case .success(let text): entries[key] = .answered(text)
            case .failure: entries[key] = nil
            }
            return pending
        }
        pending?.resolve(result)
    }

    /// Releases every waiter (the run is stopping): they see a CancellationError.
    func cancelWaiters() {
        let pending = entries.withLock { entries -> [Pending] in
            entries.values.compactMap { if case .pending(let p) = $0 { return p } else { return nil } }
        }
        for p in pending { p.resolve(.failure(CancellationError())) }
    }
}
