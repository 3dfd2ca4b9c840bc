/// `heapq`: a binary min-heap kept in a list, with CPython's exact sift algorithm (so the
/// list's order after each operation is the same), plus nlargest/nsmallest and merge.
func makeHeapqModule(_ interp: Interp) -> PyModule {
    var dict: [String: Value] = [:]
    func function(_ name: String, _ body: @escaping BuiltinBody) {
        dict[name] = .object(PyBuiltinFunction(name, body))
    }
    func heapList(_ v: Value, _ function: String) throws -> PyList {
        guard case .list(let l) = v else {
            throw PyException.typeError("\(function)() argument 1 must be list, not \(typeName(v))")
        }
        return l
    }
    function("heappush") { interp, a in
        try a.expect("heappush", 2)
        let heap = try heapList(a[0], "heappush")
        heap.items.append(a[1])
        try interp.siftDown(heap, 0, heap.items.count - 1)
        return .none
    }
    function("heappop") { interp, a in
        try a.expect("heappop", 1)
        let heap = try heapList(a[0], "heappop")
        guard let last = heap.items.popLast() else { throw PyException.indexError("index out of range") }
        if heap.items.isEmpty { return last }
        let top = heap.items[0]
        heap.items[0] = last
        try interp.siftUp(heap, 0)
        return top
    }
    function("heapify") { interp, a in
        try a.expect("heapify", 1)
        let heap = try heapList(a[0], "heapify")
        var i = heap.items.count / 2 - 1
        while i >= 0 {
            try interp.siftUp(heap, i)
            i -= 1
        }
        return .none
    }
    function("heapreplace") { interp, a in
        try a.expect("heapreplace", 2)
        let heap = try heapList(a[0], "heapreplace")
        if heap.items.isEmpty { throw PyException.indexError("index out of range") }
        let top = heap.items[0]
        heap.items[0] = a[1]
        try interp.siftUp(heap, 0)
        return top
    }
    function("heappushpop") { interp, a in
        try a.expect("heappushpop", 2)
        let heap = try heapList(a[0], "heappushpop")
        if let top = heap.items.first, try interp.lessThan(top, a[1]) {
            if heap.items.isEmpty { throw PyException.indexError("index out of range") }
            heap.items[0] = a[1]
            try interp.siftUp(heap, 0)
            return top
        }
        return a[1]
    }
    for (name, largest) in [("nlargest", true), ("nsmallest", false)] {
        function(name) { interp, a in
            let p = try a.bindDef(name, ["n", "iterable", "key"], defaults: 1).slots
            let n = try p[0]!.asInt("n")
            let items = try interp.collect(p[1]!)
            if n <= 0 { return .list(PyList([])) }
            // Equivalent to sorted(iterable, key=key, reverse=largest)[:n], which is what
            // CPython's implementation guarantees (ties keep their original order).
            let sorted = try interp.sortValues(items, key: p[2] ?? .none, reverse: largest)
            return .list(PyList(Array(sorted.prefix(n))))
        }
    }
    function("merge") { interp, a in
        var key = Value.none
        var reverse = false
        for (k, v) in a.keywords {
            switch k {
            case "key": key = v
            case "reverse": reverse = try interp.truthy(v)
            default: throw PyException.typeError("merge() got an unexpected keyword argument '\(k)'")
            }
        }
        let sources = try a.positional.map { try interp.iterate($0) }
        // The current head of each source and its key; nil once exhausted.
        var heads: [(value: Value, key: Value)?] = []
        var started = false
        func advance(_ i: Int) throws {
            if let x = try sources[i].next(interp) {
                heads[i] = (x, key.isNone ? x : try interp.call(key, x))
            } else {
                heads[i] = nil
            }
        }
        return .object(ClosureIterator { interp in
            if !started {
                started = true
                heads = Array(repeating: nil, count: sources.count)
                for i in sources.indices { try advance(i) }
            }
            // The smallest (largest when reversed) head; ties go to the earliest source.
            var best: Int?
            for (i, h) in heads.enumerated() {
                guard let h = h else { continue }
                guard let b = best, let current = heads[b] else { best = i; continue }
                if reverse ? try interp.lessThan(current.key, h.key) : try interp.lessThan(h.key, current.key) { best = i }
            }
            guard let b = best else { return nil }
            let v = heads[b]!.value
            try advance(b)
            return v
        })
    }
    return PyModule(name: "heapq", dict: dict)
}

extension Interp {
    /// `a < b` for heap code: a user `__lt__` that resizes the heap is an error (CPython's
    /// check; without it the indices below would be stale).
    private func heapLess(_ heap: PyList, _ a: Value, _ b: Value, _ size: Int) throws -> Bool {
        let r = try lessThan(a, b)
        if heap.items.count != size { throw PyException.runtimeError("list changed size during iteration") }
        return r
    }

    /// heapq._siftdown: moves the item at `pos` up towards `start` while it is smaller than
    /// its parent.
    func siftDown(_ heap: PyList, _ start: Int, _ position: Int) throws {
        let size = heap.items.count
        var pos = position
        let item = heap.items[pos]
        while pos > start {
            let parentPos = (pos - 1) >> 1
            let parent = heap.items[parentPos]
            if try heapLess(heap, item, parent, size) {
                heap.items[pos] = parent
                pos = parentPos
                continue
            }
            break
        }
        heap.items[pos] = item
    }

    /// heapq._siftup: moves the smaller child up until a leaf, then sifts the item down.
    func siftUp(_ heap: PyList, _ position: Int) throws {
        var pos = position
        let end = heap.items.count
        let start = pos
        let item = heap.items[pos]
        var child = 2 * pos + 1
        while child < end {
            let right = child + 1
            if right < end, !(try heapLess(heap, heap.items[child], heap.items[right], end)) { child = right }
            heap.items[pos] = heap.items[child]
            pos = child
            child = 2 * pos + 1
        }
        heap.items[pos] = item
        try siftDown(heap, start, pos)
    }
}
