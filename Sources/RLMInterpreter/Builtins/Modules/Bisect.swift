/// `bisect`: binary search and insertion in sorted sequences, with lo/hi bounds and key=
/// (3.10+). Comparisons use `<` only, in the same direction as CPython.
func makeBisectModule(_ interp: Interp) -> PyModule {
    var dict: [String: Value] = [:]
    for (name, right) in [("bisect_left", false), ("bisect_right", true)] {
        dict[name] = .object(PyBuiltinFunction(name) { interp, a in
            let p = try BisectArguments(interp, a, name)
            return .int(try interp.bisect(p.sequence, p.x, p.lo, p.hi, p.key, right: right))
        })
    }
    dict["bisect"] = dict["bisect_right"]
    for (name, right) in [("insort_left", false), ("insort_right", true)] {
        dict[name] = .object(PyBuiltinFunction(name) { interp, a in
            let p = try BisectArguments(interp, a, name)
            let probe = p.key.isNone ? p.x : try interp.call(p.key, Arguments([p.x]))
            let i = try interp.bisect(p.sequence, probe, p.lo, p.hi, p.key, right: right)
            if case .list(let l) = p.sequence {
                l.items.insert(p.x, at: min(max(i, 0), l.items.count))
            } else {
                _ = try interp.call(try interp.getAttribute(p.sequence, "insert"), Arguments([.int(i), p.x]))
            }
            return .none
        })
    }
    dict["insort"] = dict["insort_right"]
    return PyModule(name: "bisect", dict: dict)
}

/// `(a, x, lo=0, hi=len(a), *, key=None)`.
private struct BisectArguments {
    let sequence: Value
    let x: Value
    let lo: Int
    let hi: Int
    let key: Value

    init(_ interp: Interp, _ a: Arguments, _ name: String) throws {
        let p = try a.bind(name, ["a", "x", "lo", "hi", "key"], required: 2)
        sequence = p[0]!
        x = p[1]!
        lo = try p[2]?.asInt("lo") ?? 0
        if lo < 0 { throw PyException.valueError("lo must be non-negative") }
        if let h = p[3], !h.isNone { hi = try h.asInt("hi") } else { hi = try interp.length(sequence) }
        key = p[4] ?? .none
    }
}

extension Interp {
    /// The insertion point of `x` in `a[lo:hi]`: left of equal items, or right of them.
    func bisect(_ a: Value, _ x: Value, _ low: Int, _ high: Int, _ key: Value, right: Bool) throws -> Int {
        var lo = low, hi = high
        while lo < hi {
            let mid = (lo + hi) / 2
            var item: Value
            if case .list(let l) = a, mid < l.items.count { item = l.items[mid] } else { item = try getItem(a, .int(mid)) }
            if !key.isNone { item = try call(key, item) }
            if right {
                if try lessThan(x, item) { hi = mid } else { lo = mid + 1 }
            } else {
                if try lessThan(item, x) { lo = mid + 1 } else { hi = mid }
            }
        }
        return lo
    }
}
