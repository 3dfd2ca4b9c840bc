/// Evaluation nodes: the compiler lowers the syntax tree to a tree of these final classes,
/// each knowing exactly where its operands live (slot, cell, global index), so evaluation
/// never looks a name up by string on a hot path. Dispatch is one virtual call per node.
class ExprNode {
    let line: Int
    init(line: Int) { self.line = line }
    func eval(_ f: Frame) throws -> Value { fatalError("abstract") }
}

/// Something a value can be stored into or deleted from.
class TargetNode {
    let line: Int
    init(line: Int) { self.line = line }
    func assign(_ f: Frame, _ value: __owned Value) throws { fatalError("abstract") }
    func delete(_ f: Frame) throws { fatalError("abstract") }
}

// MARK: - Names

final class ConstantNode: ExprNode {
    let value: Value
    init(_ value: Value, line: Int) {
        self.value = value
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value { value }
}

final class LocalNode: ExprNode {
    let slot: Int
    let name: String
    init(slot: Int, name: String, line: Int) {
        self.slot = slot
        self.name = name
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        if let v = f.slots[slot] { return v }
        throw PyException(BuiltinTypes.unboundLocalError,
                          "cannot access local variable '\(name)' where it is not associated with a value")
    }
}

final class LocalTarget: TargetNode {
    let slot: Int
    let name: String
    init(slot: Int, name: String, line: Int) {
        self.slot = slot
        self.name = name
        super.init(line: line)
    }
    override func assign(_ f: Frame, _ value: __owned Value) throws { f.slots[slot] = value }
    override func delete(_ f: Frame) throws {
        if f.slots[slot] == nil {
            throw PyException(BuiltinTypes.unboundLocalError,
                              "cannot access local variable '\(name)' where it is not associated with a value")
        }
        f.slots[slot] = nil
    }
}

final class CellNode: ExprNode {
    let index: Int
    let name: String
    init(index: Int, name: String, line: Int) {
        self.index = index
        self.name = name
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        if let v = f.cells[index].value { return v }
        throw PyException.nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }
}

final class CellTarget: TargetNode {
    let index: Int
    let name: String
    init(index: Int, name: String, line: Int) {
        self.index = index
        self.name = name
        super.init(line: line)
    }
    override func assign(_ f: Frame, _ value: __owned Value) throws { f.cells[index].value = value }
    override func delete(_ f: Frame) throws {
        if f.cells[index].value == nil { throw PyException.nameError("name '\(name)' is not defined") }
        f.cells[index].value = nil
    }
}

final class GlobalNode: ExprNode {
    let slot: Int
    let name: String
    init(slot: Int, name: String, line: Int) {
        self.slot = slot
        self.name = name
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        // Two plain reads, not `??`: its autoclosure copies the found value twice.
        if let v = f.globalsRef._withUnsafeGuaranteedRef({ $0.values[slot] }) { return v }
        if let v = f.globalsRef._withUnsafeGuaranteedRef({ $0.builtinFallback[slot] }) { return v }
        throw PyException.nameError("name '\(name)' is not defined")
    }
}

final class GlobalTarget: TargetNode {
    let slot: Int
    let name: String
    init(slot: Int, name: String, line: Int) {
        self.slot = slot
        self.name = name
        super.init(line: line)
    }
    override func assign(_ f: Frame, _ value: __owned Value) throws {
        f.globalsRef._withUnsafeGuaranteedRef { $0.values[slot] = value }
    }
    override func delete(_ f: Frame) throws {
        if f.globals.values[slot] == nil { throw PyException.nameError("name '\(name)' is not defined") }
        f.globals.values[slot] = nil
    }
}

/// A name in a class body: the class namespace first, then globals and builtins.
final class ClassNameNode: ExprNode {
    let name: String
    let key: Value
    let globalSlot: Int
    init(name: String, globalSlot: Int, line: Int) {
        self.name = name
        self.key = .str(PyStr.from(name))
        self.globalSlot = globalSlot
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        if let ns = f.classNamespace, let v = try ns.get(key, f.interp) { return v }
        let g = f.globals
        if let v = g.values[globalSlot] { return v }
        if let v = g.builtinFallback[globalSlot] { return v }
        throw PyException.nameError("name '\(name)' is not defined")
    }
}

final class ClassNameTarget: TargetNode {
    let name: String
    let key: Value
    init(name: String, line: Int) {
        self.name = name
        self.key = .str(PyStr.from(name))
        super.init(line: line)
    }
    override func assign(_ f: Frame, _ value: __owned Value) throws { try f.classNamespace!.set(key, value, f.interp) }
    override func delete(_ f: Frame) throws {
        if try f.classNamespace!.remove(key, f.interp) == nil {
            throw PyException.nameError("name '\(name)' is not defined")
        }
    }
}

// MARK: - Compound targets

final class AttributeTarget: TargetNode {
    let object: ExprNode
    let name: String
    init(object: ExprNode, name: String, line: Int) {
        self.object = object
        self.name = name
        cacheable = !Interp.blockedAttributes.contains(name)
        super.init(line: line)
    }
    override func assign(_ f: Frame, _ value: __owned Value) throws {
        let v = try object.eval(f)
        // `v` keeps the instance alive.
        if cacheable, let inst = v.unretainedInstance?.takeUnretainedValue() {
            if cache.applies(to: inst) {
                inst.setValue(value, atSlot: cache.slot)
                return
            }
            let version = PyType.currentAttributeVersion
            if let slot = f.interp.plainAssignmentSlot(inst, name) {
                cache.remember(inst, slot: slot, version: version)
                inst.setValue(value, atSlot: slot)
                return
            }
        }
        try f.interp.setAttribute(v, name, value)
    }
    override func delete(_ f: Frame) throws {
        try f.interp.deleteAttribute(object.eval(f), name)
    }
    /// Not a blocked name: instances may use the cache (a plain store's slot).
    private let cacheable: Bool
    private var cache = InstanceAttributeCache()
}

final class SubscriptTarget: TargetNode {
    let object: ExprNode
    let index: ExprNode
    init(object: ExprNode, index: ExprNode, line: Int) {
        self.object = object
        self.index = index
        super.init(line: line)
    }
    override func assign(_ f: Frame, _ value: __owned Value) throws {
        let o = try object.eval(f)
        let k = try index.eval(f)
        try f.interp.setItem(o, k, value)
    }
    override func delete(_ f: Frame) throws {
        let o = try object.eval(f)
        let k = try index.eval(f)
        try f.interp.deleteItem(o, k)
    }
}

/// `a, *rest, b = value`.
final class UnpackTarget: TargetNode {
    let targets: [TargetNode]
    /// Index of the starred target, if any.
    let starIndex: Int?
    /// `targets`, unretained (`targets` keeps them alive).
    private let unretainedTargets: [Unmanaged<TargetNode>]
    /// Two targets, no star: a loop over a `PairIterator` assigns the parts with `assignPair`.
    let isPair: Bool
    init(targets: [TargetNode], starIndex: Int?, line: Int) {
        self.targets = targets
        self.starIndex = starIndex
        unretainedTargets = targets.map { Unmanaged.passUnretained($0) }
        isPair = starIndex == nil && targets.count == 2
        super.init(line: line)
    }

    /// The pair `(a, b)` unpacked, without the tuple (only when `isPair`).
    @inline(__always)
    func assignPair(_ f: Frame, _ a: __owned Value, _ b: __owned Value) throws {
        try unretainedTargets[0]._withUnsafeGuaranteedRef { try $0.assign(f, a) }
        try unretainedTargets[1]._withUnsafeGuaranteedRef { try $0.assign(f, b) }
    }

    /// `target` when it is an `UnpackTarget` that `isPair`.
    static func pair(_ target: TargetNode) -> UnpackTarget? {
        guard let unpack = target as? UnpackTarget, unpack.isPair else { return nil }
        return unpack
    }
    override func assign(_ f: Frame, _ value: __owned Value) throws {
        // A tuple or list that nothing else refers to (the pair `zip`, `enumerate` or
        // `dict.items()` just made, the list `line.split()` returned) gives its items up:
        // they are moved into the targets, not copied.
        var items: [Value] = []
        var owned = false
        switch consume value {
        case .tuple(var t):
            owned = isKnownUniquelyReferenced(&t)
            items = owned ? t.takeItems() : t.items
        case .list(var l):
            owned = isKnownUniquelyReferenced(&l)
            if owned { swap(&items, &l.items) } else { items = l.items }
        case let other:
            do {
                items = try f.interp.collect(other)
                owned = true
            } catch let e as PyException where e.object.cls === BuiltinTypes.typeError
                        && e.messageText == "'\(typeName(other))' object is not iterable" {
                throw PyException.typeError("cannot unpack non-iterable \(typeName(other)) object")
            }
        }
        if let star = starIndex {
            let after = targets.count - star - 1
            if items.count < targets.count - 1 {
                throw PyException.valueError("not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))")
            }
            for i in 0..<star { try targets[i].assign(f, items[i]) }
            try targets[star].assign(f, .list(PyList(Array(items[star..<(items.count - after)]))))
            for i in 0..<after { try targets[star + 1 + i].assign(f, items[items.count - after + i]) }
            return
        }
        if items.count != targets.count {
            if items.count > targets.count {
                throw PyException.valueError("too many values to unpack (expected \(targets.count))")
            }
            throw PyException.valueError("not enough values to unpack (expected \(targets.count), got \(items.count))")
        }
        if owned {
            // Last first out of the array, so reversed first: assignment stays left to right.
            items.reverse()
            for i in 0..<unretainedTargets.count {
                let item = items.removeLast()
                try unretainedTargets[i]._withUnsafeGuaranteedRef { try $0.assign(f, item) }
            }
        } else {
            for i in 0..<unretainedTargets.count {
                try unretainedTargets[i]._withUnsafeGuaranteedRef { try $0.assign(f, items[i]) }
            }
        }
    }
    override func delete(_ f: Frame) throws {
        for t in targets { try t.delete(f) }
    }
}
