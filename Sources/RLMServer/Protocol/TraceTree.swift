import Foundation
import RLMEngine

/// A run's execution tree on the wire: the engine's `ExecutionTree`, folded from the same
/// `rlm/trace` events the client received, with totals per node and for the run.
public struct TraceTree: Codable, Sendable, Hashable {
    public var runId: String
    public var sessionId: String?
    /// "running" or how the run ended.
    public var status: String
    public var answer: String?
    public var rootId: String?
    /// Nodes depth first from the root, each child after its parent in start order.
    public var nodes: [Node]
    public var totals: UsageSummary
    /// Events folded, and the highest sequence number seen (a gap means streamed text was
    /// merged or dropped for a slow reader).
    public var eventCount: Int
    public var lastSequence: Int
    /// With `includeEvents`: the events kept for this run.
    public var events: [TraceEvent]?

    public struct Node: Codable, Sendable, Hashable {
        public var id: String
        public var parentId: String?
        /// "root", "rlm" (a child RLM) or "llm" (a plain model call).
        public var kind: String
        public var depth: Int
        public var model: String
        public var prompt: String
        /// Absent while the node runs; then "completed", "limit", "failed" or "cancelled".
        public var status: String?
        public var limit: String?
        public var answer: String?
        public var error: String?
        public var iteration: Int
        public var maxIterations: Int?
        /// This node's own calls.
        public var usage: UsageSummary
        /// This node and everything under it.
        public var totalUsage: UsageSummary
        public var cached: Bool
        public var codeBlocks: Int
        public var toolCalls: Int
        public var streaming: Bool
        public var startedAt: Double
        public var finishedAt: Double?
        public var children: [String]
    }

    init(runID: String, sessionID: String?, tree: ExecutionTree, events: [TraceEvent]?) {
        runId = runID
        sessionId = sessionID
        status = tree.status?.rawValue ?? "running"
        answer = tree.answer
        rootId = tree.rootID
        eventCount = tree.eventCount
        lastSequence = tree.lastSequence
        self.events = events
        let ordered = tree.depthFirst()
        nodes = ordered.map { node in
            Node(
                id: node.id, parentId: node.parentID, kind: node.kind.rawValue, depth: node.depth, model: node.model,
                prompt: node.prompt, status: node.status?.rawValue, limit: node.limit?.rawValue, answer: node.answer,
                error: node.error, iteration: node.iteration, maxIterations: node.maxIterations,
                usage: UsageSummary(tokens: node.tokens, cost: node.cost, llmCalls: node.modelCalls),
                totalUsage: UsageSummary(
                    tokens: tree.totalTokens(of: node.id), cost: tree.totalCost(of: node.id),
                    llmCalls: Self.calls(tree, under: node.id)),
                cached: node.cached, codeBlocks: node.codeBlocks, toolCalls: node.toolCalls, streaming: node.streaming,
                startedAt: node.startedAt.timeIntervalSince1970, finishedAt: node.finishedAt?.timeIntervalSince1970,
                children: node.children)
        }
        if let root = tree.rootID {
            totals = UsageSummary(tokens: tree.totalTokens(of: root), cost: tree.totalCost(of: root), llmCalls: Self.calls(tree, under: root))
        } else {
            totals = .zero
        }
    }

    /// Model calls made by a node and everything under it.
    static func calls(_ tree: ExecutionTree, under id: String) -> Int {
        guard let node = tree.nodes[id] else { return 0 }
        return node.children.reduce(node.modelCalls) { $0 + calls(tree, under: $1) }
    }
}
