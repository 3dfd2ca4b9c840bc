import Foundation
import RLMInterpreter
import RLMTools
import Synchronization

extension WorkspaceToolsHook {
    /// The workspace tools of RLMTools (read_file, write_file, edit_file, grep, find_files, ls,
    /// bash) on `workspace`, for every RLM node of a run, root and children alike. Calls the
    /// policy says to ask about go to `permissionHandler` (none: refused). An "always" answer
    /// holds for every node of every run of this hook, not only the node that asked. Each call
    /// becomes a `tool_call` event of the node whose code made it.
    public static func workspaceTools(
        _ workspace: Workspace, policy: ToolPolicy = .default, limits: ToolLimits = ToolLimits(),
        permissionHandler: PermissionHandler? = nil
    ) -> WorkspaceToolsHook {
        let permissions = SharedToolPermissions(policy: policy, handler: permissionHandler)
        return WorkspaceToolsHook(promptSection: promptSection(workspace: workspace, policy: policy)) { session, recorder in
            let tools = WorkspaceTools(
                workspace: workspace, policy: permissions.currentPolicy, limits: limits,
                permissionHandler: permissions.handler,
                traceSink: { record in recorder(ToolCallEvent(record)) })
            tools.register(in: session)
        }
    }

    static func promptSection(workspace: Workspace, policy: ToolPolicy) -> String {
        func rule(_ tool: ToolName) -> String {
            switch policy[tool] {
            case .allow: return "runs without asking"
            case .ask: return "asks the user each time"
            case .deny: return "is not allowed here"
            }
        }
        return """
            ## Workspace tools

            The workspace is the folder \(workspace.root). These functions act on it; paths are relative to it \
            (nothing outside it can be reached), and paths in results can be passed straight back:
            - `read_file(path, offset=None, limit=None) -> str`: a text file, or `limit` lines from line `offset` (1-based).
            - `write_file(path, content) -> str`: creates or replaces a file (atomically); says what changed.
            - `edit_file(path, old, new, count=1) -> str`: replaces exact text (`old` must occur exactly `count` times); returns the diff.
            - `grep(pattern, path=".", glob=None, ignore_case=False, max_results=1000) -> list`: `(path, line_number, line)` \
            tuples of lines matching a Python regex, skipping ignored and binary files.
            - `find_files(pattern, path=".") -> list`: file paths matching a glob (`*.py`, `src/**/*.swift`).
            - `ls(path=".") -> list`: names in a folder, folders ending in `/`.
            - `bash(command, timeout=60) -> dict`: runs a shell command in the workspace; \
            `{"exit_code": int, "output": str, "timed_out": bool, "truncated": bool}`.
            Permissions: write_file and edit_file \(rule(.writeFile)); bash \(rule(.bash)); the others \
            \(rule(.readFile)). A refusal raises PermissionError: do not retry it, find another way or say what you \
            would have done. Other failures raise FileNotFoundError, IsADirectoryError, ValueError (with what to do). \
            Locate with grep and find_files before reading; read big files in parts.
            """
    }
}

extension ToolCallEvent {
    init(_ record: ToolTraceRecord) {
        self.init(
            tool: record.tool.rawValue, arguments: record.arguments, summary: record.summary,
            error: record.error?.rawValue, permission: record.permission.rawValue,
            durationSeconds: record.durationSeconds, diff: record.diff)
    }
}

/// Permission answers shared by the tools of every node: an "always" from the host settles the
/// tool for all of them, and tools made later start from the policy as it now stands.
final class SharedToolPermissions: Sendable {
    private let state: Mutex<ToolPolicy>
    private let host: PermissionHandler?

    init(policy: ToolPolicy, handler: PermissionHandler?) {
        state = Mutex(policy)
        host = handler
    }

    var currentPolicy: ToolPolicy { state.withLock { $0 } }

    /// Answers from what was settled "always" before asking the host.
    var handler: PermissionHandler? {
        guard let host else { return nil }
        return { [self] request in
            switch state.withLock({ $0[request.tool] }) {
            case .allow: return .allow
            case .deny: return .deny(reason: "refused earlier for every \(request.tool.rawValue) call")
            case .ask: break
            }
            let decision = await host(request)
            switch decision {
            case .allowAlways: state.withLock { $0[request.tool] = .allow }
            case .denyAlways: state.withLock { $0[request.tool] = .deny }
            case .allow, .deny: break
            }
            return decision
        }
    }
}
