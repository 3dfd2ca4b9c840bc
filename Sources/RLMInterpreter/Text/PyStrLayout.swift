/// Padding, tab expansion and character translation.
extension PyStr {
    private func padded(left: Int, right: Int, fill: UInt32) -> PyStr {
        if left <= 0 && right <= 0 { return self }
        var b = PyStrBuilder(capacity: utf8.count + (left + right) * (fill < 0x80 ? 1 : 4))
        b.append(codePoint: fill, times: left)
        b.append(self)
        b.append(codePoint: fill, times: right)
        return b.build()
    }

    /// str.center; the odd extra fill goes left only when both margin and width are odd,
    /// which is CPython's rule.
    public func center(_ width: Int, fill: UInt32 = 0x20) -> PyStr {
        if width <= count { return self }   // also keeps width - count from overflowing
        let marg = width - count
        if marg <= 0 { return self }
        let left = marg / 2 + (marg & width & 1)
        return padded(left: left, right: marg - left, fill: fill)
    }

    public func ljust(_ width: Int, fill: UInt32 = 0x20) -> PyStr {
        if width <= count { return self }
        return padded(left: 0, right: width - count, fill: fill)
    }

    public func rjust(_ width: Int, fill: UInt32 = 0x20) -> PyStr {
        if width <= count { return self }
        return padded(left: width - count, right: 0, fill: fill)
    }

    /// Zeros go after a leading sign.
    public func zfill(_ width: Int) -> PyStr {
        if width <= count { return self }
        let fillCount = width - count
        if fillCount <= 0 { return self }
        var b = PyStrBuilder(capacity: width)
        var rest = 0
        if let first = utf8.first, first == 0x2B || first == 0x2D {
            b.append(codePoint: UInt32(first))
            rest = 1
        }
        b.append(codePoint: 0x30, times: fillCount)
        b.appendBytes(utf8, rest, utf8.count, codePoints: count - rest)
        return b.build()
    }

    /// Tabs advance to the next multiple of `tabsize` columns; \n and \r reset the column.
    public func expandtabs(_ tabsize: Int = 8) -> PyStr {
        if !utf8.contains(0x09) { return self }
        var b = PyStrBuilder(capacity: utf8.count + 8)
        var column = 0
        for c in codePoints {
            if c == 0x09 {
                if tabsize > 0 {
                    let incr = tabsize - column % tabsize
                    column += incr
                    b.append(codePoint: 0x20, times: incr)
                }
            } else {
                column += 1
                b.append(codePoint: c)
                if c == 0x0A || c == 0x0D { column = 0 }
            }
        }
        return b.build()
    }

    /// str.translate with a table already converted by the caller: a missing key keeps the
    /// character, a `nil` value (Python None) deletes it, a string replaces it.
    public func translate(_ table: [UInt32: PyStr?]) -> PyStr {
        // Resolve ASCII entries once; texts are mostly ASCII and the dictionary lookup dominates.
        var asciiEntries = [PyStr??](repeating: nil, count: 128)
        for (k, v) in table where k < 128 { asciiEntries[Int(k)] = .some(v) }
        var b = PyStrBuilder(capacity: utf8.count)
        for c in codePoints {
            let entry: PyStr?? = c < 128 ? asciiEntries[Int(c)] : table[c]
            switch entry {
            case .none: b.append(codePoint: c)
            case .some(.none): break
            case .some(.some(let s)): b.append(s)
            }
        }
        return b.build()
    }

    /// str.maketrans(x, y[, z]) as (key, value) pairs in dict insertion order; a nil value is
    /// None. (The one-argument dict form needs the object model and is left to the runtime.)
    public static func maketrans(_ x: PyStr, _ y: PyStr, _ z: PyStr? = nil) throws -> [(UInt32, UInt32?)] {
        if x.count != y.count {
            throw TextError.valueError("the first two maketrans arguments must have equal length")
        }
        var out: [(UInt32, UInt32?)] = []
        out.reserveCapacity(x.count + (z?.count ?? 0))
        for (a, b) in zip(x.codePoints, y.codePoints) { out.append((a, b)) }
        if let z = z { for c in z.codePoints { out.append((c, nil)) } }
        return out
    }
}
