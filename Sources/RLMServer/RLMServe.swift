import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `rlm serve`: JSON-RPC 2.0 over stdin and stdout for editors (Docs/protocol.md).
public enum RLMServe {
    /// Serves until the `exit` notification or the end of the input, and returns the exit
    /// status. Only protocol messages are written to `output`; logs go to `logger`.
    public static func run(
        _ options: ServeOptions, logger: Logger, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO
    ) async -> Int32 {
        // A client that goes away must not kill the server mid-write: writes then fail with
        // EPIPE, and the end of the input ends the server.
        signal(SIGPIPE, SIG_IGN)
        let writer = MessageWriter(channel: OutputChannel(descriptor: output))
        let server = RLMServer(options: options, writer: writer, logger: logger)
        await server.installRoutes()
        let reader = InputReader(descriptor: input)
        var decoder = FrameDecoder(maxFrameBytes: options.maxFrameBytes)
        var framed = false
        var exited = false
        reading: for await chunk in reader {
            decoder.append(chunk)
            reader.consumed()
            while let event = decoder.next() {
                if !framed, let mode = decoder.mode {
                    framed = true
                    await writer.setMode(mode)
                    await server.setFraming(mode)
                }
                if await server.receive(event) == .exit {
                    exited = true
                    break reading
                }
            }
        }
        if !exited, let last = decoder.finish() {
            _ = await server.receive(last)
        }
        logger.info(exited ? "exit received" : "the input ended")
        return await server.end()
    }
}
