import BigInt
import Foundation

/// `statistics`: CPython 3.11's algorithms. Means and variances are computed with exact
/// fractions (as CPython's _sum/_ss) and converted once, so results match to the last digit:
/// int data gives an int when the exact result is integral, else a float.
func makeStatisticsModule(_ interp: Interp) -> PyModule {
    let error = PyType(builtin: "StatisticsError", base: BuiltinTypes.valueError, layout: .exception)
    error.module = "statistics"
    let stats = Statistics(error: error)
    var dict: [String: Value] = ["StatisticsError": .object(error)]
    func fn(_ name: String, _ body: @escaping BuiltinBody) {
        dict[name] = .object(PyBuiltinFunction(name, body))
    }

    fn("mean") { interp, a in
        let data = try a.bindDef("mean", ["data"]).slots[0]!
        let s = try stats.exactSum(interp, try interp.collect(data))
        if s.count < 1 { throw stats.fail("mean requires at least one data point") }
        if let special = s.nonFinite { return .float(special / Double(s.count)) }
        return try stats.convert(s.total / Rational(BigInt(s.count)), s.isFloat)
    }
    fn("fmean") { interp, a in
        let p = try a.bindDef("fmean", ["data", "weights"], defaults: 1).slots
        let data = try interp.collect(p[0]!)
        guard let weightsValue = p[1], !weightsValue.isNone else {
            let total = try exactFloatSum(data.map { try interp.floatArgument($0) })
            if data.isEmpty { throw stats.fail("fmean requires at least one data point") }
            return .float(total / Double(data.count))
        }
        let weights = try interp.collect(weightsValue)
        var products: [Double] = []
        for (x, w) in zip(data, weights) { products.append(try interp.floatArgument(interp.binary(.mul, x, w))) }
        let num = try exactFloatSum(products)
        if data.count != weights.count { throw stats.fail("data and weights must be the same length") }
        let den = try exactFloatSum(weights.map { try interp.floatArgument($0) })
        if den == 0 { throw stats.fail("sum of weights must be non-zero") }
        return .float(num / den)
    }
    fn("geometric_mean") { interp, a in
        let data = try interp.collect(try a.bindDef("geometric_mean", ["data"]).slots[0]!)
        do {
            var logs: [Double] = []
            for x in data { logs.append(try mathLog(interp, x, log, name: "log")) }
            if logs.isEmpty { throw stats.fail("fmean requires at least one data point") }
            return .float(exp(try exactFloatSum(logs) / Double(logs.count)))
        } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.valueError) {
            throw stats.fail("geometric mean requires a non-empty dataset containing positive numbers")
        }
    }
    fn("harmonic_mean") { interp, a in
        let p = try a.bindDef("harmonic_mean", ["data", "weights"], defaults: 1).slots
        return try stats.harmonicMean(interp, try interp.collect(p[0]!), p[1].flatMap { $0.isNone ? nil : $0 })
    }
    fn("median") { interp, a in
        let data = try stats.sorted(interp, try a.bindDef("median", ["data"]).slots[0]!)
        let n = data.count
        if n == 0 { throw stats.fail("no median for empty data") }
        if n % 2 == 1 { return data[n / 2] }
        let i = n / 2
        return try interp.binary(.div, try interp.binary(.add, data[i - 1], data[i]), .int(2))
    }
    fn("median_low") { interp, a in
        let data = try stats.sorted(interp, try a.bindDef("median_low", ["data"]).slots[0]!)
        let n = data.count
        if n == 0 { throw stats.fail("no median for empty data") }
        return n % 2 == 1 ? data[n / 2] : data[n / 2 - 1]
    }
    fn("median_high") { interp, a in
        let data = try stats.sorted(interp, try a.bindDef("median_high", ["data"]).slots[0]!)
        if data.isEmpty { throw stats.fail("no median for empty data") }
        return data[data.count / 2]
    }
    fn("median_grouped") { interp, a in
        let p = try a.bindDef("median_grouped", ["data", "interval"], defaults: 1).slots
        let data = try stats.sorted(interp, p[0]!)
        let n = data.count
        if n == 0 { throw stats.fail("no median for empty data") }
        let xv = data[n / 2]
        var i = 0
        while i < n, try interp.lessThan(data[i], xv) { i += 1 }
        var j = i
        while j < n, !(try interp.lessThan(xv, data[j])) { j += 1 }
        let interval: Double, x: Double
        do {
            interval = try interp.toFloat(p[1] ?? .float(1.0))
            x = try interp.toFloat(xv)
        } catch let e as PyException where e.object.cls === BuiltinTypes.valueError {
            throw PyException.typeError("Value cannot be converted to a float")
        }
        let lower = x - interval / 2.0
        return .float(lower + interval * (Double(n) / 2 - Double(i)) / Double(j - i))
    }
    fn("mode") { interp, a in
        let data = try a.bindDef("mode", ["data"]).slots[0]!
        let counts = try stats.count(interp, data)
        guard let first = counts.first else { throw stats.fail("no mode for empty data") }
        var best = first
        for c in counts where c.1 > best.1 { best = c }
        return best.0
    }
    fn("multimode") { interp, a in
        let data = try a.bindDef("multimode", ["data"]).slots[0]!
        let counts = try stats.count(interp, data)
        let top = counts.map { $0.1 }.max() ?? 0
        return .list(PyList(counts.filter { $0.1 == top }.map { $0.0 }))
    }
    fn("quantiles") { interp, a in
        let p = try a.bindDef("quantiles", ["data"], keywordOnly: ["n", "method"]).slots
        let nValue = p[1] ?? .int(4)
        if try interp.lessThan(nValue, .int(1)) { throw stats.fail("n must be at least 1") }
        let n = try nValue.asInt("n")
        let data = try stats.sorted(interp, p[0]!)
        let ld = data.count
        if ld < 2 { throw stats.fail("must have at least two data points") }
        let method = p[2] ?? .str(PyStr.from("exclusive"))
        func weighted(_ lo: Value, _ loWeight: Int, _ hi: Value, _ hiWeight: Int) throws -> Value {
            let sum = try interp.binary(.add, try interp.binary(.mul, lo, .int(loWeight)),
                                        try interp.binary(.mul, hi, .int(hiWeight)))
            return try interp.binary(.div, sum, .int(n))
        }
        var result: [Value] = []
        if case .str(let m) = method, m.string == "inclusive" {
            let m = ld - 1
            for i in 1..<max(n, 1) {
                let j = i * m / n, delta = i * m % n
                result.append(try weighted(data[j], n - delta, data[j + 1], delta))
            }
            return .list(PyList(result))
        }
        if case .str(let m) = method, m.string == "exclusive" {
            let m = ld + 1
            for i in 1..<max(n, 1) {
                var j = i * m / n
                j = j < 1 ? 1 : (j > ld - 1 ? ld - 1 : j)
                let delta = i * m - j * n
                result.append(try weighted(data[j - 1], n - delta, data[j], delta))
            }
            return .list(PyList(result))
        }
        throw PyException.valueError("Unknown method: \(try interp.repr(method))")
    }
    for (name, sample) in [("variance", true), ("pvariance", false)] {
        fn(name) { interp, a in
            let p = try a.bindDef(name, ["data", sample ? "xbar" : "mu"], defaults: 1).slots
            let ss = try stats.sumOfSquares(interp, try interp.collect(p[0]!), p[1].flatMap { $0.isNone ? nil : $0 })
            if sample && ss.count < 2 { throw stats.fail("variance requires at least two data points") }
            if !sample && ss.count < 1 { throw stats.fail("pvariance requires at least one data point") }
            let divisor = sample ? ss.count - 1 : ss.count
            if let special = ss.nonFinite { return .float(special / Double(divisor)) }
            return try stats.convert(ss.total / Rational(BigInt(divisor)), ss.isFloat)
        }
    }
    for (name, sample) in [("stdev", true), ("pstdev", false)] {
        fn(name) { interp, a in
            let p = try a.bindDef(name, ["data", sample ? "xbar" : "mu"], defaults: 1).slots
            let ss = try stats.sumOfSquares(interp, try interp.collect(p[0]!), p[1].flatMap { $0.isNone ? nil : $0 })
            if sample && ss.count < 2 { throw stats.fail("stdev requires at least two data points") }
            if !sample && ss.count < 1 { throw stats.fail("pstdev requires at least one data point") }
            if ss.nonFinite != nil { throw PyException.attributeError("'float' object has no attribute 'numerator'") }
            let mss = ss.total / Rational(BigInt(sample ? ss.count - 1 : ss.count))
            return .float(floatSqrtOfFraction(mss.num, mss.den))
        }
    }
    fn("covariance") { interp, a in
        let p = try a.bindDef("covariance", ["x", "y"]).slots
        let (x, y) = try stats.pairs(interp, p[0]!, p[1]!, "covariance")
        let n = Double(x.count)
        let xbar = try exactFloatSum(x) / n, ybar = try exactFloatSum(y) / n
        let sxy = try exactFloatSum(zip(x, y).map { ($0 - xbar) * ($1 - ybar) })
        return .float(sxy / (n - 1))
    }
    fn("correlation") { interp, a in
        let p = try a.bindDef("correlation", ["x", "y"]).slots
        let (x, y) = try stats.pairs(interp, p[0]!, p[1]!, "correlation")
        let n = Double(x.count)
        let xbar = try exactFloatSum(x) / n, ybar = try exactFloatSum(y) / n
        let sxy = try exactFloatSum(zip(x, y).map { ($0 - xbar) * ($1 - ybar) })
        let sxx = try exactFloatSum(x.map { ($0 - xbar) * ($0 - xbar) })
        let syy = try exactFloatSum(y.map { ($0 - ybar) * ($0 - ybar) })
        let den = sqrt(sxx * syy)
        if den == 0 { throw stats.fail("at least one of the inputs is constant") }
        return .float(sxy / den)
    }
    let regressionType = makeRecordType("LinearRegression", module: "statistics", fields: ["slope", "intercept"])
    fn("linear_regression") { interp, a in
        let p = try a.bindDef("linear_regression", ["x", "y"], keywordOnly: ["proportional"]).slots
        let (x, y) = try stats.pairs(interp, p[0]!, p[1]!, "linear regression")
        let proportional = try p[2].map { try interp.truthy($0) } ?? false
        let n = Double(x.count)
        let sxy: Double, sxx: Double
        var xbar = 0.0, ybar = 0.0
        if proportional {
            sxy = try exactFloatSum(zip(x, y).map { $0 * $1 })
            sxx = try exactFloatSum(x.map { $0 * $0 })
        } else {
            xbar = try exactFloatSum(x) / n
            ybar = try exactFloatSum(y) / n
            sxy = try exactFloatSum(zip(x, y).map { ($0 - xbar) * ($1 - ybar) })
            sxx = try exactFloatSum(x.map { ($0 - xbar) * ($0 - xbar) })
        }
        if sxx == 0 { throw stats.fail("x is constant") }
        let slope = sxy / sxx
        let intercept = proportional ? 0.0 : ybar - slope * xbar
        return makeRecord(regressionType, ["slope", "intercept"], [.float(slope), .float(intercept)])
    }
    dict["NormalDist"] = .object(makeNormalDistClass(stats))
    return PyModule(name: "statistics", dict: dict)
}

/// A statistics.NormalDist.
final class PyNormalDist: PyInstance {
    var mu = 0.0
    var sigma = 1.0
}

private func makeNormalDistClass(_ stats: Statistics) -> PyType {
    var methods: [String: BuiltinBody] = [:]
    func dist(_ v: Value) -> PyNormalDist? {
        if case .object(let o) = v, let d = o as? PyNormalDist { return d }
        return nil
    }
    var typeRef: PyType!
    func make(_ mu: Double, _ sigma: Double) -> Value {
        let d = PyNormalDist(cls: typeRef)
        d.mu = mu
        d.sigma = sigma
        return .object(d)
    }
    methods["pdf"] = { interp, a in
        let p = try a.bindDef("NormalDist.pdf", ["self", "x"]).slots
        let d = dist(p[0]!)!
        let variance = d.sigma * d.sigma
        if variance == 0 { throw stats.fail("pdf() not defined when sigma is zero") }
        let diff = try interp.floatArgument(p[1]!) - d.mu
        return .float(exp(diff * diff / (-2.0 * variance)) / sqrt(2 * Double.pi * variance))
    }
    methods["cdf"] = { interp, a in
        let p = try a.bindDef("NormalDist.cdf", ["self", "x"]).slots
        let d = dist(p[0]!)!
        if d.sigma == 0 { throw stats.fail("cdf() not defined when sigma is zero") }
        return .float(normalCDF(try interp.floatArgument(p[1]!), d.mu, d.sigma))
    }
    methods["inv_cdf"] = { interp, a in
        let p = try a.bindDef("NormalDist.inv_cdf", ["self", "p"]).slots
        let d = dist(p[0]!)!
        let prob = try interp.floatArgument(p[1]!)
        if prob <= 0.0 || prob >= 1.0 { throw stats.fail("p must be in the range 0.0 < p < 1.0") }
        if d.sigma <= 0.0 { throw stats.fail("cdf() not defined when sigma at or below zero") }
        return .float(normalInverseCDF(prob, d.mu, d.sigma))
    }
    methods["quantiles"] = { interp, a in
        let p = try a.bindDef("NormalDist.quantiles", ["self", "n"], defaults: 1).slots
        let d = dist(p[0]!)!
        let n = try p[1].map { try $0.asInt("n") } ?? 4
        var out: [Value] = []
        for i in stride(from: 1, to: n, by: 1) {
            let prob = Double(i) / Double(n)
            if prob <= 0.0 || prob >= 1.0 { throw stats.fail("p must be in the range 0.0 < p < 1.0") }
            if d.sigma <= 0.0 { throw stats.fail("cdf() not defined when sigma at or below zero") }
            out.append(.float(normalInverseCDF(prob, d.mu, d.sigma)))
        }
        return .list(PyList(out))
    }
    methods["zscore"] = { interp, a in
        let p = try a.bindDef("NormalDist.zscore", ["self", "x"]).slots
        let d = dist(p[0]!)!
        if d.sigma == 0 { throw stats.fail("zscore() not defined when sigma is zero") }
        return .float((try interp.floatArgument(p[1]!) - d.mu) / d.sigma)
    }
    methods["overlap"] = { interp, a in
        let p = try a.bindDef("NormalDist.overlap", ["self", "other"]).slots
        guard var x = dist(p[0]!), var y = dist(p[1]!) else {
            throw PyException.typeError("Expected another NormalDist instance")
        }
        if (y.sigma, y.mu) < (x.sigma, x.mu) { swap(&x, &y) }
        let xv = x.sigma * x.sigma, yv = y.sigma * y.sigma
        if xv == 0 || yv == 0 { throw stats.fail("overlap() not defined when sigma is zero") }
        let dv = yv - xv
        let dm = abs(y.mu - x.mu)
        if dv == 0 { return .float(1.0 - erf(dm / (2.0 * x.sigma * sqrt(2.0)))) }
        let aa = x.mu * yv - y.mu * xv
        let b = x.sigma * y.sigma * sqrt(dm * dm + dv * log(yv / xv))
        let x1 = (aa + b) / dv, x2 = (aa - b) / dv
        return .float(1.0 - (abs(normalCDF(x1, y.mu, y.sigma) - normalCDF(x1, x.mu, x.sigma))
                             + abs(normalCDF(x2, y.mu, y.sigma) - normalCDF(x2, x.mu, x.sigma))))
    }
    methods["samples"] = { interp, a in
        let (s, _) = try a.bindDef("NormalDist.samples", ["self", "n"], keywordOnly: ["seed"])
        let d = dist(s[0]!)!
        let n = try interp.smallIndexArgument(s[1]!)
        let randomModule = Value.object(try interp.importModule("random"))
        let gauss: Value
        if let seed = s[2], !seed.isNone {
            let generator = try interp.call(try interp.getAttribute(randomModule, "Random"), Arguments([seed]))
            gauss = try interp.getAttribute(generator, "gauss")
        } else {
            gauss = try interp.getAttribute(randomModule, "gauss")
        }
        var out: [Value] = []
        for _ in 0..<max(n, 0) { out.append(try interp.call(gauss, Arguments([.float(d.mu), .float(d.sigma)]))) }
        return .list(PyList(out))
    }
    methods["__repr__"] = { _, a in
        let d = dist(a[0])!
        return .str(PyStr.from("\(d.cls.name)(mu=\(pythonFloatRepr(d.mu)), sigma=\(pythonFloatRepr(d.sigma)))"))
    }
    methods["__eq__"] = { _, a in
        guard let x = dist(a[0]), let y = dist(a[1]) else { return BuiltinTypes.notImplemented }
        return .bool(x.mu == y.mu && x.sigma == y.sigma)
    }
    methods["__hash__"] = { interp, a in
        let d = dist(a[0])!
        return .int(try interp.hash(.tuple(PyTuple([.float(d.mu), .float(d.sigma)]))))
    }
    methods["__add__"] = { interp, a in
        let x = dist(a[0])!
        if let y = dist(a[1]) { return make(x.mu + y.mu, vectorNorm([abs(x.sigma), abs(y.sigma)])) }
        return make(try interp.floatArgument(try interp.binary(.add, .float(x.mu), a[1])), x.sigma)
    }
    methods["__radd__"] = methods["__add__"]
    methods["__sub__"] = { interp, a in
        let x = dist(a[0])!
        if let y = dist(a[1]) { return make(x.mu - y.mu, vectorNorm([abs(x.sigma), abs(y.sigma)])) }
        return make(try interp.floatArgument(try interp.binary(.sub, .float(x.mu), a[1])), x.sigma)
    }
    methods["__rsub__"] = { interp, a in
        let x = dist(a[0])!
        return make(-(try interp.floatArgument(try interp.binary(.sub, .float(x.mu), a[1]))), x.sigma)
    }
    methods["__mul__"] = { interp, a in
        let x = dist(a[0])!
        let k = try interp.floatArgument(a[1])
        return make(x.mu * k, x.sigma * abs(k))
    }
    methods["__rmul__"] = methods["__mul__"]
    methods["__truediv__"] = { interp, a in
        let x = dist(a[0])!
        let k = try interp.floatArgument(a[1])
        if k == 0 { throw PyException.zeroDivision("float division by zero") }
        return make(x.mu / k, x.sigma / abs(k))
    }
    methods["__pos__"] = { _, a in make(dist(a[0])!.mu, dist(a[0])!.sigma) }
    methods["__neg__"] = { _, a in make(-dist(a[0])!.mu, dist(a[0])!.sigma) }
    let t = makeNativeClass("NormalDist", module: "statistics", methods)
    typeRef = t
    for (name, get) in [("mean", { (d: PyNormalDist) in d.mu }), ("median", { $0.mu }), ("mode", { $0.mu }),
                        ("stdev", { $0.sigma }), ("variance", { $0.sigma * $0.sigma })] {
        t.dict[name] = .object(PyProperty(getter: .object(PyBuiltinFunction(name) { _, a in .float(get(dist(a[0])!)) })))
    }
    t.constructor = { interp, type, args in
        let p = try args.bindDef("NormalDist", ["mu", "sigma"], defaults: 2).slots
        let sigmaValue = p[1] ?? .float(1.0)
        if try interp.lessThan(sigmaValue, .float(0.0)) { throw stats.fail("sigma must be non-negative") }
        let d = PyNormalDist(cls: type)
        d.mu = try interp.toFloat(p[0] ?? .float(0.0))
        d.sigma = try interp.toFloat(sigmaValue)
        return .object(d)
    }
    t.dict["from_samples"] = .object(PyClassMethod(.object(PyBuiltinFunction("from_samples") { interp, a in
        try a.expect("from_samples", 2)
        let ss = try stats.sumOfSquares(interp, try interp.collect(a[1]), nil)
        if ss.count < 2 { throw stats.fail("stdev requires at least two data points") }
        let mss = ss.total / Rational(BigInt(ss.count - 1))
        return try interp.call(a[0], Arguments([.float(try ss.mean.toDouble()), .float(floatSqrtOfFraction(mss.num, mss.den))]))
    })))
    return t
}

private func normalCDF(_ x: Double, _ mu: Double, _ sigma: Double) -> Double {
    0.5 * (1.0 + erf((x - mu) / (sigma * sqrt(2.0))))
}

/// Wichura's AS241 algorithm, as CPython's _normal_dist_inv_cdf.
private func normalInverseCDF(_ p: Double, _ mu: Double, _ sigma: Double) -> Double {
    let q = p - 0.5
    if abs(q) <= 0.425 {
        let r = 0.180625 - q * q
        let num = (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r
            + 13731.69376550946) * r + 1971.5909503065513) * r + 133.14166789178438) * r + 3.3871328727963665) * q
        let den = (((((((5226.495278852854 * r + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r
            + 5394.196021424751) * r + 687.1870074920579) * r + 42.31333070160091) * r + 1.0)
        return mu + (num / den) * sigma
    }
    var r = q <= 0.0 ? p : 1.0 - p
    r = sqrt(-log(r))
    let num: Double, den: Double
    if r <= 5.0 {
        r = r - 1.6
        num = (((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r
            + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835)
        den = (((((((1.0507500716444169e-09 * r + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) * r
            + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1.0)
    } else {
        r = r - 5.0
        num = (((((((2.0103343992922881e-07 * r + 2.7115555687434876e-05) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r
            + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103)
        den = (((((((2.0442631033899397e-15 * r + 1.421511758316446e-07) * r + 1.8463183175100548e-05) * r + 0.0007868691311456133) * r
            + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1.0)
    }
    var x = num / den
    if q < 0.0 { x = -x }
    return mu + x * sigma
}

/// The exact sum of numeric data: its type (int unless a float occurs), the exact total and
/// the count; non-finite floats are summed apart, as CPython's partials[None].
struct ExactSum {
    var isFloat = false
    var total = Rational(0)
    var count = 0
    var nonFinite: Double?
    /// The exact mean (from _ss).
    var mean = Rational(0)
}

final class Statistics {
    let error: PyType
    init(error: PyType) { self.error = error }

    func fail(_ message: String) -> PyException { PyException(error, message) }

    /// _exact_ratio for the numeric types the sandbox has: a finite value as num / 2**shift
    /// (floats are dyadic), a non-finite float as itself; and whether it was a float.
    func exactRatio(_ v: Value) throws -> (num: BigInt, shift: Int, special: Double?, isFloat: Bool) {
        switch v {
        case .int(let i): return (BigInt(i), 0, nil, false)
        case .big(let b): return (b.value, 0, nil, false)
        case .bool(let b): return (b ? 1 : 0, 0, nil, false)
        case .float(let d):
            if !d.isFinite { return (0, 0, d, true) }
            if d == 0 { return (0, 0, nil, true) }
            var sig = d.significandBitPattern | (d.isNormal ? (1 << 52) : 0)
            var exp = (d.isNormal ? Int(d.exponent) : -1022) - 52
            let tz = sig.trailingZeroBitCount
            sig >>= UInt64(tz)
            exp += tz
            var n = BigInt(sig)
            if d < 0 { n = -n }
            return exp >= 0 ? (n << exp, 0, nil, true) : (n, -exp, nil, true)
        default: throw PyException.typeError("can't convert type '\(typeName(v))' to numerator/denominator")
        }
    }

    /// Sums dyadic partials exactly: numerators keyed by the power of two of their
    /// denominator (CPython groups its partials by denominator the same way).
    struct DyadicSum {
        var partials: [Int: BigInt] = [:]
        mutating func add(_ num: BigInt, _ shift: Int) {
            if let p = partials[shift] { partials[shift] = p + num } else { partials[shift] = num }
        }
        var total: Rational {
            guard let top = partials.keys.max() else { return Rational(0) }
            var n = BigInt(0)
            for (k, v) in partials { n += v << (top - k) }
            return Rational(n, BigInt(1) << top)
        }
    }

    func exactSum(_ interp: Interp, _ data: [Value]) throws -> ExactSum {
        var s = ExactSum()
        var sum = DyadicSum()
        for v in data {
            let r = try exactRatio(v)
            s.count += 1
            if r.isFloat { s.isFloat = true }
            if let special = r.special {
                s.nonFinite = (s.nonFinite ?? 0) + special
            } else {
                sum.add(r.num, r.shift)
            }
        }
        s.total = sum.total
        return s
    }

    /// _ss: the exact sum of squared deviations from the mean (or from `c` when given).
    func sumOfSquares(_ interp: Interp, _ data: [Value], _ c: Value?) throws -> ExactSum {
        if let c = c {
            var squares: [Value] = []
            for x in data {
                let d = try interp.binary(.sub, x, c)
                squares.append(try interp.binary(.mul, d, d))
            }
            return try exactSum(interp, squares)
        }
        var s = ExactSum()
        var sx = DyadicSum(), sxx = DyadicSum()
        for v in data {
            let r = try exactRatio(v)
            s.count += 1
            if r.isFloat { s.isFloat = true }
            if let special = r.special {
                s.nonFinite = (s.nonFinite ?? 0) + special
            } else {
                sx.add(r.num, r.shift)
                sxx.add(r.num * r.num, 2 * r.shift)
            }
        }
        if s.count > 0 && s.nonFinite == nil {
            let n = Rational(BigInt(s.count))
            let x = sx.total
            s.total = (n * sxx.total - x * x) / n
            s.mean = x / n
        }
        return s
    }

    /// _convert: an int when the data were ints and the value is integral, else a float.
    func convert(_ r: Rational, _ isFloat: Bool) throws -> Value {
        if !isFloat && r.den == 1 { return .integer(r.num) }
        return .float(try r.toDouble())
    }

    func sorted(_ interp: Interp, _ data: Value) throws -> [Value] {
        try interp.sortValues(try interp.collect(data), key: .none, reverse: false)
    }

    /// Counter(data) as (value, count) pairs in first-seen order.
    func count(_ interp: Interp, _ data: Value) throws -> [(Value, Int)] {
        let index = PyDict()
        var pairs: [(Value, Int)] = []
        let it = try interp.iterate(data)
        while let v = try it.next(interp) {
            if case .int(let i)? = try index.get(v, interp) {
                pairs[i].1 += 1
            } else {
                try index.set(v, .int(pairs.count), interp)
                pairs.append((v, 1))
            }
        }
        return pairs
    }

    func pairs(_ interp: Interp, _ xv: Value, _ yv: Value, _ what: String) throws -> ([Double], [Double]) {
        let x = try interp.collect(xv), y = try interp.collect(yv)
        if x.count != y.count {
            throw fail("\(what) requires that both inputs have same number of data points")
        }
        if x.count < 2 { throw fail("\(what) requires at least two data points") }
        return (try x.map { try interp.floatArgument($0) }, try y.map { try interp.floatArgument($0) })
    }

    func harmonicMean(_ interp: Interp, _ data: [Value], _ weightsValue: Value?) throws -> Value {
        let negative = "harmonic mean does not support negative values"
        let n = data.count
        if n < 1 { throw fail("harmonic_mean requires at least one data point") }
        if n == 1 && weightsValue == nil {
            let x = data[0]
            switch x {
            case .int, .big, .bool, .float:
                if try interp.lessThan(x, .int(0)) { throw fail(negative) }
                return x
            default:
                throw PyException.typeError("unsupported type")
            }
        }
        var weights: [Value]
        var sumWeights: Rational
        var sumWeightsFloat: Double?
        if let wv = weightsValue {
            weights = try interp.collect(wv)
            if weights.count != n { throw fail("Number of weights does not match data size") }
            for w in weights where try interp.lessThan(w, .int(0)) { throw fail(negative) }
            let s = try exactSum(interp, weights)
            sumWeights = s.total
            sumWeightsFloat = s.nonFinite
        } else {
            weights = Array(repeating: .int(1), count: n)
            sumWeights = Rational(BigInt(n))
        }
        var terms: [Value] = []
        for (w, x) in zip(weights, data) {
            if try interp.lessThan(x, .int(0)) { throw fail(negative) }
            if try interp.truthy(w) {
                do {
                    terms.append(try interp.binary(.div, w, x))
                } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.zeroDivisionError) {
                    return .int(0)
                }
            } else {
                terms.append(.int(0))
            }
        }
        let s = try exactSum(interp, terms)
        if let special = s.nonFinite {
            if special <= 0 { throw fail("Weighted sum must be positive") }
            return .float((sumWeightsFloat ?? sumWeights.doubleValue) / special)
        }
        if s.total.num.sign == .minus || s.total.isZero { throw fail("Weighted sum must be positive") }
        if let f = sumWeightsFloat { return .float(f / s.total.doubleValue) }
        return try convert(sumWeights / s.total, s.isFloat)
    }
}

/// sqrt(n/m) correctly rounded (CPython's _float_sqrt_of_frac).
func floatSqrtOfFraction(_ n: BigInt, _ m: BigInt) -> Double {
    func sqrtRoundToOdd(_ n: BigInt, _ m: BigInt) -> BigInt {
        let a = BigInt((n / m).magnitude.squareRoot())
        return a * a * m != n && a.isMultiple(of: 2) ? a + 1 : a
    }
    let bits = n.magnitude.bitWidth - m.magnitude.bitWidth - 109
    let q = floorDivide(bits, 2)
    if q >= 0 {
        return ratioToDouble(sqrtRoundToOdd(n, m << (2 * q)) << q, 1)
    }
    return ratioToDouble(sqrtRoundToOdd(n << (-2 * q), m), BigInt(1) << -q)
}
