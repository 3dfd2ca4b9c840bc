import Foundation

/// The execution tree of one run, folded from its trace events: the root RLM, the child RLMs
/// and plain model calls under it, each with its state and what it spent. Feed it every event
/// of a run in order (`apply`); events of other runs are ignored.
public struct ExecutionTree: Sendable {
    public struct Node: Sendable, Hashable {
        public let id: String
        public let parentID: String?
        public var kind: NodeKind
        public var depth: Int
        public var model: String
        /// The node's query or prompt, abridged.
        public var prompt: String
        public var startedAt: Date
        public var finishedAt: Date?
        /// nil while the node runs.
        public var status: NodeStatus?
        public var limit: LimitKind?
        public var answer: String?
        public var error: String?
        public var iteration: Int = 0
        public var maxIterations: Int?
        /// Model calls of this node itself.
        public var tokens: TokenCounts = .zero
        public var cost: CostTotal = .zero
        public var modelCalls: Int = 0
        public var cached = false
        public var codeBlocks = 0
        public var toolCalls = 0
        /// The node's model is streaming an answer right now.
        public var streaming = false
        public var children: [String] = []

        public var isRunning: Bool { status == nil }
    }

    public private(set) var runID: String?
    public private(set) var rootID: String?
    public private(set) var nodes: [String: Node] = [:]
    public private(set) var status: RunStatus?
    public private(set) var answer: String?
    public private(set) var startedAt: Date?
    public private(set) var finishedAt: Date?
    /// Events applied, and the highest sequence number seen (gaps mean streamed pieces were
    /// merged or dropped on the way).
    public private(set) var eventCount = 0
    public private(set) var lastSequence = 0

    public init() {}

    /// A tree built from a whole event list (e.g. a JSONL trace file).
    public init<S: Sequence>(events: S) where S.Element == TraceEvent {
        for event in events { apply(event) }
    }

    public var root: Node? { rootID.flatMap { nodes[$0] } }

    /// Nodes under `id`, in the order they started.
    public func children(of id: String) -> [Node] {
        (nodes[id]?.children ?? []).compactMap { nodes[$0] }
    }

    /// Tokens of a node and everything under it.
    public func totalTokens(of id: String) -> TokenCounts {
        guard let node = nodes[id] else { return .zero }
        return node.children.reduce(node.tokens) { $0 + totalTokens(of: $1) }
    }

    /// Cost of a node and everything under it.
    public func totalCost(of id: String) -> CostTotal {
        guard let node = nodes[id] else { return .zero }
        return node.children.reduce(node.cost) { $0 + totalCost(of: $1) }
    }

    /// Every node, depth first from the root, with its depth in the tree.
    public func depthFirst() -> [Node] {
        var result: [Node] = []
        func visit(_ id: String) {
            guard let node = nodes[id] else { return }
            result.append(node)
            for child in node.children { visit(child) }
        }
        if let rootID { visit(rootID) }
        return result
    }

    public mutating func apply(_ event: TraceEvent) {
        if runID == nil { runID = event.runID }
        guard event.runID == runID else { return }
        eventCount += 1
        lastSequence = max(lastSequence, event.sequence)
        let id = event.nodeID
        switch event.payload {
        case .runStarted:
            startedAt = event.timestamp
        case .runFinished(let e):
            status = e.status
            answer = e.answer
            finishedAt = event.timestamp
        case .nodeStarted(let e):
            guard nodes[id] == nil else { return }
            nodes[id] = Node(id: id, parentID: event.parentNodeID, kind: e.kind, depth: e.depth, model: e.model,
                             prompt: e.prompt, startedAt: event.timestamp)
            if let parent = event.parentNodeID {
                nodes[parent]?.children.append(id)
            } else if rootID == nil {
                rootID = id
            }
        case .nodeFinished(let e):
            update(id) { node in
                node.status = e.status
                node.limit = e.limit
                node.answer = e.answer
                node.error = e.error
                node.finishedAt = event.timestamp
                node.cached = e.cached
                node.streaming = false
            }
        case .iterationStarted(let e):
            update(id) { node in
                node.iteration = e.iteration
                node.maxIterations = e.maxIterations
            }
        case .modelRequest:
            update(id) { $0.streaming = true }
        case .textDelta, .modelRetry, .codeOutput, .limitReached:
            break
        case .modelResponse(let e):
            update(id) { node in
                node.streaming = false
                node.modelCalls += e.cached ? 0 : 1
                if e.cached { node.cached = true }
                if let tokens = e.tokens { node.tokens += tokens }
                if e.error == nil, !e.cached {
                    node.cost += e.cost.map { CostTotal(usd: $0) } ?? CostTotal(usd: 0, unpricedCalls: 1)
                }
            }
        case .codeStarted:
            update(id) { $0.codeBlocks += 1 }
        case .codeFinished:
            break
        case .toolCall:
            update(id) { $0.toolCalls += 1 }
        case .compaction:
            break
        }
    }

    private mutating func update(_ id: String, _ change: (inout Node) -> Void) {
        guard var node = nodes[id] else { return }
        change(&node)
        nodes[id] = node
    }
}
