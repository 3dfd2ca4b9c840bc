import Foundation
import Synchronization

/// Delivers a session's trace events to any number of subscribers without ever making the
/// engine wait for one.
///
/// Publishing numbers the event (per run), stamps it, and appends it to each subscriber's own
/// buffer; that is all the engine's thread does. Each subscriber drains its buffer at its own
/// pace. A subscriber that falls behind by more than its `capacity` loses only streamed pieces
/// (text deltas, code output): a piece is merged into the previous event when that event is a
/// piece of the same kind from the same node, and dropped otherwise (`droppedEvents` counts
/// them; its sequence number is then missing). Structural events (runs, nodes, requests,
/// responses, code blocks, tool calls, limits) are always delivered, so the tree a subscriber
/// builds is always whole; their number is bounded by the work the run does.
public final class TraceBus: Sendable {
    private struct State {
        var subscribers: [ObjectIdentifier: TraceSubscription] = [:]
        var sequences: [String: Int] = [:]
        var finished = false
    }

    private let state = Mutex(State())

    public init() {}

    /// A new subscription, receiving every event published from now on.
    public func subscribe(capacity: Int = 10_000) -> TraceSubscription {
        let subscription = TraceSubscription(capacity: max(1, capacity), bus: self)
        let finished = state.withLock { state -> Bool in
            if !state.finished { state.subscribers[ObjectIdentifier(subscription)] = subscription }
            return state.finished
        }
        if finished { subscription.finish() }
        return subscription
    }

    /// Numbers, stamps and delivers one event; returns it as delivered.
    @discardableResult
    func publish(runID: String, nodeID: String, parentNodeID: String?, _ payload: TraceEventPayload) -> TraceEvent {
        state.withLock { state in
            let sequence = (state.sequences[runID] ?? 0) + 1
            state.sequences[runID] = sequence
            let event = TraceEvent(runID: runID, sequence: sequence, timestamp: Date(), nodeID: nodeID,
                                   parentNodeID: parentNodeID, payload: payload)
            // Under the bus's lock, so every subscriber sees the same order.
            for subscriber in state.subscribers.values { subscriber.push(event) }
            return event
        }
    }

    /// Forgets a finished run's sequence counter.
    func endRun(_ runID: String) {
        state.withLock { _ = $0.sequences.removeValue(forKey: runID) }
    }

    /// Ends every subscription once its buffered events are read; later subscriptions end at once.
    public func finish() {
        let subscribers = state.withLock { state -> [TraceSubscription] in
            state.finished = true
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        for subscriber in subscribers { subscriber.finish() }
    }

    func remove(_ subscription: TraceSubscription) {
        state.withLock { _ = $0.subscribers.removeValue(forKey: ObjectIdentifier(subscription)) }
    }
}

/// One subscriber's view of the event stream: an AsyncSequence of `TraceEvent`s with its own
/// bounded buffer (see `TraceBus` for what happens when it fills).
public final class TraceSubscription: AsyncSequence, Sendable {
    public typealias Element = TraceEvent

    private struct State {
        var buffer: [TraceEvent] = []
        var head = 0
        var waiter: CheckedContinuation<TraceEvent?, Never>?
        var finished = false
        var dropped = 0
        var merged = 0
        var count: Int { buffer.count - head }
    }

    public let capacity: Int
    private let state = Mutex(State())
    private let bus: TraceBus

    init(capacity: Int, bus: TraceBus) {
        self.capacity = capacity
        self.bus = bus
    }

    /// Streamed pieces dropped because this subscriber was more than `capacity` events behind.
    public var droppedEvents: Int { state.withLock { $0.dropped } }
    /// Streamed pieces merged into the piece before them for the same reason.
    public var mergedEvents: Int { state.withLock { $0.merged } }
    /// Events waiting to be read.
    public var bufferedEvents: Int { state.withLock { $0.count } }

    func push(_ event: TraceEvent) {
        let waiter = state.withLock { state -> CheckedContinuation<TraceEvent?, Never>? in
            if state.finished { return nil }
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter
            }
            if state.count >= capacity, event.payload.isStreamedPiece {
                if Self.merge(event, into: &state) { state.merged += 1 } else { state.dropped += 1 }
                return nil
            }
            state.buffer.append(event)
            return nil
        }
        waiter?.resume(returning: event)
    }

    /// Appends a piece's text to the last buffered event when that is a piece of the same kind
    /// from the same node (nothing of that node comes between them, so the order holds).
    private static func merge(_ event: TraceEvent, into state: inout State) -> Bool {
        guard state.count > 0 else { return false }
        var index = state.buffer.count - 1
        // Only the node's latest event may absorb it: look back past other nodes' events.
        var looked = 0
        while index >= state.head, looked < 64 {
            let candidate = state.buffer[index]
            if candidate.nodeID == event.nodeID {
                switch (candidate.payload, event.payload) {
                case (.textDelta(var a), .textDelta(let b)):
                    a.text += b.text
                    state.buffer[index].payload = .textDelta(a)
                    return true
                case (.codeOutput(var a), .codeOutput(let b)) where a.block == b.block && a.iteration == b.iteration:
                    a.text += b.text
                    state.buffer[index].payload = .codeOutput(a)
                    return true
                default:
                    return false
                }
            }
            index -= 1
            looked += 1
        }
        return false
    }

    /// The next event, waiting for one; nil once the subscription has finished and its buffer
    /// is empty, or when the waiting task is cancelled.
    public func next() async -> TraceEvent? {
        enum Step { case event(TraceEvent), end, wait }
        let step = state.withLock { state -> Step in
            if state.count > 0 {
                let event = state.buffer[state.head]
                state.head += 1
                if state.head >= 1024, state.head * 2 >= state.buffer.count {
                    state.buffer.removeFirst(state.head)
                    state.head = 0
                } else if state.head == state.buffer.count {
                    state.buffer.removeAll(keepingCapacity: true)
                    state.head = 0
                }
                return .event(event)
            }
            return state.finished ? .end : .wait
        }
        switch step {
        case .event(let event): return event
        case .end: return nil
        case .wait: break
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<TraceEvent?, Never>) in
                let resumeNow = state.withLock { state -> TraceEvent?? in
                    if state.count > 0 {
                        let event = state.buffer[state.head]
                        state.head += 1
                        return .some(event)
                    }
                    if state.finished || Task.isCancelled { return .some(nil) }
                    state.waiter = continuation
                    return .none
                }
                if let value = resumeNow { continuation.resume(returning: value) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<TraceEvent?, Never>? in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: nil)
        }
    }

    /// Stops delivery: events already buffered can still be read, then the sequence ends.
    public func finish() {
        let waiter = state.withLock { state -> CheckedContinuation<TraceEvent?, Never>? in
            state.finished = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: nil)
        bus.remove(self)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let subscription: TraceSubscription
        public mutating func next() async -> TraceEvent? { await subscription.next() }
    }

    public func makeAsyncIterator() -> Iterator { Iterator(subscription: self) }
}
