import BigInt

/// format(), str.format() and the % operator, on top of the text layer's format-spec engine.
extension Interp {
    /// `format(v, spec)`.
    public func format(_ v: Value, _ spec: String) throws -> String {
        try reserveFormatWidth(spec)
        do {
            switch v {
            case .str(let s): return spec.isEmpty ? s.string : try formatStr(s, spec: spec).string
            case .int(let i): return spec.isEmpty ? String(i) : try formatInt(i, spec: spec)
            case .big(let b): return spec.isEmpty ? try repr(v) : try formatInt(b.value, spec: spec)
            case .bool(let b): return spec.isEmpty ? (b ? "True" : "False") : try formatInt(b ? 1 : 0, spec: spec)
            case .float(let d): return spec.isEmpty ? pythonFloatRepr(d) : try formatFloat(d, spec: spec)
            default:
                if let m = userMethod(v, "__format__") {
                    let r = try callSpecial(m, v, .str(PyStr(spec)))
                    guard case .str(let s) = r else {
                        throw PyException.typeError("__format__ must return a str, not \(typeName(r))")
                    }
                    return s.string
                }
                if !spec.isEmpty {
                    throw PyException.typeError("unsupported format string passed to \(typeName(v)).__format__")
                }
                return try str(v)
            }
        } catch let e as TextError {
            throw e.asPython
        }
    }

    /// A width is a size-predictable allocation: refuse absurd ones before padding.
    func reserveFormatWidth(_ spec: String) throws {
        if spec.utf8.count > 1, let width = Interp.largestNumber(in: spec), width > 1 << 16 {
            try reserve(bytes: width)
        }
    }

    static func largestNumber(in spec: String) -> Int? {
        var best: Int?
        var current = 0
        var inDigits = false
        for u in spec.utf8 {
            if u >= 48 && u <= 57 {
                let (m, o1) = current.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int(u - 48))
                current = o1 || o2 ? Int.max : a
                inDigits = true
            } else if inDigits {
                best = max(best ?? 0, current)
                current = 0
                inDigits = false
            }
        }
        if inDigits { best = max(best ?? 0, current) }
        return best
    }

    // MARK: str.format

    /// `template.format(*args, **kwargs)` (or format_map when `mapping` is given).
    func formatTemplate(_ template: String, _ args: Arguments, mapping: Value? = nil, depth: Int = 0) throws -> String {
        if depth > 2 { throw PyException.valueError("Max string recursion exceeded") }
        let chars = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var autoIndex = 0
        var usedManual = false, usedAuto = false
        while i < chars.count {
            let c = chars[i]
            if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" {
                    out.append("}")
                    i += 2
                    continue
                }
                throw PyException.valueError("Single '}' encountered in format string")
            }
            if c != "{" {
                out.append(c)
                i += 1
                continue
            }
            if i + 1 < chars.count && chars[i + 1] == "{" {
                out.append("{")
                i += 2
                continue
            }
            // Find the matching close brace, allowing nested {} in the spec.
            var j = i + 1
            var nesting = 1
            while j < chars.count {
                if chars[j] == "{" { nesting += 1 }
                if chars[j] == "}" {
                    nesting -= 1
                    if nesting == 0 { break }
                }
                j += 1
            }
            if j >= chars.count {
                throw PyException.valueError(nesting > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string")
            }
            let field = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
            i = j + 1

            // Split field into name, conversion and spec (the name part ends at ! or : outside brackets).
            var name = field
            var conversion: Character?
            var spec = ""
            var k = field.startIndex
            var inBracket = false
            while k < field.endIndex {
                let ch = field[k]
                if ch == "[" { inBracket = true }
                if ch == "]" { inBracket = false }
                if !inBracket && (ch == "!" || ch == ":") { break }
                k = field.index(after: k)
            }
            name = String(field[..<k])
            var rest = field[k...]
            if rest.first == "!" {
                rest = rest.dropFirst()
                guard let conv = rest.first else { throw PyException.valueError("end of string while looking for conversion specifier") }
                conversion = conv
                rest = rest.dropFirst()
                if let next = rest.first, next != ":" { throw PyException.valueError("expected ':' after conversion specifier") }
            }
            if rest.first == ":" { spec = String(rest.dropFirst()) }

            // Resolve the field name: first part, then .attr / [key] accessors.
            var firstEnd = name.startIndex
            while firstEnd < name.endIndex && name[firstEnd] != "." && name[firstEnd] != "[" { firstEnd = name.index(after: firstEnd) }
            let first = String(name[..<firstEnd])
            var value: Value
            if first.isEmpty {
                if usedManual { throw PyException.valueError("cannot switch from manual field specification to automatic field numbering") }
                usedAuto = true
                guard autoIndex < args.positional.count else {
                    throw PyException.indexError("Replacement index \(autoIndex) out of range for positional args tuple")
                }
                value = args.positional[autoIndex]
                autoIndex += 1
            } else if first.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(first) {
                if usedAuto { throw PyException.valueError("cannot switch from automatic field numbering to manual field specification") }
                usedManual = true
                guard n < args.positional.count else {
                    throw PyException.indexError("Replacement index \(n) out of range for positional args tuple")
                }
                value = args.positional[n]
            } else if let m = mapping {
                value = try getItem(m, .str(PyStr(first)))
            } else {
                guard let v = args.keywords.first(where: { $0.0 == first })?.1 else {
                    throw PyException.keyError(.str(PyStr(first)))
                }
                value = v
            }
            var accessor = name[firstEnd...]
            while let head = accessor.first {
                if head == "." {
                    accessor = accessor.dropFirst()
                    let attrEnd = accessor.firstIndex(where: { $0 == "." || $0 == "[" }) ?? accessor.endIndex
                    let attr = String(accessor[..<attrEnd])
                    try checkAttributeAllowed(attr)
                    value = try getAttribute(value, attr)
                    accessor = accessor[attrEnd...]
                } else if head == "[" {
                    guard let close = accessor.firstIndex(of: "]") else { throw PyException.valueError("Missing ']' in format string") }
                    let key = String(accessor[accessor.index(after: accessor.startIndex)..<close])
                    value = try getItem(value, Int(key).map { .int($0) } ?? .str(PyStr(key)))
                    accessor = accessor[accessor.index(after: close)...]
                } else {
                    throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            }
            switch conversion {
            case nil: break
            case "r": value = .str(PyStr(try repr(value)))
            case "s": value = .str(PyStr(try str(value)))
            case "a": value = .str(PyStr(asciiEscaped(try repr(value))))
            case let c?: throw PyException.valueError("Unknown conversion specifier \(c)")
            }
            if spec.contains("{") {
                // Nested fields in the spec share the automatic numbering.
                var nestedArgs = args
                if usedAuto { nestedArgs.positional = Array(args.positional.dropFirst(autoIndex)) }
                let before = spec.filter { $0 == "{" }.count
                spec = try formatTemplate(spec, nestedArgs, mapping: mapping, depth: depth + 1)
                if usedAuto { autoIndex += before }
            }
            out.append(contentsOf: try format(value, spec).unicodeScalars)
        }
        return String(out)
    }

    // MARK: printf-style %

    /// `template % values`.
    func percentFormat(_ template: PyStr, _ values: Value) throws -> String {
        let chars = Array(template.string.unicodeScalars)
        var args: [Value]
        var mapping: Value?
        switch values {
        case .tuple(let t): args = t.items
        case .dict: args = [values]; mapping = values
        default:
            args = [values]
            if case .object(let o) = values, o is PyInstance, userMethod(values, "__getitem__") != nil { mapping = values }
        }
        var argIndex = 0
        func nextArg() throws -> Value {
            guard argIndex < args.count else { throw PyException.typeError("not enough arguments for format string") }
            defer { argIndex += 1 }
            return args[argIndex]
        }
        var out = ""
        var i = 0
        var usedMapping = false
        while i < chars.count {
            let c = chars[i]
            if c != "%" {
                out.unicodeScalars.append(c)
                i += 1
                continue
            }
            let directiveStart = i
            i += 1
            guard i < chars.count else { throw PyException.valueError("incomplete format") }
            var key: String?
            if chars[i] == "(" {
                var depth = 1
                var j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "(" { depth += 1 }
                    if chars[j] == ")" { depth -= 1 }
                    j += 1
                }
                if depth > 0 { throw PyException.valueError("incomplete format key") }
                key = String(String.UnicodeScalarView(chars[(i + 1)..<(j - 1)]))
                i = j
            }
            var flags = Set<Character>()
            while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) {
                flags.insert(Character(chars[i]))
                i += 1
            }
            var width: Int?
            if i < chars.count && chars[i] == "*" {
                width = try nextArg().asInt("width")
                i += 1
            } else {
                var digits = ""
                while i < chars.count, chars[i].properties.numericType == .decimal { digits.unicodeScalars.append(chars[i]); i += 1 }
                width = Int(digits)
            }
            var precision: Int?
            if i < chars.count && chars[i] == "." {
                i += 1
                if i < chars.count && chars[i] == "*" {
                    precision = try nextArg().asInt("precision")
                    i += 1
                } else {
                    var digits = ""
                    while i < chars.count, chars[i].properties.numericType == .decimal { digits.unicodeScalars.append(chars[i]); i += 1 }
                    precision = Int(digits) ?? 0
                }
            }
            while i < chars.count, "hlL".unicodeScalars.contains(chars[i]) { i += 1 }
            guard i < chars.count else { throw PyException.valueError("incomplete format") }
            let conv = Character(chars[i])
            i += 1
            if conv == "%" {
                out += "%"
                continue
            }
            let value: Value
            if let k = key {
                guard let m = mapping else { throw PyException.typeError("format requires a mapping") }
                usedMapping = true
                value = try getItem(m, .str(PyStr(k)))
            } else {
                value = try nextArg()
            }
            if width.map({ $0 < 0 }) ?? false {
                flags.insert("-")
                width = width! == Int.min ? Int.max : -width!
            }
            // Widths and precisions are size-predictable allocations.
            if let w = width, w > 1 << 16 { try reserve(bytes: w) }
            if let p = precision, p > 1 << 16 { try reserve(bytes: p) }
            out += try percentDirective(conv, value, flags: flags, width: width, precision: precision, index: directiveStart)
        }
        if argIndex < args.count && !usedMapping && mapping == nil {
            throw PyException.typeError("not all arguments converted during string formatting")
        }
        return out
    }

    private func percentDirective(_ conv: Character, _ value: Value, flags: Set<Character>, width: Int?,
                                  precision: Int?, index: Int) throws -> String {
        var body: String
        let left = flags.contains("-")
        var zeroPad = flags.contains("0") && !left
        var sign = ""
        if flags.contains("+") { sign = "+" } else if flags.contains(" ") { sign = " " }
        switch conv {
        case "s", "r", "a":
            body = conv == "s" ? try str(value) : try repr(value)
            if conv == "a" { body = asciiEscaped(body) }
            if let p = precision { body = String(body.unicodeScalars.prefix(p).map(Character.init)) }
            zeroPad = false
        case "d", "i", "u":
            let n = try percentInteger(value, conv)
            body = try format(n, sign + (precision.map { "0\($0 + (n.bigInt.map { $0.sign == .minus ? 1 : 0 } ?? 0) + (sign.isEmpty ? 0 : 1))" } ?? "") + "d")
        case "x", "X", "o":
            let n = try percentInteger(value, conv)
            body = try format(n, sign + (flags.contains("#") ? "#" : "") + String(conv))
            if let p = precision {
                let digitsStart = body.firstIndex(where: { $0.isHexDigit && !(flags.contains("#") && ($0 == "0")) }) ?? body.startIndex
                let digits = body[digitsStart...]
                if digits.count < p { body = body[..<digitsStart] + String(repeating: "0", count: p - digits.count) + digits }
            }
        case "e", "E", "f", "F", "g", "G":
            let d: Double
            switch value {
            case .float(let x): d = x
            case .int, .big, .bool: d = try value.asDouble()
            default:
                if let m = userMethod(value, "__float__") { d = try callSpecial(m, value).asDouble() } else {
                    throw PyException.typeError("must be real number, not \(typeName(value))")
                }
            }
            body = try format(.float(d), sign + (flags.contains("#") ? "#" : "") + ".\(precision ?? 6)" + String(conv))
        case "c":
            switch value {
            case .int(let c):
                guard c >= 0 && c <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(c)) else {
                    throw PyException.overflow("%c arg not in range(0x110000)")
                }
                body = String(Character(scalar))
            case .str(let s) where s.count == 1: body = s.string
            default: throw PyException.typeError("%c requires int or char")
            }
            zeroPad = false
        default:
            let code = conv.unicodeScalars.first!.value
            throw PyException.valueError("unsupported format character '\(conv)' (0x\(String(code, radix: 16))) at index \(index + 1)")
        }
        guard let w = width, body.count < w else { return body }
        let pad = w - body.count
        if left { return body + String(repeating: " ", count: pad) }
        if zeroPad {
            var prefixEnd = body.startIndex
            if let f = body.first, f == "-" || f == "+" || f == " " { prefixEnd = body.index(after: prefixEnd) }
            if body[prefixEnd...].hasPrefix("0x") || body[prefixEnd...].hasPrefix("0X") || body[prefixEnd...].hasPrefix("0o") {
                prefixEnd = body.index(prefixEnd, offsetBy: 2)
            }
            return body[..<prefixEnd] + String(repeating: "0", count: pad) + body[prefixEnd...]
        }
        return String(repeating: " ", count: pad) + body
    }

    private func percentInteger(_ value: Value, _ conv: Character) throws -> Value {
        switch value {
        case .int, .big: return value
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if conv == "x" || conv == "X" || conv == "o" {
                throw PyException.typeError("%\(conv) format: an integer is required, not float")
            }
            return try toInt(.float(d))
        default:
            if let m = userMethod(value, "__index__") ?? userMethod(value, "__int__") { return try callSpecial(m, value) }
            throw PyException.typeError("%\(conv) format: a real number is required, not \(typeName(value))")
        }
    }
}

/// repr text with non-ASCII characters escaped, as ascii() does.
func asciiEscaped(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
        if u.value < 128 {
            out.unicodeScalars.append(u)
        } else if u.value <= 0xFF {
            out += "\\x" + hexPadded(u.value, width: 2)
        } else if u.value <= 0xFFFF {
            out += "\\u" + hexPadded(u.value, width: 4)
        } else {
            out += "\\U" + hexPadded(u.value, width: 8)
        }
    }
    return out
}

/// Lowercase hex of `value`, zero-padded to `width`.
func hexPadded(_ value: UInt32, width: Int) -> String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - hex.count)) + hex
}
