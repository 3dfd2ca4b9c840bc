import BigInt
import Foundation

/// `datetime`: date, datetime, time, timedelta, timezone (and tzinfo as a base for user
/// time zones), with CPython 3.11's validation, normalisation, arithmetic, reprs, isoformat,
/// fromisoformat, strftime (glibc's directives in the C locale) and strptime (_strptime's
/// patterns, matched with the same backtracking order). The sandbox's local time is UTC.
func makeDatetimeModule(_ interp: Interp) -> PyModule {
    DatetimeModule().module()
}

// MARK: Calendar arithmetic (proleptic Gregorian, ordinal 1 = 0001-01-01)

private let daysInMonthTable = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
private let daysBeforeMonthTable: [Int] = {
    var t = [0, 0]
    for m in 1..<12 { t.append(t[m] + daysInMonthTable[m]) }
    return t
}()
let maxOrdinal = 3_652_059
private let usPerDay = BigInt(86_400_000_000)

func isLeapYear(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
func daysInMonth(_ y: Int, _ m: Int) -> Int { m == 2 && isLeapYear(y) ? 29 : daysInMonthTable[m] }
private func daysBeforeYear(_ year: Int) -> Int {
    let y = year - 1
    return y * 365 + y / 4 - y / 100 + y / 400
}
private func daysBeforeMonth(_ y: Int, _ m: Int) -> Int { daysBeforeMonthTable[m] + (m > 2 && isLeapYear(y) ? 1 : 0) }
func ymdToOrdinal(_ y: Int, _ m: Int, _ d: Int) -> Int { daysBeforeYear(y) + daysBeforeMonth(y, m) + d }

func ordinalToYMD(_ ordinal: Int) -> (Int, Int, Int) {
    var n = ordinal - 1
    let n400 = n / 146_097
    n %= 146_097
    var year = n400 * 400 + 1
    let n100 = n / 36_524
    n %= 36_524
    let n4 = n / 1461
    n %= 1461
    let n1 = n / 365
    n %= 365
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 || n100 == 4 { return (year - 1, 12, 31) }
    let leap = n1 == 3 && (n4 != 24 || n100 == 3)
    var month = (n + 50) >> 5
    var preceding = daysBeforeMonthTable[month] + (month > 2 && leap ? 1 : 0)
    if preceding > n {
        month -= 1
        preceding -= daysInMonthTable[month] + (month == 2 && leap ? 1 : 0)
    }
    return (year, month, n - preceding + 1)
}

/// Monday of ISO week 1 of `year`, as an ordinal.
private func isoWeek1Monday(_ year: Int) -> Int {
    let first = ymdToOrdinal(year, 1, 1)
    let firstWeekday = (first + 6) % 7
    var monday = first - firstWeekday
    if firstWeekday > 3 { monday += 7 }
    return monday
}

/// (ISO year, week, weekday 1-7).
func isoCalendar(_ y: Int, _ m: Int, _ d: Int) -> (Int, Int, Int) {
    var year = y
    var week1 = isoWeek1Monday(year)
    let today = ymdToOrdinal(y, m, d)
    var week = floorDivide(today - week1, 7)
    var day = (today - week1) - week * 7
    if week < 0 {
        year -= 1
        week1 = isoWeek1Monday(year)
        week = floorDivide(today - week1, 7)
        day = (today - week1) - week * 7
    } else if week >= 52 && today >= isoWeek1Monday(year + 1) {
        year += 1
        week = 0
    }
    return (year, week + 1, day + 1)
}

private func pad(_ v: Int, _ width: Int) -> String {
    let s = String(abs(v))
    let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    return v < 0 ? "-" + padded : padded
}

private let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
private let monthNames = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]

/// Floor division and modulo of BigInts.
private func floorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && (r.sign == .minus) != (b.sign == .minus) {
        q -= 1
        r += b
    }
    return (q, r)
}

/// a / b rounded to the nearest integer, ties to even.
private func divideNearest(_ a: BigInt, _ b: BigInt) -> BigInt {
    // Floor division leaves a fraction r/b in [0, 1).
    let (q, r) = floorDivMod(a, b)
    let twice = r.magnitude * 2
    let bm = b.magnitude
    if twice > bm || (twice == bm && !q.isMultiple(of: 2)) { return q + 1 }
    return q
}

// MARK: Objects

final class PyTimedelta: PyInstance {
    let days: Int
    let seconds: Int
    let microseconds: Int
    init(cls: PyType, days: Int, seconds: Int, microseconds: Int) {
        self.days = days
        self.seconds = seconds
        self.microseconds = microseconds
        super.init(cls: cls)
    }
    var totalMicroseconds: BigInt {
        BigInt(days) * usPerDay + BigInt(seconds * 1_000_000 + microseconds)
    }
}

class PyDate: PyInstance {
    let year: Int
    let month: Int
    let day: Int
    init(cls: PyType, year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
        super.init(cls: cls)
    }
    var ordinal: Int { ymdToOrdinal(year, month, day) }
}

final class PyDateTime: PyDate {
    let hour: Int
    let minute: Int
    let second: Int
    let microsecond: Int
    let tzinfo: Value
    let fold: Int
    init(cls: PyType, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microsecond: Int,
         tzinfo: Value, fold: Int) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = tzinfo
        self.fold = fold
        super.init(cls: cls, year: year, month: month, day: day)
    }
    /// Microseconds since 0001-01-01T00:00 of the local (wall) time.
    var localMicroseconds: BigInt {
        BigInt(ordinal - 1) * usPerDay + BigInt(((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond)
    }
}

final class PyTimeOfDay: PyInstance {
    let hour: Int
    let minute: Int
    let second: Int
    let microsecond: Int
    let tzinfo: Value
    let fold: Int
    init(cls: PyType, hour: Int, minute: Int, second: Int, microsecond: Int, tzinfo: Value, fold: Int) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = tzinfo
        self.fold = fold
        super.init(cls: cls)
    }
    var dayMicroseconds: Int { ((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond }
}

final class PyTimezone: PyInstance {
    let offset: PyTimedelta
    let name: String?
    init(cls: PyType, offset: PyTimedelta, name: String?) {
        self.offset = offset
        self.name = name
        super.init(cls: cls)
    }
}

/// The fields strftime formats.
struct TimeFields {
    var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, microsecond = 0
    /// Monday = 0.
    var weekday = 0
    /// 1-based day of the year.
    var yday = 1
    /// %z and %Z text ("" when naive).
    var utcoffset = ""
    var tzname = ""
    /// Seconds since the epoch, for %s.
    var epochSeconds: Int?
}

/// strftime with glibc's directives in the C locale; %f, %z and %Z as Python's wrapper
/// expands them. Unknown directives are copied as they are.
func formatTime(_ format: PyStr, _ t: TimeFields) -> String {
    let chars = Array(format.string.unicodeScalars)
    var out = ""
    var i = 0
    func dayName(_ full: Bool) -> String { full ? weekdayNames[t.weekday] : String(weekdayNames[t.weekday].prefix(3)) }
    func monthName(_ full: Bool) -> String { full ? monthNames[t.month] : String(monthNames[t.month].prefix(3)) }
    func hour12() -> Int { t.hour % 12 == 0 ? 12 : t.hour % 12 }
    func space2(_ v: Int) -> String { v < 10 ? " \(v)" : "\(v)" }
    let iso = isoCalendar(t.year, t.month, t.day)
    let sundayWeekday = (t.weekday + 1) % 7
    func directive(_ c: Unicode.Scalar) -> String? {
        switch c {
        case "a": return dayName(false)
        case "A": return dayName(true)
        case "b", "h": return monthName(false)
        case "B": return monthName(true)
        case "c": return "\(dayName(false)) \(monthName(false)) \(space2(t.day)) \(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2)) \(t.year)"
        case "C": return t.year >= 1000 ? pad(t.year / 100, 2) : String(t.year / 100)
        case "d": return pad(t.day, 2)
        case "D": return "\(pad(t.month, 2))/\(pad(t.day, 2))/\(pad(t.year % 100, 2))"
        case "e": return space2(t.day)
        case "f": return pad(t.microsecond, 6)
        case "F": return "\(t.year)-\(pad(t.month, 2))-\(pad(t.day, 2))"
        case "g": return pad(iso.0 % 100, 2)
        case "G": return String(iso.0)
        case "H": return pad(t.hour, 2)
        case "I": return pad(hour12(), 2)
        case "j": return pad(t.yday, 3)
        case "k": return space2(t.hour)
        case "l": return space2(hour12())
        case "m": return pad(t.month, 2)
        case "M": return pad(t.minute, 2)
        case "n": return "\n"
        case "p": return t.hour < 12 ? "AM" : "PM"
        case "P": return t.hour < 12 ? "am" : "pm"
        case "r": return "\(pad(hour12(), 2)):\(pad(t.minute, 2)):\(pad(t.second, 2)) \(t.hour < 12 ? "AM" : "PM")"
        case "R": return "\(pad(t.hour, 2)):\(pad(t.minute, 2))"
        case "s": return t.epochSeconds.map { String($0) }
        case "S": return pad(t.second, 2)
        case "t": return "\t"
        case "T": return "\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))"
        case "u": return String(t.weekday + 1)
        case "U": return pad((t.yday - 1 + 7 - sundayWeekday) / 7, 2)
        case "V": return pad(iso.1, 2)
        case "w": return String(sundayWeekday)
        case "W": return pad((t.yday - 1 + 7 - t.weekday) / 7, 2)
        case "x": return "\(pad(t.month, 2))/\(pad(t.day, 2))/\(pad(t.year % 100, 2))"
        case "X": return "\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))"
        case "y": return pad(t.year % 100, 2)
        case "Y": return String(t.year)
        case "z": return t.utcoffset
        case "Z": return t.tzname
        case "%": return "%"
        default: return nil
        }
    }
    while i < chars.count {
        let c = chars[i]
        if c == "%" && i + 1 < chars.count {
            if let s = directive(chars[i + 1]) {
                out += s
            } else {
                out.unicodeScalars.append(c)
                out.unicodeScalars.append(chars[i + 1])
            }
            i += 2
        } else {
            out.unicodeScalars.append(c)
            i += 1
        }
    }
    return out
}

// MARK: strptime

/// The result of matching a strptime format: the text of each directive, in format order.
private struct StrptimeMatch {
    var groups: [(Character, String)] = []
}

private enum StrptimeItem {
    case literal(UInt32)
    case whitespace
    case directive(Character)
}

/// Compiles a format the way _strptime's TimeRE does (whitespace runs become `\s+`, %c %x %X
/// expand to their C-locale formats), raising its errors for bad directives.
private func strptimeItems(_ format: String) throws -> [StrptimeItem] {
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
private func strptimeCandidates(_ d: Character, _ t: [UInt32], _ p: Int) -> [Int] {
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

private func lowerASCII(_ c: UInt32) -> UInt32 { c >= 65 && c <= 90 ? c + 32 : c }

/// re.match of the compiled format: the first match in backtracking order (it need not
/// reach the end of the text).
private func strptimeMatch(_ items: [StrptimeItem], _ t: [UInt32]) -> (StrptimeMatch, Int)? {
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

// MARK: The module

final class DatetimeModule {
    let timedeltaType: PyType
    let dateType: PyType
    let datetimeType: PyType
    let timeType: PyType
    let tzinfoType: PyType
    let timezoneType: PyType
    let isoCalendarType: PyType
    let structTimeType: PyType
    var utc: PyTimezone!

    init() {
        func make(_ name: String, base: PyType? = nil) -> PyType {
            let bases = [base ?? BuiltinTypes.object]
            let t = PyType(name: name, qualifiedName: name, bases: bases, dict: [:], mro: base.map { $0.mro } ?? [BuiltinTypes.object])
            t.module = "datetime"
            t.messageName = "datetime." + name
            return t
        }
        timedeltaType = make("timedelta")
        dateType = make("date")
        datetimeType = make("datetime", base: dateType)
        timeType = make("time")
        tzinfoType = make("tzinfo")
        timezoneType = make("timezone", base: tzinfoType)
        isoCalendarType = makeRecordType("IsoCalendarDate", module: "datetime", fields: ["year", "week", "weekday"],
                                         reprName: "datetime.IsoCalendarDate", messageName: "datetime.IsoCalendarDate")
        structTimeType = makeStructTimeType()
        utc = PyTimezone(cls: timezoneType, offset: PyTimedelta(cls: timedeltaType, days: 0, seconds: 0, microseconds: 0), name: nil)
    }

    func module() -> PyModule {
        installTimedelta()
        installDate()
        installDatetime()
        installTime()
        installTimezone()
        var dict: [String: Value] = [:]
        for t in [timedeltaType, dateType, datetimeType, timeType, tzinfoType, timezoneType] { dict[t.name] = .object(t) }
        dict["MINYEAR"] = .int(1)
        dict["MAXYEAR"] = .int(9999)
        dict["UTC"] = .object(utc)
        return PyModule(name: "datetime", dict: dict)
    }

    // MARK: Constructors

    func timedelta(_ us: BigInt) throws -> PyTimedelta {
        let (d, rest) = floorDivMod(us, usPerDay)
        guard let days = Int(exactly: d), abs(days) <= 999_999_999 else {
            throw PyException.overflow("days=\(d); must have magnitude <= 999999999")
        }
        let r = Int(rest)
        return PyTimedelta(cls: timedeltaType, days: days, seconds: r / 1_000_000, microseconds: r % 1_000_000)
    }

    func date(_ y: Int, _ m: Int, _ d: Int, type: PyType? = nil) throws -> PyDate {
        try checkDate(y, m, d)
        return PyDate(cls: type ?? dateType, year: y, month: m, day: d)
    }

    func checkDate(_ y: Int, _ m: Int, _ d: Int) throws {
        if y < 1 || y > 9999 { throw PyException.valueError("year \(y) is out of range") }
        if m < 1 || m > 12 { throw PyException.valueError("month must be in 1..12") }
        if d < 1 || d > daysInMonth(y, m) { throw PyException.valueError("day is out of range for month") }
    }

    func checkTime(_ h: Int, _ mi: Int, _ s: Int, _ us: Int, _ fold: Int) throws {
        if h < 0 || h > 23 { throw PyException.valueError("hour must be in 0..23") }
        if mi < 0 || mi > 59 { throw PyException.valueError("minute must be in 0..59") }
        if s < 0 || s > 59 { throw PyException.valueError("second must be in 0..59") }
        if us < 0 || us > 999_999 { throw PyException.valueError("microsecond must be in 0..999999") }
        if fold != 0 && fold != 1 { throw PyException.valueError("fold must be either 0 or 1") }
    }

    func checkTzinfo(_ tz: Value) throws {
        if tz.isNone { return }
        if !pyType(tz).isSubtype(of: tzinfoType) {
            throw PyException.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '\(typeName(tz))'")
        }
    }

    func datetime(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0, _ us: Int = 0,
                  tz: Value = .none, fold: Int = 0, type: PyType? = nil) throws -> PyDateTime {
        try checkDate(y, m, d)
        try checkTime(h, mi, s, us, fold)
        try checkTzinfo(tz)
        return PyDateTime(cls: type ?? datetimeType, year: y, month: m, day: d, hour: h, minute: mi, second: s,
                          microsecond: us, tzinfo: tz, fold: fold)
    }

    /// A naive or aware datetime from microseconds since 0001-01-01 (wall time).
    func datetime(microseconds us: BigInt, tz: Value, type: PyType? = nil) throws -> PyDateTime {
        let (days, rest) = floorDivMod(us, usPerDay)
        guard let d = Int(exactly: days), d >= 0, d < maxOrdinal else { throw PyException.overflow("date value out of range") }
        let (y, m, dd) = ordinalToYMD(d + 1)
        var r = Int(rest)
        let micro = r % 1_000_000
        r /= 1_000_000
        return PyDateTime(cls: type ?? datetimeType, year: y, month: m, day: dd, hour: r / 3600, minute: r / 60 % 60,
                          second: r % 60, microsecond: micro, tzinfo: tz, fold: 0)
    }

    func timezone(_ offset: PyTimedelta, _ name: String?) throws -> PyTimezone {
        let us = offset.totalMicroseconds
        if us.magnitude >= BigUInt(86_400_000_000) {
            throw PyException.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not \(timedeltaRepr(offset)).")
        }
        if name == nil && us.isZero { return utc }
        return PyTimezone(cls: timezoneType, offset: offset, name: name)
    }

    // MARK: Helpers

    func intArg(_ interp: Interp, _ v: Value) throws -> Int {
        if case .int(let i) = v { return i }
        if case .bool(let b) = v { return b ? 1 : 0 }
        return try interp.smallIndexArgument(v)
    }

    /// utcoffset() of a tzinfo for a datetime (nil when naive or the tzinfo says None).
    func utcoffset(_ interp: Interp, _ tz: Value, _ dt: Value) throws -> PyTimedelta? {
        if tz.isNone { return nil }
        if case .object(let o) = tz, let z = o as? PyTimezone { return z.offset }
        let r = try interp.call(try interp.getAttribute(tz, "utcoffset"), Arguments([dt]))
        if r.isNone { return nil }
        guard case .object(let ro) = r, let td = ro as? PyTimedelta else {
            throw PyException.typeError("tzinfo.utcoffset() must return None or timedelta, not '\(typeName(r))'")
        }
        return td
    }

    func tzname(_ interp: Interp, _ tz: Value, _ dt: Value) throws -> Value {
        if tz.isNone { return .none }
        if case .object(let o) = tz, let z = o as? PyTimezone { return .str(PyStr(timezoneName(z))) }
        return try interp.call(try interp.getAttribute(tz, "tzname"), Arguments([dt]))
    }

    func timezoneName(_ z: PyTimezone) -> String {
        if let n = z.name { return n }
        let us = z.offset.totalMicroseconds
        if us.isZero { return "UTC" }
        return "UTC" + formatOffset(us, separator: ":")
    }

    /// +HH:MM[:SS[.ffffff]] (or without colons for %z).
    func formatOffset(_ totalUs: BigInt, separator: String) -> String {
        let sign = totalUs.sign == .minus ? "-" : "+"
        let us = Int(totalUs.magnitude)
        let micro = us % 1_000_000
        let secs = us / 1_000_000
        var s = sign + pad(secs / 3600, 2) + separator + pad(secs / 60 % 60, 2)
        if secs % 60 != 0 || micro != 0 { s += separator + pad(secs % 60, 2) }
        if micro != 0 { s += "." + pad(micro, 6) }
        return s
    }

    func timedeltaRepr(_ t: PyTimedelta) -> String {
        var parts: [String] = []
        if t.days != 0 { parts.append("days=\(t.days)") }
        if t.seconds != 0 { parts.append("seconds=\(t.seconds)") }
        if t.microseconds != 0 { parts.append("microseconds=\(t.microseconds)") }
        return "datetime.timedelta(" + (parts.isEmpty ? "0" : parts.joined(separator: ", ")) + ")"
    }

    func timedeltaStr(_ t: PyTimedelta) -> String {
        var s = ""
        if t.days != 0 { s = "\(t.days) day\(abs(t.days) == 1 ? "" : "s"), " }
        s += "\(t.seconds / 3600):\(pad(t.seconds / 60 % 60, 2)):\(pad(t.seconds % 60, 2))"
        if t.microseconds != 0 { s += "." + pad(t.microseconds, 6) }
        return s
    }

    func timeText(_ h: Int, _ m: Int, _ s: Int, _ us: Int, timespec: String) throws -> String {
        switch timespec {
        case "auto": return us != 0 ? "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(us, 6))" : "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2))"
        case "hours": return pad(h, 2)
        case "minutes": return "\(pad(h, 2)):\(pad(m, 2))"
        case "seconds": return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2))"
        case "milliseconds": return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(us / 1000, 3))"
        case "microseconds": return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(us, 6))"
        default: throw PyException.valueError("Unknown timespec value")
        }
    }

    func dateText(_ d: PyDate) -> String { "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))" }

    func fields(_ interp: Interp, _ v: Value) throws -> TimeFields {
        var f = TimeFields()
        guard case .object(let o) = v else { return f }
        if let d = o as? PyDate {
            f.year = d.year; f.month = d.month; f.day = d.day
            f.weekday = (d.ordinal + 6) % 7
            f.yday = d.ordinal - ymdToOrdinal(d.year, 1, 1) + 1
            f.epochSeconds = (d.ordinal - 719_163) * 86400
        }
        if let dt = o as? PyDateTime {
            f.hour = dt.hour; f.minute = dt.minute; f.second = dt.second; f.microsecond = dt.microsecond
            f.epochSeconds = (dt.ordinal - 719_163) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
            if let off = try utcoffset(interp, dt.tzinfo, v) { f.utcoffset = formatOffset(off.totalMicroseconds, separator: "") }
            if case .str(let n) = try tzname(interp, dt.tzinfo, v) { f.tzname = n.string }
        }
        if let t = o as? PyTimeOfDay {
            f.hour = t.hour; f.minute = t.minute; f.second = t.second; f.microsecond = t.microsecond
            f.weekday = 0; f.yday = 1
            if let off = try utcoffset(interp, t.tzinfo, .none) { f.utcoffset = formatOffset(off.totalMicroseconds, separator: "") }
            if case .str(let n) = try tzname(interp, t.tzinfo, .none) { f.tzname = n.string }
        }
        return f
    }

    func property(_ t: PyType, _ name: String, _ get: @escaping (PyObject) -> Value) {
        t.dict[name] = .object(PyProperty(getter: .object(PyBuiltinFunction(name) { _, a in
            guard case .object(let o) = a[0] else { return .none }
            return get(o)
        })))
    }

    func classMethod(_ t: PyType, _ name: String, _ body: @escaping BuiltinBody) {
        t.dict[name] = .object(PyClassMethod(.object(PyBuiltinFunction(name, body))))
    }

    /// Instances are immutable: no attribute can be set.
    func immutable(_ t: PyType) {
        defineMethod(t, "__setattr__") { interp, a in
            let name = try a[1].asStr("attribute name").string
            if pyType(a[0]).lookup(name) != nil {
                throw PyException.attributeError("attribute '\(name)' of '\(typeName(a[0]))' objects is not writable")
            }
            throw PyException.attributeError("'\(typeName(a[0]))' object has no attribute '\(name)'")
        }
        defineMethod(t, "__delattr__") { interp, a in
            let name = try a[1].asStr("attribute name").string
            throw PyException.attributeError("'\(typeName(a[0]))' object has no attribute '\(name)'")
        }
    }

    /// The current UTC time as (microseconds since 0001-01-01).
    func nowMicroseconds() -> BigInt {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let epochUs = BigInt(ts.tv_sec) * 1_000_000 + BigInt(ts.tv_nsec / 1000)
        return BigInt(719_162) * usPerDay + epochUs
    }

    /// Microseconds since 0001-01-01 for a POSIX timestamp, rounded half-even.
    func timestampMicroseconds(_ interp: Interp, _ v: Value) throws -> BigInt {
        let epoch = BigInt(719_162) * usPerDay
        if let i = v.bigInt { return epoch + i * 1_000_000 }
        let d = try interp.floatArgument(v)
        if d.isNaN { throw PyException.valueError("Invalid value NaN (not a number)") }
        if !d.isFinite || abs(d) > 1e14 { throw PyException.overflow("timestamp out of range for platform time_t") }
        // As _PyTime_DoubleToDenominator: the fraction scaled in double, rounded half-even.
        var seconds = d.rounded(.towardZero)
        var us = ((d - seconds) * 1e6).rounded(.toNearestOrEven)
        if us >= 1e6 { us -= 1e6; seconds += 1 }
        if us < 0 { us += 1e6; seconds -= 1 }
        return epoch + BigInt(seconds) * 1_000_000 + BigInt(us)
    }
}

// MARK: timedelta

extension DatetimeModule {
    func asTimedelta(_ v: Value) -> PyTimedelta? {
        if case .object(let o) = v, let t = o as? PyTimedelta { return t }
        return nil
    }

    func installTimedelta() {
        let t = timedeltaType
        let names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
        let factors: [Int64] = [86_400_000_000, 1_000_000, 1, 1000, 60_000_000, 3_600_000_000, 604_800_000_000]
        // CPython accumulates in the order us, ms, s, min, h, d, w.
        let order = [2, 3, 1, 4, 5, 0, 6]
        t.constructor = { [unowned self] interp, type, args in
            let slots = try args.bindDef("timedelta", names, defaults: names.count).slots
            var total = BigInt(0)
            var leftover = 0.0
            for i in order {
                guard let v = slots[i] else { continue }
                let factor = factors[i]
                switch v {
                case .int, .big, .bool:
                    total += v.bigInt! * BigInt(factor)
                case .float(let d):
                    let intPart = d.rounded(.towardZero)
                    var frac = d - intPart
                    guard let ip = BigInt(exactly: intPart) else {
                        throw PyException.overflow("cannot convert float \(d.isNaN ? "NaN" : "infinity") to integer")
                    }
                    total += ip * BigInt(factor)
                    if frac != 0 {
                        let scaled = Double(factor) * frac
                        let whole = scaled.rounded(.towardZero)
                        frac = scaled - whole
                        total += BigInt(whole)
                        leftover += frac
                    }
                default:
                    throw PyException.typeError("unsupported type for timedelta \(names[i]) component: \(typeName(v))")
                }
            }
            if leftover != 0 {
                var whole = leftover.rounded()
                if abs(whole - leftover) == 0.5 {
                    let odd: Double = total.isMultiple(of: 2) ? 0 : 1
                    whole = 2.0 * ((leftover + odd) * 0.5).rounded() - odd
                }
                total += BigInt(whole)
            }
            let r = try self.timedelta(total)
            return .object(type === self.timedeltaType ? r : PyTimedelta(cls: type, days: r.days, seconds: r.seconds, microseconds: r.microseconds))
        }
        property(t, "days") { .int(($0 as! PyTimedelta).days) }
        property(t, "seconds") { .int(($0 as! PyTimedelta).seconds) }
        property(t, "microseconds") { .int(($0 as! PyTimedelta).microseconds) }
        immutable(t)
        defineMethod(t, "total_seconds") { [unowned self] _, a in
            guard let d = self.asTimedelta(a[0]) else { return .none }
            return .float(ratioToDouble(d.totalMicroseconds, 1_000_000))
        }
        defineMethod(t, "__repr__") { [unowned self] _, a in .str(PyStr(self.timedeltaRepr(self.asTimedelta(a[0])!))) }
        defineMethod(t, "__str__") { [unowned self] _, a in .str(PyStr(self.timedeltaStr(self.asTimedelta(a[0])!))) }
        defineMethod(t, "__bool__") { [unowned self] _, a in
            let d = self.asTimedelta(a[0])!
            return .bool(d.days != 0 || d.seconds != 0 || d.microseconds != 0)
        }
        defineMethod(t, "__hash__") { [unowned self] interp, a in
            let d = self.asTimedelta(a[0])!
            return .int(try interp.hash(.tuple(PyTuple([.int(d.days), .int(d.seconds), .int(d.microseconds)]))))
        }
        defineMethod(t, "__eq__") { [unowned self] _, a in
            guard let x = self.asTimedelta(a[0]), let y = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
            return .bool(x.totalMicroseconds == y.totalMicroseconds)
        }
        for (name, op) in [("__lt__", Interp.Ordering.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            defineMethod(t, name) { [unowned self] _, a in
                guard let x = self.asTimedelta(a[0]), let y = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
                return .bool(Interp.apply(op, x.totalMicroseconds, y.totalMicroseconds))
            }
        }
        defineMethod(t, "__neg__") { [unowned self] _, a in .object(try self.timedelta(-self.asTimedelta(a[0])!.totalMicroseconds)) }
        defineMethod(t, "__pos__") { _, a in a[0] }
        defineMethod(t, "__abs__") { [unowned self] _, a in
            let d = self.asTimedelta(a[0])!
            return d.days < 0 ? .object(try self.timedelta(-d.totalMicroseconds)) : a[0]
        }
        defineMethod(t, "__add__") { [unowned self] interp, a in
            guard let x = self.asTimedelta(a[0]) else { return BuiltinTypes.notImplemented }
            if let y = self.asTimedelta(a[1]) { return .object(try self.timedelta(x.totalMicroseconds + y.totalMicroseconds)) }
            if case .object(let o) = a[1], o is PyDate { return try interp.binary(.add, a[1], a[0]) }
            return BuiltinTypes.notImplemented
        }
        defineMethod(t, "__radd__") { [unowned self] interp, a in
            guard let x = self.asTimedelta(a[0]), let y = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
            return .object(try self.timedelta(x.totalMicroseconds + y.totalMicroseconds))
        }
        defineMethod(t, "__sub__") { [unowned self] _, a in
            guard let x = self.asTimedelta(a[0]), let y = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
            return .object(try self.timedelta(x.totalMicroseconds - y.totalMicroseconds))
        }
        defineMethod(t, "__rsub__") { [unowned self] _, a in
            guard let x = self.asTimedelta(a[0]), let y = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
            return .object(try self.timedelta(y.totalMicroseconds - x.totalMicroseconds))
        }
        let multiply: BuiltinBody = { [unowned self] _, a in
            guard let x = self.asTimedelta(a[0]) else { return BuiltinTypes.notImplemented }
            switch a[1] {
            case .int, .big, .bool: return .object(try self.timedelta(x.totalMicroseconds * a[1].bigInt!))
            case .float(let f):
                guard f.isFinite else { throw PyException.valueError("cannot convert float \(f.isNaN ? "NaN" : "infinity") to integer ratio") }
                let r = Rational(exactly: f)
                return .object(try self.timedelta(divideNearest(x.totalMicroseconds * r.num, r.den)))
            default: return BuiltinTypes.notImplemented
            }
        }
        defineMethod(t, "__mul__", multiply)
        defineMethod(t, "__rmul__", multiply)
        defineMethod(t, "__truediv__") { [unowned self] _, a in
            guard let x = self.asTimedelta(a[0]) else { return BuiltinTypes.notImplemented }
            if let y = self.asTimedelta(a[1]) {
                if y.totalMicroseconds.isZero { throw PyException.zeroDivision("division by zero") }
                return .float(ratioToDouble(x.totalMicroseconds, y.totalMicroseconds))
            }
            switch a[1] {
            case .int, .big, .bool:
                let n = a[1].bigInt!
                if n.isZero { throw PyException.zeroDivision("integer division or modulo by zero") }
                return .object(try self.timedelta(divideNearest(x.totalMicroseconds, n)))
            case .float(let f):
                if f == 0 { throw PyException.zeroDivision("float division by zero") }
                guard f.isFinite else { throw PyException.valueError("cannot convert float \(f.isNaN ? "NaN" : "infinity") to integer ratio") }
                let r = Rational(exactly: f)
                return .object(try self.timedelta(divideNearest(x.totalMicroseconds * r.den, r.num)))
            default: return BuiltinTypes.notImplemented
            }
        }
        defineMethod(t, "__floordiv__") { [unowned self] _, a in
            guard let x = self.asTimedelta(a[0]) else { return BuiltinTypes.notImplemented }
            if let y = self.asTimedelta(a[1]) {
                if y.totalMicroseconds.isZero { throw PyException.zeroDivision("integer division or modulo by zero") }
                return .integer(floorDivMod(x.totalMicroseconds, y.totalMicroseconds).0)
            }
            if let n = a[1].bigInt {
                if n.isZero { throw PyException.zeroDivision("integer division or modulo by zero") }
                return .object(try self.timedelta(floorDivMod(x.totalMicroseconds, n).0))
            }
            return BuiltinTypes.notImplemented
        }
        defineMethod(t, "__mod__") { [unowned self] _, a in
            guard let x = self.asTimedelta(a[0]), let y = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
            if y.totalMicroseconds.isZero { throw PyException.zeroDivision("integer modulo by zero") }
            return .object(try self.timedelta(floorDivMod(x.totalMicroseconds, y.totalMicroseconds).1))
        }
        defineMethod(t, "__divmod__") { [unowned self] _, a in
            guard let x = self.asTimedelta(a[0]), let y = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
            if y.totalMicroseconds.isZero { throw PyException.zeroDivision("integer division or modulo by zero") }
            let (q, r) = floorDivMod(x.totalMicroseconds, y.totalMicroseconds)
            return .tuple(PyTuple([.integer(q), .object(try self.timedelta(r))]))
        }
        t.dict["min"] = .object(PyTimedelta(cls: t, days: -999_999_999, seconds: 0, microseconds: 0))
        t.dict["max"] = .object(PyTimedelta(cls: t, days: 999_999_999, seconds: 86399, microseconds: 999_999))
        t.dict["resolution"] = .object(PyTimedelta(cls: t, days: 0, seconds: 0, microseconds: 1))
    }
}

// MARK: date

extension DatetimeModule {
    func asDate(_ v: Value) -> PyDate? {
        if case .object(let o) = v, let d = o as? PyDate { return d }
        return nil
    }

    func isDateOnly(_ v: Value) -> Bool {
        if case .object(let o) = v { return o is PyDate && !(o is PyDateTime) }
        return false
    }

    func fromOrdinal(_ n: Int, type: PyType? = nil) throws -> PyDate {
        if n < 1 || n > maxOrdinal { throw PyException.overflow("date value out of range") }
        let (y, m, d) = ordinalToYMD(n)
        return PyDate(cls: type ?? dateType, year: y, month: m, day: d)
    }

    func installDate() {
        let t = dateType
        t.constructor = { [unowned self] interp, type, args in
            let (p, _) = try args.bindDefC("date", ["year", "month", "day"], required: 3, keywordOnly: [])
            return .object(try self.date(try self.intArg(interp, p[0]!), try self.intArg(interp, p[1]!),
                                         try self.intArg(interp, p[2]!), type: type))
        }
        property(t, "year") { .int(($0 as! PyDate).year) }
        property(t, "month") { .int(($0 as! PyDate).month) }
        property(t, "day") { .int(($0 as! PyDate).day) }
        immutable(t)
        classMethod(t, "today") { [unowned self] _, a in
            let now = try self.datetime(microseconds: self.nowMicroseconds(), tz: .none)
            return .object(PyDate(cls: self.dateType, year: now.year, month: now.month, day: now.day))
        }
        classMethod(t, "fromordinal") { [unowned self] interp, a in
            try a.expect("fromordinal", 2)
            return .object(try self.fromOrdinal(try self.intArg(interp, a[1])))
        }
        classMethod(t, "fromtimestamp") { [unowned self] interp, a in
            try a.expect("fromtimestamp", 2)
            let dt = try self.datetime(microseconds: try self.timestampMicroseconds(interp, a[1]), tz: .none)
            return .object(PyDate(cls: self.dateType, year: dt.year, month: dt.month, day: dt.day))
        }
        classMethod(t, "fromisoformat") { [unowned self] interp, a in
            try a.expect("fromisoformat", 2)
            guard case .str(let s) = a[1] else {
                throw PyException.typeError("fromisoformat: argument must be str")
            }
            guard let (y, m, d) = parseISODate(Array(s.string.unicodeScalars.map { $0.value })) else {
                throw PyException.valueError("Invalid isoformat string: \(s.repr().string)")
            }
            return .object(try self.date(y, m, d))
        }
        classMethod(t, "fromisocalendar") { [unowned self] interp, a in
            try a.expect("fromisocalendar", 4)
            let y = try self.intArg(interp, a[1]), w = try self.intArg(interp, a[2]), d = try self.intArg(interp, a[3])
            return .object(try self.fromISOCalendar(y, w, d))
        }
        defineMethod(t, "toordinal") { [unowned self] _, a in .int(self.asDate(a[0])!.ordinal) }
        defineMethod(t, "weekday") { [unowned self] _, a in .int((self.asDate(a[0])!.ordinal + 6) % 7) }
        defineMethod(t, "isoweekday") { [unowned self] _, a in .int((self.asDate(a[0])!.ordinal + 6) % 7 + 1) }
        defineMethod(t, "isocalendar") { [unowned self] _, a in
            let d = self.asDate(a[0])!
            let (y, w, wd) = isoCalendar(d.year, d.month, d.day)
            return makeRecord(self.isoCalendarType, ["year", "week", "weekday"], [.int(y), .int(w), .int(wd)])
        }
        defineMethod(t, "isoformat") { [unowned self] _, a in
            if a.count > 1 { throw PyException.typeError("date.isoformat() takes no arguments (\(a.count - 1) given)") }
            return .str(PyStr(self.dateText(self.asDate(a[0])!)))
        }
        defineMethod(t, "__str__") { [unowned self] interp, a in
            try interp.call(try interp.getAttribute(a[0], "isoformat"), Arguments())
        }
        defineMethod(t, "__repr__") { [unowned self] _, a in
            let d = self.asDate(a[0])!
            return .str(PyStr("datetime.\(d.cls.name)(\(d.year), \(d.month), \(d.day))"))
        }
        defineMethod(t, "ctime") { [unowned self] interp, a in
            .str(PyStr(formatTime(PyStr("%a %b %e %H:%M:%S %Y"), try self.fields(interp, a[0]))))
        }
        defineMethod(t, "strftime") { [unowned self] interp, a in
            let p = try a.bind("strftime", ["self", "format"], required: 2)
            let fmt = try p[1]!.asStr("strftime() argument 1")
            return .str(PyStr(formatTime(fmt, try self.fields(interp, a[0]))))
        }
        defineMethod(t, "__format__") { [unowned self] interp, a in
            try a.expect("__format__", 2)
            guard case .str(let fmt) = a[1] else {
                throw PyException.typeError("__format__() argument 1 must be str, not \(typeName(a[1]))")
            }
            if fmt.count == 0 { return .str(PyStr(try interp.str(a[0]))) }
            return try interp.call(try interp.getAttribute(a[0], "strftime"), Arguments([a[1]]))
        }
        defineMethod(t, "timetuple") { [unowned self] interp, a in
            let f = try self.fields(interp, a[0])
            return self.structTime(f, isdst: -1)
        }
        defineMethod(t, "replace") { [unowned self] interp, a in
            let d = self.asDate(a[0])!
            let p = try a.bind("replace", ["self", "year", "month", "day"], required: 1)
            return .object(try self.date(try p[1].map { try self.intArg(interp, $0) } ?? d.year,
                                         try p[2].map { try self.intArg(interp, $0) } ?? d.month,
                                         try p[3].map { try self.intArg(interp, $0) } ?? d.day, type: d.cls))
        }
        defineMethod(t, "__hash__") { [unowned self] interp, a in
            .int(try interp.hash(.int(self.asDate(a[0])!.ordinal)))
        }
        defineMethod(t, "__eq__") { [unowned self] _, a in
            guard self.isDateOnly(a[0]), self.isDateOnly(a[1]) else { return BuiltinTypes.notImplemented }
            return .bool(self.asDate(a[0])!.ordinal == self.asDate(a[1])!.ordinal)
        }
        for (name, op) in [("__lt__", Interp.Ordering.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            defineMethod(t, name) { [unowned self] _, a in
                guard self.isDateOnly(a[0]), self.isDateOnly(a[1]) else { return BuiltinTypes.notImplemented }
                return .bool(Interp.apply(op, self.asDate(a[0])!.ordinal, self.asDate(a[1])!.ordinal))
            }
        }
        defineMethod(t, "__add__") { [unowned self] _, a in
            guard self.isDateOnly(a[0]), let td = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
            let d = self.asDate(a[0])!
            return .object(try self.fromOrdinal(d.ordinal + td.days, type: d.cls))
        }
        defineMethod(t, "__radd__") { [unowned self] _, a in
            guard self.isDateOnly(a[0]), let td = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
            let d = self.asDate(a[0])!
            return .object(try self.fromOrdinal(d.ordinal + td.days, type: d.cls))
        }
        defineMethod(t, "__sub__") { [unowned self] _, a in
            guard self.isDateOnly(a[0]) else { return BuiltinTypes.notImplemented }
            let d = self.asDate(a[0])!
            if let td = self.asTimedelta(a[1]) { return .object(try self.fromOrdinal(d.ordinal - td.days, type: d.cls)) }
            if self.isDateOnly(a[1]) {
                return .object(try self.timedelta(BigInt(d.ordinal - self.asDate(a[1])!.ordinal) * usPerDay))
            }
            return BuiltinTypes.notImplemented
        }
        t.dict["min"] = .object(PyDate(cls: t, year: 1, month: 1, day: 1))
        t.dict["max"] = .object(PyDate(cls: t, year: 9999, month: 12, day: 31))
        t.dict["resolution"] = .object(PyTimedelta(cls: timedeltaType, days: 1, seconds: 0, microseconds: 0))
    }

    func fromISOCalendar(_ year: Int, _ week: Int, _ day: Int) throws -> PyDate {
        if year < 1 || year > 9999 { throw PyException.valueError("Year is out of range: \(year)") }
        if week <= 0 || week >= 53 {
            var outOfRange = true
            if week == 53 {
                let firstWeekday = (ymdToOrdinal(year, 1, 1) + 6) % 7
                if firstWeekday == 3 || (firstWeekday == 2 && isLeapYear(year)) { outOfRange = false }
            }
            if outOfRange { throw PyException.valueError("Invalid week: \(week)") }
        }
        if day <= 0 || day > 7 { throw PyException.valueError("Invalid weekday: \(day) (range is [1, 7])") }
        let ordinal = isoWeek1Monday(year) + (week - 1) * 7 + (day - 1)
        return try fromOrdinal(ordinal)
    }
}

/// YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D] (3.11's date.fromisoformat).
private func parseISODate(_ s: [UInt32]) -> (Int, Int, Int)? {
    func num(_ r: Range<Int>) -> Int? {
        guard r.upperBound <= s.count else { return nil }
        var v = 0
        for k in r {
            guard s[k] >= 48 && s[k] <= 57 else { return nil }
            v = v * 10 + Int(s[k] - 48)
        }
        return v
    }
    guard s.count >= 7, let year = num(0..<4) else { return nil }
    let dash = s[4] == 45
    var p = dash ? 5 : 4
    if p < s.count && s[p] == 87 {   // 'W'
        p += 1
        guard let week = num(p..<(p + 2)) else { return nil }
        p += 2
        var day = 1
        if p < s.count {
            if dash {
                guard s[p] == 45 else { return nil }
                p += 1
            }
            guard let d = num(p..<(p + 1)) else { return nil }
            day = d
            p += 1
        }
        guard p == s.count, week >= 1, week <= 53, day >= 1, day <= 7 else { return nil }
        let ordinal = isoWeek1MondayPublic(year) + (week - 1) * 7 + (day - 1)
        if ordinal < 1 || ordinal > maxOrdinal { return nil }
        return ordinalToYMD(ordinal)
    }
    guard let month = num(p..<(p + 2)) else { return nil }
    p += 2
    if dash {
        guard p < s.count, s[p] == 45 else { return nil }
        p += 1
    }
    guard let day = num(p..<(p + 2)), p + 2 == s.count else { return nil }
    return (year, month, day)
}

private func isoWeek1MondayPublic(_ year: Int) -> Int {
    let first = ymdToOrdinal(year, 1, 1)
    let firstWeekday = (first + 6) % 7
    return first - firstWeekday + (firstWeekday > 3 ? 7 : 0)
}

/// HH[:MM[:SS[.fff[fff]]]] (or the compact forms) with an optional UTC offset, as
/// 3.11's time parser: (hour, minute, second, microsecond, offset in microseconds or nil).
private func parseISOTime(_ s: [UInt32]) -> (Int, Int, Int, Int, BigInt?)? {
    var end = s.count
    var offset: BigInt?
    if let tzPos = s.firstIndex(where: { $0 == 43 || $0 == 45 || $0 == 90 }) {
        end = tzPos
        if s[tzPos] == 90 {
            guard tzPos == s.count - 1 else { return nil }
            offset = 0
        } else {
            guard let (h, m, sec, us) = parseClock(Array(s[(tzPos + 1)...])) else { return nil }
            var total = BigInt(((h * 60 + m) * 60 + sec) * 1_000_000 + us)
            if s[tzPos] == 45 { total = -total }
            offset = total
        }
    }
    guard let (h, m, sec, us) = parseClock(Array(s[0..<end])) else { return nil }
    return (h, m, sec, us, offset)
}

private func parseClock(_ s: [UInt32]) -> (Int, Int, Int, Int)? {
    var p = 0
    var parts: [Int] = []
    var hasColon: Bool?
    while parts.count < 3 {
        guard p + 2 <= s.count, s[p] >= 48, s[p] <= 57, s[p + 1] >= 48, s[p + 1] <= 57 else { return nil }
        parts.append(Int(s[p] - 48) * 10 + Int(s[p + 1] - 48))
        p += 2
        if p >= s.count { break }
        if s[p] == 58 {
            if hasColon == false { return nil }
            hasColon = true
            p += 1
        } else if s[p] == 46 || s[p] == 44 {
            break
        } else {
            if hasColon == true { return nil }
            hasColon = false
        }
    }
    var us = 0
    if p < s.count {
        guard parts.count == 3, s[p] == 46 || s[p] == 44 else { return nil }
        p += 1
        var digits = 0
        var value = 0
        while p < s.count, s[p] >= 48, s[p] <= 57 {
            if digits < 6 { value = value * 10 + Int(s[p] - 48) }
            digits += 1
            p += 1
        }
        guard digits > 0, p == s.count else { return nil }
        for _ in digits..<6 where digits < 6 { value *= 10 }
        us = value
    }
    while parts.count < 3 { parts.append(0) }
    return (parts[0], parts[1], parts[2], us)
}

// MARK: datetime

extension DatetimeModule {
    func asDateTime(_ v: Value) -> PyDateTime? {
        if case .object(let o) = v, let d = o as? PyDateTime { return d }
        return nil
    }

    /// UTC microseconds of an aware datetime, or wall microseconds of a naive one.
    func comparable(_ interp: Interp, _ d: PyDateTime) throws -> (BigInt, Bool) {
        if let off = try utcoffset(interp, d.tzinfo, .object(d)) { return (d.localMicroseconds - off.totalMicroseconds, true) }
        return (d.localMicroseconds, false)
    }

    func installDatetime() {
        let t = datetimeType
        let argNames = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"]
        t.constructor = { [unowned self] interp, type, args in
            let (p, _) = try args.bindDefC("datetime", argNames, required: 3, keywordOnly: ["fold"])
            var ints: [Int] = []
            for i in 0..<7 { ints.append(try p[i].map { try self.intArg(interp, $0) } ?? 0) }
            let fold = try p[8].map { try self.intArg(interp, $0) } ?? 0
            return .object(try self.datetime(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], ints[6],
                                             tz: p[7] ?? .none, fold: fold, type: type))
        }
        property(t, "hour") { .int(($0 as! PyDateTime).hour) }
        property(t, "minute") { .int(($0 as! PyDateTime).minute) }
        property(t, "second") { .int(($0 as! PyDateTime).second) }
        property(t, "microsecond") { .int(($0 as! PyDateTime).microsecond) }
        property(t, "tzinfo") { ($0 as! PyDateTime).tzinfo }
        property(t, "fold") { .int(($0 as! PyDateTime).fold) }
        classMethod(t, "now") { [unowned self] interp, a in
            let p = try a.bind("now", ["cls", "tz"], required: 1)
            let tz = p[1] ?? .none
            try self.checkTzinfo(tz)
            return try self.fromUTC(interp, self.nowMicroseconds(), tz, type: self.asType(a[0]))
        }
        classMethod(t, "utcnow") { [unowned self] _, a in
            .object(try self.datetime(microseconds: self.nowMicroseconds(), tz: .none, type: self.asType(a[0])))
        }
        classMethod(t, "today") { [unowned self] _, a in
            .object(try self.datetime(microseconds: self.nowMicroseconds(), tz: .none, type: self.asType(a[0])))
        }
        classMethod(t, "fromtimestamp") { [unowned self] interp, a in
            let p = try a.bind("fromtimestamp", ["cls", "timestamp", "tz"], required: 2)
            let tz = p[2] ?? .none
            try self.checkTzinfo(tz)
            return try self.fromUTC(interp, try self.timestampMicroseconds(interp, p[1]!), tz, type: self.asType(a[0]))
        }
        classMethod(t, "utcfromtimestamp") { [unowned self] interp, a in
            try a.expect("utcfromtimestamp", 2)
            return .object(try self.datetime(microseconds: try self.timestampMicroseconds(interp, a[1]), tz: .none))
        }
        classMethod(t, "fromordinal") { [unowned self] interp, a in
            try a.expect("fromordinal", 2)
            let d = try self.fromOrdinal(try self.intArg(interp, a[1]))
            return .object(try self.datetime(d.year, d.month, d.day))
        }
        classMethod(t, "combine") { [unowned self] interp, a in
            let p = try a.bind("combine", ["cls", "date", "time", "tzinfo"], required: 3)
            guard let d = self.asDate(p[1]!) else {
                throw PyException.typeError("combine() argument 1 must be datetime.date, not \(typeName(p[1]!))")
            }
            guard case .object(let o) = p[2]!, let tm = o as? PyTimeOfDay else {
                throw PyException.typeError("combine() argument 2 must be datetime.time, not \(typeName(p[2]!))")
            }
            return .object(try self.datetime(d.year, d.month, d.day, tm.hour, tm.minute, tm.second, tm.microsecond,
                                             tz: p[3] ?? tm.tzinfo, fold: tm.fold, type: self.asType(a[0])))
        }
        classMethod(t, "fromisoformat") { [unowned self] interp, a in
            try a.expect("fromisoformat", 2)
            guard case .str(let s) = a[1] else { throw PyException.typeError("fromisoformat: argument must be str") }
            let cps = Array(s.string.unicodeScalars.map { $0.value })
            let invalid = PyException.valueError("Invalid isoformat string: \(s.repr().string)")
            // The date part: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D].
            func at(_ i: Int) -> UInt32 { i < cps.count ? cps[i] : 0 }
            var dateLength = 8
            if at(4) == 45 && at(5) == 87 {
                dateLength = at(8) == 45 ? 10 : 8
            } else if at(4) == 87 {
                dateLength = at(7) >= 48 && at(7) <= 57 ? 8 : 7
            } else if at(4) == 45 {
                dateLength = 10
            }
            guard cps.count >= 7 else { throw invalid }
            dateLength = min(dateLength, cps.count)
            guard let (y, m, d) = parseISODate(Array(cps[0..<dateLength])) else { throw invalid }
            var h = 0, mi = 0, sec = 0, us = 0
            var tz: Value = .none
            if dateLength < cps.count {
                guard let (hh, mm, ss, uu, off) = parseISOTime(Array(cps[(dateLength + 1)...])) else { throw invalid }
                (h, mi, sec, us) = (hh, mm, ss, uu)
                if let off = off { tz = .object(try self.timezone(try self.timedelta(off), nil)) }
            }
            if h == 24 && mi == 0 && sec == 0 && us == 0 { throw invalid }
            return .object(try self.datetime(y, m, d, h, mi, sec, us, tz: tz, type: self.asType(a[0])))
        }
        classMethod(t, "strptime") { [unowned self] interp, a in
            try a.expect("strptime", 3)
            let r = try parseStrptime(interp, a[1], a[2])
            var tz: Value = .none
            if let off = r.gmtoff {
                let delta = try self.timedelta(BigInt(off) * 1_000_000 + BigInt(r.gmtoffFraction))
                tz = .object(try self.timezone(delta, r.tzname.flatMap { $0.isEmpty ? nil : $0 }))
            }
            return .object(try self.datetime(r.year, r.month, r.day, r.hour, r.minute, r.second, r.fraction, tz: tz,
                                             type: self.asType(a[0])))
        }
        defineMethod(t, "date") { [unowned self] _, a in
            let d = self.asDateTime(a[0])!
            return .object(PyDate(cls: self.dateType, year: d.year, month: d.month, day: d.day))
        }
        defineMethod(t, "time") { [unowned self] _, a in
            let d = self.asDateTime(a[0])!
            return .object(PyTimeOfDay(cls: self.timeType, hour: d.hour, minute: d.minute, second: d.second,
                                       microsecond: d.microsecond, tzinfo: .none, fold: d.fold))
        }
        defineMethod(t, "timetz") { [unowned self] _, a in
            let d = self.asDateTime(a[0])!
            return .object(PyTimeOfDay(cls: self.timeType, hour: d.hour, minute: d.minute, second: d.second,
                                       microsecond: d.microsecond, tzinfo: d.tzinfo, fold: d.fold))
        }
        defineMethod(t, "utcoffset") { [unowned self] interp, a in
            let d = self.asDateTime(a[0])!
            return try self.utcoffset(interp, d.tzinfo, a[0]).map { .object($0) } ?? .none
        }
        defineMethod(t, "tzname") { [unowned self] interp, a in
            try self.tzname(interp, self.asDateTime(a[0])!.tzinfo, a[0])
        }
        defineMethod(t, "dst") { _, _ in .none }
        defineMethod(t, "timestamp") { [unowned self] interp, a in
            let d = self.asDateTime(a[0])!
            let (us, _) = try self.comparable(interp, d)
            return .float(ratioToDouble(us - BigInt(719_162) * usPerDay, 1_000_000))
        }
        defineMethod(t, "astimezone") { [unowned self] interp, a in
            let p = try a.bind("astimezone", ["self", "tz"], required: 1)
            let d = self.asDateTime(a[0])!
            let (us, _) = try self.comparable(interp, d)
            let tz = p[1].flatMap { $0.isNone ? nil : $0 } ?? .object(self.utc)
            try self.checkTzinfo(tz)
            return try self.fromUTC(interp, us, tz, type: d.cls)
        }
        defineMethod(t, "isoformat") { [unowned self] interp, a in
            let p = try a.bind("isoformat", ["self", "sep", "timespec"], required: 1)
            var sep = "T"
            if let s = p[1] {
                guard case .str(let ss) = s, ss.count == 1 else {
                    throw PyException.typeError("isoformat() argument 1 must be a unicode character, not \(typeName(s))")
                }
                sep = ss.string
            }
            let spec = try p[2].map { try $0.asStr("timespec").string } ?? "auto"
            return .str(PyStr(try self.isoformat(interp, self.asDateTime(a[0])!, sep: sep, timespec: spec)))
        }
        defineMethod(t, "__str__") { [unowned self] interp, a in
            .str(PyStr(try self.isoformat(interp, self.asDateTime(a[0])!, sep: " ", timespec: "auto")))
        }
        defineMethod(t, "__repr__") { [unowned self] interp, a in
            let d = self.asDateTime(a[0])!
            var s = "datetime.\(d.cls.name)(\(d.year), \(d.month), \(d.day), \(d.hour), \(d.minute)"
            if d.second != 0 || d.microsecond != 0 { s += ", \(d.second)" }
            if d.microsecond != 0 { s += ", \(d.microsecond)" }
            if !d.tzinfo.isNone { s += ", tzinfo=" + (try interp.repr(d.tzinfo)) }
            if d.fold != 0 { s += ", fold=1" }
            return .str(PyStr(s + ")"))
        }
        defineMethod(t, "timetuple") { [unowned self] interp, a in
            self.structTime(try self.fields(interp, a[0]), isdst: -1)
        }
        defineMethod(t, "utctimetuple") { [unowned self] interp, a in
            let d = self.asDateTime(a[0])!
            let (us, _) = try self.comparable(interp, d)
            return self.structTime(try self.fields(interp, .object(try self.datetime(microseconds: us, tz: .none))), isdst: 0)
        }
        defineMethod(t, "replace") { [unowned self] interp, a in
            let d = self.asDateTime(a[0])!
            let (p, _) = try a.bindDefC("replace", ["self"] + argNames, required: 1, keywordOnly: ["fold"])
            func v(_ i: Int, _ current: Int) throws -> Int { try p[i].map { try self.intArg(interp, $0) } ?? current }
            return .object(try self.datetime(try v(1, d.year), try v(2, d.month), try v(3, d.day), try v(4, d.hour),
                                             try v(5, d.minute), try v(6, d.second), try v(7, d.microsecond),
                                             tz: p[8] ?? d.tzinfo, fold: try v(9, d.fold), type: d.cls))
        }
        defineMethod(t, "__hash__") { [unowned self] interp, a in
            let (us, _) = try self.comparable(interp, self.asDateTime(a[0])!)
            return .int(us.hashValue)
        }
        defineMethod(t, "__eq__") { [unowned self] interp, a in
            guard let x = self.asDateTime(a[0]) else { return BuiltinTypes.notImplemented }
            guard let y = self.asDateTime(a[1]) else {
                return self.asDate(a[1]) != nil ? .false : BuiltinTypes.notImplemented
            }
            let (ux, ax) = try self.comparable(interp, x), (uy, ay) = try self.comparable(interp, y)
            if ax != ay { return .false }
            return .bool(ux == uy)
        }
        for (name, op) in [("__lt__", Interp.Ordering.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            defineMethod(t, name) { [unowned self] interp, a in
                guard let x = self.asDateTime(a[0]) else { return BuiltinTypes.notImplemented }
                guard let y = self.asDateTime(a[1]) else {
                    if self.asDate(a[1]) != nil {
                        throw PyException.typeError("can't compare \(typeName(a[0])) to \(typeName(a[1]))")
                    }
                    return BuiltinTypes.notImplemented
                }
                let (ux, ax) = try self.comparable(interp, x), (uy, ay) = try self.comparable(interp, y)
                if ax != ay { throw PyException.typeError("can't compare offset-naive and offset-aware datetimes") }
                return .bool(Interp.apply(op, ux, uy))
            }
        }
        let add: BuiltinBody = { [unowned self] _, a in
            guard let d = self.asDateTime(a[0]), let td = self.asTimedelta(a[1]) else { return BuiltinTypes.notImplemented }
            return .object(try self.shifted(d, td.totalMicroseconds))
        }
        defineMethod(t, "__add__", add)
        defineMethod(t, "__radd__", add)
        defineMethod(t, "__sub__") { [unowned self] interp, a in
            guard let d = self.asDateTime(a[0]) else { return BuiltinTypes.notImplemented }
            if let td = self.asTimedelta(a[1]) { return .object(try self.shifted(d, -td.totalMicroseconds)) }
            guard let other = self.asDateTime(a[1]) else { return BuiltinTypes.notImplemented }
            let (ux, ax) = try self.comparable(interp, d), (uy, ay) = try self.comparable(interp, other)
            if ax != ay { throw PyException.typeError("can't subtract offset-naive and offset-aware datetimes") }
            if d.tzinfo.isIdentical(to: other.tzinfo) {
                return .object(try self.timedelta(d.localMicroseconds - other.localMicroseconds))
            }
            return .object(try self.timedelta(ux - uy))
        }
        t.dict["min"] = .object(PyDateTime(cls: t, year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0,
                                           microsecond: 0, tzinfo: .none, fold: 0))
        t.dict["max"] = .object(PyDateTime(cls: t, year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59,
                                           microsecond: 999_999, tzinfo: .none, fold: 0))
        t.dict["resolution"] = .object(PyTimedelta(cls: timedeltaType, days: 0, seconds: 0, microseconds: 1))
    }

    func asType(_ v: Value) -> PyType? {
        if case .object(let o) = v, let t = o as? PyType, t.isSubtype(of: datetimeType) { return t }
        return nil
    }

    func shifted(_ d: PyDateTime, _ us: BigInt) throws -> PyDateTime {
        try datetime(microseconds: d.localMicroseconds + us, tz: d.tzinfo, type: d.cls)
    }

    /// The datetime for a UTC instant: naive local time (UTC in the sandbox) without tz,
    /// else the wall time in tz.
    func fromUTC(_ interp: Interp, _ utcUs: BigInt, _ tz: Value, type: PyType?) throws -> Value {
        if tz.isNone { return .object(try datetime(microseconds: utcUs, tz: .none, type: type)) }
        let probe = try datetime(microseconds: utcUs, tz: tz, type: type)
        let off = try utcoffset(interp, tz, .object(probe))?.totalMicroseconds ?? 0
        return .object(try datetime(microseconds: utcUs + off, tz: tz, type: type))
    }

    func isoformat(_ interp: Interp, _ d: PyDateTime, sep: String, timespec: String) throws -> String {
        var s = dateText(d) + sep + (try timeText(d.hour, d.minute, d.second, d.microsecond, timespec: timespec))
        if let off = try utcoffset(interp, d.tzinfo, .object(d)) { s += formatOffset(off.totalMicroseconds, separator: ":") }
        return s
    }
}

// MARK: time

extension DatetimeModule {
    func asTime(_ v: Value) -> PyTimeOfDay? {
        if case .object(let o) = v, let t = o as? PyTimeOfDay { return t }
        return nil
    }

    func installTime() {
        let t = timeType
        let argNames = ["hour", "minute", "second", "microsecond", "tzinfo"]
        t.constructor = { [unowned self] interp, type, args in
            let (p, _) = try args.bindDefC("time", argNames, required: 0, keywordOnly: ["fold"])
            var ints: [Int] = []
            for i in 0..<4 { ints.append(try p[i].map { try self.intArg(interp, $0) } ?? 0) }
            let fold = try p[5].map { try self.intArg(interp, $0) } ?? 0
            try self.checkTime(ints[0], ints[1], ints[2], ints[3], fold)
            let tz = p[4] ?? .none
            try self.checkTzinfo(tz)
            return .object(PyTimeOfDay(cls: type, hour: ints[0], minute: ints[1], second: ints[2], microsecond: ints[3],
                                       tzinfo: tz, fold: fold))
        }
        property(t, "hour") { .int(($0 as! PyTimeOfDay).hour) }
        property(t, "minute") { .int(($0 as! PyTimeOfDay).minute) }
        property(t, "second") { .int(($0 as! PyTimeOfDay).second) }
        property(t, "microsecond") { .int(($0 as! PyTimeOfDay).microsecond) }
        property(t, "tzinfo") { ($0 as! PyTimeOfDay).tzinfo }
        property(t, "fold") { .int(($0 as! PyTimeOfDay).fold) }
        immutable(t)
        classMethod(t, "fromisoformat") { [unowned self] interp, a in
            try a.expect("fromisoformat", 2)
            guard case .str(let s) = a[1] else { throw PyException.typeError("fromisoformat: argument must be str") }
            var cps = Array(s.string.unicodeScalars.map { $0.value })
            if cps.first == 84 { cps.removeFirst() }
            guard let (h, m, sec, us, off) = parseISOTime(cps) else {
                throw PyException.valueError("Invalid isoformat string: \(s.repr().string)")
            }
            try self.checkTime(h, m, sec, us, 0)
            var tz: Value = .none
            if let off = off { tz = .object(try self.timezone(try self.timedelta(off), nil)) }
            return .object(PyTimeOfDay(cls: self.timeType, hour: h, minute: m, second: sec, microsecond: us, tzinfo: tz, fold: 0))
        }
        defineMethod(t, "isoformat") { [unowned self] interp, a in
            let p = try a.bind("isoformat", ["self", "timespec"], required: 1)
            let spec = try p[1].map { try $0.asStr("timespec").string } ?? "auto"
            return .str(PyStr(try self.timeIsoformat(interp, self.asTime(a[0])!, spec)))
        }
        defineMethod(t, "__str__") { [unowned self] interp, a in .str(PyStr(try self.timeIsoformat(interp, self.asTime(a[0])!, "auto"))) }
        defineMethod(t, "__repr__") { [unowned self] interp, a in
            let d = self.asTime(a[0])!
            var s = "datetime.\(d.cls.name)(\(d.hour), \(d.minute)"
            if d.second != 0 || d.microsecond != 0 { s += ", \(d.second)" }
            if d.microsecond != 0 { s += ", \(d.microsecond)" }
            if !d.tzinfo.isNone { s += ", tzinfo=" + (try interp.repr(d.tzinfo)) }
            if d.fold != 0 { s += ", fold=1" }
            return .str(PyStr(s + ")"))
        }
        defineMethod(t, "strftime") { [unowned self] interp, a in
            let p = try a.bind("strftime", ["self", "format"], required: 2)
            return .str(PyStr(formatTime(try p[1]!.asStr("strftime() argument 1"), try self.fields(interp, a[0]))))
        }
        defineMethod(t, "__format__") { [unowned self] interp, a in
            try a.expect("__format__", 2)
            guard case .str(let fmt) = a[1] else {
                throw PyException.typeError("__format__() argument 1 must be str, not \(typeName(a[1]))")
            }
            if fmt.count == 0 { return .str(PyStr(try interp.str(a[0]))) }
            return .str(PyStr(formatTime(fmt, try self.fields(interp, a[0]))))
        }
        defineMethod(t, "utcoffset") { [unowned self] interp, a in
            try self.utcoffset(interp, self.asTime(a[0])!.tzinfo, .none).map { .object($0) } ?? .none
        }
        defineMethod(t, "tzname") { [unowned self] interp, a in try self.tzname(interp, self.asTime(a[0])!.tzinfo, .none) }
        defineMethod(t, "replace") { [unowned self] interp, a in
            let d = self.asTime(a[0])!
            let (p, _) = try a.bindDefC("replace", ["self"] + argNames, required: 1, keywordOnly: ["fold"])
            func v(_ i: Int, _ current: Int) throws -> Int { try p[i].map { try self.intArg(interp, $0) } ?? current }
            let (h, m, s, us, fold) = (try v(1, d.hour), try v(2, d.minute), try v(3, d.second), try v(4, d.microsecond), try v(6, d.fold))
            try self.checkTime(h, m, s, us, fold)
            let tz = p[5] ?? d.tzinfo
            try self.checkTzinfo(tz)
            return .object(PyTimeOfDay(cls: d.cls, hour: h, minute: m, second: s, microsecond: us, tzinfo: tz, fold: fold))
        }
        func key(_ interp: Interp, _ v: Value) throws -> (Int, Bool)? {
            guard let x = self.asTime(v) else { return nil }
            if let off = try self.utcoffset(interp, x.tzinfo, .none) {
                return (x.dayMicroseconds - Int(off.totalMicroseconds), true)
            }
            return (x.dayMicroseconds, false)
        }
        defineMethod(t, "__hash__") { interp, a in .int(try key(interp, a[0])?.0 ?? 0) }
        defineMethod(t, "__eq__") { interp, a in
            guard let x = try key(interp, a[0]), let y = try key(interp, a[1]) else { return BuiltinTypes.notImplemented }
            return .bool(x.1 == y.1 && x.0 == y.0)
        }
        for (name, op) in [("__lt__", Interp.Ordering.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            defineMethod(t, name) { interp, a in
                guard let x = try key(interp, a[0]), let y = try key(interp, a[1]) else { return BuiltinTypes.notImplemented }
                if x.1 != y.1 { throw PyException.typeError("can't compare offset-naive and offset-aware times") }
                return .bool(Interp.apply(op, x.0, y.0))
            }
        }
        defineMethod(t, "__bool__") { _, _ in .true }
        t.dict["min"] = .object(PyTimeOfDay(cls: t, hour: 0, minute: 0, second: 0, microsecond: 0, tzinfo: .none, fold: 0))
        t.dict["max"] = .object(PyTimeOfDay(cls: t, hour: 23, minute: 59, second: 59, microsecond: 999_999, tzinfo: .none, fold: 0))
        t.dict["resolution"] = .object(PyTimedelta(cls: timedeltaType, days: 0, seconds: 0, microseconds: 1))
    }

    func timeIsoformat(_ interp: Interp, _ t: PyTimeOfDay, _ spec: String) throws -> String {
        var s = try timeText(t.hour, t.minute, t.second, t.microsecond, timespec: spec)
        if let off = try utcoffset(interp, t.tzinfo, .none) { s += formatOffset(off.totalMicroseconds, separator: ":") }
        return s
    }
}

// MARK: timezone

extension DatetimeModule {
    func installTimezone() {
        let t = timezoneType
        t.constructor = { [unowned self] interp, type, args in
            let p = try args.bind("timezone", ["offset", "name"], required: 1)
            guard let off = self.asTimedelta(p[0]!) else {
                throw PyException.typeError("timezone() argument 1 must be datetime.timedelta, not \(typeName(p[0]!))")
            }
            var name: String?
            if let n = p[1] {
                guard case .str(let s) = n else {
                    throw PyException.typeError("timezone() argument 2 must be str, not \(typeName(n))")
                }
                name = s.string
            }
            return .object(try self.timezone(off, name))
        }
        immutable(t)
        func zone(_ v: Value) -> PyTimezone? {
            if case .object(let o) = v, let z = o as? PyTimezone { return z }
            return nil
        }
        defineMethod(t, "utcoffset") { _, a in .object(zone(a[0])!.offset) }
        defineMethod(t, "dst") { _, _ in .none }
        defineMethod(t, "tzname") { [unowned self] _, a in .str(PyStr(self.timezoneName(zone(a[0])!))) }
        defineMethod(t, "fromutc") { [unowned self] interp, a in
            try a.expect("fromutc", 2)
            guard let d = self.asDateTime(a[1]) else { throw PyException.typeError("fromutc: argument must be a datetime") }
            return .object(try self.shifted(d, zone(a[0])!.offset.totalMicroseconds))
        }
        defineMethod(t, "__str__") { [unowned self] _, a in .str(PyStr(self.timezoneName(zone(a[0])!))) }
        defineMethod(t, "__repr__") { [unowned self] _, a in
            let z = zone(a[0])!
            if z === self.utc { return .str(PyStr("datetime.timezone.utc")) }
            var s = "datetime.timezone(" + self.timedeltaRepr(z.offset)
            if let n = z.name { s += ", " + PyStr(n).repr().string }
            return .str(PyStr(s + ")"))
        }
        defineMethod(t, "__eq__") { _, a in
            guard let x = zone(a[0]), let y = zone(a[1]) else { return BuiltinTypes.notImplemented }
            return .bool(x.offset.totalMicroseconds == y.offset.totalMicroseconds)
        }
        defineMethod(t, "__hash__") { interp, a in .int(zone(a[0])!.offset.totalMicroseconds.hashValue) }
        t.dict["utc"] = .object(utc)
        t.dict["min"] = .object(PyTimezone(cls: t, offset: PyTimedelta(cls: timedeltaType, days: -1, seconds: 60, microseconds: 0), name: nil))
        t.dict["max"] = .object(PyTimezone(cls: t, offset: PyTimedelta(cls: timedeltaType, days: 0, seconds: 86340, microseconds: 0), name: nil))
        // tzinfo: the abstract base user time zones derive from.
        let base = tzinfoType
        for name in ["utcoffset", "dst", "tzname"] {
            defineMethod(base, name) { _, a in
                throw PyException.notImplemented("a tzinfo subclass must implement \(name)()")
            }
        }
    }

    func structTime(_ f: TimeFields, isdst: Int) -> Value {
        makeStructTime(structTimeType, f, isdst: isdst)
    }
}

// MARK: time.struct_time (shared with the time module)

let structTimeFields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"]

func makeStructTimeType() -> PyType {
    makeRecordType("struct_time", module: "time", fields: structTimeFields, reprName: "time.struct_time",
                   messageName: "time.struct_time")
}

func makeStructTime(_ type: PyType, _ f: TimeFields, isdst: Int, zone: String? = nil, gmtoff: Int? = nil) -> Value {
    let values: [Value] = [.int(f.year), .int(f.month), .int(f.day), .int(f.hour), .int(f.minute), .int(f.second),
                           .int(f.weekday), .int(f.yday), .int(isdst)]
    return makeRecord(type, structTimeFields, values,
                      extra: [("tm_zone", zone.map { .str(PyStr($0)) } ?? .none), ("tm_gmtoff", gmtoff.map { .int($0) } ?? .none)])
}

extension Arguments {
    /// Binds like a C function with positional-or-keyword parameters (`names`, the first
    /// `required` of them mandatory) plus keyword-only ones, with CPython's C-level messages.
    func bindDefC(_ function: String, _ names: [String], required: Int, keywordOnly: [String]) throws -> ([Value?], Void) {
        if positional.count > names.count {
            throw PyException.typeError("\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(positional.count) given)")
        }
        let all = names + keywordOnly
        var out = [Value?](repeating: nil, count: all.count)
        for (i, v) in positional.enumerated() { out[i] = v }
        for (k, v) in keywords {
            guard let i = all.firstIndex(of: k) else {
                throw PyException.typeError("\(function)() got an unexpected keyword argument '\(k)'")
            }
            if out[i] != nil {
                throw PyException.typeError("argument for \(function)() given by name ('\(k)') and position (\(i + 1))")
            }
            out[i] = v
        }
        for i in 0..<required where out[i] == nil {
            throw PyException.typeError("function missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return (out, ())
    }
}
