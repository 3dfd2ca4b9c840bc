/// `functools`: reduce, partial, lru_cache/cache, cmp_to_key, wraps/update_wrapper and
/// total_ordering.
func makeFunctoolsModule(_ interp: Interp) -> PyModule {
    var dict: [String: Value] = [:]
    func function(_ name: String, _ body: @escaping BuiltinBody) {
        dict[name] = .object(PyBuiltinFunction(name, body))
    }
    function("reduce") { interp, a in
        if !a.keywords.isEmpty { throw PyException.typeError("reduce() takes no keyword arguments") }
        try a.expect("reduce", min: 2, max: 3)
        let it: PyIterator
        do {
            it = try interp.iterate(a[1])
        } catch let e as PyException where e.object.cls === BuiltinTypes.typeError {
            throw PyException.typeError("reduce() arg 2 must support iteration")
        }
        var accumulator: Value
        if a.count == 3 {
            accumulator = a[2]
        } else {
            guard let first = try it.next(interp) else {
                throw PyException.typeError("reduce() of empty iterable with no initial value")
            }
            accumulator = first
        }
        while let x = try it.next(interp) { accumulator = try interp.call(a[0], Arguments([accumulator, x])) }
        return accumulator
    }
    dict["partial"] = .object(BuiltinTypes.partial)
    // One CacheInfo class per session (classes made by namedtuple are mutable objects).
    let cacheInfo = makeNamedTupleClass(name: "CacheInfo", fields: ["hits", "misses", "maxsize", "currsize"],
                                        defaults: [], module: "functools")
    function("lru_cache") { interp, a in
        let p = try a.bind("lru_cache", ["maxsize", "typed"])
        let typed = try p[1].map { try interp.truthy($0) } ?? false
        let first = p[0] ?? .int(128)
        if case .object = first, isCallableValue(interp, first) {
            return .object(PyLRUCache(function: first, maxsize: 128, typed: typed, cacheInfo: cacheInfo, interp))
        }
        var maxsize: Int?
        switch first {
        case .none: maxsize = nil
        case .int(let n): maxsize = max(n, 0)
        case .bool(let b): maxsize = b ? 1 : 0
        default: throw PyException.typeError("Expected first argument to be an integer, a callable, or None")
        }
        return .object(PyBuiltinFunction("decorating_function") { interp, d in
            try d.expect("decorating_function", 1)
            return .object(PyLRUCache(function: d[0], maxsize: maxsize, typed: typed, cacheInfo: cacheInfo, interp))
        })
    }
    function("cache") { interp, a in
        try a.expect("cache", 1)
        return .object(PyLRUCache(function: a[0], maxsize: nil, typed: false, cacheInfo: cacheInfo, interp))
    }
    function("update_wrapper") { interp, a in
        let p = try a.bind("update_wrapper", ["wrapper", "wrapped", "assigned", "updated"], required: 2)
        try interp.updateWrapper(p[0]!, p[1]!)
        return p[0]!
    }
    function("wraps") { interp, a in
        let p = try a.bind("wraps", ["wrapped", "assigned", "updated"], required: 1)
        let wrapped = p[0]!
        return .object(PyBuiltinFunction("decorator") { interp, d in
            try d.expect("decorator", 1)
            try interp.updateWrapper(d[0], wrapped)
            return d[0]
        })
    }
    function("total_ordering") { interp, a in
        try a.expect("total_ordering", 1)
        try totalOrdering(interp, a[0])
        return a[0]
    }
    function("cmp_to_key") { _, a in
        let p = try a.bind("cmp_to_key", ["mycmp"], required: 1)
        let cmp = p[0]!
        return .object(PyBuiltinFunction("K") { _, k in
            let q = try k.bind("K", ["obj"], required: 1)
            return .object(PyCmpKey(object: q[0]!, cmp: cmp))
        })
    }
    dict["WRAPPER_ASSIGNMENTS"] = .tuple(PyTuple(["__module__", "__name__", "__qualname__", "__doc__"].map { .str(PyStr.from($0)) }))
    dict["WRAPPER_UPDATES"] = .tuple(PyTuple([.str(PyStr.from("__dict__"))]))
    return PyModule(name: "functools", dict: dict)
}

extension BuiltinTypes {
    static let partial: PyType = {
        let t = PyType(builtin: "partial", base: object)
        t.module = "functools"
        t.messageName = "functools.partial"
        t.dispatchesSpecialMethods = true
        t.constructor = { interp, _, a in
            guard let function = a.positional.first else {
                throw PyException.typeError("type 'partial' takes at least one argument")
            }
            if !isCallableValue(interp, function) { throw PyException.typeError("the first argument must be callable") }
            var target = function
            var args = Array(a.positional.dropFirst())
            var keywords = a.keywords
            // partial(partial(f, 1), 2) is flattened to partial(f, 1, 2).
            if case .object(let o) = function, let inner = o as? PyPartial {
                target = inner.function
                args = inner.args + args
                var merged = inner.keywords
                for (k, v) in keywords {
                    if let i = merged.firstIndex(where: { $0.0 == k }) { merged[i].1 = v } else { merged.append((k, v)) }
                }
                keywords = merged
            }
            return .object(PyPartial(function: target, args: args, keywords: keywords))
        }
        defineMethod(t, "__call__") { interp, a in
            guard case .object(let o) = a[0], let p = o as? PyPartial else {
                throw PyException.typeError("descriptor '__call__' requires a 'functools.partial' object")
            }
            var keywords = p.keywords
            for (k, v) in a.keywords {
                if let i = keywords.firstIndex(where: { $0.0 == k }) { keywords[i].1 = v } else { keywords.append((k, v)) }
            }
            return try interp.call(p.function, Arguments(p.args + a.positional.dropFirst(), keywords: keywords))
        }
        return t
    }()

    static let lruCacheWrapper: PyType = {
        let t = PyType(builtin: "_lru_cache_wrapper", base: object)
        t.module = "functools"
        t.messageName = "functools._lru_cache_wrapper"
        t.dispatchesSpecialMethods = true
        func cache(_ a: Arguments) throws -> PyLRUCache {
            guard let first = a.positional.first, case .object(let o) = first, let c = o as? PyLRUCache else {
                throw PyException.typeError("descriptor requires a 'functools._lru_cache_wrapper' object")
            }
            return c
        }
        defineMethod(t, "__call__") { interp, a in
            try cache(a).call(interp, Arguments(Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        defineMethod(t, "cache_info") { interp, a in
            let c = try cache(a)
            return try interp.call(.object(c.cacheInfo), Arguments([
                .int(c.hits), .int(c.misses), c.maxsize.map { .int($0) } ?? Value.none, .int(c.storage.count),
            ]))
        }
        defineMethod(t, "cache_clear") { _, a in
            let c = try cache(a)
            c.storage = PyDict()
            c.hits = 0
            c.misses = 0
            return .none
        }
        defineMethod(t, "cache_parameters") { _, a in
            let c = try cache(a)
            let d = PyDict()
            d.set("maxsize", c.maxsize.map { .int($0) } ?? Value.none)
            d.set("typed", .bool(c.typed))
            return .dict(d)
        }
        return t
    }()

    static let cmpKey: PyType = {
        let t = PyType(builtin: "KeyWrapper", base: object)
        t.module = "functools"
        t.messageName = "functools.KeyWrapper"
        t.dispatchesSpecialMethods = true
        t.dict["__hash__"] = Value.none
        for (name, op) in [("__lt__", Interp.Ordering.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            defineMethod(t, name) { interp, a in
                let r = try PyCmpKey.compare(interp, a)
                return .bool(try interp.compare(r, .int(0), op))
            }
        }
        defineMethod(t, "__eq__") { interp, a in
            .bool(try interp.equals(try PyCmpKey.compare(interp, a), .int(0)))
        }
        return t
    }()
}

/// functools.partial(func, *args, **keywords).
final class PyPartial: PyObject, CustomRepr, NativeAttributes {
    let function: Value
    let args: [Value]
    let keywords: [(String, Value)]
    override var type: PyType { BuiltinTypes.partial }

    init(function: Value, args: [Value], keywords: [(String, Value)]) {
        self.function = function
        self.args = args
        self.keywords = keywords
    }

    func repr(_ interp: Interp) throws -> String {
        var parts = [try interp.repr(function)]
        for a in args { parts.append(try interp.repr(a)) }
        for (k, v) in keywords { parts.append(k + "=" + (try interp.repr(v))) }
        return "functools.partial(" + parts.joined(separator: ", ") + ")"
    }

    func attribute(_ name: String, _ interp: Interp) throws -> Value? {
        switch name {
        case "func": return function
        case "args": return .tuple(PyTuple(args))
        case "keywords":
            let d = PyDict()
            for (k, v) in keywords { d.set(k, v) }
            return .dict(d)
        default: return nil
        }
    }
}

/// The marker between positional and keyword arguments in an lru_cache key.
private let keywordMark = PySingleton("<kwd_mark>", BuiltinTypes.object)

/// The function returned by lru_cache / cache: memoizes by the call's arguments, evicting
/// the least recently used entry beyond `maxsize` (unbounded when nil).
final class PyLRUCache: PyObject, NativeAttributes, BindsAsMethod {
    let function: Value
    let maxsize: Int?
    let typed: Bool
    let cacheInfo: PyType
    /// Keys in least-recently-used-first order.
    var storage = PyDict()
    var hits = 0
    var misses = 0
    /// What update_wrapper copied from the function.
    var attributes: [String: Value] = [:]
    override var type: PyType { BuiltinTypes.lruCacheWrapper }

    init(function: Value, maxsize: Int?, typed: Bool, cacheInfo: PyType, _ interp: Interp) {
        self.function = function
        self.maxsize = maxsize
        self.typed = typed
        self.cacheInfo = cacheInfo
        super.init()
        try? interp.updateWrapper(.object(self), function)
    }

    /// functools._make_key: one int or str argument is its own key; otherwise a tuple of
    /// the arguments (keywords after a marker, types appended when typed).
    private func key(_ a: Arguments) -> Value {
        if a.keywords.isEmpty && a.positional.count == 1 && !typed {
            switch a.positional[0] {
            case .int, .big, .str: return a.positional[0]
            default: break
            }
        }
        var items = a.positional
        if !a.keywords.isEmpty {
            items.append(.object(keywordMark))
            for (k, v) in a.keywords { items.append(.str(PyStr.from(k))); items.append(v) }
        }
        if typed {
            items += a.positional.map { .object(pyType($0)) }
            items += a.keywords.map { .object(pyType($0.1)) }
        }
        return .tuple(PyTuple(items))
    }

    func call(_ interp: Interp, _ a: Arguments) throws -> Value {
        if maxsize == 0 {
            misses += 1
            return try interp.call(function, a)
        }
        let k = key(a)
        if let v = try storage.get(k, interp) {
            hits += 1
            if maxsize != nil { _ = try storage.move(k, toEnd: true, interp) }
            return v
        }
        misses += 1
        let result = try interp.call(function, a)
        // A recursive call may have cached the same key meanwhile.
        if try storage.get(k, interp) != nil { return result }
        if let m = maxsize, storage.count >= m, let oldest = storage.table.firstEntry() {
            _ = try storage.remove(oldest.key, interp)
        }
        try storage.set(k, result, interp)
        return result
    }

    func attribute(_ name: String, _ interp: Interp) throws -> Value? {
        if let v = attributes[name] { return v }
        if name == "__doc__" { return Value.none }
        return nil
    }
}

/// An object made by cmp_to_key's K: compares by calling the user's cmp function.
final class PyCmpKey: PyObject, NativeAttributes {
    let object: Value
    let cmp: Value
    override var type: PyType { BuiltinTypes.cmpKey }
    init(object: Value, cmp: Value) {
        self.object = object
        self.cmp = cmp
    }
    func attribute(_ name: String, _ interp: Interp) throws -> Value? { name == "obj" ? object : nil }

    /// cmp(self.obj, other.obj) for a comparison method's arguments.
    static func compare(_ interp: Interp, _ a: Arguments) throws -> Value {
        guard case .object(let so) = a[0], let me = so as? PyCmpKey,
              a.count > 1, case .object(let oo) = a[1], let other = oo as? PyCmpKey else {
            throw PyException.typeError("other argument must be K instance")
        }
        return try interp.call(me.cmp, Arguments([me.object, other.object]))
    }
}

extension Interp {
    /// functools.update_wrapper: copies __name__, __qualname__, __doc__ and the attribute
    /// dict of `wrapped` onto `wrapper`, then sets `wrapper.__wrapped__`.
    func updateWrapper(_ wrapper: Value, _ wrapped: Value) throws {
        var copied: [(String, Value)] = []
        for name in ["__name__", "__qualname__", "__doc__"] {
            do {
                if let v = try lookupAttribute(wrapped, name) { copied.append((name, v)) }
            } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.attributeError) {}
        }
        var extra: [(String, Value)] = []
        if case .object(let o) = wrapped {
            if let f = o as? PyFunction {
                extra = f.attributes.sorted { $0.key < $1.key }.filter { $0.key != "__doc__" }.map { ($0.key, $0.value) }
            } else if let c = o as? PyLRUCache {
                extra = c.attributes.sorted { $0.key < $1.key }.filter { !["__name__", "__qualname__", "__doc__"].contains($0.key) }.map { ($0.key, $0.value) }
            } else if let inst = o as? PyInstance {
                let d = inst.attributeDict()
                for e in d.table.liveEntries { if case .str(let k) = e.key { extra.append((k.string, e.value)) } }
            }
        }
        let all = copied + extra + [("__wrapped__", wrapped)]
        guard case .object(let target) = wrapper else { return }
        switch target {
        case let f as PyFunction:
            for (name, v) in all {
                switch name {
                case "__name__": if case .str(let s) = v { f.name = s.string }
                case "__qualname__": if case .str(let s) = v { f.qualifiedName = s.string }
                default: f.attributes[name] = v
                }
            }
        case let c as PyLRUCache:
            for (name, v) in all { c.attributes[name] = v }
        case let inst as PyInstance:
            for (name, v) in all { inst.setAttribute(name, v) }
        default:
            break
        }
    }
}

/// functools.total_ordering: fills in the comparison methods a class lacks from the one it
/// defines (the root is the greatest defined name, as CPython chooses it).
private func totalOrdering(_ interp: Interp, _ cls: Value) throws {
    guard case .object(let o) = cls, let t = o as? PyType, !t.isBuiltin else {
        throw PyException.valueError("must define at least one ordering operation: < > <= >=")
    }
    let names = ["__lt__", "__le__", "__gt__", "__ge__"]
    let roots = names.filter { name in t.mro.contains { !$0.isBuiltin && $0.dict[name] != nil } }
    guard let root = roots.max() else {
        throw PyException.valueError("must define at least one ordering operation: < > <= >=")
    }
    // How each missing method follows from the root's result r (CPython's _convert table).
    enum Derive {
        case not             // not r
        case orEqual         // r or self == other
        case notOrEqual      // not r or self == other
        case andNotEqual     // r and self != other
        case notAndNotEqual  // not r and self != other
    }
    let table: [String: [(String, Derive)]] = [
        "__lt__": [("__gt__", .notAndNotEqual), ("__le__", .orEqual), ("__ge__", .not)],
        "__le__": [("__ge__", .notOrEqual), ("__lt__", .andNotEqual), ("__gt__", .not)],
        "__gt__": [("__lt__", .notAndNotEqual), ("__ge__", .orEqual), ("__le__", .not)],
        "__ge__": [("__le__", .notOrEqual), ("__gt__", .andNotEqual), ("__lt__", .not)],
    ]
    for (name, derive) in table[root]! where !roots.contains(name) {
        t.dict[name] = .object(PyBuiltinFunction(name) { interp, a in
            guard a.count == 2 else { throw PyException.typeError("\(name)() takes exactly one argument (\(a.count - 1) given)") }
            guard let method = pyType(a[0]).lookup(root) else { return BuiltinTypes.notImplemented }
            let r = try interp.call(method, Arguments([a[0], a[1]]))
            if r.isIdentical(to: BuiltinTypes.notImplemented) { return r }
            switch derive {
            case .not:
                return .bool(!(try interp.truthy(r)))
            case .orEqual:
                if try interp.truthy(r) { return r }
                return try interp.compareOp(.eq, a[0], a[1])
            case .notOrEqual:
                if !(try interp.truthy(r)) { return .true }
                return try interp.compareOp(.eq, a[0], a[1])
            case .andNotEqual:
                if try interp.truthy(r) { return try interp.compareOp(.ne, a[0], a[1]) }
                return r
            case .notAndNotEqual:
                if try interp.truthy(r) { return .false }
                return try interp.compareOp(.ne, a[0], a[1])
            }
        })
    }
}
