import BigInt

/// The Python type of a value.
@inline(__always)
public func pyType(_ v: Value) -> PyType {
    switch v {
    case .none: return BuiltinTypes.none
    case .bool: return BuiltinTypes.bool
    case .int, .big: return BuiltinTypes.int
    case .float: return BuiltinTypes.float
    case .str: return BuiltinTypes.str
    case .list: return BuiltinTypes.list
    case .tuple(let t): return t.type
    case .dict(let d):
        switch d.kind {
        case .dict: return BuiltinTypes.dict
        case .defaultDict, .counter, .ordered: return d.type
        }
    case .object(let o): return o.type
    }
}

public func typeName(_ v: Value) -> String {
    let t = pyType(v)
    return t.messageName ?? t.name
}

/// repr() for error messages, computed without an interpreter: it may run on any thread and
/// outside any run's limits, so it never calls user code (a `__repr__` that loops would
/// escape the timeout) and touches no shared state. Plain data prints as repr() does;
/// anything else as a placeholder.
func reprString(_ v: Value, depth: Int = 0) -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .big(let b): return (try? pythonIntToDecimal(b.value)) ?? "<int>"
    case .float(let d): return pythonFloatRepr(d)
    case .str(let s): return s.repr().string
    case .tuple(let t) where depth < 4 && t.items.count <= 1000:
        if t.items.count == 1 { return "(" + reprString(t.items[0], depth: depth + 1) + ",)" }
        return "(" + t.items.map { reprString($0, depth: depth + 1) }.joined(separator: ", ") + ")"
    case .list(let l) where depth < 4 && l.items.count <= 1000:
        return "[" + l.items.map { reprString($0, depth: depth + 1) }.joined(separator: ", ") + "]"
    default:
        return "<\(typeName(v)) object>"
    }
}

extension Interp {
    /// `str(v)`.
    public func str(_ v: Value) throws -> String {
        switch v {
        case .str(let s): return s.string
        case .object(let o):
            if let e = o as? PyBaseException {
                if let m = userMethod(v, "__str__") { return try strResult(callSpecial(m, v), "__str__") }
                return try exceptionMessage(e)
            }
            if let m = userMethod(v, "__str__") { return try strResult(callSpecial(m, v), "__str__") }
            return try repr(v)
        case .tuple(let t) where t.type !== BuiltinTypes.tuple:
            if let m = userMethod(v, "__str__") { return try strResult(callSpecial(m, v), "__str__") }
            return try repr(v)
        default:
            return try repr(v)
        }
    }

    /// The message of an exception as `str(e)` shows it.
    func exceptionMessage(_ e: PyBaseException) throws -> String {
        if e.args.isEmpty { return "" }
        // args may contain the exception itself (`e.args = [e]`).
        try enterNested()
        defer { leaveNested() }
        if e.args.count == 1 {
            if e.cls.isSubtype(of: BuiltinTypes.keyError) { return try repr(e.args[0]) }
            return try str(e.args[0])
        }
        return try repr(.tuple(PyTuple(e.args)))
    }

    private func strResult(_ r: Value, _ method: String) throws -> String {
        guard case .str(let s) = r else {
            throw PyException.typeError("\(method) returned non-string (type \(typeName(r)))")
        }
        return s.string
    }

    /// `repr(v)`.
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .big(let b):
            do { return try pythonIntToDecimal(b.value) } catch let e as TextError { throw e.asPython }
        case .float(let d): return pythonFloatRepr(d)
        case .str(let s): return s.repr().string
        case .list(let l):
            return try reprContainer(l, "[", "]", l.items)
        case .tuple(let t):
            if t.type !== BuiltinTypes.tuple {
                if let m = userMethod(v, "__repr__") { return try strResult(callSpecial(m, v), "__repr__") }
                if let custom = t as? CustomRepr { return try custom.repr(self) }
            }
            if t.items.count == 1 { return "(" + (try repr(t.items[0])) + ",)" }
            return try reprContainer(t, "(", ")", t.items)
        case .dict(let d):
            return try reprDict(d)
        case .object(let o):
            // Objects reach other objects natively (an exception's args, a method's
            // receiver), possibly themselves.
            try enterNested()
            defer { leaveNested() }
            return try reprObject(o, v)
        }
    }

    private func reprContainer(_ o: PyObject, _ open: String, _ close: String, _ items: [Value]) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return open + "..." + close }
        reprInProgress.insert(id)
        try enterNested()
        defer { reprInProgress.remove(id); leaveNested() }
        var out = open
        for (i, item) in items.enumerated() {
            if i > 0 { out += ", " }
            out += try repr(item)
        }
        return out + close
    }

    private func reprDict(_ d: PyDict) throws -> String {
        let id = ObjectIdentifier(d)
        if reprInProgress.contains(id) { return "{...}" }
        reprInProgress.insert(id)
        try enterNested()
        defer { reprInProgress.remove(id); leaveNested() }
        var body = ""
        // A Counter lists its elements by count, most common first (as CPython's repr does).
        let entries = d.kind == .counter ? counterReprOrder(d) : d.table.liveEntries
        for (i, e) in entries.enumerated() {
            if i > 0 { body += ", " }
            body += try repr(e.key) + ": " + repr(e.value)
        }
        switch d.kind {
        case .dict: return "{" + body + "}"
        case .defaultDict:
            return "defaultdict(" + (try repr(d.defaultFactory)) + ", {" + body + "})"
        case .counter:
            return d.count == 0 ? "Counter()" : "Counter({" + body + "})"
        case .ordered:
            if d.count == 0 { return "OrderedDict()" }
            var pairs: [String] = []
            for e in d.table.liveEntries { pairs.append("(" + (try repr(e.key)) + ", " + (try repr(e.value)) + ")") }
            return "OrderedDict([" + pairs.joined(separator: ", ") + "])"
        }
    }

    private func reprObject(_ o: PyObject, _ v: Value) throws -> String {
        if let m = userMethod(v, "__repr__") {
            let r = try callSpecial(m, v)
            return try strResult(r, "__repr__")
        }
        switch o {
        case let s as PySet:
            let elements = s.table.keys
            if elements.isEmpty { return s.frozen ? "frozenset()" : "set()" }
            let inner = try reprContainer(s, "{", "}", elements)
            return s.frozen ? "frozenset(" + inner + ")" : inner
        case let t as PyType:
            if t.isBuiltin && t.module == "builtins" { return "<class '\(t.name)'>" }
            return "<class '\(t.module).\(t.qualifiedName)'>"
        case let e as PyBaseException:
            if e.args.count == 1 { return "\(e.cls.name)(" + (try repr(e.args[0])) + ")" }
            return e.cls.name + (try repr(.tuple(PyTuple(e.args))))
        case let r as PyRange:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice:
            return "slice(" + (try repr(s.start)) + ", " + (try repr(s.stop)) + ", " + (try repr(s.step)) + ")"
        case let f as PyFunction:
            return "<function \(f.qualifiedName) at 0x\(String(UInt(bitPattern: v.identity), radix: 16))>"
        case let f as PyBuiltinFunction:
            return "<built-in function \(f.name)>"
        case let m as PyBoundMethod:
            let fname: String
            if case .object(let fo) = m.function, let f = fo as? PyFunction { fname = f.qualifiedName }
            else if case .object(let fo) = m.function, let f = fo as? PyBuiltinFunction { fname = f.name }
            else { fname = "?" }
            return "<bound method \(fname) of " + (try repr(m.receiver)) + ">"
        case let m as PyModule:
            return "<module '\(m.name)' (built-in)>"
        case let b as PyBytes:
            return b.mutable ? "bytearray(" + bytesRepr(b.bytes) + ")" : bytesRepr(b.bytes)
        case let s as PySingleton:
            return s.name
        case let i as PyInstance:
            let module = i.cls.module == "builtins" ? "" : i.cls.module + "."
            return "<\(module)\(i.cls.qualifiedName) object at 0x\(String(UInt(bitPattern: v.identity), radix: 16))>"
        default:
            if let custom = o as? CustomRepr { return try custom.repr(self) }
            return "<\(o.type.name) object at 0x\(String(UInt(bitPattern: v.identity), radix: 16))>"
        }
    }
}

/// Native objects outside the core (module types such as deque or Match) give their own repr.
protocol CustomRepr {
    func repr(_ interp: Interp) throws -> String
}
