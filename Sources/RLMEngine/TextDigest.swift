import Foundation

/// Long text shown to a model or a person: the head and the tail, with the true length stated
/// in between, so the model knows what it did not see and how big it was.
enum TextDigest {
    /// `text` whole when it has at most `limit` characters; else its first and last
    /// `limit / 2` characters around a line saying how many were left out of how many.
    static func headAndTail(_ text: String, limit: Int) -> String {
        let total = text.count
        guard total > limit else { return text }
        let half = max(1, limit / 2)
        let head = text.prefix(half)
        let tail = text.suffix(half)
        let omitted = total - head.count - tail.count
        return "\(head)\n[... \(omitted.formatted()) characters omitted; the output has \(total.formatted()) characters in all. "
            + "Print less, or slices, or use llm_query on parts of it ...]\n\(tail)"
    }

    /// At most `limit` characters, with the full length noted when cut (for trace previews).
    static func abridge(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(text.count.formatted()) characters)"
    }
}

/// Token counts estimated from text, where the real count is unknown before a request: the
/// window guard and compaction. Four characters per token is the usual figure for English
/// and code; it errs low for dense text, so a guard built on it never refuses a prompt that fits.
enum TokenEstimate {
    static func tokens(characters: Int) -> Int { (characters + 3) / 4 }

    static func tokens(_ text: String) -> Int { tokens(characters: text.utf8.count) }

    /// A request's messages, with a few tokens of framing each.
    static func tokens(system: String?, messages: [(role: String, content: String)]) -> Int {
        messages.reduce(tokens(system ?? "") + 4) { $0 + tokens($1.content) + 4 }
    }
}
