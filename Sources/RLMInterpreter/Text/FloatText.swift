#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// float -> text as CPython's PyOS_double_to_string does it.
///
/// CPython gets digits from David Gay's dtoa in three modes: shortest round-trip (repr),
/// N significant digits ('e'/'g') and N digits after the point ('f'), all correctly rounded,
/// then lays them out with format_float_short. Here Swift's `description` supplies the
/// shortest digits and glibc's printf (exact, round-half-even) the rounded ones; the layout
/// is a line-by-line port so every corner (alt forms, add-dot-0, 'z') matches.
enum FloatText {
    /// Decimal digits without leading/trailing zeros; value = 0.d1d2d3... * 10^decpt.
    /// Zero is ("0", decpt 1), as Gay returns it.
    struct Digits {
        var digits: [UInt8]
        var decpt: Int
        var negative: Bool
    }

    typealias StrfromdFn = @convention(c) (UnsafeMutablePointer<CChar>?, Int, UnsafePointer<CChar>?, Double) -> Int32

    /// glibc's strfromd formats one double without va_list machinery (several times faster
    /// than vsnprintf through withVaList); Swift's Glibc module does not export it.
    static let strfromdFn: StrfromdFn? = {
        #if canImport(Glibc)
        guard let h = dlopen(nil, RTLD_NOW), let sym = dlsym(h, "strfromd") else { return nil }
        return unsafeBitCast(sym, to: StrfromdFn.self)
        #else
        return nil
        #endif
    }()

    /// printf("%.<precision><conv>") of one finite double, exact and round-half-even on glibc,
    /// handing the ASCII text to `body`.
    static func withCFormat<R>(_ conv: UInt8, _ d: Double, _ precision: Int,
                               _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let size = precision + 400
        // One scratch allocation (on the stack when small): the output, then the format
        // string "%.<precision><conv>" in the last 24 bytes.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: size + 24) { buf in
            let out = buf.baseAddress!
            let fmt = out + size
            fmt[0] = 0x25
            fmt[1] = 0x2E
            var digits = 0
            var p = precision
            repeat { digits += 1; p /= 10 } while p > 0
            p = precision
            for k in stride(from: digits + 1, through: 2, by: -1) {
                fmt[k] = CChar(0x30 + p % 10)
                p /= 10
            }
            fmt[digits + 2] = CChar(bitPattern: conv)
            fmt[digits + 3] = 0
            let n: Int32
            if let f = strfromdFn {
                n = f(out, size, fmt, d)
            } else {
                n = withVaList([d]) { vsnprintf(out, size, fmt, $0) }
            }
            return out.withMemoryRebound(to: UInt8.self, capacity: size) {
                body(UnsafeBufferPointer(start: $0, count: Int(n)))
            }
        }
    }

    static func cFormat(_ conv: UInt8, _ d: Double, _ precision: Int) -> [UInt8] {
        withCFormat(conv, d, precision) { Array($0) }
    }

    /// Splits "[-]I[.F][e±X]" into digits (leading and trailing zeros dropped) and the
    /// decimal point position.
    static func parseDecimal(_ s: UnsafeBufferPointer<UInt8>) -> Digits {
        var i = 0
        var negative = false
        if i < s.count && s[i] == 0x2D { negative = true; i += 1 }
        var digits: [UInt8] = []
        digits.reserveCapacity(min(s.count, 40))
        var decpt = 0
        var seenPoint = false
        var exp = 0
        while i < s.count {
            let c = s[i]
            if c >= 0x30 && c <= 0x39 {
                if digits.isEmpty && c == 0x30 {
                    if seenPoint { decpt -= 1 }  // leading zero after the point shifts it left
                } else {
                    digits.append(c)
                    if !seenPoint { decpt += 1 }
                }
            } else if c == 0x2E {
                seenPoint = true
            } else if c == 0x65 || c == 0x45 {
                var j = i + 1
                var expNeg = false
                if j < s.count && (s[j] == 0x2B || s[j] == 0x2D) { expNeg = s[j] == 0x2D; j += 1 }
                while j < s.count { exp = exp * 10 + Int(s[j] - 0x30); j += 1 }
                if expNeg { exp = -exp }
                break
            }
            i += 1
        }
        while digits.last == 0x30 { digits.removeLast() }
        if digits.isEmpty { return Digits(digits: [0x30], decpt: 1, negative: negative) }
        return Digits(digits: digits, decpt: decpt + exp, negative: negative)
    }

    /// Gay mode 0: the shortest digits that round-trip (Swift's description is shortest too).
    static func shortest(_ d: Double) -> Digits {
        var text = d.description
        return text.withUTF8 { parseDecimal($0) }
    }

    /// Gay mode 2: `n` >= 1 significant digits, correctly rounded.
    static func significant(_ d: Double, _ n: Int) -> Digits {
        withCFormat(0x65, d, max(n, 1) - 1) { parseDecimal($0) }
    }

    /// Gay mode 3: `n` digits after the decimal point, correctly rounded.
    static func fixed(_ d: Double, _ n: Int) -> Digits {
        if let digits = fixedFromShortest(d, n) { return digits }
        return withCFormat(0x66, d, n) { parseDecimal($0) }
    }

    /// Mode 3 by rounding the shortest round-trip digits S (Swift's, which are also the
    /// closest to the exact value among the shortest): several times cheaper than printf,
    /// which works in multi-precision. Sound because a rounding boundary B (a decimal with
    /// n+1 places ending in 5) can only separate S from the exact value if B also rounds to
    /// the double, and then S, being shortest and closest, would be B or not longer than it.
    /// So: S longer than n+1 places rounds the same way as the exact value; S of exactly n+1
    /// places rounds the same unless S is B itself (then nil: printf decides the tie); S of
    /// at most n places is the answer when the double's spacing is below 10^-n. nil when
    /// the shortcut does not apply.
    static func fixedFromShortest(_ d: Double, _ n: Int) -> Digits? {
        guard n <= 17, d.isFinite else { return nil }
        if d == 0 { return Digits(digits: [0x30], decpt: 1, negative: d.sign == .minus) }
        let s = shortest(d)
        let places = s.digits.count - s.decpt
        if places <= n {
            // Exact only when every double near d is closer than half a unit of the last place.
            return d.ulp * 4 < pow10(-n) ? s : nil
        }
        if places == n + 1 && s.digits.last == 0x35 { return nil }
        let zero = Digits(digits: [0x30], decpt: 1, negative: s.negative)
        let keep = s.decpt + n
        if keep < 0 { return zero }
        let roundUp = s.digits[keep] >= 0x35
        if keep == 0 { return roundUp ? Digits(digits: [0x31], decpt: 1 - n, negative: s.negative) : zero }
        var digits = Array(s.digits[0..<keep])
        var decpt = s.decpt
        if roundUp {
            var i = keep - 1
            while i >= 0 && digits[i] == 0x39 { digits[i] = 0x30; i -= 1 }
            if i >= 0 {
                digits[i] += 1
            } else {
                digits.insert(0x31, at: 0)
                decpt += 1
            }
        }
        while digits.last == 0x30 { digits.removeLast() }
        if digits.isEmpty { return zero }
        return Digits(digits: digits, decpt: decpt, negative: s.negative)
    }

    private static let negativePowersOfTen: [Double] = (0...17).map { Double("1e-\($0)")! }
    @inline(__always)
    private static func pow10(_ e: Int) -> Double { negativePowersOfTen[-e] }

    /// PyOS_double_to_string. `code` is one of e E f F g G r; precision as CPython passes it.
    static func format(_ d: Double, code: UInt8, precision: Int, alwaysSign: Bool = false,
                       addDot0: Bool = false, alt: Bool = false, noNegZero: Bool = false) -> String {
        String(decoding: formatBytes(d, code: code, precision: precision, alwaysSign: alwaysSign,
                                     addDot0: addDot0, alt: alt, noNegZero: noNegZero), as: UTF8.self)
    }

    static func formatBytes(_ d: Double, code: UInt8, precision: Int, alwaysSign: Bool = false,
                            addDot0: Bool = false, alt: Bool = false, noNegZero: Bool = false) -> [UInt8] {
        let upper = code == 0x45 || code == 0x46 || code == 0x47
        let lowerCode = upper ? code | 0x20 : code
        var precision = precision
        if !d.isFinite {
            var out: [UInt8] = []
            if d < 0 { out.append(0x2D) } else if alwaysSign { out.append(0x2B) }
            out.append(contentsOf: d.isNaN ? (upper ? [0x4E, 0x41, 0x4E] : [0x6E, 0x61, 0x6E])
                                           : (upper ? [0x49, 0x4E, 0x46] : [0x69, 0x6E, 0x66]))
            return out
        }
        var dg: Digits
        switch lowerCode {
        case 0x65: // e
            precision += 1
            dg = significant(d, precision)
        case 0x66: // f
            dg = fixed(d, precision)
        case 0x67: // g
            if precision == 0 { precision = 1 }
            dg = significant(d, precision)
        default: // r
            dg = shortest(d)
        }
        if noNegZero && dg.negative && dg.digits == [0x30] { dg.negative = false }

        let digits = dg.digits
        let digitsLen = digits.count
        var decpt = dg.decpt
        var useExp = false
        var vdigitsEnd = digitsLen
        switch lowerCode {
        case 0x65:
            useExp = true
            vdigitsEnd = precision
        case 0x66:
            vdigitsEnd = decpt + precision
        case 0x67:
            if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
            if alt { vdigitsEnd = precision }
        default:
            if decpt <= -4 || decpt > 16 { useExp = true }
        }
        var exp = 0
        if useExp {
            exp = decpt - 1
            decpt = 1
        }
        let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
        if !useExp && addDot0 {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1
        } else {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt
        }

        var out: [UInt8] = []
        out.reserveCapacity(vdigitsEnd - vdigitsStart + 8)
        if dg.negative { out.append(0x2D) } else if alwaysSign { out.append(0x2B) }
        if decpt <= 0 {
            out.append(contentsOf: repeatElement(0x30, count: decpt - vdigitsStart))
            out.append(0x2E)
            out.append(contentsOf: repeatElement(0x30, count: -decpt))
        } else {
            out.append(contentsOf: repeatElement(0x30, count: -vdigitsStart))
        }
        if decpt > 0 && decpt <= digitsLen {
            out.append(contentsOf: digits[0..<decpt])
            out.append(0x2E)
            out.append(contentsOf: digits[decpt...])
        } else {
            out.append(contentsOf: digits)
        }
        if digitsLen < decpt {
            out.append(contentsOf: repeatElement(0x30, count: decpt - digitsLen))
            out.append(0x2E)
            out.append(contentsOf: repeatElement(0x30, count: vdigitsEnd - decpt))
        } else {
            out.append(contentsOf: repeatElement(0x30, count: vdigitsEnd - digitsLen))
        }
        if out.last == 0x2E && !alt { out.removeLast() }
        if useExp {
            out.append(upper ? 0x45 : 0x65)
            out.append(exp < 0 ? 0x2D : 0x2B)
            let e = abs(exp)
            if e >= 100 { out.append(UInt8(0x30 + e / 100)) }
            out.append(UInt8(0x30 + e / 10 % 10))
            out.append(UInt8(0x30 + e % 10))
        }
        return out
    }
}

/// repr(float) and str(float): shortest round-trip digits; exponent form below 1e-4 and
/// from 1e16 on ("1e-05", "1e+16"), otherwise at least one digit after the point.
public func pythonFloatRepr(_ d: Double) -> String {
    FloatText.format(d, code: 0x72, precision: 0, addDot0: true)
}

/// round(x) with no ndigits: half-even to an integral value (the caller makes it an int).
public func pythonRoundHalfEven(_ d: Double) -> Double { d.rounded(.toNearestOrEven) }

/// float.__round__(ndigits): rounds the exact binary value half-even at the given decimal
/// place, as CPython does via correctly rounded dtoa, then converts back.
public func pythonRound(_ d: Double, ndigits: Int) throws -> Double {
    if !d.isFinite || d == 0 { return d }
    // CPython's NDIGITS_MAX / NDIGITS_MIN: beyond these the answer is x or a signed zero.
    if ndigits > 323 { return d }
    if ndigits < -308 { return 0.0 * d }
    let rounded: Double
    if ndigits >= 0 {
        rounded = FloatText.withCFormat(0x66, d, ndigits) { text in
            text.baseAddress!.withMemoryRebound(to: CChar.self, capacity: text.count + 1) { strtod($0, nil) }
        }
    } else {
        rounded = roundToPowerOfTen(d, -ndigits)
    }
    if rounded.isInfinite { throw TextError("OverflowError", "rounded value too large to represent") }
    // A result of zero keeps the sign of the input, as the C round trip does.
    return rounded == 0 ? (d < 0 ? -0.0 : 0.0) : rounded
}

/// Rounds |d| to a multiple of 10^k (k >= 1) half-even, exactly, using the binary expansion.
private func roundToPowerOfTen(_ d: Double, _ k: Int) -> Double {
    let mag = abs(d)
    let e = mag.isNormal ? Int(mag.exponent) - 52 : -1074
    let sig = BigInt(mag.significandBitPattern | (mag.isNormal ? 1 << 52 : 0))
    let tenK = BigInt(10).power(k)
    // value = sig * 2^e; quotient = round(value / 10^k)
    var num = sig
    var den = tenK
    if e >= 0 { num <<= e } else { den <<= -e }
    var (q, r) = num.quotientAndRemainder(dividingBy: den)
    let twice = r * 2
    if twice > den || (twice == den && q.isOdd) { q += 1 }
    if q.isZero { return d < 0 ? -0.0 : 0.0 }
    let text = (d < 0 ? "-" : "") + String(q) + "e" + String(k)
    return strtod(text, nil)
}

private extension BigInt {
    var isOdd: Bool { !(self % 2).isZero }
}
