/// collections.namedtuple.
///
/// Design: an instance is a `PyNamedTuple`, a subclass of `PyTuple` that only overrides
/// `type`. It is therefore still a `.tuple` value, so everything that accepts a tuple
/// (unpacking, len, iteration, indexing, slicing, comparison, hashing, `in`, `+`, json as a
/// list, sorting) works with no special case in the core. The core looks at the tuple's
/// `type` only where a namedtuple differs: `type()`/isinstance, attribute lookup (the class
/// holds the fields as properties and the `_asdict`/`_replace`/`_make` methods), repr
/// (`Point(x=1, y=2)`, via CustomRepr) and `tuple(p)`. The class is an ordinary non-built-in
/// PyType with base tuple, so `class P(namedtuple(...))` subclasses work: instances are
/// made by the class's `__new__`.
final class PyNamedTuple: PyTuple, CustomRepr {
    let cls: PyType
    let info: NamedTupleInfo
    override var type: PyType { cls }

    init(cls: PyType, info: NamedTupleInfo, items: [Value]) {
        self.cls = cls
        self.info = info
        super.init(items)
    }

    func repr(_ interp: Interp) throws -> String {
        var out = cls.name + "("
        for (i, field) in info.fields.enumerated() where i < items.count {
            if i > 0 { out += ", " }
            out += field + "=" + (try interp.repr(items[i]))
        }
        return out + ")"
    }
}

/// What every class made by one namedtuple() call shares.
final class NamedTupleInfo {
    let typeName: String
    let fields: [String]
    /// Defaults of the trailing fields.
    let defaults: [Value]

    init(typeName: String, fields: [String], defaults: [Value]) {
        self.typeName = typeName
        self.fields = fields
        self.defaults = defaults
    }

    /// Binds `__new__`'s arguments to the fields, with CPython's messages.
    func bind(_ a: Arguments) throws -> [Value] {
        let n = fields.count
        let fn = "\(typeName).__new__()"
        var values = [Value?](repeating: nil, count: n)
        for (i, v) in a.positional.prefix(n).enumerated() { values[i] = v }
        for (k, v) in a.keywords {
            guard let i = fields.firstIndex(of: k) else {
                throw PyException.typeError("\(fn) got an unexpected keyword argument '\(k)'")
            }
            if values[i] != nil { throw PyException.typeError("\(fn) got multiple values for argument '\(k)'") }
            values[i] = v
        }
        if a.count > n {
            let takes = defaults.isEmpty ? "\(n + 1)" : "from \(n + 1 - defaults.count) to \(n + 1)"
            throw PyException.typeError("\(fn) takes \(takes) positional argument\(n == 0 && defaults.isEmpty ? "" : "s") but \(a.count + 1) were given")
        }
        let firstDefault = n - defaults.count
        var missing: [String] = []
        for i in 0..<n where values[i] == nil {
            if i >= firstDefault { values[i] = defaults[i - firstDefault] } else { missing.append(fields[i]) }
        }
        if !missing.isEmpty {
            throw PyException.typeError("\(fn) missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interp.listNames(missing))")
        }
        return values.map { $0! }
    }
}

private let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
]

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
func makeNamedTuple(_ interp: Interp, _ a: Arguments) throws -> Value {
    if a.count > 2 {
        throw PyException.typeError("namedtuple() takes 2 positional arguments but \(a.count) were given")
    }
    let p = try a.bind("namedtuple", ["typename", "field_names", "rename", "defaults", "module"], required: 2)
    let typeName = try interp.str(p[0]!)
    var fields: [String]
    if case .str(let s) = p[1]! {
        fields = s.string.replacingOccurrences(of: ",", with: " ").split(whereSeparator: { $0.isWhitespace }).map(String.init)
    } else {
        fields = try interp.collect(p[1]!).map { try interp.str($0) }
    }
    let rename = try p[2].map { try interp.truthy($0) } ?? false
    func isIdentifier(_ s: String) -> Bool { PyStr.from(s).isidentifier() }
    if rename {
        var seen = Set<String>()
        for (i, name) in fields.enumerated() {
            if !isIdentifier(name) || pythonKeywords.contains(name) || name.hasPrefix("_") || seen.contains(name) {
                fields[i] = "_\(i)"
            }
            seen.insert(name)
        }
    }
    for name in [typeName] + fields {
        if !isIdentifier(name) {
            throw PyException.valueError("Type names and field names must be valid identifiers: \(reprString(.str(PyStr.from(name))))")
        }
        if pythonKeywords.contains(name) {
            throw PyException.valueError("Type names and field names cannot be a keyword: \(reprString(.str(PyStr.from(name))))")
        }
    }
    var seen = Set<String>()
    for name in fields {
        if name.hasPrefix("_") && !rename {
            throw PyException.valueError("Field names cannot start with an underscore: \(reprString(.str(PyStr.from(name))))")
        }
        if seen.contains(name) {
            throw PyException.valueError("Encountered duplicate field name: \(reprString(.str(PyStr.from(name))))")
        }
        seen.insert(name)
    }
    var defaults: [Value] = []
    if let d = p[3], !d.isNone {
        defaults = try interp.collect(d)
        if defaults.count > fields.count { throw PyException.typeError("Got more default values than field names") }
    }
    var module: String?
    if let m = p[4], !m.isNone { module = try interp.str(m) }
    return .object(makeNamedTupleClass(name: typeName, fields: fields, defaults: defaults, module: module))
}

/// Builds a namedtuple class (also used by modules that need one, e.g. lru_cache's CacheInfo).
func makeNamedTupleClass(name: String, fields: [String], defaults: [Value], module: String? = nil) -> PyType {
    let info = NamedTupleInfo(typeName: name, fields: fields, defaults: defaults)
    var dict: [String: Value] = [:]
    let fieldTuple = Value.tuple(PyTuple(fields.map { .str(PyStr.from($0)) }))
    for (i, field) in fields.enumerated() {
        let getter = PyBuiltinFunction(field) { _, a in
            guard case .tuple(let t) = a[0], i < t.items.count else {
                throw PyException.typeError("descriptor for field '\(field)' requires a '\(name)' object")
            }
            return t.items[i]
        }
        dict[field] = .object(PyProperty(getter: .object(getter)))
    }
    dict["_fields"] = fieldTuple
    dict["__match_args__"] = fieldTuple
    dict["__slots__"] = .emptyTuple
    dict["__doc__"] = .str(PyStr.from("\(name)(\(fields.joined(separator: ", ")))"))
    let fieldDefaults = PyDict()
    for (f, v) in zip(fields.suffix(defaults.count), defaults) { fieldDefaults.set(f, v) }
    dict["_field_defaults"] = .dict(fieldDefaults)

    func classArgument(_ v: Value) throws -> PyType {
        guard case .object(let o) = v, let cls = o as? PyType else {
            throw PyException.typeError("\(name).__new__(X): X is not a type object (\(typeName(v)))")
        }
        return cls
    }
    let new = PyBuiltinFunction("__new__") { _, a in
        guard a.count >= 1 else { throw PyException.typeError("\(name).__new__(): not enough arguments") }
        let cls = try classArgument(a[0])
        let values = try info.bind(Arguments(Array(a.positional.dropFirst()), keywords: a.keywords))
        return .tuple(PyNamedTuple(cls: cls, info: info, items: values))
    }
    dict["__new__"] = .object(PyStaticMethod(.object(new)))
    let make = PyBuiltinFunction("_make") { interp, a in
        let cls = try classArgument(a[0])
        guard a.count == 2, a.keywords.isEmpty else {
            throw PyException.typeError("\(name)._make() takes 2 positional arguments but \(a.count + 1) were given")
        }
        let items = try interp.collect(a[1])
        if items.count != fields.count {
            throw PyException.typeError("Expected \(fields.count) arguments, got \(items.count)")
        }
        return .tuple(PyNamedTuple(cls: cls, info: info, items: items))
    }
    dict["_make"] = .object(PyClassMethod(.object(make)))
    func instance(_ a: Arguments, _ method: String) throws -> PyTuple {
        guard let first = a.positional.first, case .tuple(let t) = first else {
            throw PyException.typeError("\(name).\(method)() missing 1 required positional argument: 'self'")
        }
        return t
    }
    dict["_replace"] = .object(PyBuiltinFunction("_replace") { interp, a in
        let t = try instance(a, "_replace")
        if a.count > 1 {
            throw PyException.typeError("\(name)._replace() takes 1 positional argument but \(a.count) were given")
        }
        var items = t.items
        var unexpected: [Value] = []
        for (k, v) in a.keywords {
            if let i = fields.firstIndex(of: k), i < items.count { items[i] = v } else { unexpected.append(.str(PyStr.from(k))) }
        }
        if !unexpected.isEmpty {
            throw PyException.valueError("Got unexpected field names: \(try interp.repr(.list(PyList(unexpected))))")
        }
        return .tuple(PyNamedTuple(cls: t.type, info: info, items: items))
    })
    dict["_asdict"] = .object(PyBuiltinFunction("_asdict") { interp, a in
        let t = try instance(a, "_asdict")
        let d = PyDict()
        for (f, v) in zip(fields, t.items) { try d.set(.str(PyStr.from(f)), v, interp) }
        return .dict(d)
    })
    dict["__getnewargs__"] = .object(PyBuiltinFunction("__getnewargs__") { _, a in
        .tuple(PyTuple(try instance(a, "__getnewargs__").items))
    })
    let t = PyType(name: name, qualifiedName: name, bases: [BuiltinTypes.tuple], dict: dict, mro: BuiltinTypes.tuple.mro)
    t.module = module ?? "__main__"
    t.constructor = { _, cls, a in .tuple(PyNamedTuple(cls: cls, info: info, items: try info.bind(a))) }
    return t
}
