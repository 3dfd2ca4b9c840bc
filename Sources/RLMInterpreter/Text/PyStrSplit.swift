/// split / rsplit / splitlines / strip family / join, all working on byte offsets so that huge
/// strings are processed in one pass without code point indexing.
extension PyStr {
    /// Whitespace test for the code point starting at byte `p`; returns (isSpace, width).
    @inline(__always)
    static func spaceAt(_ b: UnsafeBufferPointer<UInt8>, _ p: Int) -> (Bool, Int) {
        let c = b[p]
        if c < 0x80 { return (PyUnicode.asciiSpace(c), 1) }
        let (cp, w) = decodeUTF8(b, p)
        return (PyUnicode.isSpace(cp), w)
    }

    /// Whitespace test for the code point ending just before byte `end`; returns (isSpace, start).
    @inline(__always)
    static func spaceBefore(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> (Bool, Int) {
        let c = b[end - 1]
        if c < 0x80 { return (PyUnicode.asciiSpace(c), end - 1) }
        var p = end - 1
        while b[p] & 0xC0 == 0x80 { p -= 1 }
        return (PyUnicode.isSpace(decodeUTF8(b, p).cp), p)
    }

    /// Room for this many pieces up front (as CPython's split preallocates): most splits in
    /// loops cut a line into a few fields and would otherwise grow the array two or three times.
    static let splitPrealloc = 12

    /// str.split(sep, maxsplit). `sep == nil` splits on runs of whitespace and drops empty
    /// pieces; an explicit separator keeps them.
    public func split(_ sep: PyStr? = nil, maxsplit: Int = -1) throws -> [PyStr] {
        try split(sep, maxsplit: maxsplit) { $0 }
    }

    /// `split` building any array of pieces (the str method builds `[Value]` directly).
    @inline(__always)
    func split<Piece>(_ sep: PyStr?, maxsplit: Int, as piece: (PyStr) -> Piece) throws -> [Piece] {
        var limit = maxsplit < 0 ? Int.max : maxsplit
        let n = utf8.count
        let ascii = isASCII
        guard let sep = sep else {
            return utf8.withUnsafeBufferPointer { b -> [Piece] in
                var out: [Piece] = []
                out.reserveCapacity(PyStr.splitPrealloc)
                var i = 0
                while limit > 0 {
                    limit -= 1
                    while i < n { let (sp, w) = PyStr.spaceAt(b, i); if !sp { break }; i += w }
                    if i == n { break }
                    let j = i
                    i += utf8Width(b[i])
                    while i < n { let (sp, w) = PyStr.spaceAt(b, i); if sp { break }; i += w }
                    out.append(piece(j == 0 && i == n ? self : PyStr.fromBytes(b, j, i, knownASCII: ascii)))
                }
                if i < n {
                    while i < n { let (sp, w) = PyStr.spaceAt(b, i); if !sp { break }; i += w }
                    if i != n { out.append(piece(PyStr.fromBytes(b, i, n, knownASCII: ascii))) }
                }
                return out
            }
        }
        let m = sep.byteCount
        if m == 0 { throw TextError.valueError("empty separator") }
        return withUTF8 { b in
            sep.withUTF8 { sb in
                var out: [Piece] = []
                out.reserveCapacity(PyStr.splitPrealloc)
                var p = 0
                while limit > 0 {
                    let r = ByteSearch.find(b, sb, p, n)
                    if r < 0 { break }
                    out.append(piece(PyStr.fromBytes(b, p, r, knownASCII: ascii)))
                    p = r + m
                    limit -= 1
                }
                out.append(piece(p == 0 ? self : PyStr.fromBytes(b, p, n, knownASCII: ascii)))
                return out
            }
        }
    }

    /// str.rsplit(sep, maxsplit): like split but the splits are made from the right.
    public func rsplit(_ sep: PyStr? = nil, maxsplit: Int = -1) throws -> [PyStr] {
        try rsplit(sep, maxsplit: maxsplit) { $0 }
    }

    /// `rsplit` building any array of pieces.
    @inline(__always)
    func rsplit<Piece>(_ sep: PyStr?, maxsplit: Int, as piece: (PyStr) -> Piece) throws -> [Piece] {
        var limit = maxsplit < 0 ? Int.max : maxsplit
        let ascii = isASCII
        guard let sep = sep else {
            return utf8.withUnsafeBufferPointer { b -> [Piece] in
                var out: [Piece] = []
                out.reserveCapacity(PyStr.splitPrealloc)
                var i = b.count
                while limit > 0 {
                    limit -= 1
                    while i > 0 { let (sp, s) = PyStr.spaceBefore(b, i); if !sp { break }; i = s }
                    if i == 0 { break }
                    let j = i
                    i -= 1
                    while b[i] & 0xC0 == 0x80 { i -= 1 }
                    while i > 0 { let (sp, s) = PyStr.spaceBefore(b, i); if sp { break }; i = s }
                    out.append(piece(PyStr.fromBytes(b, i, j, knownASCII: ascii)))
                }
                if i > 0 {
                    while i > 0 { let (sp, s) = PyStr.spaceBefore(b, i); if !sp { break }; i = s }
                    if i != 0 { out.append(piece(PyStr.fromBytes(b, 0, i, knownASCII: ascii))) }
                }
                out.reverse()
                return out
            }
        }
        let m = sep.byteCount
        if m == 0 { throw TextError.valueError("empty separator") }
        let n = byteCount
        return withUTF8 { b in
            sep.withUTF8 { sb in
                var out: [Piece] = []
                out.reserveCapacity(PyStr.splitPrealloc)
                var end = n
                while limit > 0 {
                    let r = ByteSearch.rfind(b, sb, 0, end)
                    if r < 0 { break }
                    out.append(piece(PyStr.fromBytes(b, r + m, end, knownASCII: ascii)))
                    end = r
                    limit -= 1
                }
                out.append(piece(end == n ? self : PyStr.fromBytes(b, 0, end, knownASCII: ascii)))
                out.reverse()
                return out
            }
        }
    }

    /// str.splitlines(keepends): breaks at \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
    public func splitlines(keepends: Bool = false) -> [PyStr] {
        splitlines(keepends: keepends) { $0 }
    }

    /// `splitlines` building any array of pieces.
    @inline(__always)
    func splitlines<Piece>(keepends: Bool, as piece: (PyStr) -> Piece) -> [Piece] {
        let ascii = isASCII
        return utf8.withUnsafeBufferPointer { b -> [Piece] in
            var out: [Piece] = []
            out.reserveCapacity(PyStr.splitPrealloc)
            let n = b.count
            var lineStart = 0
            var i = 0
            while i < n {
                let c = b[i]
                var breakLen = 0
                if c < 0x80 {
                    // Every ASCII line boundary is in 0x0A...0x1E; one compare skips ordinary text.
                    if c > 0x1E || c < 0x0A { i += 1; continue }
                    if c == 0x0D {
                        breakLen = (i + 1 < n && b[i + 1] == 0x0A) ? 2 : 1
                    } else if c <= 0x0C || c >= 0x1C {
                        breakLen = 1
                    }
                } else if c == 0xC2 && i + 1 < n && b[i + 1] == 0x85 {
                    breakLen = 2
                } else if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) {
                    breakLen = 3
                }
                if breakLen == 0 { i += 1; continue }
                out.append(piece(PyStr.fromBytes(b, lineStart, keepends ? i + breakLen : i, knownASCII: ascii)))
                i += breakLen
                lineStart = i
            }
            if lineStart < n { out.append(piece(lineStart == 0 ? self : PyStr.fromBytes(b, lineStart, n, knownASCII: ascii))) }
            return out
        }
    }

    // MARK: strip

    /// A membership test for strip(chars): a bitmap for ASCII, a set otherwise.
    struct CharSet {
        private var low: UInt64 = 0, high: UInt64 = 0
        private var others = Set<UInt32>()
        init(_ chars: PyStr) {
            for cp in chars.codePoints {
                if cp < 64 { low |= 1 << UInt64(cp) } else if cp < 128 { high |= 1 << UInt64(cp - 64) } else { others.insert(cp) }
            }
        }
        @inline(__always)
        func contains(_ cp: UInt32) -> Bool {
            if cp < 64 { return low & (1 << UInt64(cp)) != 0 }
            if cp < 128 { return high & (1 << UInt64(cp - 64)) != 0 }
            return !others.isEmpty && others.contains(cp)
        }
    }

    /// Byte range left after stripping; `chars == nil` strips whitespace.
    func stripRange(_ chars: PyStr?, left: Bool, right: Bool) -> (Int, Int) {
        withUTF8 { b in
            var lo = 0
            var hi = b.count
            guard let chars = chars else {
                if left { while lo < hi { let (sp, w) = PyStr.spaceAt(b, lo); if !sp { break }; lo += w } }
                if right { while hi > lo { let (sp, s) = PyStr.spaceBefore(b, hi); if !sp { break }; hi = s } }
                return (lo, hi)
            }
            let set = CharSet(chars)
            if left {
                while lo < hi {
                    let (cp, w) = decodeUTF8(b, lo)
                    if !set.contains(cp) { break }
                    lo += w
                }
            }
            if right {
                while hi > lo {
                    let (cp, s) = decodeUTF8Backward(b, hi)
                    if !set.contains(cp) { break }
                    hi = s
                }
            }
            return (lo, hi)
        }
    }

    public func strip(_ chars: PyStr? = nil) -> PyStr {
        let (lo, hi) = stripRange(chars, left: true, right: true)
        return bytesSlice(lo, hi)
    }

    public func lstrip(_ chars: PyStr? = nil) -> PyStr {
        let (lo, hi) = stripRange(chars, left: true, right: false)
        return bytesSlice(lo, hi)
    }

    public func rstrip(_ chars: PyStr? = nil) -> PyStr {
        let (lo, hi) = stripRange(chars, left: false, right: true)
        return bytesSlice(lo, hi)
    }

    // MARK: join

    /// `self.join(items)`; one allocation for the result.
    public func join(_ items: [PyStr]) -> PyStr { join(items) { $0 } }

    /// `join` over values the caller has checked are all strs. Each is read where it lies
    /// (unretained; `items` keeps it alive): the general form's closure returns each string
    /// retained, twice per item.
    func join(strValues items: [Value]) -> PyStr {
        if items.count == 1, case .str(let only) = items[0] { return only }
        if items.isEmpty { return PyStr.empty }
        @inline(__always) func item(_ k: Int) -> Unmanaged<PyStr> { items[k].unretainedStr.unsafelyUnwrapped }
        var bytes = byteCount * (items.count - 1)
        var cps = count * (items.count - 1)
        for k in items.indices {
            item(k)._withUnsafeGuaranteedRef { bytes += $0.byteCount; cps += $0.count }
        }
        let sepBytes = byteCount
        return withUTF8 { sep in
            PyStr.make(byteCount: bytes, count: cps) { out in
                var p = out
                for k in items.indices {
                    if k > 0 && sepBytes > 0 { p.update(from: sep.baseAddress!, count: sepBytes); p += sepBytes }
                    item(k)._withUnsafeGuaranteedRef {
                        $0.withUTF8 { b in
                            if let base = b.baseAddress { p.update(from: base, count: b.count) }
                            p += b.count
                        }
                    }
                }
            }
        }
    }

    /// `join` over any collection whose elements are (or hold) strings, without first
    /// gathering them into an array.
    @inline(__always)
    func join<C: RandomAccessCollection>(_ items: C, _ string: (C.Element) -> PyStr) -> PyStr {
        if items.isEmpty { return PyStr.empty }
        if items.count == 1 { return string(items.first!) }
        var bytes = 0
        var cps = 0
        for item in items { let s = string(item); bytes += s.byteCount; cps += s.count }
        let sepBytes = byteCount
        bytes += sepBytes * (items.count - 1)
        cps += count * (items.count - 1)
        return withUTF8 { sep in
            PyStr.make(byteCount: bytes, count: cps) { out in
                var p = out
                for (k, item) in items.enumerated() {
                    if k > 0 && sepBytes > 0 { p.update(from: sep.baseAddress!, count: sepBytes); p += sepBytes }
                    string(item).withUTF8 { b in
                        if let base = b.baseAddress { p.update(from: base, count: b.count) }
                        p += b.count
                    }
                }
            }
        }
    }
}
