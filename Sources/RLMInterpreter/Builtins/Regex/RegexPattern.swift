/// re.Pattern: a compiled pattern plus the Python-level operations (search, findall, sub...).
final class RegexPatternObject: PyObject, CustomRepr, NativeAttributes {
    let regex: CompiledRegex
    /// The pattern as given (str or bytes).
    let source: Value
    /// Parsed replacement templates, by template text.
    private var templates: [[UInt8]: [RegexTemplatePiece]] = [:]

    override var type: PyType { BuiltinTypes.rePattern }

    init(regex: CompiledRegex, source: Value) {
        self.regex = regex
        self.source = source
    }

    var isBytes: Bool { regex.isBytes }

    /// The last non-ASCII str checked for lone surrogates, so a loop of `p.match(text, pos)`
    /// over one large text scans it once, not once per call.
    private var lastChecked: (PyStr, Bool)?

    func isValidUTF8(_ s: RegexSubject) -> Bool {
        guard let str = s.str, !str.isASCII else { return true }
        if let (last, valid) = lastChecked, last === str { return valid }
        let valid = s.isValidUTF8
        lastChecked = (str, valid)
        return valid
    }

    func attribute(_ name: String, _ interp: Interp) throws -> Value? {
        switch name {
        case "pattern": return source
        case "flags": return .int(regex.flags.rawValue)
        case "groups": return .int(regex.groupCount)
        case "groupindex":
            let d = PyDict()
            for (name, g) in regex.groupNames { try d.set(.str(PyStr.from(name)), .int(g), interp) }
            return .dict(d)
        default: return nil
        }
    }

    func repr(_ interp: Interp) throws -> String {
        let text = String(try interp.repr(source).prefix(200))
        var flags = regex.flags.rawValue
        if !isBytes { flags &= ~RegexFlags.unicode.rawValue }
        if flags == 0 { return "re.compile(\(text))" }
        var names: [String] = []
        for (bit, name) in RegexPatternObject.flagNames where flags & bit != 0 {
            names.append(name)
            flags &= ~bit
        }
        if flags != 0 { names.append("0x" + String(flags, radix: 16)) }
        return "re.compile(\(text), \(names.joined(separator: "|")))"
    }

    static let flagNames: [(Int, String)] = [
        (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
        (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII"),
    ]

    // MARK: subjects

    /// The string argument as a subject of the right kind, or TypeError like CPython.
    func subject(_ v: Value) throws -> RegexSubject {
        switch v {
        case .str(let s):
            if isBytes { throw PyException.typeError("cannot use a bytes pattern on a string-like object") }
            return RegexSubject(str: s)
        case .object(let o):
            if let b = o as? PyBytes {
                if !isBytes { throw PyException.typeError("cannot use a string pattern on a bytes-like object") }
                return RegexSubject(bytesValue: v, bytes: b.bytes)
            }
        default: break
        }
        throw PyException.typeError("expected string or bytes-like object, got '\(typeName(v))'")
    }

    /// pos/endpos clamped to the subject, in Python units and in bytes.
    func window(_ s: RegexSubject, _ posV: Value?, _ endV: Value?) throws -> (pos: Int, end: Int, bytePos: Int, byteEnd: Int) {
        let n = s.length
        var pos = try posV.map { try clampIndex($0) } ?? 0
        var end = try endV.map { try clampIndex($0) } ?? n
        pos = min(max(pos, 0), n)
        end = min(max(end, 0), n)
        let bytePos = s.byteOffset(pos)
        let byteEnd = end == n ? s.byteCount : s.byteOffset(end)
        return (pos, end, bytePos, byteEnd)
    }

    private func clampIndex(_ v: Value) throws -> Int {
        if case .big(let b) = v { return b.value.sign == .minus ? Int.min / 2 : Int.max / 2 }
        return try v.asInt("index")
    }

    // MARK: operations

    /// search / match / fullmatch.
    func find(_ s: RegexSubject, _ posV: Value?, _ endV: Value?, anchor: RegexAnchor) throws -> Value {
        let w = try window(s, posV, endV)
        if w.bytePos > w.byteEnd { return .none }
        let valid = isValidUTF8(s)
        let offsets = try run {
            try s.withBytes { buf in
                try regex.exec(buf, end: w.byteEnd, start: w.bytePos, anchor: anchor, validUTF: valid)
            }
        }
        guard let offsets else { return .none }
        return .object(RegexMatchObject(pattern: self, subject: s, offsets: offsets, pos: w.pos, endpos: w.end))
    }

    /// Calls `body` with the offsets of each successive match (Python 3.7+ empty-match
    /// rules; the pointer is valid only during the call) until it returns false or the
    /// matches run out.
    func forEachMatch(_ interp: Interp, _ s: RegexSubject, from bytePos: Int, to byteEnd: Int, _ body: (UnsafePointer<Int>) throws -> Bool) throws {
        if bytePos > byteEnd { return }
        let valid = isValidUTF8(s)
        try run {
            try s.withBytes { buf in
                var walker = try MatchWalker(regex: regex, subject: buf, start: bytePos, end: byteEnd, validUTF: valid)
                while let m = try walker.nextVector() {
                    try interp.tick()
                    if !(try body(m)) { break }
                }
            }
        }
    }

    /// A copy of a match's offsets.
    func copyOffsets(_ m: UnsafePointer<Int>) -> [Int] {
        Array(UnsafeBufferPointer(start: m, count: 2 * (regex.groupCount + 1)))
    }

    func findall(_ interp: Interp, _ s: RegexSubject, _ posV: Value?, _ endV: Value?) throws -> Value {
        let w = try window(s, posV, endV)
        var out: [Value] = []
        let groups = regex.groupCount
        try forEachMatch(interp, s, from: w.bytePos, to: w.byteEnd) { m in
            switch groups {
            case 0: out.append(s.slice(m[0], m[1]))
            case 1: out.append(m[2] >= 0 ? s.slice(m[2], m[3]) : s.empty)
            default:
                var items: [Value] = []
                items.reserveCapacity(groups)
                for g in 1...groups { items.append(m[2 * g] >= 0 ? s.slice(m[2 * g], m[2 * g + 1]) : s.empty) }
                out.append(.tuple(PyTuple(items)))
            }
            return true
        }
        return .list(PyList(out))
    }

    func finditer(_ s: RegexSubject, _ posV: Value?, _ endV: Value?) throws -> Value {
        let w = try window(s, posV, endV)
        // The iterator keeps its own cursor; the subject's bytes stay alive with it.
        var position = w.bytePos
        var previousWasEmpty = false
        var done = w.bytePos > w.byteEnd
        let valid = isValidUTF8(s)
        let engine = regex
        let code = try run { try engine.code(anchor: .search, validUTF: valid || isBytes) }
        return .object(ClosureIterator(type: BuiltinTypes.reCallableIterator) { [self] _ in
            if done { return nil }
            let options = engine.matchOptions(notEmptyAtStart: previousWasEmpty, validUTF: valid)
            let m = try run {
                try s.withBytes { buf -> [Int]? in
                    guard let v = try engine.execVector(code, buf, end: w.byteEnd, start: position, options: options) else { return nil }
                    return copyOffsets(v)
                }
            }
            guard let m else { done = true; return nil }
            previousWasEmpty = m[0] == m[1]
            position = m[1]
            return .object(RegexMatchObject(pattern: self, subject: s, offsets: m, pos: w.pos, endpos: w.end))
        })
    }

    func split(_ interp: Interp, _ s: RegexSubject, maxsplit: Int) throws -> Value {
        var out: [Value] = []
        var last = 0
        var n = 0
        if maxsplit < 0 { return .list(PyList([s.slice(0, s.byteCount)])) }
        try forEachMatch(interp, s, from: 0, to: s.byteCount) { m in
            out.append(s.slice(last, m[0]))
            for g in stride(from: 1, through: regex.groupCount, by: 1) {
                out.append(m[2 * g] >= 0 ? s.slice(m[2 * g], m[2 * g + 1]) : .none)
            }
            last = m[1]
            n += 1
            return maxsplit == 0 || n < maxsplit
        }
        out.append(s.slice(last, s.byteCount))
        return .list(PyList(out))
    }

    /// sub / subn: the new text and the number of replacements.
    func substitute(_ interp: Interp, _ repl: Value, _ s: RegexSubject, count: Int) throws -> (Value, Int) {
        enum Replacement { case literal([UInt8]), template([RegexTemplatePiece]), function(Value), wrongKind(String) }
        let replacement: Replacement
        switch repl {
        case .str(let r) where !isBytes:
            replacement = r.utf8.contains(0x5C) ? .template(try template(repl)) : .literal(r.utf8.array)
        case .object(let o) where o is PyBytes && isBytes:
            let b = (o as! PyBytes).bytes
            replacement = b.contains(0x5C) ? .template(try template(repl)) : .literal(b)
        case .str where isBytes:
            replacement = .wrongKind("sequence item 0: expected a bytes-like object, str found")
        case .object(let o) where o is PyBytes && !isBytes:
            replacement = .wrongKind("sequence item 0: expected str instance, \(typeName(repl)) found")
        default:
            guard regexIsCallable(repl) else {
                throw PyException.typeError("decoding to str: need a bytes-like object, \(typeName(repl)) found")
            }
            replacement = .function(repl)
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.byteCount)
        var last = 0
        var n = 0
        try forEachMatch(interp, s, from: 0, to: s.byteCount) { m in
            s.withBytes { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[last..<m[0]])) }
            switch replacement {
            case .literal(let b): out.append(contentsOf: b)
            case .wrongKind(let message): throw PyException.typeError(message)
            case .template(let pieces):
                RegexMatchObject.expand(pieces, s, m, into: &out)
            case .function(let f):
                let match = RegexMatchObject(pattern: self, subject: s, offsets: copyOffsets(m), pos: 0, endpos: s.length)
                let r = try interp.call(f, Arguments([.object(match)]))
                switch r {
                case .none: break
                case .str(let rs) where !isBytes: rs.withUTF8 { out.append(contentsOf: $0) }
                case .object(let o) where isBytes && o is PyBytes: out.append(contentsOf: (o as! PyBytes).bytes)
                default:
                    throw PyException.typeError(isBytes
                        ? "sequence item 0: expected a bytes-like object, \(typeName(r)) found"
                        : "sequence item 0: expected str instance, \(typeName(r)) found")
                }
            }
            last = m[1]
            n += 1
            return count <= 0 || n < count
        }
        if n == 0 { return (s.value, 0) }
        s.withBytes { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[last...])) }
        let text: Value = s.isText ? .str(PyStr.copying(out)) : .object(PyBytes(out))
        return (text, n)
    }

    /// A replacement template, parsed once per distinct text.
    func template(_ v: Value) throws -> [RegexTemplatePiece] {
        let raw: [UInt8]
        let cps: [UInt32]
        switch v {
        case .str(let s) where !isBytes:
            raw = s.utf8.array
            if let t = templates[raw] { return t }
            cps = Array(s.codePoints)
        case .object(let o) where isBytes && o is PyBytes:
            raw = (o as! PyBytes).bytes
            if let t = templates[raw] { return t }
            cps = raw.map { UInt32($0) }
        default:
            throw PyException.typeError("decoding to str: need a bytes-like object, \(typeName(v)) found")
        }
        do {
            let t = try PythonTemplate.parse(cps, isText: !isBytes, groupCount: regex.groupCount, groupNames: regex.groupNames)
            templates[raw] = t
            return t
        } catch RegexTemplateError.unknownGroupName(let name) {
            throw PyException.indexError("unknown group name \(regexRepr(name))")
        } catch RegexTemplateError.syntax(let e) {
            throw reError(e, pattern: v)
        }
    }

    /// Runs engine work, turning engine failures into Python exceptions.
    @discardableResult
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch is RegexLimitError {
            throw PyException.runtimeError(RegexLimitError.message)
        } catch let e as RegexError {
            throw reError(e, pattern: source)
        }
    }
}

/// callable(v), for sub()'s replacement argument.
private func regexIsCallable(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    switch o {
    case is PyFunction, is PyBuiltinFunction, is PyBoundMethod, is PyType: return true
    default: return pyType(v).lookup("__call__") != nil
    }
}

/// The Python exception for a pattern (or template) problem: re.error with CPython's
/// attributes, or ValueError/OverflowError for the few errors CPython raises that way.
func reError(_ e: RegexError, pattern: Value) -> PyException {
    switch e.kind {
    case .value: return PyException.valueError(e.message)
    case .overflow: return PyException.overflow(e.message)
    case .syntax: break
    }
    var text = e.message
    let exc = PyBaseException(cls: BuiltinTypes.reError)
    exc.setAttribute("msg", .str(PyStr.from(e.message)))
    exc.setAttribute("pattern", e.position == nil ? Value.none : pattern)
    exc.setAttribute("pos", e.position.map { .int($0) } ?? Value.none)
    if let pos = e.position {
        text += " at position \(pos)"
        var units: [UInt32] = []
        switch pattern {
        case .str(let s): units = Array(s.codePoints)
        case .object(let o as PyBytes): units = o.bytes.map { UInt32($0) }
        default: break
        }
        let before = units.prefix(pos)
        let lineno = before.filter { $0 == 10 }.count + 1
        let lastNewline = before.lastIndex(of: 10) ?? -1
        let colno = pos - lastNewline
        exc.setAttribute("lineno", .int(lineno))
        exc.setAttribute("colno", .int(colno))
        if units.contains(10) { text += " (line \(lineno), column \(colno))" }
    } else {
        exc.setAttribute("lineno", .none)
        exc.setAttribute("colno", .none)
    }
    exc.args = [.str(PyStr.from(text))]
    return PyException(exc)
}

private func patternSelf(_ a: Arguments, _ method: String) throws -> RegexPatternObject {
    guard let first = a.positional.first, case .object(let o) = first, let p = o as? RegexPatternObject else {
        throw PyException.typeError("descriptor '\(method)' for 're.Pattern' objects doesn't apply to a '\(a.positional.first.map(typeName) ?? "NoneType")' object")
    }
    return p
}

func installPatternMethods(_ t: PyType) {
    for (name, anchor) in [("search", RegexAnchor.search), ("match", .match), ("fullmatch", .full)] {
        defineMethod(t, name) { _, a in
            let p = try patternSelf(a, name)
            let args = try a.bindAfterSelf(name, ["string", "pos", "endpos"], required: 1)
            return try p.find(try p.subject(args[0]!), args[1], args[2], anchor: anchor)
        }
    }
    defineMethod(t, "findall") { interp, a in
        let p = try patternSelf(a, "findall")
        let args = try a.bindAfterSelf("findall", ["string", "pos", "endpos"], required: 1)
        return try p.findall(interp, try p.subject(args[0]!), args[1], args[2])
    }
    defineMethod(t, "finditer") { _, a in
        let p = try patternSelf(a, "finditer")
        let args = try a.bindAfterSelf("finditer", ["string", "pos", "endpos"], required: 1)
        return try p.finditer(try p.subject(args[0]!), args[1], args[2])
    }
    defineMethod(t, "split") { interp, a in
        let p = try patternSelf(a, "split")
        let args = try a.bindAfterSelf("split", ["string", "maxsplit"], required: 1)
        return try p.split(interp, try p.subject(args[0]!), maxsplit: try args[1]?.asInt("maxsplit") ?? 0)
    }
    for name in ["sub", "subn"] {
        defineMethod(t, name) { interp, a in
            let p = try patternSelf(a, name)
            let args = try a.bindAfterSelf(name, ["repl", "string", "count"], required: 2)
            let (text, n) = try p.substitute(interp, args[0]!, try p.subject(args[1]!), count: try args[2]?.asInt("count") ?? 0)
            return name == "sub" ? text : .tuple(PyTuple([text, .int(n)]))
        }
    }
    defineMethod(t, "__copy__") { _, a in a[0] }
    defineMethod(t, "__deepcopy__") { _, a in a[0] }
}
