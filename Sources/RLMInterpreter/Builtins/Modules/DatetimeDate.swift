import BigInt
import Foundation

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
            return .str(PyStr.from(self.dateText(self.asDate(a[0])!)))
        }
        defineMethod(t, "__str__") { interp, a in
            try interp.call(try interp.getAttribute(a[0], "isoformat"), Arguments())
        }
        defineMethod(t, "__repr__") { [unowned self] _, a in
            let d = self.asDate(a[0])!
            return .str(PyStr.from("datetime.\(d.cls.name)(\(d.year), \(d.month), \(d.day))"))
        }
        defineMethod(t, "ctime") { [unowned self] interp, a in
            .str(PyStr.from(formatTime(PyStr.from("%a %b %e %H:%M:%S %Y"), try self.fields(interp, a[0]))))
        }
        defineMethod(t, "strftime") { [unowned self] interp, a in
            let p = try a.bind("strftime", ["self", "format"], required: 2)
            let fmt = try p[1]!.asStr("strftime() argument 1")
            return .str(PyStr.from(formatTime(fmt, try self.fields(interp, a[0]))))
        }
        defineMethod(t, "__format__") { interp, a in
            try a.expect("__format__", 2)
            guard case .str(let fmt) = a[1] else {
                throw PyException.typeError("__format__() argument 1 must be str, not \(typeName(a[1]))")
            }
            if fmt.count == 0 { return .str(PyStr.from(try interp.str(a[0]))) }
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
func parseISODate(_ s: [UInt32]) -> (Int, Int, Int)? {
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

func isoWeek1MondayPublic(_ year: Int) -> Int {
    let first = ymdToOrdinal(year, 1, 1)
    let firstWeekday = (first + 6) % 7
    return first - firstWeekday + (firstWeekday > 3 ? 7 : 0)
}

/// HH[:MM[:SS[.fff[fff]]]] (or the compact forms) with an optional UTC offset, as
/// 3.11's time parser: (hour, minute, second, microsecond, offset in microseconds or nil).
func parseISOTime(_ s: [UInt32]) -> (Int, Int, Int, Int, BigInt?)? {
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

func parseClock(_ s: [UInt32]) -> (Int, Int, Int, Int)? {
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
