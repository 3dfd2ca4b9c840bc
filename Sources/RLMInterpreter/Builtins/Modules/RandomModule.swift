import BigInt
import Foundation

/// `random`: CPython's Mersenne Twister (MT19937 with init_by_array seeding) and the
/// algorithms of its random.py on top, so a seeded program draws the same numbers as under
/// CPython 3.11. Module-level functions share one hidden Random instance.
func makeRandomModule(_ interp: Interp) -> PyModule {
    let randomClass = makeRandomClass()
    let shared = PyRandomInstance(cls: randomClass)
    shared.state.seedFromSystem()
    var dict: [String: Value] = ["Random": .object(randomClass)]
    for name in ["seed", "random", "uniform", "randint", "randrange", "choice", "choices", "shuffle", "sample",
                 "getrandbits", "randbytes", "gauss", "normalvariate", "lognormvariate", "expovariate", "triangular",
                 "betavariate", "gammavariate", "paretovariate", "weibullvariate", "vonmisesvariate", "getstate",
                 "setstate"] {
        guard case .object(let m)? = randomClass.dict[name], let method = m as? PyBuiltinFunction else { continue }
        dict[name] = .object(PyBuiltinFunction(name) { interp, a in
            var args = a
            args.positional.insert(.object(shared), at: 0)
            return try method.body(interp, args)
        })
    }
    return PyModule(name: "random", dict: dict)
}

/// The generator: 624 words of state and a position.
final class MersenneTwister {
    static let n = 624
    static let m = 397
    var mt = [UInt32](repeating: 0, count: 624)
    var index = 625
    var gaussNext: Double?

    func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<MersenneTwister.n {
            mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = MersenneTwister.n
    }

    func initByArray(_ key: [UInt32]) {
        let n = MersenneTwister.n
        initGenrand(19650218)
        var i = 1, j = 0
        var k = max(n, key.count)
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            k -= 1
        }
        mt[0] = 0x8000_0000
        index = n
    }

    func nextWord() -> UInt32 {
        let n = MersenneTwister.n, m = MersenneTwister.m
        if index >= n {
            for kk in 0..<n {
                let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % n] & 0x7fff_ffff)
                mt[kk] = mt[(kk + m) % n] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_b0df : 0)
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= (y >> 11)
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= (y >> 18)
        return y
    }

    /// random(): 53 random bits as a float in [0, 1).
    func nextDouble() -> Double {
        let a = nextWord() >> 5, b = nextWord() >> 6
        return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
    }

    func getrandbits(_ k: Int) -> BigInt {
        if k <= 32 { return k == 0 ? 0 : BigInt(nextWord() >> UInt32(32 - k)) }
        var words: [UInt32] = []
        var remaining = k
        while remaining > 0 {
            var r = nextWord()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            words.append(r)
            remaining -= 32
        }
        var result = BigUInt(0)
        for w in words.reversed() { result = (result << 32) | BigUInt(w) }
        return BigInt(result)
    }

    /// _randbelow_with_getrandbits.
    func below(_ n: BigInt) -> BigInt {
        let k = n.magnitude.bitWidth
        var r = getrandbits(k)
        while r >= n { r = getrandbits(k) }
        return r
    }

    func below(_ n: Int) -> Int {
        if n <= 0 { return 0 }
        let k = 64 - n.leadingZeroBitCount
        if k <= 32 {
            var r = k == 0 ? 0 : Int(nextWord() >> UInt32(32 - k))
            while r >= n { r = Int(nextWord() >> UInt32(32 - k)) }
            return r
        }
        return Int(below(BigInt(n)))
    }

    /// Seeds from a non-negative integer, as CPython's random_seed: the 32-bit words of the
    /// number, least significant first.
    func seed(_ n: BigUInt) {
        var key: [UInt32] = []
        var v = n
        while !v.isZero {
            key.append(UInt32(truncatingIfNeeded: v & 0xffff_ffff))
            v >>= 32
        }
        if key.isEmpty { key = [0] }
        initByArray(key)
        gaussNext = nil
    }

    func seedFromSystem() {
        var g = SystemRandomNumberGenerator()
        initByArray((0..<MersenneTwister.n).map { _ in UInt32.random(in: .min ... .max, using: &g) })
        gaussNext = nil
    }
}

/// An instance of random.Random.
final class PyRandomInstance: PyInstance {
    let state = MersenneTwister()
}

/// Holds the generator of an instance of a user subclass of Random.
final class PyRandomStateBox: PyObject {
    let state = MersenneTwister()
}

private func generator(_ interp: Interp, _ me: Value) throws -> MersenneTwister {
    guard case .object(let o) = me else { throw PyException.typeError("descriptor requires a 'Random' object") }
    if let r = o as? PyRandomInstance { return r.state }
    if let inst = o as? PyInstance {
        if case .object(let b)? = inst.attribute("_random_state"), let box = b as? PyRandomStateBox { return box.state }
        let box = PyRandomStateBox()
        box.state.seedFromSystem()
        inst.setAttribute("_random_state", .object(box))
        return box.state
    }
    throw PyException.typeError("descriptor requires a 'Random' object")
}

private func makeRandomClass() -> PyType {
    var methods: [String: BuiltinBody] = [:]
    methods["__init__"] = { interp, a in
        let p = try a.bindDef("Random.__init__", ["self", "x"], defaults: 1).slots
        try seed(interp, try generator(interp, p[0]!), p[1] ?? .none, version: 2)
        return .none
    }
    methods["seed"] = { interp, a in
        let p = try a.bindDef("Random.seed", ["self", "a", "version"], defaults: 2).slots
        let version = try p[2].map { try $0.asInt("version") } ?? 2
        try seed(interp, try generator(interp, p[0]!), p[1] ?? .none, version: version)
        return .none
    }
    methods["random"] = { interp, a in
        try a.expect("random", 1)
        return .float(try generator(interp, a[0]).nextDouble())
    }
    methods["getrandbits"] = { interp, a in
        try a.expect("getrandbits", 2)
        let k = try interp.smallIndexArgument(a[1])
        if k < 0 { throw PyException.valueError("number of bits must be non-negative") }
        return .integer(try generator(interp, a[0]).getrandbits(k))
    }
    methods["randbytes"] = { interp, a in
        let p = try a.bindDef("Random.randbytes", ["self", "n"]).slots
        let n = try interp.smallIndexArgument(p[1]!)
        if n < 0 { throw PyException.valueError("negative argument not allowed") }
        let bits = try generator(interp, p[0]!).getrandbits(n * 8).magnitude
        var bytes: [UInt8] = []
        for i in 0..<n { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * i))) }
        return .object(PyBytes(bytes))
    }
    methods["randrange"] = { interp, a in
        let p = try a.bindDef("Random.randrange", ["self", "start", "stop", "step"], defaults: 2).slots
        return try randrange(interp, try generator(interp, p[0]!), p[1]!, p[2] ?? .none, p[3])
    }
    methods["randint"] = { interp, a in
        let p = try a.bindDef("Random.randint", ["self", "a", "b"]).slots
        return try randrange(interp, try generator(interp, p[0]!), p[1]!, try interp.binary(.add, p[2]!, .int(1)), nil)
    }
    methods["choice"] = { interp, a in
        let p = try a.bindDef("Random.choice", ["self", "seq"]).slots
        let seq = p[1]!
        let n = try interp.length(seq)
        if n == 0 { throw PyException.indexError("Cannot choose from an empty sequence") }
        return try interp.getItem(seq, .int(try generator(interp, p[0]!).below(n)))
    }
    methods["shuffle"] = { interp, a in
        let p = try a.bindDef("Random.shuffle", ["self", "x"]).slots
        let g = try generator(interp, p[0]!)
        let x = p[1]!
        if case .list(let l) = x {
            var i = l.items.count - 1
            while i >= 1 {
                let j = g.below(i + 1)
                l.items.swapAt(i, j)
                i -= 1
            }
            return .none
        }
        var i = try interp.length(x) - 1
        while i >= 1 {
            let j = g.below(i + 1)
            let xi = try interp.getItem(x, .int(i)), xj = try interp.getItem(x, .int(j))
            try interp.setItem(x, .int(i), xj)
            try interp.setItem(x, .int(j), xi)
            i -= 1
        }
        return .none
    }
    methods["sample"] = { interp, a in
        let (s, _) = try a.bindDef("Random.sample", ["self", "population", "k"], keywordOnly: ["counts"])
        return try sample(interp, try generator(interp, s[0]!), s[1]!, s[2]!, s[3])
    }
    methods["choices"] = { interp, a in
        let (s, _) = try a.bindDef("Random.choices", ["self", "population", "weights"], defaults: 1,
                                   keywordOnly: ["cum_weights", "k"])
        return try choices(interp, try generator(interp, s[0]!), s[1]!, s[2], s[3], s[4] ?? .int(1))
    }
    methods["uniform"] = { interp, a in
        let p = try a.bindDef("Random.uniform", ["self", "a", "b"]).slots
        let r = try generator(interp, p[0]!).nextDouble()
        let span = try interp.binary(.sub, p[2]!, p[1]!)
        return try interp.binary(.add, p[1]!, try interp.binary(.mul, span, .float(r)))
    }
    methods["triangular"] = { interp, a in
        let p = try a.bindDef("Random.triangular", ["self", "low", "high", "mode"], defaults: 3).slots
        let g = try generator(interp, p[0]!)
        var u = g.nextDouble()
        var low = try p[1].map { try interp.floatArgument($0) } ?? 0.0
        var high = try p[2].map { try interp.floatArgument($0) } ?? 1.0
        var c = 0.5
        if let mode = p[3], !mode.isNone {
            if high - low == 0 { return .float(low) }
            c = (try interp.floatArgument(mode) - low) / (high - low)
        }
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            swap(&low, &high)
        }
        return .float(low + (high - low) * sqrt(u * c))
    }
    methods["gauss"] = { interp, a in
        let p = try a.bindDef("Random.gauss", ["self", "mu", "sigma"], defaults: 2).slots
        let g = try generator(interp, p[0]!)
        var z: Double
        if let next = g.gaussNext {
            z = next
            g.gaussNext = nil
        } else {
            let x2pi = g.nextDouble() * 2 * Double.pi
            let g2rad = sqrt(-2.0 * log(1.0 - g.nextDouble()))
            z = cos(x2pi) * g2rad
            g.gaussNext = sin(x2pi) * g2rad
        }
        return try scaled(interp, z, p[1], p[2])
    }
    methods["normalvariate"] = { interp, a in
        let p = try a.bindDef("Random.normalvariate", ["self", "mu", "sigma"], defaults: 2).slots
        return try scaled(interp, normal(try generator(interp, p[0]!)), p[1], p[2])
    }
    methods["lognormvariate"] = { interp, a in
        let p = try a.bindDef("Random.lognormvariate", ["self", "mu", "sigma"]).slots
        let z = normal(try generator(interp, p[0]!))
        let v = try interp.floatArgument(try scaled(interp, z, p[1], p[2]))
        return .float(exp(v))
    }
    methods["expovariate"] = { interp, a in
        let p = try a.bindDef("Random.expovariate", ["self", "lambd"]).slots
        let u = try generator(interp, p[0]!).nextDouble()
        let lambd = try interp.floatArgument(p[1]!)
        if lambd == 0 { throw PyException.zeroDivision("float division by zero") }
        return .float(-log(1.0 - u) / lambd)
    }
    methods["paretovariate"] = { interp, a in
        let p = try a.bindDef("Random.paretovariate", ["self", "alpha"]).slots
        let u = 1.0 - (try generator(interp, p[0]!).nextDouble())
        let alpha = try interp.floatArgument(p[1]!)
        if alpha == 0 { throw PyException.zeroDivision("float division by zero") }
        return .float(try mathPow(u, -1.0 / alpha))
    }
    methods["weibullvariate"] = { interp, a in
        let p = try a.bindDef("Random.weibullvariate", ["self", "alpha", "beta"]).slots
        let u = 1.0 - (try generator(interp, p[0]!).nextDouble())
        let alpha = try interp.floatArgument(p[1]!), beta = try interp.floatArgument(p[2]!)
        if beta == 0 { throw PyException.zeroDivision("float division by zero") }
        return .float(alpha * (try mathPow(-log(u), 1.0 / beta)))
    }
    methods["gammavariate"] = { interp, a in
        let p = try a.bindDef("Random.gammavariate", ["self", "alpha", "beta"]).slots
        let g = try generator(interp, p[0]!)
        return .float(try gammaVariate(g, try interp.floatArgument(p[1]!), try interp.floatArgument(p[2]!)))
    }
    methods["betavariate"] = { interp, a in
        let p = try a.bindDef("Random.betavariate", ["self", "alpha", "beta"]).slots
        let g = try generator(interp, p[0]!)
        let y = try gammaVariate(g, try interp.floatArgument(p[1]!), 1.0)
        if y == 0 { return .float(0.0) }
        return .float(y / (y + (try gammaVariate(g, try interp.floatArgument(p[2]!), 1.0))))
    }
    methods["vonmisesvariate"] = { interp, a in
        let p = try a.bindDef("Random.vonmisesvariate", ["self", "mu", "kappa"]).slots
        let g = try generator(interp, p[0]!)
        let mu = try interp.floatArgument(p[1]!), kappa = try interp.floatArgument(p[2]!)
        let twoPi = 2 * Double.pi
        if kappa <= 1e-6 { return .float(twoPi * g.nextDouble()) }
        let s = 0.5 / kappa
        let r = s + sqrt(1.0 + s * s)
        var z = 0.0
        while true {
            let u1 = g.nextDouble()
            z = cos(Double.pi * u1)
            let d = z / (r + z)
            let u2 = g.nextDouble()
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d) { break }
        }
        let q = 1.0 / r
        let f = (q + z) / (1.0 + q * z)
        let u3 = g.nextDouble()
        let theta = u3 > 0.5 ? pyFloatMod(mu + acos(f), twoPi) : pyFloatMod(mu - acos(f), twoPi)
        return .float(theta)
    }
    methods["getstate"] = { interp, a in
        try a.expect("getstate", 1)
        let g = try generator(interp, a[0])
        let words = g.mt.map { Value.int(Int($0)) } + [.int(g.index)]
        return .tuple(PyTuple([.int(3), .tuple(PyTuple(words)), g.gaussNext.map { .float($0) } ?? .none]))
    }
    methods["setstate"] = { interp, a in
        try a.expect("setstate", 2)
        let g = try generator(interp, a[0])
        let state = try interp.collect(a[1])
        guard state.count == 3, case .int(let version) = state[0] else {
            throw PyException.valueError("state vector must be a tuple")
        }
        if version != 3 && version != 2 {
            throw PyException.valueError("state with version \(version) passed to Random.setstate() of version 3")
        }
        let words = try interp.collect(state[1])
        guard words.count == MersenneTwister.n + 1 else { throw PyException.valueError("state vector is the wrong size") }
        for i in 0..<MersenneTwister.n {
            let w = try interp.indexArgument(words[i])
            g.mt[i] = UInt32(truncatingIfNeeded: Int(truncatingIfNeeded: w & 0xffff_ffff))
        }
        let idx = try words[MersenneTwister.n].asInt("index")
        if idx < 0 || idx > MersenneTwister.n { throw PyException.valueError("invalid state") }
        g.index = idx
        g.gaussNext = state[2].isNone ? nil : try interp.floatArgument(state[2])
        return .none
    }
    let t = makeNativeClass("Random", module: "random", methods, attributes: ["VERSION": .int(3)])
    t.constructor = { interp, type, args in
        let inst = PyRandomInstance(cls: type)
        var a = args
        a.positional.insert(.object(inst), at: 0)
        _ = try interp.call(type.dict["__init__"]!, a)
        return .object(inst)
    }
    return t
}

private func seed(_ interp: Interp, _ g: MersenneTwister, _ a: Value, version: Int) throws {
    switch a {
    case .none:
        g.seedFromSystem()
    case .int, .big, .bool:
        g.seed(a.bigInt!.magnitude)
    case .float(let d):
        g.seed(BigUInt(UInt64(bitPattern: Int64(pythonFloatHash(d)))))
    case .str(let s):
        if version == 1 {
            let cps = s.codePointArray
            var x: UInt64 = cps.isEmpty ? 0 : UInt64(cps[0]) << 7
            for c in cps { x = (1000003 &* x) ^ UInt64(c) }
            x ^= UInt64(cps.count)
            g.seed(BigUInt(x == UInt64.max ? UInt64(bitPattern: -2) : x))
        } else {
            g.seed(bytesSeed(s.utf8.array))
        }
    case .object(let o):
        if let b = o as? PyBytes {
            g.seed(bytesSeed(b.bytes))
            return
        }
        throw PyException.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    default:
        throw PyException.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    }
}

/// Version 2 seeding of str and bytes: int.from_bytes(a + sha512(a).digest(), 'big').
private func bytesSeed(_ bytes: [UInt8]) -> BigUInt {
    BigUInt(Data(bytes + sha512(bytes)))
}

private func scaled(_ interp: Interp, _ z: Double, _ mu: Value?, _ sigma: Value?) throws -> Value {
    let product = try interp.binary(.mul, .float(z), sigma ?? .float(1.0))
    return try interp.binary(.add, mu ?? .float(0.0), product)
}

private func normal(_ g: MersenneTwister) -> Double {
    let magic = 4 * exp(-0.5) / sqrt(2.0)
    while true {
        let u1 = g.nextDouble()
        let u2 = 1.0 - g.nextDouble()
        let z = magic * (u1 - 0.5) / u2
        let zz = z * z / 4.0
        if zz <= -log(u2) { return z }
    }
}

private func gammaVariate(_ g: MersenneTwister, _ alpha: Double, _ beta: Double) throws -> Double {
    if alpha <= 0.0 || beta <= 0.0 { throw PyException.valueError("gammavariate: alpha and beta must be > 0.0") }
    if alpha > 1.0 {
        let ainv = sqrt(2.0 * alpha - 1.0)
        let bbb = alpha - log(4.0)
        let ccc = alpha + ainv
        let sgMagic = 1.0 + log(4.5)
        while true {
            let u1 = g.nextDouble()
            if !(1e-7 < u1 && u1 < 0.9999999) { continue }
            let u2 = 1.0 - g.nextDouble()
            let v = log(u1 / (1.0 - u1)) / ainv
            let x = alpha * exp(v)
            let z = u1 * u1 * u2
            let r = bbb + ccc * v - x
            if r + sgMagic - 4.5 * z >= 0.0 || r >= log(z) { return x * beta }
        }
    } else if alpha == 1.0 {
        return -log(1.0 - g.nextDouble()) * beta
    }
    var x = 0.0
    while true {
        let u = g.nextDouble()
        let b = (M_E + alpha) / M_E
        let p = b * u
        if p <= 1.0 { x = pow(p, 1.0 / alpha) } else { x = -log((b - p) / alpha) }
        let u1 = g.nextDouble()
        if p > 1.0 {
            if u1 <= pow(x, alpha - 1.0) { break }
        } else if u1 <= exp(-x) {
            break
        }
    }
    return x * beta
}

/// Python's float % for a positive modulus.
private func pyFloatMod(_ x: Double, _ y: Double) -> Double {
    var r = fmod(x, y)
    if r != 0 && (r < 0) != (y < 0) { r += y }
    return r
}

/// An int argument of randrange: an int, or an integral float (deprecated in 3.11).
private func rangeArgument(_ interp: Interp, _ v: Value, _ what: String) throws -> BigInt {
    do {
        return try interp.indexArgument(v)
    } catch let e as PyException where e.object.cls === BuiltinTypes.typeError {
        guard case .float(let d) = v else {
            let n = try interp.toInt(v)
            if let b = n.bigInt { return b }
            throw e
        }
        if d.isNaN || d.isInfinite || d.rounded(.towardZero) != d {
            _ = try intFromIntegralDouble(d.rounded(.towardZero))
            throw PyException.valueError(what)
        }
        return BigInt(d)
    }
}

private func randrange(_ interp: Interp, _ g: MersenneTwister, _ start: Value, _ stop: Value, _ step: Value?) throws -> Value {
    let istart = try rangeArgument(interp, start, "non-integer arg 1 for randrange()")
    if stop.isNone {
        if step != nil && !(step!.isIdentical(to: .int(1))) { throw PyException.typeError("Missing a non-None stop argument") }
        if istart > 0 { return .integer(g.below(istart)) }
        throw PyException.valueError("empty range for randrange()")
    }
    let istop = try rangeArgument(interp, stop, "non-integer stop for randrange()")
    let width = istop - istart
    let istep = try step.map { try rangeArgument(interp, $0, "non-integer step for randrange()") } ?? 1
    if istep == 1 {
        if width > 0 { return .integer(istart + g.below(width)) }
        throw PyException.valueError("empty range for randrange() (\(istart), \(istop), \(width))")
    }
    var n: BigInt
    if istep > 0 {
        n = width + istep - 1
    } else if istep < 0 {
        n = width + istep + 1
    } else {
        throw PyException.valueError("zero step for randrange()")
    }
    // Floor division.
    let (q, r) = n.quotientAndRemainder(dividingBy: istep)
    n = (!r.isZero && ((r.sign == .minus) != (istep.sign == .minus))) ? q - 1 : q
    if n <= 0 { throw PyException.valueError("empty range for randrange()") }
    return .integer(istart + istep * g.below(n))
}

/// bisect.bisect_right(a, x, lo, hi) with Python comparisons.
private func bisectRight(_ interp: Interp, _ a: [Value], _ x: Value, _ lo: Int, _ hi: Int) throws -> Int {
    var lo = lo, hi = hi
    while lo < hi {
        let mid = (lo + hi) / 2
        if try interp.lessThan(x, a[mid]) { hi = mid } else { lo = mid + 1 }
    }
    return lo
}

private func choices(_ interp: Interp, _ g: MersenneTwister, _ population: Value, _ weights: Value?,
                     _ cumWeightsArg: Value?, _ kValue: Value) throws -> Value {
    let n = try interp.length(population)
    let k = try kValue.asInt("k")
    var result: [Value] = []
    var cumWeights: [Value]
    if cumWeightsArg == nil || cumWeightsArg!.isNone {
        guard let w = weights, !w.isNone else {
            let nf = Double(n)
            for _ in 0..<max(k, 0) {
                result.append(try interp.getItem(population, .int(Int((g.nextDouble() * nf).rounded(.down)))))
            }
            return .list(PyList(result))
        }
        do {
            cumWeights = []
            var total: Value?
            let it = try interp.iterate(w)
            while let x = try it.next(interp) {
                total = try total.map { try interp.binary(.add, $0, x) } ?? x
                cumWeights.append(total!)
            }
        } catch let e as PyException where e.object.cls === BuiltinTypes.typeError {
            if case .int(let kk) = w {
                throw PyException.typeError("The number of choices must be a keyword argument: k=\(kk)")
            }
            throw e
        }
    } else {
        if let w = weights, !w.isNone {
            throw PyException.typeError("Cannot specify both weights and cumulative weights")
        }
        cumWeights = try interp.collect(cumWeightsArg!)
    }
    if cumWeights.count != n { throw PyException.valueError("The number of weights does not match the population") }
    guard let last = cumWeights.last else { throw PyException.indexError("list index out of range") }
    let total = try interp.floatArgument(try interp.binary(.add, last, .float(0.0)))
    if total <= 0.0 { throw PyException.valueError("Total of weights must be greater than zero") }
    if !total.isFinite { throw PyException.valueError("Total of weights must be finite") }
    let hi = n - 1
    for _ in 0..<max(k, 0) {
        let i = try bisectRight(interp, cumWeights, .float(g.nextDouble() * total), 0, hi)
        result.append(try interp.getItem(population, .int(i)))
    }
    return .list(PyList(result))
}

private func sample(_ interp: Interp, _ g: MersenneTwister, _ population: Value, _ kValue: Value,
                    _ counts: Value?) throws -> Value {
    var isSequence: Bool
    switch population {
    case .list, .tuple, .str: isSequence = true
    case .object(let o): isSequence = o is PyRange || o is PyBytes
        || (interp.userMethod(population, "__getitem__") != nil && interp.userMethod(population, "__len__") != nil)
    default: isSequence = false
    }
    if !isSequence {
        throw PyException.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    }
    let n = try interp.length(population)
    if let counts = counts, !counts.isNone {
        var cum: [Value] = []
        var total: Value?
        let it = try interp.iterate(counts)
        while let x = try it.next(interp) {
            total = try total.map { try interp.binary(.add, $0, x) } ?? x
            cum.append(total!)
        }
        if cum.count != n { throw PyException.valueError("The number of counts does not match the population") }
        let last = cum.removeLast()
        guard case .int(let totalCount) = last else { throw PyException.typeError("Counts must be integers") }
        if totalCount <= 0 { throw PyException.valueError("Total of counts must be greater than zero") }
        let selections = try sample(interp, g, .object(PyRange(start: 0, stop: totalCount, step: 1)), kValue, nil)
        guard case .list(let sel) = selections else { return selections }
        return .list(PyList(try sel.items.map { s in
            try interp.getItem(population, .int(try bisectRight(interp, cum, s, 0, cum.count)))
        }))
    }
    let k = try interp.smallIndexArgument(kValue)
    if !(0 <= k && k <= n) { throw PyException.valueError("Sample larger than population or is negative") }
    var result: [Value] = []
    result.reserveCapacity(k)
    var setsize = 21
    if k > 5 {
        setsize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0))))
    }
    if n <= setsize {
        var pool = try interp.collect(population)
        for i in 0..<k {
            let j = g.below(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]
        }
    } else {
        var selected = Set<Int>()
        for _ in 0..<k {
            var j = g.below(n)
            while selected.contains(j) { j = g.below(n) }
            selected.insert(j)
            result.append(try interp.getItem(population, .int(j)))
        }
    }
    return .list(PyList(result))
}

/// hash(float) as CPython computes it (the float seeds of random.seed depend on it).
func pythonFloatHash(_ value: Double) -> Int {
    if value.isNaN { return 0 }
    if value.isInfinite { return value > 0 ? 314159 : -314159 }
    let modulus: UInt64 = (1 << 61) - 1
    var (m, e) = frexp(abs(value))
    var x: UInt64 = 0
    while m != 0 {
        x = ((x << 28) & modulus) | x >> (61 - 28)
        m *= 268435456.0
        e -= 28
        let y = UInt64(m)
        m -= Double(y)
        x += y
        if x >= modulus { x -= modulus }
    }
    let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
    x = ((x << UInt64(shift)) & modulus) | x >> UInt64(61 - shift)
    var result = Int(x)
    if value < 0 { result = -result }
    return result == -1 ? -2 : result
}

// MARK: SHA-512 (for str and bytes seeds)

private let sha512K: [UInt64] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
]

func sha512(_ message: [UInt8]) -> [UInt8] {
    var h: [UInt64] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ]
    var data = message
    let bitLength = UInt64(message.count) &* 8
    data.append(0x80)
    while data.count % 128 != 112 { data.append(0) }
    data.append(contentsOf: [UInt8](repeating: 0, count: 8))
    for i in (0..<8).reversed() { data.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
    func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
    var w = [UInt64](repeating: 0, count: 80)
    for chunk in stride(from: 0, to: data.count, by: 128) {
        for i in 0..<16 {
            var v: UInt64 = 0
            for b in 0..<8 { v = (v << 8) | UInt64(data[chunk + i * 8 + b]) }
            w[i] = v
        }
        for i in 16..<80 {
            let s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7)
            let s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        for i in 0..<80 {
            let s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ sha512K[i] &+ w[i]
            let s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1
            d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
        h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }
    var out: [UInt8] = []
    for v in h { for i in (0..<8).reversed() { out.append(UInt8(truncatingIfNeeded: v >> (UInt64(i) * 8))) } }
    return out
}
