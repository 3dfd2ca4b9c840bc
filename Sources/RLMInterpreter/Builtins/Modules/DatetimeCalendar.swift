import BigInt
import Foundation

// MARK: Calendar arithmetic (proleptic Gregorian, ordinal 1 = 0001-01-01)

let daysInMonthTable = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
let daysBeforeMonthTable: [Int] = {
    var t = [0, 0]
    for m in 1..<12 { t.append(t[m] + daysInMonthTable[m]) }
    return t
}()
let maxOrdinal = 3_652_059
let usPerDay = BigInt(86_400_000_000)

func isLeapYear(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
func daysInMonth(_ y: Int, _ m: Int) -> Int { m == 2 && isLeapYear(y) ? 29 : daysInMonthTable[m] }
func daysBeforeYear(_ year: Int) -> Int {
    let y = year - 1
    return y * 365 + y / 4 - y / 100 + y / 400
}
func daysBeforeMonth(_ y: Int, _ m: Int) -> Int { daysBeforeMonthTable[m] + (m > 2 && isLeapYear(y) ? 1 : 0) }
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
func isoWeek1Monday(_ year: Int) -> Int {
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

func pad(_ v: Int, _ width: Int) -> String {
    let s = String(abs(v))
    let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    return v < 0 ? "-" + padded : padded
}

let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
let monthNames = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]

/// Floor division and modulo of BigInts.
func floorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && (r.sign == .minus) != (b.sign == .minus) {
        q -= 1
        r += b
    }
    return (q, r)
}

/// a / b rounded to the nearest integer, ties to even.
func divideNearest(_ a: BigInt, _ b: BigInt) -> BigInt {
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
