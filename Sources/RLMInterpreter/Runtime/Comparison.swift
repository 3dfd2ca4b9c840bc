import BigInt

/// Truth, equality, ordering and hashing: the protocols containers are built on.
extension Interp {
    /// The special method `name` of a user-defined class instance, if its class defines one.
    /// Also the special methods of native module types (deque, partial, Counter...: their own
    /// type dict, never inherited from a built-in base) and the user-defined (`def`) special
    /// methods of a namedtuple subclass.
    @inline(__always)
    func userMethod(_ v: Value, _ name: String) -> Value? {
        switch v {
        case .object(let o):
            if let inst = o as? PyInstance { return inst.cls.isBuiltin ? nil : inst.cls.lookup(name) }
            let t = o.type
            return t.dispatchesSpecialMethods ? t.dict[name] : nil
        case .dict(let d):
            return d.kind == .dict ? nil : d.type.dict[name]
        case .tuple(let tp):
            let t = tp.type
            if t === BuiltinTypes.tuple { return nil }
            if case .object(let f)? = t.lookup(name), f is PyFunction { return .object(f) }
            return nil
        default:
            return nil
        }
    }

    /// Calls a special method found with `userMethod`, with `self` first.
    @inline(__always)
    func callSpecial(_ method: Value, _ receiver: Value, _ args: Value...) throws -> Value {
        try call(method, Arguments([receiver] + args))
    }

    public func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .big: return true
        case .float(let d): return d != 0
        case .str(let s): return s.count != 0
        case .list(let l): return !l.items.isEmpty
        case .tuple(let t): return !t.items.isEmpty
        case .dict(let d): return d.count != 0
        case .object(let o):
            if let s = o as? PySet { return s.table.count != 0 }
            if let r = o as? PyRange { return r.count != 0 }
            if let b = o as? PyBytes { return !b.bytes.isEmpty }
            if let m = userMethod(v, "__bool__") {
                let r = try callSpecial(m, v)
                guard case .bool(let b) = r else {
                    throw PyException.typeError("__bool__ should return bool, returned \(typeName(r))")
                }
                return b
            }
            if let m = userMethod(v, "__len__") {
                return try lengthResult(callSpecial(m, v)) != 0
            }
            return true
        }
    }

    func lengthResult(_ r: Value) throws -> Int {
        switch r {
        case .int(let n):
            if n < 0 { throw PyException.valueError("__len__() should return >= 0") }
            return n
        case .bool(let b): return b ? 1 : 0
        default: throw PyException.typeError("'\(typeName(r))' object cannot be interpreted as an integer")
        }
    }

    // MARK: Equality

    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.str(let x), .str(let y)): return x === y || x == y
        case (.none, .none): return true
        case (.float(let x), .float(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return try sequencesEqual(x.items, y.items)
        case (.list(let x), .list(let y)): return try x === y || sequencesEqual(x.items, y.items)
        case (.dict(let x), .dict(let y)): return try dictsEqual(x, y)
        default: break
        }
        if let r = numericEquals(a, b) { return r }
        if case .object(let oa) = a, case .object(let ob) = b {
            if let sa = oa as? PySet, let sb = ob as? PySet { return try setsEqual(sa, sb) }
            // dict.keys() and dict.items() compare equal to sets with the same elements.
            if oa is PyDictView || ob is PyDictView, let sa = try setLike(oa), let sb = try setLike(ob) {
                return try setsEqual(sa, sb)
            }
            if let ra = oa as? PyRange, let rb = ob as? PyRange {
                return ra.count == rb.count && (ra.count == 0 || (ra.start == rb.start && (ra.count == 1 || ra.step == rb.step)))
            }
            if let ba = oa as? PyBytes, let bb = ob as? PyBytes { return ba.bytes == bb.bytes }
        }
        if let r = try richCompareUser(a, b, "__eq__", "__eq__") { return try truthy(r) }
        return a.isIdentical(to: b)
    }

    /// Whether `v` is an instance of a user-defined class (whose special methods decide).
    @inline(__always)
    func isUserInstance(_ v: Value) -> Bool {
        guard case .object(let o) = v, let inst = o as? PyInstance else { return false }
        return !inst.cls.isBuiltin
    }

    /// A comparison through user special methods, with the result unconverted (CPython
    /// returns whatever `__eq__`/`__lt__` return); nil when no method handles it. The right
    /// operand goes first when its class is a subclass of the left one's.
    func richCompareUser(_ a: Value, _ b: Value, _ name: String, _ reflected: String) throws -> Value? {
        var rightFirst = false
        if case .object(let oa) = a, let ia = oa as? PyInstance, case .object(let ob) = b, let ib = ob as? PyInstance,
           ib.cls !== ia.cls, ib.cls.isSubtype(of: ia.cls) {
            rightFirst = true
        }
        if rightFirst, let m = userMethod(b, reflected) {
            let r = try callSpecial(m, b, a)
            if !r.isIdentical(to: BuiltinTypes.notImplemented) { return r }
        }
        if let m = userMethod(a, name) {
            let r = try callSpecial(m, a, b)
            if !r.isIdentical(to: BuiltinTypes.notImplemented) { return r }
        }
        if !rightFirst, let m = userMethod(b, reflected) {
            let r = try callSpecial(m, b, a)
            if !r.isIdentical(to: BuiltinTypes.notImplemented) { return r }
        }
        return nil
    }

    static func orderingNames(_ op: Ordering) -> (String, String) {
        switch op {
        case .lt: return ("__lt__", "__gt__")
        case .le: return ("__le__", "__ge__")
        case .gt: return ("__gt__", "__lt__")
        case .ge: return ("__ge__", "__le__")
        }
    }

    func orderingError(_ op: Ordering, _ a: Value, _ b: Value) -> PyException {
        let symbol: String = { switch op { case .lt: return "<"; case .le: return "<="; case .gt: return ">"; case .ge: return ">=" } }()
        return PyException.typeError("'\(symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }

    /// Exact comparison across int, big int, float and bool (Python compares int and float
    /// by exact value, not by converting the int to float).
    func numericEquals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.int(let x), .float(let y)), (.float(let y), .int(let x)):
            return Double(exactly: x) == y || (y.rounded() == y && abs(y) < 9.3e18 && Int(exactly: y) == x)
        case (.bool(let x), _): return numericEquals(.int(x ? 1 : 0), b)
        case (_, .bool(let y)): return numericEquals(a, .int(y ? 1 : 0))
        case (.big(let x), .big(let y)): return x.value == y.value
        case (.big, .int), (.int, .big): return false
        case (.big(let x), .float(let y)), (.float(let y), .big(let x)):
            guard y.isFinite, y.rounded() == y else { return false }
            return BigInt(exactly: y) == x.value
        default: return nil
        }
    }

    private func sequencesEqual(_ x: [Value], _ y: [Value]) throws -> Bool {
        if x.count != y.count { return false }
        try enterNested()
        defer { leaveNested() }
        for i in 0..<x.count where !x[i].isIdentical(to: y[i]) {
            if !(try equals(x[i], y[i])) { return false }
        }
        return true
    }

    private func dictsEqual(_ x: PyDict, _ y: PyDict) throws -> Bool {
        if x === y { return true }
        if x.kind == .counter && y.kind == .counter { return try countersEqual(x, y) }
        if x.count != y.count { return false }
        if x.kind == .ordered && y.kind == .ordered {
            // Two OrderedDicts are equal only with the same order.
            for (a, b) in zip(x.table.liveEntries, y.table.liveEntries) {
                if !a.key.isIdentical(to: b.key), !(try equals(a.key, b.key)) { return false }
                if !a.value.isIdentical(to: b.value), !(try equals(a.value, b.value)) { return false }
            }
            return true
        }
        for e in x.table.liveEntries {
            guard let other = try y.get(e.key, self) else { return false }
            if !(try equals(e.value, other)) { return false }
        }
        return true
    }

    private func setsEqual(_ x: PySet, _ y: PySet) throws -> Bool {
        if x.table.count != y.table.count { return false }
        for k in x.table.keys where !(try y.contains(k, self)) { return false }
        return true
    }

    /// A set, or a keys/items view as a set (values views are not set-like).
    private func setLike(_ o: PyObject) throws -> PySet? {
        if let s = o as? PySet { return s }
        guard let v = o as? PyDictView, v.mode != .values else { return nil }
        let s = PySet()
        for x in v.elements() { try s.add(x, self) }
        return s
    }

    // MARK: Ordering

    public enum Ordering { case lt, le, gt, ge }

    /// `a < b` and friends; raises TypeError for unorderable operands as CPython words it.
    public func compare(_ a: Value, _ b: Value, _ op: Ordering) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return Interp.apply(op, x, y)
        case (.float(let x), .float(let y)): return Interp.apply(op, x, y)
        case (.str(let x), .str(let y)): return Interp.apply(op, x, y)
        case (.int(let x), .float(let y)): return compareIntFloat(BigInt(x), y, op)
        case (.float(let x), .int(let y)): return compareIntFloat(BigInt(y), x, Interp.swapped(op))
        case (.tuple(let x), .tuple(let y)): return try compareSequences(x.items, y.items, op)
        case (.list(let x), .list(let y)): return try compareSequences(x.items, y.items, op)
        default: break
        }
        if let x = a.bigInt, let y = b.bigInt { return Interp.apply(op, x, y) }
        if let x = a.bigInt, case .float(let y) = b { return compareIntFloat(x, y, op) }
        if case .float(let x) = a, let y = b.bigInt { return compareIntFloat(y, x, Interp.swapped(op)) }
        if case .object(let oa) = a, case .object(let ob) = b,
           let sa = oa as? PySet, let sb = ob as? PySet {
            switch op {
            case .le: return try isSubset(sa, sb)
            case .lt: return try sa.table.count < sb.table.count && isSubset(sa, sb)
            case .ge: return try isSubset(sb, sa)
            case .gt: return try sb.table.count < sa.table.count && isSubset(sb, sa)
            }
        }
        let names = Interp.orderingNames(op)
        if let r = try richCompareUser(a, b, names.0, names.1) { return try truthy(r) }
        throw orderingError(op, a, b)
    }

    func isSubset(_ a: PySet, _ b: PySet) throws -> Bool {
        for k in a.table.keys where !(try b.contains(k, self)) { return false }
        return true
    }

    static func swapped(_ op: Ordering) -> Ordering {
        switch op { case .lt: return .gt; case .le: return .ge; case .gt: return .lt; case .ge: return .le }
    }

    @inline(__always)
    static func apply<T: Comparable>(_ op: Ordering, _ x: T, _ y: T) -> Bool {
        switch op { case .lt: return x < y; case .le: return x <= y; case .gt: return x > y; case .ge: return x >= y }
    }

    private func compareIntFloat(_ x: BigInt, _ y: Double, _ op: Ordering) -> Bool {
        if y.isNaN { return false }
        if y == .infinity { return op == .lt || op == .le }
        if y == -.infinity { return op == .gt || op == .ge }
        // Compare exactly: floor(y) as BigInt, then the fractional part decides ties.
        let fl = y.rounded(.down)
        let yi = BigInt(fl)
        if x != yi { return Interp.apply(op, x, yi) }
        if fl == y { return Interp.apply(op, 0, 0) }
        return op == .lt || op == .le   // x == floor(y) < y
    }

    private func compareSequences(_ x: [Value], _ y: [Value], _ op: Ordering) throws -> Bool {
        try enterNested()
        defer { leaveNested() }
        let n = min(x.count, y.count)
        for i in 0..<n {
            // Three-way fast paths for the sort keys models build: (int, str, ...) tuples.
            switch (x[i], y[i]) {
            case (.int(let a), .int(let b)):
                if a != b { return Interp.apply(op, a, b) }
                continue
            case (.str(let a), .str(let b)):
                let c = a === b ? 0 : PyStr.compare(a, b)
                if c != 0 { return Interp.apply(op, c, 0) }
                continue
            default:
                if x[i].isIdentical(to: y[i]) { continue }
                if !(try equals(x[i], y[i])) { return try compare(x[i], y[i], op) }
            }
        }
        return Interp.apply(op, x.count, y.count)
    }

    /// `a < b` for sorting (the only comparison `sorted` and `min`/`max` use).
    @inline(__always)
    func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if case .str(let x) = a, case .str(let y) = b { return x < y }
        return try compare(a, b, .lt)
    }

    // MARK: Hashing

    public func hash(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i == -1 ? -2 : i
        case .str(let s): return s.hashCode
        case .none: return 0x5f5f_4e6f
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            if d.rounded() == d, abs(d) < 9.2e18 { return try hash(.int(Int(d))) }
            return d.bitPattern.hashValue
        case .big(let b): return b.value.hashValue
        case .tuple(let t):
            try enterNested()
            defer { leaveNested() }
            var h: UInt = 0x345678
            for item in t.items {
                h = (h ^ UInt(bitPattern: try hash(item))) &* 1_000_003
            }
            return Int(bitPattern: h)
        case .list: throw PyException.typeError("unhashable type: 'list'")
        case .dict: throw PyException.typeError("unhashable type: '\(typeName(v))'")
        case .object(let o):
            if let s = o as? PySet {
                if !s.frozen { throw PyException.typeError("unhashable type: 'set'") }
                var h = 0
                for k in s.table.keys { h ^= try hash(k) &* 0x9E37_79B9 }
                return h
            }
            if let b = o as? PyBytes {
                if b.mutable { throw PyException.typeError("unhashable type: 'bytearray'") }
                return b.bytes.hashValue
            }
            // Slices became hashable only in Python 3.12.
            if o is PySlice { throw PyException.typeError("unhashable type: 'slice'") }
            if let inst = o as? PyInstance, !inst.cls.isBuiltin {
                if let m = inst.cls.lookup("__hash__") {
                    if case .none = m { throw PyException.typeError("unhashable type: '\(inst.cls.name)'") }
                    let r = try callSpecial(m, v)
                    guard case .int(let h) = r else {
                        if case .big(let b) = r { return b.value.hashValue }
                        throw PyException.typeError("__hash__ method should return an integer")
                    }
                    return h
                }
                if inst.cls.lookup("__eq__") != nil {
                    throw PyException.typeError("unhashable type: '\(inst.cls.name)'")
                }
            } else if userMethod(v, "__hash__")?.isNone == true {
                throw PyException.typeError("unhashable type: '\(typeName(v))'")
            }
            return ObjectIdentifier(o).hashValue
        }
    }
}
