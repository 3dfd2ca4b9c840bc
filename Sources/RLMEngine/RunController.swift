import Foundation
import RLMProviders
import Synchronization

/// Why a run is being stopped before its root answered.
enum StopReason: Sendable, Equatable {
    case limit(LimitKind, detail: String)
    case cancelled
}

/// One node of the execution tree as the engine tracks it: its identity, and what it and its
/// finished children have spent.
final class NodeRecord: Sendable {
    let id: String
    let parentID: String?
    let kind: NodeKind
    let depth: Int
    let model: String
    let started = ContinuousClock.now

    private struct Spent {
        var tokens = TokenCounts.zero
        var cost = CostTotal.zero
        var childTokens = TokenCounts.zero
        var childCost = CostTotal.zero
    }

    private let spent = Mutex(Spent())

    init(id: String, parentID: String?, kind: NodeKind, depth: Int, model: String) {
        self.id = id
        self.parentID = parentID
        self.kind = kind
        self.depth = depth
        self.model = model
    }

    func addOwn(tokens: TokenCounts, cost: CostTotal) {
        spent.withLock {
            $0.tokens += tokens
            $0.cost += cost
        }
    }

    /// Rolls a finished child's totals into this node's.
    func addChild(tokens: TokenCounts, cost: CostTotal) {
        spent.withLock {
            $0.childTokens += tokens
            $0.childCost += cost
        }
    }

    var ownTokens: TokenCounts { spent.withLock { $0.tokens } }
    var ownCost: CostTotal { spent.withLock { $0.cost } }
    var totalTokens: TokenCounts { spent.withLock { $0.tokens + $0.childTokens } }
    var totalCost: CostTotal { spent.withLock { $0.cost + $0.childCost } }
    var elapsedSeconds: Double { seconds(ContinuousClock.now - started) }
}

/// What every node of one run shares: its id, the configuration, the event stream, the
/// run-wide budget (tokens, money, time) and the sub-call cache; and the means to stop the
/// whole tree when a run-wide limit is reached or the host cancels.
final class RunController: Sendable {
    let runID: String
    let configuration: EngineConfiguration
    let bus: TraceBus
    let cache = SubCallCache()
    let started = ContinuousClock.now
    /// When the run's time is up, if it has a timeout.
    let deadline: ContinuousClock.Instant?

    private struct State {
        var tokens = TokenCounts.zero
        var cost = CostTotal.zero
        var nextNode = 0
        var stop: StopReason?
        var onStop: (@Sendable () -> Void)?
    }

    private let state = Mutex(State())

    init(runID: String, configuration: EngineConfiguration, bus: TraceBus) {
        self.runID = runID
        self.configuration = configuration
        self.bus = bus
        deadline = configuration.limits.timeout.map { ContinuousClock.now + .milliseconds(Int64($0 * 1000)) }
    }

    var limits: RunLimits { configuration.limits }

    // MARK: Nodes and events

    func makeNode(kind: NodeKind, parent: NodeRecord?, model: String) -> NodeRecord {
        let number = state.withLock { state -> Int in
            defer { state.nextNode += 1 }
            return state.nextNode
        }
        return NodeRecord(id: "n\(number)", parentID: parent?.id, kind: kind, depth: parent.map { $0.depth + 1 } ?? 0, model: model)
    }

    func emit(_ node: NodeRecord, _ payload: TraceEventPayload) {
        bus.publish(runID: runID, nodeID: node.id, parentNodeID: node.parentID, payload)
    }

    func nodeStarted(_ node: NodeRecord, prompt: String) {
        emit(node, .nodeStarted(NodeStartedEvent(
            kind: node.kind, depth: node.depth, model: node.model, prompt: TextDigest.abridge(prompt, limit: 500),
            promptCharacters: prompt.count)))
    }

    func nodeFinished(_ node: NodeRecord, status: NodeStatus, limit: LimitKind? = nil, answer: String? = nil,
                      error: String? = nil, iterations: Int = 0, cached: Bool = false, parent: NodeRecord?) {
        let totalTokens = node.totalTokens
        let totalCost = node.totalCost
        parent?.addChild(tokens: totalTokens, cost: totalCost)
        emit(node, .nodeFinished(NodeFinishedEvent(
            status: status, limit: limit, answer: answer, error: error, tokens: node.ownTokens, cost: node.ownCost,
            totalTokens: totalTokens, totalCost: totalCost, iterations: iterations, elapsedSeconds: node.elapsedSeconds,
            cached: cached)))
    }

    // MARK: Budget

    /// Counts one model call's spending against the run's limits; reaching one stops the run.
    func record(tokens: TokenCounts, cost: CostTotal) {
        let (totalTokens, totalCost) = state.withLock { state -> (TokenCounts, CostTotal) in
            state.tokens += tokens
            state.cost += cost
            return (state.tokens, state.cost)
        }
        if let max = limits.maxTokens, totalTokens.total >= max {
            stop(.limit(.maxTokens, detail: "the run used \(totalTokens.total.formatted()) tokens, reaching its limit of \(max.formatted())"))
        } else if let max = limits.maxCostUSD, totalCost.usd >= max {
            stop(.limit(.maxCost, detail: "the run spent \(Cost.format(totalCost.usd)), reaching its limit of \(Cost.format(max))"))
        }
    }

    var spentTokens: TokenCounts { state.withLock { $0.tokens } }
    var spentCost: CostTotal { state.withLock { $0.cost } }

    // MARK: Stopping

    var stopReason: StopReason? { state.withLock { $0.stop } }

    /// The run is over for its workers: stopped, or the calling task cancelled.
    var isStopping: Bool { stopReason != nil || Task.isCancelled }

    /// Throws `RunInterrupted` when work must not start: the run is stopping or the task is cancelled.
    func checkContinue() throws {
        if isStopping { throw RunInterrupted() }
    }

    /// Stops the whole tree (the first reason wins): every worker is cancelled, so running
    /// code, children and HTTP requests end promptly. A limit is announced as an event.
    func stop(_ reason: StopReason) {
        let onStop = state.withLock { state -> (@Sendable () -> Void)?? in
            guard state.stop == nil else { return .none }
            state.stop = reason
            return .some(state.onStop)
        }
        guard let onStop else { return }
        if case .limit(let limit, let detail) = reason, let root = rootNode {
            emit(root, .limitReached(LimitReachedEvent(limit: limit, detail: detail)))
        }
        cache.cancelWaiters()
        onStop?()
    }

    /// What `stop` cancels: the root's work.
    func setOnStop(_ action: @escaping @Sendable () -> Void) {
        let stopped = state.withLock { state -> Bool in
            state.onStop = action
            return state.stop != nil
        }
        if stopped { action() }
    }

    private let root = Mutex<NodeRecord?>(nil)
    var rootNode: NodeRecord? {
        get { root.withLock { $0 } }
    }
    func setRoot(_ node: NodeRecord) { root.withLock { $0 = node } }

    /// Seconds left before the deadline, or nil without a timeout.
    var secondsLeft: Double? { deadline.map { seconds($0 - ContinuousClock.now) } }
}
