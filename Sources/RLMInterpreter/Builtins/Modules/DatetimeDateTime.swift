import BigInt
import Foundation

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
            return .str(PyStr.from(try self.isoformat(interp, self.asDateTime(a[0])!, sep: sep, timespec: spec)))
        }
        defineMethod(t, "__str__") { [unowned self] interp, a in
            .str(PyStr.from(try self.isoformat(interp, self.asDateTime(a[0])!, sep: " ", timespec: "auto")))
        }
        defineMethod(t, "__repr__") { [unowned self] interp, a in
            let d = self.asDateTime(a[0])!
            var s = "datetime.\(d.cls.name)(\(d.year), \(d.month), \(d.day), \(d.hour), \(d.minute)"
            if d.second != 0 || d.microsecond != 0 { s += ", \(d.second)" }
            if d.microsecond != 0 { s += ", \(d.microsecond)" }
            if !d.tzinfo.isNone { s += ", tzinfo=" + (try interp.repr(d.tzinfo)) }
            if d.fold != 0 { s += ", fold=1" }
            return .str(PyStr.from(s + ")"))
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
