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
        let method = p[2] ?? .str(PyStr("exclusive"))
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
    return PyModule(name: "statistics", dict: dict)
}

/// The exact sum of numeric data: its type (int unless a float occurs), the exact total and
/// the count; non-finite floats are summed apart, as CPython's partials[None].
struct ExactSum {
    var isFloat = false
    var total = Rational(0)
    var count = 0
    var nonFinite: Double?
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
