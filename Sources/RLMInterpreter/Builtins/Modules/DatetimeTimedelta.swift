import BigInt
import Foundation

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
        defineMethod(t, "__repr__") { [unowned self] _, a in .str(PyStr.from(self.timedeltaRepr(self.asTimedelta(a[0])!))) }
        defineMethod(t, "__str__") { [unowned self] _, a in .str(PyStr.from(self.timedeltaStr(self.asTimedelta(a[0])!))) }
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
