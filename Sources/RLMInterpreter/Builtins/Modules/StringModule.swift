/// `string`: the character-class constants, capwords and Template ($-substitution with
/// CPython's default pattern: `$$`, `$identifier`, `${identifier}`, ASCII identifiers).
func makeStringModule(_ interp: Interp) -> PyModule {
    let lower = "abcdefghijklmnopqrstuvwxyz"
    let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    let digits = "0123456789"
    let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    let whitespace = " \t\n\r\u{0B}\u{0C}"
    var dict: [String: Value] = [
        "ascii_lowercase": .string(lower),
        "ascii_uppercase": .string(upper),
        "ascii_letters": .string(lower + upper),
        "digits": .string(digits),
        "hexdigits": .string(digits + "abcdefABCDEF"),
        "octdigits": .string("01234567"),
        "punctuation": .string(punctuation),
        "whitespace": .string(whitespace),
        "printable": .string(digits + lower + upper + punctuation + whitespace),
    ]
    dict["capwords"] = .object(PyBuiltinFunction("capwords") { interp, a in
        let p = try a.bindDef("capwords", ["s", "sep"], defaults: 1).slots
        guard case .str(let s) = p[0]! else {
            throw PyException.attributeError("'\(typeName(p[0]!))' object has no attribute 'split'")
        }
        var sep: PyStr?
        if let v = p[1], !v.isNone { sep = try v.asStr("sep") }
        let parts: [PyStr]
        do { parts = try s.split(sep) } catch let e as TextError { throw e.asPython }
        let capitalize = BuiltinTypes.str.dict["capitalize"]!
        var words: [PyStr] = []
        for part in parts {
            guard case .str(let w) = try interp.call(capitalize, Arguments([.str(part)])) else { continue }
            words.append(w)
        }
        let joiner = sep.flatMap { $0.count > 0 ? $0 : nil } ?? PyStr.from(" ")
        return .str(joiner.join(words))
    })
    dict["Template"] = .object(makeTemplateClass())
    return PyModule(name: "string", dict: dict)
}

/// A class whose methods are native functions; instances are ordinary PyInstances, so user
/// code can subclass it and set attributes.
func makeNativeClass(_ name: String, module: String, _ methods: [String: BuiltinBody],
                     attributes: [String: Value] = [:]) -> PyType {
    var dict = attributes
    for (n, body) in methods { dict[n] = .object(PyBuiltinFunction(n, body)) }
    let t = PyType(name: name, qualifiedName: name, bases: [BuiltinTypes.object], dict: dict, mro: [BuiltinTypes.object])
    t.module = module
    return t
}

private func makeTemplateClass() -> PyType {
    var methods: [String: BuiltinBody] = [:]
    methods["__init__"] = { interp, a in
        let p = try a.bindDef("Template.__init__", ["self", "template"]).slots
        try interp.setAttribute(p[0]!, "template", p[1]!)
        return .none
    }
    for (name, safe) in [("substitute", false), ("safe_substitute", true)] {
        methods[name] = { interp, a in
            if a.count < 1 { throw PyException.typeError("Template.\(name)() missing 1 required positional argument: 'self'") }
            if a.count > 2 {
                throw PyException.typeError("Template.\(name)() takes from 1 to 2 positional arguments but \(a.count) were given")
            }
            let me = a[0]
            let kws = PyDict()
            for (k, v) in a.keywords { kws.set(k, v) }
            let mapping: Value? = a.count == 2 ? a[1] : nil
            func lookup(_ key: PyStr) throws -> Value {
                let k = Value.str(key)
                if let m = mapping {
                    if !a.keywords.isEmpty, let v = try kws.get(k, interp) { return v }
                    return try interp.getItem(m, k)
                }
                if let v = try kws.get(k, interp) { return v }
                throw PyException.keyError(k)
            }
            return try templateSubstitute(interp, me, safe: safe, lookup)
        }
    }
    methods["get_identifiers"] = { interp, a in
        try a.expect("get_identifiers", 1)
        var ids: [PyStr] = []
        try templateScan(interp, a[0]) { piece in
            if case .name(let n, _) = piece, !ids.contains(n) { ids.append(n) }
        }
        return .list(PyList(ids.map { .str($0) }))
    }
    methods["is_valid"] = { interp, a in
        try a.expect("is_valid", 1)
        var valid = true
        try templateScan(interp, a[0]) { piece in
            if case .invalid = piece { valid = false }
        }
        return .bool(valid)
    }
    return makeNativeClass("Template", module: "string", methods, attributes: [
        "delimiter": .string("$"),
        "idpattern": .string("(?a:[_a-z][_a-z0-9]*)"),
        "braceidpattern": .none,
    ])
}

/// The pieces of a template: literal text, a placeholder (name and its full text), an
/// escaped delimiter, or a delimiter that starts nothing valid (at a code point offset).
private enum TemplatePiece {
    case text(ArraySlice<UInt32>)
    case name(PyStr, ArraySlice<UInt32>)
    case escaped
    case invalid(Int)
}

private func templateScan(_ interp: Interp, _ me: Value, _ visit: (TemplatePiece) throws -> Void) throws {
    guard case .str(let text) = try interp.getAttribute(me, "template") else {
        throw PyException.typeError("expected string or bytes-like object")
    }
    guard case .str(let delimiterStr) = try interp.getAttribute(me, "delimiter") else {
        throw PyException.typeError("first argument must be string or compiled pattern")
    }
    let t = text.codePointArray
    let d = delimiterStr.codePointArray
    let n = t.count
    func isStart(_ c: UInt32) -> Bool { c == 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
    func isPart(_ c: UInt32) -> Bool { isStart(c) || (c >= 48 && c <= 57) }
    func delimiterAt(_ i: Int) -> Bool {
        !d.isEmpty && i + d.count <= n && Array(t[i..<(i + d.count)]) == d
    }
    var i = 0
    var literalStart = 0
    while i < n {
        guard delimiterAt(i) else { i += 1; continue }
        if literalStart < i { try visit(.text(t[literalStart..<i])) }
        let after = i + d.count
        if delimiterAt(after) {
            try visit(.escaped)
            i = after + d.count
        } else if after < n && isStart(t[after]) {
            var j = after + 1
            while j < n && isPart(t[j]) { j += 1 }
            try visit(.name(codePointsToStr(t[after..<j]), t[i..<j]))
            i = j
        } else if after + 1 < n && t[after] == 123 && isStart(t[after + 1]) {
            var j = after + 2
            while j < n && isPart(t[j]) { j += 1 }
            if j < n && t[j] == 125 {
                try visit(.name(codePointsToStr(t[(after + 1)..<j]), t[i..<(j + 1)]))
                i = j + 1
            } else {
                try visit(.invalid(after))
                i = after
            }
        } else {
            try visit(.invalid(after))
            i = after
        }
        literalStart = i
    }
    if literalStart < n { try visit(.text(t[literalStart..<n])) }
}

private func templateSubstitute(_ interp: Interp, _ me: Value, safe: Bool,
                                _ lookup: (PyStr) throws -> Value) throws -> Value {
    guard case .str(let text) = try interp.getAttribute(me, "template") else {
        throw PyException.typeError("expected string or bytes-like object")
    }
    let delimiter = try interp.getAttribute(me, "delimiter")
    var out = PyStrBuilder()
    try templateScan(interp, me) { piece in
        switch piece {
        case .text(let cps):
            for c in cps { out.append(codePoint: c) }
        case .escaped:
            out.append(try interp.str(delimiter))
        case .name(let name, let whole):
            if safe {
                do {
                    out.append(try interp.str(try lookup(name)))
                } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.keyError) {
                    for c in whole { out.append(codePoint: c) }
                }
            } else {
                out.append(try interp.str(try lookup(name)))
            }
        case .invalid(let position):
            if safe {
                out.append(try interp.str(delimiter))
                return
            }
            let before = text.slice(start: 0, stop: position, step: 1)
            let lines = before.splitlines(keepends: true)
            var lineno = 1, colno = 1
            if !lines.isEmpty {
                colno = position - lines.dropLast().reduce(0) { $0 + $1.count }
                lineno = lines.count
            }
            throw PyException.valueError("Invalid placeholder in string: line \(lineno), col \(colno)")
        }
    }
    return .str(out.build())
}

/// A Python str from code points.
func codePointsToStr<C: Sequence>(_ cps: C) -> PyStr where C.Element == UInt32 {
    var b = PyStrBuilder()
    for c in cps { b.append(codePoint: c) }
    return b.build()
}
