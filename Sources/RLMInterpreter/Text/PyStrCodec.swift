/// str.encode / bytes.decode for the codecs programs actually use (UTF-8, ASCII, Latin-1),
/// with CPython's error handlers and error messages.
public enum PyCodec {
    public enum Kind { case utf8, ascii, latin1 }

    /// Normalises an encoding name as Python's codec registry does, then resolves aliases.
    public static func lookup(_ name: String) throws -> Kind {
        let norm = String(name.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        switch norm {
        case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4": return .utf8
        case "ascii", "us_ascii", "646", "us": return .ascii
        case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "csisolatin1":
            return .latin1
        default:
            throw TextError("LookupError", "unknown encoding: \(name)")
        }
    }

    static func codecName(_ k: Kind) -> String {
        switch k {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    /// How a character appears inside a UnicodeError message: '\xe9', '\u20ac', '\U0001f600'.
    static func escapedChar(_ cp: UInt32) -> String {
        if cp <= 0xFF { return "\\x" + hexPad(cp, 2) }
        if cp <= 0xFFFF { return "\\u" + hexPad(cp, 4) }
        return "\\U" + hexPad(cp, 8)
    }

    static func hexPad(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }

    public static func encode(_ s: PyStr, encoding: String = "utf-8", errors: String = "strict") throws -> [UInt8] {
        let kind = try lookup(encoding)
        let limit: UInt32
        switch kind {
        case .utf8:
            // Only lone surrogates are unencodable, and PyStr stores them as ED A0..BF xx.
            if !s.utf8.contains(0xED) { return s.utf8.array }
            limit = 0x110000
        case .ascii:
            if s.isASCII { return s.utf8.array }
            limit = 0x80
        case .latin1:
            if s.isASCII { return s.utf8.array }
            limit = 0x100
        }
        let cps = s.codePointArray
        var out: [UInt8] = []
        out.reserveCapacity(cps.count)
        @inline(__always) func bad(_ c: UInt32) -> Bool {
            c >= limit || (kind == .utf8 && c >= 0xD800 && c <= 0xDFFF)
        }
        var i = 0
        while i < cps.count {
            let c = cps[i]
            if !bad(c) {
                if kind == .utf8 { appendUTF8(c, to: &out) } else { out.append(UInt8(c)) }
                i += 1
                continue
            }
            var j = i + 1
            while j < cps.count && bad(cps[j]) { j += 1 }
            switch errors {
            case "strict":
                let reason = kind == .utf8 ? "surrogates not allowed" : "ordinal not in range(\(limit))"
                let what = j - i == 1
                    ? "character '\(escapedChar(c))' in position \(i)"
                    : "characters in position \(i)-\(j - 1)"
                throw TextError("UnicodeEncodeError", "'\(codecName(kind))' codec can't encode \(what): \(reason)")
            case "ignore":
                break
            case "replace":
                out.append(contentsOf: repeatElement(0x3F, count: j - i))
            case "backslashreplace":
                for k in i..<j { out.append(contentsOf: Array(escapedChar(cps[k]).utf8)) }
            case "xmlcharrefreplace":
                for k in i..<j { out.append(contentsOf: Array("&#\(cps[k]);".utf8)) }
            default:
                throw TextError("LookupError", "unknown error handler name '\(errors)'")
            }
            i = j
        }
        return out
    }

    public static func decode(_ bytes: [UInt8], encoding: String = "utf-8", errors: String = "strict") throws -> PyStr {
        try bytes.withUnsafeBufferPointer { try decode($0, encoding: encoding, errors: errors) }
    }

    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String = "utf-8", errors: String = "strict") throws -> PyStr {
        let kind = try lookup(encoding)
        if kind == .utf8, let n = validUTF8CodePointCount(bytes) { return PyStr.copying(bytes, count: n) }
        var b = PyStrBuilder(capacity: bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                b.append(codePoint: UInt32(c))
                i += 1
                continue
            }
            var errLen = 1
            var reason = ""
            switch kind {
            case .latin1:
                b.append(codePoint: UInt32(c))
                i += 1
                continue
            case .ascii:
                reason = "ordinal not in range(128)"
            case .utf8:
                let (len, why) = utf8SequenceLength(bytes, i)
                if why == nil {
                    b.appendBytes(bytes, i, i + len, codePoints: 1)
                    i += len
                    continue
                }
                errLen = len
                reason = why!
            }
            switch errors {
            case "strict":
                let what = errLen == 1
                    ? "byte 0x\(hexPad(UInt32(c), 2)) in position \(i)"
                    : "bytes in position \(i)-\(i + errLen - 1)"
                throw TextError("UnicodeDecodeError", "'\(codecName(kind))' codec can't decode \(what): \(reason)")
            case "ignore":
                break
            case "replace":
                b.append(codePoint: 0xFFFD)
            case "backslashreplace":
                for k in i..<(i + errLen) { b.append("\\x" + hexPad(UInt32(bytes[k]), 2)) }
            default:
                throw TextError("LookupError", "unknown error handler name '\(errors)'")
            }
            i += errLen
        }
        return b.build()
    }

    /// The number of code points when `bytes` is valid UTF-8 (the common case: the whole
    /// buffer becomes the str without a copy), else nil. ASCII is skipped eight bytes at a time.
    static func validUTF8CodePointCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0
        var count = 0
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    count += 8
                    continue
                }
            }
            if bytes[i] < 0x80 {
                i += 1
            } else {
                let (len, why) = utf8SequenceLength(bytes, i)
                if why != nil { return nil }
                i += len
            }
            count += 1
        }
        return count
    }

    /// Validates the UTF-8 sequence at `i`. On success returns (length, nil); on failure the
    /// length of the maximal valid prefix (at least 1) and CPython's reason.
    static func utf8SequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, String?) {
        let c = b[i]
        let need: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 2
        case 0xE0: need = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 3
        case 0xED: need = 3; hi = 0x9F
        case 0xF0: need = 4; lo = 0x90
        case 0xF1...0xF3: need = 4
        case 0xF4: need = 4; hi = 0x8F
        default: return (1, "invalid start byte")
        }
        var k = 1
        while k < need {
            if i + k >= b.count { return (k, "unexpected end of data") }
            let x = b[i + k]
            let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
            if x < l || x > h { return (k, "invalid continuation byte") }
            k += 1
        }
        return (need, nil)
    }
}

extension PyStr {
    /// str.encode() with the default UTF-8 codec.
    public func encode() throws -> [UInt8] { try PyCodec.encode(self) }
}
