/// `itertools`: every function is a class (as in CPython) whose instances are lazy iterators
/// (ClosureIterator or a PyIterator subclass) that pull from their sources only on demand.
func makeItertoolsModule(_ interp: Interp) -> PyModule {
    var dict: [String: Value] = [:]
    for (name, t) in BuiltinTypes.itertoolsTypes { dict[name] = .object(t) }
    dict["tee"] = .object(PyBuiltinFunction("tee") { interp, a in try makeTee(interp, a) })
    return PyModule(name: "itertools", dict: dict)
}

extension BuiltinTypes {
    /// The itertools classes, created once per process with their constructors.
    static let itertoolsTypes: [String: PyType] = makeItertoolsTypes()
    static var itertoolsChain: PyType { itertoolsTypes["chain"]! }
    static let itertoolsGrouper = itertoolsType("_grouper")
    static let itertoolsTee = itertoolsType("_tee")
}

private func itertoolsType(_ name: String) -> PyType {
    let t = PyType(builtin: name, base: BuiltinTypes.iterator)
    t.module = "itertools"
    t.messageName = "itertools.\(name)"
    return t
}

/// Arguments of an itertools constructor that takes no keywords.
private func noKeywords(_ a: Arguments, _ name: String) throws {
    if !a.keywords.isEmpty { throw PyException.typeError("\(name)() takes no keyword arguments") }
}

private func makeItertoolsTypes() -> [String: PyType] {
    var types: [String: PyType] = [:]
    func define(_ name: String, _ make: @escaping (Interp, PyType, Arguments) throws -> PyIterator) {
        let t = itertoolsType(name)
        t.constructor = { interp, t, a in .object(try make(interp, t, a)) }
        types[name] = t
    }

    define("chain") { interp, t, a in
        try noKeywords(a, "chain")
        return chainIterator(t, ArrayIterator(a.positional))
    }
    let fromIterable = PyBuiltinFunction("from_iterable") { interp, a in
        guard a.count == 2 else { throw PyException.typeError("chain.from_iterable() takes exactly one argument (\(a.count - 1) given)") }
        return .object(chainIterator(types["chain"]!, try interp.iterate(a[1])))
    }
    types["chain"]!.dict["from_iterable"] = .object(PyClassMethod(.object(fromIterable)))

    define("islice") { interp, t, a in try makeIslice(interp, t, a) }

    define("count") { interp, t, a in
        let p = try a.bind("count", ["start", "step"])
        var current = p[0] ?? .int(0)
        let step = p[1] ?? .int(1)
        for v in [current, step] {
            switch v {
            case .int, .big, .float, .bool: break
            default: throw PyException.typeError("a number is required")
            }
        }
        return ClosureIterator(type: t) { interp in
            let v = current
            current = try interp.binary(.add, current, step)
            return v
        }
    }

    define("cycle") { interp, t, a in
        try noKeywords(a, "cycle")
        try Arguments(a.positional).expect("cycle", 1)
        let source = try interp.iterate(a[0])
        var saved: [Value] = []
        var exhausted = false
        var i = 0
        return ClosureIterator(type: t) { interp in
            if !exhausted {
                if let x = try source.next(interp) {
                    saved.append(x)
                    return x
                }
                exhausted = true
            }
            if saved.isEmpty { return nil }
            defer { i = (i + 1) % saved.count }
            return saved[i]
        }
    }

    define("repeat") { _, t, a in
        let p = try a.bind("repeat", ["object", "times"], required: 1)
        let object = p[0]!
        guard let timesValue = p[1] else { return ClosureIterator(type: t) { _ in object } }
        var remaining = max(try timesValue.asInt("times"), 0)
        return ClosureIterator(type: t) { _ in
            if remaining == 0 { return nil }
            remaining -= 1
            return object
        }
    }

    define("groupby") { interp, t, a in
        let p = try a.bind("groupby", ["iterable", "key"], required: 1)
        return GroupBy(type: t, source: try interp.iterate(p[0]!), key: p[1] ?? .none)
    }

    define("accumulate") { interp, t, a in
        let p = try a.bind("accumulate", ["iterable", "func", "initial"], required: 1)
        let source = try interp.iterate(p[0]!)
        let function = p[1] ?? .none
        var total: Value? = nil
        var pendingInitial: Value? = nil
        if let initial = p[2], !initial.isNone { pendingInitial = initial }
        return ClosureIterator(type: t) { interp in
            if let initial = pendingInitial {
                pendingInitial = nil
                total = initial
                return initial
            }
            guard let x = try source.next(interp) else { return nil }
            if let current = total {
                total = function.isNone ? try interp.binary(.add, current, x) : try interp.call(function, Arguments([current, x]))
            } else {
                total = x
            }
            return total
        }
    }

    define("combinations") { interp, t, a in
        let p = try a.bind("combinations", ["iterable", "r"], required: 2)
        let pool = try interp.collect(p[0]!)
        let r = try p[1]!.asInt("r")
        if r < 0 { throw PyException.valueError("r must be non-negative") }
        let n = pool.count
        var done = r > n
        var indices = done ? [] : Array(0..<r)
        var started = false
        return ClosureIterator(type: t) { _ in
            if done { return nil }
            if !started {
                started = true
                return .tuple(PyTuple(indices.map { pool[$0] }))
            }
            var i = r - 1
            while i >= 0 && indices[i] == i + n - r { i -= 1 }
            if i < 0 { done = true; return nil }
            indices[i] += 1
            for j in (i + 1)..<max(r, i + 1) { indices[j] = indices[j - 1] + 1 }
            return .tuple(PyTuple(indices.map { pool[$0] }))
        }
    }

    define("combinations_with_replacement") { interp, t, a in
        let p = try a.bind("combinations_with_replacement", ["iterable", "r"], required: 2)
        let pool = try interp.collect(p[0]!)
        let r = try p[1]!.asInt("r")
        if r < 0 { throw PyException.valueError("r must be non-negative") }
        let n = pool.count
        var done = n == 0 && r > 0
        if !done { try interp.checkAllocation(bytes: 16, times: r) }
        var indices = [Int](repeating: 0, count: done ? 0 : r)
        var started = false
        return ClosureIterator(type: t) { _ in
            if done { return nil }
            if !started {
                started = true
                return .tuple(PyTuple(indices.map { pool[$0] }))
            }
            var i = r - 1
            while i >= 0 && indices[i] == n - 1 { i -= 1 }
            if i < 0 { done = true; return nil }
            let v = indices[i] + 1
            for j in i..<r { indices[j] = v }
            return .tuple(PyTuple(indices.map { pool[$0] }))
        }
    }

    define("permutations") { interp, t, a in
        let p = try a.bind("permutations", ["iterable", "r"], required: 1)
        let pool = try interp.collect(p[0]!)
        let n = pool.count
        var r = n
        if let rv = p[1], !rv.isNone { r = try rv.asInt("r") }
        if r < 0 { throw PyException.valueError("r must be non-negative") }
        var done = r > n
        var indices = Array(0..<n)
        var cycles = done ? [] : Array(stride(from: n, to: n - r, by: -1))
        var started = false
        func current() -> Value { .tuple(PyTuple(indices.prefix(r).map { pool[$0] })) }
        return ClosureIterator(type: t) { _ in
            if done { return nil }
            if !started {
                started = true
                return current()
            }
            if n == 0 { done = true; return nil }
            var i = r - 1
            while i >= 0 {
                cycles[i] -= 1
                if cycles[i] == 0 {
                    let moved = indices[i]
                    indices.remove(at: i)
                    indices.append(moved)
                    cycles[i] = n - i
                } else {
                    let j = cycles[i]
                    indices.swapAt(i, n - j)
                    return current()
                }
                i -= 1
            }
            done = true
            return nil
        }
    }

    define("product") { interp, t, a in
        var repeatCount = 1
        for (k, v) in a.keywords {
            guard k == "repeat" else { throw PyException.typeError("'\(k)' is an invalid keyword argument for product()") }
            repeatCount = try v.asInt("repeat")
        }
        if repeatCount < 0 { throw PyException.valueError("repeat argument cannot be negative") }
        let distinct = try a.positional.map { try interp.collect($0) }
        try interp.checkAllocation(bytes: 16 * max(distinct.count, 1), times: repeatCount)
        var pools: [[Value]] = []
        for _ in 0..<repeatCount { pools += distinct }
        var indices = [Int](repeating: 0, count: pools.count)
        var started = false
        var done = pools.contains { $0.isEmpty }
        func current() -> Value { .tuple(PyTuple(indices.enumerated().map { pools[$0.offset][$0.element] })) }
        return ClosureIterator(type: t) { _ in
            if done { return nil }
            if !started {
                started = true
                return current()
            }
            var i = pools.count - 1
            while i >= 0 {
                indices[i] += 1
                if indices[i] < pools[i].count { return current() }
                indices[i] = 0
                i -= 1
            }
            done = true
            return nil
        }
    }

    define("zip_longest") { interp, t, a in
        var fill = Value.none
        for (k, v) in a.keywords {
            guard k == "fillvalue" else { throw PyException.typeError("zip_longest() got an unexpected keyword argument") }
            fill = v
        }
        var sources: [PyIterator?] = try a.positional.map { try interp.iterate($0) }
        var active = sources.count
        return ClosureIterator(type: t) { interp in
            if active == 0 { return nil }
            var items: [Value] = []
            for i in sources.indices {
                guard let it = sources[i] else { items.append(fill); continue }
                if let x = try it.next(interp) {
                    items.append(x)
                } else {
                    sources[i] = nil
                    active -= 1
                    if active == 0 { return nil }
                    items.append(fill)
                }
            }
            return .tuple(PyTuple(items))
        }
    }

    define("takewhile") { interp, t, a in
        try noKeywords(a, "takewhile")
        try Arguments(a.positional).expect("takewhile", 2)
        let predicate = a[0]
        let source = try interp.iterate(a[1])
        var stopped = false
        return ClosureIterator(type: t) { interp in
            if stopped { return nil }
            guard let x = try source.next(interp) else { return nil }
            if try interp.truthy(interp.call(predicate, Arguments([x]))) { return x }
            stopped = true
            return nil
        }
    }

    define("dropwhile") { interp, t, a in
        try noKeywords(a, "dropwhile")
        try Arguments(a.positional).expect("dropwhile", 2)
        let predicate = a[0]
        let source = try interp.iterate(a[1])
        var dropping = true
        return ClosureIterator(type: t) { interp in
            while let x = try source.next(interp) {
                if !dropping { return x }
                if !(try interp.truthy(interp.call(predicate, Arguments([x])))) {
                    dropping = false
                    return x
                }
            }
            return nil
        }
    }

    define("starmap") { interp, t, a in
        try noKeywords(a, "starmap")
        try Arguments(a.positional).expect("starmap", 2)
        let function = a[0]
        let source = try interp.iterate(a[1])
        return ClosureIterator(type: t) { interp in
            guard let x = try source.next(interp) else { return nil }
            return try interp.call(function, Arguments(try interp.collect(x)))
        }
    }

    define("pairwise") { interp, t, a in
        try noKeywords(a, "pairwise")
        try Arguments(a.positional).expect("pairwise", 1)
        let source = try interp.iterate(a[0])
        var previous: Value?
        var done = false
        return ClosureIterator(type: t) { interp in
            if done { return nil }
            if previous == nil {
                guard let first = try source.next(interp) else { done = true; return nil }
                previous = first
            }
            guard let x = try source.next(interp) else { done = true; return nil }
            defer { previous = x }
            return .tuple(PyTuple([previous!, x]))
        }
    }

    define("batched") { interp, t, a in
        let p = try a.bind("batched", ["iterable", "n"], required: 2)
        let n = try p[1]!.asInt("n")
        if n < 1 { throw PyException.valueError("n must be at least one") }
        let source = try interp.iterate(p[0]!)
        var done = false
        return ClosureIterator(type: t) { interp in
            if done { return nil }
            var batch: [Value] = []
            while batch.count < n {
                guard let x = try source.next(interp) else { done = true; break }
                batch.append(x)
            }
            return batch.isEmpty ? nil : .tuple(PyTuple(batch))
        }
    }

    define("compress") { interp, t, a in
        let p = try a.bind("compress", ["data", "selectors"], required: 2)
        let data = try interp.iterate(p[0]!)
        let selectors = try interp.iterate(p[1]!)
        return ClosureIterator(type: t) { interp in
            while let x = try data.next(interp) {
                guard let s = try selectors.next(interp) else { return nil }
                if try interp.truthy(s) { return x }
            }
            return nil
        }
    }

    define("filterfalse") { interp, t, a in
        try noKeywords(a, "filterfalse")
        try Arguments(a.positional).expect("filterfalse", 2)
        let predicate = a[0]
        let source = try interp.iterate(a[1])
        return ClosureIterator(type: t) { interp in
            while let x = try source.next(interp) {
                let keep = predicate.isNone ? try interp.truthy(x) : try interp.truthy(interp.call(predicate, Arguments([x])))
                if !keep { return x }
            }
            return nil
        }
    }
    return types
}

/// chain / chain.from_iterable: the items of each iterable from `sources` in turn.
private func chainIterator(_ t: PyType, _ sources: PyIterator) -> PyIterator {
    var current: PyIterator?
    return ClosureIterator(type: t) { interp in
        while true {
            if current == nil {
                guard let next = try sources.next(interp) else { return nil }
                current = try interp.iterate(next)
            }
            if let x = try current!.next(interp) { return x }
            current = nil
        }
    }
}

/// islice(iterable, stop) / islice(iterable, start, stop[, step]), consuming the source
/// exactly as CPython does (nothing past the last item it returns).
private func makeIslice(_ interp: Interp, _ t: PyType, _ a: Arguments) throws -> PyIterator {
    try noKeywords(a, "islice")
    guard a.count >= 2 && a.count <= 4 else {
        throw PyException.typeError(a.count < 2 ? "islice expected at least 2 arguments, got \(a.count)" : "islice expected at most 4 arguments, got \(a.count)")
    }
    // CPython reads each bound as an index, -1 when it is not an int, then validates.
    func index(_ v: Value) -> Int? {
        switch v {
        case .none: return nil
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .big(let b): return b.value.sign == .plus ? Int.max : -1
        default: return -1
        }
    }
    let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    let indicesMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    var start = 0, stop: Int?, step = 1
    if a.count == 2 {
        stop = index(a[1])
        if let s = stop, s < 0 { throw PyException.valueError(stopMessage) }
    } else {
        start = index(a[1]) ?? 0
        stop = index(a[2])
        if stop == -1 { throw PyException.valueError(stopMessage) }
        if start < 0 || (stop ?? 0) < -1 { throw PyException.valueError(indicesMessage) }
        if a.count == 4 {
            let s = index(a[3]) ?? 1
            if s <= 0 { throw PyException.valueError("Step for islice() must be a positive integer or None.") }
            step = s
        }
    }
    var source: PyIterator? = try interp.iterate(a[0])
    var next = start
    var consumed = 0
    return ClosureIterator(type: t) { interp in
        guard let it = source else { return nil }
        while consumed < next {
            guard try it.next(interp) != nil else { source = nil; return nil }
            consumed += 1
        }
        if let s = stop, consumed >= s { source = nil; return nil }
        guard let item = try it.next(interp) else { source = nil; return nil }
        consumed += 1
        let (advanced, overflow) = next.addingReportingOverflow(step)
        next = advanced
        if let s = stop, overflow || next > s { next = s } else if overflow { next = Int.max }
        return item
    }
}

/// groupby: consecutive items with equal keys. The groups share the underlying iterator:
/// advancing the groupby invalidates the previous group, as in CPython.
final class GroupBy: PyIterator {
    let groupType: PyType
    let source: PyIterator
    let key: Value
    var targetKey: Value?
    var currentKey: Value?
    var currentValue: Value?
    /// The group that may still yield; older groups are finished.
    weak var currentGrouper: Grouper?
    override var type: PyType { groupType }

    init(type: PyType, source: PyIterator, key: Value) {
        self.groupType = type
        self.source = source
        self.key = key
    }

    /// Reads the next item and its key; false when the source is exhausted.
    func step(_ interp: Interp) throws -> Bool {
        guard let v = try source.next(interp) else { return false }
        let k = key.isNone ? v : try interp.call(key, v)
        currentValue = v
        currentKey = k
        return true
    }

    override func next(_ interp: Interp) throws -> Value? {
        currentGrouper = nil
        while true {
            if let current = currentKey {
                guard let target = targetKey else { break }
                if !(try interp.equals(target, current)) { break }
            }
            guard try step(interp) else { return nil }
        }
        targetKey = currentKey
        let g = Grouper(parent: self, targetKey: currentKey!)
        currentGrouper = g
        return .tuple(PyTuple([currentKey!, .object(g)]))
    }
}

final class Grouper: PyIterator {
    let parent: GroupBy
    let targetKey: Value
    override var type: PyType { BuiltinTypes.itertoolsGrouper }

    init(parent: GroupBy, targetKey: Value) {
        self.parent = parent
        self.targetKey = targetKey
    }

    override func next(_ interp: Interp) throws -> Value? {
        guard parent.currentGrouper === self else { return nil }
        if parent.currentValue == nil {
            guard try parent.step(interp) else { return nil }
        }
        guard let current = parent.currentKey, try interp.equals(targetKey, current) else { return nil }
        defer { parent.currentValue = nil }
        return parent.currentValue
    }
}

/// The buffer the iterators of one tee() call share; items are dropped once every
/// iterator has passed them.
private final class TeeBuffer {
    let source: PyIterator
    var items: [Value] = []
    /// Absolute position of items[0].
    var offset = 0
    var positions: [Int]
    var exhausted = false

    init(source: PyIterator, count: Int) {
        self.source = source
        self.positions = [Int](repeating: 0, count: count)
    }

    func next(_ consumer: Int, _ interp: Interp) throws -> Value? {
        let p = positions[consumer]
        if p - offset >= items.count {
            if exhausted { return nil }
            guard let x = try source.next(interp) else { exhausted = true; return nil }
            items.append(x)
        }
        let v = items[p - offset]
        positions[consumer] = p + 1
        let low = positions.min()!
        if low - offset > 64 {
            items.removeFirst(low - offset)
            offset = low
        }
        return v
    }
}

private final class TeeIterator: PyIterator {
    let buffer: TeeBuffer
    let consumer: Int
    override var type: PyType { BuiltinTypes.itertoolsTee }
    init(_ buffer: TeeBuffer, _ consumer: Int) {
        self.buffer = buffer
        self.consumer = consumer
    }
    override func next(_ interp: Interp) throws -> Value? { try buffer.next(consumer, interp) }
}

private func makeTee(_ interp: Interp, _ a: Arguments) throws -> Value {
    try noKeywords(a, "tee")
    try Arguments(a.positional).expect("tee", min: 1, max: 2)
    let n = a.count > 1 ? try a[1].asInt("n") : 2
    if n < 0 { throw PyException.valueError("n must be >= 0") }
    let buffer = TeeBuffer(source: try interp.iterate(a[0]), count: n)
    return .tuple(PyTuple((0..<n).map { .object(TeeIterator(buffer, $0)) }))
}
