#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// sys.get_int_max_str_digits(): CPython 3.11 refuses decimal conversions of longer ints.
nonisolated(unsafe) public var pythonIntMaxStrDigits = 4300

/// The result of int(str): a machine int when it fits, else a BigInt.
public enum ParsedInt: Equatable {
    case int(Int)
    case big(BigInt)

    public var bigValue: BigInt {
        switch self {
        case .int(let v): return BigInt(v)
        case .big(let b): return b
        }
    }
}

// MARK: int -> text

/// Digits of |v| in a base (lowercase), no sign, no prefix.
public func intDigits(_ v: Int, base: Int) -> String { String(v.magnitude, radix: base) }
public func intDigits(_ v: BigInt, base: Int) -> String { String(v.magnitude, radix: base) }

private func prefixed(_ negative: Bool, _ base: Int, _ digits: String) -> String {
    let p = base == 16 ? "0x" : base == 8 ? "0o" : "0b"
    return (negative ? "-" : "") + p + digits
}

/// hex()/oct()/bin() (base 16, 8, 2): "-0x1f".
public func pythonIntPrefixed(_ v: Int, base: Int) -> String {
    prefixed(v < 0, base, intDigits(v, base: base))
}

public func pythonIntPrefixed(_ v: BigInt, base: Int) -> String {
    prefixed(v.sign == .minus && !v.isZero, base, intDigits(v, base: base))
}

private func maxStrDigitsToStr(_ limit: Int) -> TextError {
    TextError.valueError("Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

/// str(int) for big values, enforcing the 4300-digit limit as CPython 3.11 does.
public func pythonIntToDecimal(_ v: BigInt) throws -> String {
    let limit = pythonIntMaxStrDigits
    // 3.33 bits per digit: anything this wide certainly exceeds the limit; skip the conversion.
    if limit > 0 && v.magnitude.bitWidth > limit * 4 { throw maxStrDigitsToStr(limit) }
    let s = String(v)
    let digits = v.sign == .minus ? s.utf8.count - 1 : s.utf8.count
    if limit > 0 && digits > limit { throw maxStrDigitsToStr(limit) }
    return s
}

/// int -> float correctly rounded (half-even), as CPython's PyLong_AsDouble; ±inf when the
/// rounded value exceeds the double range (the caller raises "int too large to convert to
/// float"). BigInt's own Double(_:) truncates, which shows in the last digits of format().
public func bigIntToDouble(_ v: BigInt) -> Double {
    let mag = v.magnitude
    let negative = v.sign == .minus
    let n = mag.bitWidth
    var d: Double
    if n <= 64 {
        d = Double(UInt64(mag))
    } else {
        let shift = n - 64
        if shift > 1100 { return negative ? -.infinity : .infinity }
        var top = UInt64(mag >> shift)
        // Fold the discarded bits into a sticky bit far below the rounding position, so the
        // single rounding done by Double(UInt64) is the correct one.
        if !(mag & ((BigUInt(1) << shift) - 1)).isZero { top |= 1 }
        d = Double(top) * Double(sign: .plus, exponent: shift, significand: 1)
    }
    return negative ? -d : d
}

// MARK: text -> int

/// CPython first maps Unicode whitespace to ' ' and Unicode decimal digits to ASCII; any other
/// non-ASCII character ends the text (making it invalid).
private func asciiNumberBytes(_ s: PyStr) -> [UInt8] {
    if s.isASCII { return s.utf8.array }
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    for cp in s.codePoints {
        if cp < 128 {
            out.append(UInt8(cp))
        } else if PyUnicode.isSpace(cp) {
            out.append(0x20)
        } else if let d = PyUnicode.decimalValue(cp) {
            out.append(UInt8(0x30 + d))
        } else {
            out.append(0x3F)
            break
        }
    }
    return out
}

/// After the Unicode transform CPython strips with C's isspace, which (unlike str.split)
/// does not include the ASCII separators \x1c-\x1f.
@inline(__always)
private func cSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

@inline(__always)
private func digitValue(_ c: UInt8) -> Int {
    switch c {
    case 0x30...0x39: return Int(c - 0x30)
    case 0x61...0x7A: return Int(c - 0x61 + 10)
    case 0x41...0x5A: return Int(c - 0x41 + 10)
    default: return 99
    }
}

/// int(text, base) with CPython's rules: surrounding whitespace, one sign, a base prefix when
/// base is 0 or matches, single underscores between digits, no leading zeros for base 0.
public func parsePythonInt(_ text: PyStr, base: Int = 10) throws -> ParsedInt {
    if (base != 0 && base < 2) || base > 36 {
        throw TextError.valueError("int() base must be >= 2 and <= 36, or 0")
    }
    if base == 10, text.isASCII, let v = text.withUTF8({ plainDecimal($0) }) { return .int(v) }
    let bytes = asciiNumberBytes(text)
    func invalid() -> TextError {
        var r = text.repr()
        if r.count > 200 { r = r.slice(start: 0, stop: 200, step: 1) }
        return TextError.valueError("invalid literal for int() with base \(base): \(r.string)")
    }
    let n = bytes.count
    var i = 0
    while i < n && cSpace(bytes[i]) { i += 1 }
    var negative = false
    if i < n && (bytes[i] == 0x2B || bytes[i] == 0x2D) { negative = bytes[i] == 0x2D; i += 1 }
    @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? bytes[k] : 0 }
    var b = base
    var errorIfNonzero = false
    if b == 0 {
        if at(i) != 0x30 { b = 10 } else {
            switch at(i + 1) | 0x20 {
            case 0x78: b = 16
            case 0x6F: b = 8
            case 0x62: b = 2
            default: errorIfNonzero = true; b = 10
            }
        }
    }
    if at(i) == 0x30 {
        let p = at(i + 1) | 0x20
        if (b == 16 && p == 0x78) || (b == 8 && p == 0x6F) || (b == 2 && p == 0x62) {
            i += 2
            if at(i) == 0x5F { i += 1 }
        }
    }
    if at(i) == 0x5F { throw invalid() }
    // Scan digits and single underscores.
    let start = i
    var digits = 0
    var prev: UInt8 = 0
    while i < n && (digitValue(bytes[i]) < b || bytes[i] == 0x5F) {
        if bytes[i] == 0x5F {
            if prev == 0x5F { throw invalid() }
        } else {
            digits += 1
        }
        prev = bytes[i]
        i += 1
    }
    if prev == 0x5F || digits == 0 { throw invalid() }
    let digitsEnd = i
    if b & (b - 1) != 0 && pythonIntMaxStrDigits > 0 && digits > pythonIntMaxStrDigits {
        throw TextError.valueError("Exceeds the limit (\(pythonIntMaxStrDigits) digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    while i < n && cSpace(bytes[i]) { i += 1 }
    if i != n { throw invalid() }

    // Accumulate in an Int while it cannot overflow, otherwise hand the digits to BigInt.
    var clean: [UInt8] = []
    clean.reserveCapacity(digits)
    for k in start..<digitsEnd where bytes[k] != 0x5F { clean.append(bytes[k]) }
    var result = ParsedInt.int(0)
    var v = 0
    var fits = true
    for c in clean {
        let (m, o1) = v.multipliedReportingOverflow(by: b)
        let (a, o2) = m.addingReportingOverflow(digitValue(c))
        if o1 || o2 { fits = false; break }
        v = a
    }
    if fits {
        result = .int(negative ? -v : v)
    } else {
        var big = BigInt(bigDigits(clean, base: b))
        if negative { big = -big }
        if let small = Int(exactly: big) { result = .int(small) } else { result = .big(big) }
    }
    if errorIfNonzero && result != .int(0) { throw invalid() }
    return result
}

/// The common `int(field)`: C whitespace and a sign around 1-18 ASCII digits, read in place
/// (the general parser below copies the text twice). nil for anything else, which the general
/// parser handles and gives the errors for.
private func plainDecimal(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    var n = b.count
    while i < n && cSpace(b[i]) { i += 1 }
    while n > i && cSpace(b[n - 1]) { n -= 1 }
    var negative = false
    if i < n && (b[i] == 0x2B || b[i] == 0x2D) { negative = b[i] == 0x2D; i += 1 }
    guard n - i > 0 && n - i <= 18 else { return nil }
    var v = 0
    while i < n {
        let d = Int(b[i]) &- 0x30
        guard d >= 0 && d <= 9 else { return nil }
        v = v &* 10 &+ d
        i += 1
    }
    return negative ? -v : v
}

/// Digits (validated, no underscores) to a magnitude, a machine word's worth at a time.
/// (BigInt's own parser stops at radix 35; Python goes to 36.)
private func bigDigits(_ digits: [UInt8], base: Int) -> BigUInt {
    var perWord = 0
    var power: UInt = 1
    while power <= UInt.max / UInt(base) { power *= UInt(base); perWord += 1 }
    var result = BigUInt(0)
    var i = 0
    while i < digits.count {
        let take = min(perWord, digits.count - i)
        var chunk: UInt = 0
        var scale: UInt = 1
        for k in i..<(i + take) {
            chunk = chunk * UInt(base) + UInt(digitValue(digits[k]))
            scale *= UInt(base)
        }
        result.multiply(byWord: scale)
        result += BigUInt(chunk)
        i += take
    }
    return result
}

public func parsePythonInt(_ text: String, base: Int = 10) throws -> ParsedInt {
    try parsePythonInt(PyStr.from(text), base: base)
}

// MARK: text -> float

/// float(text): whitespace-trimmed decimal literal (underscores between digits allowed),
/// or inf / infinity / nan in any case, with an optional sign. Overflow gives inf, as in C.
public func parsePythonFloat(_ text: PyStr) throws -> Double {
    let parsed: Double?
    if text.isASCII {
        parsed = text.withUTF8 { parseFloatBytes($0) }
    } else {
        parsed = asciiNumberBytes(text).withUnsafeBufferPointer { parseFloatBytes($0) }
    }
    guard let value = parsed else {
        throw TextError.valueError("could not convert string to float: \(text.repr().string)")
    }
    return value
}

/// Python's float grammar over ASCII bytes: surrounding C whitespace, an optional sign,
/// `inf`/`infinity`/`nan` in any case, or digits with optional `.` fraction and exponent, `_`
/// only between digits. The digits go through a stack buffer to `strtod` (no allocation:
/// `float(field)` runs once per line in log code). nil when the text is not a float.
private func parseFloatBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var lo = 0
    var hi = bytes.count
    while lo < hi && cSpace(bytes[lo]) { lo += 1 }
    while hi > lo && cSpace(bytes[hi - 1]) { hi -= 1 }
    if lo == hi { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: hi - lo + 1) { s -> Double? in
        // Drop the underscores (each must sit between two digits) into `s`.
        var n = 0
        var prev: UInt8 = 0
        for k in lo..<hi {
            let c = bytes[k]
            let isDigit = c >= 0x30 && c <= 0x39
            if c == 0x5F {
                if !(prev >= 0x30 && prev <= 0x39) { return nil }
            } else {
                if prev == 0x5F && !isDigit { return nil }
                s[n] = c
                n += 1
            }
            prev = c
        }
        if prev == 0x5F { return nil }
        s[n] = 0

        var i = 0
        var negative = false
        if s[i] == 0x2B || s[i] == 0x2D { negative = s[i] == 0x2D; i += 1 }
        if let special = specialFloat(UnsafeBufferPointer(rebasing: s[i..<n])) {
            return negative ? -special : special
        }
        // Decimal grammar: digits [. digits] | . digits, then optional exponent.
        var intDigits = 0, fracDigits = 0
        while i < n && s[i] >= 0x30 && s[i] <= 0x39 { i += 1; intDigits += 1 }
        if i < n && s[i] == 0x2E {
            i += 1
            while i < n && s[i] >= 0x30 && s[i] <= 0x39 { i += 1; fracDigits += 1 }
        }
        if intDigits + fracDigits == 0 { return nil }
        if i < n && (s[i] == 0x65 || s[i] == 0x45) {
            i += 1
            if i < n && (s[i] == 0x2B || s[i] == 0x2D) { i += 1 }
            var expDigits = 0
            while i < n && s[i] >= 0x30 && s[i] <= 0x39 { i += 1; expDigits += 1 }
            if expDigits == 0 { return nil }
        }
        if i != n { return nil }
        return s.baseAddress!.withMemoryRebound(to: CChar.self, capacity: n + 1) { strtod($0, nil) }
    }
}

/// `inf`, `infinity` or `nan` in any case (unsigned), else nil.
private func specialFloat(_ word: UnsafeBufferPointer<UInt8>) -> Double? {
    func matches(_ name: StaticString) -> Bool {
        guard word.count == name.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for k in 0..<word.count where word[k] | 0x20 != expected[k] { return false }
        return true
    }
    if matches("inf") || matches("infinity") { return .infinity }
    if matches("nan") { return .nan }
    return nil
}

public func parsePythonFloat(_ text: String) throws -> Double {
    try parsePythonFloat(PyStr.from(text))
}
