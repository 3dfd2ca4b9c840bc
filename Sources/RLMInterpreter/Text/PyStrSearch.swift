#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes. A valid UTF-8 needle can only match at code point
/// boundaries, so byte search is exact; code point positions are computed only for results.
enum ByteSearch {
    typealias MemmemFn = @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?

    /// glibc's memmem (two-way, SIMD first-byte scan) is not exported by Swift's Glibc
    /// module, so it is looked up at run time; the fallback is memchr + memcmp.
    static let memmemFn: MemmemFn? = {
        guard let h = dlopen(nil, RTLD_NOW), let sym = dlsym(h, "memmem") else { return nil }
        return unsafeBitCast(sym, to: MemmemFn.self)
    }()

    /// First byte offset in [lo, hi) where `needle` starts, or -1.
    @inline(__always)
    static func find<H: ByteStorage, N: ByteStorage>(_ hay: H, _ needle: N, _ lo: Int, _ hi: Int) -> Int {
        hay.withBytes { h in needle.withBytes { n in find(h, n, lo, hi) } }
    }

    static func find(_ hb: UnsafeBufferPointer<UInt8>, _ nb: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        let m = nb.count
        if m == 0 { return lo <= hi ? lo : -1 }
        if hi - lo < m { return -1 }
        let h = UnsafeRawPointer(hb.baseAddress! + lo)
        let n = UnsafeRawPointer(nb.baseAddress!)
        if m == 1 {
            guard let r = memchr(h, Int32(nb[0]), hi - lo) else { return -1 }
            return lo + (UnsafeRawPointer(r) - h)
        }
        if let mm = memmemFn {
            guard let r = mm(h, hi - lo, n, m) else { return -1 }
            return lo + (UnsafeRawPointer(r) - h)
        }
        var p = 0
        let last = hi - lo - m
        while p <= last {
            guard let r = memchr(h + p, Int32(nb[0]), last - p + 1) else { return -1 }
            p = UnsafeRawPointer(r) - h
            if memcmp(h + p, n, m) == 0 { return lo + p }
            p += 1
        }
        return -1
    }

    /// Last byte offset in [lo, hi) where `needle` starts (and ends by hi), or -1.
    @inline(__always)
    static func rfind<H: ByteStorage, N: ByteStorage>(_ hay: H, _ needle: N, _ lo: Int, _ hi: Int) -> Int {
        hay.withBytes { h in needle.withBytes { n in rfind(h, n, lo, hi) } }
    }

    static func rfind(_ hb: UnsafeBufferPointer<UInt8>, _ nb: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        let m = nb.count
        if m == 0 { return lo <= hi ? hi : -1 }
        if hi - lo < m { return -1 }
        let h = hb.baseAddress!
        let n = nb.baseAddress!
        let first = nb[0]
        var p = hi - m
        while p >= lo {
            if h[p] == first && (m == 1 || memcmp(h + p + 1, n + 1, m - 1) == 0) { return p }
            p -= 1
        }
        return -1
    }

    /// Non-overlapping occurrences in [lo, hi), stopping at `limit`.
    @inline(__always)
    static func count<H: ByteStorage, N: ByteStorage>(_ hay: H, _ needle: N, _ lo: Int, _ hi: Int, limit: Int = .max) -> Int {
        hay.withBytes { h in needle.withBytes { n in count(h, n, lo, hi, limit: limit) } }
    }

    static func count(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, limit: Int = .max) -> Int {
        var n = 0
        var p = lo
        while n < limit {
            let r = find(hay, needle, p, hi)
            if r < 0 { break }
            n += 1
            p = r + needle.count
        }
        return n
    }
}

extension PyStr {
    /// CPython's ADJUST_INDICES: clamp `end`, wrap negatives, leave `start` > len alone
    /// (so an out-of-range start makes the slice empty rather than clamping onto the end).
    @inline(__always)
    public func adjustIndices(_ start: Int?, _ end: Int?) -> (Int, Int) {
        var s = start ?? 0
        var e = end ?? count
        if e > count { e = count } else if e < 0 { e += count; if e < 0 { e = 0 } }
        if s < 0 { s += count; if s < 0 { s = 0 } }
        return (s, e)
    }

    public func find(_ sub: PyStr, _ start: Int? = nil, _ end: Int? = nil) -> Int {
        let (s, e) = adjustIndices(start, end)
        if e - s < sub.count { return -1 }
        if sub.count == 0 { return s }
        let r = ByteSearch.find(utf8, sub.utf8, byteOffset(codePoint: s), byteOffset(codePoint: e))
        return r < 0 ? -1 : codePointIndex(byteOffset: r)
    }

    public func rfind(_ sub: PyStr, _ start: Int? = nil, _ end: Int? = nil) -> Int {
        let (s, e) = adjustIndices(start, end)
        if e - s < sub.count { return -1 }
        if sub.count == 0 { return e }
        let r = ByteSearch.rfind(utf8, sub.utf8, byteOffset(codePoint: s), byteOffset(codePoint: e))
        return r < 0 ? -1 : codePointIndex(byteOffset: r)
    }

    public func index(_ sub: PyStr, _ start: Int? = nil, _ end: Int? = nil) throws -> Int {
        let r = find(sub, start, end)
        if r < 0 { throw TextError.valueError("substring not found") }
        return r
    }

    public func rindex(_ sub: PyStr, _ start: Int? = nil, _ end: Int? = nil) throws -> Int {
        let r = rfind(sub, start, end)
        if r < 0 { throw TextError.valueError("substring not found") }
        return r
    }

    /// str.count (named so it does not clash with the `count` property).
    public func countOccurrences(_ sub: PyStr, _ start: Int? = nil, _ end: Int? = nil) -> Int {
        let (s, e) = adjustIndices(start, end)
        if e - s < sub.count { return 0 }
        if sub.count == 0 { return e - s + 1 }
        return ByteSearch.count(utf8, sub.utf8, byteOffset(codePoint: s), byteOffset(codePoint: e))
    }

    /// `sub in self`.
    public func contains(_ sub: PyStr) -> Bool {
        ByteSearch.find(utf8, sub.utf8, 0, utf8.count) >= 0
    }

    /// str.replace; `maxCount` < 0 means all. An empty `old` inserts `new` around every character.
    public func replace(_ old: PyStr, _ new: PyStr, _ maxCount: Int = -1) -> PyStr {
        let limit = maxCount < 0 ? Int.max : maxCount
        if limit == 0 { return self }
        var b = PyStrBuilder()
        if old.utf8.isEmpty {
            let inserts = min(limit, count + 1)
            b = PyStrBuilder(capacity: utf8.count + inserts * new.utf8.count)
            var it = codePoints
            for k in 0..<inserts {
                b.append(new)
                if k < count, let cp = it.next() { b.append(codePoint: cp) }
            }
            let rest = it.byteOffset
            b.appendBytes(utf8, rest, utf8.count, codePoints: count - min(inserts, count))
            return b.build()
        }
        var first = ByteSearch.find(utf8, old.utf8, 0, utf8.count)
        if first < 0 { return self }
        var p = 0
        var done = 0
        var outCount = count
        while first >= 0 && done < limit {
            b.appendBytes(utf8, p, first, codePoints: 0)
            b.append(new)
            outCount += new.count - old.count
            p = first + old.utf8.count
            done += 1
            if done < limit { first = ByteSearch.find(utf8, old.utf8, p, utf8.count) }
        }
        b.appendBytes(utf8, p, utf8.count, codePoints: 0)
        return PyStr.copying(b.bytes, count: outCount)
    }

    // MARK: prefix / suffix

    /// CPython's tailmatch for one candidate.
    func tailMatch(_ sub: PyStr, _ start: Int?, _ end: Int?, atEnd: Bool) -> Bool {
        let (s, e0) = adjustIndices(start, end)
        let e = e0 - sub.count
        if e < s { return false }
        if sub.count == 0 { return true }
        let at = byteOffset(codePoint: atEnd ? e : s)
        let m = sub.utf8.count
        if at + m > utf8.count { return false }
        return utf8.withUnsafeBufferPointer { h in
            sub.utf8.withUnsafeBufferPointer { n in memcmp(h.baseAddress! + at, n.baseAddress!, m) == 0 }
        }
    }

    public func startswith(_ prefix: PyStr, _ start: Int? = nil, _ end: Int? = nil) -> Bool {
        tailMatch(prefix, start, end, atEnd: false)
    }

    /// The tuple form: true if any prefix matches.
    public func startswith(_ prefixes: [PyStr], _ start: Int? = nil, _ end: Int? = nil) -> Bool {
        prefixes.contains { tailMatch($0, start, end, atEnd: false) }
    }

    public func endswith(_ suffix: PyStr, _ start: Int? = nil, _ end: Int? = nil) -> Bool {
        tailMatch(suffix, start, end, atEnd: true)
    }

    public func endswith(_ suffixes: [PyStr], _ start: Int? = nil, _ end: Int? = nil) -> Bool {
        suffixes.contains { tailMatch($0, start, end, atEnd: true) }
    }

    public func removeprefix(_ prefix: PyStr) -> PyStr {
        if prefix.utf8.isEmpty || !startswith(prefix) { return self }
        return bytesSlice(prefix.byteCount, byteCount)
    }

    public func removesuffix(_ suffix: PyStr) -> PyStr {
        if suffix.utf8.isEmpty || !endswith(suffix) { return self }
        return bytesSlice(0, byteCount - suffix.byteCount)
    }

    // MARK: partition

    public func partition(_ sep: PyStr) throws -> (PyStr, PyStr, PyStr) {
        if sep.utf8.isEmpty { throw TextError.valueError("empty separator") }
        let r = ByteSearch.find(utf8, sep.utf8, 0, utf8.count)
        if r < 0 { return (self, PyStr.empty, PyStr.empty) }
        return (bytesSlice(0, r), sep, bytesSlice(r + sep.utf8.count, utf8.count))
    }

    public func rpartition(_ sep: PyStr) throws -> (PyStr, PyStr, PyStr) {
        if sep.utf8.isEmpty { throw TextError.valueError("empty separator") }
        let r = ByteSearch.rfind(utf8, sep.utf8, 0, utf8.count)
        if r < 0 { return (PyStr.empty, PyStr.empty, self) }
        return (bytesSlice(0, r), sep, bytesSlice(r + sep.utf8.count, utf8.count))
    }
}
