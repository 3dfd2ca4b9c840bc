import Foundation
import Synchronization

/// Every run since the server started (the oldest finished ones are forgotten past `capacity`).
final class RunRegistry: Sendable {
    static let capacity = 1000

    private struct State {
        var records: [String: RunRecord] = [:]
        var order: [String] = []
    }

    private let state = Mutex(State())

    func add(_ record: RunRecord) {
        state.withLock { state in
            state.records[record.runID] = record
            state.order.append(record.runID)
            if state.order.count > Self.capacity,
               let index = state.order.firstIndex(where: { state.records[$0]?.isRunning == false }) {
                let old = state.order.remove(at: index)
                state.records[old] = nil
            }
        }
    }

    func record(_ runID: String) -> RunRecord? {
        state.withLock { $0.records[runID] }
    }

    /// Newest first.
    var all: [RunRecord] {
        state.withLock { state in state.order.reversed().compactMap { state.records[$0] } }
    }
}
