/// `collections`: Counter, defaultdict, OrderedDict (dicts with a `kind`), deque and
/// namedtuple (in Deque.swift and NamedTuple.swift).
///
/// Counter, defaultdict and OrderedDict are PyDict values (`.dict`) whose `kind` selects
/// their type; the types derive from dict, so every dict method is inherited and
/// `isinstance(c, dict)` holds. The core handles what all dicts share (repr, missing keys,
/// equality); the methods and operators that differ live in the types' own dicts here.
func makeCollectionsModule(_ interp: Interp) -> PyModule {
    PyModule(name: "collections", dict: [
        "Counter": .object(BuiltinTypes.counter),
        "defaultdict": .object(BuiltinTypes.defaultDict),
        "OrderedDict": .object(BuiltinTypes.orderedDict),
        "deque": .object(BuiltinTypes.deque),
        "namedtuple": .object(PyBuiltinFunction("namedtuple") { interp, a in try makeNamedTuple(interp, a) }),
    ])
}

extension BuiltinTypes {
    static let counter: PyType = {
        let t = PyType(builtin: "Counter", base: dict)
        t.module = "collections"
        t.dispatchesSpecialMethods = true
        installCounterMethods(t)
        return t
    }()

    static let defaultDict: PyType = {
        let t = PyType(builtin: "defaultdict", base: dict)
        t.module = "collections"
        t.messageName = "collections.defaultdict"
        t.dispatchesSpecialMethods = true
        installDefaultDictMethods(t)
        return t
    }()

    static let orderedDict: PyType = {
        let t = PyType(builtin: "OrderedDict", base: dict)
        t.module = "collections"
        t.messageName = "collections.OrderedDict"
        t.dispatchesSpecialMethods = true
        installOrderedDictMethods(t)
        return t
    }()
}

extension BuiltinTypes {
    /// OrderedDict's views (their reprs say odict_keys(...)).
    static let odictKeys = PyType(builtin: "odict_keys", base: dictKeys)
    static let odictValues = PyType(builtin: "odict_values", base: dictValues)
    static let odictItems = PyType(builtin: "odict_items", base: dictItems)
}

/// The receiver of a method of a dict kind.
private func receiverDict(_ a: Arguments, _ typeName: String) throws -> PyDict {
    guard let first = a.positional.first, case .dict(let d) = first else {
        throw PyException.typeError("descriptor requires a '\(typeName)' object")
    }
    return d
}

/// Whether `callable(v)` holds.
func isCallableValue(_ interp: Interp, _ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType { return true }
    return interp.userMethod(v, "__call__") != nil
}

// MARK: Counter

extension Interp {
    /// Items by count, most common first; equal counts keep insertion order (CPython sorts
    /// with a stable sort, reversed).
    func counterMostCommon(_ d: PyDict) throws -> [ValueTable.Entry] {
        let entries = d.table.liveEntries
        var order = Array(0..<entries.count)
        try order.sort { a, b in
            if try lessThan(entries[b].value, entries[a].value) { return true }
            if try lessThan(entries[a].value, entries[b].value) { return false }
            return a < b
        }
        return order.map { entries[$0] }
    }

    /// The order of a Counter's repr: most common first, or insertion order when the counts
    /// cannot be ordered.
    func counterReprOrder(_ d: PyDict) -> [ValueTable.Entry] {
        (try? counterMostCommon(d)) ?? d.table.liveEntries
    }

    /// `d[key]` of a Counter: 0 when missing.
    fileprivate func count(_ d: PyDict, _ key: Value) throws -> Value {
        try d.get(key, self) ?? .int(0)
    }

    fileprivate func isPositive(_ v: Value) throws -> Bool {
        if case .int(let i) = v { return i > 0 }
        return try compare(v, .int(0), .gt)
    }

    @inline(__always)
    fileprivate func addCounts(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return .int(r) }
        }
        return try binary(.add, a, b)
    }

    /// Counter.update / Counter.subtract with a mapping, an iterable or keywords.
    fileprivate func counterUpdate(_ d: PyDict, _ source: Value?, _ keywords: [(String, Value)], subtract: Bool) throws {
        if let src = source, !src.isNone {
            if case .dict(let m) = src {
                if !subtract && d.count == 0 {
                    for e in m.table.liveEntries { try d.set(e.key, e.value, self) }
                } else {
                    for e in m.table.liveEntries {
                        let old = try count(d, e.key)
                        try d.set(e.key, subtract ? binary(.sub, old, e.value) : addCounts(e.value, old), self)
                    }
                }
            } else {
                let it = try iterate(src)
                while let x = try it.next(self) {
                    let old = try count(d, x)
                    try d.set(x, subtract ? binary(.sub, old, .int(1)) : addCounts(old, .int(1)), self)
                }
            }
        }
        if !keywords.isEmpty {
            let kw = PyDict()
            for (k, v) in keywords { try kw.set(.str(PyStr.from(k)), v, self) }
            try counterUpdate(d, .dict(kw), [], subtract: subtract)
        }
    }

    /// Removes the entries whose count is not positive (after an in-place operator).
    fileprivate func keepPositive(_ d: PyDict) throws {
        for e in d.table.liveEntries where !(try isPositive(e.value)) { _ = try d.remove(e.key, self) }
    }
}

func newCounter() -> PyDict {
    let d = PyDict()
    d.kind = .counter
    return d
}

private func installCounterMethods(_ t: PyType) {
    t.constructor = { interp, _, a in
        if a.count > 1 {
            throw PyException.typeError("Counter.__init__() takes from 1 to 2 positional arguments but \(a.count + 1) were given")
        }
        let d = newCounter()
        try interp.counterUpdate(d, a.positional.first, a.keywords, subtract: false)
        return .dict(d)
    }
    func counter(_ a: Arguments) throws -> PyDict { try receiverDict(a, "Counter") }
    /// The other operand of a binary operator, or nil when it is not a Counter.
    func otherCounter(_ a: Arguments) -> PyDict? {
        if a.count > 1, case .dict(let d) = a[1], d.kind == .counter { return d }
        return nil
    }
    for (name, subtract) in [("update", false), ("subtract", true)] {
        defineMethod(t, name) { interp, a in
            let d = try counter(a)
            if a.count > 2 {
                throw PyException.typeError("Counter.\(name)() takes from 1 to 2 positional arguments but \(a.count) were given")
            }
            try interp.counterUpdate(d, a.count > 1 ? a[1] : nil, a.keywords, subtract: subtract)
            return .none
        }
    }
    defineMethod(t, "most_common") { interp, a in
        let d = try counter(a)
        // Counter.most_common is written in Python in CPython: a def's binding and messages.
        let p = Array(try a.bindDef("Counter.most_common", ["self", "n"], defaults: 1).slots.dropFirst())
        var items = try interp.counterMostCommon(d)
        if let nv = p[0], !nv.isNone {
            let n = try nv.asInt("n")
            items = Array(items.prefix(max(n, 0)))
        }
        return .list(PyList(items.map { .tuple(PyTuple([$0.key, $0.value])) }))
    }
    defineMethod(t, "elements") { interp, a in
        let d = try counter(a)
        try a.expectAfterSelf("elements", 0)
        var pending: [(Value, Int)] = []
        for e in d.table.liveEntries {
            let n = try e.value.asInt("count")
            if n > 0 { pending.append((e.key, n)) }
        }
        var i = 0, emitted = 0
        return .object(ClosureIterator(type: BuiltinTypes.itertoolsChain) { _ in
            while i < pending.count {
                if emitted < pending[i].1 {
                    emitted += 1
                    return pending[i].0
                }
                i += 1
                emitted = 0
            }
            return nil
        })
    }
    defineMethod(t, "total") { interp, a in
        let d = try counter(a)
        var total = Value.int(0)
        for v in d.table.values { total = try interp.addCounts(total, v) }
        return total
    }
    let fromkeys = PyBuiltinFunction("fromkeys") { _, _ in
        throw PyException.notImplemented("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
    }
    t.dict["fromkeys"] = .object(PyClassMethod(.object(fromkeys)))
    defineMethod(t, "copy") { _, a in
        let c = newCounter()
        c.table = try counter(a).table
        return .dict(c)
    }

    // Binary operators: both operands must be Counters (else NotImplemented).
    func binaryOperator(_ name: String, _ body: @escaping (Interp, PyDict, PyDict, PyDict) throws -> Void) {
        defineMethod(t, name) { interp, a in
            let d = try counter(a)
            guard let other = otherCounter(a) else { return BuiltinTypes.notImplemented }
            let result = newCounter()
            try body(interp, d, other, result)
            return .dict(result)
        }
    }
    binaryOperator("__add__") { interp, d, other, result in
        for e in d.table.liveEntries {
            let n = try interp.addCounts(e.value, interp.count(other, e.key))
            if try interp.isPositive(n) { try result.set(e.key, n, interp) }
        }
        for e in other.table.liveEntries where try d.get(e.key, interp) == nil && interp.isPositive(e.value) {
            try result.set(e.key, e.value, interp)
        }
    }
    binaryOperator("__sub__") { interp, d, other, result in
        for e in d.table.liveEntries {
            let n = try interp.binary(.sub, e.value, interp.count(other, e.key))
            if try interp.isPositive(n) { try result.set(e.key, n, interp) }
        }
        for e in other.table.liveEntries where try d.get(e.key, interp) == nil {
            if try interp.compare(e.value, .int(0), .lt) {
                try result.set(e.key, interp.binary(.sub, .int(0), e.value), interp)
            }
        }
    }
    binaryOperator("__or__") { interp, d, other, result in
        for e in d.table.liveEntries {
            let o = try interp.count(other, e.key)
            let n = try interp.compare(e.value, o, .lt) ? o : e.value
            if try interp.isPositive(n) { try result.set(e.key, n, interp) }
        }
        for e in other.table.liveEntries where try d.get(e.key, interp) == nil && interp.isPositive(e.value) {
            try result.set(e.key, e.value, interp)
        }
    }
    binaryOperator("__and__") { interp, d, other, result in
        for e in d.table.liveEntries {
            let o = try interp.count(other, e.key)
            let n = try interp.compare(e.value, o, .lt) ? e.value : o
            if try interp.isPositive(n) { try result.set(e.key, n, interp) }
        }
    }
    defineMethod(t, "__pos__") { interp, a in
        let result = newCounter()
        for e in try counter(a).table.liveEntries where try interp.isPositive(e.value) {
            try result.set(e.key, e.value, interp)
        }
        return .dict(result)
    }
    defineMethod(t, "__neg__") { interp, a in
        let result = newCounter()
        for e in try counter(a).table.liveEntries where try interp.compare(e.value, .int(0), .lt) {
            try result.set(e.key, interp.binary(.sub, .int(0), e.value), interp)
        }
        return .dict(result)
    }

    // In-place operators update the left operand; like CPython's they take any mapping.
    func inplaceOperator(_ name: String, _ body: @escaping (Interp, PyDict, PyDict) throws -> Void) {
        defineMethod(t, name) { interp, a in
            let d = try counter(a)
            guard a.count > 1, case .dict(let other) = a[1] else { return BuiltinTypes.notImplemented }
            try body(interp, d, other)
            try interp.keepPositive(d)
            return a[0]
        }
    }
    inplaceOperator("__iadd__") { interp, d, other in
        for e in other.table.liveEntries { try d.set(e.key, interp.addCounts(interp.count(d, e.key), e.value), interp) }
    }
    inplaceOperator("__isub__") { interp, d, other in
        for e in other.table.liveEntries { try d.set(e.key, interp.binary(.sub, interp.count(d, e.key), e.value), interp) }
    }
    inplaceOperator("__ior__") { interp, d, other in
        for e in other.table.liveEntries where try interp.compare(e.value, interp.count(d, e.key), .gt) {
            try d.set(e.key, e.value, interp)
        }
    }
    inplaceOperator("__iand__") { interp, d, other in
        for e in d.table.liveEntries {
            let o = try interp.getItem(.dict(other), e.key)
            if try interp.compare(o, e.value, .lt) { try d.set(e.key, o, interp) }
        }
    }

    // Multiset inclusion (3.10+): counts compared key by key, missing counts as zero.
    func inclusion(_ name: String, _ op: Interp.Ordering, strict: Bool) {
        defineMethod(t, name) { interp, a in
            let d = try counter(a)
            guard let other = otherCounter(a) else { return BuiltinTypes.notImplemented }
            for c in [d, other] {
                for k in c.table.keys where !(try interp.compare(interp.count(d, k), interp.count(other, k), op)) {
                    return .false
                }
            }
            if strict { return .bool(!(try interp.countersEqual(d, other))) }
            return .true
        }
    }
    inclusion("__le__", .le, strict: false)
    inclusion("__lt__", .le, strict: true)
    inclusion("__ge__", .ge, strict: false)
    inclusion("__gt__", .ge, strict: true)
}

extension Interp {
    /// Counter equality (3.10+): missing elements count as zero.
    func countersEqual(_ x: PyDict, _ y: PyDict) throws -> Bool {
        for c in [x, y] {
            for k in c.table.keys where !(try equals(count(x, k), count(y, k))) { return false }
        }
        return true
    }
}

// MARK: defaultdict

private func installDefaultDictMethods(_ t: PyType) {
    t.constructor = { interp, _, a in
        let d = PyDict()
        d.kind = .defaultDict
        if let factory = a.positional.first {
            if !factory.isNone && !isCallableValue(interp, factory) {
                throw PyException.typeError("first argument must be callable or None")
            }
            d.defaultFactory = factory
        }
        if a.count > 2 { throw PyException.typeError("dict expected at most 1 argument, got \(a.count - 1)") }
        if a.count == 2 { try interp.mergeMapping(into: d, a[1]) }
        for (k, v) in a.keywords { try d.set(.str(PyStr.from(k)), v, interp) }
        return .dict(d)
    }
    let getter = PyBuiltinFunction("default_factory") { _, a in try receiverDict(a, "collections.defaultdict").defaultFactory }
    let setter = PyBuiltinFunction("default_factory") { _, a in
        try receiverDict(a, "collections.defaultdict").defaultFactory = a[1]
        return .none
    }
    t.dict["default_factory"] = .object(PyProperty(getter: .object(getter), setter: .object(setter)))
    let fromkeys = PyBuiltinFunction("fromkeys") { interp, a in
        let d = PyDict()
        d.kind = .defaultDict
        let value = a.count > 2 ? a[2] : .none
        for k in try interp.collect(a[1]) { try d.set(k, value, interp) }
        return .dict(d)
    }
    t.dict["fromkeys"] = .object(PyClassMethod(.object(fromkeys)))
    defineMethod(t, "__missing__") { interp, a in
        try interp.missingKey(try receiverDict(a, "collections.defaultdict"), a[1])
    }
}

// MARK: OrderedDict

private func installOrderedDictMethods(_ t: PyType) {
    t.constructor = { interp, _, a in
        if a.count > 1 { throw PyException.typeError("expected at most 1 arguments, got \(a.count)") }
        let d = PyDict()
        d.kind = .ordered
        if a.count == 1 { try interp.mergeMapping(into: d, a[0]) }
        for (k, v) in a.keywords { try d.set(.str(PyStr.from(k)), v, interp) }
        return .dict(d)
    }
    func ordered(_ a: Arguments) throws -> PyDict { try receiverDict(a, "collections.OrderedDict") }
    defineMethod(t, "move_to_end") { interp, a in
        let d = try ordered(a)
        let p = try a.bindAfterSelf("move_to_end", ["key", "last"], required: 1)
        let last = try p[1].map { try interp.truthy($0) } ?? true
        if !(try d.move(p[0]!, toEnd: last, interp)) { throw PyException.keyError(p[0]!) }
        return .none
    }
    defineMethod(t, "popitem") { interp, a in
        let d = try ordered(a)
        let p = try a.bindAfterSelf("popitem", ["last"])
        let last = try p[0].map { try interp.truthy($0) } ?? true
        let entry: ValueTable.Entry?
        if last {
            entry = d.table.popLast()
        } else {
            entry = d.table.firstEntry()
            if let e = entry { _ = try d.remove(e.key, interp) }
        }
        guard let e = entry else { throw PyException(BuiltinTypes.keyError, "dictionary is empty") }
        return .tuple(PyTuple([e.key, e.value]))
    }
    let fromkeys = PyBuiltinFunction("fromkeys") { interp, a in
        let d = PyDict()
        d.kind = .ordered
        let value = a.count > 2 ? a[2] : .none
        for k in try interp.collect(a[1]) { try d.set(k, value, interp) }
        return .dict(d)
    }
    t.dict["fromkeys"] = .object(PyClassMethod(.object(fromkeys)))
}
