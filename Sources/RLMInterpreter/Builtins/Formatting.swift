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
                    let r = try callSpecial(m, v, .str(PyStr.from(spec)))
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
                value = try getItem(m, .str(PyStr.from(first)))
            } else {
                guard let v = args.keywords.first(where: { $0.0 == first })?.1 else {
                    throw PyException.keyError(.str(PyStr.from(first)))
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
                    value = try getItem(value, Int(key).map { .int($0) } ?? .str(PyStr.from(key)))
                    accessor = accessor[accessor.index(after: close)...]
                } else {
                    throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            }
            switch conversion {
            case nil: break
            case "r": value = .str(PyStr.from(try repr(value)))
            case "s": value = .str(PyStr.from(try str(value)))
            case "a": value = .str(PyStr.from(asciiEscaped(try repr(value))))
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

    /// `template % values`: the directives come from the text layer's parser (cached for the
    /// last template, which in a loop is the same constant), arguments are fetched here in
    /// CPython's order, and each conversion is formatted by the text layer.
    func percentFormat(_ template: PyStr, _ values: Value) throws -> PyStr {
        let (pieces, parseError) = percentPieces(template)
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
        func starArg() throws -> Int {
            guard case .int(let n) = try nextArg() else { throw PyException.typeError("* wants int") }
            return n
        }
        var out = PyStrBuilder(capacity: template.utf8.count + 16)
        var usedMapping = false
        do {
            for piece in pieces {
                switch piece {
                case .literal(let text):
                    out.append(text)
                case .directive(let d):
                    var width: Int?
                    switch d.width {
                    case .value(let w)?: width = w
                    case .star?: width = try starArg()
                    case nil: break
                    }
                    var precision: Int?
                    switch d.precision {
                    case .value(let p)?: precision = p
                    case .star?: precision = try starArg()
                    case nil: break
                    }
                    let value: Value
                    if let key = d.key {
                        guard let m = mapping else { throw PyException.typeError("format requires a mapping") }
                        usedMapping = true
                        value = try getItem(m, .str(key))
                    } else {
                        value = try nextArg()
                    }
                    if !isPercentConversion(d.conversion), let e = parseError { throw e.asPython }
                    // Widths and precisions are size-predictable allocations.
                    if let w = width, w.magnitude > 1 << 16 { try reserve(bytes: Int(clamping: w.magnitude)) }
                    if let p = precision, p > 1 << 16 { try reserve(bytes: p) }
                    out.append(try percentDirective(d, value, width: width, precision: precision))
                }
            }
        } catch let e as TextError {
            throw e.asPython
        }
        if let e = parseError { throw e.asPython }
        if argIndex < args.count && !usedMapping && mapping == nil {
            throw PyException.typeError("not all arguments converted during string formatting")
        }
        return out.build()
    }

    private func percentPieces(_ template: PyStr) -> ([PercentPiece], TextError?) {
        if let cached = percentFormatCache, cached.template === template { return (cached.pieces, cached.error) }
        let (pieces, error) = parsePercentFormatPrefix(template)
        percentFormatCache = (template, pieces, error)
        return (pieces, error)
    }

    private func percentDirective(_ d: PercentDirective, _ value: Value, width: Int?, precision: Int?) throws -> PyStr {
        let conv = d.conversion
        switch UnicodeScalar(conv).map(Character.init) {
        case "s"?:
            let text: PyStr
            if case .str(let s) = value { text = s } else { text = PyStr.from(try str(value)) }
            return percentFormatText(text, conversion: conv, flags: d.flags, width: width, precision: precision)
        case "r"?, "a"?:
            var text = try repr(value)
            if conv == 0x61 { text = asciiEscaped(text) }
            return percentFormatText(PyStr.from(text), conversion: conv, flags: d.flags, width: width, precision: precision)
        case "d"?, "i"?, "u"?, "x"?, "X"?, "o"?:
            switch try percentInteger(value, Character(UnicodeScalar(conv)!)) {
            case .int(let n):
                return percentFormatInteger(n, conversion: conv, flags: d.flags, width: width, precision: precision)
            case .big(let b):
                // Decimal conversion of a huge int obeys the 4300-digit limit, as str() does.
                if conv != 0x6F && conv != 0x78 && conv != 0x58 { _ = try pythonIntToDecimal(b.value) }
                return percentFormatInteger(b.value, conversion: conv, flags: d.flags, width: width, precision: precision)
            case let other:
                throw PyException.typeError("%\(Character(UnicodeScalar(conv)!)) format: a real number is required, not \(typeName(other))")
            }
        case "c"?:
            switch value {
            case .int(let c):
                return percentFormatText(try percentCharacter(c), conversion: conv, flags: d.flags, width: width, precision: precision)
            case .str(let s) where s.count == 1:
                return percentFormatText(s, conversion: conv, flags: d.flags, width: width, precision: precision)
            default:
                throw PyException.typeError("%c requires int or char")
            }
        default:
            let x: Double
            switch value {
            case .float(let f): x = f
            case .int, .big, .bool: x = try value.asDouble()
            default:
                guard let m = userMethod(value, "__float__") else {
                    throw PyException.typeError("must be real number, not \(typeName(value))")
                }
                x = try callSpecial(m, value).asDouble()
            }
            return percentFormatFloat(x, conversion: conv, flags: d.flags, width: width, precision: precision)
        }
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
