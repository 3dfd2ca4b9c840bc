/// The `copy` module: copy and deepcopy with CPython's rules. Immutable values come back
/// as themselves; containers are rebuilt (dict kinds keep their kind and default factory);
/// instances of user classes use `__copy__` / `__deepcopy__(memo)` when defined, otherwise
/// a new instance of the same class gets the (copied) attributes, through `__getstate__` /
/// `__setstate__` when the class defines them. deepcopy's memo is a real dict keyed by
/// id(), so user `__deepcopy__` methods can pass it on, and shared or cyclic references
/// are copied once.
func makeCopyModule() -> PyModule {
    var dict: [String: Value] = [:]
    dict["Error"] = .object(CopyTypes.error)
    dict["error"] = .object(CopyTypes.error)
    dict["copy"] = .object(PyBuiltinFunction("copy") { interp, a in
        try a.expect("copy", 1)
        return try shallowCopy(interp, a[0])
    })
    dict["deepcopy"] = .object(PyBuiltinFunction("deepcopy") { interp, a in
        let p = try a.bind("deepcopy", ["x", "memo"], required: 1)
        let memo: PyDict
        switch p[1] ?? .none {
        case .none: memo = PyDict()
        case .dict(let d): memo = d
        default: throw PyException.typeError("'\(typeName(p[1]!))' object is not a mapping")
        }
        var copier = DeepCopier(interp: interp, memo: memo)
        return try copier.copy(p[0]!)
    })
    return PyModule(name: "copy", dict: dict)
}

enum CopyTypes {
    static let error: PyType = {
        let t = PyType(builtin: "Error", base: BuiltinTypes.exception, layout: .exception)
        t.module = "copy"
        return t
    }()
}

/// Values copy returns unchanged: immutable scalars and objects without state to copy.
private func isAtomic(_ v: Value) -> Bool {
    switch v {
    case .none, .bool, .int, .big, .float, .str: return true
    case .list, .tuple, .dict: return false
    case .object(let o):
        switch o {
        case is PyType, is PyFunction, is PyBuiltinFunction, is PyBoundMethod, is PyClassMethod,
             is PyStaticMethod, is PyRange, is PySlice, is PySingleton, is PyProperty, is PyModule:
            return true
        case let b as PyBytes: return !b.mutable
        default: return false
        }
    }
}

private func cannotCopy(_ v: Value) -> PyException {
    PyException.typeError("cannot pickle '\(typeName(v))' object")
}

/// A dict of the same kind (defaultdict, Counter, OrderedDict) with the same entries.
private func copyDict(_ d: PyDict) -> PyDict {
    let out = PyDict()
    out.kind = d.kind
    out.defaultFactory = d.defaultFactory
    out.table = d.table
    return out
}

/// A fresh instance of `cls` without running `__init__` (cls.__new__(cls), as copyreg does).
private func blankInstance(_ interp: Interp, _ cls: PyType) throws -> Value {
    if let newMethod = cls.lookup("__new__"), !cls.isBuiltin {
        let fn: Value
        if case .object(let o) = newMethod, let sm = o as? PyStaticMethod { fn = sm.function } else { fn = newMethod }
        return try interp.call(fn, Arguments([.object(cls)]))
    }
    return .object(cls.layout == .exception ? PyBaseException(cls: cls) : PyInstance(cls: cls))
}

/// The state copy transfers: __getstate__() when defined, else the attribute dict.
private func instanceState(_ interp: Interp, _ v: Value, _ inst: PyInstance) throws -> Value {
    if let m = interp.userMethod(v, "__getstate__") { return try interp.callSpecial(m, v) }
    return .dict(inst.attributeDict())
}

/// Applies copied state to a new instance: __setstate__ when defined, else the attributes
/// are set directly (bypassing __setattr__, as `y.__dict__.update(state)` does).
private func applyState(_ interp: Interp, _ y: Value, _ state: Value) throws {
    if let m = interp.userMethod(y, "__setstate__") {
        _ = try interp.callSpecial(m, y, state)
        return
    }
    if state.isNone { return }
    guard case .object(let o) = y, let inst = o as? PyInstance else { return }
    guard case .dict(let d) = state else { throw PyException.typeError("state is not a dictionary") }
    for e in d.table.liveEntries {
        guard case .str(let k) = e.key else { continue }
        inst.setAttribute(k.string, e.value)
    }
}

func shallowCopy(_ interp: Interp, _ x: Value) throws -> Value {
    if isAtomic(x) { return x }
    switch x {
    case .tuple: return x
    case .list(let l): return .list(PyList(l.items))
    case .dict(let d): return .dict(copyDict(d))
    case .object(let o):
        switch o {
        case let s as PySet:
            if s.frozen { return x }
            let out = PySet()
            out.table = s.table
            return .object(out)
        case let b as PyBytes:
            return .object(PyBytes(b.bytes, mutable: true))
        case let inst as PyInstance where !inst.cls.isBuiltin || inst is PyBaseException:
            if let m = interp.userMethod(x, "__copy__") { return try interp.callSpecial(m, x) }
            let y = try blankInstance(interp, inst.cls)
            if let e = inst as? PyBaseException, case .object(let yo) = y, let ye = yo as? PyBaseException {
                ye.args = e.args
            }
            try applyState(interp, y, try instanceState(interp, x, inst))
            return y
        default:
            if case .object(let m)? = o.type.lookup("__copy__") {
                return try interp.call(.object(m), Arguments([x]))
            }
            throw cannotCopy(x)
        }
    default:
        return x
    }
}

private struct DeepCopier {
    let interp: Interp
    let memo: PyDict
    /// Originals (and temporaries) stay alive until the copy is done, so no id() is reused.
    var keepAlive: [Value] = []

    init(interp: Interp, memo: PyDict) {
        self.interp = interp
        self.memo = memo
    }

    private func remember(_ key: Value, _ y: Value) throws {
        try memo.set(key, y, interp)
    }

    mutating func copy(_ x: Value) throws -> Value {
        if isAtomic(x) { return x }
        let key = Value.int(x.identity)
        if let y = try memo.get(key, interp) { return y }
        try interp.enterCall()
        defer { interp.leaveCall() }
        keepAlive.append(x)
        switch x {
        case .list(let l):
            let y = PyList([])
            try remember(key, .list(y))
            y.items.reserveCapacity(l.items.count)
            for item in l.items { y.items.append(try copy(item)) }
            return .list(y)
        case .tuple(let t):
            var items: [Value] = []
            items.reserveCapacity(t.items.count)
            var changed = false
            for item in t.items {
                let c = try copy(item)
                if !c.isIdentical(to: item) { changed = true }
                items.append(c)
            }
            // A cycle through the tuple may have copied it already.
            if let y = try memo.get(key, interp) { return y }
            let y: Value = changed ? .tuple(PyTuple(items)) : x
            try remember(key, y)
            return y
        case .dict(let d):
            let y = PyDict()
            y.kind = d.kind
            y.defaultFactory = try copy(d.defaultFactory)
            try remember(key, .dict(y))
            for e in d.table.liveEntries {
                let k = try copy(e.key)
                try y.set(k, try copy(e.value), interp)
            }
            return .dict(y)
        case .object(let o):
            return try copyObject(x, o, key)
        default:
            return x
        }
    }

    private mutating func copyObject(_ x: Value, _ o: PyObject, _ key: Value) throws -> Value {
        switch o {
        case let s as PySet:
            let y = PySet(frozen: s.frozen)
            for e in s.table.keys { try y.add(try copy(e), interp) }
            try remember(key, .object(y))
            return .object(y)
        case let b as PyBytes:
            let y = Value.object(PyBytes(b.bytes, mutable: true))
            try remember(key, y)
            return y
        case let inst as PyInstance where !inst.cls.isBuiltin || inst is PyBaseException:
            if let m = interp.userMethod(x, "__deepcopy__") {
                let y = try interp.callSpecial(m, x, .dict(memo))
                try remember(key, y)
                return y
            }
            var args: [Value] = []
            if let e = inst as? PyBaseException { args = try e.args.map { try copy($0) } }
            let y = try blankInstance(interp, inst.cls)
            if case .object(let yo) = y, let ye = yo as? PyBaseException { ye.args = args }
            try remember(key, y)
            let state = try instanceState(interp, x, inst)
            keepAlive.append(state)
            try applyState(interp, y, try copy(state))
            return y
        default:
            if case .object(let m)? = o.type.lookup("__deepcopy__") {
                let y = try interp.call(.object(m), Arguments([x, .dict(memo)]))
                try remember(key, y)
                return y
            }
            throw cannotCopy(x)
        }
    }
}
