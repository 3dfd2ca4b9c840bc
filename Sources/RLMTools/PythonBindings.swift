import Foundation
import RLMInterpreter

/// The tools as the sandboxed program sees them: Python functions registered into an
/// interpreter Session, with these signatures and results (Docs/tools.md has examples):
///
///     read_file(path, offset=None, limit=None) -> str
///     write_file(path, content) -> str                      # what changed, in one line
///     edit_file(path, old, new, count=1) -> str             # unified diff
///     grep(pattern, path=".", glob=None, ignore_case=False, max_results=1000)
///         -> list of (path, line_number, line) tuples
///     find_files(pattern, path=".") -> list of paths
///     ls(path=".") -> list of names ("dir/" for folders)
///     bash(command, timeout=60) -> {"exit_code": int, "output": str,
///                                   "timed_out": bool, "truncated": bool}
///
/// Tool errors become the matching Python exception (PermissionError, FileNotFoundError,
/// IsADirectoryError, NotADirectoryError, ValueError, OSError), so the program can catch
/// them and the model can read them.
extension WorkspaceTools {
    static let signatures: [ToolName: HostSignature] = [
        .readFile: HostSignature("read_file", ["path", "offset", "limit"], required: 1),
        .writeFile: HostSignature("write_file", ["path", "content"], required: 2),
        .editFile: HostSignature("edit_file", ["path", "old", "new", "count"], required: 3),
        .grep: HostSignature("grep", ["pattern", "path", "glob", "ignore_case", "max_results"], required: 1),
        .findFiles: HostSignature("find_files", ["pattern", "path"], required: 1),
        .ls: HostSignature("ls", ["path"], required: 0),
        .bash: HostSignature("bash", ["command", "timeout"], required: 1),
    ]

    /// Registers the tools (all of them, or `only` these) as functions of `session`. A tool
    /// the policy denies is still registered: calling it raises PermissionError, which tells
    /// the model more than a NameError would.
    public func register(in session: Session, only tools: Set<ToolName> = Set(ToolName.allCases)) {
        for tool in ToolName.allCases where tools.contains(tool) {
            let signature = WorkspaceTools.signatures[tool]!
            session.registerAsync(tool.rawValue) { [self] positional, keywords in
                let arguments = try signature.bind(positional, keywords)
                do {
                    return try await call(tool, arguments)
                } catch let error as ToolError {
                    throw PyException(WorkspaceTools.exceptionType(error.kind), error.message)
                }
            }
        }
    }

    /// The Python exception class for a tool error.
    static func exceptionType(_ kind: ToolError.Kind) -> PyType {
        switch kind {
        case .permissionDenied: return BuiltinTypes.permissionError
        case .notFound: return BuiltinTypes.fileNotFoundError
        case .isADirectory: return BuiltinTypes.isADirectoryError
        case .notADirectory: return BuiltinTypes.notADirectoryError
        case .invalidArgument, .tooLarge, .conflict: return BuiltinTypes.valueError
        case .ioError: return BuiltinTypes.osError
        }
    }

    private func call(_ tool: ToolName, _ a: HostArguments) async throws -> Value {
        switch tool {
        case .readFile:
            let output = try await run(ReadFile.self, .init(path: try a.string("path"), offset: try a.optionalInt("offset"),
                                                             limit: try a.optionalInt("limit")))
            return .string(output.text)
        case .writeFile:
            let output = try await run(WriteFile.self, .init(path: try a.string("path"), content: try a.string("content")))
            return .string(output.message)
        case .editFile:
            let output = try await run(EditFile.self, .init(path: try a.string("path"), old: try a.string("old"),
                                                             new: try a.string("new"), count: try a.int("count", default: 1)))
            return .string(output.diff)
        case .grep:
            let output = try await run(Grep.self, .init(
                pattern: try a.string("pattern"), path: try a.optionalString("path") ?? ".",
                glob: try a.optionalString("glob"), ignoreCase: try a.bool("ignore_case", default: false),
                maxResults: try a.int("max_results", default: 1000)))
            return .makeList(output.matches.map { .makeTuple([.string($0.path), .int($0.line), .string($0.text)]) })
        case .findFiles:
            let output = try await run(FindFiles.self, .init(pattern: try a.string("pattern"), path: try a.optionalString("path") ?? "."))
            return .makeList(output.paths.map { .string($0) })
        case .ls:
            let output = try await run(ListDirectory.self, .init(path: try a.optionalString("path") ?? "."))
            return .makeList(output.entries.map { .string($0.display) })
        case .bash:
            let output = try await run(Bash.self, .init(command: try a.string("command"), timeout: try a.optionalDouble("timeout")))
            return .makeDict([("exit_code", .int(output.exitCode)), ("output", .string(output.output)),
                              ("timed_out", .bool(output.timedOut)), ("truncated", .bool(output.truncated))])
        }
    }
}
