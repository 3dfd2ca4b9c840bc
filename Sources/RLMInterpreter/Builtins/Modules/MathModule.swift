import BigInt
import Foundation

/// `math`: CPython's mathmodule semantics on top of the platform libm (the same libm CPython
/// uses on this platform), with CPython's own algorithms where it has them (fsum, hypot,
/// gamma, lgamma, log of huge ints) and its error rules: a NaN from non-NaN input is
/// "math domain error" (ValueError), an infinity from finite input "math range error"
/// (OverflowError) or a domain error at a singularity.
func makeMathModule(_ interp: Interp) -> PyModule {
    var dict: [String: Value] = [:]
    func fn(_ name: String, _ body: @escaping BuiltinBody) {
        dict[name] = .object(PyBuiltinFunction(name, body))
    }
    dict["pi"] = .float(Double.pi)
    dict["e"] = .float(M_E)
    dict["tau"] = .float(2 * Double.pi)
    dict["inf"] = .float(.infinity)
    dict["nan"] = .float(.nan)

    // One-argument libm wrappers (math_1): name, function, whether an infinite result from a
    // finite argument is an overflow (else a singularity).
    let unary: [(String, (Double) -> Double, Bool)] = [
        ("acos", acos, false), ("acosh", acosh, false), ("asin", asin, false), ("asinh", asinh, false),
        ("atan", atan, false), ("atanh", atanh, false), ("cbrt", cbrt, false), ("cos", cos, false),
        ("cosh", cosh, true), ("exp", exp, true), ("exp2", exp2, true), ("expm1", expm1, true),
        ("fabs", fabs, false), ("log1p", log1p, false), ("sin", sin, false), ("sinh", sinh, true),
        ("sqrt", sqrt, false), ("tan", tan, false), ("tanh", tanh, false),
    ]
    for (name, f, canOverflow) in unary {
        fn(name) { interp, a in
            try a.expect("math.\(name)", 1)
            return .float(try mathUnary(try interp.floatArgument(a[0]), f, canOverflow: canOverflow))
        }
    }
    // Functions that report their own errors (math_1a).
    let unaryA: [(String, (Double) -> (Double, MathError?))] = [
        ("erf", { (erf($0), nil) }), ("erfc", { (erfc($0), nil) }),
        ("gamma", mathGamma), ("lgamma", mathLogGamma),
    ]
    for (name, f) in unaryA {
        fn(name) { interp, a in
            try a.expect("math.\(name)", 1)
            let (r, err) = f(try interp.floatArgument(a[0]))
            if let err = err { try err.raise(r) }
            return .float(r)
        }
    }
    fn("degrees") { interp, a in
        try a.expect("math.degrees", 1)
        return .float(try interp.floatArgument(a[0]) * (180.0 / Double.pi))
    }
    fn("radians") { interp, a in
        try a.expect("math.radians", 1)
        return .float(try interp.floatArgument(a[0]) * (Double.pi / 180.0))
    }
    fn("isfinite") { interp, a in
        try a.expect("math.isfinite", 1)
        return .bool(try interp.floatArgument(a[0]).isFinite)
    }
    fn("isinf") { interp, a in
        try a.expect("math.isinf", 1)
        return .bool(try interp.floatArgument(a[0]).isInfinite)
    }
    fn("isnan") { interp, a in
        try a.expect("math.isnan", 1)
        return .bool(try interp.floatArgument(a[0]).isNaN)
    }

    // Two-argument functions (math_2).
    let binary: [(String, (Double, Double) -> Double)] = [
        ("atan2", mathAtan2), ("copysign", copysign), ("remainder", mathRemainder),
    ]
    for (name, f) in binary {
        fn(name) { interp, a in
            try a.expect(name, 2)
            let x = try interp.floatArgument(a[0]), y = try interp.floatArgument(a[1])
            return .float(try mathBinary(x, y, f))
        }
    }
    fn("fmod") { interp, a in
        try a.expect("fmod", 2)
        let x = try interp.floatArgument(a[0]), y = try interp.floatArgument(a[1])
        if y.isInfinite && x.isFinite { return .float(x) }
        let r = fmod(x, y)
        if r.isNaN && !x.isNaN && !y.isNaN { throw MathError.domain.exception }
        return .float(r)
    }
    fn("pow") { interp, a in
        try a.expect("pow", 2)
        return .float(try mathPow(try interp.floatArgument(a[0]), try interp.floatArgument(a[1])))
    }

    // Logarithms: ints of any size are handled without converting to float first.
    fn("log") { interp, a in
        if !a.keywords.isEmpty { throw PyException.typeError("math.log() takes no keyword arguments") }
        guard a.count == 1 || a.count == 2 else { throw PyException.typeError("math.log requires 1 to 2 arguments") }
        let num = try mathLog(interp, a[0], log, name: "log")
        if a.count == 1 { return .float(num) }
        let den = try mathLog(interp, a[1], log, name: "log")
        if den == 0 { throw PyException.zeroDivision("float division by zero") }
        return .float(num / den)
    }
    fn("log2") { interp, a in
        try a.expect("math.log2", 1)
        return .float(try mathLog(interp, a[0], log2, name: "log2"))
    }
    fn("log10") { interp, a in
        try a.expect("math.log10", 1)
        return .float(try mathLog(interp, a[0], log10, name: "log10"))
    }

    // Rounding to ints.
    fn("floor") { interp, a in
        try a.expect("math.floor", 1)
        let x = a[0]
        switch x {
        case .int, .big: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try intFromIntegralDouble(d.rounded(.down))
        default:
            if let m = interp.userMethod(x, "__floor__") { return try interp.callSpecial(m, x) }
            return try intFromIntegralDouble(try interp.floatArgument(x).rounded(.down))
        }
    }
    fn("ceil") { interp, a in
        try a.expect("math.ceil", 1)
        let x = a[0]
        switch x {
        case .int, .big: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try intFromIntegralDouble(d.rounded(.up))
        default:
            if let m = interp.userMethod(x, "__ceil__") { return try interp.callSpecial(m, x) }
            return try intFromIntegralDouble(try interp.floatArgument(x).rounded(.up))
        }
    }
    fn("trunc") { interp, a in
        try a.expect("math.trunc", 1)
        let x = a[0]
        switch x {
        case .int, .big: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try intFromIntegralDouble(d.rounded(.towardZero))
        default:
            if let m = interp.userMethod(x, "__trunc__") { return try interp.callSpecial(m, x) }
            throw PyException.typeError("type \(typeName(x)) doesn't define __trunc__ method")
        }
    }

    // Float decomposition.
    fn("modf") { interp, a in
        try a.expect("math.modf", 1)
        let x = try interp.floatArgument(a[0])
        if x.isInfinite { return .tuple(PyTuple([.float(copysign(0, x)), .float(x)])) }
        if x.isNaN { return .tuple(PyTuple([.float(x), .float(x)])) }
        let ip = x.rounded(.towardZero)
        return .tuple(PyTuple([.float(copysign(x - ip, x)), .float(ip)]))
    }
    fn("frexp") { interp, a in
        try a.expect("math.frexp", 1)
        let x = try interp.floatArgument(a[0])
        if x.isNaN || x.isInfinite || x == 0 { return .tuple(PyTuple([.float(x), .int(0)])) }
        let (m, e) = frexp(x)
        return .tuple(PyTuple([.float(m), .int(e)]))
    }
    fn("ldexp") { interp, a in
        try a.expect("ldexp", 2)
        let x = try interp.floatArgument(a[0])
        guard let big = a[1].bigInt else {
            throw PyException.typeError("Expected an int as second argument to ldexp.")
        }
        if x == 0 || !x.isFinite { return .float(x) }
        if big > BigInt(Int32.max) { throw MathError.range.exception }
        if big < BigInt(Int32.min) { return .float(copysign(0, x)) }
        let r = scalbn(x, Int(big))
        if r.isInfinite { throw MathError.range.exception }
        return .float(r)
    }
    fn("nextafter") { interp, a in
        try a.expect("nextafter", 2)
        let x = try interp.floatArgument(a[0]), y = try interp.floatArgument(a[1])
        return .float(nextafter(x, y))
    }
    fn("ulp") { interp, a in
        try a.expect("math.ulp", 1)
        var x = try interp.floatArgument(a[0])
        if x.isNaN { return .float(x) }
        x = abs(x)
        if x.isInfinite { return .float(x) }
        let next = nextafter(x, .infinity)
        if next.isInfinite { return .float(x - nextafter(x, -.infinity)) }
        return .float(next - x)
    }

    fn("isclose") { interp, a in
        let p = try a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2, positionalOnly: 0)
        if a.count > 2 { throw PyException.typeError("isclose() takes exactly 2 positional arguments (\(a.count) given)") }
        let x = try interp.floatArgument(p[0]!), y = try interp.floatArgument(p[1]!)
        let rel = try p[2].map { try interp.floatArgument($0) } ?? 1e-9
        let absTol = try p[3].map { try interp.floatArgument($0) } ?? 0
        if rel < 0 || absTol < 0 { throw PyException.valueError("tolerances must be non-negative") }
        if x == y { return .true }
        if x.isInfinite || y.isInfinite { return .false }
        let diff = abs(y - x)
        return .bool((diff <= abs(rel * y)) || (diff <= abs(rel * x)) || (diff <= absTol))
    }

    // Sums and norms.
    fn("fsum") { interp, a in
        try a.expect("math.fsum", 1)
        let it = try interp.iterate(a[0])
        var values: [Double] = []
        while let v = try it.next(interp) { values.append(try interp.floatArgument(v)) }
        return .float(try exactFloatSum(values))
    }
    fn("prod") { interp, a in
        let p = try a.bind("prod", ["iterable", "start"], required: 1)
        if a.count > 1 { throw PyException.typeError("prod() takes exactly 1 positional argument (\(a.count) given)") }
        var result = p[1] ?? .int(1)
        let it = try interp.iterate(p[0]!)
        while let v = try it.next(interp) { result = try interp.binary(.mul, result, v) }
        return result
    }
    fn("hypot") { interp, a in
        if !a.keywords.isEmpty { throw PyException.typeError("hypot() takes no keyword arguments") }
        let coords = try a.positional.map { abs(try interp.floatArgument($0)) }
        return .float(vectorNorm(coords))
    }
    fn("dist") { interp, a in
        try a.expect("dist", 2)
        let p = try interp.collect(a[0]), q = try interp.collect(a[1])
        if case .tuple = a[0] {} else if case .list = a[0] {} else {
            throw PyException.typeError("dist(): argument 1 must be tuple, not \(typeName(a[0]))")
        }
        if case .tuple = a[1] {} else if case .list = a[1] {} else {
            throw PyException.typeError("dist(): argument 2 must be tuple, not \(typeName(a[1]))")
        }
        if p.count != q.count { throw PyException.valueError("both points must have the same number of dimensions") }
        var diffs: [Double] = []
        for i in 0..<p.count {
            diffs.append(abs(try interp.floatArgument(p[i]) - interp.floatArgument(q[i])))
        }
        return .float(vectorNorm(diffs))
    }

    // Integer functions.
    fn("factorial") { interp, a in
        try a.expect("math.factorial", 1)
        let n = try interp.indexArgument(a[0])
        if n.sign == .minus { throw PyException.valueError("factorial() not defined for negative values") }
        guard let k = Int(exactly: n) else {
            throw PyException.overflow("factorial() argument should not exceed \(Int.max)")
        }
        try interp.checkBigAllocation(bits: k < 20 ? 64 : Int(Double(k) * log2(Double(k))))
        return .integer(productRange(2, k))
    }
    fn("isqrt") { interp, a in
        try a.expect("math.isqrt", 1)
        let n = try interp.indexArgument(a[0])
        if n.sign == .minus { throw PyException.valueError("isqrt() argument must be nonnegative") }
        return .integer(BigInt(n.magnitude.squareRoot()))
    }
    fn("gcd") { interp, a in
        if !a.keywords.isEmpty { throw PyException.typeError("gcd() takes no keyword arguments") }
        var g = BigUInt(0)
        for v in a.positional {
            let n = try interp.indexArgument(v)
            g = g.greatestCommonDivisor(with: n.magnitude)
        }
        return .integer(BigInt(g))
    }
    fn("lcm") { interp, a in
        if !a.keywords.isEmpty { throw PyException.typeError("lcm() takes no keyword arguments") }
        var l = BigUInt(1)
        for v in a.positional {
            let n = try interp.indexArgument(v).magnitude
            if n.isZero || l.isZero { l = 0; continue }
            l = l / l.greatestCommonDivisor(with: n) * n
        }
        return .integer(BigInt(l))
    }
    fn("comb") { interp, a in
        try a.expect("comb", 2)
        let n = try interp.indexArgument(a[0]), k = try interp.indexArgument(a[1])
        if n.sign == .minus { throw PyException.valueError("n must be a non-negative integer") }
        if k.sign == .minus { throw PyException.valueError("k must be a non-negative integer") }
        if k > n { return .int(0) }
        let kk = min(k, n - k)
        guard let small = Int(exactly: kk) else {
            throw PyException.overflow("min(n - k, k) must not exceed \(Int.max)")
        }
        return .integer(try binomial(interp, n, small))
    }
    fn("perm") { interp, a in
        if !a.keywords.isEmpty { throw PyException.typeError("perm() takes no keyword arguments") }
        guard a.count == 1 || a.count == 2 else {
            throw PyException.typeError("perm expected at most 2 arguments, got \(a.count)")
        }
        let n = try interp.indexArgument(a[0])
        if a.count == 1 || a[1].isNone {
            if n.sign == .minus { throw PyException.valueError("factorial() not defined for negative values") }
            guard let k = Int(exactly: n) else {
                throw PyException.overflow("factorial() argument should not exceed \(Int.max)")
            }
            return .integer(productRange(2, k))
        }
        let k = try interp.indexArgument(a[1])
        if n.sign == .minus { throw PyException.valueError("n must be a non-negative integer") }
        if k.sign == .minus { throw PyException.valueError("k must be a non-negative integer") }
        if k > n { return .int(0) }
        guard let kk = Int(exactly: k) else { throw PyException.overflow("k must not exceed \(Int.max)") }
        var result = BigInt(1)
        var factor = n
        for _ in 0..<kk {
            result *= factor
            factor -= 1
        }
        return .integer(result)
    }
    return PyModule(name: "math", dict: dict)
}

// MARK: Error rules

enum MathError {
    case domain, range

    var exception: PyException {
        switch self {
        case .domain: return PyException.valueError("math domain error")
        case .range: return PyException.overflow("math range error")
        }
    }

    /// CPython's is_error: a range error with a small result is an underflow, not an error.
    func raise(_ result: Double) throws {
        if self == .range && abs(result) < 1.5 { return }
        throw exception
    }
}

/// math_1: applies a libm function with CPython's error rules.
func mathUnary(_ x: Double, _ f: (Double) -> Double, canOverflow: Bool) throws -> Double {
    let r = f(x)
    if r.isNaN && !x.isNaN { throw MathError.domain.exception }
    if r.isInfinite && x.isFinite { throw (canOverflow ? MathError.range : MathError.domain).exception }
    return r
}

/// math_2: a NaN from non-NaN arguments is a domain error, an infinity from finite ones a
/// range error.
func mathBinary(_ x: Double, _ y: Double, _ f: (Double, Double) -> Double) throws -> Double {
    let r = f(x, y)
    if r.isNaN && !x.isNaN && !y.isNaN { throw MathError.domain.exception }
    if r.isInfinite && x.isFinite && y.isFinite { throw MathError.range.exception }
    return r
}

func mathAtan2(_ y: Double, _ x: Double) -> Double {
    if x.isNaN || y.isNaN { return .nan }
    if y.isInfinite {
        if x.isInfinite {
            return copysign(copysign(1, x) == 1 ? 0.25 * Double.pi : 0.75 * Double.pi, y)
        }
        return copysign(0.5 * Double.pi, y)
    }
    if x.isInfinite || y == 0 {
        return copysign(1, x) == 1 ? copysign(0, y) : copysign(Double.pi, y)
    }
    return atan2(y, x)
}

/// IEEE remainder: x - n*y with n the nearest integer to x/y (ties to even).
func mathRemainder(_ x: Double, _ y: Double) -> Double {
    if x.isFinite && y.isFinite {
        if y == 0 { return .nan }
        let absx = abs(x), absy = abs(y)
        let m = fmod(absx, absy)
        let c = absy - m
        let r: Double
        if m < c { r = m } else if m > c { r = -c } else { r = m - 2.0 * fmod(0.5 * (absx - m), absy) }
        return copysign(1.0, x) * r
    }
    if x.isNaN { return x }
    if y.isNaN { return y }
    if x.isInfinite { return .nan }
    return x
}

func mathPow(_ x: Double, _ y: Double) throws -> Double {
    if !x.isFinite || !y.isFinite {
        if x.isNaN { return y == 0 ? 1 : x }
        if y.isNaN { return x == 1 ? 1 : y }
        if x.isInfinite {
            let oddY = y.isFinite && fmod(abs(y), 2.0) == 1.0
            if y > 0 { return oddY ? x : abs(x) }
            if y == 0 { return 1 }
            return oddY ? copysign(0, x) : 0
        }
        // y is infinite
        if abs(x) == 1 { return 1 }
        if y > 0 && abs(x) > 1 { return y }
        if y < 0 && abs(x) < 1 { return -y }
        return 0
    }
    let r = pow(x, y)
    if r.isNaN { throw MathError.domain.exception }
    if r.isInfinite { throw (x == 0 ? MathError.domain : MathError.range).exception }
    return r
}

/// loghelper: ints (even too large for a float) are logged exactly enough; everything else
/// goes through math_1's rules.
func mathLog(_ interp: Interp, _ v: Value, _ f: (Double) -> Double, name: String) throws -> Double {
    func special(_ x: Double) throws -> Double {
        if x.isNaN { return x }
        if x.isInfinite {
            if x > 0 { return x }
            throw MathError.domain.exception
        }
        if x <= 0 { throw MathError.domain.exception }
        return f(x)
    }
    if let b = v.bigInt {
        if b.sign == .minus || b.isZero { throw MathError.domain.exception }
        let d = bigIntToDouble(b)
        if d.isFinite { return f(d) }
        // x ~= m * 2**e with 0.5 <= m < 1.
        let bits = b.magnitude.bitWidth
        let shift = bits - 64
        let top = Double(UInt64(b.magnitude >> shift))
        let m = top / 18446744073709551616.0
        return f(m) + f(2.0) * Double(bits)
    }
    return try special(try interp.floatArgument(v))
}

// MARK: Gamma (CPython's Lanczos implementation, not libm's)

private let lanczosG = 6.024680040776729583740234375
private let lanczosGMinusHalf = 5.524680040776729583740234375
private let lanczosNumCoeffs: [Double] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
]
private let lanczosDenCoeffs: [Double] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
]
private let gammaIntegral: [Double] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
]

private func lanczosSum(_ x: Double) -> Double {
    var num = 0.0, den = 0.0
    if x < 5.0 {
        for i in stride(from: 12, through: 0, by: -1) {
            num = num * x + lanczosNumCoeffs[i]
            den = den * x + lanczosDenCoeffs[i]
        }
    } else {
        for i in 0..<13 {
            num = num / x + lanczosNumCoeffs[i]
            den = den / x + lanczosDenCoeffs[i]
        }
    }
    return num / den
}

/// sin(pi*x), accurate for integral and near-integral x.
private func sinPi(_ x: Double) -> Double {
    let y = fmod(abs(x), 2.0)
    let n = Int((2.0 * y).rounded())
    let r: Double
    switch n {
    case 0: r = sin(Double.pi * y)
    case 1: r = cos(Double.pi * (y - 0.5))
    case 2: r = sin(Double.pi * (1.0 - y))
    case 3: r = -cos(Double.pi * (y - 1.5))
    default: r = sin(Double.pi * (y - 2.0))
    }
    return copysign(1.0, x) * r
}

func mathGamma(_ x: Double) -> (Double, MathError?) {
    if !x.isFinite {
        if x.isNaN || x > 0 { return (x, nil) }
        return (.nan, .domain)
    }
    if x == 0 { return (copysign(.infinity, x), .domain) }
    if x == x.rounded(.down) {
        if x < 0 { return (.nan, .domain) }
        if x <= Double(gammaIntegral.count) { return (gammaIntegral[Int(x) - 1], nil) }
    }
    let absx = abs(x)
    if absx < 1e-20 {
        let r = 1.0 / x
        return (r, r.isInfinite ? .range : nil)
    }
    if absx > 200.0 {
        if x < 0 { return (0.0 / sinPi(x), nil) }
        return (.infinity, .range)
    }
    let y = absx + lanczosGMinusHalf
    var z: Double
    if absx > lanczosGMinusHalf {
        let q = y - absx
        z = q - lanczosGMinusHalf
    } else {
        let q = y - lanczosGMinusHalf
        z = q - absx
    }
    z = z * lanczosG / y
    var r: Double
    if x < 0 {
        r = -Double.pi / sinPi(absx) / absx * exp(y) / lanczosSum(absx)
        r -= z * r
        if absx < 140.0 {
            r /= pow(y, absx - 0.5)
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
        }
    } else {
        r = lanczosSum(absx) / exp(y)
        r += z * r
        if absx < 140.0 {
            r *= pow(y, absx - 0.5)
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
        }
    }
    return (r, r.isInfinite ? .range : nil)
}

func mathLogGamma(_ x: Double) -> (Double, MathError?) {
    if !x.isFinite {
        if x.isNaN { return (x, nil) }
        return (.infinity, nil)
    }
    if x == x.rounded(.down) && x <= 2.0 {
        if x <= 0 { return (.infinity, .domain) }
        return (0.0, nil)
    }
    let absx = abs(x)
    if absx < 1e-20 { return (-log(absx), nil) }
    var r = log(lanczosSum(absx)) - lanczosG
    r += (absx - 0.5) * (log(absx + lanczosG - 0.5) - 1)
    if x < 0 {
        r = 1.144729885849400174143427351353058711647 - log(abs(sinPi(absx))) - log(absx) - r
    }
    return (r, r.isInfinite ? .range : nil)
}

// MARK: Exact sums

/// math.fsum: Shewchuk's exact partial sums, then a correctly rounded total.
func exactFloatSum(_ values: [Double]) throws -> Double {
    var partials: [Double] = []
    var specialSum = 0.0, infSum = 0.0
    for value in values {
        var x = value
        var i = 0
        for j in 0..<partials.count {
            var y = partials[j]
            if abs(x) < abs(y) { swap(&x, &y) }
            let hi = x + y
            let lo = y - (hi - x)
            if lo != 0 {
                partials[i] = lo
                i += 1
            }
            x = hi
        }
        partials.removeSubrange(i...)
        if x != 0 {
            if !x.isFinite {
                if value.isFinite { throw PyException.overflow("intermediate overflow in fsum") }
                if value.isInfinite { infSum += value }
                specialSum += value
                partials.removeAll()
            } else {
                partials.append(x)
            }
        }
    }
    if specialSum != 0 {
        if infSum.isNaN { throw PyException.valueError("-inf + inf in fsum") }
        return specialSum
    }
    var n = partials.count
    var hi = 0.0
    if n > 0 {
        n -= 1
        hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            let yr = hi - x
            lo = y - yr
            if lo != 0 { break }
        }
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2.0
            let x = hi + y
            let yr = x - hi
            if y == yr { hi = x }
        }
    }
    return hi
}

/// sqrt(sum(x*x)) for non-negative coordinates, with CPython's scaling, exact squaring and
/// compensated summation (hypot and dist).
func vectorNorm(_ input: [Double]) -> Double {
    var vec = input
    var maxValue = 0.0
    var foundNaN = false
    for x in vec {
        if x.isNaN { foundNaN = true }
        if x > maxValue { maxValue = x }
    }
    if maxValue.isInfinite { return maxValue }
    if foundNaN { return .nan }
    if maxValue == 0 || vec.count <= 1 { return maxValue }
    let maxE = frexp(maxValue).1
    if maxE < -1023 {
        let dblMin = Double.leastNormalMagnitude
        for i in vec.indices { vec[i] /= dblMin }
        return dblMin * vectorNorm(vec)
    }
    let scale = scalbn(1.0, -maxE)
    var csum = 1.0, frac1 = 0.0, frac2 = 0.0
    for v in vec {
        let x = v * scale
        let prHi = x * x
        let prLo = fma(x, x, -prHi)
        let smHi = csum + prHi
        let smLo = (csum - smHi) + prHi
        csum = smHi
        frac1 += prLo
        frac2 += smLo
    }
    var h = sqrt(csum - 1.0 + (frac1 + frac2))
    let prHi = -h * h
    let prLo = fma(-h, h, -prHi)
    let smHi = csum + prHi
    let smLo = (csum - smHi) + prHi
    csum = smHi
    frac1 += prLo
    frac2 += smLo
    let x = csum - 1.0 + (frac1 + frac2)
    h += x / (2.0 * h)
    return h / scale
}

// MARK: Integer helpers

/// The product lo * (lo+1) * ... * hi (1 when empty), by binary splitting.
func productRange(_ lo: Int, _ hi: Int) -> BigInt {
    if lo > hi { return 1 }
    if hi - lo < 16 {
        var r = BigInt(1)
        var acc: Int = 1
        for i in lo...hi {
            let (p, o) = acc.multipliedReportingOverflow(by: i)
            if o {
                r *= BigInt(acc)
                acc = i
            } else {
                acc = p
            }
        }
        return r * BigInt(acc)
    }
    let mid = lo + (hi - lo) / 2
    return productRange(lo, mid) * productRange(mid + 1, hi)
}

/// comb(n, k) for 0 <= k <= n/2.
private func binomial(_ interp: Interp, _ n: BigInt, _ k: Int) throws -> BigInt {
    if k == 0 { return 1 }
    if let small = Int(exactly: n) {
        try interp.checkBigAllocation(bits: Int(Double(k) * log2(Double(max(small, 2)))) + 64)
        return productRange(small - k + 1, small) / productRange(2, k)
    }
    var result = BigInt(1)
    for i in 0..<k {
        result = result * (n - BigInt(i)) / BigInt(i + 1)
    }
    return result
}
