import BigInt

/// The iteration protocol: `iter(x)` and `next(it)` for every iterable kind.

final class ListIterator: PyIterator {
    let list: PyList
    var index = 0
    override var type: PyType { BuiltinTypes.iterator }
    init(_ list: PyList) { self.list = list }
    override func next(_ interp: Interp) throws -> Value? {
        // Re-reads the count each time: a list appended to while iterated yields the new items.
        if index < list.items.count {
            defer { index += 1 }
            return list.items[index]
        }
        return nil
    }
}

final class ArrayIterator: PyIterator {
    let items: [Value]
    var index = 0
    init(_ items: [Value]) { self.items = items }
    override func next(_ interp: Interp) throws -> Value? {
        if index < items.count {
            defer { index += 1 }
            return items[index]
        }
        return nil
    }
}

/// Walks a str by byte offset, so each step is O(1) on non-ASCII text too.
final class StrIterator: PyIterator {
    let string: PyStr
    var byteOffset = 0
    init(_ string: PyStr) { self.string = string }
    override func next(_ interp: Interp) throws -> Value? {
        guard byteOffset < string.utf8.count else { return nil }
        let (char, next) = string.char(atByteOffset: byteOffset)
        byteOffset = next
        return .str(char)
    }
}

final class RangeIterator: PyIterator {
    let range: PyRange
    var index: Int
    let end: Int
    let reversed: Bool
    /// Counts positions rather than adding step to a running value, which could overflow
    /// past the last element.
    init(_ r: PyRange, reversed: Bool = false) {
        range = r
        self.reversed = reversed
        end = r.count
        index = 0
    }
    override func next(_ interp: Interp) throws -> Value? {
        try interp.tick()
        guard index < end else { return nil }
        defer { index += 1 }
        return .int(range.element(reversed ? end - 1 - index : index))
    }
}

/// Iterates a dict's keys, values or items, failing if the dict changes size meanwhile.
final class DictIterator: PyIterator {
    enum Mode { case keys, values, items }
    let dict: PyDict
    let mode: Mode
    var position = 0
    let version: Int
    init(_ dict: PyDict, _ mode: Mode) {
        self.dict = dict
        self.mode = mode
        self.version = dict.table.version
    }
    override func next(_ interp: Interp) throws -> Value? {
        guard let e = try dict.nextEntry(&position, since: version) else { return nil }
        switch mode {
        case .keys: return e.key
        case .values: return e.value
        case .items: return .tuple(PyTuple([e.key, e.value]))
        }
    }
}

/// An iterator whose items are 2-tuples made fresh for each step (`enumerate`, `zip` of two
/// iterables, `dict.items()`). A loop that unpacks each item into two targets
/// (`for k, v in d.items()`) takes the two parts from `nextPair` instead, and no tuple is
/// built: CPython reuses one tuple for this; here the tuple and its items array would be two
/// allocations per step.
class PairIterator: PyIterator {
    func nextPair(_ interp: Interp) throws -> (Value, Value)? { fatalError("abstract") }

    override func next(_ interp: Interp) throws -> Value? {
        guard let (a, b) = try nextPair(interp) else { return nil }
        return .tuple(PyTuple([a, b]))
    }
}

/// `dict.items()` iterated.
final class DictItemsIterator: PairIterator {
    let dict: PyDict
    var position = 0
    let version: Int
    init(_ dict: PyDict) {
        self.dict = dict
        self.version = dict.table.version
    }
    override func nextPair(_ interp: Interp) throws -> (Value, Value)? {
        guard let e = try dict.nextEntry(&position, since: version) else { return nil }
        return (e.key, e.value)
    }
}

extension PyDict {
    /// The live entry at or after `position` (left just past it), nil at the end; an error
    /// if the dict changed size since an iterator recorded `version`.
    func nextEntry(_ position: inout Int, since version: Int) throws -> ValueTable.Entry? {
        if table.version != version {
            throw PyException.runtimeError("dictionary changed size during iteration")
        }
        let entries = table.entries
        while position < entries.count {
            defer { position += 1 }
            if let e = entries[position] { return e }
        }
        return nil
    }
}

/// `enumerate(iterable, start)`.
final class EnumerateIterator: PairIterator {
    let source: PyIterator
    private var index: Int
    /// The count once it has passed Int.max.
    private var bigIndex: BigInt?
    override var type: PyType { BuiltinTypes.enumerate }
    init(_ source: PyIterator, start: Int) {
        self.source = source
        self.index = start
    }
    override func nextPair(_ interp: Interp) throws -> (Value, Value)? {
        try interp.tick()
        guard let x = try source.next(interp) else { return nil }
        if let big = bigIndex {
            bigIndex = big + 1
            return (.integer(big), x)
        }
        let (next, overflow) = index.addingReportingOverflow(1)
        defer { if overflow { bigIndex = BigInt(index) + 1 } else { index = next } }
        return (.int(index), x)
    }
}

/// `zip(a, b)` (more iterables, or none, use the general zip).
final class ZipPairIterator: PairIterator {
    let first: PyIterator
    let second: PyIterator
    let strict: Bool
    override var type: PyType { BuiltinTypes.zip }
    init(_ first: PyIterator, _ second: PyIterator, strict: Bool) {
        self.first = first
        self.second = second
        self.strict = strict
    }
    override func nextPair(_ interp: Interp) throws -> (Value, Value)? {
        try interp.tick()
        guard let a = try first.next(interp) else {
            if strict, try second.next(interp) != nil {
                throw PyException.valueError("zip() argument 2 is longer than argument 1")
            }
            return nil
        }
        guard let b = try second.next(interp) else {
            if strict { throw PyException.valueError("zip() argument 2 is shorter than argument 1") }
            return nil
        }
        return (a, b)
    }
}

final class SetIterator: PyIterator {
    let set: PySet
    var position = 0
    let version: Int
    init(_ set: PySet) {
        self.set = set
        self.version = set.table.version
    }
    override func next(_ interp: Interp) throws -> Value? {
        if set.table.version != version { throw PyException.runtimeError("Set changed size during iteration") }
        let entries = set.table.entries
        while position < entries.count {
            defer { position += 1 }
            if let e = entries[position] { return e.key }
        }
        return nil
    }
}

/// An instance of a user class with `__next__`.
final class UserIterator: PyIterator {
    let object: Value
    let nextMethod: Value
    init(object: Value, nextMethod: Value) {
        self.object = object
        self.nextMethod = nextMethod
    }
    override func next(_ interp: Interp) throws -> Value? {
        do {
            return try interp.call(nextMethod, Arguments([object]))
        } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.stopIteration) {
            return nil
        }
    }
}

/// A user class with only `__getitem__`: the old sequence protocol.
final class SequenceIterator: PyIterator {
    let object: Value
    var index = 0
    init(_ object: Value) { self.object = object }
    override func next(_ interp: Interp) throws -> Value? {
        // `__getitem__` may be a built-in (`__getitem__ = print`): no Python call then
        // checks the run's limits, so this does.
        try interp.tick()
        do {
            defer { index += 1 }
            return try interp.getItem(object, .int(index))
        } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.indexError)
            || e.object.cls.isSubtype(of: BuiltinTypes.stopIteration) {
            return nil
        }
    }
}

extension Interp {
    /// `iter(v)`.
    /// An iterator over `v`; `notIterable` replaces the TypeError's usual message when `v`
    /// cannot be iterated (`str.join` says "can only join an iterable").
    public func iterate(_ v: Value, notIterable: String? = nil) throws -> PyIterator {
        switch v {
        case .list(let l): return ListIterator(l)
        case .tuple(let t): return ArrayIterator(t.items)
        case .str(let s): return StrIterator(s)
        case .dict(let d): return DictIterator(d, .keys)
        case .object(let o):
            switch o {
            case let it as PyIterator: return it
            case let r as PyRange: return RangeIterator(r)
            case let s as PySet: return SetIterator(s)
            case let b as PyBytes: return ArrayIterator(b.bytes.map { .int(Int($0)) })
            default:
                if let m = userMethod(v, "__iter__") {
                    let it = try callSpecial(m, v)
                    if case .object(let io) = it, let native = io as? PyIterator { return native }
                    guard let next = userMethod(it, "__next__") else {
                        throw PyException.typeError("iter() returned non-iterator of type '\(typeName(it))'")
                    }
                    return UserIterator(object: it, nextMethod: next)
                }
                if userMethod(v, "__getitem__") != nil { return SequenceIterator(v) }
                if let n = o as? NativeIterable { return try n.makeIterator(self) }
            }
        default: break
        }
        throw PyException.typeError(notIterable ?? "'\(typeName(v))' object is not iterable")
    }

    /// All items of an iterable, in order.
    public func collect(_ v: Value, notIterable: String? = nil) throws -> [Value] {
        switch v {
        case .list(let l): return l.items
        case .tuple(let t): return t.items
        case .dict(let d): return d.table.keys
        case .object(let o as PyRange):
            try reserve(bytes: o.count * MemoryLayout<Value>.stride)
            var out: [Value] = []
            out.reserveCapacity(o.count)
            for i in 0..<o.count { out.append(.int(o.element(i))) }
            return out
        default:
            let it = try iterate(v, notIterable: notIterable)
            var out: [Value] = []
            while let x = try it.next(self) {
                try tick()
                out.append(x)
            }
            return out
        }
    }

    /// `next(it)` on any value that should be an iterator.
    func nextItem(_ v: Value) throws -> Value? {
        if case .object(let o) = v {
            if let it = o as? PyIterator { return try it.next(self) }
            if let m = userMethod(v, "__next__") {
                do {
                    return try callSpecial(m, v)
                } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.stopIteration) {
                    return nil
                }
            }
        }
        throw PyException.typeError("'\(typeName(v))' object is not an iterator")
    }
}

/// Native objects that can be iterated (deque, Counter views ...).
protocol NativeIterable {
    func makeIterator(_ interp: Interp) throws -> PyIterator
}
