import Foundation
import RLMTools

/// Asks the person at the terminal whether a tool call may go ahead (`rlm exec --workspace`).
/// The question and the change it would make go to /dev/tty, not stdout (which carries the
/// program's output), and the answer is read from /dev/tty, so it works with redirected
/// streams. Without a terminal every request is refused, with a reason that names the flag
/// that allows it.
enum TerminalPermission {
    /// Most diff lines shown in a prompt.
    static let maxDiffLines = 60

    static var handler: PermissionHandler {
        { request in
            await withCheckedContinuation { continuation in
                // Waiting for a person must not hold one of Swift's few cooperative threads.
                Thread { continuation.resume(returning: ask(request)) }.start()
            }
        }
    }

    private static let lock = NSLock()

    private static func ask(_ request: PermissionRequest) -> PermissionDecision {
        lock.lock()
        defer { lock.unlock() }
        guard let tty = fopen("/dev/tty", "r+") else {
            let flag = request.tool == .bash ? "--allow-bash" : "--allow-write"
            return .deny(reason: "there is no terminal to ask; run with \(flag) to allow it")
        }
        defer { fclose(tty) }
        var text = "\nrlm: \(request.tool.rawValue) wants to \(request.summary)\n"
        if let command = request.command { text += "  $ \(command)\n" }
        if let diff = request.diff, !diff.isEmpty {
            let lines = (diff.hasSuffix("\n") ? String(diff.dropLast()) : diff).split(separator: "\n", omittingEmptySubsequences: false)
            text += lines.prefix(maxDiffLines).map { "  " + $0 }.joined(separator: "\n") + "\n"
            if lines.count > maxDiffLines { text += "  ... (\(lines.count - maxDiffLines) more lines)\n" }
        }
        text += "Allow? [y]es, [n]o, [a]lways for \(request.tool.rawValue): "
        fputs(text, tty)
        fflush(tty)
        var buffer = [CChar](repeating: 0, count: 64)
        guard fgets(&buffer, Int32(buffer.count), tty) != nil else { return .deny(reason: "no answer at the terminal") }
        let answer = String(cString: buffer).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch answer {
        case "y", "yes": return .allow
        case "a", "always": return .allowAlways
        default: return .deny(reason: "refused at the terminal")
        }
    }
}
