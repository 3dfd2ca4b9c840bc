import BigInt
import Foundation

/// Binary and unary operators with Python's numeric tower (bool < int < float), sequence
/// operators, set operators and the user-class special methods.
extension Interp {
    static func symbol(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .div: return "/"
        case .floorDiv: return "//"
        case .mod: return "%"
        case .pow: return "** or pow()"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .bitAnd: return "&"
        case .bitOr: return "|"
        case .bitXor: return "^"
        case .matMul: return "@"
        }
    }

    static func dunder(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .div: return "truediv"
        case .floorDiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .lshift: return "lshift"
        case .rshift: return "rshift"
        case .bitAnd: return "and"
        case .bitOr: return "or"
        case .bitXor: return "xor"
        case .matMul: return "matmul"
        }
    }

    public func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if let r = try numericBinary(op, a, b) { return r }
        if let r = try sequenceBinary(op, a, b) { return r }
        let name = Interp.dunder(op)
        // A subclass that overrides the reflected method gets the first try.
        var reflectedFirst = false
        if case .object(let oa) = a, let ia = oa as? PyInstance, case .object(let ob) = b, let ib = ob as? PyInstance,
           ib.cls !== ia.cls, ib.cls.isSubtype(of: ia.cls), let rb = userMethod(b, "__r\(name)__"),
           !rb.isIdentical(to: ia.cls.lookup("__r\(name)__") ?? .none) {
            reflectedFirst = true
            let r = try callSpecial(rb, b, a)
            if !r.isIdentical(to: BuiltinTypes.notImplemented) { return r }
        }
        if let m = userMethod(a, "__\(name)__") {
            let r = try callSpecial(m, a, b)
            if !r.isIdentical(to: BuiltinTypes.notImplemented) { return r }
        }
        if !reflectedFirst, let m = userMethod(b, "__r\(name)__") {
            let r = try callSpecial(m, b, a)
            if !r.isIdentical(to: BuiltinTypes.notImplemented) { return r }
        }
        if op == .bitOr, let u = PyUnionType.make(a, b) { return u }
        throw binaryTypeError(op, a, b)
    }

    func binaryTypeError(_ op: BinaryOperator, _ a: Value, _ b: Value) -> PyException {
        if op == .add {
            if case .str = a { return .typeError("can only concatenate str (not \"\(typeName(b))\") to str") }
            if case .list = a { return .typeError("can only concatenate list (not \"\(typeName(b))\") to list") }
            if case .tuple = a { return .typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple") }
            if case .object(let o) = a, o is PyBytes { return .typeError("can't concat \(typeName(b)) to \(typeName(a))") }
        }
        if op == .mul {
            switch (a, b) {
            case (.str, _), (.list, _), (.tuple, _):
                return .typeError("can't multiply sequence by non-int of type '\(typeName(b))'")
            case (_, .str), (_, .list), (_, .tuple):
                return .typeError("can't multiply sequence by non-int of type '\(typeName(a))'")
            default: break
            }
        }
        return .typeError("unsupported operand type(s) for \(Interp.symbol(op)): '\(typeName(a))' and '\(typeName(b))'")
    }

    /// `a op= b`: lists extend in place; everything else rebinds.
    public func inplace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if let r = try numericBinary(op, a, b) { return r }
        if case .list(let l) = a {
            if op == .add {
                switch b {
                case .list(let other):
                    try reserve(bytes: (l.items.count + other.items.count) * MemoryLayout<Value>.stride)
                    l.items.append(contentsOf: other.items)
                case .tuple(let t):
                    try reserve(bytes: (l.items.count + t.items.count) * MemoryLayout<Value>.stride)
                    l.items.append(contentsOf: t.items)
                default: l.items.append(contentsOf: try collect(b))
                }
                return a
            }
            if op == .mul, let n = repeatCount(op, a, b) {
                // Checked before allocating, as `l * n` is (`x *= 10**9` took the process's
                // memory; found by the fuzzer).
                try checkAllocation(bytes: l.items.count * MemoryLayout<Value>.stride, times: n)
                l.items = repeatArray(l.items, n)
                return a
            }
        }
        if case .dict(let d) = a, op == .bitOr, d.kind != .counter {
            try mergeMapping(into: d, b)
            return a
        }
        if case .object(let o) = a, let s = o as? PySet, !s.frozen, case .object(let ob) = b, let other = ob as? PySet {
            switch op {
            case .bitOr: for k in other.table.keys { try s.add(k, self) }; return a
            case .bitAnd:
                for k in s.table.keys where !(try other.contains(k, self)) { try s.remove(k, self) }
                return a
            case .sub: for k in other.table.keys { try s.remove(k, self) }; return a
            case .bitXor:
                for k in other.table.keys {
                    if try s.contains(k, self) { try s.remove(k, self) } else { try s.add(k, self) }
                }
                return a
            default: break
            }
        }
        if let m = userMethod(a, "__i\(Interp.dunder(op))__") {
            let r = try callSpecial(m, a, b)
            if !r.isIdentical(to: BuiltinTypes.notImplemented) { return r }
        }
        return try binary(op, a, b)
    }

    // MARK: Numbers

    private func numericBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        switch op {
        case .lshift, .rshift, .bitAnd, .bitOr, .bitXor, .matMul:
            // Not defined for floats: fall through to the reflected methods and the TypeError
            // that names the operands' real types.
            if case .float = a { return nil }
            if case .float = b { return nil }
        default: break
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return try intBinary(op, x, y)
        case (.float(let x), .float(let y)): return try floatBinary(op, x, y)
        case (.int(let x), .float(let y)): return try floatBinary(op, Double(x), y)
        case (.float(let x), .int(let y)): return try floatBinary(op, x, Double(y))
        case (.bool(let x), _):
            if case .bool(let y) = b, op == .bitAnd || op == .bitOr || op == .bitXor {
                switch op {
                case .bitAnd: return .bool(x && y)
                case .bitOr: return .bool(x || y)
                default: return .bool(x != y)
                }
            }
            return try numericBinary(op, .int(x ? 1 : 0), b)
        case (_, .bool(let y)):
            switch a {
            case .int, .big, .float: return try numericBinary(op, a, .int(y ? 1 : 0))
            default: return nil
            }
        case (.big, .int), (.int, .big), (.big, .big):
            return try bigBinary(op, a.bigInt!, b.bigInt!)
        case (.big(let x), .float(let y)): return try floatBinary(op, try bigToDouble(x.value), y)
        case (.float(let x), .big(let y)): return try floatBinary(op, x, try bigToDouble(y.value))
        default: return nil
        }
    }

    func bigToDouble(_ b: BigInt) throws -> Double {
        let d = Double(b)
        if !d.isFinite { throw PyException.overflow("int too large to convert to float") }
        return d
    }

    func intBinary(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? .integer(BigInt(x) + BigInt(y)) : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? .integer(BigInt(x) - BigInt(y)) : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? .integer(BigInt(x) * BigInt(y)) : .int(r)
        case .div:
            if y == 0 { throw PyException.zeroDivision("division by zero") }
            return .float(trueDivide(x, y))
        case .floorDiv:
            if y == 0 { throw PyException.zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return .integer(-BigInt(x)) }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if y == 0 { throw PyException.zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            var r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return .int(r)
        case .pow:
            return try intPower(x, y)
        case .lshift:
            if y < 0 { throw PyException.valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y < 63 {
                let r = x << y
                if r >> y == x { return .int(r) }
            }
            let (bits, overflow) = (x.bitWidth - x.leadingZeroBitCount).addingReportingOverflow(y)
            try checkBigAllocation(bits: overflow ? Int.max : bits)
            return .integer(BigInt(x) << y)
        case .rshift:
            if y < 0 { throw PyException.valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matMul: throw binaryTypeError(op, .int(x), .int(y))
        }
    }

    /// int / int, correctly rounded for operands a double holds exactly.
    private func trueDivide(_ x: Int, _ y: Int) -> Double {
        let limit = 1 << 53
        if x.magnitude <= limit && y.magnitude <= limit { return Double(x) / Double(y) }
        return bigTrueDivide(BigInt(x), BigInt(y))
    }

    /// Big int division rounded to nearest: scale the numerator so the quotient has 64+
    /// significant bits, then one rounding in the conversion.
    func bigTrueDivide(_ x: BigInt, _ y: BigInt) -> Double {
        let negative = (x.sign == .minus) != (y.sign == .minus)
        let a = x.magnitude, b = y.magnitude
        let shift = max(0, 66 - (a.bitWidth - b.bitWidth))
        let (q, r) = (BigUInt(a) << shift).quotientAndRemainder(dividingBy: BigUInt(b))
        var qd = Double(q)
        if r != 0 && q.bitWidth <= 53 { qd += 0 }   // sticky bit only matters below 53 bits
        let result = scalbn(qd, -shift)
        return negative ? -result : result
    }

    private func intPower(_ x: Int, _ y: Int) throws -> Value {
        if y < 0 {
            if x == 0 { throw PyException.zeroDivision("0.0 cannot be raised to a negative power") }
            return .float(pow(Double(x), Double(y)))
        }
        var result = 1, base = x, e = y
        var overflow = false
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: base)
                if o { overflow = true; break }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = base.multipliedReportingOverflow(by: base)
                if o { overflow = true; break }
                base = sq
            }
        }
        if !overflow { return .int(result) }
        let bits = Double(x.magnitude.bitWidth - x.magnitude.leadingZeroBitCount) * Double(y)
        try checkBigAllocation(bits: bits > 1e15 ? Int.max : Int(bits))
        return .integer(try bigPower(BigInt(x), y))
    }

    /// Guards operations whose result size is predictable (part of the memory limit).
    func checkBigAllocation(bits: Int) throws {
        try reserve(bytes: bits / 8)
    }

    private func bigBinary(_ op: BinaryOperator, _ x: BigInt, _ y: BigInt) throws -> Value {
        switch op {
        case .add: return .integer(x + y)
        case .sub: return .integer(x - y)
        case .mul:
            try checkBigAllocation(bits: x.bitWidth + y.bitWidth)
            return .integer(try bigMultiply(x, y))
        case .div:
            if y == 0 { throw PyException.zeroDivision("division by zero") }
            return .float(bigTrueDivide(x, y))
        case .floorDiv, .mod:
            if y == 0 {
                throw PyException.zeroDivision(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            var (q, r) = try bigQuotientAndRemainder(x, y)
            if r != 0 && ((r.sign == .minus) != (y.sign == .minus)) {
                q -= 1
                r += y
            }
            return .integer(op == .mod ? r : q)
        case .pow:
            if y.sign == .minus {
                return .float(pow(try bigToDouble(x), try bigToDouble(y)))
            }
            if x == 0 || x == 1 { return .integer(x) }
            if x == -1 { return .int(y.isMultiple(of: 2) ? 1 : -1) }
            guard let e = Int(exactly: y) else { throw PyException(BuiltinTypes.memoryError, "integer result too large") }
            try checkBigAllocation(bits: x.bitWidth.multipliedReportingOverflow(by: e).overflow ? Int.max : x.bitWidth * e)
            return .integer(try bigPower(x, e))
        case .lshift:
            if y.sign == .minus { throw PyException.valueError("negative shift count") }
            guard let s = Int(exactly: y) else { throw PyException.overflow("too many digits in integer") }
            let (bits, overflow) = x.bitWidth.addingReportingOverflow(s)
            try checkBigAllocation(bits: overflow ? Int.max : bits)
            return .integer(x << s)
        case .rshift:
            if y.sign == .minus { throw PyException.valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            return .integer(x >> s)
        case .bitAnd: return .integer(x & y)
        case .bitOr: return .integer(x | y)
        case .bitXor: return .integer(x ^ y)
        case .matMul: throw binaryTypeError(op, .integer(x), .integer(y))
        }
    }

    func floatBinary(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw PyException.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw PyException.zeroDivision("float floor division by zero") }
            return .float(floatDivmod(x, y).0)
        case .mod:
            if y == 0 { throw PyException.zeroDivision("float modulo") }
            return .float(floatDivmod(x, y).1)
        case .pow:
            if x == 0 && y < 0 { throw PyException.zeroDivision("0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() && y.isFinite {
                throw PyException.valueError("math domain error")
            }
            let r = pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw PyException.overflow("(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            throw PyException.typeError("unsupported operand type(s) for \(Interp.symbol(op)): 'float' and 'float'")
        }
    }

    /// Python's float divmod: the remainder takes the divisor's sign.
    func floatDivmod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0, x / y)
        }
        return (floordiv, mod)
    }

    // MARK: Sequences, sets, dicts

    private func sequenceBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)):
            try reserve(bytes: x.utf8.count + y.utf8.count)
            return .str(x + y)
        case (.add, .list(let x), .list(let y)):
            try reserve(bytes: (x.items.count + y.items.count) * MemoryLayout<Value>.stride)
            return .list(PyList(x.items + y.items))
        case (.add, .tuple(let x), .tuple(let y)): return .tuple(PyTuple(x.items + y.items))
        case (.mul, .str(let s), _), (.mul, _, .str(let s)):
            guard let n = repeatCount(op, a, b) else { return nil }
            try checkAllocation(bytes: s.utf8.count, times: n)
            return .str(try s.repeated(max(n, 0)))
        case (.mul, .list(let l), _), (.mul, _, .list(let l)):
            guard let n = repeatCount(op, a, b) else { return nil }
            try checkAllocation(bytes: l.items.count * 16, times: n)
            return .list(PyList(repeatArray(l.items, n)))
        case (.mul, .tuple(let t), _), (.mul, _, .tuple(let t)):
            guard let n = repeatCount(op, a, b) else { return nil }
            try checkAllocation(bytes: t.items.count * 16, times: n)
            return .tuple(PyTuple(repeatArray(t.items, n)))
        case (.mod, .str(let s), _):
            if userMethod(b, "__rmod__") != nil { return nil }
            return .str(try percentFormat(s, b))
        case (.bitOr, .dict(let x), .dict(let y)) where x.kind != .counter || y.kind != .counter:
            // The result has the type whose __or__/__ror__ runs: a defaultdict or OrderedDict
            // on the right of a plain dict (or of a Counter, whose __or__ declines) wins.
            let d = PyDict()
            let rightWins = (x.kind == .dict || x.kind == .counter) && (y.kind == .defaultDict || y.kind == .ordered)
            let owner = rightWins ? y : x
            d.kind = owner.kind == .counter ? .dict : owner.kind
            d.defaultFactory = owner.defaultFactory
            d.table = x.table
            try mergeMapping(into: d, .dict(y))
            return .dict(d)
        default: break
        }
        if let x = try setOperand(a), let y = try setOperand(b), op != .add, op != .mul, op != .mod,
           x.source != nil || y.source != nil {
            // dict.keys() and dict.items() views combine with any iterable into sets.
            return try setBinary(op, x.set, y.set)
        }
        if case .object(let oa) = a, case .object(let ob) = b {
            if let x = oa as? PySet, let y = ob as? PySet { return try setBinary(op, x, y) }
            if let x = oa as? PyBytes, let y = ob as? PyBytes, op == .add { return .object(PyBytes(x.bytes + y.bytes)) }
        }
        if case .object(let oa) = a, let x = oa as? PyBytes, op == .mul, case .int(let n) = b {
            try checkAllocation(bytes: x.bytes.count, times: n)
            return .object(PyBytes(repeatArray(x.bytes, n), mutable: x.mutable))
        }
        return nil
    }

    /// A set view of a set, a keys/items view, or (when the other side is a view) an iterable.
    private func setOperand(_ v: Value) throws -> (set: PySet, source: PyDictView?)? {
        guard case .object(let o) = v else {
            if case .list = v { return (try makeSet(v), nil) }
            if case .tuple = v { return (try makeSet(v), nil) }
            return nil
        }
        if let s = o as? PySet { return (s, nil) }
        if let view = o as? PyDictView, view.mode != .values { return (try makeSet(v), view) }
        return nil
    }

    func makeSet(_ v: Value) throws -> PySet {
        let s = PySet()
        for x in try collect(v) { try s.add(x, self) }
        return s
    }

    private func repeatCount(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (_, .int(let n)): if case .int = a { return nil }; return n
        case (.int(let n), _): return n
        case (_, .bool(let x)): return x ? 1 : 0
        case (.bool(let x), _): return x ? 1 : 0
        default: return nil
        }
    }

    private func repeatArray<T>(_ items: [T], _ n: Int) -> [T] {
        if n <= 0 || items.isEmpty { return [] }
        if items.count == 1 { return Array(repeating: items[0], count: n) }
        var out: [T] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    /// Refuses a repetition whose size is known to be absurd before allocating it.
    func checkAllocation(bytes: Int, times n: Int) throws {
        if n <= 0 || bytes == 0 { return }
        let (total, overflow) = bytes.multipliedReportingOverflow(by: n)
        try reserve(bytes: overflow ? Int.max : total)
    }

    func setBinary(_ op: BinaryOperator, _ x: PySet, _ y: PySet) throws -> Value? {
        let result = PySet(frozen: x.frozen)
        switch op {
        case .bitOr:
            for k in x.table.keys { try result.add(k, self) }
            for k in y.table.keys { try result.add(k, self) }
        case .bitAnd:
            for k in x.table.keys where try y.contains(k, self) { try result.add(k, self) }
        case .sub:
            for k in x.table.keys where !(try y.contains(k, self)) { try result.add(k, self) }
        case .bitXor:
            for k in x.table.keys where !(try y.contains(k, self)) { try result.add(k, self) }
            for k in y.table.keys where !(try x.contains(k, self)) { try result.add(k, self) }
        default: return nil
        }
        return .object(result)
    }

    /// dict.update semantics: a mapping or an iterable of pairs.
    func mergeMapping(into d: PyDict, _ other: Value) throws {
        if case .dict(let o) = other {
            for e in o.table.liveEntries { try d.set(e.key, e.value, self) }
            return
        }
        if case .object = other, let keys = try optionalAttribute(other, "keys") {
            for k in try collect(call(keys, Arguments())) { try d.set(k, try getItem(other, k), self) }
            return
        }
        let it = try iterate(other)
        var index = 0
        while let item = try it.next(self) {
            let pair: [Value]
            do {
                pair = try collect(item)
            } catch let e as PyException where e.object.cls === BuiltinTypes.typeError
                        && e.messageText == "'\(typeName(item))' object is not iterable" {
                throw PyException.typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            if pair.count != 2 {
                throw PyException.valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1], self)
            index += 1
        }
    }

    // MARK: Unary

    public func unary(_ op: UnaryOperator, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.not, _): return .bool(!(try truthy(v)))
        case (.negate, .int(let i)): return i == Int.min ? .integer(-BigInt(i)) : .int(-i)
        case (.negate, .big(let b)): return .integer(-b.value)
        case (.negate, .float(let d)): return .float(-d)
        case (.negate, .bool(let b)): return .int(b ? -1 : 0)
        case (.plus, .int), (.plus, .big), (.plus, .float): return v
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .big(let b)): return .integer(-b.value - 1)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        default: break
        }
        let name: String
        switch op {
        case .negate: name = "__neg__"
        case .plus: name = "__pos__"
        case .invert: name = "__invert__"
        case .not: name = "__bool__"
        }
        if let m = userMethod(v, name) { return try callSpecial(m, v) }
        let symbol = op == .negate ? "-" : op == .plus ? "+" : "~"
        throw PyException.typeError("bad operand type for unary \(symbol): '\(typeName(v))'")
    }

    // MARK: Comparison operators

    public func compareOp(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .eq:
            if case .int(let x) = a, case .int(let y) = b { return .bool(x == y) }
            if isUserInstance(a) || isUserInstance(b) {
                return try richCompareUser(a, b, "__eq__", "__eq__") ?? .bool(a.isIdentical(to: b))
            }
            return .bool(try equals(a, b))
        case .ne:
            if case .int(let x) = a, case .int(let y) = b { return .bool(x != y) }
            if isUserInstance(a) || isUserInstance(b) {
                return try richCompareUser(a, b, "__ne__", "__ne__") ?? .bool(!a.isIdentical(to: b))
            }
            return .bool(!(try equals(a, b)))
        case .lt: return try orderingOp(.lt, a, b)
        case .le: return try orderingOp(.le, a, b)
        case .gt: return try orderingOp(.gt, a, b)
        case .ge: return try orderingOp(.ge, a, b)
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        }
    }

    /// `<`, `<=`, `>`, `>=` as an expression: a user method's result is returned as is.
    private func orderingOp(_ op: Ordering, _ a: Value, _ b: Value) throws -> Value {
        if isUserInstance(a) || isUserInstance(b) {
            let names = Interp.orderingNames(op)
            if let r = try richCompareUser(a, b, names.0, names.1) { return r }
            throw orderingError(op, a, b)
        }
        return .bool(try compare(a, b, op))
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else {
                throw PyException.typeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return s.contains(sub)
        case .list(let l):
            return try sequenceContains(l.items, item)
        case .tuple(let t):
            return try sequenceContains(t.items, item)
        case .dict(let d):
            return try d.get(item, self) != nil
        case .object(let o):
            if let s = o as? PySet { return try s.contains(item, self) }
            if let r = o as? PyRange {
                guard case .int(let i) = item else {
                    if case .bool(let b) = item { return try contains(container, .int(b ? 1 : 0)) }
                    return false
                }
                return r.position(of: i) != nil
            }
            if let m = userMethod(container, "__contains__") { return try truthy(callSpecial(m, container, item)) }
            if let b = o as? PyBytes {
                if case .int(let i) = item { return b.bytes.contains(UInt8(truncatingIfNeeded: i)) }
                if case .object(let io) = item, let sub = io as? PyBytes {
                    return ByteSearch.find(b.bytes, sub.bytes, 0, b.bytes.count) >= 0
                }
            }
        default: break
        }
        if case .object = container, (userMethod(container, "__iter__") != nil || userMethod(container, "__getitem__") != nil) || container.isIterableNative {
            let it = try iterate(container)
            while let x = try it.next(self) {
                try tick()   // an endless iterator made of built-ins calls no Python code to check limits
                if try x.isIdentical(to: item) || equals(x, item) { return true }
            }
            return false
        }
        throw PyException.typeError("argument of type '\(typeName(container))' is not iterable")
    }
}

extension Interp {
    /// `item in items` for a list or tuple. A str looked for among strs (`level in ('ERROR',
    /// 'FATAL')`) is compared in place, without copying each element out.
    @inline(__always)
    private func sequenceContains(_ items: [Value], _ item: Value) throws -> Bool {
        if case .str(let s) = item {
            for i in items.indices {
                if case .str(let x) = items[i] {
                    if x == s { return true }
                } else if try equals(items[i], item) {
                    return true
                }
            }
            return false
        }
        for x in items where try x.isIdentical(to: item) || equals(x, item) { return true }
        return false
    }
}

extension Value {
    var isIterableNative: Bool {
        if case .object(let o) = self { return o is PyIterator || o is NativeIterable }
        return false
    }
}
