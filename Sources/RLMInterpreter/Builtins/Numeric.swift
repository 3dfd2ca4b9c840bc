import BigInt
import Foundation

/// Numeric built-ins (abs, round, divmod, pow, chr, ord, hex...) and the methods of int and float.
extension Builtins {
    static func installNumeric() {
        function("abs") { interp, a in
            try a.expect("abs", 1)
            switch a[0] {
            case .int(let i): return i == Int.min ? .integer(BigInt(i).magnitude.asSigned) : .int(abs(i))
            case .big(let b): return .integer(BigInt(b.value.magnitude))
            case .float(let d): return .float(abs(d))
            case .bool(let b): return .int(b ? 1 : 0)
            default:
                if let m = interp.userMethod(a[0], "__abs__") { return try interp.callSpecial(m, a[0]) }
                throw PyException.typeError("bad operand type for abs(): '\(typeName(a[0]))'")
            }
        }
        function("round") { interp, a in
            let p = try a.bind("round", ["number", "ndigits"], required: 1)
            let x = p[0]!
            let nd = p[1].flatMap { $0.isNone ? nil : $0 }
            switch x {
            case .float(let d):
                guard let n = nd else {
                    if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
                    if d.isInfinite { throw PyException.overflow("cannot convert float infinity to integer") }
                    return .integer(BigInt(pythonRoundHalfEven(d)))
                }
                do {
                    return .float(try pythonRound(d, ndigits: try n.asInt("ndigits")))
                } catch let e as TextError { throw e.asPython }
            case .int, .big, .bool:
                guard let n = nd else { return x.bigInt.map { .integer($0) }! }
                let digits = try n.asInt("ndigits")
                if digits >= 0 { return .integer(x.bigInt!) }
                let v = x.bigInt!
                // |v| < 10**(-digits) / 2 rounds to 0 (and 10**(-digits) need not be built).
                if Double(-digits) > Double(v.magnitude.bitWidth) * 0.30103 + 2 { return .int(0) }
                let factor = try interp.bigPower(BigInt(10), -digits)
                var (q, r) = try interp.bigQuotientAndRemainder(v, factor)
                if r.sign == .minus { q -= 1; r += factor }
                let twice = r * 2
                if twice > factor || (twice == factor && !q.isMultiple(of: 2)) { q += 1 }
                return .integer(q * factor)
            default:
                if let m = interp.userMethod(x, "__round__") {
                    return try interp.call(m, Arguments(nd.map { [x, $0] } ?? [x]))
                }
                throw PyException.typeError("type \(typeName(x)) doesn't define __round__ method")
            }
        }
        function("divmod") { interp, a in
            try a.expect("divmod", 2)
            if case .float = a[0], true {
                let x = try a[0].asDouble(), y = try a[1].asDouble()
                if y == 0 { throw PyException.zeroDivision("float divmod()") }
                let (q, r) = interp.floatDivmod(x, y)
                return .tuple(PyTuple([.float(q), .float(r)]))
            }
            if case .float = a[1] {
                let x = try a[0].asDouble(), y = try a[1].asDouble()
                if y == 0 { throw PyException.zeroDivision("float divmod()") }
                let (q, r) = interp.floatDivmod(x, y)
                return .tuple(PyTuple([.float(q), .float(r)]))
            }
            let q = try interp.binary(.floorDiv, a[0], a[1])
            let r = try interp.binary(.mod, a[0], a[1])
            return .tuple(PyTuple([q, r]))
        }
        function("pow") { interp, a in
            let p = try a.bind("pow", ["base", "exp", "mod"], required: 2)
            guard let m = p[2], !m.isNone else { return try interp.binary(.pow, p[0]!, p[1]!) }
            guard let base = p[0]!.bigInt, let exp = p[1]!.bigInt, let mod = m.bigInt else {
                throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
            if mod == 0 { throw PyException.valueError("pow() 3rd argument cannot be 0") }
            var e = exp
            var b = base
            if e.sign == .minus {
                guard let inv = base.inverse(mod) else { throw PyException.valueError("base is not invertible for the given modulus") }
                b = inv
                e = -e
            }
            var r = try interp.bigModularPower(b, e, mod)
            if r != 0 && (r.sign == .minus) != (mod.sign == .minus) { r += mod }
            return .integer(r)
        }
        function("chr") { _, a in
            try a.expect("chr", 1)
            let i = try a[0].asInt("chr")
            guard i >= 0 && i <= 0x10FFFF else { throw PyException.valueError("chr() arg not in range(0x110000)") }
            return .str(PyStr.char(UInt32(i)))
        }
        function("ord") { _, a in
            try a.expect("ord", 1)
            switch a[0] {
            case .str(let s):
                guard s.count == 1 else {
                    throw PyException.typeError("ord() expected a character, but string of length \(s.count) found")
                }
                return .int(Int(s.codePoint(at: 0)))
            case .object(let o):
                if let b = o as? PyBytes, b.bytes.count == 1 { return .int(Int(b.bytes[0])) }
            default: break
            }
            throw PyException.typeError("ord() expected string of length 1, but \(typeName(a[0])) found")
        }
        functionShortcuts("ord", one: { _, x in
            guard case .str(let s) = x, s.count == 1 else { return nil }
            return .int(Int(s.codePoint(at: 0)))
        })
        functionShortcuts("abs", one: { _, x in
            switch x {
            case .int(let i) where i != Int.min: return .int(abs(i))
            case .float(let d): return .float(abs(d))
            default: return nil
            }
        })
        for (name, base) in [("hex", 16), ("oct", 8), ("bin", 2)] {
            function(name) { interp, a in
                try a.expect(name, 1)
                switch a[0] {
                case .int(let i): return .str(PyStr.from(pythonIntPrefixed(i, base: base)))
                case .big(let b): return .str(PyStr.from(pythonIntPrefixed(b.value, base: base)))
                case .bool(let b): return .str(PyStr.from(pythonIntPrefixed(b ? 1 : 0, base: base)))
                default:
                    if let m = interp.userMethod(a[0], "__index__") {
                        return try interp.call(namespace[name]!, Arguments([try interp.callSpecial(m, a[0])]))
                    }
                    throw PyException.typeError("'\(typeName(a[0]))' object cannot be interpreted as an integer")
                }
            }
        }
    }
}

extension BigInt {
    /// Modular inverse, or nil when none exists.
    func inverse(_ m: BigInt) -> BigInt? {
        var (oldR, r) = (self % m, m)
        if oldR.sign == .minus { oldR += m.magnitude.asSigned }
        var (oldS, s) = (BigInt(1), BigInt(0))
        while r != 0 {
            let q = oldR / r
            (oldR, r) = (r, oldR - q * r)
            (oldS, s) = (s, oldS - q * s)
        }
        guard oldR == 1 || oldR == -1 else { return nil }
        return oldS * oldR
    }
}

extension BigUInt {
    var asSigned: BigInt { BigInt(self) }
}

func installNumberMethods() {
    let int = BuiltinTypes.int
    defineMethod(int, "bit_length") { _, a in
        switch a[0] {
        case .int(let i): return .int(i == 0 ? 0 : Int.bitWidth - i.magnitude.leadingZeroBitCount)
        case .big(let b): return .int(b.value.magnitude.bitWidth)
        case .bool(let b): return .int(b ? 1 : 0)
        default: throw PyException.typeError("descriptor 'bit_length' requires an 'int' object")
        }
    }
    defineMethod(int, "bit_count") { _, a in
        switch a[0] {
        case .int(let i): return .int(i.magnitude.nonzeroBitCount)
        case .big(let b): return .int(b.value.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        case .bool(let b): return .int(b ? 1 : 0)
        default: throw PyException.typeError("descriptor 'bit_count' requires an 'int' object")
        }
    }
    defineMethod(int, "conjugate") { _, a in a[0] }
    defineMethod(int, "__index__") { _, a in a[0] }
    defineMethod(int, "__int__") { _, a in a[0] }
    defineMethod(int, "__float__") { _, a in .float(try a[0].asDouble()) }
    defineMethod(int, "__str__") { interp, a in .str(PyStr.from(try interp.repr(a[0]))) }
    defineMethod(int, "__repr__") { interp, a in .str(PyStr.from(try interp.repr(a[0]))) }
    defineMethod(int, "__hash__") { interp, a in .int(try interp.hash(a[0])) }
    defineMethod(int, "__format__") { interp, a in .str(PyStr.from(try interp.format(a[0], try a[1].asStr("format spec").string))) }
    for op in [BinaryOperator.add, .sub, .mul, .div, .floorDiv, .mod, .pow, .lshift, .rshift, .bitAnd, .bitOr, .bitXor] {
        let name = Interp.dunder(op)
        defineMethod(int, "__\(name)__") { interp, a in try interp.binary(op, a[0], a[1]) }
        defineMethod(BuiltinTypes.float, "__\(name)__") { interp, a in try interp.binary(op, a[0], a[1]) }
    }
    defineMethod(int, "__eq__") { interp, a in .bool(try interp.equals(a[0], a[1])) }
    defineMethod(int, "__lt__") { interp, a in .bool(try interp.compare(a[0], a[1], .lt)) }
    let fromBytes = PyBuiltinFunction("from_bytes") { interp, a in
        let p = try a.bind("from_bytes", ["cls", "bytes", "byteorder", "signed"], required: 2)
        let bytes: [UInt8]
        if case .object(let o) = p[1]!, let b = o as? PyBytes { bytes = b.bytes } else {
            bytes = try interp.collect(p[1]!).map { UInt8(truncatingIfNeeded: try $0.asInt("byte")) }
        }
        let order = try p[2].map { try $0.asStr("byteorder").string } ?? "big"
        let ordered = order == "little" ? Array(bytes.reversed()) : bytes
        var v = BigInt(0)
        for b in ordered { v = v << 8 + BigInt(b) }
        if let s = p[3], try interp.truthy(s), let first = ordered.first, first & 0x80 != 0 {
            v -= BigInt(1) << (8 * ordered.count)
        }
        return .integer(v)
    }
    int.dict["from_bytes"] = .object(PyClassMethod(.object(fromBytes)))

    let float = BuiltinTypes.float
    defineMethod(float, "is_integer") { _, a in
        let d = try a[0].asDouble()
        return .bool(d.isFinite && d.rounded(.towardZero) == d)
    }
    defineMethod(float, "as_integer_ratio") { _, a in
        let d = try a[0].asDouble()
        if d.isNaN { throw PyException.valueError("cannot convert NaN to integer ratio") }
        if d.isInfinite { throw PyException.overflow("cannot convert Infinity to integer ratio") }
        if d == 0 { return .tuple(PyTuple([.int(0), .int(1)])) }
        var mantissa = d.significand
        var exponent = Int(d.exponent)
        var numerator = BigInt(0)
        if d != 0 {
            while mantissa != mantissa.rounded(.towardZero) {
                mantissa *= 2
                exponent -= 1
            }
            numerator = BigInt(mantissa)
        }
        var denominator = BigInt(1)
        if exponent > 0 { numerator <<= exponent } else { denominator <<= -exponent }
        let g = numerator.greatestCommonDivisor(with: denominator)
        if g > 1 { numerator /= g; denominator /= g }
        if d < 0 && numerator.sign != .minus { numerator = -numerator }
        return .tuple(PyTuple([.integer(numerator), .integer(denominator)]))
    }
    defineMethod(float, "conjugate") { _, a in a[0] }
    defineMethod(float, "hex") { _, a in
        let d = try a[0].asDouble()
        // CPython's form: always 13 hex digits of mantissa; subnormals as 0x0.<digits>p-1022.
        if d.isNaN { return .str(PyStr.from("nan")) }
        if d.isInfinite { return .str(PyStr.from(d < 0 ? "-inf" : "inf")) }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return .str(PyStr.from(sign + "0x0.0p+0")) }
        let bits = d.bitPattern
        let rawExponent = Int((bits >> 52) & 0x7FF)
        let digits = String(bits & ((1 << 52) - 1), radix: 16)
        let mantissa = String(repeating: "0", count: 13 - digits.count) + digits
        let exponent = rawExponent == 0 ? -1022 : rawExponent - 1023
        let lead = rawExponent == 0 ? "0" : "1"
        return .str(PyStr.from("\(sign)0x\(lead).\(mantissa)p\(exponent >= 0 ? "+" : "")\(exponent)"))
    }
    defineMethod(float, "__float__") { _, a in a[0] }
    defineMethod(float, "__int__") { interp, a in try interp.toInt(a[0]) }
    defineMethod(float, "__str__") { interp, a in .str(PyStr.from(try interp.repr(a[0]))) }
    defineMethod(float, "__repr__") { interp, a in .str(PyStr.from(try interp.repr(a[0]))) }
    defineMethod(float, "__hash__") { interp, a in .int(try interp.hash(a[0])) }
    defineMethod(float, "__format__") { interp, a in .str(PyStr.from(try interp.format(a[0], try a[1].asStr("format spec").string))) }
    defineMethod(float, "__eq__") { interp, a in .bool(try interp.equals(a[0], a[1])) }
    defineMethod(float, "__lt__") { interp, a in .bool(try interp.compare(a[0], a[1], .lt)) }
    let fromhex = PyBuiltinFunction("fromhex") { _, a in
        let s = try a[1].asStr("fromhex").string.trimmingCharacters(in: .whitespaces)
        guard let d = Double(s) ?? Double("0x" + s) else { throw PyException.valueError("invalid hexadecimal floating-point string") }
        return .float(d)
    }
    float.dict["fromhex"] = .object(PyClassMethod(.object(fromhex)))
}
