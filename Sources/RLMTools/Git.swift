import Foundation
import Subprocess

/// Runs git for the tools' own needs (listing files). A repository's configuration is not
/// trusted to run programs: the fsmonitor hook is switched off, git may not take optional
/// locks or write the index, and GIT_* variables of the host (GIT_DIR...) do not leak in.
enum Git {
    /// git's standard output, or nil when git is missing, fails or says more than `limit`.
    static func run(_ arguments: [String], in directory: String, limit: Int) async -> [UInt8]? {
        var env = ChildEnvironment.make().filter { !$0.key.hasPrefix("GIT_") }
        env["GIT_OPTIONAL_LOCKS"] = "0"
        env["GIT_TERMINAL_PROMPT"] = "0"
        var keyed: [Environment.Key: String] = [:]
        for (key, value) in env {
            if let k = Environment.Key(rawValue: key) { keyed[k] = value }
        }
        let fullArguments = ["-c", "core.fsmonitor=false", "-c", "core.quotePath=false"] + arguments
        do {
            let result = try await Subprocess.run(
                .name("git"),
                arguments: Arguments(fullArguments),
                environment: .custom(keyed),
                workingDirectory: .init(directory),
                output: .bytes(limit: limit),
                error: .discarded
            )
            guard result.terminationStatus.isSuccess else { return nil }
            return result.standardOutput
        } catch {
            return nil
        }
    }
}
