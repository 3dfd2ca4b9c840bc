import Foundation

/// How the tools tell text from binary, count lines and describe sizes.
enum TextContent {
    /// Bytes looked at to decide whether a file is binary (git looks at the first 8000).
    static let sniffLength = 8000

    /// The offset of the first NUL byte in the first `sniffLength` bytes, which is what makes
    /// a file binary (as git and ripgrep decide), or nil for text.
    static func binaryMarker(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let n = min(bytes.count, sniffLength)
        guard n > 0, let p = memchr(bytes.baseAddress!, 0, n) else { return nil }
        return bytes.baseAddress!.distance(to: UnsafeRawPointer(p))
    }

    static func binaryMarker(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { binaryMarker($0) }
    }

    /// Lines in a text: newline characters, plus one for a last line without a newline.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        for b in bytes where b == 0x0A { count += 1 }
        if let last = bytes.last, last != 0x0A { count += 1 }
        return count
    }

    /// "42 bytes", "12.3 KB", "52.1 MB".
    static func size(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) byte\(bytes == 1 ? "" : "s")" }
        if bytes < 1_000_000 { return String(format: "%.1f KB", Double(bytes) / 1000) }
        if bytes < 1_000_000_000 { return String(format: "%.1f MB", Double(bytes) / 1_000_000) }
        return String(format: "%.1f GB", Double(bytes) / 1_000_000_000)
    }

    /// "1 line", "3 lines".
    static func lines(_ n: Int) -> String { "\(n) line\(n == 1 ? "" : "s")" }

    /// Offsets of the non-overlapping occurrences of `needle` in `haystack`, left to right,
    /// as str.count and str.replace see them.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let base = h.baseAddress!
                let first = Int32(n[0])
                var start = 0
                // memchr to each candidate first byte, then compare the rest.
                while start + n.count <= h.count,
                      let p = memchr(base + start, first, h.count - start - n.count + 1) {
                    let offset = base.distance(to: UnsafeRawPointer(p))
                    if memcmp(base + offset, n.baseAddress!, n.count) == 0 {
                        found.append(offset)
                        start = offset + n.count
                    } else {
                        start = offset + 1
                    }
                }
            }
        }
        return found
    }
}
