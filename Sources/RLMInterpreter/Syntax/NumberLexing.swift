// Numeric literals, following CPython 3.11's tokenizer so that malformed literals get the
// same messages at the same columns ("invalid decimal literal", "leading zeros ...").

extension Lexer {
    /// Lexes the number starting at `pos` (a digit, or "." followed by a digit).
    func lexNumber() throws {
        let start = pos
        if scalars[pos] == "0", let radix = radixPrefix(peek(1)) {
            pos += 2
            let digits = try radixDigits(radix)
            try verifyEndOfNumber(radix.kind)
            emit(.number(integerConstant(digits, base: radix.base)), from: start, to: pos)
            return
        }
        var integerEnd = pos
        if scalars[pos] != "." {
            if scalars[pos] == "0" {
                try lexLeadingZeros()
            } else {
                try decimalTail()
            }
            integerEnd = pos
        }
        var isFloat = false
        if pos < count && scalars[pos] == "." {
            isFloat = true
            pos += 1
            if pos < count && Lex.isDigit(scalars[pos]) { try decimalTail() }
        }
        if pos < count && (scalars[pos] == "e" || scalars[pos] == "E") {
            if try lexExponent() { isFloat = true }
        }
        if pos < count && (scalars[pos] == "j" || scalars[pos] == "J") {
            let text = literalText(start, pos)
            pos += 1
            try verifyEndOfNumber("imaginary")
            emit(.number(.imaginary(parseFloat(text))), from: start, to: pos)
            return
        }
        if isFloat {
            try verifyEndOfNumber("decimal")
            emit(.number(.float(parseFloat(literalText(start, pos)))), from: start, to: pos)
            return
        }
        if scalars[start] == "0" && literalText(start, integerEnd).contains(where: { $0 != "0" }) {
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        at: start)
        }
        try verifyEndOfNumber("decimal")
        emit(.number(integerConstant(Array(literalText(start, pos).utf8), base: 10)), from: start, to: pos)
    }

    func radixPrefix(_ c: Unicode.Scalar?) -> (base: Int, kind: String)? {
        switch c {
        case "x", "X": return (16, "hexadecimal")
        case "o", "O": return (8, "octal")
        case "b", "B": return (2, "binary")
        default: return nil
        }
    }

    /// The digits of a 0x/0o/0b literal as ASCII bytes, underscores removed.
    func radixDigits(_ radix: (base: Int, kind: String)) throws -> [UInt8] {
        var digits: [UInt8] = []
        repeat {
            if pos < count && scalars[pos] == "_" { pos += 1 }
            guard pos < count, let first = digitValue(scalars[pos]), first < radix.base else {
                if radix.base < 10, pos < count, Lex.isDigit(scalars[pos]) {
                    throw error("invalid digit '\(scalars[pos])' in \(radix.kind) literal", at: pos)
                }
                throw error("invalid \(radix.kind) literal", at: pos - 1)
            }
            while pos < count, let d = digitValue(scalars[pos]), d < radix.base {
                digits.append(UInt8(scalars[pos].value))
                pos += 1
            }
        } while pos < count && scalars[pos] == "_"
        if radix.base < 10, pos < count, Lex.isDigit(scalars[pos]) {
            throw error("invalid digit '\(scalars[pos])' in \(radix.kind) literal", at: pos)
        }
        return digits
    }

    func digitValue(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "0"..."9": return Int(c.value - 48)
        case "a"..."f": return Int(c.value - 87)
        case "A"..."F": return Int(c.value - 55)
        default: return nil
        }
    }

    /// Digits with single underscores between them.
    func decimalTail() throws {
        while true {
            while pos < count && Lex.isDigit(scalars[pos]) { pos += 1 }
            guard pos < count && scalars[pos] == "_" else { return }
            pos += 1
            guard pos < count && Lex.isDigit(scalars[pos]) else {
                throw error("invalid decimal literal", at: pos - 1)
            }
        }
    }

    /// "0", "00", "0_0" are fine; "012" is rejected later unless a fraction, exponent or j follows.
    func lexLeadingZeros() throws {
        while pos < count {
            if scalars[pos] == "_" {
                pos += 1
                guard pos < count && Lex.isDigit(scalars[pos]) else {
                    throw error("invalid decimal literal", at: pos - 1)
                }
            }
            if scalars[pos] != "0" { break }
            pos += 1
        }
        if pos < count && Lex.isDigit(scalars[pos]) { try decimalTail() }
    }

    /// At an "e": returns true when an exponent was consumed, false when the "e" begins a
    /// keyword such as `else` (CPython accepts `1else` with a warning).
    func lexExponent() throws -> Bool {
        let ePos = pos
        pos += 1
        if pos < count && (scalars[pos] == "+" || scalars[pos] == "-") {
            pos += 1
            guard pos < count && Lex.isDigit(scalars[pos]) else {
                throw error("invalid decimal literal", at: pos - 1)
            }
        } else if !(pos < count && Lex.isDigit(scalars[pos])) {
            pos = ePos
            try verifyEndOfNumber("decimal")
            return false
        }
        try decimalTail()
        return true
    }

    /// A number may not run into a name ("1abc"), except for the keywords that can
    /// legitimately follow one ("1if x else 2").
    func verifyEndOfNumber(_ kind: String) throws {
        guard pos < count else { return }
        let c = scalars[pos]
        guard c.value < 128 && Lex.isIdentifierChar(c) else { return }
        if c == "i", pos + 1 < count, ["f", "n", "s"].contains(scalars[pos + 1]) { return }
        for keyword in ["and", "else", "for", "not", "or"] where followsKeyword(keyword) {
            return
        }
        throw error("invalid \(kind) literal", at: pos - 1)
    }

    /// `keyword` comes next and is not the start of a longer name.
    func followsKeyword(_ text: String) -> Bool {
        var i = pos
        for u in text.unicodeScalars {
            guard i < count && scalars[i] == u else { return false }
            i += 1
        }
        return i >= count || !(scalars[i].value >= 128 || Lex.isIdentifierChar(scalars[i]))
    }

    /// The literal's ASCII text without underscores.
    func literalText(_ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        for i in start..<end where scalars[i] != "_" { bytes.append(UInt8(truncatingIfNeeded: scalars[i].value)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    func parseFloat(_ text: String) -> Double {
        // Swift's parser wants digits on both sides of the point.
        var t = text
        if t.hasPrefix(".") { t = "0" + t }
        if let dot = t.firstIndex(of: ".") {
            let next = t.index(after: dot)
            if next == t.endIndex || t[next] == "e" || t[next] == "E" { t.insert("0", at: next) }
        }
        return Double(t) ?? .infinity
    }
}

/// An integer literal's value: `.int` when it fits, otherwise `.bigInt` with decimal digits.
func integerConstant(_ digits: [UInt8], base: Int) -> Constant {
    var value = 0
    var overflow = false
    for d in digits where d != UInt8(ascii: "_") {
        let digit = hexDigitValue(d)
        let (m, o1) = value.multipliedReportingOverflow(by: base)
        let (s, o2) = m.addingReportingOverflow(digit)
        if o1 || o2 { overflow = true; break }
        value = s
    }
    if !overflow { return .int(value) }
    return .bigInt(decimalString(digits, base: base))
}

private func hexDigitValue(_ d: UInt8) -> Int {
    switch d {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(d) - 48
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(d) - 87
    default: return Int(d) - 55
    }
}

/// Base conversion on limbs of 10^9, little-endian: enough for literals of any size.
func decimalString(_ digits: [UInt8], base: Int) -> String {
    let limbBase: UInt64 = 1_000_000_000
    var limbs: [UInt64] = [0]
    for d in digits where d != UInt8(ascii: "_") {
        var carry = UInt64(hexDigitValue(d))
        for i in 0..<limbs.count {
            let v = limbs[i] * UInt64(base) + carry
            limbs[i] = v % limbBase
            carry = v / limbBase
        }
        while carry > 0 {
            limbs.append(carry % limbBase)
            carry /= limbBase
        }
    }
    var text = String(limbs[limbs.count - 1])
    for limb in limbs.dropLast().reversed() {
        let part = String(limb)
        text += String(repeating: "0", count: 9 - part.count) + part
    }
    return text
}
