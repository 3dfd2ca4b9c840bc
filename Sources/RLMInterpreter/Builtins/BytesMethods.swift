/// Methods of bytes and bytearray.
///
/// Most are the str algorithms applied to the bytes read as Latin-1 (one code point per
/// byte), which is exact for searching, splitting and stripping; the case methods only
/// change ASCII letters, as CPython's do for bytes.
func installBytesMethods() {
    for t in [BuiltinTypes.bytes, BuiltinTypes.bytearray] {
        installBytesMethods(t, mutable: t === BuiltinTypes.bytearray)
    }
    BuiltinTypes.bytearray.constructor = { interp, _, a in
        let made = try BuiltinTypes.bytes.constructor!(interp, BuiltinTypes.bytes, a)
        guard case .object(let o) = made, let b = o as? PyBytes else { return made }
        return .object(PyBytes(b.bytes, mutable: true))
    }
    Builtins.namespace["bytearray"] = .object(BuiltinTypes.bytearray)
}

private func latin1(_ bytes: [UInt8]) -> PyStr {
    var b = PyStrBuilder(capacity: bytes.count)
    for x in bytes { b.append(codePoint: UInt32(x)) }
    return b.build()
}

private func fromLatin1(_ s: PyStr) -> [UInt8] {
    s.codePoints.map { UInt8(truncatingIfNeeded: $0) }
}

private func asBytes(_ v: Value) -> [UInt8]? {
    if case .object(let o) = v, let b = o as? PyBytes { return b.bytes }
    return nil
}

private func installBytesMethods(_ t: PyType, mutable: Bool) {
    func receiver(_ a: Arguments) throws -> PyBytes {
        guard case .object(let o) = a[0], let b = o as? PyBytes else {
            throw PyException.typeError("descriptor requires a '\(t.name)' object")
        }
        return b
    }
    func wrap(_ bytes: [UInt8]) -> Value { .object(PyBytes(bytes, mutable: mutable)) }

    // Bridged to the str implementation.
    let bridged = ["strip", "lstrip", "rstrip", "split", "rsplit", "startswith", "endswith", "replace", "count",
                   "find", "rfind", "index", "rindex", "partition", "rpartition", "splitlines", "center", "ljust",
                   "rjust", "zfill", "expandtabs", "removeprefix", "removesuffix", "isdigit", "isalpha",
                   "isalnum", "isspace", "isupper", "islower", "istitle", "isascii"]
    for name in bridged {
        defineMethod(t, name) { interp, a in
            let b = try receiver(a)
            var args: [Value] = [.str(latin1(b.bytes))]
            for v in a.positional.dropFirst() {
                if let x = asBytes(v) {
                    args.append(.str(latin1(x)))
                } else if case .tuple(let tup) = v {
                    args.append(.tuple(PyTuple(tup.items.map { asBytes($0).map { .str(latin1($0)) } ?? $0 })))
                } else if case .str = v {
                    throw PyException.typeError("a bytes-like object is required, not 'str'")
                } else {
                    args.append(v)
                }
            }
            guard case .object(let fo)? = BuiltinTypes.str.dict[name], let fn = fo as? PyBuiltinFunction else {
                throw PyException.attributeError("'\(t.name)' object has no attribute '\(name)'")
            }
            let r = try interp.callBuiltin(fn, Arguments(args, keywords: a.keywords))
            func back(_ v: Value) -> Value {
                switch v {
                case .str(let s): return wrap(fromLatin1(s))
                case .list(let l): return .list(PyList(l.items.map(back)))
                case .tuple(let tp): return .tuple(PyTuple(tp.items.map(back)))
                default: return v
                }
            }
            return back(r)
        }
    }
    for (name, transform) in [("upper", { (c: UInt8) -> UInt8 in (c >= 97 && c <= 122) ? c - 32 : c }),
                              ("lower", { (c: UInt8) -> UInt8 in (c >= 65 && c <= 90) ? c + 32 : c })] {
        defineMethod(t, name) { _, a in wrap(try receiver(a).bytes.map(transform)) }
    }
    defineMethod(t, "join") { interp, a in
        let sep = try receiver(a).bytes
        var out: [UInt8] = []
        for (i, item) in try interp.collect(a[1]).enumerated() {
            guard let b = asBytes(item) else {
                throw PyException.typeError("sequence item \(i): expected a bytes-like object, \(typeName(item)) found")
            }
            if i > 0 { out += sep }
            out += b
        }
        return wrap(out)
    }
    defineMethod(t, "decode") { _, a in
        let b = try receiver(a).bytes
        let p = try a.bindAfterSelf("decode", ["encoding", "errors"])
        let errors = try p[1].map { try $0.asStr("errors").string } ?? "strict"
        let encoding = try p[0].map { try $0.asStr("encoding").string } ?? "utf-8"
        return .str(try PyCodec.decode(b, encoding: encoding, errors: errors))
    }
    defineMethod(t, "hex") { _, a in
        .str(PyStr.from(try receiver(a).bytes.map { hexPadded(UInt32($0), width: 2) }.joined()))
    }
    let fromhex = PyBuiltinFunction("fromhex") { _, a in
        let text = try a[1].asStr("fromhex() argument").string.filter { !$0.isWhitespace }
        var out: [UInt8] = []
        var chars = Array(text)
        if chars.count % 2 != 0 { chars.append(" ") }
        for i in stride(from: 0, to: chars.count, by: 2) {
            guard let v = UInt8(String(chars[i...i + 1]), radix: 16) else {
                throw PyException.valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            out.append(v)
        }
        return .object(PyBytes(out, mutable: mutable))
    }
    t.dict["fromhex"] = .object(PyClassMethod(.object(fromhex)))
    defineMethod(t, "__len__") { _, a in .int(try receiver(a).bytes.count) }
    guard mutable else { return }
    defineMethod(t, "append") { _, a in
        let v = try a[1].asInt("byte")
        guard v >= 0 && v < 256 else { throw PyException.valueError("byte must be in range(0, 256)") }
        try receiver(a).bytes.append(UInt8(v))
        return .none
    }
    defineMethod(t, "extend") { interp, a in
        let b = try receiver(a)
        if let x = asBytes(a[1]) { b.bytes += x; return .none }
        for v in try interp.collect(a[1]) {
            let i = try v.asInt("byte")
            guard i >= 0 && i < 256 else { throw PyException.valueError("byte must be in range(0, 256)") }
            b.bytes.append(UInt8(i))
        }
        return .none
    }
    defineMethod(t, "pop") { _, a in
        let b = try receiver(a)
        if b.bytes.isEmpty { throw PyException.indexError("pop from empty bytearray") }
        return .int(Int(b.bytes.removeLast()))
    }
    defineMethod(t, "clear") { _, a in
        try receiver(a).bytes.removeAll()
        return .none
    }
}
