import ArgumentParser
import Foundation
import Logging
import RLMServer

/// `rlm serve`: the editor backend. JSON-RPC 2.0 on stdin/stdout, in LSP framing
/// (Content-Length headers) or one JSON message per line, whichever the client starts with.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve editors over stdio: JSON-RPC 2.0, LSP lifecycle, the rlm/* methods.",
        discussion: """
            An editor starts `rlm serve` and speaks JSON-RPC on its stdin and stdout, framed with LSP's \
            Content-Length headers or one JSON message per line (detected from the first bytes). stdout carries \
            protocol messages only; logs go to stderr. The client's initializationOptions override these flags. \
            Exit status: 0 after shutdown and exit (or when stdin ends), 1 for exit without shutdown. \
            See Docs/protocol.md.
            """
    )

    @Option(help: "The workspace folder when the client names none (rootUri, workspaceFolders).")
    var workspace: String?

    @Option(
        name: .customLong("log-level"),
        help: "trace, debug, info, notice, warning, error or critical, to stderr. [env: RLM_LOG; default: warning]")
    var logLevel: String?

    @Option(
        name: .customLong("max-message-bytes"),
        help: "The largest message accepted, in bytes; larger ones are refused and skipped. (default: 67108864, 64 MiB)")
    var maxMessageBytes: Int = 64 << 20

    @OptionGroup var providerOptions: ProviderOptions

    func validate() throws {
        if maxMessageBytes < 1024 { throw ValidationError("--max-message-bytes must be at least 1024") }
        _ = try Self.level(logLevel ?? ProcessInfo.processInfo.environment["RLM_LOG"])
    }

    func run() async throws {
        let level = try Self.level(logLevel ?? ProcessInfo.processInfo.environment["RLM_LOG"])
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "rlm.serve")
        let options = ServeOptions(flags: providerOptions.flags, workspace: workspace, maxFrameBytes: maxMessageBytes)
        let status = await RLMServe.run(options, logger: logger)
        throw ExitCode(status)
    }

    /// The log level named by `--log-level` or `RLM_LOG` (warning when neither is set).
    static func level(_ name: String?) throws -> Logger.Level {
        guard let name, !name.isEmpty else { return .warning }
        guard let level = Logger.Level(rawValue: name.lowercased()) else {
            throw ValidationError("unknown log level '\(name)'; use trace, debug, info, notice, warning, error or critical")
        }
        return level
    }
}
