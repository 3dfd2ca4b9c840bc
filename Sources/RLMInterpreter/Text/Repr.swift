/// repr() of str and bytes, and ascii(), as CPython's unicode_repr / bytes_repr produce them.
private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

@inline(__always)
private func appendHexEscape(_ cp: UInt32, _ out: inout [UInt8]) {
    let (letter, digits): (UInt8, Int) = cp <= 0xFF ? (0x78, 2) : cp <= 0xFFFF ? (0x75, 4) : (0x55, 8)
    out.append(0x5C)
    out.append(letter)
    var shift = (digits - 1) * 4
    while shift >= 0 {
        out.append(hexDigits[Int((cp >> UInt32(shift)) & 0xF)])
        shift -= 4
    }
}

/// Python's quote choice: single quotes unless the text has a ' and no ".
@inline(__always)
private func chooseQuote<B: Collection>(_ bytes: B) -> UInt8 where B.Element == UInt8 {
    bytes.contains(0x27) && !bytes.contains(0x22) ? 0x22 : 0x27
}

extension PyStr {
    /// repr(s): printable non-ASCII is kept, everything else is escaped.
    public func repr() -> PyStr { quoted(asciiOnly: false) }

    /// ascii(s): like repr but every non-ASCII character is escaped.
    public func ascii() -> PyStr { quoted(asciiOnly: true) }

    private func quoted(asciiOnly: Bool) -> PyStr {
        let quote = chooseQuote(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 2)
        out.append(quote)
        var cps = 1
        var start = out.count
        var it = codePoints
        while let c = it.next() {
            start = out.count
            if c < 0x80 {
                let b = UInt8(c)
                switch b {
                case quote, 0x5C: out.append(0x5C); out.append(b)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x20..<0x7F: out.append(b)
                default: appendHexEscape(c, &out)
                }
                cps += out.count - start
            } else if !asciiOnly && PyUnicode.isPrintable(c) {
                appendUTF8(c, to: &out)
                cps += 1
            } else {
                appendHexEscape(c, &out)
                cps += out.count - start
            }
        }
        out.append(quote)
        return PyStr.copying(out, count: cps + 1)
    }
}

/// repr(bytes): b'...' with \t \n \r, \\ and the quote escaped, other non-printables as \xNN.
public func bytesRepr(_ bytes: [UInt8], prefix: String = "b") -> String {
    let quote = chooseQuote(bytes)
    var out: [UInt8] = Array(prefix.utf8)
    out.reserveCapacity(bytes.count + 3)
    out.append(quote)
    for b in bytes {
        switch b {
        case quote, 0x5C: out.append(0x5C); out.append(b)
        case 0x09: out.append(0x5C); out.append(0x74)
        case 0x0A: out.append(0x5C); out.append(0x6E)
        case 0x0D: out.append(0x5C); out.append(0x72)
        case 0x20..<0x7F: out.append(b)
        default: appendHexEscape(UInt32(b), &out)
        }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
}
