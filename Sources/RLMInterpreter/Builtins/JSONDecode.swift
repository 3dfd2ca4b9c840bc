#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// json.loads: a port of CPython's C scanner (Modules/_json.c) working on the str's UTF-8
/// bytes. Every delimiter and escape is ASCII, so byte positions and CPython's character
/// positions agree everywhere the grammar looks; positions are turned into character
/// indices only when an error is reported. Strings without escapes are sliced straight out
/// of the document; object keys are memoised so repeated keys share one str (and its hash).
struct JSONDecodeOptions {
    var objectHook: Value?
    var pairsHook: Value?
    var parseFloat: Value?
    var parseInt: Value?
    var parseConstant: Value?
    var strict = true
}

struct JSONScanner {
    let interp: Interp
    let doc: PyStr
    let buf: UnsafeBufferPointer<UInt8>
    let n: Int
    let options: JSONDecodeOptions
    private var keys = JSONKeyCache()

    init(_ interp: Interp, _ doc: PyStr, _ buf: UnsafeBufferPointer<UInt8>, _ options: JSONDecodeOptions) {
        self.interp = interp
        self.doc = doc
        self.buf = buf
        self.n = buf.count
        self.options = options
    }

    /// Decodes a whole document: whitespace, one value, whitespace, end.
    static func decode(_ interp: Interp, _ doc: PyStr, _ options: JSONDecodeOptions) throws -> Value {
        try doc.utf8.withUnsafeBufferPointer { buf in
            var s = JSONScanner(interp, doc, buf, options)
            let start = s.skipSpace(0)
            let (value, end) = try s.scanValue(start)
            let rest = s.skipSpace(end)
            if rest != s.n { throw s.error("Extra data", rest) }
            return value
        }
    }

    /// JSONDecoder.raw_decode: one value starting exactly at byte `start`; returns it and the
    /// byte offset just after it.
    static func rawDecode(_ interp: Interp, _ doc: PyStr, _ start: Int, _ options: JSONDecodeOptions) throws -> (Value, Int) {
        try doc.utf8.withUnsafeBufferPointer { buf in
            var s = JSONScanner(interp, doc, buf, options)
            return try s.scanValue(start)
        }
    }

    @inline(__always)
    func skipSpace(_ i: Int) -> Int {
        var i = i
        while i < n {
            let c = buf[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { break }
        }
        return i
    }

    func error(_ message: String, _ bytePos: Int) -> PyException {
        makeJSONDecodeError(message, doc, bytePos: bytePos)
    }

    // MARK: values

    /// One JSON term starting at byte `idx` (no leading whitespace); its value and the offset
    /// after it. "Expecting value" when nothing there starts a term (CPython's StopIteration).
    mutating func scanValue(_ idx: Int) throws -> (Value, Int) {
        if idx >= n { throw error("Expecting value", idx) }
        switch buf[idx] {
        case 0x22: // "
            let (s, next) = try scanString(idx)
            return (.str(s), next)
        case 0x7B: // {
            try enter(" while decoding a JSON object from a unicode string")
            defer { interp.callDepth -= 1 }
            return try scanObject(idx + 1)
        case 0x5B: // [
            try enter(" while decoding a JSON array from a unicode string")
            defer { interp.callDepth -= 1 }
            return try scanArray(idx + 1)
        case 0x6E: // n
            if matches(idx, "null") { return (.none, idx + 4) }
        case 0x74: // t
            if matches(idx, "true") { return (.true, idx + 4) }
        case 0x66: // f
            if matches(idx, "false") { return (.false, idx + 5) }
        case 0x4E: // N
            if matches(idx, "NaN") { return (try constant("NaN", .nan), idx + 3) }
        case 0x49: // I
            if matches(idx, "Infinity") { return (try constant("Infinity", .infinity), idx + 8) }
        case 0x2D: // -
            if matches(idx, "-Infinity") { return (try constant("-Infinity", -.infinity), idx + 9) }
        default:
            break
        }
        return try scanNumber(idx)
    }

    /// Counts one level of nesting against the recursion limit, as Py_EnterRecursiveCall.
    @inline(__always)
    private func enter(_ context: String) throws {
        interp.callDepth += 1
        if interp.callDepth > interp.recursionLimit {
            interp.callDepth -= 1
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded" + context)
        }
    }

    /// True when the bytes at `idx` spell `word` (which must fit before the end, as in C).
    @inline(__always)
    private func matches(_ idx: Int, _ word: StaticString) -> Bool {
        let len = word.utf8CodeUnitCount
        if idx + len > n { return false }
        let w = word.utf8Start
        for k in 1..<len where buf[idx + k] != w[k] { return false }
        return true
    }

    private func constant(_ name: String, _ value: Double) throws -> Value {
        if let f = options.parseConstant { return try interp.call(f, Arguments([.str(PyStr.from(name))])) }
        return .float(value)
    }

    /// Values of the containers being parsed, innermost last: each container collects its
    /// items here and is then built at its exact size.
    private var stack: [Value] = []

    private mutating func scanObject(_ start: Int) throws -> (Value, Int) {
        var idx = skipSpace(start)
        let mark = stack.count
        defer { stack.removeLast(stack.count - mark) }
        if idx >= n || buf[idx] != 0x7D {
            while true {
                try interp.tick()
                if idx >= n || buf[idx] != 0x22 {
                    throw error("Expecting property name enclosed in double quotes", idx)
                }
                let (key, afterKey) = try scanString(idx, isKey: true)
                idx = skipSpace(afterKey)
                if idx >= n || buf[idx] != 0x3A { throw error("Expecting ':' delimiter", idx) }
                idx = skipSpace(idx + 1)
                let (value, afterValue) = try scanValue(idx)
                stack.append(.str(key))
                stack.append(value)
                idx = skipSpace(afterValue)
                if idx < n && buf[idx] == 0x7D { break }
                if idx >= n || buf[idx] != 0x2C { throw error("Expecting ',' delimiter", idx) }
                idx = skipSpace(idx + 1)
            }
        }
        let next = idx + 1
        if let hook = options.pairsHook {
            var pairs: [Value] = []
            pairs.reserveCapacity((stack.count - mark) / 2)
            var i = mark
            while i < stack.count {
                pairs.append(.tuple(PyTuple([stack[i], stack[i + 1]])))
                i += 2
            }
            return (try interp.call(hook, Arguments([.list(PyList(pairs))])), next)
        }
        let dict = PyDict()
        dict.table.reserveCapacity((stack.count - mark) / 2)
        var i = mark
        while i < stack.count {
            try dict.set(stack[i], stack[i + 1], interp)
            i += 2
        }
        if let hook = options.objectHook {
            return (try interp.call(hook, Arguments([.dict(dict)])), next)
        }
        return (.dict(dict), next)
    }

    private mutating func scanArray(_ start: Int) throws -> (Value, Int) {
        var idx = skipSpace(start)
        let mark = stack.count
        defer { stack.removeLast(stack.count - mark) }
        if idx >= n || buf[idx] != 0x5D {
            while true {
                try interp.tick()
                let (value, after) = try scanValue(idx)
                stack.append(value)
                idx = skipSpace(after)
                if idx < n && buf[idx] == 0x5D { break }
                if idx >= n || buf[idx] != 0x2C { throw error("Expecting ',' delimiter", idx) }
                idx = skipSpace(idx + 1)
            }
        }
        return (.list(PyList(Array(stack[mark...]))), idx + 1)
    }

    // MARK: strings

    /// The string whose opening quote is at `quote`; returns it and the offset after the
    /// closing quote.
    mutating func scanString(_ quote: Int, isKey: Bool = false) throws -> (PyStr, Int) {
        let strict = options.strict
        var i = quote + 1
        let start = i
        var high: UInt8 = 0
        // Fast path: no escapes, so the str is a slice of the document.
        while i < n {
            let c = buf[i]
            if c == 0x22 {
                let ascii = high < 0x80
                if isKey { return (keys.lookup(buf, start, i, ascii: ascii), i + 1) }
                return (slice(start, i, ascii: ascii), i + 1)
            }
            if c == 0x5C { break }
            if c < 0x20 && strict { throw error("Invalid control character at", i) }
            high |= c
            i += 1
        }
        if i >= n { throw error("Unterminated string starting at", quote) }
        return try scanEscaped(quote, chunkStart: start, at: i)
    }

    private func slice(_ lo: Int, _ hi: Int, ascii: Bool) -> PyStr {
        PyStr.fromBytes(buf, lo, hi, knownASCII: ascii)
    }

    /// The general loop of scanstring_unicode, entered at the first backslash.
    private mutating func scanEscaped(_ quote: Int, chunkStart: Int, at firstBackslash: Int) throws -> (PyStr, Int) {
        let strict = options.strict
        var out: [UInt8] = []
        out.reserveCapacity(firstBackslash - chunkStart + 16)
        var end = chunkStart
        var next = firstBackslash
        while true {
            var c: UInt8 = 0
            while next < n {
                c = buf[next]
                if c == 0x22 || c == 0x5C { break }
                if c < 0x20 && strict { throw error("Invalid control character at", next) }
                next += 1
            }
            if next >= n { throw error("Unterminated string starting at", quote) }
            if next > end { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[end..<next])) }
            next += 1
            if c == 0x22 { end = next; break }
            if next == n { throw error("Unterminated string starting at", quote) }
            let e = buf[next]
            if e != 0x75 { // not 'u'
                end = next + 1
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                default: throw error("Invalid \\escape", end - 2)
                }
                next = end
                continue
            }
            next += 1
            end = next + 4
            if end >= n { throw error("Invalid \\uXXXX escape", next - 1) }
            guard var cp = hex4(next) else { throw error("Invalid \\uXXXX escape", end - 5) }
            if cp >= 0xD800 && cp <= 0xDBFF && end + 6 < n && buf[end] == 0x5C && buf[end + 1] == 0x75 {
                guard let low = hex4(end + 2) else { throw error("Invalid \\uXXXX escape", end + 1) }
                if low >= 0xDC00 && low <= 0xDFFF {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                    end += 6
                }
            }
            appendUTF8(cp, to: &out)
            next = end
        }
        return (PyStr.copying(out), end)
    }

    @inline(__always)
    private func hex4(_ p: Int) -> UInt32? {
        var v: UInt32 = 0
        for k in 0..<4 {
            let d = buf[p + k]
            v <<= 4
            switch d {
            case 0x30...0x39: v |= UInt32(d - 0x30)
            case 0x61...0x66: v |= UInt32(d - 0x61 + 10)
            case 0x41...0x46: v |= UInt32(d - 0x41 + 10)
            default: return nil
            }
        }
        return v
    }

    // MARK: numbers

    @inline(__always)
    private func isDigit(_ i: Int) -> Bool { buf[i] &- 0x30 < 10 }

    /// _match_number_unicode: the longest JSON number at `start`.
    private mutating func scanNumber(_ start: Int) throws -> (Value, Int) {
        let endIdx = n - 1
        var idx = start
        if buf[idx] == 0x2D {
            idx += 1
            if idx > endIdx { throw error("Expecting value", start) }
        }
        let c = buf[idx]
        if c >= 0x31 && c <= 0x39 {
            idx += 1
            while idx <= endIdx && isDigit(idx) { idx += 1 }
        } else if c == 0x30 {
            idx += 1
        } else {
            throw error("Expecting value", start)
        }
        let intEnd = idx
        var isFloat = false
        if idx < endIdx && buf[idx] == 0x2E && isDigit(idx + 1) {
            isFloat = true
            idx += 2
            while idx <= endIdx && isDigit(idx) { idx += 1 }
        }
        if idx < endIdx && (buf[idx] == 0x65 || buf[idx] == 0x45) {
            let eStart = idx
            idx += 1
            if idx < endIdx && (buf[idx] == 0x2D || buf[idx] == 0x2B) { idx += 1 }
            while idx <= endIdx && isDigit(idx) { idx += 1 }
            if isDigit(idx - 1) { isFloat = true } else { idx = eStart }
        }
        if isFloat {
            if let f = options.parseFloat {
                return (try interp.call(f, Arguments([.str(slice(start, idx, ascii: true))])), idx)
            }
            return (.float(parseDouble(start, idx)), idx)
        }
        if let f = options.parseInt {
            return (try interp.call(f, Arguments([.str(slice(start, idx, ascii: true))])), idx)
        }
        return (try parseInteger(start, intEnd), idx)
    }

    private func parseInteger(_ start: Int, _ end: Int) throws -> Value {
        let negative = buf[start] == 0x2D
        let first = negative ? start + 1 : start
        let digits = end - first
        if digits <= 18 {
            var v = 0
            for i in first..<end { v = v &* 10 &+ Int(buf[i] &- 0x30) }
            return .int(negative ? -v : v)
        }
        if digits == 19 {
            // May still fit in 64 bits; accumulate toward the sign so Int.min works.
            var v = 0
            var overflow = false
            for i in first..<end where !overflow {
                let d = Int(buf[i] &- 0x30)
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (r, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
                overflow = o1 || o2
                v = r
            }
            if !overflow { return .int(v) }
        }
        let limit = pythonIntMaxStrDigits
        if limit > 0 && digits > limit {
            throw PyException.valueError("Exceeds the limit (\(limit) digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        // Eighteen digits at a time: far cheaper than BigInt's text parser.
        var magnitude = BigUInt(0)
        var i = first
        var chunk = digits % 18 == 0 ? 18 : digits % 18
        while i < end {
            var word: UInt64 = 0
            for k in i..<(i + chunk) { word = word &* 10 &+ UInt64(buf[k] &- 0x30) }
            magnitude = i == first ? BigUInt(word) : magnitude * JSONScanner.tenToThe18 + BigUInt(word)
            i += chunk
            chunk = 18
        }
        return .integer(BigInt(sign: negative ? .minus : .plus, magnitude: magnitude))
    }

    /// float(text) for a JSON number: exact fast path (Clinger) for up to 15 significant
    /// digits and a small power of ten; strtod (correctly rounded) otherwise.
    private func parseDouble(_ start: Int, _ end: Int) -> Double {
        var i = start
        let negative = buf[i] == 0x2D
        if negative { i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exp10 = 0
        var significant = false
        while i < end && isDigit(i) {
            let d = buf[i] &- 0x30
            if significant || d != 0 {
                significant = true
                mantissa = mantissa &* 10 &+ UInt64(d)
                digits += 1
            }
            i += 1
        }
        if i < end && buf[i] == 0x2E {
            i += 1
            while i < end && isDigit(i) {
                let d = buf[i] &- 0x30
                if significant || d != 0 {
                    significant = true
                    mantissa = mantissa &* 10 &+ UInt64(d)
                    digits += 1
                }
                exp10 -= 1
                i += 1
            }
        }
        var fast = digits <= 15
        if i < end {
            // exponent
            i += 1
            var expNegative = false
            if buf[i] == 0x2D || buf[i] == 0x2B { expNegative = buf[i] == 0x2D; i += 1 }
            var e = 0
            while i < end {
                if e < 100_000 { e = e * 10 + Int(buf[i] &- 0x30) } else { fast = false }
                i += 1
            }
            exp10 += expNegative ? -e : e
        }
        if fast {
            if mantissa == 0 { return negative ? -0.0 : 0.0 }
            if exp10 >= -22 && exp10 <= 22 {
                var v = Double(mantissa)
                if exp10 < 0 { v /= JSONScanner.powersOfTen[-exp10] } else { v *= JSONScanner.powersOfTen[exp10] }
                return negative ? -v : v
            }
        }
        var text = [CChar](repeating: 0, count: end - start + 1)
        for k in start..<end { text[k - start] = CChar(bitPattern: buf[k]) }
        return strtod(text, nil)
    }

    static let tenToThe18 = BigUInt(1_000_000_000_000_000_000 as UInt64)

    static let powersOfTen: [Double] = (0...22).map { k in
        var v = 1.0
        for _ in 0..<k { v *= 10 }
        return v
    }
}

/// Shares one str per distinct object key (CPython's memo dict), so a list of records
/// allocates and hashes each key once. Open addressing over byte ranges; short keys only.
/// The table starts small and doubles at half load: `json.loads` of a one-line record is
/// called in loops, and a table sized for a big document would cost more than the decode.
struct JSONKeyCache {
    private var slots: [PyStr?] = []
    private var used = 0
    private static let initialSlots = 16
    private static let maxKeys = 4096

    mutating func lookup(_ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, ascii: Bool) -> PyStr {
        let len = hi - lo
        if len > 64 || used >= JSONKeyCache.maxKeys {
            return JSONKeyCache.make(buf, lo, hi, ascii: ascii)
        }
        if slots.isEmpty { slots = [PyStr?](repeating: nil, count: JSONKeyCache.initialSlots) }
        let h = JSONKeyCache.hash(buf, lo, hi)
        let mask = slots.count - 1
        var slot = h & mask
        while let s = slots[slot] {
            if s.utf8.count == len && s.utf8.withUnsafeBufferPointer({ p in
                len == 0 || memcmp(p.baseAddress!, buf.baseAddress! + lo, len) == 0
            }) {
                return s
            }
            slot = (slot + 1) & mask
        }
        let s = JSONKeyCache.make(buf, lo, hi, ascii: ascii)
        slots[slot] = s
        used += 1
        if used * 2 >= slots.count { grow() }
        return s
    }

    private mutating func grow() {
        let old = slots
        slots = [PyStr?](repeating: nil, count: old.count * 2)
        let mask = slots.count - 1
        for case let s? in old {
            var slot = s.utf8.withUnsafeBufferPointer { JSONKeyCache.hash($0, 0, $0.count) } & mask
            while slots[slot] != nil { slot = (slot + 1) & mask }
            slots[slot] = s
        }
    }

    private static func hash(_ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in lo..<hi { h = (h ^ UInt64(buf[i])) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    static func make(_ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, ascii: Bool) -> PyStr {
        PyStr.fromBytes(buf, lo, hi, knownASCII: ascii)
    }
}

/// JSONDecodeError(msg, doc, pos) with pos given as a byte offset into doc's UTF-8.
func makeJSONDecodeError(_ message: String, _ doc: PyStr, bytePos: Int) -> PyException {
    let pos = doc.codePointIndex(byteOffset: bytePos)
    return makeJSONDecodeError(message, doc, pos: pos)
}

/// JSONDecodeError(msg, doc, pos), pos a character index: the message gains
/// ": line L column C (char N)" and the object carries msg, doc, pos, lineno, colno.
func makeJSONDecodeError(_ message: String, _ doc: PyStr, pos: Int, type: PyType = JSONTypes.decodeError) -> PyException {
    let e = PyBaseException(cls: type)
    fillJSONDecodeError(e, message, .str(doc), doc, pos: pos)
    return PyException(e)
}

func fillJSONDecodeError(_ e: PyBaseException, _ message: String, _ docValue: Value, _ doc: PyStr, pos: Int) {
    let bytePos = doc.byteOffset(codePoint: max(0, min(pos, doc.count)))
    var lineno = 1
    var lastNewline = -1
    doc.utf8.withUnsafeBufferPointer { b in
        var i = 0
        while i < bytePos {
            if b[i] == 0x0A { lineno += 1; lastNewline = i }
            i += 1
        }
    }
    let colno = lastNewline < 0 ? pos + 1 : pos - doc.codePointIndex(byteOffset: lastNewline)
    e.args = [.str(PyStr.from("\(message): line \(lineno) column \(colno) (char \(pos))"))]
    e.setAttribute("msg", .str(PyStr.from(message)))
    e.setAttribute("doc", docValue)
    e.setAttribute("pos", .int(pos))
    e.setAttribute("lineno", .int(lineno))
    e.setAttribute("colno", .int(colno))
}
