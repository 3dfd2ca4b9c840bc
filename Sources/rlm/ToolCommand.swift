import ArgumentParser
import Foundation
import RLMTools

/// `rlm tool ...`: the workspace tools from the command line, with the same confinement and
/// ignore rules the sandbox gets (handy in scripts, and what the grep benchmark measures).
struct ToolCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tool",
        abstract: "Run a read-only workspace tool (grep, find) from the command line.",
        subcommands: [GrepCommand.self, FindCommand.self]
    )
}

/// Options shared by the tool subcommands.
struct WorkspaceOption: ParsableArguments {
    @Option(help: "The workspace root (paths may not leave it). Default: the current directory.")
    var root: String = "."

    func tools() throws -> WorkspaceTools {
        do {
            return WorkspaceTools(workspace: try Workspace(root: root), policy: .readOnly)
        } catch let error as ToolError {
            FileHandle.standardError.write(Data("rlm tool: \(error.message)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// Prints a tool error on stderr and exits with status 2 (grep's convention for trouble).
func failTool(_ error: Error, command: String) -> ExitCode {
    let message = (error as? ToolError)?.message ?? "\(error)"
    FileHandle.standardError.write(Data("rlm tool \(command): \(message)\n".utf8))
    return ExitCode(2)
}

/// `rlm tool grep PATTERN [PATH]`: prints `path:line:text` for each matching line.
struct GrepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grep",
        abstract: "Search workspace files for a Python-syntax regular expression (git's ignore rules apply)."
    )

    @OptionGroup var workspace: WorkspaceOption

    @ArgumentParser.Argument(help: "The pattern, in Python `re` syntax.")
    var pattern: String

    @ArgumentParser.Argument(help: "A folder or file inside the workspace.")
    var path: String = "."

    @Option(help: "Only files whose name (or path, for a glob with '/') matches this glob.")
    var glob: String?

    @Flag(name: [.customShort("i"), .long], help: "Ignore case.")
    var ignoreCase = false

    @Option(name: .customLong("max-results"), help: "Stop after this many matching lines.")
    var maxResults: Int = 1000

    @Flag(name: [.customShort("c"), .long], help: "Print only the number of matching lines.")
    var count = false

    func run() async throws {
        let tools = try workspace.tools()
        let output: Grep.Output
        do {
            output = try await tools.run(Grep.self, .init(pattern: pattern, path: path, glob: glob,
                                                          ignoreCase: ignoreCase, maxResults: maxResults))
        } catch {
            throw failTool(error, command: "grep")
        }
        let stdout = BufferedWriter(fd: 1)
        if count {
            stdout.write("\(output.matches.count)\n")
        } else {
            for m in output.matches { stdout.write(m.path, ":", String(m.line), ":", m.text, "\n") }
        }
        stdout.flush()
        if output.truncated {
            FileHandle.standardError.write(Data("rlm tool grep: stopped after \(maxResults) matching lines (--max-results)\n".utf8))
        }
        if output.matches.isEmpty { throw ExitCode(1) }
    }
}

/// `rlm tool find GLOB [PATH]`: prints matching file paths, one per line.
struct FindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "List workspace files matching a glob ('*.py', 'src/**/*.swift'; git's ignore rules apply)."
    )

    @OptionGroup var workspace: WorkspaceOption

    @ArgumentParser.Argument(help: "The glob. Without '/', it matches file names at any depth.")
    var pattern: String

    @ArgumentParser.Argument(help: "A folder inside the workspace.")
    var path: String = "."

    func run() async throws {
        let tools = try workspace.tools()
        let output: FindFiles.Output
        do {
            output = try await tools.run(FindFiles.self, .init(pattern: pattern, path: path))
        } catch {
            throw failTool(error, command: "find")
        }
        let stdout = BufferedWriter(fd: 1)
        for p in output.paths { stdout.write(p + "\n") }
        stdout.flush()
        if output.paths.isEmpty { throw ExitCode(1) }
    }
}
