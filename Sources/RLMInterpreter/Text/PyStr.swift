#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interpreter's `str`: immutable UTF-8 bytes plus the facts Python needs in O(1).
///
/// The bytes live in the object itself (tail allocation, like CPython's compact strings), so a
/// string is one heap block: programs make millions of small strings (split, findall, slices,
/// f-strings), and a separate array buffer doubled their malloc, free and reference counting.
/// `utf8` is a bounds-checked view that keeps the string alive; hot loops use `withUTF8`.
///
/// Python indexes by code point while UTF-8 is variable width, so non-ASCII strings get a
/// sparse index (byte offset of every `blockSize`-th code point), built on first use: most
/// non-ASCII strings are only printed or searched, never indexed, and should not pay for it.
/// Lone surrogates (which Python allows and Swift's String does not) are stored as their
/// 3-byte generalised UTF-8 form so every Python string is representable.
public final class PyStr: ManagedBuffer<PyStr.Header, UInt8> {
    public struct Header {
        /// Number of UTF-8 bytes in the tail.
        let byteCount: Int
        /// Number of code points (Python's `len`).
        let count: Int
        /// 0 means "not computed yet" (a real hash of 0 is stored as 1).
        var hashCache: Int = 0
        /// The sparse index, once a lookup needs it: how many entries are filled, then room
        /// for `blockCount` byte offsets. A raw pointer rather than an array keeps the header
        /// trivial, so freeing a string releases nothing else; the count lives in the
        /// allocation, not the header, which every string carries.
        var sparseIndex: UnsafeMutablePointer<Int>? = nil
    }

    deinit {
        header.sparseIndex?.deallocate()
    }

    /// Entries in the sparse index: one per `blockSize` code points.
    private var blockCount: Int { count == 0 ? 0 : (count - 1) / PyStr.blockSize + 1 }

    /// Number of code points (Python's `len`).
    @inline(__always) public var count: Int { header.count }
    /// Number of UTF-8 bytes.
    @inline(__always) public var byteCount: Int { header.byteCount }
    /// True when every code point is < 128, so code point index == byte index.
    @inline(__always) public var isASCII: Bool { header.count == header.byteCount }

    /// Code points between two entries of the sparse index; a lookup walks at most this many.
    static let blockSize = 64

    // MARK: construction

    /// A string of `byteCount` bytes holding `count` code points, its bytes written by `fill`
    /// (which must write valid generalised UTF-8 into every byte).
    @inline(__always)
    static func make(byteCount: Int, count: Int, _ fill: (UnsafeMutablePointer<UInt8>) throws -> Void) rethrows -> PyStr {
        let s = unsafeDowncast(PyStr.create(minimumCapacity: byteCount) { _ in
            Header(byteCount: byteCount, count: count)
        }, to: PyStr.self)
        try s.withUnsafeMutablePointerToElements { try fill($0) }
        return s
    }

    /// Trusted constructor: `bytes` is valid (generalised) UTF-8 with `count` code points.
    static func copying(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> PyStr {
        make(byteCount: bytes.count, count: count) { dst in
            if let src = bytes.baseAddress { dst.update(from: src, count: bytes.count) }
        }
    }

    /// Trusted constructor: `bytes` is valid (generalised) UTF-8 with `count` code points.
    static func copying(_ bytes: [UInt8], count: Int) -> PyStr {
        bytes.withUnsafeBufferPointer { copying($0, count: count) }
    }

    /// Bytes known to be valid UTF-8; counts the code points (one O(n) pass).
    public static func copying(_ bytes: [UInt8]) -> PyStr {
        bytes.withUnsafeBufferPointer { copying($0, count: countCodePoints($0)) }
    }

    /// Bytes known to be valid UTF-8; counts the code points (one O(n) pass).
    static func copying(_ bytes: UnsafeBufferPointer<UInt8>) -> PyStr {
        copying(bytes, count: countCodePoints(bytes))
    }

    public static func from(_ s: String) -> PyStr {
        var s = s
        return s.withUTF8 { copying($0) }
    }

    /// Any code point 0...0x10FFFF, surrogates included.
    public static func from(codePoint cp: UInt32) -> PyStr {
        if cp < 0x80 { return asciiChars[Int(cp)] }
        let width = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
        return make(byteCount: width, count: 1) { _ = writeUTF8(cp, to: $0) }
    }

    public static func from(_ scalar: Unicode.Scalar) -> PyStr { from(codePoint: scalar.value) }

    public static let empty = PyStr.copying([], count: 0)

    /// One-character strings for ASCII, shared so iterating an ASCII string allocates nothing.
    public static let asciiChars: [PyStr] = (0..<128).map { c in
        make(byteCount: 1, count: 1) { $0.pointee = UInt8(c) }
    }

    /// A one-character string for a code point, from the shared cache when ASCII.
    @inline(__always)
    public static func char(_ cp: UInt32) -> PyStr {
        cp < 128 ? asciiChars[Int(cp)] : from(codePoint: cp)
    }

    /// The workhorse of split() and friends, so it copies with memcpy and counts in place.
    static func fromBytes(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, knownASCII: Bool) -> PyStr {
        if hi <= lo { return empty }
        let base = b.baseAddress!
        if hi - lo == 1 && base[lo] < 0x80 { return asciiChars[Int(base[lo])] }
        let part = UnsafeBufferPointer(start: base + lo, count: hi - lo)
        return copying(part, count: knownASCII ? hi - lo : countCodePoints(part))
    }

    /// Substring over byte offsets of this string (both must be on code point boundaries).
    @inline(__always)
    func bytesSlice(_ lo: Int, _ hi: Int) -> PyStr {
        if lo == 0 && hi == byteCount { return self }
        return withUTF8 { PyStr.fromBytes($0, lo, hi, knownASCII: isASCII) }
    }

    // MARK: the bytes

    /// The bytes for the duration of `body`. The hot paths' way in: no view, no bounds checks.
    @inline(__always)
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withUnsafeMutablePointerToElements { try body(UnsafeBufferPointer(start: $0, count: header.byteCount)) }
    }

    /// The bytes as a collection (bounds-checked; it holds the string, so it stays valid).
    @inline(__always)
    public var utf8: UTF8View { UTF8View(self) }

    /// A random-access view of a string's bytes, usable wherever code read `[UInt8]`.
    public struct UTF8View: RandomAccessCollection {
        @usableFromInline let owner: PyStr
        @inline(__always) init(_ owner: PyStr) { self.owner = owner }
        public var startIndex: Int { 0 }
        public var endIndex: Int { owner.byteCount }
        public var count: Int { owner.byteCount }
        public var isEmpty: Bool { owner.byteCount == 0 }
        @inline(__always)
        public subscript(i: Int) -> UInt8 {
            precondition(i >= 0 && i < owner.byteCount, "PyStr byte index out of range")
            return owner.withUnsafeMutablePointerToElements { $0[i] }
        }
        @inline(__always)
        public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
            try owner.withUTF8(body)
        }
        public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
            try owner.withUTF8(body)
        }
        /// A copy of the bytes as an array.
        public var array: [UInt8] { withUnsafeBufferPointer { Array($0) } }
    }

    public var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }

    // MARK: code point counting and the sparse index

    static func countCodePoints<B: ByteStorage>(_ bytes: B, _ lo: Int, _ hi: Int) -> Int {
        if hi <= lo { return 0 }
        return bytes.withBytes { countCodePoints(UnsafeBufferPointer(rebasing: $0[lo..<hi])) }
    }

    /// Counts code points by counting non-continuation bytes, eight at a time.
    static func countCodePoints(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buf.baseAddress else { return 0 }
        let n = buf.count
        var i = 0
        var continuation = 0
        while i + 8 <= n {
            continuation += continuationBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            i += 8
        }
        while i < n {
            if base[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return n - continuation
    }

    /// Byte offset of code point `block * blockSize`, extending the sparse index that far.
    /// The index grows only as far as it is used: `context[:200_000]` of a 50 MB text reads
    /// the first 200,000 code points, not the whole text.
    private func blockStart(_ block: Int) -> Int {
        if let index = header.sparseIndex, block < index[0] { return index[1 + block] }
        return extendIndex { built, _ in built > block }[1 + block]
    }

    /// Fills index entries until `done(entriesFilled, lastStart)` holds or the index is
    /// complete; returns the index (entry count first, then the offsets).
    @discardableResult
    private func extendIndex(until done: (Int, Int) -> Bool) -> UnsafeMutablePointer<Int> {
        let total = blockCount
        if header.sparseIndex == nil {
            let fresh = UnsafeMutablePointer<Int>.allocate(capacity: 1 + max(total, 1))
            fresh[0] = total == 0 ? 0 : 1
            fresh[1] = 0
            header.sparseIndex = fresh
        }
        let index = header.sparseIndex.unsafelyUnwrapped
        let starts = index + 1
        var built = index[0]
        withUTF8 { buf in
            while built < total && !done(built, starts[built - 1]) {
                starts[built] = PyStr.skipCodePoints(buf, from: starts[built - 1], PyStr.blockSize)
                built += 1
            }
        }
        index[0] = built
        return index
    }

    /// How many of a word's eight bytes are UTF-8 continuation bytes (10xxxxxx: bit 7 set,
    /// bit 6 clear).
    @inline(__always)
    static func continuationBytes(_ w: UInt64) -> Int {
        (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
    }

    /// The byte offset `n` code points after the code point starting at byte `p`: whole
    /// 8-byte words are skipped while the code points starting in them are all before the
    /// one sought (counting lead bytes with `continuationBytes`, as `countCodePoints` does).
    static func skipCodePoints(_ buf: UnsafeBufferPointer<UInt8>, from p: Int, _ n: Int) -> Int {
        let base = buf.baseAddress.unsafelyUnwrapped
        let end = buf.count
        var pos = p
        var remaining = n
        while remaining > 8 && pos + 8 <= end {
            let leads = 8 - continuationBytes(UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self))
            if leads >= remaining { break }
            remaining -= leads
            pos += 8
        }
        // `pos` may be inside a code point now: step to the next lead byte, then count leads.
        while pos < end && base[pos] & 0xC0 == 0x80 { pos += 1 }
        while remaining > 0 && pos < end {
            pos += 1
            while pos < end && base[pos] & 0xC0 == 0x80 { pos += 1 }
            remaining -= 1
        }
        return pos
    }

    /// Byte offset of code point `i` (0...count); O(blockSize) once the index reaches `i`.
    public func byteOffset(codePoint i: Int) -> Int {
        if isASCII { return i }
        if i <= 0 { return 0 }
        if i >= count { return byteCount }
        let block = i / PyStr.blockSize
        let pos = block == 0 ? 0 : blockStart(block)
        return withUTF8 { PyStr.skipCodePoints($0, from: pos, i % PyStr.blockSize) }
    }

    /// Code point index of a byte offset that lies on a boundary; O(log n + blockSize) once
    /// the index reaches `b`.
    public func codePointIndex(byteOffset b: Int) -> Int {
        if isASCII { return b }
        if b <= 0 { return 0 }
        if b >= byteCount { return count }
        var block = 0
        var start = 0
        if b >= PyStr.blockSize {
            let index = extendIndex { _, lastStart in lastStart > b }
            let starts = index + 1
            var lo = 0, hi = index[0] - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if starts[mid] <= b { lo = mid } else { hi = mid - 1 }
            }
            block = lo
            start = starts[lo]
        }
        return block * PyStr.blockSize + withUTF8 { PyStr.countCodePoints(UnsafeBufferPointer(rebasing: $0[start..<b])) }
    }

    /// The code point at index `i` (0..<count; the caller checks bounds).
    public func codePoint(at i: Int) -> UInt32 {
        if isASCII { return withUTF8 { UInt32($0[i]) } }
        let p = byteOffset(codePoint: i)
        return withUTF8 { decodeUTF8($0, p).cp }
    }

    /// `s[i]` as a one-character string (0..<count; the caller checks bounds).
    public func scalar(at i: Int) -> PyStr {
        if isASCII { return PyStr.asciiChars[withUTF8 { Int($0[i]) }] }
        return PyStr.char(codePoint(at: i))
    }

    /// The character starting at byte offset `b` (< utf8.count) and the offset after it: lets
    /// an iterator that keeps a byte cursor step in O(1) where `scalar(at:)` costs O(blockSize).
    @inline(__always)
    public func char(atByteOffset b: Int) -> (char: PyStr, next: Int) {
        let (cp, w) = withUTF8 { decodeUTF8($0, b) }
        if cp < 0x80 { return (PyStr.asciiChars[Int(cp)], b + 1) }
        return (PyStr.from(codePoint: cp), b + w)
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
            if isASCII { return bytesSlice(start, start + n) }
            let lo = byteOffset(codePoint: start)
            let hi = n < PyStr.blockSize ? skipForward(lo, n) : byteOffset(codePoint: start + n)
            return withUTF8 { PyStr.copying(UnsafeBufferPointer(rebasing: $0[lo..<hi]), count: n) }
        }
        if n == 1 { return scalar(at: start) }
        if isASCII {
            return withUTF8 { buf in
                PyStr.make(byteCount: n, count: n) { dst in
                    var i = start
                    for k in 0..<n { dst[k] = buf[i]; i += step }
                }
            }
        }
        if step == -1 {
            // `s[::-1]` and other reversed runs: the bytes of code points stop+1...start, taken
            // from the end back, straight into the new string.
            let lo = byteOffset(codePoint: stop + 1)
            let hi = byteOffset(codePoint: start + 1)
            return withUTF8 { buf in
                PyStr.make(byteCount: hi - lo, count: n) { dst in
                    var end = hi
                    var k = 0
                    while end > lo {
                        var p = end - 1
                        while buf[p] & 0xC0 == 0x80 { p -= 1 }
                        for j in p..<end { dst[k] = buf[j]; k += 1 }
                        end = p
                    }
                }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(n * 2)
        withUTF8 { buf in
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
        return PyStr.copying(out, count: n)
    }

    /// Byte offset reached by skipping `n` code points forward from byte offset `p`.
    func skipForward(_ p: Int, _ n: Int) -> Int {
        withUTF8 { buf in
            var q = p
            for _ in 0..<n { q += utf8Width(buf[q]) }
            return q
        }
    }

    // MARK: concatenation and repetition

    public static func + (a: PyStr, b: PyStr) -> PyStr {
        let na = a.byteCount, nb = b.byteCount
        if na == 0 { return b }
        if nb == 0 { return a }
        return make(byteCount: na + nb, count: a.count + b.count) { dst in
            a.withUTF8 { dst.update(from: $0.baseAddress!, count: na) }
            b.withUTF8 { (dst + na).update(from: $0.baseAddress!, count: nb) }
        }
    }

    /// `s * n`; n <= 0 gives "". Throws OverflowError like CPython when the size overflows.
    public func repeated(_ n: Int) throws -> PyStr {
        if n <= 0 || byteCount == 0 { return PyStr.empty }
        if n == 1 { return self }
        let (total, overflow) = byteCount.multipliedReportingOverflow(by: n)
        if overflow { throw TextError("OverflowError", "repeated string is too long") }
        // CPython would fail the allocation; failing here beats crashing the process.
        if total > 1 << 36 { throw TextError("MemoryError", "") }
        return PyStr.make(byteCount: total, count: count * n) { d in
            withUTF8 { src in
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
    }

    // MARK: iteration

    /// Iterates code points as UInt32.
    public struct CodePointIterator: IteratorProtocol, Sequence {
        let string: PyStr
        public private(set) var byteOffset: Int
        init(_ s: PyStr, byteOffset: Int = 0) { string = s; self.byteOffset = byteOffset }
        @inline(__always)
        public mutating func next() -> UInt32? {
            if byteOffset >= string.byteCount { return nil }
            let (cp, w) = string.withUTF8 { decodeUTF8($0, byteOffset) }
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

    /// Whether `f` holds for every code point (true for ""). Reads the bytes in place: the
    /// iterator holds the string, a retain and release that dominate on one-character strings.
    @inline(__always)
    func allCodePoints(_ f: (UInt32) throws -> Bool) rethrows -> Bool {
        try withUTF8 { b in
            var p = 0
            while p < b.count {
                let (cp, width) = decodeUTF8(b, p)
                if try !f(cp) { return false }
                p += width
            }
            return true
        }
    }
    public var chars: CharIterator { CharIterator(self) }

    /// All code points as an array (for algorithms that need random access on short text).
    public var codePointArray: [UInt32] {
        if isASCII { return withUTF8 { $0.map { UInt32($0) } } }
        var out: [UInt32] = []
        out.reserveCapacity(count)
        for cp in codePoints { out.append(cp) }
        return out
    }

    // MARK: hashing

    /// Cached hash of the bytes; strings are hashed constantly as dict keys.
    public var hashCode: Int {
        let cached = header.hashCache
        if cached != 0 { return cached }
        var h = Hasher()
        withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        let v = h.finalize()
        header.hashCache = v == 0 ? 1 : v
        return header.hashCache
    }
}

extension PyStr: Hashable, Comparable, CustomStringConvertible {
    public static func == (a: PyStr, b: PyStr) -> Bool {
        if a === b { return true }
        if a.byteCount != b.byteCount || a.count != b.count { return false }
        let ha = a.header.hashCache, hb = b.header.hashCache
        if ha != 0 && hb != 0 && ha != hb { return false }
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }

    /// Python orders strings by code point; UTF-8 byte order is the same order.
    public static func < (a: PyStr, b: PyStr) -> Bool { compare(a, b) < 0 }

    /// -1, 0 or 1, as Python's rich comparison on str.
    public static func compare(_ a: PyStr, _ b: PyStr) -> Int {
        let na = a.byteCount, nb = b.byteCount
        let n = min(na, nb)
        let c: Int32 = n == 0 ? 0 : a.withUTF8 { x in
            b.withUTF8 { y in memcmp(x.baseAddress!, y.baseAddress!, n) }
        }
        if c != 0 { return c < 0 ? -1 : 1 }
        return na == nb ? 0 : (na < nb ? -1 : 1)
    }

    public var description: String { string }
}

/// Accumulates a string piece by piece, tracking the code point count as it goes.
public struct PyStrBuilder {
    public private(set) var bytes: [UInt8] = []
    public private(set) var count = 0

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A builder writing into `buffer`, emptied but keeping its capacity.
    init(reusing buffer: [UInt8]) {
        bytes = buffer
        bytes.removeAll(keepingCapacity: true)
    }

    /// The byte buffer, for reuse by a later builder (this one is left empty).
    mutating func takeBytes() -> [UInt8] {
        count = 0
        var taken: [UInt8] = []
        swap(&taken, &bytes)
        return taken
    }

    public mutating func append(_ s: PyStr) {
        s.withUTF8 { bytes.append(contentsOf: $0) }
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
    mutating func appendBytes<B: ByteStorage>(_ src: B, _ lo: Int, _ hi: Int, codePoints n: Int) {
        if hi > lo { src.withBytes { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[lo..<hi])) } }
        count += n
    }

    public func build() -> PyStr { PyStr.copying(bytes, count: count) }
}

// MARK: UTF-8 primitives

/// Length of the UTF-8 sequence introduced by a lead byte.
@inline(__always)
func utf8Width(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
}

/// Anything whose bytes can be borrowed as one contiguous buffer: `[UInt8]`, a `PyStr`'s bytes,
/// a buffer pointer. Byte algorithms take this so each works on all three without copying.
protocol ByteStorage {
    var count: Int { get }
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R
}

extension Array: ByteStorage where Element == UInt8 {
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R { try withUnsafeBufferPointer(body) }
}

extension UnsafeBufferPointer: ByteStorage where Element == UInt8 {
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R { try body(self) }
}

extension PyStr.UTF8View: ByteStorage {
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R { try owner.withUTF8(body) }
}

/// Decodes the code point starting at byte `p`; returns it and its byte width.
@inline(__always)
func decodeUTF8<B: RandomAccessCollection>(_ b: B, _ p: Int) -> (cp: UInt32, width: Int) where B.Element == UInt8, B.Index == Int {
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
func decodeUTF8Backward<B: RandomAccessCollection>(_ b: B, _ end: Int) -> (cp: UInt32, start: Int) where B.Element == UInt8, B.Index == Int {
    var p = end - 1
    while b[p] & 0xC0 == 0x80 { p -= 1 }
    return (decodeUTF8(b, p).cp, p)
}

/// Writes a code point's (generalised) UTF-8 at `p` (room for 4 bytes); returns its width.
@inline(__always)
func writeUTF8(_ cp: UInt32, to p: UnsafeMutablePointer<UInt8>) -> Int {
    if cp < 0x80 {
        p[0] = UInt8(cp)
        return 1
    } else if cp < 0x800 {
        p[0] = UInt8(0xC0 | (cp >> 6))
        p[1] = UInt8(0x80 | (cp & 0x3F))
        return 2
    } else if cp < 0x10000 {
        p[0] = UInt8(0xE0 | (cp >> 12))
        p[1] = UInt8(0x80 | ((cp >> 6) & 0x3F))
        p[2] = UInt8(0x80 | (cp & 0x3F))
        return 3
    }
    p[0] = UInt8(0xF0 | (cp >> 18))
    p[1] = UInt8(0x80 | ((cp >> 12) & 0x3F))
    p[2] = UInt8(0x80 | ((cp >> 6) & 0x3F))
    p[3] = UInt8(0x80 | (cp & 0x3F))
    return 4
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
