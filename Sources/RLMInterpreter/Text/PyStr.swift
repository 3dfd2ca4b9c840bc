#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interpreter's `str`: immutable UTF-8 bytes plus the facts Python needs in O(1).
///
/// Python indexes by code point while UTF-8 is variable width, so non-ASCII strings get a
/// sparse index (byte offset of every `blockSize`-th code point), built on first use: most
/// non-ASCII strings are only printed or searched, never indexed, and should not pay for it.
/// Lone surrogates (which Python allows and Swift's String does not) are stored as their
/// 3-byte generalised UTF-8 form so every Python string is representable.
public final class PyStr: @unchecked Sendable {
    /// The UTF-8 bytes. Never mutated after construction.
    public let utf8: [UInt8]
    /// Number of code points (Python's `len`).
    public let count: Int
    /// True when every code point is < 128, so code point index == byte index.
    /// (Derived rather than stored: millions of small strings make every field count.)
    @inline(__always) public var isASCII: Bool { count == utf8.count }

    /// Code points between two entries of the sparse index; a lookup walks at most this many.
    static let blockSize = 64
    private var blockStarts: [Int]? = nil
    /// 0 means "not computed yet" (a real hash of 0 is stored as 1).
    private var hashCache: Int = 0

    // MARK: construction

    /// Trusted constructor: `bytes` is valid (generalised) UTF-8 with `count` code points.
    init(utf8 bytes: [UInt8], count: Int) {
        self.utf8 = bytes
        self.count = count
    }

    /// Bytes known to be valid UTF-8; counts the code points (one O(n) pass).
    public convenience init(utf8 bytes: [UInt8]) {
        self.init(utf8: bytes, count: PyStr.countCodePoints(bytes, 0, bytes.count))
    }

    public convenience init(_ s: String) {
        self.init(utf8: Array(s.utf8))
    }

    public convenience init(_ scalar: Unicode.Scalar) {
        self.init(codePoint: scalar.value)
    }

    /// Any code point 0...0x10FFFF, surrogates included.
    public convenience init(codePoint: UInt32) {
        var b: [UInt8] = []
        b.reserveCapacity(4)
        appendUTF8(codePoint, to: &b)
        self.init(utf8: b, count: 1)
    }

    public static let empty = PyStr(utf8: [], count: 0)

    /// One-character strings for ASCII, shared so iterating an ASCII string allocates nothing.
    public static let asciiChars: [PyStr] = (0..<128).map { PyStr(utf8: [UInt8($0)], count: 1) }

    /// A one-character string for a code point, from the shared cache when ASCII.
    @inline(__always)
    public static func char(_ cp: UInt32) -> PyStr {
        cp < 128 ? asciiChars[Int(cp)] : PyStr(codePoint: cp)
    }

    /// A string over a byte range of a valid UTF-8 buffer that starts and ends on boundaries.
    static func fromBytes(_ bytes: [UInt8], _ lo: Int, _ hi: Int, knownASCII: Bool) -> PyStr {
        bytes.withUnsafeBufferPointer { fromBytes($0, lo, hi, knownASCII: knownASCII) }
    }

    /// The workhorse of split() and friends, so it copies with memcpy and counts in place.
    static func fromBytes(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, knownASCII: Bool) -> PyStr {
        if hi <= lo { return empty }
        let base = b.baseAddress!
        if hi - lo == 1 && base[lo] < 0x80 { return asciiChars[Int(base[lo])] }
        let n = knownASCII ? hi - lo : countCodePoints(UnsafeBufferPointer(rebasing: b[lo..<hi]))
        return PyStr(utf8: copyBytes(base + lo, hi - lo), count: n)
    }

    /// Substring over byte offsets of this string (both must be on code point boundaries).
    @inline(__always)
    func bytesSlice(_ lo: Int, _ hi: Int) -> PyStr {
        if lo == 0 && hi == utf8.count { return self }
        return PyStr.fromBytes(utf8, lo, hi, knownASCII: isASCII)
    }

    public var string: String { String(decoding: utf8, as: UTF8.self) }

    // MARK: code point counting and the sparse index

    static func countCodePoints(_ bytes: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        if hi <= lo { return 0 }
        return bytes.withUnsafeBufferPointer { countCodePoints(UnsafeBufferPointer(rebasing: $0[lo..<hi])) }
    }

    /// Counts code points by counting non-continuation bytes, eight at a time.
    static func countCodePoints(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buf.baseAddress else { return 0 }
        let n = buf.count
        var i = 0
        var continuation = 0
        let high: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
            continuation += (w & ~(w << 1) & high).nonzeroBitCount
            i += 8
        }
        while i < n {
            if base[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return n - continuation
    }

    private func buildIndex() -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(count / PyStr.blockSize + 1)
        utf8.withUnsafeBufferPointer { buf in
            var cp = 0
            for i in 0..<buf.count where buf[i] & 0xC0 != 0x80 {
                if cp % PyStr.blockSize == 0 { starts.append(i) }
                cp += 1
            }
        }
        blockStarts = starts
        return starts
    }

    /// Byte offset of code point `i` (0...count); O(blockSize).
    public func byteOffset(codePoint i: Int) -> Int {
        if isASCII { return i }
        if i <= 0 { return 0 }
        if i >= count { return utf8.count }
        var pos = 0
        var remaining = i
        if i >= PyStr.blockSize {
            let starts = blockStarts ?? buildIndex()
            pos = starts[i / PyStr.blockSize]
            remaining = i % PyStr.blockSize
        }
        return utf8.withUnsafeBufferPointer { buf in
            var p = pos
            while remaining > 0 {
                p += utf8Width(buf[p])
                remaining -= 1
            }
            return p
        }
    }

    /// Code point index of a byte offset that lies on a boundary; O(log n + blockSize).
    public func codePointIndex(byteOffset b: Int) -> Int {
        if isASCII { return b }
        if b <= 0 { return 0 }
        if b >= utf8.count { return count }
        var block = 0
        var start = 0
        if b >= PyStr.blockSize {
            let starts = blockStarts ?? buildIndex()
            var lo = 0, hi = starts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if starts[mid] <= b { lo = mid } else { hi = mid - 1 }
            }
            block = lo
            start = starts[lo]
        }
        return block * PyStr.blockSize + PyStr.countCodePoints(utf8, start, b)
    }

    /// The code point at index `i` (0..<count; the caller checks bounds).
    public func codePoint(at i: Int) -> UInt32 {
        if isASCII { return UInt32(utf8[i]) }
        return decodeUTF8(utf8, byteOffset(codePoint: i)).cp
    }

    /// `s[i]` as a one-character string (0..<count; the caller checks bounds).
    public func scalar(at i: Int) -> PyStr {
        if isASCII { return PyStr.asciiChars[Int(utf8[i])] }
        return PyStr.char(codePoint(at: i))
    }

    /// The character starting at byte offset `b` (< utf8.count) and the offset after it: lets
    /// an iterator that keeps a byte cursor step in O(1) where `scalar(at:)` costs O(blockSize).
    @inline(__always)
    public func char(atByteOffset b: Int) -> (char: PyStr, next: Int) {
        let c = utf8[b]
        if c < 0x80 { return (PyStr.asciiChars[Int(c)], b + 1) }
        let (cp, w) = decodeUTF8(utf8, b)
        return (PyStr(codePoint: cp), b + w)
    }

    // MARK: slicing

    /// `s[start:stop:step]` with indices already normalised as by `slice.indices(len)`.
    /// Costs O(result length), plus O(blockSize) to locate the start.
    public func slice(start: Int, stop: Int, step: Int) -> PyStr {
        precondition(step != 0, "slice step cannot be zero")
        let n: Int
        if step > 0 {
            n = start < stop ? (stop - start - 1) / step + 1 : 0
        } else {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0
        }
        if n <= 0 { return PyStr.empty }
        if step == 1 {
            if start == 0 && n == count { return self }
            if isASCII { return PyStr.fromBytes(utf8, start, start + n, knownASCII: true) }
            let lo = byteOffset(codePoint: start)
            let hi = n < PyStr.blockSize ? skipForward(lo, n) : byteOffset(codePoint: start + n)
            return utf8.withUnsafeBufferPointer { b in
                PyStr(utf8: copyBytes(b.baseAddress! + lo, hi - lo), count: n)
            }
        }
        if n == 1 { return scalar(at: start) }
        var out: [UInt8] = []
        if isASCII {
            out.reserveCapacity(n)
            utf8.withUnsafeBufferPointer { buf in
                var i = start
                for _ in 0..<n { out.append(buf[i]); i += step }
            }
            return PyStr(utf8: out, count: n)
        }
        out.reserveCapacity(n * 2)
        utf8.withUnsafeBufferPointer { buf in
            var p = byteOffset(codePoint: start)
            var cpIndex = start
            for k in 0..<n {
                let w = utf8Width(buf[p])
                for j in 0..<w { out.append(buf[p + j]) }
                if k == n - 1 { break }
                cpIndex += step
                if step > 0 {
                    if step > PyStr.blockSize {
                        p = byteOffset(codePoint: cpIndex)
                    } else {
                        for _ in 0..<step { p += utf8Width(buf[p]) }
                    }
                } else if -step > PyStr.blockSize {
                    p = byteOffset(codePoint: cpIndex)
                } else {
                    for _ in 0..<(-step) {
                        p -= 1
                        while buf[p] & 0xC0 == 0x80 { p -= 1 }
                    }
                }
            }
        }
        return PyStr(utf8: out, count: n)
    }

    /// Byte offset reached by skipping `n` code points forward from byte offset `p`.
    func skipForward(_ p: Int, _ n: Int) -> Int {
        utf8.withUnsafeBufferPointer { buf in
            var q = p
            for _ in 0..<n { q += utf8Width(buf[q]) }
            return q
        }
    }

    // MARK: concatenation and repetition

    public static func + (a: PyStr, b: PyStr) -> PyStr {
        if a.utf8.isEmpty { return b }
        if b.utf8.isEmpty { return a }
        var out: [UInt8] = []
        out.reserveCapacity(a.utf8.count + b.utf8.count)
        out.append(contentsOf: a.utf8)
        out.append(contentsOf: b.utf8)
        return PyStr(utf8: out, count: a.count + b.count)
    }

    /// `s * n`; n <= 0 gives "". Throws OverflowError like CPython when the size overflows.
    public func repeated(_ n: Int) throws -> PyStr {
        if n <= 0 || utf8.isEmpty { return PyStr.empty }
        if n == 1 { return self }
        let (total, overflow) = utf8.count.multipliedReportingOverflow(by: n)
        if overflow { throw TextError("OverflowError", "repeated string is too long") }
        // CPython would fail the allocation; failing here beats crashing the process.
        if total > 1 << 36 { throw TextError("MemoryError", "") }
        var out = [UInt8](repeating: 0, count: total)
        out.withUnsafeMutableBufferPointer { dst in
            utf8.withUnsafeBufferPointer { src in
                let d = dst.baseAddress!
                memcpy(d, src.baseAddress!, src.count)
                // Doubling copies keep this at O(log n) memcpy calls.
                var filled = src.count
                while filled < total {
                    let chunk = min(filled, total - filled)
                    memcpy(d + filled, d, chunk)
                    filled += chunk
                }
            }
        }
        return PyStr(utf8: out, count: count * n)
    }

    // MARK: iteration

    /// Iterates code points as UInt32.
    public struct CodePointIterator: IteratorProtocol, Sequence {
        let bytes: [UInt8]
        public private(set) var byteOffset: Int
        init(_ s: PyStr, byteOffset: Int = 0) { bytes = s.utf8; self.byteOffset = byteOffset }
        @inline(__always)
        public mutating func next() -> UInt32? {
            if byteOffset >= bytes.count { return nil }
            let b = bytes[byteOffset]
            if b < 0x80 { byteOffset += 1; return UInt32(b) }
            let (cp, w) = decodeUTF8(bytes, byteOffset)
            byteOffset += w
            return cp
        }
    }

    /// Iterates one-character strings; ASCII characters come from the shared cache. The
    /// runtime's str_iterator can hold this directly (it is a value with a byte cursor).
    public struct CharIterator: IteratorProtocol, Sequence {
        var inner: CodePointIterator
        init(_ s: PyStr) { inner = CodePointIterator(s) }
        public var byteOffset: Int { inner.byteOffset }
        public mutating func next() -> PyStr? {
            guard let cp = inner.next() else { return nil }
            return PyStr.char(cp)
        }
    }

    public var codePoints: CodePointIterator { CodePointIterator(self) }
    public var chars: CharIterator { CharIterator(self) }

    /// All code points as an array (for algorithms that need random access on short text).
    public var codePointArray: [UInt32] {
        if isASCII { return utf8.map { UInt32($0) } }
        var out: [UInt32] = []
        out.reserveCapacity(count)
        for cp in codePoints { out.append(cp) }
        return out
    }

    // MARK: hashing

    /// Cached hash of the bytes; strings are hashed constantly as dict keys.
    public var hashCode: Int {
        if hashCache != 0 { return hashCache }
        var h = Hasher()
        utf8.withUnsafeBytes { h.combine(bytes: $0) }
        let v = h.finalize()
        hashCache = v == 0 ? 1 : v
        return hashCache
    }
}

extension PyStr: Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public convenience init(stringLiteral value: String) { self.init(value) }

    public static func == (a: PyStr, b: PyStr) -> Bool {
        if a === b { return true }
        if a.utf8.count != b.utf8.count || a.count != b.count { return false }
        if a.hashCache != 0 && b.hashCache != 0 && a.hashCache != b.hashCache { return false }
        return a.utf8.withUnsafeBufferPointer { x in
            b.utf8.withUnsafeBufferPointer { y in
                x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }

    /// Python orders strings by code point; UTF-8 byte order is the same order.
    public static func < (a: PyStr, b: PyStr) -> Bool { compare(a, b) < 0 }

    /// -1, 0 or 1, as Python's rich comparison on str.
    public static func compare(_ a: PyStr, _ b: PyStr) -> Int {
        let n = min(a.utf8.count, b.utf8.count)
        let c: Int32 = n == 0 ? 0 : a.utf8.withUnsafeBufferPointer { x in
            b.utf8.withUnsafeBufferPointer { y in memcmp(x.baseAddress!, y.baseAddress!, n) }
        }
        if c != 0 { return c < 0 ? -1 : 1 }
        return a.utf8.count == b.utf8.count ? 0 : (a.utf8.count < b.utf8.count ? -1 : 1)
    }

    public var description: String { string }
}

/// Accumulates a string piece by piece, tracking the code point count as it goes.
public struct PyStrBuilder {
    public private(set) var bytes: [UInt8] = []
    public private(set) var count = 0

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func append(_ s: PyStr) {
        bytes.append(contentsOf: s.utf8)
        count += s.count
    }

    public mutating func append(codePoint cp: UInt32) {
        if cp < 0x80 { bytes.append(UInt8(cp)) } else { appendUTF8(cp, to: &bytes) }
        count += 1
    }

    @inline(__always)
    public mutating func appendASCII(_ c: UInt8) {
        bytes.append(c)
        count += 1
    }

    public mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            bytes.append(contentsOf: buf)
            count += PyStr.countCodePoints(buf)
        }
    }

    /// Appends bytes known to be ASCII.
    @inline(__always)
    public mutating func appendASCII(_ ascii: [UInt8]) {
        bytes.append(contentsOf: ascii)
        count += ascii.count
    }

    /// Appends `n` copies of a code point.
    public mutating func append(codePoint cp: UInt32, times n: Int) {
        guard n > 0 else { return }
        if cp < 0x80 {
            bytes.append(contentsOf: repeatElement(UInt8(cp), count: n))
        } else {
            for _ in 0..<n { appendUTF8(cp, to: &bytes) }
        }
        count += n
    }

    /// Appends ASCII bytes from a buffer.
    @inline(__always)
    mutating func appendASCII(_ ascii: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: ascii)
        count += ascii.count
    }

    /// Appends a byte range of a valid UTF-8 buffer holding `n` code points.
    mutating func appendBytes(_ src: [UInt8], _ lo: Int, _ hi: Int, codePoints n: Int) {
        if hi > lo { bytes.append(contentsOf: src[lo..<hi]) }
        count += n
    }

    public func build() -> PyStr { PyStr(utf8: bytes, count: count) }
}

// MARK: UTF-8 primitives

/// A new array holding `n` bytes copied from `src`. (Measured: this form is specialised and
/// twice as fast as `init(unsafeUninitializedCapacity:)`, which looks up generic metadata
/// on every call; it matters because split() makes millions of small strings.)
@inline(__always)
func copyBytes(_ src: UnsafePointer<UInt8>, _ n: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: src, count: n))
}

/// Length of the UTF-8 sequence introduced by a lead byte.
@inline(__always)
func utf8Width(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
}

/// Decodes the code point starting at byte `p`; returns it and its byte width.
@inline(__always)
func decodeUTF8(_ b: [UInt8], _ p: Int) -> (cp: UInt32, width: Int) {
    let b0 = UInt32(b[p])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F), 2) }
    if b0 < 0xF0 {
        return ((b0 & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F), 3)
    }
    return ((b0 & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12
            | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F), 4)
}

@inline(__always)
func decodeUTF8(_ b: UnsafeBufferPointer<UInt8>, _ p: Int) -> (cp: UInt32, width: Int) {
    let b0 = UInt32(b[p])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F), 2) }
    if b0 < 0xF0 {
        return ((b0 & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F), 3)
    }
    return ((b0 & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12
            | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F), 4)
}

/// Decodes the code point that ends just before byte `end`; returns it and its start offset.
@inline(__always)
func decodeUTF8Backward(_ b: [UInt8], _ end: Int) -> (cp: UInt32, start: Int) {
    var p = end - 1
    while b[p] & 0xC0 == 0x80 { p -= 1 }
    return (decodeUTF8(b, p).cp, p)
}

/// Encodes a code point (surrogates too, in generalised UTF-8).
@inline(__always)
func appendUTF8(_ cp: UInt32, to out: inout [UInt8]) {
    if cp < 0x80 {
        out.append(UInt8(cp))
    } else if cp < 0x800 {
        out.append(UInt8(0xC0 | (cp >> 6)))
        out.append(UInt8(0x80 | (cp & 0x3F)))
    } else if cp < 0x10000 {
        out.append(UInt8(0xE0 | (cp >> 12)))
        out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (cp & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (cp >> 18)))
        out.append(UInt8(0x80 | ((cp >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (cp & 0x3F)))
    }
}
