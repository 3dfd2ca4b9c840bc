import BigInt

/// Big-int operations that stay interruptible.
///
/// One multiplication or division of two huge ints is a single native call that can take
/// minutes (`7 ** 10**6`, `x * x` for a million-digit x), during which the interpreter never
/// looks at its clock: a run would outlive its time limit by that much. Past a size where
/// one step could take more than a few milliseconds, these split the work into steps of
/// bounded cost (schoolbook multiplication by chunks of one operand, long division by chunks
/// of the dividend) and check the limits between steps. Results are exactly BigInt's.
extension Interp {
    /// Word operations (64-bit multiply-adds) one uninterruptible step may cost.
    static let bigStepBudget = 1 << 18

    func bigMultiply(_ x: BigInt, _ y: BigInt) throws -> BigInt {
        let a = x.magnitude, b = y.magnitude
        let (long, short) = a.words.count >= b.words.count ? (a, b) : (b, a)
        let lw = long.words.count, sw = short.words.count
        if sw == 0 || lw.multipliedReportingOverflow(by: sw).partialValue <= Interp.bigStepBudget {
            return x * y
        }
        try checkLimits()
        let k = max(1, Interp.bigStepBudget / sw)
        var acc = [UInt](repeating: 0, count: lw + sw)
        let longWords = Array(long.words)
        var i = 0
        while i < lw {
            let chunk = BigUInt(words: longWords[i..<min(i + k, lw)])
            let part = chunk * short
            var carry: UInt = 0
            var j = 0
            let pw = Array(part.words)
            while j < pw.count || carry != 0 {
                let (s1, o1) = acc[i + j].addingReportingOverflow(j < pw.count ? pw[j] : 0)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                acc[i + j] = s2
                carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
                j += 1
            }
            i += k
            try checkLimits()
        }
        let magnitude = BigUInt(words: acc)
        let negative = (x.sign == .minus) != (y.sign == .minus) && !magnitude.isZero
        return BigInt(sign: negative ? .minus : .plus, magnitude: magnitude)
    }

    /// Truncating division, as BigInt's quotientAndRemainder (the remainder has x's sign).
    func bigQuotientAndRemainder(_ x: BigInt, _ y: BigInt) throws -> (quotient: BigInt, remainder: BigInt) {
        let a = x.magnitude, b = y.magnitude
        let aw = a.words.count, bw = b.words.count
        if bw == 0 || aw <= bw || (aw - bw).multipliedReportingOverflow(by: bw).partialValue <= Interp.bigStepBudget {
            return x.quotientAndRemainder(dividingBy: y)
        }
        try checkLimits()
        let k = max(1, Interp.bigStepBudget / bw)
        let aWords = Array(a.words)
        var qWords = [UInt](repeating: 0, count: aw)
        var r = BigUInt(0)
        var hi = aw
        while hi > 0 {
            let lo = max(0, hi - k)
            // r < b, so the step's quotient fits in hi - lo words.
            let current = (r << (UInt.bitWidth * (hi - lo))) + BigUInt(words: aWords[lo..<hi])
            let (q, rest) = current.quotientAndRemainder(dividingBy: b)
            for (j, w) in q.words.enumerated() { qWords[lo + j] = w }
            r = rest
            hi = lo
            try checkLimits()
        }
        let q = BigUInt(words: qWords)
        let qNegative = (x.sign == .minus) != (y.sign == .minus) && !q.isZero
        let rNegative = x.sign == .minus && !r.isZero
        return (BigInt(sign: qNegative ? .minus : .plus, magnitude: q),
                BigInt(sign: rNegative ? .minus : .plus, magnitude: r))
    }

    /// x ** e for e >= 0, by repeated squaring through bigMultiply.
    func bigPower(_ x: BigInt, _ e: Int) throws -> BigInt {
        if x.magnitude.words.count.multipliedReportingOverflow(by: e).partialValue <= 64 { return x.power(e) }
        var result = BigInt(1), base = x, n = e
        while n > 0 {
            if n & 1 == 1 { result = try bigMultiply(result, base) }
            n >>= 1
            if n > 0 { base = try bigMultiply(base, base) }
            try checkLimits()
        }
        return result
    }

    /// (x ** e) mod |m| in [0, |m|) for e >= 0 and m != 0 (BigInt's power(_:modulus:) for
    /// small operands).
    func bigModularPower(_ x: BigInt, _ e: BigInt, _ modulus: BigInt) throws -> BigInt {
        if modulus.magnitude.words.count <= 8 && e.magnitude.words.count <= 8 { return x.power(e, modulus: modulus) }
        let m = BigInt(sign: .plus, magnitude: modulus.magnitude)
        func reduce(_ v: BigInt) throws -> BigInt {
            var r = try bigQuotientAndRemainder(v, m).remainder
            if r.sign == .minus { r += m }
            return r
        }
        var result = try reduce(BigInt(1))
        var base = try reduce(x)
        let bits = e.magnitude
        for i in 0..<bits.bitWidth {
            if bits[bitAt: i] { result = try reduce(try bigMultiply(result, base)) }
            if i + 1 < bits.bitWidth { base = try reduce(try bigMultiply(base, base)) }
            try checkLimits()
        }
        return result
    }
}
