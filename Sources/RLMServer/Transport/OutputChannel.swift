import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns an output file descriptor (stdout): bytes are queued and written, in order, by a
/// thread of its own, so a client that reads slowly blocks that thread and nothing else.
/// Callers that can wait (trace notifications) wait for room below a mark; the queue tells
/// when it has drained (before the process exits).
final class OutputChannel: Sendable {
    private struct Waiter {
        var limit: Int
        var continuation: CheckedContinuation<Void, Never>
    }

    private struct State {
        var queue: [[UInt8]] = []
        var queuedBytes = 0
        /// Bytes handed to the thread and not yet written.
        var writingBytes = 0
        var waiters: [Waiter] = []
        var closed = false
        var broken = false
    }

    /// Most bytes joined into one write.
    static let batchBytes = 1 << 20

    private let state = Mutex(State())
    private let wake = DispatchSemaphore(value: 0)

    init(descriptor: Int32) {
        // The thread holds the channel for the life of the process.
        let thread = Thread { [self] in
            writeLoop(descriptor: descriptor)
        }
        thread.name = "rlm.serve.output"
        thread.start()
    }

    /// Bytes queued or being written.
    var pendingBytes: Int { state.withLock { $0.queuedBytes + $0.writingBytes } }

    /// The reader went away (EPIPE): nothing more can be delivered.
    var isBroken: Bool { state.withLock { $0.broken } }

    /// Queues bytes; false when the output is closed or broken.
    @discardableResult
    func enqueue(_ bytes: [UInt8]) -> Bool {
        let accepted = state.withLock { state -> Bool in
            guard !state.closed, !state.broken else { return false }
            state.queue.append(bytes)
            state.queuedBytes += bytes.count
            return true
        }
        if accepted { wake.signal() }
        return accepted
    }

    /// Returns once fewer than `limit` bytes are pending (or the output is broken or closed).
    func waitForRoom(below limit: Int) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = state.withLock { state -> Bool in
                if state.broken || state.closed || state.queuedBytes + state.writingBytes < limit { return true }
                state.waiters.append(Waiter(limit: limit, continuation: continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Returns once everything queued has been written (or cannot be).
    func drain() async {
        await waitForRoom(below: 1)
    }

    /// Stops accepting bytes; what is queued is still written.
    func close() {
        state.withLock { $0.closed = true }
        wake.signal()
    }

    private func writeLoop(descriptor: Int32) {
        while true {
            wake.wait()
            while true {
                let batch = state.withLock { state -> [UInt8]? in
                    guard !state.queue.isEmpty else { return nil }
                    var joined: [UInt8] = []
                    var taken = 0
                    for chunk in state.queue {
                        if !joined.isEmpty, joined.count + chunk.count > Self.batchBytes { break }
                        joined.append(contentsOf: chunk)
                        taken += 1
                    }
                    state.queue.removeFirst(taken)
                    state.queuedBytes -= joined.count
                    state.writingBytes = joined.count
                    return joined
                }
                guard let batch else { break }
                let delivered = Self.write(batch, to: descriptor)
                let ready = state.withLock { state -> [CheckedContinuation<Void, Never>] in
                    state.writingBytes = 0
                    if !delivered {
                        state.broken = true
                        state.queue = []
                        state.queuedBytes = 0
                    }
                    let pending = state.queuedBytes
                    var ready: [CheckedContinuation<Void, Never>] = []
                    state.waiters.removeAll { waiter in
                        guard state.broken || pending < waiter.limit else { return false }
                        ready.append(waiter.continuation)
                        return true
                    }
                    return ready
                }
                for continuation in ready { continuation.resume() }
            }
            let finished = state.withLock { state -> [CheckedContinuation<Void, Never>]? in
                guard state.closed || state.broken, state.queue.isEmpty else { return nil }
                defer { state.waiters = [] }
                return state.waiters.map(\.continuation)
            }
            if let finished {
                for continuation in finished { continuation.resume() }
                if state.withLock({ $0.closed }) { return }
            }
        }
    }

    /// Writes all of `bytes`; false when the descriptor refuses (the reader is gone).
    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        return bytes.withUnsafeBytes { raw -> Bool in
            while offset < raw.count {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #else
                let written = Darwin.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
