/// The methods of `str`, bridging Python arguments to the text layer (Text/PyStr*.swift).
func installStrMethods() {
    let t = BuiltinTypes.str

    func receiver(_ a: Arguments, _ name: String) throws -> PyStr {
        guard let first = a.positional.first, case .str(let s) = first else {
            throw PyException.typeError("descriptor '\(name)' requires a 'str' object")
        }
        return s
    }

    /// Methods of the form s.m(sub[, start[, end]]).
    func searchMethod(_ name: String, _ body: @escaping (PyStr, PyStr, Int?, Int?) throws -> Value) {
        defineMethod(t, name) { _, a in
            let s = try receiver(a, name)
            try a.expectAfterSelf(name, min: 1, max: 3)
            guard case .str(let sub) = a[1] else {
                throw PyException.typeError("must be str, not \(typeName(a[1]))")
            }
            let start = a.count > 2 ? try a[2].asOptionalInt() : nil
            let end = a.count > 3 ? try a[3].asOptionalInt() : nil
            return try body(s, sub, start, end)
        }
        defineShortcuts(t, name, one: { _, r, a in
            guard case .str(let s) = r, case .str(let sub) = a else { return nil }
            return try body(s, sub, nil, nil)
        })
    }
    searchMethod("find") { s, sub, st, en in .int(s.find(sub, st, en)) }
    searchMethod("rfind") { s, sub, st, en in .int(s.rfind(sub, st, en)) }
    searchMethod("index") { s, sub, st, en in .int(try s.index(sub, st, en)) }
    searchMethod("rindex") { s, sub, st, en in .int(try s.rindex(sub, st, en)) }
    searchMethod("count") { s, sub, st, en in .int(s.countOccurrences(sub, st, en)) }

    for name in ["startswith", "endswith"] {
        defineMethod(t, name) { _, a in
            let s = try receiver(a, name)
            let start = a.count > 2 ? try a[2].asOptionalInt() : nil
            let end = a.count > 3 ? try a[3].asOptionalInt() : nil
            guard a.count >= 2 else { throw PyException.typeError("\(name)() takes at least 1 argument (0 given)") }
            guard a.count <= 4 else { throw PyException.typeError("\(name)() takes at most 3 arguments (\(a.count - 1) given)") }
            if !a.keywords.isEmpty { throw PyException.typeError("str.\(name)() takes no keyword arguments") }
            switch a[1] {
            case .str(let p):
                return .bool(name == "startswith" ? s.startswith(p, start, end) : s.endswith(p, start, end))
            case .tuple(let tup):
                var options: [PyStr] = []
                for item in tup.items {
                    guard case .str(let p) = item else {
                        throw PyException.typeError("tuple for \(name) must only contain str, not \(typeName(item))")
                    }
                    options.append(p)
                }
                return .bool(name == "startswith" ? s.startswith(options, start, end) : s.endswith(options, start, end))
            default:
                throw PyException.typeError("\(name) first arg must be str or a tuple of str, not \(typeName(a[1]))")
            }
        }
        let isStart = name == "startswith"   // decided once, not per call
        defineShortcuts(t, name, one: { _, r, a in
            guard case .str(let s) = r, case .str(let p) = a else { return nil }
            return .bool(isStart ? s.startswith(p, nil, nil) : s.endswith(p, nil, nil))
        })
    }

    func noArgs(_ name: String, _ body: @escaping (PyStr) throws -> Value) {
        defineMethod(t, name) { _, a in
            let s = try receiver(a, name)
            if a.count != 1 || !a.keywords.isEmpty {
                throw PyException.typeError("str.\(name)() takes no arguments (\(a.count - 1) given)")
            }
            return try body(s)
        }
        defineShortcuts(t, name, { _, r in
            guard let s = r.unretainedStr else { return nil }
            return try s._withUnsafeGuaranteedRef { try body($0) }
        })
    }
    noArgs("upper") { .str($0.upper()) }
    noArgs("lower") { .str($0.lower()) }
    noArgs("casefold") { .str($0.casefold()) }
    noArgs("swapcase") { .str($0.swapcase()) }
    noArgs("capitalize") { .str($0.capitalize()) }
    noArgs("title") { .str($0.title()) }
    noArgs("isascii") { .bool($0.isascii()) }
    noArgs("isalpha") { .bool($0.isalpha()) }
    noArgs("isalnum") { .bool($0.isalnum()) }
    noArgs("isdecimal") { .bool($0.isdecimal()) }
    noArgs("isdigit") { .bool($0.isdigit()) }
    noArgs("isnumeric") { .bool($0.isnumeric()) }
    noArgs("isspace") { .bool($0.isspace()) }
    noArgs("isprintable") { .bool($0.isprintable()) }
    noArgs("isupper") { .bool($0.isupper()) }
    noArgs("islower") { .bool($0.islower()) }
    noArgs("istitle") { .bool($0.istitle()) }
    noArgs("isidentifier") { .bool($0.isidentifier()) }

    func optionalChars(_ a: Arguments, _ name: String) throws -> PyStr? {
        let p = try a.bindAfterSelf(name, ["chars"])
        guard let c = p[0], !c.isNone else { return nil }
        guard case .str(let chars) = c else {
            throw PyException.typeError("\(name) arg must be None or str")
        }
        return chars
    }
    func stripMethod(_ name: String, _ body: @escaping (PyStr, PyStr?) -> PyStr) {
        defineMethod(t, name) { _, a in .str(body(try receiver(a, name), try optionalChars(a, name))) }
        defineShortcuts(t, name, { _, r in
            guard case .str(let s) = r else { return nil }
            return .str(body(s, nil))
        }, one: { _, r, c in
            guard case .str(let s) = r else { return nil }
            switch c {
            case .none: return .str(body(s, nil))
            case .str(let chars): return .str(body(s, chars))
            default: return nil
            }
        })
    }
    stripMethod("strip") { $0.strip($1) }
    stripMethod("lstrip") { $0.lstrip($1) }
    stripMethod("rstrip") { $0.rstrip($1) }

    for name in ["split", "rsplit"] {
        let fromLeft = name == "split"   // decided once, not per call
        func split(_ s: PyStr, _ sep: PyStr?, _ maxsplit: Int) throws -> Value {
            let parts = fromLeft ? try s.split(sep, maxsplit: maxsplit, as: Value.str)
                                 : try s.rsplit(sep, maxsplit: maxsplit, as: Value.str)
            return .list(PyList(parts))
        }
        defineMethod(t, name) { _, a in
            let s = try receiver(a, name)
            let p = try a.bindAfterSelf(name, ["sep", "maxsplit"])
            var sep: PyStr?
            if let v = p[0], !v.isNone {
                guard case .str(let x) = v else { throw PyException.typeError("must be str or None, not \(typeName(v))") }
                sep = x
            }
            let maxsplit = try p[1]?.asInt("maxsplit") ?? -1
            return try split(s, sep, maxsplit)
        }
        defineShortcuts(t, name, { _, r in
            guard case .str(let s) = r else { return nil }
            return try split(s, nil, -1)
        }, one: { _, r, sep in
            guard case .str(let s) = r else { return nil }
            switch sep {
            case .none: return try split(s, nil, -1)
            case .str(let x): return try split(s, x, -1)
            default: return nil
            }
        }, two: { _, r, sep, maxsplit in
            guard case .str(let s) = r, case .int(let n) = maxsplit else { return nil }
            switch sep {
            case .none: return try split(s, nil, n)
            case .str(let x): return try split(s, x, n)
            default: return nil
            }
        })
    }
    defineMethod(t, "splitlines") { interp, a in
        let s = try receiver(a, "splitlines")
        let p = try a.bindAfterSelf("splitlines", ["keepends"])
        let keep = try p[0].map { try interp.truthy($0) } ?? false
        return .list(PyList(s.splitlines(keepends: keep, as: Value.str)))
    }
    func join(_ s: PyStr, _ iterable: Value, _ interp: Interp) throws -> Value {
        let items = try interp.collect(iterable, notIterable: "can only join an iterable")
        for i in items.indices {
            guard case .str = items[i] else {
                throw PyException.typeError("sequence item \(i): expected str instance, \(typeName(items[i])) found")
            }
        }
        return .str(s.join(strValues: items))
    }
    defineMethod(t, "join") { interp, a in
        try a.expectAfterSelf("join", 1)
        return try join(try receiver(a, "join"), a[1], interp)
    }
    defineShortcuts(t, "join", one: { interp, r, iterable in
        guard case .str(let s) = r else { return nil }
        return try join(s, iterable, interp)
    })
    func replace(_ s: PyStr, _ old: PyStr, _ new: PyStr, _ count: Int, _ interp: Interp) throws -> Value {
        if new.utf8.count > old.utf8.count {
            // The most the result can grow by: one replacement per possible match.
            var matches = old.count == 0 ? s.count + 1 : s.count / old.count
            if count >= 0 { matches = min(matches, count) }
            let (grow, o) = matches.multipliedReportingOverflow(by: new.utf8.count)
            try interp.reserve(bytes: o ? Int.max : s.utf8.count + grow)
        }
        return .str(s.replace(old, new, count))
    }
    defineMethod(t, "replace") { interp, a in
        let s = try receiver(a, "replace")
        try a.expectAfterSelf("replace", min: 2, max: 3)
        guard case .str(let old) = a[1] else { throw PyException.typeError("replace() argument 1 must be str, not \(typeName(a[1]))") }
        guard case .str(let new) = a[2] else { throw PyException.typeError("replace() argument 2 must be str, not \(typeName(a[2]))") }
        return try replace(s, old, new, a.count > 3 ? try a[3].asInt("count") : -1, interp)
    }
    defineShortcuts(t, "replace", two: { interp, r, old, new in
        guard case .str(let s) = r, case .str(let old) = old, case .str(let new) = new else { return nil }
        return try replace(s, old, new, -1, interp)
    })
    for name in ["partition", "rpartition"] {
        defineMethod(t, name) { _, a in
            let s = try receiver(a, name)
            try a.expectAfterSelf(name, 1)
            guard case .str(let sep) = a[1] else { throw PyException.typeError("must be str, not \(typeName(a[1]))") }
            let (x, y, z) = name == "partition" ? try s.partition(sep) : try s.rpartition(sep)
            return .tuple(PyTuple([.str(x), .str(y), .str(z)]))
        }
        let fromLeft = name == "partition"   // decided once, not per call
        defineShortcuts(t, name, one: { _, r, a in
            guard case .str(let s) = r, case .str(let sep) = a else { return nil }
            let (x, y, z) = fromLeft ? try s.partition(sep) : try s.rpartition(sep)
            return .tuple(PyTuple([.str(x), .str(y), .str(z)]))
        })
    }
    for name in ["center", "ljust", "rjust"] {
        defineMethod(t, name) { interp, a in
            let s = try receiver(a, name)
            try a.expectAfterSelf(name, min: 1, max: 2)
            let width = try a[1].asInt("width")
            if width > s.count { try interp.reserve(bytes: width.multipliedReportingOverflow(by: 4).overflow ? Int.max : width * 4) }
            var fill: UInt32 = 0x20
            if a.count > 2 {
                guard case .str(let f) = a[2], f.count == 1 else {
                    throw PyException.typeError("The fill character must be exactly one character long")
                }
                fill = f.codePoint(at: 0)
            }
            switch name {
            case "center": return .str(s.center(width, fill: fill))
            case "ljust": return .str(s.ljust(width, fill: fill))
            default: return .str(s.rjust(width, fill: fill))
            }
        }
    }
    defineMethod(t, "zfill") { interp, a in
        let s = try receiver(a, "zfill")
        try a.expectAfterSelf("zfill", 1)
        let width = try a[1].asInt("width")
        if width > s.count { try interp.reserve(bytes: width) }
        return .str(s.zfill(width))
    }
    defineMethod(t, "expandtabs") { interp, a in
        let s = try receiver(a, "expandtabs")
        let p = try a.bindAfterSelf("expandtabs", ["tabsize"])
        let tabsize = try p[0]?.asInt("tabsize") ?? 8
        if tabsize > 8 {
            let tabs = s.utf8.reduce(0) { $0 + ($1 == 9 ? 1 : 0) }
            let (grow, o) = tabs.multipliedReportingOverflow(by: tabsize)
            try interp.reserve(bytes: o ? Int.max : s.utf8.count + grow)
        }
        return .str(s.expandtabs(tabsize))
    }
    defineMethod(t, "removeprefix") { _, a in
        let s = try receiver(a, "removeprefix")
        try a.expectAfterSelf("removeprefix", 1)
        return .str(s.removeprefix(try a[1].asStr("removeprefix() argument")))
    }
    defineMethod(t, "removesuffix") { _, a in
        let s = try receiver(a, "removesuffix")
        try a.expectAfterSelf("removesuffix", 1)
        return .str(s.removesuffix(try a[1].asStr("removesuffix() argument")))
    }
    defineMethod(t, "encode") { _, a in
        let s = try receiver(a, "encode")
        let p = try a.bindAfterSelf("encode", ["encoding", "errors"])
        let encoding = try p[0].map { try $0.asStr("encoding").string } ?? "utf-8"
        let errors = try p[1].map { try $0.asStr("errors").string } ?? "strict"
        return .object(PyBytes(try PyCodec.encode(s, encoding: encoding, errors: errors)))
    }
    defineMethod(t, "format") { interp, a in
        let s = try receiver(a, "format")
        return .str(PyStr.from(try interp.formatTemplate(s.string, Arguments(Array(a.positional.dropFirst()), keywords: a.keywords))))
    }
    defineMethod(t, "format_map") { interp, a in
        let s = try receiver(a, "format_map")
        try a.expectAfterSelf("format_map", 1)
        return .str(PyStr.from(try interp.formatTemplate(s.string, Arguments(), mapping: a[1])))
    }
    defineMethod(t, "translate") { interp, a in
        let s = try receiver(a, "translate")
        try a.expectAfterSelf("translate", 1)
        guard case .dict(let d) = a[1] else { throw PyException.typeError("translate() requires a dict table in the sandbox") }
        var table: [UInt32: PyStr?] = [:]
        for e in d.table.liveEntries {
            guard case .int(let k) = e.key else { continue }
            switch e.value {
            case .none: table[UInt32(k)] = .some(nil)
            case .str(let r): table[UInt32(k)] = .some(r)
            case .int(let c): table[UInt32(k)] = .some(PyStr.char(UInt32(c)))
            default: throw PyException.typeError("character mapping must return integer, None or str")
            }
        }
        _ = interp
        return .str(s.translate(table))
    }
    let maketrans = PyBuiltinFunction("maketrans") { interp, a in
        let d = PyDict()
        if a.count == 1 {
            guard case .dict(let src) = a[0] else { throw PyException.typeError("if you give only one argument to maketrans it must be a dict") }
            for e in src.table.liveEntries {
                var key = e.key
                if case .str(let k) = e.key {
                    guard k.count == 1 else { throw PyException.valueError("string keys in translate table must be of length 1") }
                    key = .int(Int(k.codePoint(at: 0)))
                }
                try d.set(key, e.value, interp)
            }
            return .dict(d)
        }
        let from = try a[0].asStr("maketrans() argument 1")
        let to = try a[1].asStr("maketrans() argument 2")
        guard from.count == to.count else { throw PyException.valueError("the first two maketrans arguments must have equal length") }
        for i in 0..<from.count {
            try d.set(.int(Int(from.codePoint(at: i))), .int(Int(to.codePoint(at: i))), interp)
        }
        if a.count > 2 {
            let del = try a[2].asStr("maketrans() argument 3")
            for i in 0..<del.count { try d.set(.int(Int(del.codePoint(at: i))), .none, interp) }
        }
        return .dict(d)
    }
    t.dict["maketrans"] = .object(PyStaticMethod(.object(maketrans)))
    defineMethod(t, "__len__") { _, a in .int(try receiver(a, "__len__").count) }
    defineMethod(t, "__contains__") { interp, a in .bool(try interp.contains(a[0], a[1])) }
    defineMethod(t, "__getitem__") { interp, a in try interp.getItem(a[0], a[1]) }
    defineMethod(t, "__add__") { interp, a in try interp.binary(.add, a[0], a[1]) }
    defineMethod(t, "__mul__") { interp, a in try interp.binary(.mul, a[0], a[1]) }
    defineMethod(t, "__eq__") { interp, a in .bool(try interp.equals(a[0], a[1])) }
    defineMethod(t, "__lt__") { interp, a in .bool(try interp.compare(a[0], a[1], .lt)) }
    defineMethod(t, "__hash__") { interp, a in .int(try interp.hash(a[0])) }
    defineMethod(t, "__str__") { _, a in a[0] }
    defineMethod(t, "__repr__") { interp, a in .str(PyStr.from(try interp.repr(a[0]))) }
    defineMethod(t, "__format__") { interp, a in .str(PyStr.from(try interp.format(a[0], try a[1].asStr("format spec").string))) }
}
