import Foundation
import RLMInterpreter
import RLMProviders

/// Everything a run needs besides its query and context.
public struct EngineConfiguration: Sendable {
    /// The endpoint every model call goes to (root, children and sub-calls).
    public var provider: any LLMProvider
    /// The root model, which writes the code.
    public var model: String
    /// The model of `llm_query` and of `rlm_query` at the depth limit.
    public var subModel: String
    /// The model of child RLMs (`rlm_query`); nil for the root model. A child writes code like
    /// the root, so by default it gets the same model.
    public var childModel: String?
    public var limits: RunLimits
    /// Sub-calls of one `llm_query_batched` / `rlm_query_batched` in flight at once. The
    /// provider's own per-endpoint limit (`max_concurrency`) applies on top of it.
    public var batchConcurrency: Int
    /// Stream model answers (text deltas in the trace) rather than wait for them whole.
    public var streaming: Bool
    /// Wall-clock seconds one code block may run (its sub-calls included); nil for none.
    public var codeTimeout: Double?
    /// Bytes of printed output one code block may produce; the rest is dropped.
    public var maxCodeOutputBytes: Int
    /// Characters of a block's output shown to the model (half from the start, half from the end).
    public var shownOutputCharacters: Int
    /// Fraction of an RLM model's window at which its older turns are summarised.
    public var compactionThreshold: Double
    /// Output tokens asked of an RLM node's model per turn; nil leaves it to the provider.
    public var maxOutputTokens: Int?
    /// The `memory` dict's file, persisted across runs; nil for no `memory`.
    public var memory: MemoryStore?
    /// The workspace tools for runs with a workspace.
    public var workspaceTools: WorkspaceToolsHook?
    /// Appended to the system prompt of every RLM node.
    public var extraSystemPrompt: String?

    public init(
        provider: any LLMProvider, model: String, subModel: String? = nil, childModel: String? = nil,
        limits: RunLimits = RunLimits(), batchConcurrency: Int = 16, streaming: Bool = true, codeTimeout: Double? = 600,
        maxCodeOutputBytes: Int = 8 << 20, shownOutputCharacters: Int = 10_000, compactionThreshold: Double = 0.85,
        maxOutputTokens: Int? = nil, memory: MemoryStore? = nil, workspaceTools: WorkspaceToolsHook? = nil,
        extraSystemPrompt: String? = nil
    ) {
        self.provider = provider
        self.model = model
        self.subModel = subModel ?? model
        self.childModel = childModel
        self.limits = limits
        self.batchConcurrency = batchConcurrency
        self.streaming = streaming
        self.codeTimeout = codeTimeout
        self.maxCodeOutputBytes = maxCodeOutputBytes
        self.shownOutputCharacters = shownOutputCharacters
        self.compactionThreshold = compactionThreshold
        self.maxOutputTokens = maxOutputTokens
        self.memory = memory
        self.workspaceTools = workspaceTools
        self.extraSystemPrompt = extraSystemPrompt
    }

    /// Windows and prices by model: the provider's table.
    public var models: ModelTable { provider.settings.models }

    /// A message naming the first setting that cannot be used, or nil when all can.
    public func validationError() -> String? {
        if let problem = limits.validationError() { return problem }
        if model.trimmingCharacters(in: .whitespaces).isEmpty { return "no model was named; set --model or RLM_MODEL" }
        if batchConcurrency < 1 { return "batch concurrency must be at least 1 (got \(batchConcurrency))" }
        if let codeTimeout, !(codeTimeout > 0) { return "the code timeout must be a positive number of seconds (got \(codeTimeout))" }
        if !(compactionThreshold > 0 && compactionThreshold <= 1) {
            return "the compaction threshold must be a fraction in (0, 1] (got \(compactionThreshold))"
        }
        if shownOutputCharacters < 100 { return "at least 100 characters of output must be shown (got \(shownOutputCharacters))" }
        return nil
    }
}

/// How the workspace tools get into an RLM node's interpreter. The engine calls `install` for
/// each RLM node (root and children) with the node's session and a recorder that turns tool
/// calls into `tool_call` trace events of that node.
public struct WorkspaceToolsHook: Sendable {
    /// Added to the system prompt: the tools' signatures and rules.
    public var promptSection: String
    public var install: @Sendable (_ session: Session, _ recorder: ToolCallRecorder) -> Void

    public init(promptSection: String, install: @escaping @Sendable (_ session: Session, _ recorder: ToolCallRecorder) -> Void) {
        self.promptSection = promptSection
        self.install = install
    }
}

/// Records a node's tool calls in the run's trace.
public struct ToolCallRecorder: Sendable {
    let record: @Sendable (ToolCallEvent) -> Void

    public init(_ record: @escaping @Sendable (ToolCallEvent) -> Void) {
        self.record = record
    }

    public func callAsFunction(_ call: ToolCallEvent) { record(call) }
}
