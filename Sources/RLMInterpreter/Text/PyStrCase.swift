/// Case conversion and the is*() predicates, following CPython's unicodeobject.c loop by loop
/// (full mappings, final-sigma rule, title-casing by the Cased property). ASCII strings take
/// byte-table fast paths since they are the common case for large texts.
extension PyStr {
    /// An unchanged string is returned as is; otherwise the bytes up to the first change are
    /// copied and the rest mapped, straight into the new string.
    private func mapASCII(_ f: (UInt8) -> UInt8) -> PyStr {
        withUTF8 { src in
            let n = src.count
            var i = 0
            while i < n && f(src[i]) == src[i] { i += 1 }
            if i == n { return self }
            return PyStr.make(byteCount: n, count: count) { dst in
                dst.update(from: src.baseAddress!, count: i)
                while i < n { dst[i] = f(src[i]); i += 1 }
            }
        }
    }

    public func lower() -> PyStr {
        if isASCII { return mapASCII { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        return mapCase(ascii: { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }) { c, start, end, b in
            self.appendLowerWithSigma(c, start, end, &b)
        }
    }

    public func upper() -> PyStr {
        if isASCII { return mapASCII { $0 >= 0x61 && $0 <= 0x7A ? $0 & 0xDF : $0 } }
        return mapCase(ascii: { $0 >= 0x61 && $0 <= 0x7A ? $0 & 0xDF : $0 }) { c, _, _, b in
            PyUnicode.appendUpper(c, &b)
        }
    }

    public func casefold() -> PyStr {
        if isASCII { return lower() }
        return mapCase(ascii: { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }) { c, _, _, b in
            PyUnicode.appendFolded(c, &b)
        }
    }

    /// Case mapping of text that is mostly ASCII (a log with a few accented lines): ASCII
    /// bytes map through `ascii` in a tight loop; other code points go through `other` with
    /// their byte range (final sigma looks at its neighbours).
    @inline(__always)
    private func mapCase(ascii: (UInt8) -> UInt8, other: (UInt32, Int, Int, inout PyStrBuilder) -> Void) -> PyStr {
        var b = PyStrBuilder(capacity: byteCount)
        withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                if c < 0x80 {
                    b.appendASCII(ascii(c))
                    i += 1
                    continue
                }
                let (cp, w) = decodeUTF8(bytes, i)
                other(cp, i, i + w, &b)
                i += w
            }
        }
        return b.build()
    }

    public func swapcase() -> PyStr {
        if isASCII {
            return mapASCII { c in
                if c >= 0x41 && c <= 0x5A { return c | 0x20 }
                if c >= 0x61 && c <= 0x7A { return c & 0xDF }
                return c
            }
        }
        var b = PyStrBuilder(capacity: utf8.count)
        var it = codePoints
        var at = 0
        while let c = it.next() {
            if PyUnicode.isUpper(c) {
                appendLowerWithSigma(c, at, it.byteOffset, &b)
            } else if PyUnicode.isLower(c) {
                PyUnicode.appendUpper(c, &b)
            } else {
                b.append(codePoint: c)
            }
            at = it.byteOffset
        }
        return b.build()
    }

    /// First character title-cased, the rest lower-cased (CPython >= 3.8).
    public func capitalize() -> PyStr {
        if count == 0 { return self }
        var b = PyStrBuilder(capacity: utf8.count)
        var it = codePoints
        PyUnicode.appendTitle(it.next()!, &b)
        var at = it.byteOffset
        while let c = it.next() {
            appendLowerWithSigma(c, at, it.byteOffset, &b)
            at = it.byteOffset
        }
        return b.build()
    }

    /// Title-cases the first cased character after any uncased one ("they're" -> "They'Re").
    public func title() -> PyStr {
        var b = PyStrBuilder(capacity: utf8.count)
        var previousIsCased = false
        var it = codePoints
        var at = 0
        while let c = it.next() {
            if previousIsCased {
                appendLowerWithSigma(c, at, it.byteOffset, &b)
            } else {
                PyUnicode.appendTitle(c, &b)
            }
            previousIsCased = PyUnicode.isCased(c)
            at = it.byteOffset
        }
        return b.build()
    }

    /// CPython's lower_ucs4 for the code point `c` occupying bytes [start, end): capital sigma
    /// becomes final sigma when preceded by a cased letter (skipping case-ignorables) and not
    /// followed by one.
    private func appendLowerWithSigma(_ c: UInt32, _ start: Int, _ end: Int, _ b: inout PyStrBuilder) {
        if c != 0x3A3 { PyUnicode.appendLower(c, &b); return }
        b.append(codePoint: isFinalSigma(start, end) ? 0x3C2 : 0x3C3)
    }

    private func isFinalSigma(_ start: Int, _ end: Int) -> Bool {
        var j = start
        var precededByCased = false
        while j > 0 {
            let (cp, s) = decodeUTF8Backward(utf8, j)
            j = s
            if !PyUnicode.isCaseIgnorable(cp) { precededByCased = PyUnicode.isCased(cp); break }
        }
        if !precededByCased { return false }
        var k = end
        while k < utf8.count {
            let (cp, w) = decodeUTF8(utf8, k)
            if !PyUnicode.isCaseIgnorable(cp) { return !PyUnicode.isCased(cp) }
            k += w
        }
        return true
    }

    // MARK: predicates

    /// True when the string is non-empty and every code point satisfies `f`.
    @inline(__always)
    private func allNonEmpty(_ f: (UInt32) -> Bool) -> Bool {
        count != 0 && allCodePoints(f)
    }

    public func isascii() -> Bool { isASCII }
    public func isalpha() -> Bool { allNonEmpty(PyUnicode.isAlpha) }
    public func isalnum() -> Bool { allNonEmpty(PyUnicode.isAlnum) }
    public func isdecimal() -> Bool { allNonEmpty(PyUnicode.isDecimal) }
    public func isdigit() -> Bool { allNonEmpty(PyUnicode.isDigit) }
    public func isnumeric() -> Bool { allNonEmpty(PyUnicode.isNumeric) }
    public func isspace() -> Bool { allNonEmpty(PyUnicode.isSpace) }

    /// Empty strings are printable.
    public func isprintable() -> Bool {
        allCodePoints(PyUnicode.isPrintable)
    }

    /// No lowercase or titlecase characters and at least one uppercase one.
    public func isupper() -> Bool {
        var cased = false
        for c in codePoints {
            if PyUnicode.isLower(c) || PyUnicode.isTitle(c) { return false }
            if !cased && PyUnicode.isUpper(c) { cased = true }
        }
        return cased
    }

    public func islower() -> Bool {
        var cased = false
        for c in codePoints {
            if PyUnicode.isUpper(c) || PyUnicode.isTitle(c) { return false }
            if !cased && PyUnicode.isLower(c) { cased = true }
        }
        return cased
    }

    /// Uppercase/titlecase only after uncased characters, lowercase only after cased ones.
    public func istitle() -> Bool {
        var cased = false
        var previousIsCased = false
        for c in codePoints {
            if PyUnicode.isUpper(c) || PyUnicode.isTitle(c) {
                if previousIsCased { return false }
                previousIsCased = true
                cased = true
            } else if PyUnicode.isLower(c) {
                if !previousIsCased { return false }
                previousIsCased = true
                cased = true
            } else {
                previousIsCased = false
            }
        }
        return cased
    }

    /// XID_Start (or '_') followed by XID_Continue characters. Keywords count as identifiers.
    public func isidentifier() -> Bool {
        var first = true
        for c in codePoints {
            if first {
                if !(PyUnicode.isXIDStart(c) || c == 0x5F) { return false }
                first = false
            } else if !PyUnicode.isXIDContinue(c) {
                return false
            }
        }
        return !first
    }
}
