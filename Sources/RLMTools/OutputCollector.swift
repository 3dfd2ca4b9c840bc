/// Keeps a command's output within a byte limit as it streams in: the first half of the
/// limit and the last half, with a marker where the middle was dropped (the start shows what
/// ran, the end usually holds the error that matters). Memory stays about the limit.
struct OutputCollector: Sendable {
    let limit: Int
    private var head: [UInt8] = []
    private var tail: [UInt8] = []
    private(set) var totalBytes = 0

    init(limit: Int) {
        self.limit = max(limit, 64)
        head.reserveCapacity(min(self.limit, 1 << 16))
    }

    private var headLimit: Int { limit / 2 }
    private var tailLimit: Int { limit - limit / 2 }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        totalBytes += bytes.count
        var rest = bytes[...]
        let room = headLimit - head.count
        if room > 0 {
            let n = min(room, rest.count)
            head.append(contentsOf: rest.prefix(n))
            rest = rest.dropFirst(n)
        }
        guard !rest.isEmpty else { return }
        tail.append(contentsOf: rest)
        // Trim in bulk so appending stays amortised O(1) per byte.
        if tail.count > 2 * tailLimit { tail.removeFirst(tail.count - tailLimit) }
    }

    /// Bytes dropped from the middle.
    var omittedBytes: Int { max(0, totalBytes - limit) }
    var isTruncated: Bool { omittedBytes > 0 }

    /// The kept output as text (UTF-8, invalid bytes replaced), with the marker when cut.
    var text: String {
        guard isTruncated else { return String(decoding: head + tail, as: UTF8.self) }
        // Cut on character boundaries so no half character shows up at the seams.
        let first = head[..<OutputCollector.completePrefixEnd(head)]
        var second = tail.suffix(tailLimit)
        while let lead = second.first, lead & 0xC0 == 0x80 { second = second.dropFirst() }
        let omitted = totalBytes - first.count - second.count
        return String(decoding: first, as: UTF8.self)
            + "\n[... \(omitted) bytes of output omitted; the output is capped at \(limit) bytes ...]\n"
            + String(decoding: second, as: UTF8.self)
    }

    /// The end of the longest prefix of `bytes` that does not stop inside a UTF-8 sequence.
    static func completePrefixEnd(_ bytes: [UInt8]) -> Int {
        var i = bytes.count - 1
        while i >= 0 && i >= bytes.count - 4 {
            let b = bytes[i]
            if b & 0xC0 != 0x80 {
                let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                return bytes.count - i >= length ? bytes.count : i
            }
            i -= 1
        }
        return bytes.count
    }
}
