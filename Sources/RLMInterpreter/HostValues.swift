import Foundation

// Conveniences for embedders writing host functions: binding a call's arguments to a Python
// signature with CPython's error messages, reading typed values out of them, and building
// Python containers from Swift. Host functions receive `([Value], [String: Value])`.

/// A host function's Python signature: parameter names, of which the first `required` have
/// no default. `bind` reports a wrong call the way CPython reports a wrong call of a
/// function defined in Python:
///
///     read_file() missing 1 required positional argument: 'path'
///     read_file() takes from 1 to 3 positional arguments but 4 were given
///     read_file() got an unexpected keyword argument 'lines'
///     read_file() got multiple values for argument 'path'
public struct HostSignature: Sendable {
    public let name: String
    public let parameters: [String]
    public let required: Int

    public init(_ name: String, _ parameters: [String], required: Int) {
        precondition(required <= parameters.count)
        self.name = name
        self.parameters = parameters
        self.required = required
    }

    public func bind(_ positional: [Value], _ keywords: [String: Value]) throws -> HostArguments {
        if positional.count > parameters.count {
            let takes = required == parameters.count
                ? "\(parameters.count) positional argument\(parameters.count == 1 ? "" : "s")"
                : "from \(required) to \(parameters.count) positional arguments"
            let were = positional.count == 1 ? "was" : "were"
            throw PyException.typeError("\(name)() takes \(takes) but \(positional.count) \(were) given")
        }
        var values = [Value?](repeating: nil, count: parameters.count)
        for (i, v) in positional.enumerated() { values[i] = v }
        // Keyword order is lost in the dictionary; report a stray keyword deterministically.
        for key in keywords.keys.sorted() {
            guard let i = parameters.firstIndex(of: key) else {
                throw PyException.typeError("\(name)() got an unexpected keyword argument '\(key)'")
            }
            if values[i] != nil { throw PyException.typeError("\(name)() got multiple values for argument '\(key)'") }
            values[i] = keywords[key]
        }
        let missing = (0..<required).filter { values[$0] == nil }.map { "'\(parameters[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0]
                : missing.dropLast().joined(separator: ", ") + (missing.count > 2 ? "," : "") + " and " + missing.last!
            throw PyException.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return HostArguments(function: name, parameters: parameters, values: values)
    }
}

/// A call's arguments bound to a HostSignature, read by parameter name. The typed readers
/// raise CPython-style TypeErrors ("read_file() argument 'path' must be str, not int").
public struct HostArguments {
    public let function: String
    let parameters: [String]
    let values: [Value?]

    /// The value passed for a parameter, nil when it was not passed.
    public subscript(_ name: String) -> Value? {
        guard let i = parameters.firstIndex(of: name) else { return nil }
        return values[i]
    }

    private func mismatch(_ name: String, _ expected: String, _ v: Value) -> PyException {
        .typeError("\(function)() argument '\(name)' must be \(expected), not \(typeName(v))")
    }

    /// A str argument (required ones are always present after `bind`).
    public func string(_ name: String) throws -> String {
        guard let v = self[name] else { throw PyException.typeError("\(function)() missing required argument '\(name)'") }
        guard case .str(let s) = v else { throw mismatch(name, "str", v) }
        return s.string
    }

    /// A str argument that may be omitted or None.
    public func optionalString(_ name: String) throws -> String? {
        guard let v = self[name], !v.isNone else { return nil }
        guard case .str(let s) = v else { throw mismatch(name, "str or None", v) }
        return s.string
    }

    /// An int argument that may be omitted or None.
    public func optionalInt(_ name: String) throws -> Int? {
        guard let v = self[name], !v.isNone else { return nil }
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .big: throw PyException(BuiltinTypes.overflowError, "\(function)() argument '\(name)' is too large")
        default: throw mismatch(name, "int or None", v)
        }
    }

    /// An int argument with a default.
    public func int(_ name: String, default fallback: Int) throws -> Int {
        guard let v = self[name] else { return fallback }
        if v.isNone { throw mismatch(name, "int", v) }
        return try optionalInt(name) ?? fallback
    }

    /// A number (int or float) that may be omitted or None.
    public func optionalDouble(_ name: String) throws -> Double? {
        guard let v = self[name], !v.isNone else { return nil }
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .big(let b): return Double(b.value)
        default: throw mismatch(name, "int or float", v)
        }
    }

    /// A bool argument with a default (an int is taken for its truth, as Python would).
    public func bool(_ name: String, default fallback: Bool) throws -> Bool {
        guard let v = self[name] else { return fallback }
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .none: return false
        default: throw mismatch(name, "bool", v)
        }
    }
}

extension Value {
    /// A Python list of `items`.
    public static func makeList(_ items: [Value]) -> Value { .list(PyList(items)) }

    /// A Python tuple of `items`.
    public static func makeTuple(_ items: [Value]) -> Value { .tuple(PyTuple(items)) }

    /// A Python dict with str keys, in the order given.
    public static func makeDict(_ pairs: [(String, Value)]) -> Value {
        let dict = PyDict()
        for (key, value) in pairs { dict.set(key, value) }
        return .dict(dict)
    }

    /// The Swift string of a str value, else nil.
    public var stringValue: String? {
        if case .str(let s) = self { return s.string }
        return nil
    }
}

extension CompiledRegex {
    /// The byte range of the first match in `bytes` at or after `from`, without building a
    /// match object: for hot loops of embedders (the workspace grep runs it per candidate
    /// line). Bytes that are not valid UTF-8 never match a str pattern.
    public func firstMatchRange(in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) throws -> Range<Int>? {
        let compiled = try code(anchor: .search, validUTF: false)
        let options = matchOptions(notEmptyAtStart: false, validUTF: false)
        guard let vector = try execVector(compiled, bytes, end: bytes.count, start: from, options: options) else { return nil }
        return vector[0]..<vector[1]
    }
}

// MARK: - JSON and text conversions for embedders (the engine's FINAL, memory, schemas)

extension Value {
    /// The value as JSON text, as `json.dumps(value, ensure_ascii=False)` would write it
    /// (with `sort_keys` when `sortKeys`). Raises TypeError for what JSON cannot hold (a set,
    /// a function, an instance). Callable from any thread while no program mutates the value.
    public func jsonText(sortKeys: Bool = false) throws -> String {
        var options = JSONEncodeOptions()
        options.ensureASCII = false
        options.sortKeys = sortKeys
        return try JSONEncoderState.encode(Interp(), self, options).string
    }

    /// A Python value parsed from JSON text, as `json.loads` would give it (objects become
    /// dicts, arrays lists). Raises json.JSONDecodeError (a ValueError) for malformed text.
    /// Callable from any thread: the values built belong to no session until bound.
    public static func fromJSON(_ text: String) throws -> Value {
        try JSONScanner.decode(Interp(), PyStr.from(text), JSONDecodeOptions())
    }
}

extension Session {
    /// `str(value)`, running the value's own `__str__` if it has one. Call it from a
    /// synchronous host function (the interpreter's thread) or between runs, never while
    /// another thread runs this session's code.
    public func str(_ value: Value) throws -> String { try interp.str(value) }

    /// `repr(value)`, with the same threading rule as `str(_:)`.
    public func repr(_ value: Value) throws -> String { try interp.repr(value) }
}
