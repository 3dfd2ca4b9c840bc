/// The `re` module, on PCRE2 (see PCRE2.swift for the engine, PythonRegexDialect.swift for
/// the syntax translation). Differences from CPython:
///   * a match that backtracks catastrophically stops with RuntimeError (CPython hangs);
///   * flag constants are plain ints (`print(re.I)` shows 2, not re.IGNORECASE).
extension BuiltinTypes {
    static let rePattern: PyType = {
        let t = PyType(builtin: "Pattern", base: object)
        t.module = "re"
        installPatternMethods(t)
        return t
    }()

    static let reMatch: PyType = {
        let t = PyType(builtin: "Match", base: object)
        t.module = "re"
        installMatchMethods(t)
        return t
    }()

    /// re.error: raised for invalid patterns and templates, with .msg, .pattern, .pos,
    /// .lineno and .colno.
    static let reError: PyType = {
        let t = PyType(builtin: "error", base: exception, layout: .exception)
        t.module = "re"
        return t
    }()

    static let reCallableIterator: PyType = {
        let t = PyType(builtin: "callable_iterator", base: object)
        t.dict["__next__"] = iterator.dict["__next__"]
        t.dict["__iter__"] = iterator.dict["__iter__"]
        return t
    }()
}

/// The per-session cache of compiled patterns, bounded like CPython's (512 entries, oldest
/// dropped first).
final class RegexCache {
    struct Key: Hashable {
        let isBytes: Bool
        let text: [UInt8]
        let flags: Int
    }
    static let capacity = 512
    private var entries: [Key: RegexPatternObject] = [:]
    private var order: [Key] = []

    func purge() {
        entries = [:]
        order = []
    }

    /// `re.compile(pattern, flags)` through the cache.
    func compile(_ pattern: Value, _ flagsV: Value?) throws -> RegexPatternObject {
        let flags = try flagsV.map { try regexFlags($0) } ?? 0
        let key: Key
        let codePoints: () -> [UInt32]
        switch pattern {
        case .str(let s):
            key = Key(isBytes: false, text: s.utf8.array, flags: flags)
            codePoints = { Array(s.codePoints) }
        case .object(let o):
            if let p = o as? RegexPatternObject {
                if flags != 0 { throw PyException.valueError("cannot process flags argument with a compiled pattern") }
                return p
            }
            guard let b = o as? PyBytes else { fallthrough }
            key = Key(isBytes: true, text: b.bytes, flags: flags)
            codePoints = { b.bytes.map { UInt32($0) } }
        default:
            throw PyException.typeError("first argument must be string or compiled pattern")
        }
        if let hit = entries[key] { return hit }
        let regex: CompiledRegex
        do {
            regex = try CompiledRegex(codePoints: codePoints(), flags: RegexFlags(rawValue: flags), isBytes: key.isBytes)
        } catch let e as RegexError {
            throw reError(e, pattern: pattern)
        }
        let source: Value = key.isBytes ? .object(PyBytes(key.text)) : pattern
        let compiled = RegexPatternObject(regex: regex, source: source)
        if flags & RegexFlags.debug.rawValue == 0 {
            if order.count >= RegexCache.capacity {
                entries[order.removeFirst()] = nil
            }
            entries[key] = compiled
            order.append(key)
        }
        return compiled
    }
}

private func regexFlags(_ v: Value) throws -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default:
        throw PyException.typeError("unsupported operand type(s) for &: '\(typeName(v))' and 'int'")
    }
}

/// re.escape: a backslash before every character that is special in a pattern.
func regexEscape(_ v: Value) throws -> Value {
    let special: Set<UInt8> = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".utf8)
    func escaped(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for b in bytes {
            if special.contains(b) { out.append(0x5C) }
            out.append(b)
        }
        return out
    }
    switch v {
    case .str(let s):
        let out = escaped(s.utf8.array)
        return .str(PyStr.copying(out, count: s.count + (out.count - s.utf8.count)))
    case .object(let o as PyBytes):
        return .object(PyBytes(escaped(o.bytes)))
    default:
        throw PyException.typeError("expected string or bytes-like object, got '\(typeName(v))'")
    }
}

func makeReModule(_ interp: Interp) -> PyModule {
    let cache = RegexCache()
    var dict: [String: Value] = [:]
    func function(_ name: String, _ body: @escaping BuiltinBody) {
        dict[name] = .object(PyBuiltinFunction(name, body))
    }
    for (name, anchor) in [("search", RegexAnchor.search), ("match", .match), ("fullmatch", .full)] {
        function(name) { _, a in
            let p = try a.bindDef(name, ["pattern", "string", "flags"], defaults: 1).slots
            let pattern = try cache.compile(p[0]!, p[2])
            return try pattern.find(try pattern.subject(p[1]!), nil, nil, anchor: anchor)
        }
    }
    function("compile") { _, a in
        let p = try a.bindDef("compile", ["pattern", "flags"], defaults: 1).slots
        return .object(try cache.compile(p[0]!, p[1]))
    }
    function("findall") { interp, a in
        let p = try a.bindDef("findall", ["pattern", "string", "flags"], defaults: 1).slots
        let pattern = try cache.compile(p[0]!, p[2])
        return try pattern.findall(interp, try pattern.subject(p[1]!), nil, nil)
    }
    function("finditer") { _, a in
        let p = try a.bindDef("finditer", ["pattern", "string", "flags"], defaults: 1).slots
        let pattern = try cache.compile(p[0]!, p[2])
        return try pattern.finditer(try pattern.subject(p[1]!), nil, nil)
    }
    function("split") { interp, a in
        let p = try a.bindDef("split", ["pattern", "string", "maxsplit", "flags"], defaults: 2).slots
        let pattern = try cache.compile(p[0]!, p[3])
        return try pattern.split(interp, try pattern.subject(p[1]!), maxsplit: try p[2]?.asInt("maxsplit") ?? 0)
    }
    for name in ["sub", "subn"] {
        function(name) { interp, a in
            let p = try a.bindDef(name, ["pattern", "repl", "string", "count", "flags"], defaults: 2).slots
            let pattern = try cache.compile(p[0]!, p[4])
            let (text, n) = try pattern.substitute(interp, p[1]!, try pattern.subject(p[2]!), count: try p[3]?.asInt("count") ?? 0)
            return name == "sub" ? text : .tuple(PyTuple([text, .int(n)]))
        }
    }
    function("escape") { _, a in
        let p = try a.bindDef("escape", ["pattern"]).slots
        return try regexEscape(p[0]!)
    }
    function("purge") { _, a in
        try a.expect("purge", 0)
        cache.purge()
        return .none
    }
    dict["error"] = .object(BuiltinTypes.reError)
    dict["Pattern"] = .object(BuiltinTypes.rePattern)
    dict["Match"] = .object(BuiltinTypes.reMatch)
    let flags: [(String, String, Int)] = [
        ("A", "ASCII", 256), ("I", "IGNORECASE", 2), ("L", "LOCALE", 4), ("M", "MULTILINE", 8),
        ("S", "DOTALL", 16), ("U", "UNICODE", 32), ("X", "VERBOSE", 64), ("T", "TEMPLATE", 1),
    ]
    for (short, long, bit) in flags {
        dict[short] = .int(bit)
        dict[long] = .int(bit)
    }
    dict["DEBUG"] = .int(128)
    dict["NOFLAG"] = .int(0)
    return PyModule(name: "re", dict: dict)
}
