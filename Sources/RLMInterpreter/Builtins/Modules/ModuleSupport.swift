import BigInt
import Foundation

/// Argument conversions shared by the numeric modules (math, statistics, random, datetime),
/// with the wording of CPython's C API.
extension Interp {
    /// `PyFloat_AsDouble`: floats as they are, ints correctly rounded, objects through
    /// `__float__` or `__index__`.
    func floatArgument(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .big(let b):
            let d = bigIntToDouble(b.value)
            if !d.isFinite { throw PyException.overflow("int too large to convert to float") }
            return d
        default:
            if let m = userMethod(v, "__float__") {
                let r = try callSpecial(m, v)
                guard case .float(let d) = r else {
                    throw PyException.typeError("\(typeName(v)).__float__ returned non-float (type \(typeName(r)))")
                }
                return d
            }
            if let m = userMethod(v, "__index__") { return try floatArgument(callSpecial(m, v)) }
            throw PyException.typeError("must be real number, not \(typeName(v))")
        }
    }

    /// `operator.index(v)` as a BigInt.
    func indexArgument(_ v: Value) throws -> BigInt {
        if let b = v.bigInt { return b }
        if let m = userMethod(v, "__index__") {
            let r = try callSpecial(m, v)
            if let b = r.bigInt { return b }
            throw PyException.typeError("__index__ returned non-int (type \(typeName(r)))")
        }
        throw PyException.typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }

    /// `operator.index(v)` as an Int (OverflowError when it does not fit).
    func smallIndexArgument(_ v: Value) throws -> Int {
        if case .int(let i) = v { return i }
        let b = try indexArgument(v)
        guard let i = Int(exactly: b) else {
            throw PyException.overflow("Python int too large to convert to C ssize_t")
        }
        return i
    }
}

/// `PyLong_FromDouble`: the integral value of a float as an int.
func intFromIntegralDouble(_ d: Double) throws -> Value {
    if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
    if d.isInfinite { throw PyException.overflow("cannot convert float infinity to integer") }
    if abs(d) < 9.2e18 { return .int(Int(d)) }
    return .integer(BigInt(d))
}

/// An exact rational number (numerator and positive denominator in lowest terms), for the
/// exact arithmetic statistics does with fractions.
struct Rational: Comparable {
    var num: BigInt
    var den: BigInt

    init(_ num: BigInt, _ den: BigInt = 1) {
        var n = num, d = den
        if d.sign == .minus { n = -n; d = -d }
        let g = n.magnitude.greatestCommonDivisor(with: d.magnitude)
        if g > 1 {
            n /= BigInt(g)
            d /= BigInt(g)
        }
        self.num = n
        self.den = d
    }

    /// The exact value of a finite float.
    init(exactly d: Double) {
        precondition(d.isFinite)
        if d == 0 { self.init(0); return }
        let e = d.exponent
        let sig = d.significandBitPattern | (d.isNormal ? (1 << 52) : 0)
        // d = sig * 2^(e - 52) for normal numbers; subnormals have exponent -1022.
        let shift = (d.isNormal ? Int(e) : -1022) - 52
        var n = BigInt(sig)
        if d < 0 { n = -n }
        if shift >= 0 { self.init(n << shift) } else { self.init(n, BigInt(1) << -shift) }
    }

    static func + (a: Rational, b: Rational) -> Rational {
        if a.den == b.den { return Rational(a.num + b.num, a.den) }
        return Rational(a.num * b.den + b.num * a.den, a.den * b.den)
    }
    static func - (a: Rational, b: Rational) -> Rational {
        if a.den == b.den { return Rational(a.num - b.num, a.den) }
        return Rational(a.num * b.den - b.num * a.den, a.den * b.den)
    }
    static func * (a: Rational, b: Rational) -> Rational { Rational(a.num * b.num, a.den * b.den) }
    static func / (a: Rational, b: Rational) -> Rational { Rational(a.num * b.den, a.den * b.num) }
    static func < (a: Rational, b: Rational) -> Bool { a.num * b.den < b.num * a.den }
    static func == (a: Rational, b: Rational) -> Bool { a.num == b.num && a.den == b.den }

    var isZero: Bool { num.isZero }

    /// The nearest float (ties to even), as CPython's int / int true division.
    var doubleValue: Double { ratioToDouble(num, den) }

    /// float(fraction): OverflowError past the float range, as int / int.
    func toDouble() throws -> Double {
        let d = ratioToDouble(num, den)
        if d.isInfinite { throw PyException.overflow("integer division result too large for a float") }
        return d
    }
}

/// n / d correctly rounded to a float (ties to even), as CPython's int / int; ±inf past
/// the float range.
func ratioToDouble(_ n: BigInt, _ d: BigInt) -> Double {
    if n.isZero { return 0 }
    let negative = (n.sign == .minus) != (d.sign == .minus)
    let a = n.magnitude, b = d.magnitude
    // a / b is in [2^(e-1), 2^(e+1)); a quotient of 55 or 56 bits leaves room for rounding.
    let e = a.bitWidth - b.bitWidth
    let shift = min(55 - e, 1076)
    let (qBig, rBig): (BigUInt, BigUInt) = shift >= 0
        ? (a << shift).quotientAndRemainder(dividingBy: b)
        : a.quotientAndRemainder(dividingBy: b << -shift)
    let q = UInt64(qBig)
    let sticky = !rBig.isZero
    let qBits = 64 - q.leadingZeroBitCount
    // Keep 53 bits, or fewer for a subnormal result (whose last bit is 2^-1074).
    var drop = qBits - 1 - shift >= -1022 ? qBits - 53 : shift - 1074
    if drop < 0 { drop = 0 }
    var m = drop >= 64 ? 0 : q >> UInt64(drop)
    if drop > 0 {
        let rest = drop >= 64 ? q : q & ((1 << UInt64(drop)) - 1)
        let half: UInt64 = drop > 64 ? 0 : 1 << UInt64(drop - 1)
        if drop <= 64 && (rest > half || (rest == half && (sticky || m & 1 == 1))) { m += 1 }
    }
    let result = scalbn(Double(m), drop - shift)
    return negative ? -result : result
}

extension Arguments {
    /// Binds arguments the way a Python `def` does (for module functions CPython writes in
    /// Python), with its error messages: `positional` names (the last `defaults` of them
    /// optional), then keyword-only names (always optional here). Returns one slot per name,
    /// positional names first; with `varArgs`, surplus positional values go to `rest`.
    func bindDef(_ function: String, _ positional: [String], defaults: Int = 0, keywordOnly: [String] = [],
                 varArgs: Bool = false) throws -> (slots: [Value?], rest: [Value]) {
        let names = positional + keywordOnly
        var slots = [Value?](repeating: nil, count: names.count)
        var rest: [Value] = []
        let given = self.positional.count
        if given > positional.count && !varArgs {
            let required = positional.count - defaults
            let takes = defaults == 0 ? "\(positional.count)" : "from \(required) to \(positional.count)"
            let plural = takes == "1" ? "" : "s"
            throw PyException.typeError("\(function)() takes \(takes) positional argument\(plural) but \(given) \(given == 1 ? "was" : "were") given")
        }
        for (i, v) in self.positional.enumerated() {
            if i < positional.count { slots[i] = v } else { rest.append(v) }
        }
        for (k, v) in keywords {
            guard let i = names.firstIndex(of: k) else {
                throw PyException.typeError("\(function)() got an unexpected keyword argument '\(k)'")
            }
            if slots[i] != nil { throw PyException.typeError("\(function)() got multiple values for argument '\(k)'") }
            slots[i] = v
        }
        let missing = (0..<(positional.count - defaults)).filter { slots[$0] == nil }.map { positional[$0] }
        if !missing.isEmpty {
            throw PyException.typeError("\(function)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interp.listNames(missing))")
        }
        return (slots, rest)
    }
}

/// Python floor division of Ints.
@inline(__always)
func floorDivide(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
}

/// An instance of a named-tuple-like record type (statistics.LinearRegression,
/// datetime.IsoCalendarDate, time.struct_time): fields readable by name and by index,
/// iterable, and equal to the tuple of its values.
final class PyRecord: PyInstance {
    var values: [Value] = []
}

/// Makes a record type; `reprName` is what its repr starts with ("datetime.IsoCalendarDate").
func makeRecordType(_ name: String, module: String, fields: [String], reprName: String? = nil,
                    messageName: String? = nil) -> PyType {
    func values(_ v: Value) -> [Value]? {
        if case .object(let o) = v, let r = o as? PyRecord { return r.values }
        if case .tuple(let t) = v { return t.items }
        return nil
    }
    var methods: [String: BuiltinBody] = [:]
    methods["__repr__"] = { interp, a in
        guard case .object(let o) = a[0], let r = o as? PyRecord else { return .str(PyStr.from("")) }
        var parts: [String] = []
        for (n, v) in zip(fields, r.values) { parts.append("\(n)=" + (try interp.repr(v))) }
        return .str(PyStr.from((reprName ?? r.cls.name) + "(" + parts.joined(separator: ", ") + ")"))
    }
    methods["__eq__"] = { interp, a in
        guard let x = values(a[0]), let y = values(a[1]) else { return BuiltinTypes.notImplemented }
        return .bool(try interp.equals(.tuple(PyTuple(x)), .tuple(PyTuple(y))))
    }
    for (n, op) in [("__lt__", Interp.Ordering.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
        methods[n] = { interp, a in
            guard let x = values(a[0]), let y = values(a[1]) else { return BuiltinTypes.notImplemented }
            return .bool(try interp.compare(.tuple(PyTuple(x)), .tuple(PyTuple(y)), op))
        }
    }
    methods["__hash__"] = { interp, a in .int(try interp.hash(.tuple(PyTuple(values(a[0]) ?? [])))) }
    methods["__len__"] = { _, a in .int(values(a[0])?.count ?? 0) }
    methods["__getitem__"] = { interp, a in try interp.getItem(.tuple(PyTuple(values(a[0]) ?? [])), a[1]) }
    methods["__iter__"] = { _, a in .object(ArrayIterator(values(a[0]) ?? [])) }
    methods["__setattr__"] = { _, a in throw PyException.attributeError("can't set attribute") }
    let t = makeNativeClass(name, module: module, methods)
    t.messageName = messageName
    return t
}

/// A new record of `type` with its fields set.
func makeRecord(_ type: PyType, _ fields: [String], _ values: [Value], extra: [(String, Value)] = []) -> Value {
    let r = PyRecord(cls: type)
    r.values = values
    for (n, v) in zip(fields, values) { r.setAttribute(n, v) }
    for (n, v) in extra { r.setAttribute(n, v) }
    return .object(r)
}
