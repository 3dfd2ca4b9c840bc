import BigInt

/// The format-spec mini-language of format(), str.format() and f-strings:
/// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
/// A port of CPython's Python/formatter_unicode.c, including its error messages.
public struct FormatSpec: Equatable {
    public var fill: UInt32 = 0x20
    public var fillSpecified = false
    /// '<' '>' '=' '^' as ASCII, or 0 when absent.
    public var align: UInt8 = 0
    /// '+' '-' ' ' as ASCII, or 0 when absent.
    public var sign: UInt8 = 0
    public var noNegZero = false
    public var alternate = false
    /// -1 when absent.
    public var width = -1
    /// ',' or '_' as ASCII, or 0 when absent.
    public var grouping: UInt8 = 0
    /// -1 when absent.
    public var precision = -1
    /// The presentation type code point, or 0 when absent.
    public var type: UInt32 = 0

    public init() {}

    /// Parses a spec. `typeName` only serves the "Invalid format specifier" message.
    public static func parse(_ spec: PyStr, defaultAlign: UInt8 = 0x3E, typeName: String) throws -> FormatSpec {
        let s = spec.codePointArray
        var f = FormatSpec()
        var pos = 0
        let end = s.count
        func isAlign(_ c: UInt32) -> Bool { c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E }
        var alignSpecified = false
        if end - pos >= 2 && isAlign(s[pos + 1]) {
            f.fill = s[pos]
            f.fillSpecified = true
            f.align = UInt8(s[pos + 1])
            alignSpecified = true
            pos += 2
        } else if end - pos >= 1 && isAlign(s[pos]) {
            f.align = UInt8(s[pos])
            alignSpecified = true
            pos += 1
        }
        if pos < end && (s[pos] == 0x2B || s[pos] == 0x2D || s[pos] == 0x20) {
            f.sign = UInt8(s[pos])
            pos += 1
        }
        if pos < end && s[pos] == 0x7A {
            f.noNegZero = true
            pos += 1
        }
        if pos < end && s[pos] == 0x23 {
            f.alternate = true
            pos += 1
        }
        // A '0' before the width means zero padding, unless a fill was given explicitly;
        // it implies '=' alignment only for types whose default alignment is right.
        if !f.fillSpecified && pos < end && s[pos] == 0x30 {
            f.fill = 0x30
            if !alignSpecified && defaultAlign == 0x3E { f.align = 0x3D }
            pos += 1
        }
        if let w = try parseInteger(s, &pos) { f.width = w }
        if pos < end && s[pos] == 0x2C {
            f.grouping = 0x2C
            pos += 1
        }
        if pos < end && s[pos] == 0x5F {
            if f.grouping != 0 { throw TextError.valueError("Cannot specify both ',' and '_'.") }
            f.grouping = 0x5F
            pos += 1
        }
        if pos < end && s[pos] == 0x2C && f.grouping == 0x5F {
            throw TextError.valueError("Cannot specify both ',' and '_'.")
        }
        if pos < end && s[pos] == 0x2E {
            pos += 1
            guard let p = try parseInteger(s, &pos) else {
                throw TextError.valueError("Format specifier missing precision")
            }
            f.precision = p
        }
        if end - pos > 1 {
            throw TextError.valueError("Invalid format specifier '\(spec.string)' for object of type '\(typeName)'")
        }
        if end - pos == 1 { f.type = s[pos] }
        if f.grouping != 0 {
            switch f.type {
            case 0, 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46: // d e f g E G % F
                break
            case 0x62, 0x6F, 0x78, 0x58: // b o x X allow '_' (grouped by four)
                if f.grouping != 0x5F { throw invalidSeparator(f.grouping, f.type) }
            default:
                throw invalidSeparator(f.grouping, f.type)
            }
        }
        return f
    }

    static func invalidSeparator(_ sep: UInt8, _ type: UInt32) -> TextError {
        let s = String(UnicodeScalar(sep))
        if type > 32 && type < 128 {
            return TextError.valueError("Cannot specify '\(s)' with '\(String(UnicodeScalar(UInt8(type))))'.")
        }
        return TextError.valueError("Cannot specify '\(s)' with '\\x\(String(type, radix: 16))'.")
    }

    /// Digits as an integer; nil if there are none. CPython rejects values over Py_ssize_t.
    static func parseInteger(_ s: [UInt32], _ pos: inout Int) throws -> Int? {
        var v = 0
        var any = false
        while pos < s.count, let d = PyUnicode.decimalValue(s[pos]) {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { throw TextError.valueError("Too many decimal digits in format string") }
            v = a
            any = true
            pos += 1
        }
        return any ? v : nil
    }
}

func unknownFormatCode(_ type: UInt32, _ typeName: String) -> TextError {
    if type > 32 && type < 128 {
        return TextError.valueError("Unknown format code '\(String(UnicodeScalar(UInt8(type))))' for object of type '\(typeName)'")
    }
    return TextError.valueError("Unknown format code '\\x\(String(type, radix: 16))' for object of type '\(typeName)'")
}

// MARK: layout shared by ints and floats (calc_number_spec + fill_number)

/// Lays out `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
/// `number` is the unsigned text: integer digits, then an optional '.', then the remainder
/// (fraction, exponent, '%', or all of "inf"/"nan").
/// Integers pass `allDigits` since hex letters are digits too; floats are scanned for 0-9.
private func layoutNumber(_ number: [UInt8], negative: Bool, prefix: [UInt8], spec f: FormatSpec,
                          groupSize: Int, upper: Bool, allDigits: Bool = false) -> PyStr {
    var nDigits = 0
    if allDigits {
        nDigits = number.count
    } else {
        while nDigits < number.count && number[nDigits] >= 0x30 && number[nDigits] <= 0x39 { nDigits += 1 }
    }
    let hasDecimal = nDigits < number.count && number[nDigits] == 0x2E
    let remainder = number[(hasDecimal ? nDigits + 1 : nDigits)...]
    let align = f.align == 0 ? UInt8(0x3E) : f.align

    var signChar: UInt8 = 0
    switch f.sign {
    case 0x2B: signChar = negative ? 0x2D : 0x2B
    case 0x20: signChar = negative ? 0x2D : 0x20
    default: if negative { signChar = 0x2D }
    }
    let nSign = signChar == 0 ? 0 : 1
    let nonDigit = nSign + prefix.count + (hasDecimal ? 1 : 0) + remainder.count
    let minWidth = (f.fill == 0x30 && align == 0x3D) ? f.width - nonDigit : 0
    // Without a separator, grouping is only zero padding up to minWidth: written in place
    // below rather than built as arrays (f"{i:06d}" is common and should allocate once).
    let grouped: [UInt8]
    let leadingZeros: Int
    if nDigits == 0 {
        grouped = []
        leadingZeros = 0
    } else if f.grouping == 0 {
        grouped = []
        leadingZeros = max(0, minWidth - nDigits)
    } else {
        grouped = groupDigits(number[0..<nDigits], minWidth: minWidth, separator: f.grouping, groupSize: groupSize)
        leadingZeros = 0
    }
    let digitsWritten = f.grouping == 0 ? nDigits : 0
    let groupedCount = grouped.count + leadingZeros + digitsWritten
    let padding = f.width - (nonDigit + groupedCount)
    var lpad = 0, spad = 0, rpad = 0
    if padding > 0 {
        switch align {
        case 0x3C: rpad = padding
        case 0x5E: lpad = padding / 2; rpad = padding - lpad
        case 0x3D: spad = padding
        default: lpad = padding
        }
    }
    // The fill is one code point; only a non-ASCII one needs its UTF-8 spelled out.
    var wideFill: [UInt8] = []
    if f.fill >= 0x80 { appendUTF8(f.fill, to: &wideFill) }
    let fillCount = max(1, wideFill.count)
    let pads = lpad + spad + rpad
    let byteCount = pads * fillCount + nonDigit + groupedCount
    // Everything but the fill is ASCII. The size is known, so the string is written in place.
    return PyStr.make(byteCount: byteCount, count: byteCount - pads * fillCount + pads) { start in
        var p = start
        @inline(__always) func put(_ c: UInt8) { p.pointee = c; p += 1 }
        func pad(_ n: Int) {
            if n <= 0 { return }
            if wideFill.isEmpty {
                p.update(repeating: UInt8(truncatingIfNeeded: f.fill), count: n)
                p += n
            } else {
                for _ in 0..<n { for c in wideFill { put(c) } }
            }
        }
        pad(lpad)
        if signChar != 0 { put(signChar) }
        for c in prefix { put(upper ? uppercased(c) : c) }
        pad(spad)
        p.update(repeating: 0x30, count: leadingZeros)
        p += leadingZeros
        if digitsWritten > 0 {
            for c in number[0..<nDigits] { put(upper ? uppercased(c) : c) }
        }
        for c in grouped { put(upper ? uppercased(c) : c) }
        if hasDecimal { put(0x2E) }
        for c in remainder { put(c) }
        pad(rpad)
        assert(p - start == byteCount)
    }
}

@inline(__always)
private func uppercased(_ c: UInt8) -> UInt8 { c >= 0x61 && c <= 0x7A ? c & 0xDF : c }

/// _PyUnicode_InsertThousandsGrouping: groups from the right and, when zero padding with '='
/// alignment, pads with zeros up to `minWidth` -- separators included, so a group boundary
/// can leave a leading separator's worth of zero ("0,001,234,567").
private func groupDigits(_ digits: ArraySlice<UInt8>, minWidth mw: Int, separator: UInt8, groupSize: Int) -> [UInt8] {
    var rev: [UInt8] = []  // built right to left
    var remaining = digits.count
    var minWidth = mw
    var pos = digits.endIndex
    var useSeparator = false
    var loopBroken = false
    func emit(_ nChars: Int, _ nZeros: Int) {
        if useSeparator { rev.append(separator) }
        for _ in 0..<nChars { pos -= 1; rev.append(digits[pos]) }
        rev.append(contentsOf: repeatElement(0x30, count: nZeros))
    }
    if separator != 0 {
        while true {
            let len = min(groupSize, max(max(remaining, minWidth), 1))
            let nZeros = max(0, len - remaining)
            let nChars = max(0, min(remaining, len))
            emit(nChars, nZeros)
            useSeparator = true
            remaining -= nChars
            minWidth -= len
            if remaining <= 0 && minWidth <= 0 { loopBroken = true; break }
            minWidth -= 1
        }
    }
    if !loopBroken {
        let len = max(max(remaining, minWidth), 1)
        emit(max(0, min(remaining, len)), max(0, len - remaining))
    }
    return rev.reversed()
}

// MARK: int

/// format(int, spec). `typeName` is "int" or "bool" (only used in error messages).
public func formatInt(_ v: Int, spec: PyStr, typeName: String = "int") throws -> String {
    if spec.count == 0 { return String(v) }
    return try formatInt(v, parsed: FormatSpec.parse(spec, typeName: typeName), typeName: typeName).string
}

/// format(int, spec) for a parsed spec (f-strings parse a constant spec once).
public func formatInt(_ v: Int, parsed: FormatSpec, typeName: String = "int") throws -> PyStr {
    try formatInteger(negative: v < 0, magnitudeDigits: { base in
                          if base == 10 { return decimalDigits(v.magnitude) }
                          return Array(String(v.magnitude, radix: base).utf8)
                      },
                      asDouble: { Double(v) }, codePoint: { v }, spec: parsed, typeName: typeName)
}

/// format(v, spec) straight into `out` for the int specs loops use most: fill, alignment,
/// sign, width and zero padding, decimal, no grouping (f"{i:06d}", f"{n:>8}", f"{x:+}").
/// Returns false, having appended nothing, when the spec needs the general layout.
func appendSimpleInt(_ v: Int, _ f: FormatSpec, to out: inout PyStrBuilder) -> Bool {
    guard f.type == 0 || f.type == 0x64, f.grouping == 0, !f.alternate, f.precision == -1,
          !f.noNegZero, f.fill < 0x80 else { return false }
    var signChar: UInt8 = 0
    switch f.sign {
    case 0x2B: signChar = v < 0 ? 0x2D : 0x2B
    case 0x20: signChar = v < 0 ? 0x2D : 0x20
    default: if v < 0 { signChar = 0x2D }
    }
    withDecimalDigits(v.magnitude) { text in
        let fill = UInt32(f.fill)
        let padding = Swift.max(0, f.width - (text.count + (signChar == 0 ? 0 : 1)))
        switch f.align {
        case 0x3C:  // <
            if signChar != 0 { out.appendASCII(signChar) }
            out.appendASCII(text)
            out.append(codePoint: fill, times: padding)
        case 0x5E:  // ^
            out.append(codePoint: fill, times: padding / 2)
            if signChar != 0 { out.appendASCII(signChar) }
            out.appendASCII(text)
            out.append(codePoint: fill, times: padding - padding / 2)
        case 0x3D:  // = (also what a leading 0 before the width means)
            if signChar != 0 { out.appendASCII(signChar) }
            out.append(codePoint: fill, times: padding)
            out.appendASCII(text)
        default:    // > is the default for numbers
            out.append(codePoint: fill, times: padding)
            if signChar != 0 { out.appendASCII(signChar) }
            out.appendASCII(text)
        }
    }
    return true
}

/// The decimal digits of `m`, without going through a String.
@inline(__always)
func decimalDigits(_ m: UInt) -> [UInt8] {
    withDecimalDigits(m) { Array($0) }
}

/// Calls `body` with the decimal digits of `m`, written on the stack (no allocation).
@inline(__always)
func withDecimalDigits<R>(_ m: UInt, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    var m = m
    var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for UInt.max's 20 digits
    return try withUnsafeMutableBytes(of: &tmp) { buf in
        var i = buf.count
        repeat {
            i -= 1
            buf[i] = UInt8(truncatingIfNeeded: m % 10) &+ 0x30
            m /= 10
        } while m != 0
        return try body(UnsafeRawBufferPointer(rebasing: buf[i...]))
    }
}

extension PyStr {
    /// `str(v)` for a machine int, written straight into the new string.
    static func decimal(_ v: Int) -> PyStr {
        withDecimalDigits(v.magnitude) { digits in
            let n = digits.count + (v < 0 ? 1 : 0)
            return make(byteCount: n, count: n) { p in
                if v < 0 { p[0] = 0x2D }
                UnsafeMutableRawPointer(p + (v < 0 ? 1 : 0)).copyMemory(from: digits.baseAddress!, byteCount: digits.count)
            }
        }
    }
}

public func formatInt(_ v: BigInt, spec: PyStr, typeName: String = "int") throws -> String {
    if spec.count == 0 { return try pythonIntToDecimal(v) }
    return try formatInt(v, parsed: FormatSpec.parse(spec, typeName: typeName), typeName: typeName).string
}

public func formatInt(_ v: BigInt, parsed: FormatSpec, typeName: String = "int") throws -> PyStr {
    try formatInteger(negative: v.sign == .minus && !v.isZero,
                      magnitudeDigits: { base in
                          if base == 10 { return Array(try pythonIntToDecimal(BigInt(v.magnitude)).utf8) }
                          return Array(String(v.magnitude, radix: base).utf8)
                      },
                      asDouble: {
                          let d = bigIntToDouble(v)
                          if !d.isFinite { throw TextError("OverflowError", "int too large to convert to float") }
                          return d
                      },
                      codePoint: {
                          guard let c = Int(exactly: v) else {
                              throw TextError("OverflowError", "Python int too large to convert to C long")
                          }
                          return c
                      }, spec: parsed, typeName: typeName)
}

@inline(__always)
private func formatInteger(negative: Bool, magnitudeDigits: (Int) throws -> [UInt8], asDouble: () throws -> Double,
                           codePoint: () throws -> Int, spec: FormatSpec, typeName: String) throws -> PyStr {
    var f = spec
    if f.type == 0 { f.type = 0x64 }
    let base: Int
    var prefix: [UInt8] = []
    switch f.type {
    case 0x64, 0x6E: base = 10                       // d n
    case 0x62: base = 2; prefix = [0x30, 0x62]        // b
    case 0x6F: base = 8; prefix = [0x30, 0x6F]        // o
    case 0x78, 0x58: base = 16; prefix = [0x30, 0x78] // x X
    case 0x63: base = 0                               // c
    case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25:    // e E f F g G %
        return try formatFloat(try asDouble(), parsed: f)
    default:
        throw unknownFormatCode(f.type, typeName)
    }
    if f.precision != -1 { throw TextError.valueError("Precision not allowed in integer format specifier") }
    if f.noNegZero {
        throw TextError.valueError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    if f.type == 0x63 {
        if f.sign != 0 { throw TextError.valueError("Sign not allowed with integer format specifier 'c'") }
        if f.alternate {
            throw TextError.valueError("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        let cp = try codePoint()
        if cp < 0 || cp > 0x10FFFF { throw TextError("OverflowError", "%c arg not in range(0x110000)") }
        // The character is laid out as a "remainder": no sign, no digits to group.
        var b: [UInt8] = []
        appendUTF8(UInt32(cp), to: &b)
        return layoutText(PyStr.copying(b, count: 1), negative: false, spec: f)
    }
    let digits = try magnitudeDigits(base)
    let groupSize = (f.grouping == 0x5F && base != 10) ? 4 : 3
    return layoutNumber(digits, negative: negative, prefix: f.alternate ? prefix : [], spec: f,
                        groupSize: groupSize, upper: f.type == 0x58, allDigits: true)
}

/// Layout of a non-numeric "remainder" (the 'c' character): padding only.
private func layoutText(_ s: PyStr, negative: Bool, spec f: FormatSpec) -> PyStr {
    let padding = f.width - s.count
    var lpad = 0, rpad = 0, spad = 0
    if padding > 0 {
        switch f.align == 0 ? UInt8(0x3E) : f.align {
        case 0x3C: rpad = padding
        case 0x5E: lpad = padding / 2; rpad = padding - lpad
        case 0x3D: spad = padding
        default: lpad = padding
        }
    }
    var out = PyStrBuilder()
    out.append(codePoint: f.fill, times: lpad + spad)
    out.append(s)
    out.append(codePoint: f.fill, times: rpad)
    return out.build()
}

// MARK: float

/// format(float, spec).
public func formatFloat(_ d: Double, spec: PyStr) throws -> String {
    if spec.count == 0 { return pythonFloatRepr(d) }
    return try formatFloat(d, parsed: try FormatSpec.parse(spec, typeName: "float")).string
}

/// format_float_internal, for a parsed spec (also used for ints with float presentation types).
public func formatFloat(_ value: Double, parsed f: FormatSpec) throws -> PyStr {
    var type = f.type
    switch type {
    case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E, 0x25: break
    default: throw unknownFormatCode(type, "float")
    }
    var precision = f.precision
    var defaultPrecision = 6
    var addDot0 = false
    if type == 0 {
        // No type: like repr, but with 'g'-style precision when one is given.
        addDot0 = true
        type = 0x72
        defaultPrecision = 0
    }
    if type == 0x6E { type = 0x67 }
    var val = value
    var addPercent = false
    if type == 0x25 {
        type = 0x66
        val *= 100
        addPercent = true
    }
    if precision < 0 {
        precision = defaultPrecision
    } else if type == 0x72 {
        type = 0x67
    }
    if precision > Int(Int32.max) { throw TextError.valueError("precision too big") }
    var text = FloatText.formatBytes(val, code: UInt8(type), precision: precision,
                                     addDot0: addDot0, alt: f.alternate, noNegZero: f.noNegZero)
    if addPercent { text.append(0x25) }
    if f.sign != 0x2B && f.sign != 0x20 && f.width == -1 && f.grouping == 0 {
        return PyStr.copying(text, count: text.count)  // CPython's fast path: nothing to lay out
    }
    var negative = false
    if text.first == 0x2D {
        negative = true
        text.removeFirst()
    }
    return layoutNumber(text, negative: negative, prefix: [], spec: f, groupSize: 3, upper: false)
}

// MARK: str

/// format(str, spec): precision truncates, width pads (code points, not display width).
public func formatStr(_ s: PyStr, spec: PyStr) throws -> PyStr {
    if spec.count == 0 { return s }
    var f = try FormatSpec.parse(spec, defaultAlign: 0x3C, typeName: "str")
    if f.type == 0 { f.type = 0x73 }
    if f.type != 0x73 { throw unknownFormatCode(f.type, "str") }
    if f.grouping != 0 { throw FormatSpec.invalidSeparator(f.grouping, f.type) }
    if f.sign == 0x20 { throw TextError.valueError("Space not allowed in string format specifier") }
    if f.sign != 0 { throw TextError.valueError("Sign not allowed in string format specifier") }
    if f.noNegZero {
        throw TextError.valueError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if f.alternate { throw TextError.valueError("Alternate form (#) not allowed in string format specifier") }
    if f.align == 0x3D { throw TextError.valueError("'=' alignment not allowed in string format specifier") }
    var body = s
    if f.precision >= 0 && f.precision < s.count { body = s.slice(start: 0, stop: f.precision, step: 1) }
    let padding = f.width - body.count
    if padding <= 0 { return body }
    switch f.align {
    case 0x3E: return body.rjust(f.width, fill: f.fill)
    case 0x5E:
        let left = padding / 2
        var out = PyStrBuilder()
        out.append(codePoint: f.fill, times: left)
        out.append(body)
        out.append(codePoint: f.fill, times: padding - left)
        return out.build()
    default: return body.ljust(f.width, fill: f.fill)
    }
}

public func formatStr(_ s: PyStr, spec: String) throws -> PyStr { try formatStr(s, spec: PyStr.from(spec)) }
public func formatInt(_ v: Int, spec: String, typeName: String = "int") throws -> String {
    try formatInt(v, spec: PyStr.from(spec), typeName: typeName)
}
public func formatInt(_ v: BigInt, spec: String, typeName: String = "int") throws -> String {
    try formatInt(v, spec: PyStr.from(spec), typeName: typeName)
}
public func formatFloat(_ d: Double, spec: String) throws -> String { try formatFloat(d, spec: PyStr.from(spec)) }
