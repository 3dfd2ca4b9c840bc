import BigInt
import Foundation

/// `time`: clocks, sleep, struct_time, gmtime/localtime, strftime/strptime. The sandbox's
/// local time zone is UTC. sleep() waits in slices of at most 20 ms and checks the run's
/// limits between them, so a timeout or cancellation ends it promptly.
func makeTimeModule(_ interp: Interp) -> PyModule {
    let structTime = makeStructTimeType()
    var dict: [String: Value] = ["struct_time": .object(structTime)]
    func fn(_ name: String, _ body: @escaping BuiltinBody) {
        dict[name] = .object(PyBuiltinFunction(name, body))
    }
    func realtime() -> timespec {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return ts
    }
    func monotonicNs() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return ts.tv_sec * 1_000_000_000 + ts.tv_nsec
    }
    fn("time") { _, a in
        try a.expect("time", 0)
        let ts = realtime()
        return .float(Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9)
    }
    fn("time_ns") { _, a in
        try a.expect("time_ns", 0)
        let ts = realtime()
        return .integer(BigInt(ts.tv_sec) * 1_000_000_000 + BigInt(ts.tv_nsec))
    }
    for name in ["perf_counter", "monotonic"] {
        fn(name) { _, a in
            try a.expect(name, 0)
            return .float(Double(monotonicNs()) * 1e-9)
        }
        fn(name + "_ns") { _, a in
            try a.expect(name + "_ns", 0)
            return .int(monotonicNs())
        }
    }
    fn("process_time") { _, a in
        try a.expect("process_time", 0)
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return .float(Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9)
    }
    fn("sleep") { interp, a in
        try a.expect("sleep", 1)
        let seconds: Double
        switch a[0] {
        case .int, .big, .bool, .float: seconds = try interp.floatArgument(a[0])
        default:
            if interp.userMethod(a[0], "__float__") != nil {
                seconds = try interp.floatArgument(a[0])
            } else {
                throw PyException.typeError("'\(typeName(a[0]))' object cannot be interpreted as an integer")
            }
        }
        if seconds.isNaN { throw PyException.valueError("Invalid value NaN (not a number)") }
        if seconds < 0 { throw PyException.valueError("sleep length must be non-negative") }
        if seconds > 1e9 { throw PyException.overflow("sleep length is too large") }
        let deadline = monotonicNs() + Int(seconds * 1e9)
        // Short slices: a limit or cancellation check between them can end the wait.
        while true {
            try interp.checkLimits()
            let left = deadline - monotonicNs()
            if left <= 0 { break }
            var slice = timespec(tv_sec: 0, tv_nsec: min(left, 20_000_000))
            nanosleep(&slice, nil)
        }
        return .none
    }

    /// A struct_time for a POSIX timestamp (UTC).
    func utcStruct(_ interp: Interp, _ secsValue: Value?, zone: String = "UTC") throws -> Value {
        var secs: BigInt
        if let v = secsValue, !v.isNone {
            if let b = v.bigInt {
                secs = b
            } else {
                let d = try interp.floatArgument(v)
                if d.isNaN { throw PyException.valueError("Invalid value NaN (not a number)") }
                if !d.isFinite || abs(d) > 1e15 { throw PyException.overflow("timestamp out of range for platform time_t") }
                secs = BigInt(d.rounded(.down))
            }
        } else {
            secs = BigInt(realtime().tv_sec)
        }
        let days = floorDivide(Int(secs), 86400)
        let rest = Int(secs) - days * 86400
        let ordinal = days + 719_163
        if ordinal < 1 || ordinal > maxOrdinal { throw PyException.overflow("timestamp out of range for platform time_t") }
        let (y, m, d) = ordinalToYMD(ordinal)
        var f = TimeFields()
        (f.year, f.month, f.day) = (y, m, d)
        (f.hour, f.minute, f.second) = (rest / 3600, rest / 60 % 60, rest % 60)
        f.weekday = (ordinal + 6) % 7
        f.yday = ordinal - ymdToOrdinal(y, 1, 1) + 1
        return makeStructTime(structTime, f, isdst: 0, zone: zone, gmtoff: 0)
    }
    fn("gmtime") { interp, a in
        try a.expect("gmtime", min: 0, max: 1)
        return try utcStruct(interp, a.count > 0 ? a[0] : nil, zone: "GMT")
    }
    fn("localtime") { interp, a in
        try a.expect("localtime", min: 0, max: 1)
        return try utcStruct(interp, a.count > 0 ? a[0] : nil)
    }

    /// The fields of a struct_time or 9-tuple argument.
    func fields(_ interp: Interp, _ v: Value?, _ function: String) throws -> TimeFields {
        guard let v = v, !v.isNone else {
            return try fields(interp, try utcStruct(interp, nil), function)
        }
        var items: [Value]
        var zone = "UTC"
        if case .object(let o) = v, let r = o as? PyRecord {
            items = r.values
            if case .str(let z)? = r.attribute("tm_zone") { zone = z.string }
        } else if case .tuple(let t) = v {
            items = t.items
        } else {
            throw PyException.typeError("Tuple or struct_time argument required")
        }
        if items.count != 9 {
            throw PyException.typeError("\(function)(): illegal time tuple argument")
        }
        let n = try items.map { try interp.smallIndexArgument($0) }
        var f = TimeFields()
        (f.year, f.month, f.day, f.hour, f.minute, f.second) = (n[0], n[1], n[2], n[3], n[4], n[5])
        if f.month == 0 { f.month = 1 }
        if f.day == 0 { f.day = 1 }
        if n[7] == 0 { f.yday = 1 } else { f.yday = n[7] }
        f.weekday = n[6] < 0 ? 6 : n[6] % 7
        if f.month < 1 || f.month > 12 { throw PyException.valueError("month out of range") }
        if f.day < 1 || f.day > 31 { throw PyException.valueError("day of month out of range") }
        if f.hour < 0 || f.hour > 23 { throw PyException.valueError("hour out of range") }
        if f.minute < 0 || f.minute > 59 { throw PyException.valueError("minute out of range") }
        if f.second < 0 || f.second > 61 { throw PyException.valueError("seconds out of range") }
        if f.yday < 1 || f.yday > 366 { throw PyException.valueError("day of year out of range") }
        f.utcoffset = "+0000"
        f.tzname = zone
        return f
    }
    fn("strftime") { interp, a in
        try a.expect("strftime", min: 1, max: 2)
        guard case .str(let format) = a[0] else {
            throw PyException.typeError("strftime() argument 1 must be str, not \(typeName(a[0]))")
        }
        return .str(PyStr.from(formatTime(format, try fields(interp, a.count > 1 ? a[1] : nil, "strftime"))))
    }
    fn("asctime") { interp, a in
        try a.expect("asctime", min: 0, max: 1)
        return .str(PyStr.from(formatTime(PyStr.from("%a %b %e %H:%M:%S %Y"), try fields(interp, a.count > 0 ? a[0] : nil, "asctime"))))
    }
    fn("ctime") { interp, a in
        try a.expect("ctime", min: 0, max: 1)
        let st = try utcStruct(interp, a.count > 0 ? a[0] : nil)
        return .str(PyStr.from(formatTime(PyStr.from("%a %b %e %H:%M:%S %Y"), try fields(interp, st, "ctime"))))
    }
    fn("mktime") { interp, a in
        try a.expect("mktime", 1)
        let f = try fields(interp, a[0], "mktime")
        let byDate = ymdToOrdinal(f.year, f.month, f.day) - 719_163
        return .float(Double(byDate * 86400 + f.hour * 3600 + f.minute * 60 + f.second))
    }
    fn("strptime") { interp, a in
        try a.expect("strptime", min: 1, max: 2)
        let format = a.count > 1 ? a[1] : .str(PyStr.from("%a %b %d %H:%M:%S %Y"))
        let r = try parseStrptime(interp, a[0], format)
        var f = TimeFields()
        (f.year, f.month, f.day, f.hour, f.minute, f.second) = (r.year, r.month, r.day, r.hour, r.minute, r.second)
        f.weekday = r.weekday
        f.yday = r.julian
        let isdst = r.tzname.map { ["utc", "gmt"].contains($0.lowercased()) ? 0 : -1 } ?? -1
        return makeStructTime(structTime, f, isdst: isdst, zone: r.tzname, gmtoff: r.gmtoff)
    }
    dict["timezone"] = .int(0)
    dict["altzone"] = .int(0)
    dict["daylight"] = .int(0)
    dict["tzname"] = .tuple(PyTuple([.string("UTC"), .string("UTC")]))
    return PyModule(name: "time", dict: dict)
}
