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

    /// Bumped whenever entry positions or the index are rebuilt or reset, so a lookup that
    /// ran user code (`__eq__`) can tell that the positions it holds are stale.
    private(set) var layoutVersion = 0

    /// The outcome of a lookup that calls no user code.
    enum PlainLookup {
        case found(Int)
        case absent
        /// A candidate with the same hash needs a comparison that may run user code.
        case needsUserCode
    }

    /// Looks `key` up comparing only values whose equality runs no user code (the common
    /// case: str, int, float, tuples of them...). Never calls user code.
    ///
    /// `mutating` though it writes nothing: called through a class's stored `table`, a
    /// non-mutating method gets a copy of the struct, retaining and releasing both arrays on
    /// every lookup; a mutating one works in place.
    mutating func lookupPlain(_ key: Value, _ hash: Int, _ interp: Interp) -> PlainLookup {
        if index.isEmpty { return .absent }
        if case .str(let k) = key {
            // The common key: a str equals only a str (or a user object's __eq__).
            return probeInPlace(hash) { entry in
                switch entry.pointee?.key {
                case .str(let s)?: return s == k ? .equal : .different
                case .object?: return .needsUserCode
                default: return .different
                }
            }
        }
        if case .int(let k) = key {
            // The other common key: an int equals an equal int, bool or integral float.
            return probeInPlace(hash) { entry in
                switch entry.pointee?.key {
                case .int(let j)?: return j == k ? .equal : .different
                case .bool(let b)?: return (b ? 1 : 0) == k ? .equal : .different
                case .float(let d)?: return Int(exactly: d) == k ? .equal : .different
                case .object?: return .needsUserCode
                default: return .different
                }
            }
        }
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        let keyPlain = key.hasPlainEquality
        while true {
            let p = Int(index[i])
            if p == -1 { return .absent }
            if p >= 0, entries[p]?.hash == hash, let candidate = entries[p]?.key {
                if candidate.isIdentical(to: key) { return .found(p) }
                guard keyPlain && candidate.hasPlainEquality else { return .needsUserCode }
                guard let equal = try? interp.equals(candidate, key) else { return .needsUserCode }
                if equal { return .found(p) }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    private enum Verdict { case equal, different, needsUserCode }

    /// The probe sequence for `hash`, each candidate with that hash judged through a pointer
    /// to its entry: only the fields read are loaded, no copy of the entry (which would
    /// retain its key and value). The index must not be empty.
    @inline(__always)
    private mutating func probeInPlace(_ hash: Int, _ judge: (UnsafePointer<Entry?>) -> Verdict) -> PlainLookup {
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        return entries.withUnsafeBufferPointer { entries in
            while true {
                let p = Int(index[i])
                if p == -1 { return .absent }
                if p >= 0 {
                    let entry = entries.baseAddress! + p
                    if entry.pointee?.hash == hash {
                        switch judge(entry) {
                        case .equal: return .found(p)
                        case .needsUserCode: return .needsUserCode
                        case .different: break
                        }
                    }
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            }
        }
    }

    /// The value of the live entry at `p`, loaded through a pointer: reading `entries[p]!.value`
    /// copies the whole entry first (retaining key and value). `mutating` for the same reason
    /// as `lookupPlain`.
    @inline(__always)
    mutating func value(at p: Int) -> Value {
        entries.withUnsafeBufferPointer { ($0.baseAddress! + p).pointee?.value } ?? .none
    }

    /// Looks a str key up among the str keys (the String convenience API).
    func lookupPlainStr(_ key: Value, _ hash: Int) -> PlainLookup {
        guard case .str(let k) = key, !index.isEmpty else { return .absent }
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let p = Int(index[i])
            if p == -1 { return .absent }
            if p >= 0, let e = entries[p], e.hash == hash, case .str(let s) = e.key, s == k { return .found(p) }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    /// The hash-matching candidate positions in probe order, up to the first
    /// empty slot (for lookups that must compare outside any access to the table).
    func candidates(_ hash: Int) -> [Int] {
        if index.isEmpty { return [] }
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var out: [Int] = []
        while true {
            let p = Int(index[i])
            if p == -1 { return out }
            if p >= 0, let e = entries[p], e.hash == hash { out.append(p) }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    /// The index slot that holds entry position `p`.
    private func slot(of p: Int, _ hash: Int) -> Int {
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while Int(index[i]) != p {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
        return i
    }

    /// Replaces the value of the entry at `p`.
    mutating func replaceValue(at p: Int, _ value: Value) {
        entries[p]!.value = value
    }

    /// Appends an entry for a key known to be absent (the caller looked it up).
    mutating func insertAbsent(_ key: Value, _ value: Value, _ hash: Int) {
        if index.isEmpty || entries.count + 1 > index.count * 2 / 3 {
            rebuild(capacity: (count + 1) * 2)
        }
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while index[i] >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
        index[i] = Int32(entries.count)
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
        version &+= 1
    }

    /// Removes the entry at `p` and returns its value.
    mutating func removeEntry(at p: Int) -> Value {
        let e = entries[p]!
        index[slot(of: p, e.hash)] = -2
        entries[p] = nil
        count -= 1
        version &+= 1
        if count == 0 {
            entries = []
            firstLiveHint = 0
            index = []
            layoutVersion &+= 1
        } else if entries.count > 16 && count < entries.count / 4 {
            rebuild(capacity: count * 2)
        }
        return e.value
    }

    /// Compacts the entries (keeping `frontPadding` free slots before them, for entries
    /// moved to the front) and rebuilds the index.
    private mutating func rebuild(capacity: Int, frontPadding: Int = 0) {
        var live = [Entry?](repeating: nil, count: frontPadding)
        live.reserveCapacity(capacity + frontPadding)
        firstLiveHint = frontPadding
        for e in entries where e != nil { live.append(e) }
        entries = live
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
        layoutVersion &+= 1
    }

    /// Sizes the table for `n` entries up front, so bulk construction (json.loads) rebuilds
    /// the index once instead of at every growth step.
    mutating func reserveCapacity(_ n: Int) {
        if n > count { rebuild(capacity: n) }
    }

    mutating func removeAll() {
        firstLiveHint = 0
        entries = []
        index = []
        count = 0
        version &+= 1
        layoutVersion &+= 1
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
        if count == 0 { entries = []; firstLiveHint = 0; index = []; layoutVersion &+= 1 }
        return e
    }

    /// Removes and returns the first entry in iteration order: `set.pop()`, which in CPython
    /// also takes the first element it would iterate (from a fresh set).
    mutating func popFirst() -> Entry? {
        guard let e = firstEntry() else { return nil }
        _ = removeEntry(at: firstLiveHint)
        return e
    }

    /// The oldest entry (OrderedDict.popitem(last=False), LRU eviction).
    mutating func firstEntry() -> Entry? {
        var i = min(firstLiveHint, entries.count)
        while i < entries.count, entries[i] == nil { i += 1 }
        firstLiveHint = i
        return i < entries.count ? entries[i] : nil
    }

    /// Moves the entry at `p` to the end (or the front), keeping its key object and value
    /// (OrderedDict.move_to_end, LRU cache hits). Runs no user code.
    mutating func moveEntry(at p: Int, toEnd: Bool) {
        let e = entries[p]!
        let slot = slot(of: p, e.hash)
        version &+= 1
        if toEnd {
            if p == entries.count - 1 { return }
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
        layoutVersion &+= 1
    }

    /// Whether some key or value is a container or object (whose release can cascade).
    var holdsContainers: Bool {
        entries.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count {
                let entry = buf.baseAddress! + i
                if entry.pointee?.key.ownsHeapChildren == true || entry.pointee?.value.ownsHeapChildren == true {
                    return true
                }
            }
            return false
        }
    }

    var keys: [Value] { entries.compactMap { $0?.key } }
    var values: [Value] { entries.compactMap { $0?.value } }
    var liveEntries: [Entry] { entries.compactMap { $0 } }
}

/// A dict. `defaultFactory` makes it a collections.defaultdict; `kind` tells Counter and
/// OrderedDict apart for their reprs and extra methods.
public final class PyDict: PyObject, ValueTableOwner {
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

    /// Moves an existing key to the end (or front); false when the key is absent.
    func move(_ key: Value, toEnd: Bool, _ interp: Interp) throws -> Bool {
        guard let p = try locate(key, interp) else { return false }
        table.moveEntry(at: p, toEnd: toEnd)
        return true
    }

    deinit {
        // Only keys and values that hold other containers can make freeing recurse deeply;
        // a dict of strs and numbers (a parsed JSON record) is freed the ordinary way.
        if table.count == 0 || !table.holdsContainers { return }
        var values = table.keys + table.values
        table.removeAll()
        DeferredRelease.release(&values)
    }

    public var count: Int { table.count }

    /// The value of `key`, an inert key (str, int, float, bool, None), when finding it runs no
    /// Python code; nil when it is absent or some key's `__eq__` would have to decide (the
    /// caller then takes the general path).
    func valueForInertKey(_ key: Value, _ interp: Interp) throws -> Value? {
        guard case .found(let p) = table.lookupPlain(key, try interp.hash(key), interp) else { return nil }
        return table.value(at: p)
    }

    public func get(_ key: Value, _ interp: Interp) throws -> Value? {
        guard let p = try locate(key, interp) else { return nil }
        return table.value(at: p)
    }

    /// Inserts or replaces; an existing key keeps its position and its original key object.
    public func set(_ key: Value, _ value: Value, _ interp: Interp) throws {
        let h = try interp.hash(key)
        if let p = try locate(key, h, interp) {
            table.replaceValue(at: p, value)
        } else {
            table.insertAbsent(key, value, h)
        }
    }

    /// Removes `key`; its value, or nil when absent.
    @discardableResult
    public func remove(_ key: Value, _ interp: Interp) throws -> Value? {
        guard let p = try locate(key, interp) else { return nil }
        return table.removeEntry(at: p)
    }

    public func contains(_ key: Value, _ interp: Interp) throws -> Bool { try locate(key, interp) != nil }

    /// Convenience for string keys: compares with str keys only, never calls user code.
    public func get(_ key: String) -> Value? {
        let k = Value.str(PyStr.from(key))
        let h = k.plainStrHash
        guard case .found(let p) = table.lookupPlainStr(k, h) else { return nil }
        return table.value(at: p)
    }

    public func set(_ key: String, _ value: Value) {
        let k = Value.str(PyStr.from(key))
        let h = k.plainStrHash
        if case .found(let p) = table.lookupPlainStr(k, h) {
            table.replaceValue(at: p, value)
        } else {
            table.insertAbsent(k, value, h)
        }
    }
}

/// dict and set share the lookup that may run user code (`__hash__`, `__eq__`). That code
/// may read or change the very table being searched, so it never runs while the table is
/// being accessed: candidates are compared one at a time between brief reads, and a lookup
/// whose table changed meanwhile starts again (as CPython's does).
protocol ValueTableOwner: AnyObject {
    var table: ValueTable { get set }
}

extension ValueTableOwner {
    /// The entry position of `key`, or nil.
    func locate(_ key: Value, _ interp: Interp) throws -> Int? {
        let h = try interp.hash(key)
        return try locate(key, h, interp)
    }

    func locate(_ key: Value, _ hash: Int, _ interp: Interp) throws -> Int? {
        switch table.lookupPlain(key, hash, interp) {
        case .found(let p): return p
        case .absent: return nil
        case .needsUserCode: break
        }
        var restarts = 0
        restart: while true {
            let layout = table.layoutVersion
            for p in table.candidates(hash) {
                guard let candidate = table.entries[p]?.key else { continue }
                if candidate.isIdentical(to: key) { return p }
                let equal = try interp.equals(candidate, key)
                // Positions are stale if the table was rebuilt, or this entry replaced.
                if table.layoutVersion != layout || p >= table.entries.count
                    || !(table.entries[p]?.key.isIdentical(to: candidate) ?? false) {
                    restarts += 1
                    if restarts > 1000 { throw PyException.runtimeError("dictionary keys changed during lookup") }
                    continue restart
                }
                if equal { return p }
            }
            return nil
        }
    }
}

public final class PySet: PyObject, ValueTableOwner {
    var table = ValueTable()
    let frozen: Bool
    override public var type: PyType { frozen ? BuiltinTypes.frozenset : BuiltinTypes.set }
    init(frozen: Bool = false) { self.frozen = frozen }

    func add(_ v: Value, _ interp: Interp) throws {
        let h = try interp.hash(v)
        if try locate(v, h, interp) == nil { table.insertAbsent(v, .none, h) }
    }
    func contains(_ v: Value, _ interp: Interp) throws -> Bool { try locate(v, interp) != nil }
    /// Removes `v`; whether it was present.
    @discardableResult
    func remove(_ v: Value, _ interp: Interp) throws -> Bool {
        guard let p = try locate(v, interp) else { return false }
        _ = table.removeEntry(at: p)
        return true
    }
    var elements: [Value] { table.keys }
}

extension Value {
    /// Whether comparing this value for equality can never run user code (so a hash-table
    /// lookup may compare it while the table is being accessed).
    var hasPlainEquality: Bool { plainEquality(depth: 0) }

    private func plainEquality(depth: Int) -> Bool {
        switch self {
        case .none, .bool, .int, .big, .float, .str: return true
        case .tuple(let t):
            guard depth < 16 else { return false }
            for item in t.items where !item.plainEquality(depth: depth + 1) { return false }
            return true
        default: return false
        }
    }

    /// The hash of a str value (as Interp.hash gives it: the cached hash, not `hashValue`,
    /// which would run the hasher again over it on every lookup).
    var plainStrHash: Int {
        guard case .str(let s) = self else { return 0 }
        return s.hashCode
    }
}
