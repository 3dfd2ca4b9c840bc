import BigInt
import Foundation

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
            return .str(PyStr.from(try self.timeIsoformat(interp, self.asTime(a[0])!, spec)))
        }
        defineMethod(t, "__str__") { [unowned self] interp, a in .str(PyStr.from(try self.timeIsoformat(interp, self.asTime(a[0])!, "auto"))) }
        defineMethod(t, "__repr__") { [unowned self] interp, a in
            let d = self.asTime(a[0])!
            var s = "datetime.\(d.cls.name)(\(d.hour), \(d.minute)"
            if d.second != 0 || d.microsecond != 0 { s += ", \(d.second)" }
            if d.microsecond != 0 { s += ", \(d.microsecond)" }
            if !d.tzinfo.isNone { s += ", tzinfo=" + (try interp.repr(d.tzinfo)) }
            if d.fold != 0 { s += ", fold=1" }
            return .str(PyStr.from(s + ")"))
        }
        defineMethod(t, "strftime") { [unowned self] interp, a in
            let p = try a.bind("strftime", ["self", "format"], required: 2)
            return .str(PyStr.from(formatTime(try p[1]!.asStr("strftime() argument 1"), try self.fields(interp, a[0]))))
        }
        defineMethod(t, "__format__") { [unowned self] interp, a in
            try a.expect("__format__", 2)
            guard case .str(let fmt) = a[1] else {
                throw PyException.typeError("__format__() argument 1 must be str, not \(typeName(a[1]))")
            }
            if fmt.count == 0 { return .str(PyStr.from(try interp.str(a[0]))) }
            return .str(PyStr.from(formatTime(fmt, try self.fields(interp, a[0]))))
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
        defineMethod(t, "tzname") { [unowned self] _, a in .str(PyStr.from(self.timezoneName(zone(a[0])!))) }
        defineMethod(t, "fromutc") { [unowned self] interp, a in
            try a.expect("fromutc", 2)
            guard let d = self.asDateTime(a[1]) else { throw PyException.typeError("fromutc: argument must be a datetime") }
            return .object(try self.shifted(d, zone(a[0])!.offset.totalMicroseconds))
        }
        defineMethod(t, "__str__") { [unowned self] _, a in .str(PyStr.from(self.timezoneName(zone(a[0])!))) }
        defineMethod(t, "__repr__") { [unowned self] _, a in
            let z = zone(a[0])!
            if z === self.utc { return .str(PyStr.from("datetime.timezone.utc")) }
            var s = "datetime.timezone(" + self.timedeltaRepr(z.offset)
            if let n = z.name { s += ", " + PyStr.from(n).repr().string }
            return .str(PyStr.from(s + ")"))
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
                      extra: [("tm_zone", zone.map { .str(PyStr.from($0)) } ?? .none), ("tm_gmtoff", gmtoff.map { .int($0) } ?? .none)])
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
