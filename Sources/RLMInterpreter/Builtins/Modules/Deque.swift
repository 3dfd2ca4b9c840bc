/// collections.deque: a double-ended queue on a ring buffer (O(1) at both ends), with an
/// optional maximum length that discards from the opposite end.
final class PyDeque: PyObject, CustomRepr, NativeIterable, NativeSubscript, NativeLength, NativeAttributes {
    /// Slots; the elements are `count` slots starting at `head`, wrapping around.
    private var buffer: [Value?]
    private var head = 0
    private(set) var count = 0
    let maxlen: Int?
    /// Bumped by every change of length, so iterators detect mutation as CPython's do.
    private(set) var state = 0

    override var type: PyType { BuiltinTypes.deque }

    init(maxlen: Int?) {
        self.maxlen = maxlen
        self.buffer = [Value?](repeating: nil, count: 8)
    }

    var length: Int { count }

    @inline(__always)
    private func slot(_ i: Int) -> Int { (head + i) & (buffer.count - 1) }

    subscript(i: Int) -> Value {
        get { buffer[slot(i)]! }
        set { buffer[slot(i)] = newValue }
    }

    var elements: [Value] { (0..<count).map { self[$0] } }

    private func grow() {
        var bigger = [Value?](repeating: nil, count: buffer.count * 2)
        for i in 0..<count { bigger[i] = buffer[slot(i)] }
        buffer = bigger
        head = 0
    }

    func append(_ v: Value) {
        if maxlen == 0 { return }
        if count == maxlen { _ = popLeft() }
        if count == buffer.count { grow() }
        buffer[slot(count)] = v
        count += 1
        state &+= 1
    }

    func appendLeft(_ v: Value) {
        if maxlen == 0 { return }
        if count == maxlen { _ = pop() }
        if count == buffer.count { grow() }
        head = (head - 1) & (buffer.count - 1)
        buffer[head] = v
        count += 1
        state &+= 1
    }

    func pop() -> Value? {
        if count == 0 { return nil }
        let i = slot(count - 1)
        let v = buffer[i]
        buffer[i] = nil
        count -= 1
        state &+= 1
        return v
    }

    func popLeft() -> Value? {
        if count == 0 { return nil }
        let v = buffer[head]
        buffer[head] = nil
        head = (head + 1) & (buffer.count - 1)
        count -= 1
        state &+= 1
        return v
    }

    func clear() {
        buffer = [Value?](repeating: nil, count: 8)
        head = 0
        count = 0
        state &+= 1
    }

    /// Replaces the contents (used by the operations that reorder: insert, remove, reverse).
    func replaceAll(_ items: [Value]) {
        var size = 8
        while size < items.count { size <<= 1 }
        buffer = [Value?](repeating: nil, count: size)
        for (i, v) in items.enumerated() { buffer[i] = v }
        head = 0
        count = items.count
        state &+= 1
    }

    /// rotate(n): n steps to the right (negative: to the left).
    func rotate(_ n: Int) {
        if count <= 1 { return }
        var k = n % count
        if k < 0 { k += count }
        if k == 0 { return }
        if k <= count / 2 {
            for _ in 0..<k { let v = pop()!; unboundedAppendLeft(v) }
        } else {
            for _ in 0..<(count - k) { let v = popLeft()!; unboundedAppend(v) }
        }
    }

    private func unboundedAppend(_ v: Value) {
        if count == buffer.count { grow() }
        buffer[slot(count)] = v
        count += 1
    }

    private func unboundedAppendLeft(_ v: Value) {
        if count == buffer.count { grow() }
        head = (head - 1) & (buffer.count - 1)
        buffer[head] = v
        count += 1
    }

    func repr(_ interp: Interp) throws -> String {
        let id = ObjectIdentifier(self)
        if interp.reprInProgress.contains(id) { return "[...]" }
        interp.reprInProgress.insert(id)
        defer { interp.reprInProgress.remove(id) }
        var out = "deque(["
        for i in 0..<count {
            if i > 0 { out += ", " }
            out += try interp.repr(self[i])
        }
        out += "]"
        if let m = maxlen { out += ", maxlen=\(m)" }
        return out + ")"
    }

    func makeIterator(_ interp: Interp) throws -> PyIterator { DequeIterator(self, reversed: false) }

    func index(_ key: Value, _ interp: Interp) throws -> Int {
        guard case .int(let i) = key else {
            if case .bool(let b) = key { return try index(.int(b ? 1 : 0), interp) }
            if interp.userMethod(key, "__index__") != nil { return try index(.int(interp.indexValue(key, "")), interp) }
            throw PyException.typeError("sequence index must be integer, not '\(typeName(key))'")
        }
        let j = i < 0 ? i + count : i
        if j < 0 || j >= count { throw PyException.indexError("deque index out of range") }
        return j
    }

    func getItem(_ key: Value, _ interp: Interp) throws -> Value { self[try index(key, interp)] }

    func setItem(_ key: Value, _ value: Value, _ interp: Interp) throws { self[try index(key, interp)] = value }

    func deleteItem(_ key: Value, _ interp: Interp) throws {
        var items = elements
        items.remove(at: try index(key, interp))
        replaceAll(items)
    }

    func attribute(_ name: String, _ interp: Interp) throws -> Value? {
        if name == "maxlen" { return maxlen.map { .int($0) } ?? Value.none }
        return nil
    }
}

final class DequeIterator: PyIterator {
    let deque: PyDeque
    let state: Int
    let reversed: Bool
    var position = 0
    init(_ deque: PyDeque, reversed: Bool) {
        self.deque = deque
        self.state = deque.state
        self.reversed = reversed
    }
    override var type: PyType { reversed ? BuiltinTypes.dequeReverseIterator : BuiltinTypes.dequeIterator }
    override func next(_ interp: Interp) throws -> Value? {
        if deque.state != state { throw PyException.runtimeError("deque mutated during iteration") }
        if position >= deque.count { return nil }
        defer { position += 1 }
        return deque[reversed ? deque.count - 1 - position : position]
    }
}

extension BuiltinTypes {
    static let deque: PyType = {
        let t = PyType(builtin: "deque", base: object)
        t.module = "collections"
        t.messageName = "collections.deque"
        t.dispatchesSpecialMethods = true
        installDequeMethods(t)
        return t
    }()
    static let dequeIterator = PyType(builtin: "_collections._deque_iterator", base: iterator)
    static let dequeReverseIterator = PyType(builtin: "_collections._deque_reverse_iterator", base: iterator)
}

private func installDequeMethods(_ t: PyType) {
    t.constructor = { interp, _, a in
        let p = try a.bind("deque", ["iterable", "maxlen"])
        var maxlen: Int?
        if let m = p[1], !m.isNone {
            guard case .int(let n) = m else {
                if case .bool(let b) = m { maxlen = b ? 1 : 0 } else { throw PyException.typeError("an integer is required") }
                return try makeDeque(interp, p[0], maxlen)
            }
            if n < 0 { throw PyException.valueError("maxlen must be non-negative") }
            maxlen = n
        }
        return try makeDeque(interp, p[0], maxlen)
    }
    func deque(_ a: Arguments) throws -> PyDeque {
        guard let first = a.positional.first, case .object(let o) = first, let d = o as? PyDeque else {
            throw PyException.typeError("descriptor requires a 'collections.deque' object")
        }
        return d
    }
    /// The method's arguments after self: exactly `n`, no keywords.
    func expect(_ a: Arguments, _ name: String, _ n: Int) throws {
        let rest = Arguments(Array(a.positional.dropFirst()), keywords: a.keywords)
        if !rest.keywords.isEmpty { throw PyException.typeError("deque.\(name)() takes no keyword arguments") }
        if rest.count != n {
            if n == 0 { throw PyException.typeError("deque.\(name)() takes no arguments (\(rest.count) given)") }
            throw PyException.typeError("deque.\(name)() takes exactly one argument (\(rest.count) given)")
        }
    }
    defineMethod(t, "append") { _, a in
        let d = try deque(a)
        try expect(a, "append", 1)
        d.append(a[1])
        return .none
    }
    defineMethod(t, "appendleft") { _, a in
        let d = try deque(a)
        try expect(a, "appendleft", 1)
        d.appendLeft(a[1])
        return .none
    }
    defineMethod(t, "pop") { _, a in
        let d = try deque(a)
        try expect(a, "pop", 0)
        guard let v = d.pop() else { throw PyException.indexError("pop from an empty deque") }
        return v
    }
    defineMethod(t, "popleft") { _, a in
        let d = try deque(a)
        try expect(a, "popleft", 0)
        guard let v = d.popLeft() else { throw PyException.indexError("pop from an empty deque") }
        return v
    }
    defineMethod(t, "extend") { interp, a in
        let d = try deque(a)
        try expect(a, "extend", 1)
        // Collect first: extending a deque with itself must not loop.
        for x in try interp.collect(a[1]) { d.append(x) }
        return .none
    }
    defineMethod(t, "extendleft") { interp, a in
        let d = try deque(a)
        try expect(a, "extendleft", 1)
        for x in try interp.collect(a[1]) { d.appendLeft(x) }
        return .none
    }
    defineMethod(t, "rotate") { _, a in
        let d = try deque(a)
        if a.count > 2 { throw PyException.typeError("rotate expected at most 1 argument, got \(a.count - 1)") }
        let n = a.count > 1 ? try a[1].asInt("n") : 1
        d.rotate(n)
        return .none
    }
    defineMethod(t, "clear") { _, a in
        let d = try deque(a)
        try expect(a, "clear", 0)
        d.clear()
        return .none
    }
    defineMethod(t, "copy") { _, a in
        let d = try deque(a)
        let c = PyDeque(maxlen: d.maxlen)
        for x in d.elements { c.append(x) }
        return .object(c)
    }
    defineMethod(t, "__copy__") { _, a in
        let d = try deque(a)
        let c = PyDeque(maxlen: d.maxlen)
        for x in d.elements { c.append(x) }
        return .object(c)
    }
    defineMethod(t, "count") { interp, a in
        let d = try deque(a)
        try expect(a, "count", 1)
        let state = d.state
        var n = 0
        for x in d.elements {
            if try x.isIdentical(to: a[1]) || interp.equals(x, a[1]) { n += 1 }
            if d.state != state { throw PyException.runtimeError("deque mutated during iteration") }
        }
        return .int(n)
    }
    defineMethod(t, "index") { interp, a in
        let d = try deque(a)
        if a.count < 2 { throw PyException.typeError("index() takes at least 1 argument (0 given)") }
        if a.count > 4 { throw PyException.typeError("index() takes at most 3 arguments (\(a.count - 1) given)") }
        let n = d.count
        var start = a.count > 2 ? try a[2].asInt("start") : 0
        var stop = a.count > 3 ? try a[3].asInt("stop") : n
        if start < 0 { start = max(0, start + n) }
        if stop < 0 { stop = max(0, stop + n) }
        stop = min(stop, n)
        let state = d.state
        var i = start
        while i < stop {
            if try d[i].isIdentical(to: a[1]) || interp.equals(d[i], a[1]) { return .int(i) }
            if d.state != state { throw PyException.runtimeError("deque mutated during iteration") }
            i += 1
        }
        throw PyException.valueError("\(try interp.repr(a[1])) is not in deque")
    }
    defineMethod(t, "insert") { _, a in
        let d = try deque(a)
        if a.count != 3 { throw PyException.typeError("insert expected 2 arguments, got \(a.count - 1)") }
        if d.count == d.maxlen { throw PyException.indexError("deque already at its maximum size") }
        var i = try a[1].asInt("index")
        let n = d.count
        if i < 0 { i = max(0, i + n) }
        var items = d.elements
        items.insert(a[2], at: min(i, n))
        d.replaceAll(items)
        return .none
    }
    defineMethod(t, "remove") { interp, a in
        let d = try deque(a)
        try expect(a, "remove", 1)
        let items = d.elements
        for (i, x) in items.enumerated() where try x.isIdentical(to: a[1]) || interp.equals(x, a[1]) {
            var rest = items
            rest.remove(at: i)
            d.replaceAll(rest)
            return .none
        }
        throw PyException.valueError("\(try interp.repr(a[1])) is not in deque")
    }
    defineMethod(t, "reverse") { _, a in
        let d = try deque(a)
        try expect(a, "reverse", 0)
        d.replaceAll(d.elements.reversed())
        return .none
    }
    defineMethod(t, "__len__") { _, a in .int(try deque(a).count) }
    defineMethod(t, "__reversed__") { _, a in .object(DequeIterator(try deque(a), reversed: true)) }
    defineMethod(t, "__contains__") { interp, a in
        let d = try deque(a)
        for x in d.elements where try x.isIdentical(to: a[1]) || interp.equals(x, a[1]) { return .true }
        return .false
    }
    t.dict["__hash__"] = Value.none

    /// The other operand when it is a deque too.
    func other(_ a: Arguments) -> PyDeque? {
        if a.count > 1, case .object(let o) = a[1], let d = o as? PyDeque { return d }
        return nil
    }
    defineMethod(t, "__eq__") { interp, a in
        guard let o = other(a) else { return BuiltinTypes.notImplemented }
        return .bool(try interp.equals(.list(PyList(try deque(a).elements)), .list(PyList(o.elements))))
    }
    for (name, op) in [("__lt__", Interp.Ordering.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
        defineMethod(t, name) { interp, a in
            guard let o = other(a) else { return BuiltinTypes.notImplemented }
            return .bool(try interp.compare(.list(PyList(try deque(a).elements)), .list(PyList(o.elements)), op))
        }
    }
    defineMethod(t, "__add__") { _, a in
        let d = try deque(a)
        guard let o = other(a) else {
            throw PyException.typeError("can only concatenate deque (not \"\(typeName(a[1]))\") to deque")
        }
        let c = PyDeque(maxlen: d.maxlen)
        for x in d.elements + o.elements { c.append(x) }
        return .object(c)
    }
    defineMethod(t, "__iadd__") { interp, a in
        let d = try deque(a)
        for x in try interp.collect(a[1]) { d.append(x) }
        return a[0]
    }
    func repeated(_ interp: Interp, _ d: PyDeque, _ times: Value, into c: PyDeque) throws -> Value {
        if case .big = times { throw PyException.overflow("cannot fit 'int' into an index-sized integer") }
        guard case .int(let n) = times else { return BuiltinTypes.notImplemented }
        let items = d.elements
        if n > 0 && !items.isEmpty {
            // A bounded deque keeps only the last maxlen items of the repetition.
            let (total, overflow) = items.count.multipliedReportingOverflow(by: n)
            let keep: Int
            if let m = c.maxlen {
                keep = overflow ? m : min(total, m)
            } else {
                try interp.checkAllocation(bytes: 16 * items.count, times: n)
                keep = total
            }
            // The repetition is a whole number of copies, so the kept part starts at
            // (-keep) modulo the length.
            let start = ((-keep) % items.count + items.count) % items.count
            for k in 0..<keep { c.append(items[(start + k) % items.count]) }
        }
        return .object(c)
    }
    defineMethod(t, "__mul__") { interp, a in
        let d = try deque(a)
        return try repeated(interp, d, a[1], into: PyDeque(maxlen: d.maxlen))
    }
    defineMethod(t, "__rmul__") { interp, a in
        let d = try deque(a)
        return try repeated(interp, d, a[1], into: PyDeque(maxlen: d.maxlen))
    }
    defineMethod(t, "__imul__") { interp, a in
        let d = try deque(a)
        let c = PyDeque(maxlen: d.maxlen)
        let r = try repeated(interp, d, a[1], into: c)
        if case .object(let o) = r, o === c { d.replaceAll(c.elements); return a[0] }
        return r
    }
}

private func makeDeque(_ interp: Interp, _ iterable: Value?, _ maxlen: Int?) throws -> Value {
    let d = PyDeque(maxlen: maxlen)
    if let it = iterable {
        let iter = try interp.iterate(it)
        while let x = try iter.next(interp) { d.append(x) }
    }
    return .object(d)
}
