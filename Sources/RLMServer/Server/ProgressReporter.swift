import Foundation
import RLMEngine
import Synchronization

/// Turns a run's trace into LSP work-done progress (`$/progress` begin, report, end) for
/// clients that show progress but know nothing of rlm. Reports are at most five a second.
final class ProgressReporter: Sendable {
    static let minimumInterval: Duration = .milliseconds(200)

    let token: ProgressToken
    private let writer: MessageWriter

    private struct State {
        var turn = 0
        var maxTurns = 0
        var subCalls = 0
        var running = 0
        var lastReport: ContinuousClock.Instant?
    }

    private let state = Mutex(State())

    init(token: ProgressToken, writer: MessageWriter) {
        self.token = token
        self.writer = writer
    }

    /// Called by the trace forwarder with each event of the run, in order.
    func observe(_ event: TraceEvent) async {
        switch event.payload {
        case .runStarted(let started):
            await send(.begin(title: "rlm: " + Self.abridge(started.query, 60), message: "starting"))
        case .runFinished(let finished):
            var message = finished.status.rawValue
            if let answer = finished.answer { message += ": " + Self.abridge(answer, 80) }
            await send(.end(message))
        case .iterationStarted(let iteration) where event.parentNodeID == nil:
            state.withLock {
                $0.turn = iteration.iteration
                $0.maxTurns = iteration.maxIterations
            }
            await report(force: true)
        case .nodeStarted where event.parentNodeID != nil:
            state.withLock {
                $0.subCalls += 1
                $0.running += 1
            }
            await report(force: false)
        case .nodeFinished where event.parentNodeID != nil:
            state.withLock { $0.running = max(0, $0.running - 1) }
            await report(force: false)
        default:
            break
        }
    }

    private func report(force: Bool) async {
        let message = state.withLock { state -> String? in
            let now = ContinuousClock.now
            if !force, let last = state.lastReport, now - last < Self.minimumInterval { return nil }
            state.lastReport = now
            var text = state.maxTurns > 0 ? "turn \(state.turn) of \(state.maxTurns)" : "working"
            if state.subCalls > 0 { text += ", \(state.subCalls) sub-call\(state.subCalls == 1 ? "" : "s") (\(state.running) running)" }
            return text
        }
        if let message { await send(.report(message)) }
    }

    private func send(_ value: WorkDoneProgress) async {
        await writer.notify(ProgressNotification(token: token, value: value))
    }

    static func abridge(_ text: String, _ limit: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }
}
