import BigInt

/// What calling a built-in type does: `int("3")`, `list(x)`, `dict(a=1)`, `range(10)`...
func installConstructors() {
    // The one-argument forms (`int(s)`, `float(s)`, `str(n)`) are what loops call; they skip
    // binding arguments by name.
    BuiltinTypes.int.constructor = { interp, _, a in
        if a.keywords.isEmpty && a.positional.count == 1 { return try interp.toInt(a.positional[0]) }
        let p = try a.bind("int", ["x", "base"], positionalOnly: 1)
        guard let x = p[0] else { return .int(0) }
        if let b = p[1] {
            let base = try b.asInt("base")
            guard case .str(let s) = x else {
                if case .object(let o) = x, let bytes = o as? PyBytes {
                    return try parsedInt(parsePythonInt(String(decoding: bytes.bytes, as: UTF8.self), base: base))
                }
                throw PyException.typeError("int() can't convert non-string with explicit base")
            }
            if base != 0 && (base < 2 || base > 36) { throw PyException.valueError("int() base must be >= 2 and <= 36, or 0") }
            return try parsedInt(parsePythonInt(s, base: base))
        }
        return try interp.toInt(x)
    }
    BuiltinTypes.float.constructor = { interp, _, a in
        if a.keywords.isEmpty && a.positional.count == 1 { return .float(try interp.toFloat(a.positional[0])) }
        let p = try a.bind("float", ["x"], positionalOnly: 1)
        guard let x = p[0] else { return .float(0) }
        return .float(try interp.toFloat(x))
    }
    BuiltinTypes.int.convertInert = { interp, x in try interp.toInt(x) }
    BuiltinTypes.float.convertInert = { interp, x in .float(try interp.toFloat(x)) }
    BuiltinTypes.str.convertInert = { interp, x in
        switch x {
        case .str: return x
        case .int(let i): return .str(PyStr.decimal(i))
        default: return .str(PyStr.from(try interp.str(x)))
        }
    }
    BuiltinTypes.bool.convertInert = { interp, x in .bool(try interp.truthy(x)) }
    BuiltinTypes.bool.constructor = { interp, _, a in
        let p = try a.bind("bool", ["x"], positionalOnly: 1)
        guard let x = p[0] else { return .false }
        return .bool(try interp.truthy(x))
    }
    BuiltinTypes.str.constructor = { interp, _, a in
        if a.keywords.isEmpty && a.positional.count == 1 {
            switch a.positional[0] {
            case .str: return a.positional[0]
            case .int(let i): return .str(PyStr.decimal(i))
            default: return .str(PyStr.from(try interp.str(a.positional[0])))
            }
        }
        let p = try a.bind("str", ["object", "encoding", "errors"])
        guard let x = p[0] else { return .str(PyStr.empty) }
        if p[1] != nil || p[2] != nil {
            guard case .object(let o) = x, let b = o as? PyBytes else {
                throw PyException.typeError("decoding str is not supported")
            }
            let encoding = (try p[1].map { try $0.asStr("encoding").string }) ?? "utf-8"
            let errors = (try p[2].map { try $0.asStr("errors").string }) ?? "strict"
            return .str(try PyCodec.decode(b.bytes, encoding: encoding, errors: errors))
        }
        if case .str = x { return x }
        return .str(PyStr.from(try interp.str(x)))
    }
    BuiltinTypes.list.constructor = { interp, _, a in
        try a.expect("list", min: 0, max: 1)
        guard let x = a.positional.first else { return .list(PyList([])) }
        return .list(PyList(try interp.collect(x)))
    }
    BuiltinTypes.tuple.constructor = { interp, _, a in
        try a.expect("tuple", min: 0, max: 1)
        guard let x = a.positional.first else { return .emptyTuple }
        if case .tuple(let t) = x {
            // A namedtuple becomes a plain tuple.
            return t.type === BuiltinTypes.tuple ? x : .tuple(PyTuple(t.items))
        }
        return .tuple(PyTuple(try interp.collect(x)))
    }
    BuiltinTypes.dict.constructor = { interp, _, a in
        if a.count > 1 { throw PyException.typeError("dict expected at most 1 argument, got \(a.count)") }
        let d = PyDict()
        if a.count == 1 { try interp.mergeMapping(into: d, a[0]) }
        for (k, v) in a.keywords { try d.set(.str(PyStr.from(k)), v, interp) }
        return .dict(d)
    }
    for frozen in [false, true] {
        (frozen ? BuiltinTypes.frozenset : BuiltinTypes.set).constructor = { interp, t, a in
            try a.expect(t.name, min: 0, max: 1)
            let s = PySet(frozen: frozen)
            if let x = a.positional.first { for item in try interp.collect(x) { try s.add(item, interp) } }
            return .object(s)
        }
    }
    BuiltinTypes.range.constructor = { interp, _, a in
        try a.expect("range", min: 1, max: 3)
        func bound(_ v: Value) throws -> Int {
            try interp.indexValue(v, "'\(typeName(v))' object cannot be interpreted as an integer")
        }
        let start = a.count == 1 ? 0 : try bound(a[0])
        let stop = try bound(a[a.count == 1 ? 0 : 1])
        let step = a.count == 3 ? try bound(a[2]) : 1
        if step == 0 { throw PyException.valueError("range() arg 3 must not be zero") }
        // Lengths beyond Int.max would overflow every index computation (CPython can make
        // such a range but not take its len()).
        if PyRange.length(start: start, stop: stop, step: step) == nil {
            throw PyException.overflow("Python int too large to convert to C ssize_t")
        }
        return .object(PyRange(start: start, stop: stop, step: step))
    }
    BuiltinTypes.slice.constructor = { _, _, a in
        try a.expect("slice", min: 1, max: 3)
        if a.count == 1 { return .object(PySlice(start: .none, stop: a[0], step: .none)) }
        return .object(PySlice(start: a[0], stop: a[1], step: a.count == 3 ? a[2] : .none))
    }
    BuiltinTypes.bytes.constructor = { interp, _, a in
        let p = try a.bind("bytes", ["source", "encoding", "errors"])
        guard let x = p[0] else { return .object(PyBytes([])) }
        switch x {
        case .str(let s):
            guard p[1] != nil else { throw PyException.typeError("string argument without an encoding") }
            return .object(PyBytes(try s.encode()))
        case .int(let n):
            if n < 0 { throw PyException.valueError("negative count") }
            try interp.reserve(bytes: n)
            return .object(PyBytes([UInt8](repeating: 0, count: n)))
        default:
            var out: [UInt8] = []
            for v in try interp.collect(x) {
                let i = try v.asInt("bytes")
                guard i >= 0 && i < 256 else { throw PyException.valueError("bytes must be in range(0, 256)") }
                out.append(UInt8(i))
            }
            return .object(PyBytes(out))
        }
    }
    BuiltinTypes.object.constructor = { _, t, a in
        if a.count > 0 || !a.keywords.isEmpty { throw PyException.typeError("object() takes no arguments") }
        return .object(PyInstance(cls: t))
    }
    BuiltinTypes.type.constructor = { _, _, a in
        guard a.count == 1 else {
            throw PyException.typeError("type() with 3 arguments (dynamic class creation) is not available in the sandbox")
        }
        return .object(pyType(a[0]))
    }
    BuiltinTypes.property.constructor = { _, _, a in
        let p = try a.bind("property", ["fget", "fset", "fdel", "doc"])
        return .object(PyProperty(getter: p[0] ?? Value.none, setter: p[1] ?? Value.none, deleter: p[2] ?? Value.none))
    }
    BuiltinTypes.classmethod.constructor = { _, _, a in
        try a.expect("classmethod", 1)
        return .object(PyClassMethod(a[0]))
    }
    BuiltinTypes.staticmethod.constructor = { _, _, a in
        try a.expect("staticmethod", 1)
        return .object(PyStaticMethod(a[0]))
    }
    BuiltinTypes.superType.constructor = { interp, _, a in
        guard a.count == 2, case .object(let o) = a[0], let cls = o as? PyType else {
            throw PyException.runtimeError("super(): no arguments")
        }
        return try interp.makeSuper(cls, a[1])
    }
    for name in ["setter", "getter", "deleter"] {
        defineMethod(BuiltinTypes.property, name) { _, a in
            guard case .object(let o) = a[0], let p = o as? PyProperty else { throw PyException.typeError("descriptor requires a property") }
            switch name {
            case "setter": return .object(PyProperty(getter: p.getter, setter: a[1], deleter: p.deleter))
            case "getter": return .object(PyProperty(getter: a[1], setter: p.setter, deleter: p.deleter))
            default: return .object(PyProperty(getter: p.getter, setter: p.setter, deleter: a[1]))
            }
        }
    }
    // Exceptions: BaseException.__init__ stores the arguments.
    defineMethod(BuiltinTypes.baseException, "__init__") { _, a in
        guard case .object(let o) = a[0], let e = o as? PyBaseException else { return .none }
        e.args = Array(a.positional.dropFirst())
        return .none
    }
    defineMethod(BuiltinTypes.baseException, "with_traceback") { _, a in a[0] }
    defineMethod(BuiltinTypes.baseException, "__str__") { interp, a in
        guard case .object(let o) = a[0], let e = o as? PyBaseException else { return .str(PyStr.empty) }
        return .str(PyStr.from(try interp.exceptionMessage(e)))
    }
    defineMethod(BuiltinTypes.baseException, "__repr__") { interp, a in
        guard case .object(let o) = a[0], let e = o as? PyBaseException else { return .str(PyStr.empty) }
        if e.args.count == 1 { return .str(PyStr.from("\(e.cls.name)(" + (try interp.repr(e.args[0])) + ")")) }
        return .str(PyStr.from(e.cls.name + (try interp.repr(.tuple(PyTuple(e.args))))))
    }
    defineMethod(BuiltinTypes.object, "__setattr__") { interp, a in
        try a.expect("__setattr__", 3)
        try interp.setInstanceAttributeDirectly(a[0], try a[1].asStr("attribute name").string, a[2])
        return .none
    }
    // object.__new__(cls): what `super().__new__(cls)` in a user __new__ reaches.
    BuiltinTypes.object.dict["__new__"] = .object(PyStaticMethod(.object(PyBuiltinFunction("__new__") { _, a in
        guard let first = a.positional.first, case .object(let o) = first, let t = o as? PyType else {
            throw PyException.typeError("object.__new__(X): X is not a type object")
        }
        if t.isBuiltin && t !== BuiltinTypes.object && t.layout != .exception {
            throw PyException.typeError("object.__new__(\(t.name)) is not safe, use \(t.name).__new__()")
        }
        let instance: PyInstance = t.layout == .exception ? PyBaseException(cls: t) : PyInstance(cls: t)
        if let e = instance as? PyBaseException { e.args = Array(a.positional.dropFirst()) }
        return .object(instance)
    })))
    defineMethod(BuiltinTypes.object, "__delattr__") { interp, a in
        try a.expect("__delattr__", 2)
        try interp.deleteInstanceAttributeDirectly(a[0], try a[1].asStr("attribute name").string)
        return .none
    }
    defineMethod(BuiltinTypes.object, "__eq__") { _, a in
        a[0].isIdentical(to: a[1]) ? .true : BuiltinTypes.notImplemented
    }
    defineMethod(BuiltinTypes.object, "__ne__") { interp, a in
        .bool(!(try interp.equals(a[0], a[1])))
    }
    defineMethod(BuiltinTypes.object, "__repr__") { interp, a in
        guard case .object(let o) = a[0], let i = o as? PyInstance else { return .str(PyStr.from(try interp.repr(a[0]))) }
        let module = i.cls.module == "builtins" ? "" : i.cls.module + "."
        return .str(PyStr.from("<\(module)\(i.cls.qualifiedName) object at 0x\(String(UInt(bitPattern: a[0].identity), radix: 16))>"))
    }
    defineMethod(BuiltinTypes.object, "__str__") { interp, a in
        guard let repr = interp.userMethod(a[0], "__repr__") else {
            return .str(PyStr.from(try interp.repr(a[0])))
        }
        return try interp.callSpecial(repr, a[0])
    }
    defineMethod(BuiltinTypes.object, "__hash__") { _, a in .int(a[0].identity) }
    defineMethod(BuiltinTypes.object, "__format__") { interp, a in
        let spec = try a[1].asStr("format spec").string
        if !spec.isEmpty { throw PyException.typeError("unsupported format string passed to \(typeName(a[0])).__format__") }
        return .str(PyStr.from(try interp.str(a[0])))
    }
}

private func parsedInt(_ p: ParsedInt) -> Value {
    switch p {
    case .int(let i): return .int(i)
    case .big(let b): return .integer(b)
    }
}

extension Interp {
    /// int(x) for a non-string x.
    func toInt(_ x: Value) throws -> Value {
        switch x {
        case .int, .big: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyException.overflow("cannot convert float infinity to integer") }
            let t = d.rounded(.towardZero)
            if abs(t) < 9.2e18 { return .int(Int(t)) }
            return .integer(BigInt(t))
        case .str(let s):
            do {
                return parsedInt(try parsePythonInt(s, base: 10))
            } catch let e as TextError { throw e.asPython }
        default:
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = userMethod(x, name) { return try callSpecial(m, x) }
            }
            throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
        }
    }

    /// float(x).
    func toFloat(_ x: Value) throws -> Double {
        switch x {
        case .float(let d): return d
        case .int, .big, .bool: return try x.asDouble()
        case .str(let s):
            do {
                return try parsePythonFloat(s)
            } catch let e as TextError { throw e.asPython }
        default:
            if let m = userMethod(x, "__float__") { return try callSpecial(m, x).asDouble() }
            if let m = userMethod(x, "__index__") { return try callSpecial(m, x).asDouble() }
            throw PyException.typeError("float() argument must be a string or a real number, not '\(typeName(x))'")
        }
    }
}
