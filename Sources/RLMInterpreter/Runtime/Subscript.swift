/// Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]`, and slices.
extension Interp {
    /// An index operand as Int (ints, bools, and objects with `__index__`).
    func indexValue(_ v: Value, _ what: @autoclosure () -> String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .big: throw PyException(BuiltinTypes.indexError, "cannot fit 'int' into an index-sized integer")
        default:
            if let m = userMethod(v, "__index__") { return try indexValue(callSpecial(m, v), what()) }
            throw PyException.typeError(what())
        }
    }

    /// Resolves a (possibly negative) index against a length, or raises IndexError.
    @inline(__always)
    func normalizeIndex(_ i: Int, _ count: Int, _ kind: String) throws -> Int {
        let j = i < 0 ? i + count : i
        if j < 0 || j >= count { throw PyException.indexError("\(kind) index out of range") }
        return j
    }

    /// slice.indices(length): start, stop, step clamped as CPython does.
    func sliceIndices(_ s: PySlice, _ count: Int) throws -> (start: Int, stop: Int, step: Int) {
        try sliceIndices(s.start, s.stop, s.step, count)
    }

    func sliceIndices(_ startV: Value, _ stopV: Value, _ stepV: Value, _ count: Int) throws -> (start: Int, stop: Int, step: Int) {
        let message = "slice indices must be integers or None or have an __index__ method"
        var step = 1
        if !stepV.isNone {
            step = try clampedIndex(stepV, message)
            if step == 0 { throw PyException.valueError("slice step cannot be zero") }
            // As CPython: a step of -2**63 would overflow when negated.
            if step < -Int.max { step = -Int.max }
        }
        let (lowerBound, upperBound) = step < 0 ? (-1, count - 1) : (0, count)
        var start: Int
        if startV.isNone {
            start = step < 0 ? upperBound : lowerBound
        } else {
            start = try clampedIndex(startV, message)
            if start < 0 { start = max(start + count, lowerBound) } else { start = min(start, upperBound) }
        }
        var stop: Int
        if stopV.isNone {
            stop = step < 0 ? lowerBound : upperBound
        } else {
            stop = try clampedIndex(stopV, message)
            if stop < 0 { stop = max(stop + count, lowerBound) } else { stop = min(stop, upperBound) }
        }
        return (start, stop, step)
    }

    /// Like indexValue, but huge ints clamp (slices accept any int).
    private func clampedIndex(_ v: Value, _ message: String) throws -> Int {
        if case .big(let b) = v { return b.value.sign == .minus ? Int.min / 2 : Int.max / 2 }
        return try indexValue(v, message)
    }

    /// The positions a slice selects, for lists and tuples.
    func sliceElements<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        try sliceElements(items, s.start, s.stop, s.step)
    }

    func sliceElements<T>(_ items: [T], _ startV: Value, _ stopV: Value, _ stepV: Value) throws -> [T] {
        let (start, stop, step) = try sliceIndices(startV, stopV, stepV, items.count)
        if step == 1 { return start < stop ? Array(items[start..<stop]) : [] }
        var out: [T] = []
        var i = start
        while step > 0 ? i < stop : i > stop {
            out.append(items[i])
            i += step
        }
        return out
    }

    public func getItem(_ o: Value, _ key: Value) throws -> Value {
        switch o {
        case .list(let l):
            if case .int(let i) = key { return l.items[try normalizeIndex(i, l.items.count, "list")] }
            if case .object(let so) = key, let s = so as? PySlice { return .list(PyList(try sliceElements(l.items, s))) }
            let i = try indexValue(key, "list indices must be integers or slices, not \(typeName(key))")
            return l.items[try normalizeIndex(i, l.items.count, "list")]
        case .dict(let d):
            if let v = try d.get(key, self) { return v }
            return try missingKey(d, key)
        case .str(let s):
            if case .int(let i) = key { return .str(s.scalar(at: try normalizeIndex(i, s.count, "string"))) }
            if case .object(let so) = key, let sl = so as? PySlice {
                let (start, stop, step) = try sliceIndices(sl, s.count)
                return .str(s.slice(start: start, stop: stop, step: step))
            }
            let i = try indexValue(key, "string indices must be integers, not '\(typeName(key))'")
            return .str(s.scalar(at: try normalizeIndex(i, s.count, "string")))
        case .tuple(let t):
            if case .int(let i) = key { return t.items[try normalizeIndex(i, t.items.count, "tuple")] }
            if case .object(let so) = key, let s = so as? PySlice { return .tuple(PyTuple(try sliceElements(t.items, s))) }
            let i = try indexValue(key, "tuple indices must be integers or slices, not \(typeName(key))")
            return t.items[try normalizeIndex(i, t.items.count, "tuple")]
        case .object(let obj):
            switch obj {
            case let r as PyRange:
                if case .object(let so) = key, let s = so as? PySlice {
                    let (start, stop, step) = try sliceIndices(s, r.count)
                    return .object(try r.slice(start, stop, step))
                }
                let i = try indexValue(key, "range indices must be integers or slices, not \(typeName(key))")
                return .int(r.element(try normalizeIndex(i, r.count, "range object")))
            case let b as PyBytes:
                if case .object(let so) = key, let s = so as? PySlice {
                    return .object(PyBytes(try sliceElements(b.bytes, s), mutable: b.mutable))
                }
                let i = try indexValue(key, "byte indices must be integers or slices, not \(typeName(key))")
                let j = i < 0 ? i + b.bytes.count : i
                if j < 0 || j >= b.bytes.count {
                    throw PyException.indexError(b.mutable ? "bytearray index out of range" : "index out of range")
                }
                return .int(Int(b.bytes[j]))
            case let t as PyType:
                // `list[int]` in annotations evaluated at runtime: generic aliases are the class itself.
                return .object(t)
            default:
                if let m = userMethod(o, "__getitem__") { return try callSpecial(m, o, key) }
                if let n = obj as? NativeSubscript { return try n.getItem(key, self) }
            }
        default: break
        }
        throw PyException.typeError("'\(typeName(o))' object is not subscriptable")
    }

    /// d[key] for a missing key: defaultdict's factory, Counter's zero, or KeyError.
    func missingKey(_ d: PyDict, _ key: Value) throws -> Value {
        switch d.kind {
        case .defaultDict where !d.defaultFactory.isNone:
            let v = try call(d.defaultFactory, Arguments())
            try d.set(key, v, self)
            return v
        case .counter:
            return .int(0)
        default:
            throw PyException.keyError(key)
        }
    }

    public func setItem(_ o: Value, _ key: Value, _ value: Value) throws {
        switch o {
        case .list(let l):
            if case .int(let i) = key {
                l.items[try normalizeIndex(i, l.items.count, "list assignment")] = value
                return
            }
            if case .object(let so) = key, let s = so as? PySlice {
                try assignSlice(l, s, value)
                return
            }
            let i = try indexValue(key, "list indices must be integers or slices, not \(typeName(key))")
            l.items[try normalizeIndex(i, l.items.count, "list assignment")] = value
        case .dict(let d):
            try d.set(key, value, self)
        case .object(let o as PyBytes) where o.mutable:
            let i = try normalizeIndex(try indexValue(key, "bytearray indices must be integers"), o.bytes.count, "bytearray")
            let v = try value.asInt("byte")
            guard v >= 0 && v < 256 else { throw PyException.valueError("byte must be in range(0, 256)") }
            o.bytes[i] = UInt8(v)
        default:
            if let m = userMethod(o, "__setitem__") {
                _ = try callSpecial(m, o, key, value)
                return
            }
            if case .object(let obj) = o, let n = obj as? NativeSubscript {
                try n.setItem(key, value, self)
                return
            }
            throw PyException.typeError("'\(typeName(o))' object does not support item assignment")
        }
    }

    private func assignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws {
        let newItems = try collect(value)
        let (start, stop, step) = try sliceIndices(s, l.items.count)
        if step == 1 {
            let upper = max(start, stop)
            l.items.replaceSubrange(start..<upper, with: newItems)
            return
        }
        var positions: [Int] = []
        var i = start
        while step > 0 ? i < stop : i > stop {
            positions.append(i)
            i += step
        }
        if positions.count != newItems.count {
            throw PyException.valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(positions.count)")
        }
        for (p, v) in zip(positions, newItems) { l.items[p] = v }
    }

    public func deleteItem(_ o: Value, _ key: Value) throws {
        switch o {
        case .list(let l):
            if case .object(let so) = key, let s = so as? PySlice {
                let (start, stop, step) = try sliceIndices(s, l.items.count)
                if step == 1 {
                    if start < stop { l.items.removeSubrange(start..<stop) }
                    return
                }
                var positions = Set<Int>()
                var i = start
                while step > 0 ? i < stop : i > stop {
                    positions.insert(i)
                    i += step
                }
                l.items = l.items.enumerated().filter { !positions.contains($0.offset) }.map { $0.element }
                return
            }
            let i = try indexValue(key, "list indices must be integers or slices, not \(typeName(key))")
            l.items.remove(at: try normalizeIndex(i, l.items.count, "list assignment"))
        case .dict(let d):
            // Counter's __delitem__ ignores a missing key.
            if try d.remove(key, self) == nil && d.kind != .counter { throw PyException.keyError(key) }
        default:
            if let m = userMethod(o, "__delitem__") {
                _ = try callSpecial(m, o, key)
                return
            }
            if case .object(let obj) = o, let n = obj as? NativeSubscript {
                try n.deleteItem(key, self)
                return
            }
            throw PyException.typeError("'\(typeName(o))' object doesn't support item deletion")
        }
    }
}

/// Native objects with subscription (deque, Match, ...).
protocol NativeSubscript {
    func getItem(_ key: Value, _ interp: Interp) throws -> Value
    func setItem(_ key: Value, _ value: Value, _ interp: Interp) throws
    func deleteItem(_ key: Value, _ interp: Interp) throws
}

extension NativeSubscript {
    func setItem(_ key: Value, _ value: Value, _ interp: Interp) throws {
        throw PyException.typeError("object does not support item assignment")
    }
    func deleteItem(_ key: Value, _ interp: Interp) throws {
        throw PyException.typeError("object doesn't support item deletion")
    }
}
