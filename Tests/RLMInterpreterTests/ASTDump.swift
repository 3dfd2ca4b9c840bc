// A compact text dump of the syntax tree for parser tests. Its format matches a dump of
// CPython's `ast` module (calls split into args and keywords, f-string debug text as a
// literal, defaults as CPython's arguments node), so trees can be compared with CPython's.
import RLMInterpreter

struct ASTDumper {
    var positions = true

    func dump(_ module: Module) -> String { body(module.body, 0) }

    func loc(_ l: SourceLocation, _ inFString: Bool) -> String {
        positions && !inFString ? "@\(l.line):\(l.column)" : ""
    }

    func body(_ statements: [Stmt], _ indent: Int) -> String {
        statements.map { statement($0, indent) }.joined()
    }

    func list(_ es: [Expr], _ f: Bool = false) -> String { "[" + es.map { expr($0, f) }.joined(separator: ", ") + "]" }

    func optional(_ e: Expr?, _ f: Bool = false) -> String { e.map { expr($0, f) } ?? "-" }

    func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        case .int(let i): return "int:\(i)"
        case .bigInt(let digits): return "int:\(digits)"
        case .float(let d): return "float:" + dumpFloatRepr(d)
        case .imaginary(let d): return "imag:" + dumpFloatRepr(d)
        case .str(let s): return "str:" + jsonString(s)
        case .bytes(let b): return "bytes:" + b.map(String.init).joined(separator: ",")
        }
    }

    func parameters(_ p: Parameters) -> String {
        func names(_ ps: [Parameter]) -> String {
            ps.map { $0.name + loc($0.location, false) }.joined(separator: ", ")
        }
        let defaults = (p.positionalOnly + p.regular).compactMap { $0.defaultValue }
        let kwDefaults = p.keywordOnly.map { optional($0.defaultValue) }.joined(separator: ", ")
        let vararg = p.varArgs.map { $0.name + loc($0.location, false) } ?? "-"
        let kwarg = p.varKeywords.map { $0.name + loc($0.location, false) } ?? "-"
        return "args(posonly=[\(names(p.positionalOnly))], args=[\(names(p.regular))], vararg=\(vararg), "
            + "kwonly=[\(names(p.keywordOnly))], kw_defaults=[\(kwDefaults)], kwarg=\(kwarg), defaults=\(list(defaults)))"
    }

    func comprehensions(_ cs: [Comprehension], _ f: Bool) -> String {
        "[" + cs.map { "comp(\(expr($0.target, f)), \(expr($0.iterable, f)), \(list($0.conditions, f)))" }
            .joined(separator: ", ") + "]"
    }

    func fParts(_ parts: [FStringPart]) -> [String] {
        var out: [String] = []
        var pending: String? = nil
        func flush() {
            if let p = pending { out.append("Lit(\(jsonString(p)))") }
            pending = nil
        }
        for part in parts {
            switch part {
            case .literal(let s):
                pending = (pending ?? "") + s
            case .field(let e, let conversion, let spec, let debugText):
                if let d = debugText { pending = (pending ?? "") + d }
                flush()
                let conv = conversion.map { String($0) } ?? "-"
                let specText = spec.map { "[" + fParts($0).joined(separator: ", ") + "]" } ?? "-"
                out.append("Field(\(expr(e, true)), \(conv), \(specText))")
            }
        }
        flush()
        return out
    }

    func op(_ o: BinaryOperator) -> String {
        switch o {
        case .add: return "Add"
        case .sub: return "Sub"
        case .mul: return "Mult"
        case .div: return "Div"
        case .floorDiv: return "FloorDiv"
        case .mod: return "Mod"
        case .pow: return "Pow"
        case .lshift: return "LShift"
        case .rshift: return "RShift"
        case .bitAnd: return "BitAnd"
        case .bitOr: return "BitOr"
        case .bitXor: return "BitXor"
        case .matMul: return "MatMult"
        }
    }

    func op(_ o: ComparisonOperator) -> String {
        switch o {
        case .eq: return "Eq"
        case .ne: return "NotEq"
        case .lt: return "Lt"
        case .le: return "LtE"
        case .gt: return "Gt"
        case .ge: return "GtE"
        case .in: return "In"
        case .notIn: return "NotIn"
        case .is: return "Is"
        case .isNot: return "IsNot"
        }
    }

    func expr(_ e: Expr, _ f: Bool = false) -> String {
        let L = loc(e.location, f)
        switch e.kind {
        case .name(let n): return "Name(\(n))\(L)"
        case .constant(let c): return "Const(\(constant(c)))\(L)"
        case .fString(let parts): return "JoinedStr[\(fParts(parts).joined(separator: ", "))]\(L)"
        case .unary(let o, let x):
            let name: String
            switch o {
            case .not: name = "Not"
            case .negate: name = "USub"
            case .plus: name = "UAdd"
            case .invert: name = "Invert"
            }
            return "UnaryOp(\(name), \(expr(x, f)))\(L)"
        case .binary(let l, let o, let r): return "BinOp(\(expr(l, f)), \(op(o)), \(expr(r, f)))\(L)"
        case .boolean(let o, let vs): return "BoolOp(\(o == .and ? "And" : "Or"), \(list(vs, f)))\(L)"
        case .compare(let l, let rest):
            return "Compare(\(expr(l, f)), [\(rest.map { op($0.0) }.joined(separator: ", "))], \(list(rest.map { $0.1 }, f)))\(L)"
        case .call(let fn, let arguments):
            var positional: [String] = [], keywords: [String] = []
            for a in arguments {
                switch a {
                case .positional(let x): positional.append(expr(x, f))
                case .starred(let x): positional.append("Starred(\(expr(x, f)))")
                case .keyword(let k, let x): keywords.append("kw(\(k), \(expr(x, f)))")
                case .doubleStarred(let x): keywords.append("kw(**, \(expr(x, f)))")
                }
            }
            return "Call(\(expr(fn, f)), [\(positional.joined(separator: ", "))], [\(keywords.joined(separator: ", "))])\(L)"
        case .attribute(let v, let a): return "Attribute(\(expr(v, f)), \(a))\(L)"
        case .subscript(let v, let s): return "Subscript(\(expr(v, f)), \(expr(s, f)))\(L)"
        case .slice(let a, let b, let c): return "Slice(\(optional(a, f)), \(optional(b, f)), \(optional(c, f)))\(L)"
        case .tuple(let xs): return "Tuple\(list(xs, f))\(L)"
        case .list(let xs): return "List\(list(xs, f))\(L)"
        case .set(let xs): return "Set\(list(xs, f))\(L)"
        case .dict(let items):
            let text = items.map { item -> String in
                switch item {
                case .pair(let k, let v): return "\(expr(k, f)): \(expr(v, f))"
                case .unpack(let v): return "**" + expr(v, f)
                }
            }.joined(separator: ", ")
            return "Dict[\(text)]\(L)"
        case .starred(let x): return "Starred(\(expr(x, f)))\(L)"
        case .conditional(let t, let b, let o): return "IfExp(\(expr(t, f)), \(expr(b, f)), \(expr(o, f)))\(L)"
        case .lambda(let p, let b): return "Lambda(\(parameters(p)), \(expr(b, f)))\(L)"
        case .listComprehension(let x, let cs): return "ListComp(\(expr(x, f)), \(comprehensions(cs, f)))\(L)"
        case .setComprehension(let x, let cs): return "SetComp(\(expr(x, f)), \(comprehensions(cs, f)))\(L)"
        case .generatorExpression(let x, let cs): return "GeneratorExp(\(expr(x, f)), \(comprehensions(cs, f)))\(L)"
        case .dictComprehension(let k, let v, let cs):
            return "DictComp(\(expr(k, f)), \(expr(v, f)), \(comprehensions(cs, f)))\(L)"
        case .yield(let x): return "Yield(\(optional(x, f)))\(L)"
        case .yieldFrom(let x): return "YieldFrom(\(expr(x, f)))\(L)"
        case .namedExpr(let n, let v): return "NamedExpr(\(n), \(expr(v, f)))\(L)"
        }
    }

    func statement(_ s: Stmt, _ indent: Int) -> String {
        let p = String(repeating: "  ", count: indent)
        let L = loc(s.location, false)
        func block(_ name: String, _ b: [Stmt]) -> String { "\(p) \(name):\n" + body(b, indent + 1) }
        func aliases(_ names: [ImportAlias]) -> String {
            names.map { "\($0.name) as \($0.asName ?? "-")" }.joined(separator: ", ")
        }
        switch s.kind {
        case .expression(let e): return "\(p)Expr(\(expr(e)))\(L)\n"
        case .assign(let ts, let v): return "\(p)Assign(\(list(ts)), \(expr(v)))\(L)\n"
        case .augmentedAssign(let t, let o, let v): return "\(p)AugAssign(\(expr(t)), \(op(o)), \(expr(v)))\(L)\n"
        case .annotatedAssign(let t, let a, let v): return "\(p)AnnAssign(\(expr(t)), \(expr(a)), \(optional(v)))\(L)\n"
        case .if(let t, let b, let o): return "\(p)If(\(expr(t)))\(L)\n" + block("body", b) + block("orelse", o)
        case .while(let t, let b, let o): return "\(p)While(\(expr(t)))\(L)\n" + block("body", b) + block("orelse", o)
        case .for(let t, let i, let b, let o):
            return "\(p)For(\(expr(t)), \(expr(i)))\(L)\n" + block("body", b) + block("orelse", o)
        case .break: return "\(p)Break\(L)\n"
        case .continue: return "\(p)Continue\(L)\n"
        case .pass: return "\(p)Pass\(L)\n"
        case .return(let v): return "\(p)Return(\(optional(v)))\(L)\n"
        case .functionDef(let d):
            return "\(p)FunctionDef(\(d.name), \(parameters(d.parameters)), decorators=\(list(d.decorators)))\(L)\n"
                + block("body", d.body)
        case .classDef(let c):
            let kws = c.keywords.map { "kw(\($0.0), \(expr($0.1)))" }.joined(separator: ", ")
            return "\(p)ClassDef(\(c.name), bases=\(list(c.bases)), keywords=[\(kws)], decorators=\(list(c.decorators)))\(L)\n"
                + block("body", c.body)
        case .try(let b, let hs, let o, let fin):
            var out = "\(p)Try\(L)\n" + block("body", b)
            for h in hs {
                out += "\(p) handler(\(optional(h.type)), \(h.name ?? "-"))\(loc(h.location, false)):\n" + body(h.body, indent + 1)
            }
            return out + block("orelse", o) + block("finally", fin)
        case .raise(let e, let c): return "\(p)Raise(\(optional(e)), \(optional(c)))\(L)\n"
        case .assert(let t, let m): return "\(p)Assert(\(expr(t)), \(optional(m)))\(L)\n"
        case .delete(let ts): return "\(p)Delete(\(list(ts)))\(L)\n"
        case .with(let items, let b):
            let text = items.map { "item(\(expr($0.context)), \(optional($0.target)))" }.joined(separator: ", ")
            return "\(p)With([\(text)])\(L)\n" + block("body", b)
        case .global(let ns): return "\(p)Global(\(ns.joined(separator: ", ")))\(L)\n"
        case .nonlocal(let ns): return "\(p)Nonlocal(\(ns.joined(separator: ", ")))\(L)\n"
        case .import(let ns): return "\(p)Import(\(aliases(ns)))\(L)\n"
        case .importFrom(let m, let ns, let level): return "\(p)ImportFrom(\(m), \(aliases(ns)), \(level))\(L)\n"
        }
    }
}

/// The string as Python's json.dumps(s, ensure_ascii=True) writes it.
fileprivate func jsonString(_ s: String) -> String {
    var out = "\""
    func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - h.count) + h
    }
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        default:
            if u.value < 0x20 || u.value > 0x7E {
                if u.value > 0xFFFF {
                    let v = u.value - 0x10000
                    out += hex4(0xD800 + (v >> 10)) + hex4(0xDC00 + (v & 0x3FF))
                } else {
                    out += hex4(u.value)
                }
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}

/// repr(float) for the dump: Swift's shortest digits, laid out as Python does
/// (positional for exponents -4 through 15, otherwise scientific with two exponent digits).
fileprivate func dumpFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    var text = "\(d)"
    var sign = ""
    if text.hasPrefix("-") { sign = "-"; text.removeFirst() }
    var mantissa = text, exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = String(text[..<e])
        exponent = Int(text[text.index(after: e)...])!
    }
    var parts = mantissa.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if parts.count == 1 { parts.append("") }
    var digits = parts[0] + parts[1]
    var pointPosition = parts[0].count + exponent
    while digits.count > 1 && digits.hasPrefix("0") { digits.removeFirst(); pointPosition -= 1 }
    while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
    if digits == "0" { return sign + "0.0" }
    let decimalExponent = pointPosition - 1
    if decimalExponent >= -4 && decimalExponent < 16 {
        if pointPosition <= 0 { return sign + "0." + String(repeating: "0", count: -pointPosition) + digits }
        if pointPosition >= digits.count { return sign + digits + String(repeating: "0", count: pointPosition - digits.count) + ".0" }
        let i = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<i] + "." + digits[i...]
    }
    let first = digits.prefix(1), rest = digits.dropFirst()
    let expText = String(abs(decimalExponent))
    return sign + first + (rest.isEmpty ? "" : "." + rest) + "e" + (decimalExponent < 0 ? "-" : "+")
        + (expText.count < 2 ? "0" + expText : expText)
}
