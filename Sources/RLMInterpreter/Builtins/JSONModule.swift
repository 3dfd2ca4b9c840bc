/// The `json` module: dumps/loads (and dump/load through any object with write/read),
/// JSONDecodeError, and JSONEncoder/JSONDecoder for the `cls=` protocol (subclasses that
/// override `default`, `encode` or `decode`). The work is done by JSONEncode.swift and
/// JSONDecode.swift; this file maps Python arguments onto their options.
enum JSONTypes {
    /// json.JSONDecodeError (json.decoder.JSONDecodeError), a ValueError.
    static let decodeError: PyType = {
        let t = PyType(builtin: "JSONDecodeError", base: BuiltinTypes.valueError, layout: .exception)
        t.module = "json.decoder"
        defineMethod(t, "__init__") { _, a in
            let p = try Arguments(Array(a.positional.dropFirst()), keywords: a.keywords)
                .bind("JSONDecodeError.__init__", ["msg", "doc", "pos"])
            let missing = ["msg", "doc", "pos"].enumerated().filter { p[$0.offset] == nil }.map { $0.element }
            if !missing.isEmpty {
                throw PyException.typeError("JSONDecodeError.__init__() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interp.listNames(missing))")
            }
            guard case .object(let o) = a[0], let e = o as? PyBaseException else { return .none }
            let msg = try p[0]!.asStr("msg")
            let doc = try p[1]!.asStr("doc")
            let pos = try p[2]!.asInt("pos")
            fillJSONDecodeError(e, msg.string, p[1]!, doc, pos: pos)
            return .none
        }
        return t
    }()
}

/// A class with Python-level behaviour (instances are plain instances, user classes may
/// subclass it) whose methods are native. Made per session, so assigning to it stays local.
private func makeNativeClass(_ name: String, module: String, _ methods: [String: BuiltinBody]) -> PyType {
    var dict: [String: Value] = [:]
    for (k, body) in methods { dict[k] = .object(PyBuiltinFunction(k, body)) }
    let t = PyType(name: name, qualifiedName: name, bases: [BuiltinTypes.object], dict: dict, mro: [BuiltinTypes.object])
    t.module = module
    return t
}

func makeJSONModule(_ interp: Interp) -> PyModule {
    var dict: [String: Value] = [:]
    dict["JSONDecodeError"] = .object(JSONTypes.decodeError)
    let encoderType = makeJSONEncoderType()
    let decoderType = makeJSONDecoderType()
    dict["JSONEncoder"] = .object(encoderType)
    dict["JSONDecoder"] = .object(decoderType)

    func dumps(_ interp: Interp, _ obj: Value, _ keywords: [(String, Value)]) throws -> Value {
        var cls: Value = .none
        var rest: [(String, Value)] = []
        for (k, v) in keywords {
            if k == "cls" { cls = v } else { rest.append((k, v)) }
        }
        if cls.isNone {
            let options = try jsonEncodeOptions(interp, rest)
            return .str(try JSONEncoderState.encode(interp, obj, options))
        }
        // cls(...) gets every standard option, then the extra keywords, as CPython passes them.
        let standard: [(String, Value)] = [("skipkeys", .false), ("ensure_ascii", .true), ("check_circular", .true),
                                           ("allow_nan", .true), ("indent", .none), ("separators", .none),
                                           ("default", .none), ("sort_keys", .false)]
        var keywords: [(String, Value)] = standard.map { k, v in (k, rest.first { $0.0 == k }?.1 ?? v) }
        keywords += rest.filter { k, _ in !standard.contains { $0.0 == k } }
        let encoder = try interp.call(cls, Arguments([], keywords: keywords))
        return try interp.call(try interp.getAttribute(encoder, "encode"), Arguments([obj]))
    }

    func loads(_ interp: Interp, _ s: Value, _ keywords: [(String, Value)]) throws -> Value {
        var cls: Value = .none
        var rest: [(String, Value)] = []
        for (k, v) in keywords {
            if k == "cls" {
                cls = v
            } else if !(v.isNone && ["object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"].contains(k)) {
                rest.append((k, v))
            }
        }
        let doc: PyStr
        switch s {
        case .str(let text):
            if text.utf8.count >= 3 && text.utf8[0] == 0xEF && text.utf8[1] == 0xBB && text.utf8[2] == 0xBF {
                throw makeJSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, pos: 0)
            }
            doc = text
        case .object(let o) where o is PyBytes:
            var bytes = (o as! PyBytes).bytes
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { bytes.removeFirst(3) }
            do { doc = try PyCodec.decode(bytes) } catch let e as TextError { throw e.asPython }
        default:
            throw PyException.typeError("the JSON object must be str, bytes or bytearray, not \(typeName(s))")
        }
        if cls.isNone {
            return try JSONScanner.decode(interp, doc, try jsonDecodeOptions(interp, rest))
        }
        let decoder = try interp.call(cls, Arguments([], keywords: rest))
        return try interp.call(try interp.getAttribute(decoder, "decode"), Arguments([.str(doc)]))
    }

    dict["dumps"] = .object(PyBuiltinFunction("dumps") { interp, a in
        try checkPositional("dumps", a, ["obj"])
        return try dumps(interp, a[0], a.keywords)
    })
    dict["loads"] = .object(PyBuiltinFunction("loads") { interp, a in
        try checkPositional("loads", a, ["s"])
        return try loads(interp, a[0], a.keywords)
    })
    // dump/load take any object with write()/read(): the sandbox has no files, but a
    // program's own writer (or io.StringIO, where available) works.
    dict["dump"] = .object(PyBuiltinFunction("dump") { interp, a in
        try checkPositional("dump", a, ["obj", "fp"])
        let text = try dumps(interp, a[0], a.keywords)
        _ = try interp.call(try interp.getAttribute(a[1], "write"), Arguments([text]))
        return .none
    })
    dict["load"] = .object(PyBuiltinFunction("load") { interp, a in
        try checkPositional("load", a, ["fp"])
        let text = try interp.call(try interp.getAttribute(a[0], "read"), Arguments())
        return try loads(interp, text, a.keywords)
    })
    return PyModule(name: "json", dict: dict)
}

/// Exactly the named positional parameters (the rest of the signature is keyword-only).
private func checkPositional(_ name: String, _ a: Arguments, _ names: [String]) throws {
    if a.positional.count > names.count {
        throw PyException.typeError("\(name)() takes \(names.count) positional argument\(names.count == 1 ? "" : "s") but \(a.positional.count) were given")
    }
    if a.positional.count < names.count {
        let missing = Array(names[a.positional.count...])
        throw PyException.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interp.listNames(missing))")
    }
}

// MARK: encoder options

private let encoderKeywords = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys",
                               "indent", "separators", "default"]

/// JSONEncoder.__init__'s keyword arguments as encoder options.
func jsonEncodeOptions(_ interp: Interp, _ keywords: [(String, Value)]) throws -> JSONEncodeOptions {
    var values: [String: Value] = [:]
    for (k, v) in keywords {
        guard encoderKeywords.contains(k) else {
            throw PyException.typeError("JSONEncoder.__init__() got an unexpected keyword argument '\(k)'")
        }
        values[k] = v
    }
    var o = JSONEncodeOptions()
    if let v = values["skipkeys"] { o.skipKeys = try interp.truthy(v) }
    if let v = values["ensure_ascii"] { o.ensureASCII = try interp.truthy(v) }
    if let v = values["check_circular"] { o.checkCircular = try interp.truthy(v) }
    if let v = values["allow_nan"] { o.allowNaN = try interp.truthy(v) }
    if let v = values["sort_keys"] { o.sortKeys = try interp.truthy(v) }
    o.indent = try jsonIndent(values["indent"] ?? .none)
    if let d = values["default"], !d.isNone { o.defaultFunction = d }
    try applySeparators(&o, values["separators"] ?? .none, interp)
    return o
}

/// `indent`: None, a str used as is, or an int number of spaces (' ' * indent).
private func jsonIndent(_ v: Value) throws -> [UInt8]? {
    switch v {
    case .none: return nil
    case .str(let s): return s.utf8.array
    case .int(let n): return [UInt8](repeating: 0x20, count: max(0, n))
    case .bool(let b): return b ? [0x20] : []
    default: throw PyException.typeError("can't multiply sequence by non-int of type '\(typeName(v))'")
    }
}

private func applySeparators(_ o: inout JSONEncodeOptions, _ v: Value, _ interp: Interp) throws {
    if v.isNone {
        if o.indent != nil { o.itemSeparator = [0x2C] }
        return
    }
    let parts = try interp.collect(v)
    if parts.count != 2 {
        if parts.count > 2 { throw PyException.valueError("too many values to unpack (expected 2)") }
        throw PyException.valueError("not enough values to unpack (expected 2, got \(parts.count))")
    }
    guard case .str(let item) = parts[0] else {
        throw PyException.typeError("make_encoder() argument 6 must be str, not \(typeName(parts[0]))")
    }
    guard case .str(let key) = parts[1] else {
        throw PyException.typeError("make_encoder() argument 5 must be str, not \(typeName(parts[1]))")
    }
    o.itemSeparator = item.utf8.array
    o.keySeparator = key.utf8.array
}

// MARK: decoder options

private let decoderKeywords = ["object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"]

func jsonDecodeOptions(_ interp: Interp, _ keywords: [(String, Value)]) throws -> JSONDecodeOptions {
    var o = JSONDecodeOptions()
    for (k, v) in keywords {
        guard decoderKeywords.contains(k) else {
            throw PyException.typeError("JSONDecoder.__init__() got an unexpected keyword argument '\(k)'")
        }
        let hook: Value? = v.isNone ? nil : v
        switch k {
        case "object_hook": o.objectHook = hook
        case "object_pairs_hook": o.pairsHook = hook
        case "parse_float": o.parseFloat = isType(v, BuiltinTypes.float) ? nil : hook
        case "parse_int": o.parseInt = isType(v, BuiltinTypes.int) ? nil : hook
        case "parse_constant": o.parseConstant = hook
        default: o.strict = try interp.truthy(v)
        }
    }
    return o
}

private func isType(_ v: Value, _ t: PyType) -> Bool {
    if case .object(let o) = v { return o === t }
    return false
}

// MARK: JSONEncoder / JSONDecoder classes

private func makeJSONEncoderType() -> PyType {
    makeNativeClass("JSONEncoder", module: "json.encoder", [
        "__init__": { interp, a in
            if a.positional.count > 1 {
                throw PyException.typeError("JSONEncoder.__init__() takes 1 positional argument but \(a.positional.count) were given")
            }
            let o = try jsonEncodeOptions(interp, a.keywords)
            let me = a[0]
            var given: [String: Value] = [:]
            for (k, v) in a.keywords { given[k] = v }
            for k in ["skipkeys", "sort_keys"] {
                try interp.setAttribute(me, k, given[k] ?? .false)
            }
            for k in ["ensure_ascii", "check_circular", "allow_nan"] {
                try interp.setAttribute(me, k, given[k] ?? .true)
            }
            try interp.setAttribute(me, "indent", given["indent"] ?? .none)
            try interp.setAttribute(me, "item_separator", .str(PyStr.copying(o.itemSeparator)))
            try interp.setAttribute(me, "key_separator", .str(PyStr.copying(o.keySeparator)))
            if let d = given["default"], !d.isNone { try interp.setAttribute(me, "default", d) }
            return .none
        },
        "default": { _, a in
            try a.expect("default", 2)
            throw PyException.typeError("Object of type \(typeName(a[1])) is not JSON serializable")
        },
        "encode": { interp, a in
            try a.expect("encode", 2)
            return .str(try JSONEncoderState.encode(interp, a[1], try encoderOptions(of: a[0], interp)))
        },
        "iterencode": { interp, a in
            guard a.positional.count >= 2 else { throw PyException.typeError("iterencode() missing 1 required positional argument: 'o'") }
            let text = try JSONEncoderState.encode(interp, a[1], try encoderOptions(of: a[0], interp))
            return .object(try interp.iterate(.list(PyList([.str(text)]))))
        },
    ])
}

/// The options an encoder instance carries as attributes (CPython's JSONEncoder fields).
private func encoderOptions(of me: Value, _ interp: Interp) throws -> JSONEncodeOptions {
    func attr(_ name: String) throws -> Value? { try interp.lookupAttribute(me, name) }
    var o = JSONEncodeOptions()
    if let v = try attr("skipkeys") { o.skipKeys = try interp.truthy(v) }
    if let v = try attr("ensure_ascii") { o.ensureASCII = try interp.truthy(v) }
    if let v = try attr("check_circular") { o.checkCircular = try interp.truthy(v) }
    if let v = try attr("allow_nan") { o.allowNaN = try interp.truthy(v) }
    if let v = try attr("sort_keys") { o.sortKeys = try interp.truthy(v) }
    o.indent = try jsonIndent(try attr("indent") ?? .none)
    if case .str(let s)? = try attr("item_separator") { o.itemSeparator = s.utf8.array }
    if case .str(let s)? = try attr("key_separator") { o.keySeparator = s.utf8.array }
    o.defaultFunction = try attr("default")
    return o
}

private func makeJSONDecoderType() -> PyType {
    makeNativeClass("JSONDecoder", module: "json.decoder", [
        "__init__": { interp, a in
            if a.positional.count > 1 {
                throw PyException.typeError("JSONDecoder.__init__() takes 1 positional argument but \(a.positional.count) were given")
            }
            _ = try jsonDecodeOptions(interp, a.keywords)
            var given: [String: Value] = [:]
            for (k, v) in a.keywords { given[k] = v }
            for k in ["object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"] {
                try interp.setAttribute(a[0], k, given[k] ?? .none)
            }
            try interp.setAttribute(a[0], "strict", given["strict"] ?? .true)
            return .none
        },
        "decode": { interp, a in
            try a.expect("decode", 2)
            let doc = try a[1].asStr("the JSON object")
            return try JSONScanner.decode(interp, doc, try decoderOptions(of: a[0], interp))
        },
        "raw_decode": { interp, a in
            let p = try a.bindAfterSelf("raw_decode", ["s", "idx"], required: 1)
            let doc = try p[0]!.asStr("the JSON object")
            let idx = try p[1]?.asInt("idx") ?? 0
            if idx < 0 { throw PyException.valueError("idx cannot be negative") }
            if idx > doc.count { throw makeJSONDecodeError("Expecting value", doc, pos: idx) }
            let (value, end) = try JSONScanner.rawDecode(interp, doc, doc.byteOffset(codePoint: idx),
                                                         try decoderOptions(of: a[0], interp))
            return .tuple(PyTuple([value, .int(doc.codePointIndex(byteOffset: end))]))
        },
    ])
}

private func decoderOptions(of me: Value, _ interp: Interp) throws -> JSONDecodeOptions {
    var keywords: [(String, Value)] = []
    for k in ["object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"] {
        if let v = try interp.lookupAttribute(me, k) { keywords.append((k, v)) }
    }
    return try jsonDecodeOptions(interp, keywords)
}
