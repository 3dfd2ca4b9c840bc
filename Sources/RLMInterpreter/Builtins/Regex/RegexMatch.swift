#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text a pattern runs over: a str (matched on its UTF-8 bytes) or a bytes-like object.
/// Offsets inside the engine are bytes; Python sees code points, converted only on demand.
final class RegexSubject {
    let value: Value
    let str: PyStr?
    /// The subject's bytes when it is bytes-like (a str keeps its own).
    private let byteArray: [UInt8]
    let byteCount: Int
    /// For non-ASCII str: the last byte offset converted to a code point index. The matches
    /// of one subject share it, so converting successive spans walks forward from the
    /// previous one and a whole text costs O(n) in total.
    private var cursorByte = 0
    private var cursorIndex = 0
    private let needsConversion: Bool

    init(str: PyStr) {
        value = .str(str)
        self.str = str
        byteArray = []
        byteCount = str.byteCount
        needsConversion = !str.isASCII
    }

    init(bytesValue: Value, bytes: [UInt8]) {
        value = bytesValue
        str = nil
        byteArray = bytes
        byteCount = bytes.count
        needsConversion = false
    }

    /// The bytes the pattern runs over, for the duration of `body`.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let s = str { return try s.withUTF8(body) }
        return try byteArray.withUnsafeBufferPointer(body)
    }

    var isText: Bool { str != nil }

    /// Length in Python units (code points for str).
    var length: Int { str?.count ?? byteCount }

    /// True when the bytes are valid UTF-8 for PCRE2: str storage keeps lone surrogates as
    /// 3-byte sequences (ED A0..BF xx), which PCRE2 must not be promised are valid.
    var isValidUTF8: Bool {
        guard let s = str, !s.isASCII else { return true }
        return withBytes { buf -> Bool in
            guard let base = buf.baseAddress else { return true }
            var p = base
            let end = base + buf.count
            while p < end, let hit = memchr(p, 0xED, end - p) {
                let q = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                if q + 1 < end && q[1] >= 0xA0 { return false }
                p = q + 1
            }
            return true
        }
    }

    /// Code point index of a byte offset on a character boundary.
    @inline(__always)
    func codePointIndex(_ byteOffset: Int) -> Int {
        guard needsConversion, let s = str else { return byteOffset }
        let index: Int
        if byteOffset >= cursorByte && byteOffset - cursorByte <= 4096 {
            index = cursorIndex + withBytes { PyStr.countCodePoints($0, cursorByte, byteOffset) }
        } else if byteOffset < cursorByte && cursorByte - byteOffset <= 4096 {
            index = cursorIndex - withBytes { PyStr.countCodePoints($0, byteOffset, cursorByte) }
        } else {
            index = s.codePointIndex(byteOffset: byteOffset)
        }
        cursorByte = byteOffset
        cursorIndex = index
        return index
    }

    @inline(__always)
    func byteOffset(_ index: Int) -> Int {
        guard let s = str else { return index }
        return s.byteOffset(codePoint: index)
    }

    /// The piece between two byte offsets, as str or bytes.
    @inline(__always)
    func slice(_ lo: Int, _ hi: Int) -> Value {
        if let s = str { return .str(RegexSubject.strSlice(s, lo, hi)) }
        return .object(PyBytes(withBytes { RegexSubject.copyBytes($0, lo, hi) }))
    }

    static func strSlice(_ s: PyStr, _ lo: Int, _ hi: Int) -> PyStr {
        let n = hi - lo
        if n <= 0 { return PyStr.empty }
        if n == s.byteCount { return s }
        return s.withUTF8 { PyStr.fromBytes($0, lo, hi, knownASCII: s.isASCII) }
    }

    static func copyBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> [UInt8] {
        hi <= lo ? [] : Array(UnsafeBufferPointer(rebasing: bytes[lo..<hi]))
    }

    /// An empty str or bytes of the subject's kind.
    var empty: Value { isText ? .str(PyStr.empty) : .object(PyBytes([])) }
}

/// re.Match.
final class RegexMatchObject: PyObject, CustomRepr, NativeAttributes, NativeSubscript {
    let pattern: RegexPatternObject
    let subject: RegexSubject
    /// Byte offsets, two per group, -1 for groups that did not take part.
    let offsets: [Int]
    let pos: Int
    let endpos: Int

    override var type: PyType { BuiltinTypes.reMatch }

    init(pattern: RegexPatternObject, subject: RegexSubject, offsets: [Int], pos: Int, endpos: Int) {
        self.pattern = pattern
        self.subject = subject
        self.offsets = offsets
        self.pos = pos
        self.endpos = endpos
    }

    var groupCount: Int { pattern.regex.groupCount }

    /// A group argument (index or name) as a group number; IndexError otherwise.
    func groupIndex(_ v: Value) throws -> Int {
        switch v {
        case .int(let i) where i >= 0 && i <= groupCount: return i
        case .bool(let b): return b ? 1 : 0
        case .str(let s):
            if let g = pattern.regex.groupNames.first(where: { $0.0 == s.string })?.1 { return g }
        default: break
        }
        throw PyException.indexError("no such group")
    }

    /// The text of group `g`, or `default` when it did not take part.
    func group(_ g: Int, default d: Value = .none) -> Value {
        let lo = offsets[2 * g], hi = offsets[2 * g + 1]
        if lo < 0 { return d }
        return subject.slice(lo, hi)
    }

    /// (start, end) of group g in Python indices; (-1, -1) when unset.
    func span(_ g: Int) -> (Int, Int) {
        let lo = offsets[2 * g], hi = offsets[2 * g + 1]
        if lo < 0 { return (-1, -1) }
        let start = subject.codePointIndex(lo)
        let end = hi == lo ? start : subject.codePointIndex(hi)
        return (start, end)
    }

    /// The number of the group that closed last (sre's lastindex): among the groups that
    /// matched, the one ending furthest right; on a tie an enclosing group closes after the
    /// groups it contains, and otherwise the later group closes last.
    var lastIndex: Int? {
        var best: Int? = nil
        let parents = pattern.regex.program.groupParents
        for g in stride(from: 1, through: groupCount, by: 1) where offsets[2 * g] >= 0 {
            guard let b = best else { best = g; continue }
            let end = offsets[2 * g + 1], bestEnd = offsets[2 * b + 1]
            if end > bestEnd { best = g; continue }
            if end < bestEnd { continue }
            // g > b: g is nested in b (then b closes last) or follows it (then g does).
            var p = parents[g]
            var nested = false
            while p > 0 { if p == b { nested = true; break }; p = parents[p] }
            if !nested { best = g }
        }
        return best
    }

    func attribute(_ name: String, _ interp: Interp) throws -> Value? {
        switch name {
        case "string": return subject.value
        case "re": return .object(pattern)
        case "pos": return .int(pos)
        case "endpos": return .int(endpos)
        case "lastindex": return lastIndex.map { .int($0) } ?? Value.none
        case "lastgroup":
            guard let g = lastIndex, let name = pattern.regex.groupNames.first(where: { $0.1 == g })?.0 else { return Value.none }
            return .str(PyStr.from(name))
        case "regs":
            return .tuple(PyTuple((0...groupCount).map { g in
                let (s, e) = span(g)
                return .tuple(PyTuple([.int(s), .int(e)]))
            }))
        default: return nil
        }
    }

    func getItem(_ key: Value, _ interp: Interp) throws -> Value {
        group(try groupIndex(key))
    }

    func repr(_ interp: Interp) throws -> String {
        let (s, e) = span(0)
        return "<re.Match object; span=(\(s), \(e)), match=\(try interp.repr(group(0)))>"
    }

    /// Match.expand: the template with group references filled in.
    func expand(_ pieces: [RegexTemplatePiece], into out: inout [UInt8]) {
        offsets.withUnsafeBufferPointer { RegexMatchObject.expand(pieces, subject, $0.baseAddress!, into: &out) }
    }

    /// Appends a parsed template for the match with `offsets` (used by sub() without making
    /// Match objects).
    static func expand(_ pieces: [RegexTemplatePiece], _ subject: RegexSubject, _ offsets: UnsafePointer<Int>, into out: inout [UInt8]) {
        for piece in pieces {
            switch piece {
            case .literal(let cps):
                if subject.isText {
                    for c in cps { appendUTF8(c, to: &out) }
                } else {
                    for c in cps { out.append(UInt8(truncatingIfNeeded: c)) }
                }
            case .group(let g):
                let lo = offsets[2 * g], hi = offsets[2 * g + 1]
                if lo >= 0 && hi > lo { subject.withBytes { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[lo..<hi])) } }
            }
        }
    }
}

private func matchSelf(_ a: Arguments, _ method: String) throws -> RegexMatchObject {
    guard let first = a.positional.first, case .object(let o) = first, let m = o as? RegexMatchObject else {
        throw PyException.typeError("descriptor '\(method)' for 're.Match' objects doesn't apply to a '\(a.positional.first.map(typeName) ?? "NoneType")' object")
    }
    return m
}

func installMatchMethods(_ t: PyType) {
    defineMethod(t, "group") { _, a in
        let m = try matchSelf(a, "group")
        if !a.keywords.isEmpty { throw PyException.typeError("Match.group() takes no keyword arguments") }
        if a.count == 1 { return m.group(0) }
        if a.count == 2 { return m.group(try m.groupIndex(a[1])) }
        return .tuple(PyTuple(try a.positional.dropFirst().map { m.group(try m.groupIndex($0)) }))
    }
    defineMethod(t, "__getitem__") { interp, a in
        let m = try matchSelf(a, "__getitem__")
        try a.expectAfterSelf("__getitem__", 1)
        return try m.getItem(a[1], interp)
    }
    defineMethod(t, "groups") { _, a in
        let m = try matchSelf(a, "groups")
        let p = try a.bindAfterSelf("groups", ["default"])
        let d = p[0] ?? Value.none
        return .tuple(PyTuple((0..<m.groupCount).map { m.group($0 + 1, default: d) }))
    }
    defineMethod(t, "groupdict") { interp, a in
        let m = try matchSelf(a, "groupdict")
        let p = try a.bindAfterSelf("groupdict", ["default"])
        let d = p[0] ?? Value.none
        let out = PyDict()
        for (name, g) in m.pattern.regex.groupNames {
            try out.set(.str(PyStr.from(name)), m.group(g, default: d), interp)
        }
        return .dict(out)
    }
    for name in ["start", "end", "span"] {
        defineMethod(t, name) { _, a in
            let m = try matchSelf(a, name)
            if !a.keywords.isEmpty { throw PyException.typeError("Match.\(name)() takes no keyword arguments") }
            if a.count > 2 {
                throw PyException.typeError("\(name) expected at most 1 argument, got \(a.count - 1)")
            }
            let g = a.count == 1 ? 0 : try m.groupIndex(a[1])
            let (s, e) = m.span(g)
            switch name {
            case "start": return .int(s)
            case "end": return .int(e)
            default: return .tuple(PyTuple([.int(s), .int(e)]))
            }
        }
    }
    defineMethod(t, "expand") { _, a in
        let m = try matchSelf(a, "expand")
        let p = try a.bindAfterSelf("expand", ["template"], required: 1)
        let pieces = try m.pattern.template(p[0]!)
        var out: [UInt8] = []
        m.expand(pieces, into: &out)
        return m.subject.isText ? .str(PyStr.copying(out)) : .object(PyBytes(out))
    }
    defineMethod(t, "__copy__") { _, a in a[0] }
    defineMethod(t, "__deepcopy__") { _, a in a[0] }
}
