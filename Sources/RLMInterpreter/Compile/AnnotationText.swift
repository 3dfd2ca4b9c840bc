/// Source text of an expression as CPython regenerates it for postponed annotations
/// (`from __future__ import annotations` stores annotations as these strings).
enum AnnotationText {
    // Precedence levels, lowest first (CPython's PR_* values).
    static let tuple = 0, test = 1, or = 2, and = 3, not = 4, cmp = 5, bitOr = 6, bitXor = 7, bitAnd = 8,
               shift = 9, arith = 10, term = 11, factor = 12, power = 13, atom = 15

    static func text(_ e: Expr) -> String { text(e, test) }

    static func text(_ e: Expr, _ level: Int) -> String {
        func paren(_ own: Int, _ s: String) -> String { level > own ? "(" + s + ")" : s }
        switch e.kind {
        case .name(let n): return n
        case .constant(let c): return constant(c)
        case .attribute(let o, let name):
            var base = text(o, atom)
            if case .constant(.int) = o.kind { base += " " }
            return base + "." + name
        case .subscript(let o, let index):
            let inner: String
            if case .tuple(let items) = index.kind, !items.isEmpty {
                inner = items.map { text($0, test) }.joined(separator: ", ") + (items.count == 1 ? "," : "")
            } else {
                inner = text(index, tuple)
            }
            return text(o, atom) + "[" + inner + "]"
        case .slice(let lo, let hi, let step):
            var s = (lo.map { text($0, test) } ?? "") + ":" + (hi.map { text($0, test) } ?? "")
            if let st = step { s += ":" + text(st, test) }
            return s
        case .tuple(let items):
            if items.isEmpty { return "()" }
            let body = items.map { text($0, test) }.joined(separator: ", ") + (items.count == 1 ? "," : "")
            return paren(tuple, body)
        case .list(let items): return "[" + items.map { text($0, test) }.joined(separator: ", ") + "]"
        case .set(let items): return "{" + items.map { text($0, test) }.joined(separator: ", ") + "}"
        case .dict(let items):
            return "{" + items.map { item -> String in
                switch item {
                case .pair(let k, let v): return text(k, test) + ": " + text(v, test)
                case .unpack(let m): return "**" + text(m, bitOr)
                }
            }.joined(separator: ", ") + "}"
        case .starred(let v): return "*" + text(v, bitOr)
        case .unary(let op, let v):
            switch op {
            case .not: return paren(not, "not " + text(v, not))
            case .negate: return paren(factor, "-" + text(v, factor))
            case .plus: return paren(factor, "+" + text(v, factor))
            case .invert: return paren(factor, "~" + text(v, factor))
            }
        case .binary(let l, let op, let r):
            let (symbol, own) = binary(op)
            let rightAssoc = op == .pow
            return paren(own, text(l, rightAssoc ? own + 1 : own) + " " + symbol + " " + text(r, rightAssoc ? own : own + 1))
        case .boolean(let op, let values):
            let own = op == .and ? and : or
            return paren(own, values.map { text($0, own + 1) }.joined(separator: op == .and ? " and " : " or "))
        case .compare(let first, let rest):
            var s = text(first, cmp + 1)
            for (op, v) in rest { s += " " + comparison(op) + " " + text(v, cmp + 1) }
            return paren(cmp, s)
        case .call(let f, let args):
            let parts = args.map { a -> String in
                switch a {
                case .positional(let v): return text(v, test)
                case .starred(let v): return "*" + text(v, test)
                case .keyword(let k, let v): return k + "=" + text(v, test)
                case .doubleStarred(let v): return "**" + text(v, test)
                }
            }
            return text(f, atom) + "(" + parts.joined(separator: ", ") + ")"
        case .conditional(let t, let b, let o):
            return paren(test, text(b, test + 1) + " if " + text(t, test + 1) + " else " + text(o, test))
        case .namedExpr(let n, let v): return paren(tuple, n + " := " + text(v, atom))
        default:
            return "..."
        }
    }

    static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "..."
        case .int(let i): return String(i)
        case .bigInt(let digits): return digits
        case .float(let d): return d.isInfinite ? (d > 0 ? "1e309" : "-1e309") : pythonFloatRepr(d)
        case .imaginary(let d): return pythonFloatRepr(d) + "j"
        case .str(let s): return PyStr.from(s).repr().string
        case .bytes(let b): return bytesRepr(b)
        }
    }

    static func binary(_ op: BinaryOperator) -> (String, Int) {
        switch op {
        case .add: return ("+", arith)
        case .sub: return ("-", arith)
        case .mul: return ("*", term)
        case .matMul: return ("@", term)
        case .div: return ("/", term)
        case .floorDiv: return ("//", term)
        case .mod: return ("%", term)
        case .pow: return ("**", power)
        case .lshift: return ("<<", shift)
        case .rshift: return (">>", shift)
        case .bitAnd: return ("&", bitAnd)
        case .bitXor: return ("^", bitXor)
        case .bitOr: return ("|", bitOr)
        }
    }

    static func comparison(_ op: ComparisonOperator) -> String {
        switch op {
        case .eq: return "=="
        case .ne: return "!="
        case .lt: return "<"
        case .le: return "<="
        case .gt: return ">"
        case .ge: return ">="
        case .in: return "in"
        case .notIn: return "not in"
        case .is: return "is"
        case .isNot: return "is not"
        }
    }
}
