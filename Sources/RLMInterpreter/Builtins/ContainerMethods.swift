/// Methods of list, tuple, dict and set.

extension Interp {
    func sortArguments(_ a: Arguments, _ name: String, skip: Int) throws -> (key: Value, reverse: Bool) {
        if a.positional.count > skip {
            throw PyException.typeError("\(name)() takes no positional arguments")
        }
        let p = try Arguments([], keywords: a.keywords).bind(name, ["key", "reverse"])
        return (p[0] ?? Value.none, try p[1].map { try truthy($0) } ?? false)
    }
}

func installListMethods() {
    let t = BuiltinTypes.list
    func list(_ a: Arguments) throws -> PyList {
        guard let first = a.positional.first, case .list(let l) = first else {
            throw PyException.typeError("descriptor requires a 'list' object")
        }
        return l
    }
    defineMethod(t, "append") { _, a in
        let l = try list(a)
        try a.expectAfterSelf("list.append", 1)
        l.items.append(a[1])
        return .none
    }
    defineMethod(t, "extend") { interp, a in
        let l = try list(a)
        try a.expectAfterSelf("list.extend", 1)
        l.items.append(contentsOf: try interp.collect(a[1]))
        return .none
    }
    defineMethod(t, "insert") { _, a in
        let l = try list(a)
        try a.expectAfterSelf("insert", 2)
        var i = try a[1].asInt("index")
        let n = l.items.count
        if i < 0 { i = max(0, i + n) }
        l.items.insert(a[2], at: min(i, n))
        return .none
    }
    defineMethod(t, "remove") { interp, a in
        let l = try list(a)
        try a.expectAfterSelf("list.remove", 1)
        for (i, x) in l.items.enumerated() where try interp.equals(x, a[1]) {
            l.items.remove(at: i)
            return .none
        }
        throw PyException.valueError("list.remove(x): x not in list")
    }
    defineMethod(t, "pop") { _, a in
        let l = try list(a)
        try a.expectAfterSelf("pop", min: 0, max: 1)
        if l.items.isEmpty { throw PyException.indexError("pop from empty list") }
        var i = a.count > 1 ? try a[1].asInt("index") : l.items.count - 1
        if i < 0 { i += l.items.count }
        if i < 0 || i >= l.items.count { throw PyException.indexError("pop index out of range") }
        return l.items.remove(at: i)
    }
    defineShortcuts(t, "pop", { _, r in
        guard case .list(let l) = r, !l.items.isEmpty else { return nil }
        return l.items.removeLast()
    })
    defineMethod(t, "clear") { _, a in
        try list(a).items.removeAll()
        return .none
    }
    defineMethod(t, "copy") { _, a in .list(PyList(try list(a).items)) }
    defineMethod(t, "reverse") { _, a in
        try list(a).items.reverse()
        return .none
    }
    defineMethod(t, "index") { interp, a in
        let l = try list(a)
        try a.expectAfterSelf("index", min: 1, max: 3)
        let n = l.items.count
        var start = a.count > 2 ? try a[2].asInt("start") : 0
        var end = a.count > 3 ? try a[3].asInt("end") : n
        if start < 0 { start = max(0, start + n) }
        if end < 0 { end = max(0, end + n) }
        var i = start
        while i < min(end, l.items.count) {
            if try interp.equals(l.items[i], a[1]) { return .int(i) }
            i += 1
        }
        throw PyException.valueError("\(try interp.repr(a[1])) is not in list")
    }
    defineMethod(t, "count") { interp, a in
        let l = try list(a)
        try a.expectAfterSelf("count", 1)
        var c = 0
        for x in l.items where try interp.equals(x, a[1]) { c += 1 }
        return .int(c)
    }
    defineMethod(t, "sort") { interp, a in
        let l = try list(a)
        let (key, reverse) = try interp.sortArguments(a, "sort", skip: 1)
        l.items = try interp.sortValues(l.items, key: key, reverse: reverse)
        return .none
    }
    defineMethod(t, "__len__") { _, a in .int(try list(a).items.count) }
    defineMethod(t, "__contains__") { interp, a in .bool(try interp.contains(a[0], a[1])) }
    defineMethod(t, "__getitem__") { interp, a in try interp.getItem(a[0], a[1]) }
    defineMethod(t, "__setitem__") { interp, a in try interp.setItem(a[0], a[1], a[2]); return .none }
    defineMethod(t, "__iter__") { interp, a in .object(try interp.iterate(a[0])) }
    defineMethod(t, "__eq__") { interp, a in .bool(try interp.equals(a[0], a[1])) }
    defineMethod(t, "__add__") { interp, a in try interp.binary(.add, a[0], a[1]) }

    let tuple = BuiltinTypes.tuple
    defineMethod(tuple, "index") { interp, a in
        guard case .tuple(let tp) = a[0] else { throw PyException.typeError("descriptor requires a 'tuple' object") }
        try a.expectAfterSelf("index", min: 1, max: 3)
        let n = tp.items.count
        var start = a.count > 2 ? try a[2].asInt("start") : 0
        var end = a.count > 3 ? try a[3].asInt("end") : n
        if start < 0 { start = max(0, start + n) }
        if end < 0 { end = max(0, end + n) }
        var i = start
        while i < min(end, n) {
            if try interp.equals(tp.items[i], a[1]) { return .int(i) }
            i += 1
        }
        throw PyException.valueError("tuple.index(x): x not in tuple")
    }
    defineMethod(tuple, "count") { interp, a in
        guard case .tuple(let tp) = a[0] else { throw PyException.typeError("descriptor requires a 'tuple' object") }
        var c = 0
        for x in tp.items where try interp.equals(x, a[1]) { c += 1 }
        return .int(c)
    }
    defineMethod(tuple, "__len__") { _, a in
        guard case .tuple(let tp) = a[0] else { throw PyException.typeError("descriptor requires a 'tuple' object") }
        return .int(tp.items.count)
    }
    defineMethod(tuple, "__getitem__") { interp, a in try interp.getItem(a[0], a[1]) }
    defineMethod(tuple, "__contains__") { interp, a in .bool(try interp.contains(a[0], a[1])) }
}

/// dict.keys() / values() / items(): live views of a dict.
final class PyDictView: PyObject, NativeIterable, CustomRepr {
    let dict: PyDict
    let mode: DictIterator.Mode
    override var type: PyType {
        if dict.kind == .ordered {
            switch mode {
            case .keys: return BuiltinTypes.odictKeys
            case .values: return BuiltinTypes.odictValues
            case .items: return BuiltinTypes.odictItems
            }
        }
        switch mode {
        case .keys: return BuiltinTypes.dictKeys
        case .values: return BuiltinTypes.dictValues
        case .items: return BuiltinTypes.dictItems
        }
    }
    init(_ dict: PyDict, _ mode: DictIterator.Mode) {
        self.dict = dict
        self.mode = mode
    }
    func makeIterator(_ interp: Interp) throws -> PyIterator {
        mode == .items ? DictItemsIterator(dict) : DictIterator(dict, mode)
    }
    func elements() -> [Value] {
        switch mode {
        case .keys: return dict.table.keys
        case .values: return dict.table.values
        case .items: return dict.table.liveEntries.map { .tuple(PyTuple([$0.key, $0.value])) }
        }
    }
    func repr(_ interp: Interp) throws -> String {
        "\(type.name)(" + (try interp.repr(.list(PyList(elements())))) + ")"
    }
}

extension BuiltinTypes {
    static let dictKeys = PyType(builtin: "dict_keys", base: object)
    static let dictValues = PyType(builtin: "dict_values", base: object)
    static let dictItems = PyType(builtin: "dict_items", base: object)
}

func installDictMethods() {
    let t = BuiltinTypes.dict
    func dict(_ a: Arguments) throws -> PyDict {
        guard let first = a.positional.first, case .dict(let d) = first else {
            throw PyException.typeError("descriptor requires a 'dict' object")
        }
        return d
    }
    defineMethod(t, "keys") { _, a in .object(PyDictView(try dict(a), .keys)) }
    defineMethod(t, "values") { _, a in .object(PyDictView(try dict(a), .values)) }
    defineMethod(t, "items") { _, a in .object(PyDictView(try dict(a), .items)) }
    for (name, mode) in [("keys", DictIterator.Mode.keys), ("values", .values), ("items", .items)] {
        defineShortcuts(t, name, { _, r in
            guard case .dict(let d) = r else { return nil }
            return .object(PyDictView(d, mode))
        })
    }
    defineMethod(t, "get") { interp, a in
        let d = try dict(a)
        try a.expectAfterSelf("get", min: 1, max: 2)
        return try d.get(a[1], interp) ?? (a.count > 2 ? a[2] : .none)
    }
    defineMethod(t, "setdefault") { interp, a in
        let d = try dict(a)
        try a.expectAfterSelf("setdefault", min: 1, max: 2)
        if let v = try d.get(a[1], interp) { return v }
        let v = a.count > 2 ? a[2] : .none
        try d.set(a[1], v, interp)
        return v
    }
    defineShortcuts(t, "setdefault", two: { interp, r, key, fallback in
        guard case .dict(let d) = r else { return nil }
        if let v = try d.get(key, interp) { return v }
        try d.set(key, fallback, interp)
        return fallback
    })
    defineMethod(t, "pop") { interp, a in
        let d = try dict(a)
        try a.expectAfterSelf("pop", min: 1, max: 2)
        if let v = try d.remove(a[1], interp) { return v }
        if a.count > 2 { return a[2] }
        throw PyException.keyError(a[1])
    }
    defineShortcuts(t, "pop", one: { interp, r, key in
        guard case .dict(let d) = r else { return nil }
        if let v = try d.remove(key, interp) { return v }
        throw PyException.keyError(key)
    }, two: { interp, r, key, fallback in
        guard case .dict(let d) = r else { return nil }
        return try d.remove(key, interp) ?? fallback
    })
    defineMethod(t, "popitem") { _, a in
        let d = try dict(a)
        guard let e = d.table.popLast() else { throw PyException(BuiltinTypes.keyError, "popitem(): dictionary is empty") }
        return .tuple(PyTuple([e.key, e.value]))
    }
    defineMethod(t, "update") { interp, a in
        let d = try dict(a)
        if a.count > 2 { throw PyException.typeError("update expected at most 1 argument, got \(a.count - 1)") }
        if a.count == 2 { try interp.mergeMapping(into: d, a[1]) }
        for (k, v) in a.keywords { try d.set(.str(PyStr.from(k)), v, interp) }
        return .none
    }
    defineMethod(t, "clear") { _, a in
        try dict(a).table.removeAll()
        return .none
    }
    defineMethod(t, "copy") { _, a in
        let d = try dict(a)
        let c = PyDict()
        c.table = d.table
        c.kind = d.kind
        c.defaultFactory = d.defaultFactory
        return .dict(c)
    }
    let fromkeys = PyBuiltinFunction("fromkeys") { interp, a in
        let d = PyDict()
        let value = a.count > 2 ? a[2] : .none
        for k in try interp.collect(a[1]) { try d.set(k, value, interp) }
        return .dict(d)
    }
    t.dict["fromkeys"] = .object(PyClassMethod(.object(fromkeys)))
    defineMethod(t, "__len__") { _, a in .int(try dict(a).count) }
    defineMethod(t, "__contains__") { interp, a in .bool(try dict(a).get(a[1], interp) != nil) }
    defineMethod(t, "__getitem__") { interp, a in try interp.getItem(a[0], a[1]) }
    defineMethod(t, "__setitem__") { interp, a in try interp.setItem(a[0], a[1], a[2]); return .none }
    defineMethod(t, "__delitem__") { interp, a in try interp.deleteItem(a[0], a[1]); return .none }
    defineMethod(t, "__iter__") { interp, a in .object(try interp.iterate(a[0])) }
    defineMethod(t, "__eq__") { interp, a in .bool(try interp.equals(a[0], a[1])) }

    for view in [BuiltinTypes.dictKeys, BuiltinTypes.dictValues, BuiltinTypes.dictItems] {
        defineMethod(view, "__len__") { _, a in
            guard case .object(let o) = a[0], let v = o as? PyDictView else { return .int(0) }
            return .int(v.dict.count)
        }
        defineMethod(view, "isdisjoint") { interp, a in
            guard case .object(let o) = a[0], let v = o as? PyDictView else { return .false }
            for x in try interp.collect(a[1]) where try interp.contains(.list(PyList(v.elements())), x) { return .false }
            return .true
        }
    }
}

func installSetMethods() {
    for t in [BuiltinTypes.set, BuiltinTypes.frozenset] {
        func set(_ a: Arguments) throws -> PySet {
            guard let first = a.positional.first, case .object(let o) = first, let s = o as? PySet else {
                throw PyException.typeError("descriptor requires a 'set' object")
            }
            return s
        }
        func otherSet(_ v: Value, _ interp: Interp) throws -> PySet {
            if case .object(let o) = v, let s = o as? PySet { return s }
            let s = PySet()
            for x in try interp.collect(v) { try s.add(x, interp) }
            return s
        }
        func combining(_ name: String, _ op: BinaryOperator) {
            defineMethod(t, name) { interp, a in
                var result: Value = .object(try set(a))
                if a.count == 1 { result = try interp.setBinary(.bitOr, try set(a), PySet(frozen: t === BuiltinTypes.frozenset)) ?? result }
                for other in a.positional.dropFirst() {
                    guard case .object(let o) = result, let cur = o as? PySet else { break }
                    result = try interp.setBinary(op, cur, try otherSet(other, interp)) ?? result
                }
                return result
            }
        }
        combining("union", .bitOr)
        combining("intersection", .bitAnd)
        combining("difference", .sub)
        combining("symmetric_difference", .bitXor)
        defineMethod(t, "issubset") { interp, a in .bool(try interp.isSubset(try set(a), try otherSet(a[1], interp))) }
        defineMethod(t, "issuperset") { interp, a in .bool(try interp.isSubset(try otherSet(a[1], interp), try set(a))) }
        defineMethod(t, "isdisjoint") { interp, a in
            let s = try set(a)
            for x in try interp.collect(a[1]) where try s.contains(x, interp) { return .false }
            return .true
        }
        defineMethod(t, "copy") { interp, a in
            let s = try set(a)
            let c = PySet(frozen: s.frozen)
            c.table = s.table
            _ = interp
            return .object(c)
        }
        defineMethod(t, "__len__") { _, a in .int(try set(a).table.count) }
        defineMethod(t, "__contains__") { interp, a in .bool(try set(a).contains(a[1], interp)) }
        if t === BuiltinTypes.frozenset { continue }
        defineMethod(t, "add") { interp, a in
            try set(a).add(a[1], interp)
            return .none
        }
        defineMethod(t, "remove") { interp, a in
            if !(try set(a).remove(a[1], interp)) { throw PyException.keyError(a[1]) }
            return .none
        }
        defineMethod(t, "discard") { interp, a in
            try set(a).remove(a[1], interp)
            return .none
        }
        defineShortcuts(t, "add", one: { interp, r, x in
            guard case .object(let o) = r, let s = o.exactly(PySet.self) else { return nil }
            try s.add(x, interp)
            return Value.none
        })
        defineShortcuts(t, "discard", one: { interp, r, x in
            guard case .object(let o) = r, let s = o.exactly(PySet.self) else { return nil }
            try s.remove(x, interp)
            return Value.none
        })
        defineMethod(t, "pop") { _, a in
            guard let e = try set(a).table.popFirst() else { throw PyException(BuiltinTypes.keyError, "pop from an empty set") }
            return e.key
        }
        defineMethod(t, "clear") { _, a in
            try set(a).table.removeAll()
            return .none
        }
        defineMethod(t, "update") { interp, a in
            let s = try set(a)
            for other in a.positional.dropFirst() { for x in try interp.collect(other) { try s.add(x, interp) } }
            return .none
        }
        for (name, op) in [("intersection_update", BinaryOperator.bitAnd), ("difference_update", .sub), ("symmetric_difference_update", .bitXor)] {
            defineMethod(t, name) { interp, a in
                let s = try set(a)
                for other in a.positional.dropFirst() {
                    _ = try interp.inplace(op, .object(s), .object(try otherSet(other, interp)))
                }
                return .none
            }
        }
    }
}

func installRangeMethods() {
    let t = BuiltinTypes.range
    func range(_ a: Arguments) throws -> PyRange {
        guard case .object(let o) = a[0], let r = o as? PyRange else { throw PyException.typeError("descriptor requires a 'range' object") }
        return r
    }
    defineMethod(t, "index") { interp, a in
        let r = try range(a)
        try a.expectAfterSelf("index", 1)
        if try interp.contains(a[0], a[1]), case .int(let i) = a[1], let p = r.position(of: i) { return .int(p) }
        throw PyException.valueError("\(try interp.repr(a[1])) is not in range")
    }
    defineMethod(t, "count") { interp, a in
        try a.expectAfterSelf("count", 1)
        return .int(try interp.contains(a[0], a[1]) ? 1 : 0)
    }
    defineMethod(t, "__len__") { _, a in .int(try range(a).count) }
    defineMethod(t, "__contains__") { interp, a in .bool(try interp.contains(a[0], a[1])) }
}
