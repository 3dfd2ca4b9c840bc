#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// sorted(), list.sort(), and the key comparisons behind them.
///
/// Sorting compares keys O(n log n) times, so the comparator must not touch reference counts.
/// When every key is an int, float, str, or a tuple of those (what models sort by), the keys
/// are flattened once into `SortAtom`s that compare without dispatch or ARC; anything else
/// uses Python's general `<`.
extension Interp {
    /// Python's sort: stable, by `key`, optionally reversed (equal keys keep their order).
    func sortValues(_ items: [Value], key: Value, reverse: Bool) throws -> [Value] {
        var keys = items
        if !key.isNone {
            keys = []
            keys.reserveCapacity(items.count)
            for item in items { keys.append(try call(key, item)) }
        }
        // The comparator holds the interpreter unretained: a closure over `self` retained and
        // released it on every comparison (an eighth of a big sort's time).
        let interp = Unmanaged.passUnretained(self)
        let tickUnretained = { try interp._withUnsafeGuaranteedRef { try $0.tick() } }
        if let order = try FlatSortKeys(keys)?.order(reverse: reverse, tick: tickUnretained) {
            return order.map { items[$0] }
        }
        // Swift's sort is a stable merge sort (a modified timsort) and calls the predicate once
        // per comparison, so each comparison is one Python `<`, as in CPython.
        var order = Array(0..<items.count)
        try order.sort { a, b in
            try tick()
            return reverse ? try lessThan(keys[b], keys[a]) : try lessThan(keys[a], keys[b])
        }
        return order.map { items[$0] }
    }
}

/// One comparable piece of a sort key. A string is a byte range of the sort's arena (all key
/// strings copied once into one buffer), so comparing two touches no reference counts: the
/// arena is held as a raw pointer for the whole sort. UTF-8 byte order is code point order.
enum SortAtom {
    case int(Int)
    case float(Double)
    case str(start: Int, length: Int)

    /// -1, 0, 1; nil when Python would raise TypeError (the general path reports it).
    @inline(__always)
    static func compare(_ a: SortAtom, _ b: SortAtom, _ arena: UnsafePointer<UInt8>) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        case (.int(let x), .float(let y)):
            guard let d = Double(exactly: x), !y.isNaN else { return nil }
            return d < y ? -1 : (d == y ? 0 : 1)
        case (.float(let x), .int(let y)):
            guard let d = Double(exactly: y), !x.isNaN else { return nil }
            return x < d ? -1 : (x == d ? 0 : 1)
        case (.str(let xs, let xn), .str(let ys, let yn)):
            let n = min(xn, yn)
            let c = n == 0 ? 0 : memcmp(arena + xs, arena + ys, n)
            if c != 0 { return c < 0 ? -1 : 1 }
            return xn == yn ? 0 : (xn < yn ? -1 : 1)
        default:
            return nil
        }
    }
}

/// All keys flattened into one atom array; key i is atoms[start[i] ..< start[i + 1]].
struct FlatSortKeys {
    private var atoms: [SortAtom] = []
    private var start: [Int] = [0]
    private var arena: [UInt8] = []

    init?(_ keys: [Value]) {
        atoms.reserveCapacity(keys.count)
        start.reserveCapacity(keys.count + 1)
        for k in keys {
            switch k {
            case .tuple(let t):
                for item in t.items {
                    guard let a = atom(item) else { return nil }
                    atoms.append(a)
                }
            default:
                guard let a = atom(k) else { return nil }
                atoms.append(a)
            }
            start.append(atoms.count)
        }
        // A byte past the end keeps the arena's base address valid when no key is a str.
        arena.append(0)
        // Tuples and scalars do not compare with each other: leave mixed keys to the general path.
        if keys.contains(where: { if case .tuple = $0 { return true }; return false })
            && !keys.allSatisfy({ if case .tuple = $0 { return true }; return false }) {
            return nil
        }
    }

    @inline(__always)
    private mutating func atom(_ v: Value) -> SortAtom? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .str(let s):
            let start = arena.count
            s.withUTF8 { arena.append(contentsOf: $0) }
            return .str(start: start, length: s.utf8.count)
        default: return nil
        }
    }

    /// The stable sorted order of the keys, or nil if two keys cannot be compared. `tick`
    /// runs every 4096 comparisons: sorting ten million keys takes seconds, which the time
    /// limit must be able to cut short.
    func order(reverse: Bool, tick: () throws -> Void) throws -> [Int]? {
        var order = Array(0..<(start.count - 1))
        var incomparable = false
        var comparisons = 0
        try arena.withUnsafeBufferPointer { arenaBuffer in
            let arena = arenaBuffer.baseAddress!
            try atoms.withUnsafeBufferPointer { atoms in
                try start.withUnsafeBufferPointer { start in
                    try order.sort { a, b in
                        comparisons &+= 1
                        if comparisons & 4095 == 0 { try tick() }
                        let (la, ha) = (start[a], start[a + 1])
                        let (lb, hb) = (start[b], start[b + 1])
                        var c = 0
                        var i = 0
                        while la + i < ha && lb + i < hb {
                            guard let r = SortAtom.compare(atoms[la + i], atoms[lb + i], arena) else {
                                incomparable = true
                                return a < b
                            }
                            if r != 0 { c = r; break }
                            i += 1
                        }
                        if c == 0 { c = (ha - la) < (hb - lb) ? -1 : ((ha - la) == (hb - lb) ? 0 : 1) }
                        if c == 0 { return a < b }
                        return reverse ? c > 0 : c < 0
                    }
                }
            }
        }
        return incomparable ? nil : order
    }
}
