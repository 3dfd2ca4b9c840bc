import Foundation
import RLMInterpreter
import RLMProviders
import Synchronization

/// An RLM node's interpreter and message history. A child RLM's lives for one `rlm_query`; a
/// session's root serves every run of the session, so variables and history carry over.
final class Conversation: @unchecked Sendable {
    // @unchecked: `messages`, `archive`, `compactions` and `memory` are used by one loop at a
    // time (a session runs one run at a time); the host functions reach only `scope` and `output`.
    let session = Session()
    let scope = SandboxScope()
    let output = OutputRouter()
    /// The history sent to the model after the system prompt.
    var messages: [ChatMessage] = []
    /// Messages that compaction replaced, oldest first (bound to `history` in the REPL).
    var archive: [ChatMessage] = []
    var compactions = 0
    var memory: MemoryBinding?
    /// Said once, in the next opening message (a memory file that could not be read...).
    var pendingNotes: [String] = []
    private let cancelledWhileIdle = Atomic<Bool>(false)

    /// A conversation with the sandbox installed, `memory` loaded and the workspace tools in.
    static func make(configuration: EngineConfiguration, withMemory: Bool) async -> Conversation {
        let conversation = Conversation()
        let session = conversation.session
        session.limits = Limits(timeout: configuration.codeTimeout, maxOutputBytes: configuration.maxCodeOutputBytes)
        let output = conversation.output
        session.onOutput = { piece in output.write(piece) }
        await Sandbox.install(in: session, scope: conversation.scope)
        if withMemory, let store = configuration.memory {
            conversation.memory = MemoryBinding(store: store, session: session, notes: &conversation.pendingNotes)
        }
        if let tools = configuration.workspaceTools {
            let scope = conversation.scope
            tools.install(session, ToolCallRecorder { call in
                if let current = try? scope.get() { current.controller.emit(current.node, .toolCall(call)) }
            })
        }
        return conversation
    }

    /// Appends a user message, merged into the last one when that is a user message too (the
    /// providers want user and assistant turns to alternate).
    func appendUser(_ text: String) {
        if let last = messages.last, last.role == .user {
            messages[messages.count - 1].content = last.content + "\n\n" + text
        } else {
            messages.append(.user(text))
        }
    }

    /// Runs code, cancelling the interpreter if the calling task is cancelled meanwhile.
    func run(_ code: String, filename: String) async -> RunResult {
        let session = self.session
        return await withTaskCancellationHandler {
            await session.run(code, filename: filename)
        } onCancel: {
            self.cancelledWhileIdle.store(true, ordering: .relaxed)
            session.cancel()
        }
    }

    /// A cancellation that reached the interpreter after its code had finished leaves the
    /// session's flag set, which would stop the next run at once: clear it by running nothing.
    func clearStaleCancellation() async {
        if cancelledWhileIdle.exchange(false, ordering: .relaxed) {
            _ = await session.run("pass", filename: "<reset>")
        }
    }

    /// Binds `history`: every message so far, compacted ones included, as dicts.
    func bindHistory() {
        let all = archive + messages
        session.bind("history", .makeList(all.map { .makeDict([("role", .string($0.role.rawValue)), ("content", .string($0.content))]) }))
    }
}

/// The `memory` dict of a conversation and its file.
final class MemoryBinding {
    let store: MemoryStore
    /// False when the file could not be read: it is then never overwritten.
    let writable: Bool
    private var lastSaved: String

    init(store: MemoryStore, session: Session, notes: inout [String]) {
        self.store = store
        switch store.load() {
        case .object(let json):
            let value = (try? Value.fromJSON(json)) ?? .makeDict([])
            session.bind("memory", value)
            lastSaved = (try? value.jsonText(sortKeys: true)) ?? json
            writable = true
        case .unusable(let problem):
            session.bind("memory", .makeDict([]))
            lastSaved = "{}"
            writable = false
            notes.append("Note: `memory` could not be loaded: \(problem).")
        }
    }

    /// Saves `memory` if the program changed it; a note for the model when it cannot be saved.
    /// Call between runs of the session's code only.
    func saveIfChanged(_ session: Session) -> String? {
        guard writable else { return nil }
        guard let value = session.value(of: "memory") else {
            return "Note: `memory` was deleted; it was not saved. Assign a dict to `memory` to keep notes."
        }
        guard case .dict = value else {
            return "Note: `memory` must be a dict (it is now \(typeName(value))); it was not saved."
        }
        do {
            let text = try value.jsonText(sortKeys: true)
            guard text != lastSaved else { return nil }
            try store.save(text)
            lastSaved = text
            return nil
        } catch let error as PyException {
            return "Note: `memory` was not saved: \(error). Keep only str, numbers, bools, None, lists and dicts in it."
        } catch {
            return "Note: `memory` was not saved: \(error.localizedDescription)"
        }
    }
}

/// Sends what running code prints to the trace, as coalesced `code_output` events of the
/// block that printed it.
final class OutputRouter: Sendable {
    private struct Target {
        let controller: RunController
        let node: NodeRecord
        let iteration: Int
        let block: Int
        var coalescer = PieceCoalescer()
    }

    private let target = Mutex<Target?>(nil)

    func begin(controller: RunController, node: NodeRecord, iteration: Int, block: Int) {
        target.withLock { $0 = Target(controller: controller, node: node, iteration: iteration, block: block) }
    }

    func write(_ piece: String) {
        let due = target.withLock { target -> (Target, String)? in
            guard target != nil, let text = target!.coalescer.add(piece) else { return nil }
            return (target!, text)
        }
        if let (t, text) = due { t.controller.emit(t.node, .codeOutput(CodeOutputEvent(iteration: t.iteration, block: t.block, text: text))) }
    }

    func end() {
        let due = target.withLock { target -> (Target, String)? in
            defer { target = nil }
            guard target != nil, let text = target!.coalescer.flush() else { return nil }
            return (target!, text)
        }
        if let (t, text) = due { t.controller.emit(t.node, .codeOutput(CodeOutputEvent(iteration: t.iteration, block: t.block, text: text))) }
    }
}
