/// The insertion-ordered hash table behind dict and set, keyed by Python equality.
///
/// Keys are hashed and compared with Python's rules (`1 == 1.0 == True` are one key; user
/// classes bring `__hash__`/`__eq__`), which Swift's Dictionary cannot express without a
/// wrapper that would need the interpreter inside `==`. Layout follows CPython's compact
/// dict: an append-only entry array (keeps order) plus an open-addressed index of positions.
struct ValueTable {
    struct Entry {
        var hash: Int
        var key: Value
        var value: Value
    }

    private(set) var entries: [Entry?] = []
    /// No live entry sits before this position (removals only leave holes after it), so
    /// finding the oldest entry is amortized O(1) even after many removals from the front.
    private var firstLiveHint = 0
    private var index: [Int32] = []       // -1 empty, -2 deleted, else position in entries
    private(set) var count = 0
    /// Bumped on every insertion or removal, so iterators can detect a size change.
    private(set) var version = 0

    init() {}

    init(minimumCapacity: Int) {
        entries.reserveCapacity(minimumCapacity)
    }

    private static func indexSize(for n: Int) -> Int {
        var size = 8
        while size < n * 3 / 2 + 1 { size <<= 1 }
        return size
    }

    /// Finds the slot holding `key`, or the slot where it would be inserted.
    private func probe(_ key: Value, _ hash: Int, _ interp: Interp) throws -> (slot: Int, found: Int?) {
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var firstDeleted: Int?
        while true {
            let p = Int(index[i])
            if p == -1 { return (firstDeleted ?? i, nil) }
            if p == -2 {
                if firstDeleted == nil { firstDeleted = i }
            } else if let e = entries[p], e.hash == hash {
                if e.key.isIdentical(to: key) { return (i, p) }
                if try interp.equals(e.key, key) { return (i, p) }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    /// Compacts the entries (keeping `frontPadding` free slots before them, for entries
    /// moved to the front) and rebuilds the index.
    private mutating func rebuild(capacity: Int, frontPadding: Int = 0) {
        var live = [Entry?](repeating: nil, count: frontPadding)
        live.reserveCapacity(capacity + frontPadding)
        for e in entries where e != nil { live.append(e) }
        entries = live
        firstLiveHint = frontPadding
        index = [Int32](repeating: -1, count: ValueTable.indexSize(for: max(capacity, live.count)))
        let mask = index.count - 1
        for (p, entry) in entries.enumerated() {
            guard let e = entry else { continue }
            var i = e.hash & mask
            var perturb = UInt(bitPattern: e.hash)
            while index[i] != -1 {
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            }
            index[i] = Int32(p)
        }
    }

    /// Sizes the table for `n` entries up front, so bulk construction (json.loads) rebuilds
    /// the index once instead of at every growth step.
    mutating func reserveCapacity(_ n: Int) {
        if n > count { rebuild(capacity: n) }
    }

    func find(_ key: Value, _ interp: Interp) throws -> Value? {
        // An unhashable key is a TypeError even when the table is empty.
        if count == 0 { _ = try interp.hash(key); return nil }
        let h = try interp.hash(key)
        guard let p = try probe(key, h, interp).found else { return nil }
        return entries[p]!.value
    }

    func contains(_ key: Value, _ interp: Interp) throws -> Bool {
        try find(key, interp) != nil
    }

    /// Inserts or replaces; an existing key keeps its position and its original key object.
    mutating func set(_ key: Value, _ value: Value, _ interp: Interp) throws {
        let h = try interp.hash(key)
        if index.isEmpty || entries.count + 1 > index.count * 2 / 3 {
            rebuild(capacity: (count + 1) * 2)
        }
        let (slot, found) = try probe(key, h, interp)
        if let p = found {
            entries[p]!.value = value
            return
        }
        index[slot] = Int32(entries.count)
        entries.append(Entry(hash: h, key: key, value: value))
        count += 1
        version &+= 1
    }

    @discardableResult
    mutating func remove(_ key: Value, _ interp: Interp) throws -> Value? {
        if count == 0 { _ = try interp.hash(key); return nil }
        let h = try interp.hash(key)
        let (slot, found) = try probe(key, h, interp)
        guard let p = found else { return nil }
        let old = entries[p]!.value
        entries[p] = nil
        index[slot] = -2
        count -= 1
        version &+= 1
        if count == 0 {
            entries = []
            firstLiveHint = 0
            index = []
        } else if entries.count > 16 && count < entries.count / 4 {
            rebuild(capacity: count * 2)
        }
        return old
    }

    mutating func removeAll() {
        entries = []
        firstLiveHint = 0
        index = []
        count = 0
        version &+= 1
    }

    /// Removes and returns the last entry (dict.popitem).
    mutating func popLast() -> Entry? {
        guard let p = entries.lastIndex(where: { $0 != nil }) else { return nil }
        let e = entries[p]!
        let mask = index.count - 1
        var i = e.hash & mask
        var perturb = UInt(bitPattern: e.hash)
        while Int(index[i]) != p {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
        index[i] = -2
        entries[p] = nil
        count -= 1
        version &+= 1
        if count == 0 { entries = []; firstLiveHint = 0; index = [] }
        return e
    }

    /// The oldest entry (OrderedDict.popitem(last=False), LRU eviction).
    mutating func firstEntry() -> Entry? {
        var i = min(firstLiveHint, entries.count)
        while i < entries.count, entries[i] == nil { i += 1 }
        firstLiveHint = i
        return i < entries.count ? entries[i] : nil
    }

    /// Moves an existing key to the end (or the front), keeping its key object and value.
    /// Returns false when the key is absent (OrderedDict.move_to_end, LRU cache hits).
    mutating func move(_ key: Value, toEnd: Bool, _ interp: Interp) throws -> Bool {
        if count == 0 { return false }
        let h = try interp.hash(key)
        let (slot, found) = try probe(key, h, interp)
        guard let p = found else { return false }
        let e = entries[p]!
        version &+= 1
        if toEnd {
            if p == entries.count - 1 { return true }
            entries[p] = nil
            index[slot] = Int32(entries.count)
            entries.append(e)
            if entries.count + 1 > index.count * 2 / 3 || (entries.count > 16 && count < entries.count / 4) {
                rebuild(capacity: count * 2)
            }
        } else {
            entries[p] = nil
            _ = firstEntry()  // moves the hint to the first live entry; every slot before it is free
            if firstLiveHint > 0 {
                firstLiveHint -= 1
                entries[firstLiveHint] = e
                index[slot] = Int32(firstLiveHint)
            } else {
                entries.insert(e, at: 0)
                rebuild(capacity: count * 2, frontPadding: count)
            }
        }
        return true
    }

    var keys: [Value] { entries.compactMap { $0?.key } }
    var values: [Value] { entries.compactMap { $0?.value } }
    var liveEntries: [Entry] { entries.compactMap { $0 } }
}

/// A dict. `defaultFactory` makes it a collections.defaultdict; `kind` tells Counter and
/// OrderedDict apart for their reprs and extra methods.
public final class PyDict: PyObject {
    enum Kind { case dict, defaultDict, counter, ordered }
    var table = ValueTable()
    var kind: Kind = .dict
    var defaultFactory: Value = .none
    override public var type: PyType {
        switch kind {
        case .dict: return BuiltinTypes.dict
        case .defaultDict: return BuiltinTypes.defaultDict
        case .counter: return BuiltinTypes.counter
        case .ordered: return BuiltinTypes.orderedDict
        }
    }
    public override init() {}

    deinit {
        if table.count == 0 { return }
        var values = table.keys + table.values
        table.removeAll()
        DeferredRelease.release(&values)
    }

    public var count: Int { table.count }

    public func get(_ key: Value, _ interp: Interp) throws -> Value? { try table.find(key, interp) }
    public func set(_ key: Value, _ value: Value, _ interp: Interp) throws { try table.set(key, value, interp) }

    /// Convenience for string keys (never calls user code).
    public func get(_ key: String) -> Value? { try? table.find(.str(PyStr(key)), Interp.keyOnly) }
    public func set(_ key: String, _ value: Value) { try? table.set(.str(PyStr(key)), value, Interp.keyOnly) }
}

public final class PySet: PyObject {
    var table = ValueTable()
    let frozen: Bool
    override public var type: PyType { frozen ? BuiltinTypes.frozenset : BuiltinTypes.set }
    init(frozen: Bool = false) { self.frozen = frozen }

    func add(_ v: Value, _ interp: Interp) throws { try table.set(v, .none, interp) }
    func contains(_ v: Value, _ interp: Interp) throws -> Bool { try table.contains(v, interp) }
    var elements: [Value] { table.keys }
}
