import BigInt

/// json.dumps: CPython's encoder (the C one when there is no indent, the pure-Python
/// `_make_iterencode` when there is; they differ only in one error message), writing UTF-8
/// bytes straight into one buffer.
struct JSONEncodeOptions {
    var skipKeys = false
    var ensureASCII = true
    var checkCircular = true
    var allowNaN = true
    var sortKeys = false
    /// The text of one indent level; nil for the single-line form.
    var indent: [UInt8]?
    var itemSeparator: [UInt8] = Array(", ".utf8)
    var keySeparator: [UInt8] = Array(": ".utf8)
    /// Called for objects the encoder does not know; nil raises TypeError.
    var defaultFunction: Value?
}

struct JSONEncoderState {
    let interp: Interp
    let options: JSONEncodeOptions
    var out: [UInt8] = []
    private var markers = Set<ObjectIdentifier>()

    init(_ interp: Interp, _ options: JSONEncodeOptions) {
        self.interp = interp
        self.options = options
    }

    static func encode(_ interp: Interp, _ value: Value, _ options: JSONEncodeOptions) throws -> PyStr {
        var state = JSONEncoderState(interp, options)
        try state.encode(value, level: 0)
        let bytes = state.out
        if options.ensureASCII { return PyStr.copying(bytes, count: bytes.count) }
        return PyStr.copying(bytes)
    }

    @inline(__always)
    private mutating func append(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private func enter() throws {
        interp.callDepth += 1
        if interp.callDepth > interp.recursionLimit {
            interp.callDepth -= 1
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded while encoding a JSON object")
        }
    }

    mutating func encode(_ value: Value, level: Int) throws {
        switch value {
        case .none: append("null")
        case .bool(let b): if b { append("true") } else { append("false") }
        case .int(let i): appendInt(i)
        case .big(let b): try appendBig(b.value)
        case .float(let d): try appendFloat(d)
        case .str(let s): appendString(s)
        case .list(let l):
            try encodeArray(l, l.items, level: level)
        case .tuple(let t):
            try encodeArray(t, t.items, level: level)
        case .dict(let d):
            try encodeObject(d, level: level)
        case .object(let o):
            try encodeOther(value, o, level: level)
        }
    }

    // MARK: scalars

    private mutating func appendInt(_ i: Int) {
        appendDecimal(i, to: &out)
    }

    private mutating func appendBig(_ b: BigInt) throws {
        if b.magnitude.bitWidth <= 64 {
            if b.sign == .minus { out.append(0x2D) }
            appendDecimal(UInt64(b.magnitude), to: &out)
            return
        }
        do {
            out.append(contentsOf: Array(try pythonIntToDecimal(b).utf8))
        } catch let e as TextError {
            throw e.asPython
        }
    }

    private mutating func appendFloat(_ d: Double) throws {
        if !d.isFinite {
            if !options.allowNaN {
                var message = "Out of range float values are not JSON compliant"
                // The pure-Python encoder (used with indent) names the value.
                if options.indent != nil { message += ": " + pythonFloatRepr(d) }
                throw PyException.valueError(message)
            }
            if d.isNaN { append("NaN") } else if d > 0 { append("Infinity") } else { append("-Infinity") }
            return
        }
        appendFloatRepr(d, to: &out)
    }

    // MARK: strings

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    @inline(__always)
    private mutating func appendUnicodeEscape(_ c: UInt32) {
        out.append(0x5C)
        out.append(0x75)
        out.append(JSONEncoderState.hexDigits[Int((c >> 12) & 0xF)])
        out.append(JSONEncoderState.hexDigits[Int((c >> 8) & 0xF)])
        out.append(JSONEncoderState.hexDigits[Int((c >> 4) & 0xF)])
        out.append(JSONEncoderState.hexDigits[Int(c & 0xF)])
    }

    /// Appends the escape for an ASCII byte that cannot appear literally, or returns false.
    @inline(__always)
    private mutating func appendShortEscape(_ c: UInt8) -> Bool {
        switch c {
        case 0x22: out.append(0x5C); out.append(0x22)
        case 0x5C: out.append(0x5C); out.append(0x5C)
        case 0x0A: out.append(0x5C); out.append(0x6E)
        case 0x0D: out.append(0x5C); out.append(0x72)
        case 0x09: out.append(0x5C); out.append(0x74)
        case 0x08: out.append(0x5C); out.append(0x62)
        case 0x0C: out.append(0x5C); out.append(0x66)
        default: return false
        }
        return true
    }

    mutating func appendString(_ s: PyStr) {
        let ensureASCII = options.ensureASCII
        out.append(0x22)
        s.utf8.withUnsafeBufferPointer { b in
            let n = b.count
            var runStart = 0
            var i = 0
            while i < n {
                let c = b[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C && (c < 0x7F || !ensureASCII) {
                    i += 1
                    continue
                }
                if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i])) }
                if c < 0x80 {
                    if !appendShortEscape(c) { appendUnicodeEscape(UInt32(c)) }
                    i += 1
                } else {
                    let (cp, w) = decodeUTF8(b, i)
                    if cp >= 0x10000 {
                        let v = cp - 0x10000
                        appendUnicodeEscape(0xD800 | (v >> 10))
                        appendUnicodeEscape(0xDC00 | (v & 0x3FF))
                    } else {
                        appendUnicodeEscape(cp)
                    }
                    i += w
                }
                runStart = i
            }
            if n > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<n])) }
        }
        out.append(0x22)
    }

    // MARK: containers

    private mutating func newline(_ level: Int) {
        guard let indent = options.indent else { return }
        out.append(0x0A)
        if indent.isEmpty { return }
        for _ in 0..<level { out.append(contentsOf: indent) }
    }

    private mutating func mark(_ o: AnyObject) throws -> ObjectIdentifier? {
        guard options.checkCircular else { return nil }
        let id = ObjectIdentifier(o)
        if !markers.insert(id).inserted { throw PyException.valueError("Circular reference detected") }
        return id
    }

    private mutating func encodeArray(_ container: AnyObject, _ items: [Value], level: Int) throws {
        if items.isEmpty { append("[]"); return }
        let id = try mark(container)
        try enter()
        defer { interp.callDepth -= 1 }
        out.append(0x5B)
        let inner = level + 1
        newline(inner)
        for (k, item) in items.enumerated() {
            try interp.tick()
            if k > 0 {
                out.append(contentsOf: options.itemSeparator)
                newline(inner)
            }
            try encode(item, level: inner)
        }
        newline(level)
        out.append(0x5D)
        if let id = id { markers.remove(id) }
    }

    private mutating func encodeObject(_ d: PyDict, level: Int) throws {
        if d.count == 0 { append("{}"); return }
        let id = try mark(d)
        try enter()
        defer { interp.callDepth -= 1 }
        let entries: [ValueTable.Entry?] = options.sortKeys
            ? try sortedEntries(d.table.liveEntries).map { Optional($0) } : d.table.entries
        out.append(0x7B)
        let inner = level + 1
        newline(inner)
        var first = true
        for case let e? in entries {
            try interp.tick()
            let keyStart = out.count
            if !first {
                out.append(contentsOf: options.itemSeparator)
                newline(inner)
            }
            switch e.key {
            case .str(let s): appendString(s)
            case .float(let f):
                out.append(0x22)
                try appendFloat(f)
                out.append(0x22)
            case .bool(let b):
                if b { append("\"true\"") } else { append("\"false\"") }
            case .none: append("\"null\"")
            case .int(let i):
                out.append(0x22)
                appendInt(i)
                out.append(0x22)
            case .big(let b):
                out.append(0x22)
                try appendBig(b.value)
                out.append(0x22)
            default:
                if options.skipKeys {
                    out.removeSubrange(keyStart...)
                    continue
                }
                throw PyException.typeError("keys must be str, int, float, bool or None, not \(typeName(e.key))")
            }
            first = false
            out.append(contentsOf: options.keySeparator)
            try encode(e.value, level: inner)
        }
        newline(level)
        out.append(0x7D)
        if let id = id { markers.remove(id) }
    }

    /// sorted(d.items()): by key, with Python's ordering and its TypeError for mixed keys.
    private func sortedEntries(_ entries: [ValueTable.Entry]) throws -> [ValueTable.Entry] {
        let allStr = entries.allSatisfy { if case .str = $0.key { return true }; return false }
        if allStr {
            return entries.sorted { a, b in
                guard case .str(let x) = a.key, case .str(let y) = b.key else { return false }
                return x < y
            }
        }
        var order = Array(entries.indices)
        try order.sort { a, b in try interp.lessThan(entries[a].key, entries[b].key) }
        return order.map { entries[$0] }
    }

    private mutating func encodeOther(_ value: Value, _ o: PyObject, level: Int) throws {
        guard let fn = options.defaultFunction else {
            throw PyException.typeError("Object of type \(typeName(value)) is not JSON serializable")
        }
        let id = try mark(o)
        let replacement = try interp.call(fn, Arguments([value]))
        try enter()
        defer { interp.callDepth -= 1 }
        try encode(replacement, level: level)
        if let id = id { markers.remove(id) }
    }
}


/// repr(float) appended as bytes. Swift's shortest-digits description already has Python's
/// layout between 1e-4 and 1e16; everything else goes through the general formatter.
func appendFloatRepr(_ d: Double, to out: inout [UInt8]) {
    if d == 0 {
        if d.sign == .minus { out.append(0x2D) }
        out.append(contentsOf: [0x30, 0x2E, 0x30])
        return
    }
    let m = abs(d)
    if m >= 1e-4 && m < 1e16 {
        if m < 9.0e15, d == d.rounded(.towardZero) {
            // Integral: digits then ".0".
            appendDecimal(Int(d), to: &out)
            out.append(0x2E)
            out.append(0x30)
            return
        }
        let text = d.description
        if !text.utf8.contains(0x65) {
            out.append(contentsOf: text.utf8)
            return
        }
    }
    out.append(contentsOf: pythonFloatRepr(d).utf8)
}

/// The decimal digits of an Int, appended as ASCII.
@inline(__always)
func appendDecimal(_ i: Int, to out: inout [UInt8]) {
    if i >= 0 && i < 10 { out.append(0x30 + UInt8(i)); return }
    if i < 0 { out.append(0x2D) }
    appendDecimal(UInt64(i.magnitude), to: &out)
}

func appendDecimal(_ v: UInt64, to out: inout [UInt8]) {
    if v < 10 { out.append(0x30 + UInt8(v)); return }
    let start = out.count
    var mag = v
    while mag > 0 {
        out.append(0x30 + UInt8(mag % 10))
        mag /= 10
    }
    out[start...].reverse()
}
