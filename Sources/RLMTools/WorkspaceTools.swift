import Foundation
import Synchronization

/// One workspace tool: typed arguments in, a typed output back. The tools are the enums
/// `ReadFile`, `WriteFile`, `EditFile`, `Grep`, `FindFiles`, `ListDirectory` and `Bash`; run
/// them through `WorkspaceTools.run`, which applies the permission policy and records a trace.
public protocol WorkspaceTool {
    associatedtype Arguments: Codable & Sendable
    associatedtype Output: Codable & Sendable

    static var name: ToolName { get }
    /// The call's arguments for the trace, by parameter name, abridged.
    static func traceArguments(_ arguments: Arguments) -> [String: String]
    /// A one-line account of a result, for the trace.
    static func summary(of output: Output) -> String
    /// The change a result made, for the trace (file-changing tools).
    static func diff(of output: Output) -> String?
    /// Does the work. Implementations call `context.authorize` once, after checking their
    /// arguments and before changing or revealing anything.
    static func execute(_ arguments: Arguments, in context: ToolContext) async throws -> Output
}

extension WorkspaceTool {
    public static func diff(of output: Output) -> String? { nil }
}

/// Sizes and times the tools work within.
public struct ToolLimits: Sendable {
    /// Largest text read_file returns at once (a whole file, or a line range).
    public var maxReadBytes = 8 << 20
    /// Largest file edit_file changes, and write_file diffs against.
    public var maxEditBytes = 16 << 20
    /// Longest line text grep returns; longer lines are cut with a marker.
    public var maxGrepLineBytes = 2000
    /// Threads grep searches with.
    public var grepThreads = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// bash output kept (stdout and stderr together); the middle of longer output is dropped.
    public var maxBashOutputBytes = 128 << 10
    /// bash's timeout when the call gives none, and the most a call may ask for, in seconds.
    public var defaultBashTimeout: Double = 60
    public var maxBashTimeout: Double = 3600

    public init() {}
}

/// What a running tool can reach: the workspace, the limits, and the permission gate.
public final class ToolContext: Sendable {
    public let workspace: Workspace
    public let limits: ToolLimits
    let tool: ToolName
    private let tools: WorkspaceTools
    private let outcome = Mutex<PermissionOutcome>(.notRequested)

    init(tool: ToolName, tools: WorkspaceTools) {
        self.tool = tool
        self.tools = tools
        self.workspace = tools.workspace
        self.limits = tools.limits
    }

    var permissionOutcome: PermissionOutcome { outcome.withLock { $0 } }
    var writeFaultHook: (@Sendable (Int) throws -> Void)? { tools.writeFaultHook }

    /// Settles permission for this call by the policy, asking the host's handler when the
    /// policy says "ask". Throws a PermissionError (ToolError.permissionDenied) on refusal.
    public func authorize(_ request: PermissionRequest) async throws {
        let result = await tools.decide(request)
        outcome.withLock { $0 = result.outcome }
        if let refusal = result.refusal { throw refusal }
        try Task.checkCancellation()
    }
}

/// The workspace tools of one workspace, with their permission policy, the host's permission
/// handler and trace sink. Safe to use from many tasks at once.
public final class WorkspaceTools: Sendable {
    public let workspace: Workspace
    public let limits: ToolLimits
    private let policyState: Mutex<ToolPolicy>
    private let permissionHandler: PermissionHandler?
    private let traceSink: ToolTraceSink?
    /// Tests: called during atomic writes to simulate a failure half-way.
    let writeFaultHook: (@Sendable (Int) throws -> Void)?

    /// - Parameters:
    ///   - permissionHandler: asked when the policy says "ask"; without one such calls are refused.
    ///   - traceSink: receives a record of every call.
    public convenience init(workspace: Workspace, policy: ToolPolicy = .default, limits: ToolLimits = ToolLimits(),
                            permissionHandler: PermissionHandler? = nil, traceSink: ToolTraceSink? = nil) {
        self.init(workspace: workspace, policy: policy, limits: limits, permissionHandler: permissionHandler,
                  traceSink: traceSink, writeFaultHook: nil)
    }

    init(workspace: Workspace, policy: ToolPolicy, limits: ToolLimits, permissionHandler: PermissionHandler?,
         traceSink: ToolTraceSink?, writeFaultHook: (@Sendable (Int) throws -> Void)?) {
        self.workspace = workspace
        self.limits = limits
        self.policyState = Mutex(policy)
        self.permissionHandler = permissionHandler
        self.traceSink = traceSink
        self.writeFaultHook = writeFaultHook
    }

    /// The current policy. "Always" answers from the handler change it.
    public var policy: ToolPolicy {
        get { policyState.withLock { $0 } }
        set { policyState.withLock { $0 = newValue } }
    }

    /// Runs one tool call: the tool checks its arguments and confinement, asks permission
    /// through the policy, does its work; a trace record goes to the sink either way.
    public func run<Tool: WorkspaceTool>(_ tool: Tool.Type, _ arguments: Tool.Arguments) async throws -> Tool.Output {
        let context = ToolContext(tool: Tool.name, tools: self)
        let started = Date()
        let clock = ContinuousClock.now
        func record(summary: @autoclosure () -> String, error: ToolError.Kind?, diff: @autoclosure () -> String?) {
            guard let traceSink else { return }
            let elapsed = ContinuousClock.now - clock
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            traceSink(ToolTraceRecord(tool: Tool.name, arguments: Tool.traceArguments(arguments), summary: summary(),
                                      error: error, permission: context.permissionOutcome, startedAt: started,
                                      durationSeconds: seconds, diff: diff()))
        }
        do {
            let output = try await Tool.execute(arguments, in: context)
            record(summary: Tool.summary(of: output), error: nil, diff: Tool.diff(of: output))
            return output
        } catch let error as ToolError {
            record(summary: error.message, error: error.kind, diff: nil)
            throw error
        } catch is CancellationError {
            record(summary: "cancelled", error: nil, diff: nil)
            throw CancellationError()
        } catch {
            let wrapped = ToolError(.ioError, "\(error)")
            record(summary: wrapped.message, error: wrapped.kind, diff: nil)
            throw wrapped
        }
    }

    /// Applies the policy to a request: the outcome to record, and the error to throw when
    /// the call may not go ahead.
    func decide(_ request: PermissionRequest) async -> (outcome: PermissionOutcome, refusal: ToolError?) {
        let tool = request.tool
        switch policy[tool] {
        case .allow:
            return (.allowedByPolicy, nil)
        case .deny:
            return (.deniedByPolicy, ToolError.denied("\(tool.rawValue) is not allowed in this workspace (the host's policy denies it): \(request.summary)"))
        case .ask:
            guard let permissionHandler else {
                return (.deniedNoHandler, ToolError.denied("\(tool.rawValue) needs permission and there is no one to ask; the host must allow it: \(request.summary)"))
            }
            let decision = await permissionHandler(request)
            switch decision {
            case .allow:
                return (.approved, nil)
            case .allowAlways:
                policyState.withLock { $0[tool] = .allow }
                return (.approvedAlways, nil)
            case .deny(let reason), .denyAlways(let reason):
                if case .denyAlways = decision { policyState.withLock { $0[tool] = .deny } }
                let because = reason.map { ": \($0)" } ?? ""
                return (.denied, ToolError.denied("permission denied for \(tool.rawValue) (\(request.summary))\(because)"))
            }
        }
    }
}
