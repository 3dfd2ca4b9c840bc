import BigInt
import Foundation

/// `datetime`: date, datetime, time, timedelta, timezone (and tzinfo as a base for user
/// time zones), with CPython 3.11's validation, normalisation, arithmetic, reprs, isoformat,
/// fromisoformat, strftime (glibc's directives in the C locale) and strptime (_strptime's
/// patterns, matched with the same backtracking order). The sandbox's local time is UTC.
func makeDatetimeModule(_ interp: Interp) -> PyModule {
    DatetimeModule().module()
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
        if case .object(let o) = tz, let z = o as? PyTimezone { return .str(PyStr.from(timezoneName(z))) }
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
