import Foundation
import RLMInterpreter

/// Finds the lines of a text that a regular expression matches, with Python's `re` meaning:
/// a line matches when `re.search(pattern, line)` would find something in it (the line
/// without its "\n"; a "\r" before it stays, as ripgrep does).
///
/// Searching line by line would call PCRE2 once per line. Instead the whole buffer is
/// searched with MULTILINE on (so `^` and `$` stop at line ends); a match that lies within
/// one line is exactly a match of that line alone, and the search resumes at the next line.
/// A match that runs across a newline (`\s+`, `[^x]*` can) is checked against its first line
/// alone. Patterns whose meaning depends on what lies beyond the line (lookaround, `\A`,
/// `\Z`, `\z`, `\G`, inline flags) are matched line by line instead. When the pattern
/// contains required literal text (RequiredLiteral), only lines holding it are matched at
/// all. Not thread-safe (one
/// per thread: a CompiledRegex owns its match buffers).
final class LineSearcher {
    private let buffered: CompiledRegex?
    private let perLine: CompiledRegex
    /// Text every match contains: lines without it are skipped unexamined.
    private let literal: RequiredLiteral?
    /// The pattern has no regex syntax at all: containing the literal is matching.
    private let isPlainLiteral: Bool

    /// - Throws: RegexError for a pattern `re` would reject.
    init(pattern: String, ignoreCase: Bool) throws {
        let flags: RegexFlags = ignoreCase ? [.ignoreCase] : []
        perLine = try CompiledRegex(pattern: pattern, flags: flags)
        buffered = LineSearcher.isLineLocal(pattern) ? try CompiledRegex(pattern: pattern, flags: flags.union(.multiline)) : nil
        literal = ignoreCase ? nil : RequiredLiteral(pattern: pattern)
        isPlainLiteral = literal != nil && !pattern.unicodeScalars.contains { ".^$*+?{}[]\\|()".unicodeScalars.contains($0) }
    }

    /// Whether `re.search(pattern, line)` finds something in the line.
    @inline(__always)
    private func lineMatches(_ start: UnsafePointer<UInt8>, _ count: Int) throws -> Bool {
        try perLine.firstMatchRange(in: UnsafeBufferPointer(start: start, count: count)) != nil
    }

    /// Whether a match inside a line can be decided from that line alone when the subject
    /// is the whole buffer. Conservative: any construct that may look past the match's own
    /// characters, or change flags mid-pattern, sends the pattern down the per-line path.
    static func isLineLocal(_ pattern: String) -> Bool {
        let scalars = Array(pattern.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\\", i + 1 < scalars.count {
                if "AZzG".unicodeScalars.contains(scalars[i + 1]) { return false }
                i += 2
                continue
            }
            if c == "(", i + 2 < scalars.count, scalars[i + 1] == "?" {
                let next = scalars[i + 2]
                // (?: and (?P<name> / (?<name> groups are fine; (?=, (?!, (?<=, (?<!, (?#,
                // (?P=name) and inline flags are not.
                if next == ":" { i += 3; continue }
                if next == "P", i + 3 < scalars.count, scalars[i + 3] == "<" { i += 4; continue }
                if next == "<", i + 3 < scalars.count, scalars[i + 3] != "=" && scalars[i + 3] != "!" { i += 3; continue }
                return false
            }
            i += 1
        }
        return true
    }

    /// Calls `found(lineStart, lineEnd)` (byte offsets; lineEnd at the "\n" or the end) for
    /// each matching line of `text`, in order, until it returns false. `text` holds whole
    /// lines: it starts at a line start, and its end is the end of the text or just after a
    /// "\n".
    func search(_ text: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Bool) throws {
        let end = text.count
        guard end > 0, let base = text.baseAddress else { return }
        if let literal {
            // A pattern that is nothing but its literal needs no regex at all.
            let confirm = !isPlainLiteral
            var position = 0
            while position < end, let hit = literal.next(in: base, from: position, end: end) {
                let lineStart = LineSearcher.lineStart(base, before: hit, notBefore: position)
                let lineEnd = LineSearcher.lineEnd(base, from: hit, end: end)
                if try !confirm || lineMatches(base + lineStart, lineEnd - lineStart) {
                    if !found(lineStart, lineEnd) { return }
                }
                position = lineEnd + 1
            }
            return
        }
        guard let buffered else {
            var start = 0
            while start < end {
                let lineEnd = LineSearcher.lineEnd(base, from: start, end: end)
                if try lineMatches(base + start, lineEnd - start) {
                    if !found(start, lineEnd) { return }
                }
                start = lineEnd + 1
            }
            return
        }
        var position = 0
        while position < end {
            guard let match = try buffered.firstMatchRange(in: text, from: position) else { return }
            let matchStart = match.lowerBound
            // An empty match after the final newline is not on any line.
            if matchStart == end && base[end - 1] == 0x0A { return }
            let lineStart = LineSearcher.lineStart(base, before: matchStart, notBefore: position)
            let lineEnd = LineSearcher.lineEnd(base, from: matchStart, end: end)
            var matches = true
            if match.upperBound > lineEnd {
                matches = try lineMatches(base + lineStart, lineEnd - lineStart)
            }
            if matches && !found(lineStart, lineEnd) { return }
            position = lineEnd + 1
        }
    }

    /// The offset of the "\n" at or after `from`, or `end`.
    static func lineEnd(_ base: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        guard from < end, let p = memchr(base + from, 0x0A, end - from) else { return end }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
    }

    /// The start of the line holding `offset`, never before `notBefore` (a line start).
    static func lineStart(_ base: UnsafePointer<UInt8>, before offset: Int, notBefore: Int) -> Int {
        var i = offset
        while i > notBefore && base[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// Newlines in `base[from..<to]`, eight bytes at a time: a byte of `x = word ^ 0x0A...`
    /// is zero exactly where the word has a newline, and `((x & 0x7F..) + 0x7F..) | x` has the
    /// high bit of every non-zero byte set (exact, no carries between bytes).
    static func countLines(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var n = 0
        var i = from
        let raw = UnsafeRawPointer(base)
        while i &+ 8 <= to {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            let nonZero = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x
            n &+= (~nonZero & 0x8080_8080_8080_8080).nonzeroBitCount
            i &+= 8
        }
        while i < to {
            n &+= base[i] == 0x0A ? 1 : 0
            i &+= 1
        }
        return n
    }
}
