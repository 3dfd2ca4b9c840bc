import Foundation
import RLMEngine

/// What `rlm run` shows on stderr while it works: on a terminal, the execution tree redrawn in
/// place (nodes, state, tokens, cost, time); otherwise one plain line per step that matters.
final class RunProgress: @unchecked Sendable {
    // @unchecked: every field is used under `lock`.
    private let lock = NSLock()
    private var tree = ExecutionTree()
    private var drawnLines = 0
    private let live: Bool
    private var consumer: Task<Void, Never>?
    private var ticker: Task<Void, Never>?
    private var activity: [String: String] = [:]
    private var notes: [String] = []
    private var frame = 0

    init(subscription: TraceSubscription, live: Bool) {
        self.live = live
        consumer = Task.detached { [self] in
            for await event in subscription { apply(event) }
        }
        if live {
            ticker = Task.detached { [self] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(120))
                    redraw()
                }
            }
        }
    }

    /// Waits for the last event (the subscription has finished), then draws the final state.
    func finish() async {
        await consumer?.value
        ticker?.cancel()
        if live { redraw(final: true) }
    }

    private func apply(_ event: TraceEvent) {
        lock.lock()
        defer { lock.unlock() }
        tree.apply(event)
        let node = tree.nodes[event.nodeID]
        switch event.payload {
        case .modelRequest(let e): activity[event.nodeID] = e.purpose == .iteration ? "thinking" : e.purpose.rawValue.replacingOccurrences(of: "_", with: " ")
        case .textDelta: activity[event.nodeID] = "writing"
        case .codeStarted(let e): activity[event.nodeID] = e.blocks > 1 ? "running code \(e.block)/\(e.blocks)" : "running code"
        case .codeFinished: activity[event.nodeID] = nil
        case .modelResponse: activity[event.nodeID] = nil
        case .toolCall(let e): activity[event.nodeID] = "\(e.tool): \(e.summary)"
        case .limitReached(let e): notes.append("limit reached: \(e.limit): \(e.detail)")
        case .compaction(let e): notes.append("\(event.nodeID): history compacted (\(e.estimatedTokensBefore.formatted()) -> \(e.estimatedTokensAfter.formatted()) tokens)")
        default: break
        }
        guard !live else { return }
        if let line = plainLine(event, node: node) { write(stamp(event) + line + "\n") }
    }

    // MARK: Plain lines

    private func stamp(_ event: TraceEvent) -> String {
        let elapsed = tree.startedAt.map { event.timestamp.timeIntervalSince($0) } ?? 0
        return "[" + String(format: "%6.1fs", elapsed) + "] "
    }

    private func plainLine(_ event: TraceEvent, node: ExecutionTree.Node?) -> String? {
        let name = node.map { "\($0.id) \($0.kind.rawValue)" } ?? event.nodeID
        switch event.payload {
        case .runStarted(let e):
            let items = e.context.items.map { ", \($0) items" } ?? ""
            return "run \(event.runID): \(e.model) (sub-calls: \(e.subModel)); context: \(e.context.type) of \(e.context.characters.formatted()) characters\(items)"
        case .nodeStarted(let e) where e.kind != .root:
            return "\(name) \(e.model) started: \(Self.oneLine(e.prompt, 80))"
        case .iterationStarted(let e):
            return "\(name) turn \(e.iteration)/\(e.maxIterations)"
        case .codeFinished(let e):
            if let error = e.error { return "\(name) code failed: \(error.type): \(Self.oneLine(error.message, 100))" }
            return e.answered ? "\(name) code set the answer" : nil
        case .toolCall(let e):
            return "\(name) \(e.tool): \(Self.oneLine(e.summary, 100))"
        case .modelRetry(let e):
            return "\(name) retrying in \(String(format: "%.1f", e.delaySeconds)) s: \(Self.oneLine(e.error, 100))"
        case .limitReached(let e):
            return "limit reached (\(e.limit)): \(e.detail)"
        case .compaction(let e):
            return "\(name) history compacted: \(e.estimatedTokensBefore.formatted()) -> \(e.estimatedTokensAfter.formatted()) tokens"
        case .nodeFinished(let e):
            let spent = "\(e.totalTokens.total.formatted()) tokens, \(e.totalCost)"
            var line = "\(name) \(e.cached ? "cached" : e.status.rawValue) (\(spent), \(String(format: "%.1f", e.elapsedSeconds)) s)"
            if let error = e.error { line += ": \(Self.oneLine(error, 120))" }
            return line
        case .runFinished(let e):
            return "finished: \(e.status) in \(String(format: "%.1f", e.elapsedSeconds)) s, \(tree.nodes.count) nodes, \(e.tokens.total.formatted()) tokens, \(e.cost)"
        default:
            return nil
        }
    }

    // MARK: The live tree

    private func redraw(final: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        frame += 1
        let (rows, columns) = Self.terminalSize()
        var lines = render(maxLines: max(6, rows - 3))
        if final, let status = tree.status {
            lines.append("\(status == .completed ? "done" : "ended: \(status)")")
        }
        var text = ""
        if drawnLines > 0 { text += "\u{1B}[\(drawnLines)A\r" }
        text += "\u{1B}[J"
        for line in lines { text += Self.clip(line, columns - 1) + "\n" }
        write(text)
        drawnLines = lines.count
    }

    private func render(maxLines: Int) -> [String] {
        guard let root = tree.root else { return ["rlm: starting..."] }
        let now = tree.finishedAt ?? Date()
        let elapsed = now.timeIntervalSince(tree.startedAt ?? root.startedAt)
        var lines = ["rlm \(tree.runID ?? "")  \(String(format: "%.1f", elapsed)) s  \(Self.tokens(tree.totalTokens(of: root.id).total)) tokens  \(tree.totalCost(of: root.id))"]
        let all = tree.depthFirst()
        var shown = all
        let room = maxLines - lines.count - notes.suffix(2).count - 1
        if all.count > room {
            // Keep the root, every running node, failures, then the latest finished ones.
            let keep = Set(all.filter { $0.id == root.id || $0.isRunning || $0.status == .failed }.prefix(room).map(\.id))
            var chosen = all.filter { keep.contains($0.id) }
            let extra = all.filter { !keep.contains($0.id) }.suffix(max(0, room - chosen.count))
            let extraIDs = Set(extra.map(\.id))
            chosen = all.filter { keep.contains($0.id) || extraIDs.contains($0.id) }
            shown = chosen
        }
        for node in shown { lines.append(line(for: node, now: now)) }
        let hidden = all.count - shown.count
        if hidden > 0 {
            let done = all.filter { !$0.isRunning }.count
            lines.append("  … \(hidden) more nodes (\(done) of \(all.count) finished)")
        }
        lines.append(contentsOf: notes.suffix(2))
        return lines
    }

    private func line(for node: ExecutionTree.Node, now: Date) -> String {
        let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
        let glyph: String
        switch node.status {
        case nil: glyph = spinner[frame % spinner.count]
        case .completed?: glyph = node.cached ? "=" : "✓"
        case .failed?: glyph = "✗"
        case .limit?: glyph = "!"
        case .cancelled?: glyph = "-"
        }
        var parts = ["\(String(repeating: "  ", count: node.depth))\(glyph) \(node.id) \(node.kind.rawValue) \(node.model)"]
        if node.kind != .llm, let max = node.maxIterations { parts.append("turn \(node.iteration)/\(max)") }
        if node.isRunning, let doing = activity[node.id] { parts.append(doing) }
        parts.append("\(Self.tokens(tree.totalTokens(of: node.id).total)) tok")
        parts.append("\(tree.totalCost(of: node.id))")
        parts.append(String(format: "%.1fs", (node.finishedAt ?? now).timeIntervalSince(node.startedAt)))
        if node.kind != .root { parts.append(Self.oneLine(node.prompt, 60)) }
        return parts.joined(separator: " · ")
    }

    // MARK: Helpers

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func oneLine(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ⏎ ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }

    static func clip(_ line: String, _ width: Int) -> String {
        line.count > width ? String(line.prefix(max(1, width - 1))) + "…" : line
    }

    static func tokens(_ n: Int) -> String {
        if n >= 1_000_000 { return String(format: "%.1fM", Double(n) / 1e6) }
        if n >= 1_000 { return String(format: "%.1fk", Double(n) / 1e3) }
        return "\(n)"
    }

    static func terminalSize() -> (rows: Int, columns: Int) {
        var size = winsize()
        if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
            return (Int(size.ws_row), Int(size.ws_col))
        }
        return (24, 100)
    }
}
