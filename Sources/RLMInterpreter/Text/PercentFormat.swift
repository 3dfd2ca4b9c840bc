import BigInt

/// printf-style `str % args`: the directive parser and the per-conversion formatting.
/// The runtime walks the pieces, fetches arguments (including '*' widths, in order) and calls
/// the formatter matching each conversion; %s/%r/%a need the object model, so the runtime
/// converts those to text and hands them to `percentFormatText` for width and precision.
/// Ported from CPython's Objects/unicodeobject.c (PyUnicode_Format and helpers).

public struct PercentFlags: OptionSet, Equatable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let leftAdjust = PercentFlags(rawValue: 1)  // '-'
    public static let sign = PercentFlags(rawValue: 2)        // '+'
    public static let blank = PercentFlags(rawValue: 4)       // ' '
    public static let alternate = PercentFlags(rawValue: 8)   // '#'
    public static let zero = PercentFlags(rawValue: 16)       // '0'
}

public enum PercentCount: Equatable {
    case value(Int)
    /// '*': taken from the next argument.
    case star
}

public struct PercentDirective: Equatable {
    /// The mapping key of `%(name)s`, or nil.
    public var key: PyStr?
    public var flags: PercentFlags = []
    public var width: PercentCount?
    public var precision: PercentCount?
    /// One of s r a d i u o x X e E f F g G c.
    public var conversion: UInt32 = 0
    /// Code point index of the conversion character in the format string.
    public var index = 0
}

/// Whether `c` is a conversion character printf-style formatting knows.
public func isPercentConversion(_ c: UInt32) -> Bool {
    switch c {
    case 0x73, 0x72, 0x61, 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x63: return true
    default: return false
    }
}

public enum PercentPiece: Equatable {
    case literal(PyStr)
    case directive(PercentDirective)
}

/// Splits a %-format string into literal text and directives. "%%" becomes a literal '%'.
/// Errors are raised eagerly: "incomplete format", "incomplete format key",
/// "unsupported format character 'y' (0x79) at index 3".
public func parsePercentFormat(_ fmt: PyStr) throws -> [PercentPiece] {
    let (pieces, error) = parsePercentFormatPrefix(fmt)
    if let error = error { throw error }
    return pieces
}

/// The pieces before the first malformed directive, and that directive's error. CPython
/// formats left to right, so an argument error in an earlier directive is reported first:
/// the runtime formats the prefix, then raises the parse error.
public func parsePercentFormatPrefix(_ fmt: PyStr) -> ([PercentPiece], TextError?) {
    var pieces: [PercentPiece] = []
    do {
        try parsePercentFormat(fmt, into: &pieces)
        return (pieces, nil)
    } catch let e as TextError {
        return (pieces, e)
    } catch {
        return (pieces, TextError.valueError("\(error)"))
    }
}

private func parsePercentFormat(_ fmt: PyStr, into pieces: inout [PercentPiece]) throws {
    let s = fmt.codePointArray
    let n = s.count
    var literal = PyStrBuilder()
    func flushLiteral() {
        if literal.count > 0 { pieces.append(.literal(literal.build())); literal = PyStrBuilder() }
    }
    var pos = 0
    while pos < n {
        if s[pos] != 0x25 {
            literal.append(codePoint: s[pos])
            pos += 1
            continue
        }
        pos += 1
        if pos < n && s[pos] == 0x25 {
            literal.append(codePoint: 0x25)
            pos += 1
            continue
        }
        var d = PercentDirective()
        if pos < n && s[pos] == 0x28 {
            // Key in balanced parentheses: "%(a(b)c)s" has key "a(b)c".
            pos += 1
            let keyStart = pos
            var depth = 1
            while depth > 0 && pos < n {
                if s[pos] == 0x29 { depth -= 1 } else if s[pos] == 0x28 { depth += 1 }
                pos += 1
            }
            if depth > 0 { flushLiteral(); throw TextError.valueError("incomplete format key") }
            var kb = PyStrBuilder()
            for k in keyStart..<(pos - 1) { kb.append(codePoint: s[k]) }
            d.key = kb.build()
        }
        // `ch` is the current character; nil once the format is exhausted.
        var ch: UInt32? = nil
        func advance() { ch = pos < n ? s[pos] : nil; if ch != nil { pos += 1 } }
        flagLoop: while true {
            advance()
            switch ch {
            case 0x2D?: d.flags.insert(.leftAdjust)
            case 0x2B?: d.flags.insert(.sign)
            case 0x20?: d.flags.insert(.blank)
            case 0x23?: d.flags.insert(.alternate)
            case 0x30?: d.flags.insert(.zero)
            default: break flagLoop
            }
        }
        if ch == 0x2A {
            d.width = .star
            advance()
        } else if let c = ch, c >= 0x30 && c <= 0x39 {
            var w = Int(c - 0x30)
            while true {
                advance()
                guard let c = ch, c >= 0x30 && c <= 0x39 else { break }
                let (m, o1) = w.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int(c - 0x30))
                if o1 || o2 { throw TextError.valueError("width too big") }
                w = a
            }
            d.width = .value(w)
        }
        if ch == 0x2E {
            d.precision = .value(0)
            advance()
            if ch == 0x2A {
                d.precision = .star
                advance()
            } else if let c = ch, c >= 0x30 && c <= 0x39 {
                var p = Int(c - 0x30)
                while true {
                    advance()
                    guard let c = ch, c >= 0x30 && c <= 0x39 else { break }
                    p = p * 10 + Int(c - 0x30)
                    if p > Int(Int32.max) { throw TextError.valueError("precision too big") }
                }
                d.precision = .value(p)
            }
        }
        if ch == 0x68 || ch == 0x6C || ch == 0x4C { advance() }  // length modifiers h l L are ignored
        flushLiteral()
        guard let conv = ch else { throw TextError.valueError("incomplete format") }
        d.conversion = conv
        d.index = pos - 1
        switch conv {
        case _ where isPercentConversion(conv):
            break
        default:
            // CPython fetches the directive's argument before rejecting its conversion, so
            // the directive is kept: the runtime fetches, then raises this error.
            pieces.append(.directive(d))
            let shown = (conv >= 31 && conv <= 126) ? String(UnicodeScalar(UInt8(conv))) : "?"
            throw TextError.valueError(
                "unsupported format character '\(shown)' (0x\(String(conv, radix: 16))) at index \(pos - 1)")
        }
        pieces.append(.directive(d))
    }
    flushLiteral()
}

// MARK: per-conversion formatting

/// Resolved width/precision: '*' values may be negative (a negative width means left-adjust,
/// a negative precision means 0), as CPython applies them.
private func resolve(_ flags: PercentFlags, _ width: Int?, _ precision: Int?) -> (PercentFlags, Int, Int) {
    var f = flags
    var w = width ?? -1
    if let wv = width, wv < 0 { f.insert(.leftAdjust); w = -wv }
    var p = precision ?? -1
    if let pv = precision, pv < 0 { p = 0 }
    return (f, w, p)
}

/// %d %i %u %o %x %X for an integer (the runtime converts floats for %d and rejects them
/// for %x/%o). `width`/`precision` nil when absent.
public func percentFormatInteger(_ v: BigInt, conversion: UInt32, flags: PercentFlags,
                                 width: Int?, precision: Int?) -> PyStr {
    let negative = v.sign == .minus && !v.isZero
    let base = conversion == 0x6F ? 8 : (conversion == 0x78 || conversion == 0x58) ? 16 : 10
    return integerBody(negative, String(v.magnitude, radix: base), conversion, flags, width, precision)
}

public func percentFormatInteger(_ v: Int, conversion: UInt32, flags: PercentFlags,
                                 width: Int?, precision: Int?) -> PyStr {
    let base = conversion == 0x6F ? 8 : (conversion == 0x78 || conversion == 0x58) ? 16 : 10
    return integerBody(v < 0, String(v.magnitude, radix: base), conversion, flags, width, precision)
}

/// _PyUnicode_FormatLong: sign, "0x"/"0o" prefix when '#', digits zero-extended to the precision.
private func integerBody(_ negative: Bool, _ digits: String, _ conversion: UInt32, _ flags0: PercentFlags,
                         _ width0: Int?, _ precision0: Int?) -> PyStr {
    let (flags, width, prec) = resolve(flags0, width0, precision0)
    var body: [UInt8] = []
    if negative { body.append(0x2D) }
    let hasPrefix = flags.contains(.alternate) && (conversion == 0x6F || conversion == 0x78 || conversion == 0x58)
    if hasPrefix { body.append(0x30); body.append(conversion == 0x6F ? 0x6F : 0x78) }
    let d = Array(digits.utf8)
    if prec > d.count { body.append(contentsOf: repeatElement(0x30, count: prec - d.count)) }
    body.append(contentsOf: d)
    if conversion == 0x58 {
        for i in 0..<body.count where body[i] >= 0x61 && body[i] <= 0x78 { body[i] -= 0x20 }
    }
    return outputArg(PyStr.copying(body, count: body.count), conversion: conversion, numeric: true,
                     flags: flags, width: width, precision: prec)
}

/// %e %E %f %F %g %G (precision defaults to 6; '#' keeps the point and trailing zeros).
public func percentFormatFloat(_ x: Double, conversion: UInt32, flags: PercentFlags,
                               width: Int?, precision: Int?) -> PyStr {
    let (f, w, p) = resolve(flags, width, precision)
    let text = FloatText.format(x, code: UInt8(conversion), precision: p < 0 ? 6 : p,
                                alt: f.contains(.alternate))
    return outputArg(PyStr.from(text), conversion: conversion, numeric: true, flags: f, width: w, precision: p)
}

/// %s %r %a (text already converted by the runtime; precision truncates) and %c (a
/// one-character string; use `percentCharacter` to validate an int argument).
public func percentFormatText(_ s: PyStr, conversion: UInt32, flags: PercentFlags,
                              width: Int?, precision: Int?) -> PyStr {
    let (f, w, p) = resolve(flags, width, precision)
    return outputArg(s, conversion: conversion, numeric: false, flags: f, width: w, precision: p)
}

/// The character for %c given an int.
public func percentCharacter(_ v: Int) throws -> PyStr {
    if v < 0 || v > 0x10FFFF { throw TextError("OverflowError", "%c arg not in range(0x110000)") }
    return PyStr.char(UInt32(v))
}

/// unicode_format_arg_output: width, sign and zero padding. Zero padding (numeric conversions
/// only) goes after the sign and after a "0x"/"0o" prefix; right padding is always spaces.
private func outputArg(_ str: PyStr, conversion: UInt32, numeric: Bool, flags: PercentFlags,
                       width widthIn: Int, precision: Int) -> PyStr {
    var width = widthIn
    var len = str.count
    if (width == -1 || width <= len) && (precision == -1 || precision >= len)
        && !flags.contains(.sign) && !flags.contains(.blank) {
        return str
    }
    if !numeric {
        // Text never zero-fills or takes a sign; only %s %r %a are truncated by the precision.
        let isText = conversion == 0x73 || conversion == 0x72 || conversion == 0x61
        let body = isText && precision >= 0 && len > precision ? str.slice(start: 0, stop: precision, step: 1) : str
        if width <= body.count { return body }
        return flags.contains(.leftAdjust) ? body.ljust(width) : body.rjust(width)
    }
    let cps = str.codePointArray
    var index = 0
    var sign = numeric
    var signChar: UInt32 = 0
    if sign {
        let c = cps.first ?? 0
        if c == 0x2D || c == 0x2B {
            signChar = c
            len -= 1
            index += 1
        } else if flags.contains(.sign) {
            signChar = 0x2B
        } else if flags.contains(.blank) {
            signChar = 0x20
        } else {
            sign = false
        }
    }
    if width < len { width = len }
    let fill: UInt32 = (numeric && flags.contains(.zero)) ? 0x30 : 0x20
    var out = PyStrBuilder(capacity: width + 1)
    if sign {
        if fill != 0x20 { out.append(codePoint: signChar) }
        if width > len { width -= 1 }
    }
    let prefixed = flags.contains(.alternate) && (conversion == 0x78 || conversion == 0x58 || conversion == 0x6F)
    if prefixed {
        if fill != 0x20 {
            out.append(codePoint: cps[index])
            out.append(codePoint: cps[index + 1])
            index += 2
        }
        width -= 2
        if width < 0 { width = 0 }
        len -= 2
    }
    if width > len && !flags.contains(.leftAdjust) {
        out.append(codePoint: fill, times: width - len)
        width = len
    }
    if fill == 0x20 {
        if sign { out.append(codePoint: signChar) }
        if prefixed {
            out.append(codePoint: cps[index])
            out.append(codePoint: cps[index + 1])
            index += 2
        }
    }
    if len > 0 { for k in index..<(index + len) { out.append(codePoint: cps[k]) } }
    if width > len { out.append(codePoint: 0x20, times: width - len) }
    return out.build()
}
