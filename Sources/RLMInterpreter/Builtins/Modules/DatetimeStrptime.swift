import BigInt
import Foundation

// MARK: strptime

/// The result of matching a strptime format: the text of each directive, in format order.
struct StrptimeMatch {
    var groups: [(Character, String)] = []
}

enum StrptimeItem {
    case literal(UInt32)
    case whitespace
    case directive(Character)
}

/// Compiles a format the way _strptime's TimeRE does (whitespace runs become `\s+`, %c %x %X
/// expand to their C-locale formats), raising its errors for bad directives.
func strptimeItems(_ format: String) throws -> [StrptimeItem] {
    var items: [StrptimeItem] = []
    let cps = Array(format.unicodeScalars)
    var i = 0
    func isSpace(_ c: Unicode.Scalar) -> Bool { PyUnicode.isSpace(c.value) }
    while i < cps.count {
        let c = cps[i]
        if c == "%" {
            guard i + 1 < cps.count else { throw PyException.valueError("stray % in format '\(format)'") }
            let d = Character(cps[i + 1])
            switch d {
            case "c": items += try strptimeItems("%a %b %d %H:%M:%S %Y")
            case "x": items += try strptimeItems("%m/%d/%y")
            case "X": items += try strptimeItems("%H:%M:%S")
            case "%": items.append(.literal(37))
            case "a", "A", "b", "B", "d", "f", "G", "H", "I", "j", "m", "M", "p", "S", "u", "U", "V", "w", "W", "y",
                 "Y", "z", "Z":
                items.append(.directive(d))
            default:
                throw PyException.valueError("'\(d == "\\" ? "%" : String(d))' is a bad directive in format '\(format)'")
            }
            i += 2
        } else if isSpace(c) {
            while i < cps.count && isSpace(cps[i]) { i += 1 }
            items.append(.whitespace)
        } else {
            items.append(.literal(c.value))
            i += 1
        }
    }
    return items
}

/// Candidate end positions for a directive at `p`, in the order the regex tries them.
func strptimeCandidates(_ d: Character, _ t: [UInt32], _ p: Int) -> [Int] {
    let n = t.count
    func digit(_ k: Int) -> Bool { k < n && t[k] >= 48 && t[k] <= 57 }
    func ch(_ k: Int) -> UInt32 { k < n ? t[k] : 0 }
    func inRange(_ k: Int, _ lo: Character, _ hi: Character) -> Bool {
        k < n && t[k] >= lo.unicodeScalars.first!.value && t[k] <= hi.unicodeScalars.first!.value
    }
    /// Alternatives: each a list of character classes (as closures) to match in sequence.
    typealias Class = (Int) -> Bool
    func alternatives(_ alts: [[Class]]) -> [Int] {
        var ends: [Int] = []
        for alt in alts {
            var k = p
            var ok = true
            for cls in alt {
                if cls(k) { k += 1 } else { ok = false; break }
            }
            if ok { ends.append(k) }
        }
        return ends
    }
    let D: Class = digit
    func r(_ lo: Character, _ hi: Character) -> Class { { inRange($0, lo, hi) } }
    func c(_ x: Character) -> Class { { ch($0) == x.unicodeScalars.first!.value } }
    func names(_ list: [String]) -> [Int] {
        // Sorted by length, longest first (stable), matched case-insensitively.
        let sorted = list.enumerated().sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }.map { $0.element }
        var ends: [Int] = []
        for name in sorted {
            let u = Array(name.unicodeScalars.map { $0.value })
            if p + u.count > n { continue }
            var ok = true
            for (k, x) in u.enumerated() where lowerASCII(t[p + k]) != x { ok = false; break }
            if ok { ends.append(p + u.count) }
        }
        return ends
    }
    switch d {
    case "d": return alternatives([[c("3"), r("0", "1")], [r("1", "2"), D], [c("0"), r("1", "9")], [r("1", "9")], [c(" "), r("1", "9")]])
    case "f":
        var k = p
        while k < n && k - p < 6 && digit(k) { k += 1 }
        return k > p ? Array(stride(from: k, through: p + 1, by: -1)) : []
    case "H": return alternatives([[c("2"), r("0", "3")], [r("0", "1"), D], [D]])
    case "I": return alternatives([[c("1"), r("0", "2")], [c("0"), r("1", "9")], [r("1", "9")]])
    case "G", "Y": return alternatives([[D, D, D, D]])
    case "j": return alternatives([[c("3"), c("6"), r("0", "6")], [c("3"), r("0", "5"), D], [r("1", "2"), D, D],
                                   [c("0"), r("1", "9"), D], [c("0"), c("0"), r("1", "9")], [r("1", "9"), D],
                                   [c("0"), r("1", "9")], [r("1", "9")]])
    case "m": return alternatives([[c("1"), r("0", "2")], [c("0"), r("1", "9")], [r("1", "9")]])
    case "M": return alternatives([[r("0", "5"), D], [D]])
    case "S": return alternatives([[c("6"), r("0", "1")], [r("0", "5"), D], [D]])
    case "U", "W": return alternatives([[c("5"), r("0", "3")], [r("0", "4"), D], [D]])
    case "w": return alternatives([[r("0", "6")]])
    case "u": return alternatives([[r("1", "7")]])
    case "V": return alternatives([[c("5"), r("0", "3")], [c("0"), r("1", "9")], [r("1", "4"), D], [D]])
    case "y": return alternatives([[D, D]])
    case "a": return names(weekdayNames.map { String($0.prefix(3)).lowercased() })
    case "A": return names(weekdayNames.map { $0.lowercased() })
    case "b": return names(monthNames.map { String($0.prefix(3)).lowercased() })
    case "B": return names(monthNames.map { $0.lowercased() })
    case "p": return names(["am", "pm"])
    case "Z": return names(["utc", "gmt"])
    case "z":
        // [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)
        var ends: [Int] = []
        if ch(p) == 43 || ch(p) == 45, digit(p + 1), digit(p + 2) {
            for colon in [true, false] {
                var k = p + 3
                if colon { if ch(k) == 58 { k += 1 } else { continue } }
                guard inRange(k, "0", "5"), digit(k + 1) else { continue }
                k += 2
                // Optional seconds, greedy.
                var secondsEnds: [Int] = []
                for colon2 in [true, false] {
                    var s = k
                    if colon2 { if ch(s) == 58 { s += 1 } else { continue } }
                    guard inRange(s, "0", "5"), digit(s + 1) else { continue }
                    s += 2
                    if ch(s) == 46, digit(s + 1) {
                        var f = s + 1
                        while f < n && f - (s + 1) < 6 && digit(f) { f += 1 }
                        for e in stride(from: f, through: s + 2, by: -1) { secondsEnds.append(e) }
                    }
                    secondsEnds.append(s)
                }
                ends += secondsEnds
                ends.append(k)
            }
        }
        if ch(p) == 90 { ends.append(p + 1) }
        return ends
    default: return []
    }
}

func lowerASCII(_ c: UInt32) -> UInt32 { c >= 65 && c <= 90 ? c + 32 : c }

/// re.match of the compiled format: the first match in backtracking order (it need not
/// reach the end of the text).
func strptimeMatch(_ items: [StrptimeItem], _ t: [UInt32]) -> (StrptimeMatch, Int)? {
    func go(_ idx: Int, _ p: Int, _ m: StrptimeMatch) -> (StrptimeMatch, Int)? {
        if idx == items.count { return (m, p) }
        switch items[idx] {
        case .literal(let c):
            guard p < t.count, lowerASCII(t[p]) == lowerASCII(c) else { return nil }
            return go(idx + 1, p + 1, m)
        case .whitespace:
            var k = p
            while k < t.count && PyUnicode.isSpace(t[k]) { k += 1 }
            if k == p { return nil }
            while k > p {
                if let r = go(idx + 1, k, m) { return r }
                k -= 1
            }
            return nil
        case .directive(let d):
            for end in strptimeCandidates(d, t, p) {
                var m2 = m
                m2.groups.append((d, String(String.UnicodeScalarView(t[p..<end].compactMap { Unicode.Scalar($0) }))))
                if let r = go(idx + 1, end, m2) { return r }
            }
            return nil
        }
    }
    return go(0, 0, StrptimeMatch())
}

/// The fields _strptime computes.
struct StrptimeResult {
    var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0
    var weekday = 0, julian = 1
    var gmtoff: Int?
    var gmtoffFraction = 0
    var tzname: String?
}

func parseStrptime(_ interp: Interp, _ dataValue: Value, _ formatValue: Value) throws -> StrptimeResult {
    for (i, v) in [dataValue, formatValue].enumerated() {
        guard case .str = v else {
            throw PyException.typeError("strptime() argument \(i) must be str, not \(try interp.repr(.object(pyType(v))))")
        }
    }
    guard case .str(let data) = dataValue, case .str(let format) = formatValue else { return StrptimeResult() }
    let items = try strptimeItems(format.string)
    let text = data.codePointArray
    guard let (match, end) = strptimeMatch(items, text) else {
        throw PyException.valueError("time data \(data.repr().string) does not match format \(format.repr().string)")
    }
    if end != text.count {
        throw PyException.valueError("unconverted data remains: \(codePointsToStr(text[end...]).string)")
    }
    var r = StrptimeResult()
    var year: Int?, isoYear: Int?, weekday: Int?, julian: Int?, weekOfYear: Int?, isoWeek: Int?
    var weekStartsMonday = false
    let ampm = match.groups.first { $0.0 == "p" }?.1.lowercased() ?? ""
    for (d, s) in match.groups {
        switch d {
        case "y":
            let v = Int(s)!
            year = v <= 68 ? v + 2000 : v + 1900
        case "Y": year = Int(s)!
        case "G": isoYear = Int(s)!
        case "m": r.month = Int(s)!
        case "B": r.month = monthNames.map { $0.lowercased() }.firstIndex(of: s.lowercased()) ?? 0
        case "b": r.month = monthNames.map { String($0.prefix(3)).lowercased() }.firstIndex(of: s.lowercased()) ?? 0
        case "d": r.day = Int(s.trimmingCharacters(in: .whitespaces))!
        case "H": r.hour = Int(s)!
        case "I":
            r.hour = Int(s)!
            if ampm == "" || ampm == "am" {
                if r.hour == 12 { r.hour = 0 }
            } else if ampm == "pm" && r.hour != 12 {
                r.hour += 12
            }
        case "M": r.minute = Int(s)!
        case "S": r.second = Int(s)!
        case "f": r.fraction = Int(s + String(repeating: "0", count: 6 - s.count))!
        case "A": weekday = weekdayNames.map { $0.lowercased() }.firstIndex(of: s.lowercased())
        case "a": weekday = weekdayNames.map { String($0.prefix(3)).lowercased() }.firstIndex(of: s.lowercased())
        case "w":
            let v = Int(s)!
            weekday = v == 0 ? 6 : v - 1
        case "u": weekday = Int(s)! - 1
        case "j": julian = Int(s)!
        case "U", "W":
            weekOfYear = Int(s)!
            weekStartsMonday = d == "W"
        case "V": isoWeek = Int(s)!
        case "z":
            if s == "Z" {
                r.gmtoff = 0
            } else {
                var z = Array(s)
                if z[3] == ":" {
                    z.remove(at: 3)
                    if z.count > 5 {
                        if z[5] != ":" { throw PyException.valueError("Inconsistent use of : in \(s)") }
                        z.remove(at: 5)
                    }
                }
                let hours = Int(String(z[1..<3]))!, minutes = Int(String(z[3..<5]))!
                let seconds = z.count >= 7 ? Int(String(z[5..<7]))! : 0
                var off = hours * 3600 + minutes * 60 + seconds
                let rest = z.count > 8 ? String(z[8...]) : ""
                var frac = Int(rest + String(repeating: "0", count: 6 - rest.count)) ?? 0
                if z[0] == "-" { off = -off; frac = -frac }
                r.gmtoff = off
                r.gmtoffFraction = frac
            }
        case "Z": r.tzname = s
        default: break
        }
    }
    if year == nil, isoYear != nil {
        if isoWeek == nil || weekday == nil {
            throw PyException.valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        }
        if julian != nil {
            throw PyException.valueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.")
        }
    } else if weekOfYear == nil, isoWeek != nil {
        if weekday == nil {
            throw PyException.valueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        }
        throw PyException.valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")
    }
    var leapYearFix = false
    var y: Int
    if year == nil && r.month == 2 && r.day == 29 {
        y = 1904
        leapYearFix = true
    } else {
        y = year ?? 1900
    }
    func checkDate(_ y: Int, _ m: Int, _ d: Int) throws {
        if m < 1 || m > 12 { throw PyException.valueError("month must be in 1..12") }
        if d < 1 || d > daysInMonth(y, m) { throw PyException.valueError("day is out of range for month") }
    }
    if julian == nil, let wd = weekday {
        if let week = weekOfYear {
            var firstWeekday = (ymdToOrdinal(y, 1, 1) + 6) % 7
            var dayOfWeek = wd
            if !weekStartsMonday {
                firstWeekday = (firstWeekday + 1) % 7
                dayOfWeek = (dayOfWeek + 1) % 7
            }
            let week0Length = (7 - firstWeekday) % 7
            julian = week == 0 ? 1 + dayOfWeek - firstWeekday : 1 + week0Length + 7 * (week - 1) + dayOfWeek
        } else if let iy = isoYear, let iw = isoWeek {
            let jan4 = ymdToOrdinal(iy, 1, 4)
            let correction = (jan4 + 6) % 7 + 1 + 3
            var ordinal = iw * 7 + wd + 1 - correction
            var yy = iy
            if ordinal < 1 {
                ordinal += ymdToOrdinal(iy, 1, 1)
                yy -= 1
                ordinal -= ymdToOrdinal(yy, 1, 1)
            }
            y = yy
            julian = ordinal
        }
        if let j = julian, j <= 0 {
            y -= 1
            julian = j + (isLeapYear(y) ? 366 : 365)
        }
    }
    if let j = julian {
        let ord = j - 1 + ymdToOrdinal(y, 1, 1)
        if ord < 1 || ord > maxOrdinal { throw PyException.overflow("date value out of range") }
        (y, r.month, r.day) = ordinalToYMD(ord)
        r.julian = j
    } else {
        try checkDate(y, r.month, r.day)
        r.julian = ymdToOrdinal(y, r.month, r.day) - ymdToOrdinal(y, 1, 1) + 1
    }
    try checkDate(y, r.month, r.day)
    r.weekday = weekday ?? (ymdToOrdinal(y, r.month, r.day) + 6) % 7
    r.year = leapYearFix ? 1900 : y
    return r
}
