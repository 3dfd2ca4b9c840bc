import Foundation
import Subprocess
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `bash(command, timeout=60)`: runs a shell command in the workspace root and returns its
/// exit code and output (stdout and stderr interleaved as they were written).
///
/// The command runs as `bash -c command` in a new session, so it and everything it starts
/// share one process group with no controlling terminal (a program that wants a password
/// from /dev/tty fails instead of waiting). When the command finishes, times out, or the
/// call is cancelled, the whole group is killed: nothing it started in the background stays
/// behind. API keys and other secrets are removed from its environment (ChildEnvironment).
/// Output beyond `ToolLimits.maxBashOutputBytes` keeps its start and end with a marker in
/// between.
///
/// bash is not confined to the workspace: a command can read and write anything the user
/// can. That is why the default policy asks before each call (Docs/security.md).
public enum Bash: WorkspaceTool {
    public struct Arguments: Codable, Sendable {
        public var command: String
        /// Seconds; nil for `ToolLimits.defaultBashTimeout`.
        public var timeout: Double?

        public init(command: String, timeout: Double? = nil) {
            self.command = command
            self.timeout = timeout
        }
    }

    public struct Output: Codable, Sendable {
        /// The shell's exit status; minus the signal number when a signal ended it (-9 after
        /// a timeout), as Python's subprocess reports it.
        public let exitCode: Int
        /// stdout and stderr together, capped.
        public let output: String
        /// The timeout ended the command (its process group was killed).
        public let timedOut: Bool
        /// The output was cut (`omittedBytes` from its middle).
        public let truncated: Bool
        public let omittedBytes: Int
        public let durationSeconds: Double
    }

    public static let name = ToolName.bash

    public static func traceArguments(_ a: Arguments) -> [String: String] {
        var out = ["command": ToolTraceRecord.abridge(a.command)]
        if let timeout = a.timeout { out["timeout"] = String(timeout) }
        return out
    }

    public static func summary(of o: Output) -> String {
        var text = o.timedOut ? "timed out after \(String(format: "%.1f", o.durationSeconds)) s" : "exit code \(o.exitCode)"
        text += ", \(TextContent.size(o.output.utf8.count + o.omittedBytes)) of output"
        if o.truncated { text += " (\(TextContent.size(o.omittedBytes)) omitted)" }
        return text
    }

    /// The shell, and where to find it.
    static let shell = FileManager.default.isExecutableFile(atPath: "/bin/bash") ? "/bin/bash" : "/bin/sh"

    public static func execute(_ a: Arguments, in context: ToolContext) async throws -> Output {
        if a.command.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ToolError.invalid("the command is empty") }
        if a.command.utf8.contains(0) { throw ToolError.invalid("embedded null byte in the command") }
        let limits = context.limits
        let timeout = a.timeout ?? limits.defaultBashTimeout
        guard timeout.isFinite, timeout > 0 else { throw ToolError.invalid("timeout must be a positive number of seconds, got \(timeout)") }
        guard timeout <= limits.maxBashTimeout else {
            throw ToolError.invalid("timeout may be at most \(Int(limits.maxBashTimeout)) seconds, got \(timeout)")
        }
        try await context.authorize(PermissionRequest(
            tool: .bash, summary: "run in \(context.workspace.root): \(ToolTraceRecord.abridge(a.command))", command: a.command))
        return try await run(a.command, in: context.workspace.root, timeout: timeout, outputLimit: limits.maxBashOutputBytes)
    }

    private enum Event: Sendable {
        case finished(OutputCollector)
        case timedOut
    }

    static func run(_ command: String, in directory: String, timeout: Double, outputLimit: Int) async throws -> Output {
        var options = PlatformOptions()
        // A new session: its own process group (killable as one) and no controlling terminal.
        options.createSession = true
        options.teardownSequence = [.send(signal: .kill, toProcessGroup: true, allowedDurationToNextStep: .milliseconds(200))]
        var environment: [Environment.Key: String] = [:]
        for (key, value) in ChildEnvironment.make(overrides: ["GIT_TERMINAL_PROMPT": "0"]) {
            if let k = Environment.Key(rawValue: key) { environment[k] = value }
        }
        let started = ContinuousClock.now
        let result = try await Subprocess.run(
            .path(.init(shell)),
            arguments: ["-c", command],
            environment: .custom(environment),
            workingDirectory: .init(directory),
            platformOptions: options,
            input: .none,
            output: .sequence,
            error: .combinedWithOutput
        ) { execution -> (OutputCollector, Bool) in
            let group = execution.processIdentifier.value
            let killGroup = { _ = kill(-group, SIGKILL) }
            do {
                let outcome = try await withThrowingTaskGroup(of: Event.self) { tasks -> (OutputCollector, Bool) in
                    tasks.addTask {
                        var collector = OutputCollector(limit: outputLimit)
                        do {
                            for try await buffer in execution.standardOutput {
                                buffer.withUnsafeBytes { collector.append($0) }
                            }
                        } catch {
                            // The stream is cut when the shell exits while something it left
                            // behind holds the pipe open: what was read is the output.
                        }
                        return .finished(collector)
                    }
                    tasks.addTask {
                        try await Task.sleep(for: .seconds(timeout))
                        return .timedOut
                    }
                    var timedOut = false
                    while let event = try await tasks.next() {
                        switch event {
                        case .timedOut:
                            timedOut = true
                            killGroup()
                        case .finished(let collector):
                            tasks.cancelAll()
                            return (collector, timedOut)
                        }
                    }
                    return (OutputCollector(limit: outputLimit), timedOut)
                }
                // Whatever the command left running in the background goes with it.
                killGroup()
                return outcome
            } catch {
                killGroup()
                throw error
            }
        }
        // Cancellation kills the group, after which the command looks merely "killed": say
        // what really happened.
        try Task.checkCancellation()
        let elapsed = ContinuousClock.now - started
        let (collector, timedOut) = result.closureResult
        let exitCode: Int
        switch result.terminationStatus {
        case .exited(let code): exitCode = Int(code)
        case .signaled(let signal): exitCode = -Int(signal)
        }
        var output = collector.text
        if timedOut {
            output += (output.isEmpty || output.hasSuffix("\n") ? "" : "\n") + "[timed out after \(formatSeconds(timeout)) s; the command and everything it started were killed]\n"
        }
        return Output(exitCode: exitCode, output: output, timedOut: timedOut, truncated: collector.isTruncated,
                      omittedBytes: collector.omittedBytes,
                      durationSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    private static func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(format: "%.1f", s)
    }
}
