import BigInt

/// What `bind` gives a built-in: one optional value per parameter name, nil when not given.
/// The first four live inline, so binding a method's arguments allocates nothing (most
/// methods take at most four, and binding runs on every call).
struct BoundArguments {
    private var first: (Value?, Value?, Value?, Value?) = (nil, nil, nil, nil)
    private var rest: [Value?] = []
    let count: Int

    init(count: Int) {
        self.count = count
        if count > 4 { rest = Array(repeating: nil, count: count - 4) }
    }

    subscript(i: Int) -> Value? {
        get {
            precondition(i >= 0 && i < count, "argument index out of range")
            switch i {
            case 0: return first.0
            case 1: return first.1
            case 2: return first.2
            case 3: return first.3
            default: return rest[i - 4]
            }
        }
        set {
            precondition(i >= 0 && i < count, "argument index out of range")
            switch i {
            case 0: first.0 = newValue
            case 1: first.1 = newValue
            case 2: first.2 = newValue
            case 3: first.3 = newValue
            default: rest[i - 4] = newValue
            }
        }
    }
}

/// Helpers for built-ins to take their arguments, with CPython's error wording.
extension Arguments {
    /// Binds positional and keyword arguments to parameter names; `required` leading names
    /// must be given. Returns one entry per name (nil when not given).
    func bind(_ function: String, _ names: [String], required: Int = 0, positionalOnly: Int = 0) throws -> BoundArguments {
        try bind(function, names, required: required, positionalOnly: positionalOnly, skipping: 0)
    }

    /// `bind` for a method's arguments after `self`, without copying them.
    func bindAfterSelf(_ function: String, _ names: [String], required: Int = 0, positionalOnly: Int = 0) throws -> BoundArguments {
        try bind(function, names, required: required, positionalOnly: positionalOnly, skipping: 1)
    }

    private func bind(_ function: String, _ names: [String], required: Int, positionalOnly: Int, skipping: Int) throws -> BoundArguments {
        let given = Swift.max(0, positional.count - skipping)
        if given > names.count {
            if names.count == 1 && required == 1 {
                throw PyException.typeError("\(function)() takes exactly one argument (\(given) given)")
            }
            throw PyException.typeError("\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(given) given)")
        }
        var out = BoundArguments(count: names.count)
        for i in 0..<given { out[i] = positional[skipping + i] }
        for (k, v) in keywords {
            guard let i = names.firstIndex(of: k), i >= positionalOnly else {
                throw PyException.typeError("'\(k)' is an invalid keyword argument for \(function)()")
            }
            if out[i] != nil { throw PyException.typeError("\(function)() got multiple values for argument '\(k)'") }
            out[i] = v
        }
        for i in 0..<required where out[i] == nil {
            if names.count == 1 || required == 1 && given == 0 && names.count <= 2 {
                throw PyException.typeError("\(function)() takes \(required == names.count ? "exactly" : "at least") \(required) argument\(required == 1 ? "" : "s") (\(given) given)")
            }
            throw PyException.typeError("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// Exactly `n` positional arguments and no keywords.
    func expect(_ function: String, _ n: Int) throws {
        if !keywords.isEmpty { throw PyException.typeError("\(function)() takes no keyword arguments") }
        if positional.count != n {
            if n == 0 { throw PyException.typeError("\(function)() takes no arguments (\(positional.count) given)") }
            if n == 1 { throw PyException.typeError("\(function)() takes exactly one argument (\(positional.count) given)") }
            throw PyException.typeError("\(function) expected \(n) arguments, got \(positional.count)")
        }
    }

    /// `expect` for a method's arguments after `self`, without copying them.
    func expectAfterSelf(_ function: String, _ n: Int) throws {
        if keywords.isEmpty && positional.count == n + 1 { return }
        try refuseKeywordsToMethod(function)
        try Arguments(Array(positional.dropFirst()), keywords: keywords).expect(function, n)
    }

    func expectAfterSelf(_ function: String, min: Int, max: Int) throws {
        if keywords.isEmpty && positional.count >= min + 1 && positional.count <= max + 1 { return }
        try refuseKeywordsToMethod(function)
        try Arguments(Array(positional.dropFirst()), keywords: keywords).expect(function, min: min, max: max)
    }

    /// CPython names a method by its type here ("dict.get() takes no keyword arguments").
    private func refuseKeywordsToMethod(_ function: String) throws {
        guard !keywords.isEmpty else { return }
        var name = function
        if !name.contains("."), let receiver = positional.first {
            let type = typeName(receiver)
            name = "\(type.split(separator: ".").last.map(String.init) ?? type).\(function)"
        }
        throw PyException.typeError("\(name)() takes no keyword arguments")
    }

    /// Between `min` and `max` positional arguments and no keywords.
    func expect(_ function: String, min: Int, max: Int) throws {
        if !keywords.isEmpty { throw PyException.typeError("\(function)() takes no keyword arguments") }
        if positional.count < min {
            throw PyException.typeError("\(function) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(positional.count)")
        }
        if positional.count > max {
            throw PyException.typeError("\(function) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(positional.count)")
        }
    }
}

extension Value {
    /// The receiver of a str method.
    func asStr(_ what: String) throws -> PyStr {
        if case .str(let s) = self { return s }
        throw PyException.typeError("\(what) must be str, not \(typeName(self))")
    }

    func asInt(_ what: String) throws -> Int {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .big: throw PyException.overflow("Python int too large to convert to C ssize_t")
        default: throw PyException.typeError("'\(typeName(self))' object cannot be interpreted as an integer")
        }
    }

    /// An optional index argument: None or absent means nil.
    func asOptionalInt() throws -> Int? {
        if case .none = self { return nil }
        return try asInt("index")
    }

    func asDouble() throws -> Double {
        switch self {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .big(let b):
            let d = Double(b.value)
            if !d.isFinite { throw PyException.overflow("int too large to convert to float") }
            return d
        default: throw PyException.typeError("must be real number, not \(typeName(self))")
        }
    }
}

/// Registers a built-in method on a type.
@inline(__always)
func defineMethod(_ t: PyType, _ name: String, _ body: @escaping BuiltinBody) {
    t.dict[name] = .object(PyBuiltinFunction(name, body))
}

/// Gives the already defined method `name` of `t` shortcuts for calls with no, one or two
/// positional arguments (see `PyBuiltinFunction.method0`). Each must behave exactly as the
/// method's body does for the values it accepts, and return nil for any other values.
func defineShortcuts(_ t: PyType, _ name: String, _ zero: FastMethod0? = nil, one: FastMethod1? = nil,
                     two: FastMethod2? = nil) {
    guard case .object(let o)? = t.dict[name], let m = o as? PyBuiltinFunction else {
        preconditionFailure("\(t.name).\(name) has no body to shortcut")
    }
    t.dict[name] = .object(m.withShortcuts(zero, one, two))
}
