import ArgumentParser
import Foundation
import RLMInterpreter
import RLMTools

/// `rlm exec PROGRAM.py`: runs a program in the sandbox, as CPython would run it.
struct Exec: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a Python program in the sandboxed interpreter."
    )

    @ArgumentParser.Argument(help: "The program to run.")
    var program: String

    @Option(help: "A file whose text (UTF-8) is bound to the variable `context`.")
    var context: String?

    @Option(help: "Wall-clock limit for the run, in seconds.")
    var timeout: Double?

    @Option(name: .customLong("max-memory"), help: "Memory limit for the program's objects, in MB.")
    var maxMemory: Int?

    @Option(name: .customLong("max-output"), help: "Limit on the bytes the program may print.")
    var maxOutput: Int?

    @Option(help: "Give the program the workspace tools (read_file, grep, bash...) on this folder.")
    var workspace: String?

    @Flag(name: .customLong("allow-write"), help: "Let write_file and edit_file change files without asking.")
    var allowWrite = false

    @Flag(name: .customLong("allow-bash"), help: "Let bash run commands without asking (bash is not confined to the workspace).")
    var allowBash = false

    func run() throws {
        let source: String
        do {
            source = try String(contentsOfFile: program, encoding: .utf8)
        } catch {
            FileHandle.standardError.write("rlm exec: cannot read \(program): \(error.localizedDescription)\n".data(using: .utf8)!)
            throw ExitCode(2)
        }
        let session = Session()
        session.limits = Limits(timeout: timeout, maxMemoryBytes: maxMemory.map { $0 << 20 }, maxOutputBytes: maxOutput)
        if let path = context {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write("rlm exec: cannot read context file \(path)\n".data(using: .utf8)!)
                throw ExitCode(2)
            }
            data.withUnsafeBytes { session.bind("context", utf8: $0) }
        }
        if let root = workspace {
            var policy = ToolPolicy.default
            if allowWrite { policy[.writeFile] = .allow; policy[.editFile] = .allow }
            if allowBash { policy[.bash] = .allow }
            do {
                let tools = WorkspaceTools(workspace: try Workspace(root: root), policy: policy,
                                           permissionHandler: TerminalPermission.handler)
                tools.register(in: session)
            } catch let error as ToolError {
                FileHandle.standardError.write("rlm exec: --workspace \(root): \(error.message)\n".data(using: .utf8)!)
                throw ExitCode(2)
            }
        }
        let stdout = BufferedWriter(fd: 1)
        session.onOutput = { stdout.write($0) }
        let result = session.runBlocking(source, filename: program)
        stdout.flush()
        if let error = result.error {
            FileHandle.standardError.write(error.traceback.data(using: .utf8)!)
            if !error.traceback.hasSuffix("\n") { FileHandle.standardError.write("\n".data(using: .utf8)!) }
        }
        // The process ends here: leave the session's heap to the OS. Releasing millions of
        // objects one by one takes a tenth of a typical run, for nothing.
        Foundation.exit(result.error == nil ? 0 : 1)
    }
}

/// Collects output and writes it to a file descriptor in large chunks.
final class BufferedWriter {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes several pieces without joining them into one string first.
    func write(_ pieces: String...) {
        for piece in pieces { buffer.append(contentsOf: piece.utf8) }
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
