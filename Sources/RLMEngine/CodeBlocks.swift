import Foundation

/// Finds the code a model's reply asks to run: fenced blocks tagged `repl` or `python` (also
/// `py`, `python3`), in order. Blocks in other languages, or untagged, are prose the model
/// shows, not code to run. A block the reply leaves open (cut off by the output limit) is not
/// run: it is reported so that the model can send it again whole.
struct CodeBlocks: Equatable {
    var blocks: [String]
    /// The reply ended inside a runnable block.
    var unterminated: Bool

    static let runnableTags: Set<String> = ["repl", "python", "py", "python3"]

    static func extract(from reply: String) -> CodeBlocks {
        var blocks: [String] = []
        var current: [Substring]?
        var fenceLength = 0
        var skipping: Int?  // inside a block of another language: the fence length that closes it
        // "\r\n" is one Character in Swift: split on both, so CRLF replies work (code lines are
        // joined back with "\n").
        for line in reply.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmedLine = line.hasSuffix("\r") ? line.dropLast() : line
            let indent = trimmedLine.prefix(while: { $0 == " " })
            let body = trimmedLine.dropFirst(indent.count)
            let ticks = body.prefix(while: { $0 == "`" }).count
            if current != nil || skipping != nil {
                let closing = current != nil ? fenceLength : skipping!
                if indent.count <= 3, ticks >= closing, body.dropFirst(ticks).allSatisfy({ $0 == " " || $0 == "\t" }) {
                    if let lines = current { blocks.append(lines.joined(separator: "\n")) }
                    current = nil
                    skipping = nil
                } else if current != nil {
                    current!.append(trimmedLine)
                }
                continue
            }
            guard indent.count <= 3, ticks >= 3 else { continue }
            let info = body.dropFirst(ticks).trimmingCharacters(in: .whitespaces)
            let tag = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
            if runnableTags.contains(tag) {
                current = []
                fenceLength = ticks
            } else {
                skipping = ticks
            }
        }
        let nonEmpty = blocks.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        return CodeBlocks(blocks: nonEmpty, unterminated: current != nil)
    }
}
