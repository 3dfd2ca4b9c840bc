// Decoding of string and bytes literal bodies (escape sequences), as CPython's
// unicode_escape and bytes-escape decoders do it, including their error wording.

/// A decoding failure; the parser attaches the location.
struct EscapeError: Error {
    var message: String
}

/// Decodes the body of a non-raw str literal (or one literal chunk of an f-string).
/// `body` is the slice of source scalars between the quotes.
func decodeStringEscapes(_ body: ArraySlice<Unicode.Scalar>) throws -> String {
    var out = String.UnicodeScalarView()
    var i = body.startIndex
    let end = body.endIndex
    // Positions in CPython's messages count UTF-8 bytes from the start of the body.
    func bytePosition(_ index: Int) -> Int {
        var n = 0
        for k in body.startIndex..<index { n += UTF8.width(body[k]) }
        return n
    }
    func codecError(_ from: Int, _ to: Int, _ reason: String) -> EscapeError {
        let start = bytePosition(from), stop = bytePosition(to) - 1
        return EscapeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(stop): \(reason)")
    }
    while i < end {
        let c = body[i]
        guard c == "\\" else {
            out.append(c)
            i += 1
            continue
        }
        let escapeStart = i
        i += 1
        guard i < end else {
            // Only an f-string chunk can end in a lone backslash (f"\{x}"); CPython keeps it.
            out.append("\\")
            break
        }
        let e = body[i]
        i += 1
        switch e {
        case "\n": break
        case "\\": out.append("\\")
        case "'": out.append("'")
        case "\"": out.append("\"")
        case "a": out.append("\u{07}")
        case "b": out.append("\u{08}")
        case "f": out.append("\u{0C}")
        case "n": out.append("\n")
        case "r": out.append("\r")
        case "t": out.append("\t")
        case "v": out.append("\u{0B}")
        case "0"..."7":
            var value = e.value - 48
            var digits = 1
            while digits < 3 && i < end && body[i] >= "0" && body[i] <= "7" {
                value = value * 8 + (body[i].value - 48)
                i += 1
                digits += 1
            }
            out.append(Unicode.Scalar(value)!)
        case "x", "u", "U":
            let width = e == "x" ? 2 : e == "u" ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<width {
                guard i < end, let d = hexValue(body[i]) else {
                    let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw codecError(escapeStart, i, "truncated \(name) escape")
                }
                value = value * 16 + d
                i += 1
            }
            if value > 0x10FFFF {
                throw codecError(escapeStart, i, "illegal Unicode character")
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw EscapeError(message: "(unicode error) surrogate code points (\\u\(String(value, radix: 16))) are not supported")
            }
            out.append(scalar)
        case "N":
            guard i < end, body[i] == "{", let close = body[i...].firstIndex(of: "}") else {
                throw codecError(escapeStart, end, "malformed \\N character escape")
            }
            let name = String(String.UnicodeScalarView(body[(i + 1)..<close]))
            i = close + 1
            guard let scalar = unicodeScalar(named: name) else {
                throw codecError(escapeStart, i, "unknown Unicode character name")
            }
            out.append(scalar)
        default:
            // Unknown escapes stay as written (CPython only warns).
            out.append("\\")
            out.append(e)
        }
    }
    return String(out)
}

/// Decodes the body of a bytes literal; `raw` keeps backslashes as written.
func decodeBytesLiteral(_ body: ArraySlice<Unicode.Scalar>, raw: Bool) throws -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(body.count)
    for c in body where c.value >= 128 {
        _ = c
        throw EscapeError(message: "bytes can only contain ASCII literal characters")
    }
    var i = body.startIndex
    let end = body.endIndex
    while i < end {
        let c = body[i]
        guard c == "\\" && !raw else {
            out.append(UInt8(c.value))
            i += 1
            continue
        }
        let escapeStart = i
        i += 1
        guard i < end else { out.append(UInt8(ascii: "\\")); break }
        let e = body[i]
        i += 1
        switch e {
        case "\n": break
        case "\\": out.append(UInt8(ascii: "\\"))
        case "'": out.append(UInt8(ascii: "'"))
        case "\"": out.append(UInt8(ascii: "\""))
        case "a": out.append(7)
        case "b": out.append(8)
        case "f": out.append(12)
        case "n": out.append(10)
        case "r": out.append(13)
        case "t": out.append(9)
        case "v": out.append(11)
        case "0"..."7":
            var value = e.value - 48
            var digits = 1
            while digits < 3 && i < end && body[i] >= "0" && body[i] <= "7" {
                value = value * 8 + (body[i].value - 48)
                i += 1
                digits += 1
            }
            out.append(UInt8(truncatingIfNeeded: value))
        case "x":
            guard i + 1 < end, let hi = hexValue(body[i]), let lo = hexValue(body[i + 1]) else {
                throw EscapeError(message: "(value error) invalid \\x escape at position \(escapeStart - body.startIndex)")
            }
            out.append(UInt8(hi * 16 + lo))
            i += 2
        default:
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(e.value))
        }
    }
    return out
}

private func hexValue(_ c: Unicode.Scalar) -> UInt32? {
    switch c {
    case "0"..."9": return c.value - 48
    case "a"..."f": return c.value - 87
    case "A"..."F": return c.value - 55
    default: return nil
    }
}

/// `\N{name}`: looks the name up among the scalars' Unicode names and aliases,
/// case-insensitively as Python does. A scan, but \N escapes are rare; the large blocks whose
/// names are algorithmic (CJK ideographs, Hangul syllables) are only searched for such names.
func unicodeScalar(named rawName: String) -> Unicode.Scalar? {
    let name = rawName.uppercased()
    guard !name.isEmpty, name.unicodeScalars.allSatisfy({ Lex.isLetter($0) || Lex.isDigit($0) || $0 == " " || $0 == "-" })
    else { return nil }
    if let control = controlCharacterAliases[name] { return Unicode.Scalar(control) }
    if name.hasPrefix("CJK UNIFIED IDEOGRAPH-") || name.hasPrefix("CJK COMPATIBILITY IDEOGRAPH-") {
        guard let hex = name.split(separator: "-").last, let value = UInt32(hex, radix: 16),
              let scalar = Unicode.Scalar(value), scalar.properties.name == name else { return nil }
        return scalar
    }
    let ranges: [ClosedRange<UInt32>] = name.hasPrefix("HANGUL SYLLABLE ")
        ? [0xAC00...0xD7A3]
        : [0x20...0x33FF, 0x4DC0...0x4DFF, 0xA000...0xABFF, 0xD7B0...0xD7FF, 0xF900...0x1FFFF, 0xE0000...0xE01EF]
    for range in ranges {
        for value in range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if properties.name == name || properties.nameAlias == name { return scalar }
        }
    }
    return nil
}

/// Control characters have no Unicode name, only aliases, which Swift does not expose.
private let controlCharacterAliases: [String: UInt8] = [
    "NULL": 0, "NUL": 0, "BELL": 7, "BEL": 7, "ALERT": 7, "BACKSPACE": 8, "BS": 8,
    "CHARACTER TABULATION": 9, "HORIZONTAL TABULATION": 9, "TAB": 9, "HT": 9,
    "LINE FEED": 10, "NEW LINE": 10, "END OF LINE": 10, "LF": 10, "NL": 10, "EOL": 10,
    "LINE TABULATION": 11, "VERTICAL TABULATION": 11, "VT": 11, "FORM FEED": 12, "FF": 12,
    "CARRIAGE RETURN": 13, "CR": 13, "ESCAPE": 27, "ESC": 27, "DELETE": 127, "DEL": 127,
]
