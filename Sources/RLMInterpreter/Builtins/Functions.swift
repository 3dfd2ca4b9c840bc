import BigInt
import Foundation

/// The built-in functions (`len`, `print`, `sorted`...): the `builtins` namespace every
/// module falls back to.
enum Builtins {
    nonisolated(unsafe) static var namespace: [String: Value] = [:]

    static func function(_ name: String, _ body: @escaping BuiltinBody) {
        namespace[name] = .object(PyBuiltinFunction(name, body))
    }

    /// Gives the already defined function `name` shortcuts for calls with one or two plain
    /// positional arguments (see `PyBuiltinFunction.method0`); as for methods, each returns
    /// nil for values it does not take, and the body decides those.
    static func functionShortcuts(_ name: String, one: FastMethod0? = nil, two: FastMethod1? = nil) {
        guard case .object(let o)? = namespace[name], let b = o as? PyBuiltinFunction else {
            preconditionFailure("\(name) has no body to shortcut")
        }
        namespace[name] = .object(b.withShortcuts(one, two, nil))
    }

    static func install() {
        for t in [BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.str, BuiltinTypes.bool, BuiltinTypes.list,
                  BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range,
                  BuiltinTypes.slice, BuiltinTypes.bytes, BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.property,
                  BuiltinTypes.classmethod, BuiltinTypes.staticmethod, BuiltinTypes.superType] {
            namespace[t.name] = .object(t)
        }
        for t in BuiltinTypes.exceptionTypes { namespace[t.name] = .object(t) }
        namespace["super"] = .object(BuiltinTypes.superType)
        namespace["NotImplemented"] = BuiltinTypes.notImplemented
        namespace["Ellipsis"] = BuiltinTypes.ellipsis
        namespace["__debug__"] = .true
        namespace["EnvironmentError"] = .object(BuiltinTypes.osError)
        namespace["IOError"] = .object(BuiltinTypes.osError)
        installIO()
        installIntrospection()
        installIteration()
        installNumeric()
    }

    // MARK: print, repr, format

    static func installIO() {
        function("print") { interp, a in
            var sep = " ", end = "\n"
            for (k, v) in a.keywords {
                switch k {
                case "sep", "end":
                    if v.isNone { break }
                    guard case .str(let text) = v else {
                        throw PyException.typeError("\(k) must be None or a string, not \(typeName(v))")
                    }
                    if k == "sep" { sep = text.string } else { end = text.string }
                case "flush": break
                case "file": throw PyException.typeError("print(file=...) is not available in the sandbox")
                default: throw PyException.typeError("'\(k)' is an invalid keyword argument for print()")
                }
            }
            var out = ""
            for (i, v) in a.positional.enumerated() {
                if i > 0 { out += sep }
                out += try interp.str(v)
            }
            out += end
            try interp.write(out)
            return .none
        }
        function("repr") { interp, a in
            try a.expect("repr", 1)
            return .str(PyStr.from(try interp.repr(a[0])))
        }
        function("ascii") { interp, a in
            try a.expect("ascii", 1)
            return .str(PyStr.from(asciiEscaped(try interp.repr(a[0]))))
        }
        function("format") { interp, a in
            try a.expect("format", min: 1, max: 2)
            let spec = a.count > 1 ? try a[1].asStr("format() argument 2").string : ""
            return .str(PyStr.from(try interp.format(a[0], spec)))
        }
        function("input") { _, _ in
            throw PyException(BuiltinTypes.eofError, "input() is not available in the sandbox")
        }
        function("open") { _, _ in
            throw PyException(BuiltinTypes.permissionError, "open() is not available in the sandbox; use the host's file functions")
        }
        function("vars") { _, a in
            guard a.count == 1 else {
                throw PyException.typeError("vars() without an argument is not available in the sandbox")
            }
            switch a[0] {
            case .object(let o as PyInstance): return .dict(o.attributeDict())
            case .object(let t as PyType):
                let d = PyDict()
                for k in t.attributeOrder where t.dict[k] != nil { d.set(k, t.dict[k]!) }
                for k in t.dict.keys.sorted() where !t.attributeOrder.contains(k) { d.set(k, t.dict[k]!) }
                return .dict(d)
            case .object(let m as PyModule):
                let d = PyDict()
                for k in m.dict.keys.sorted() { d.set(k, m.dict[k]!) }
                return .dict(d)
            default:
                throw PyException.typeError("vars() argument must have __dict__ attribute")
            }
        }
        function("globals") { interp, a in
            try a.expect("globals", 0)
            // A snapshot of the program's own globals; builtins are not in it, and writing to
            // it does not create variables.
            let d = PyDict()
            if let g = interp.globals {
                for name in g.boundNames { d.set(name, g[name]!) }
            }
            return .dict(d)
        }
        for name in ["eval", "exec", "compile", "__import__", "breakpoint", "locals", "memoryview"] {
            function(name) { _, _ in
                throw PyException.nameError("\(name)() is not available in the sandbox")
            }
        }
    }

    // MARK: type, isinstance, attributes

    static func installIntrospection() {
        function("len") { interp, a in
            try a.expect("len", 1)
            return .int(try interp.length(a[0]))
        }
        function("isinstance") { interp, a in
            try a.expect("isinstance", 2)
            return .bool(try interp.isInstance(a[0], a[1]))
        }
        functionShortcuts("len", one: { interp, x in .int(try interp.length(x)) })
        functionShortcuts("isinstance", two: { interp, x, t in .bool(try interp.isInstance(x, t)) })
        function("issubclass") { interp, a in
            try a.expect("issubclass", 2)
            guard case .object(let o) = a[0], let t = o as? PyType else {
                throw PyException.typeError("issubclass() arg 1 must be a class")
            }
            return .bool(try interp.isSubclass(t, a[1]))
        }
        function("hash") { interp, a in
            try a.expect("hash", 1)
            return .int(try interp.hash(a[0]))
        }
        function("id") { _, a in
            try a.expect("id", 1)
            return .int(a[0].identity)
        }
        function("callable") { interp, a in
            try a.expect("callable", 1)
            return .bool(interp.isCallable(a[0]))
        }
        function("getattr") { interp, a in
            try a.expect("getattr", min: 2, max: 3)
            let name = try attributeName(a[1])
            if a.count == 3 {
                do {
                    if let v = try interp.lookupAttribute(a[0], name) { return v }
                } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.attributeError)
                    && !Interp.blockedAttributes.contains(name) {
                }
                if Interp.blockedAttributes.contains(name) { try interp.checkAttributeAllowed(name) }
                return a[2]
            }
            return try interp.getAttribute(a[0], name)
        }
        function("setattr") { interp, a in
            try a.expect("setattr", 3)
            try interp.setAttribute(a[0], try attributeName(a[1]), a[2])
            return .none
        }
        function("delattr") { interp, a in
            try a.expect("delattr", 2)
            try interp.deleteAttribute(a[0], try attributeName(a[1]))
            return .none
        }
        function("hasattr") { interp, a in
            try a.expect("hasattr", 2)
            let name = try attributeName(a[1])
            if Interp.blockedAttributes.contains(name) { return .false }
            do {
                return .bool(try interp.lookupAttribute(a[0], name) != nil)
            } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.attributeError) {
                return .false
            }
        }
        function("dir") { interp, a in
            var names = Set<String>()
            if a.count == 1 {
                if case .object(let o) = a[0] {
                    if let i = o as? PyInstance { names.formUnion(i.attributes.map(\.name)) }
                    if let m = o as? PyModule { names.formUnion(m.dict.keys) }
                }
                // dir(cls) lists the class's and its bases' attributes, not its metaclass's.
                let t: PyType
                if case .object(let o) = a[0], let cls = o as? PyType { t = cls } else { t = pyType(a[0]) }
                if case .object(let o) = a[0], o is PyModule {} else {
                    for c in t.mro { names.formUnion(c.dict.keys) }
                }
            }
            _ = interp
            return .list(PyList(names.filter { !Interp.blockedAttributes.contains($0) }.sorted().map { .str(PyStr.from($0)) }))
        }
    }

    // MARK: iteration

    static func installIteration() {
        function("iter") { interp, a in
            try a.expect("iter", min: 1, max: 2)
            if a.count == 2 {
                let fn = a[0], sentinel = a[1]
                guard interp.isCallable(fn) else {
                    throw PyException.typeError("iter(v, w): v must be callable")
                }
                return .object(ClosureIterator { interp in
                    let v = try interp.call(fn, Arguments())
                    return try interp.equals(v, sentinel) ? nil : v
                })
            }
            // A user iterable's __iter__ result is returned as is (`iter(it) is it`).
            if let m = interp.userMethod(a[0], "__iter__") {
                let it = try interp.callSpecial(m, a[0])
                if case .object(let io) = it, io is PyIterator { return it }
                guard interp.userMethod(it, "__next__") != nil else {
                    throw PyException.typeError("iter() returned non-iterator of type '\(typeName(it))'")
                }
                return it
            }
            return .object(try interp.iterate(a[0]))
        }
        function("next") { interp, a in
            try a.expect("next", min: 1, max: 2)
            if let v = try interp.nextItem(a[0]) { return v }
            if a.count == 2 { return a[1] }
            if case .object(let o) = a[0], let g = o as? PyGenerator, !g.returnValue.isNone {
                throw PyException.stopIteration(g.returnValue)
            }
            throw PyException.stopIteration()
        }
        function("enumerate") { interp, a in
            let p = try a.bind("enumerate", ["iterable", "start"], required: 1)
            let it = try interp.iterate(p[0]!)
            return .object(EnumerateIterator(it, start: try p[1]?.asInt("start") ?? 0))
        }
        function("zip") { interp, a in
            var strict = false
            for (k, v) in a.keywords {
                guard k == "strict" else { throw PyException.typeError("'\(k)' is an invalid keyword argument for zip()") }
                strict = try interp.truthy(v)
            }
            let its = try a.positional.map { try interp.iterate($0) }
            if its.isEmpty { return .object(ClosureIterator(type: BuiltinTypes.zip) { _ in nil }) }
            if its.count == 2 { return .object(ZipPairIterator(its[0], its[1], strict: strict)) }
            // `its` (captured for the strict check) keeps the iterators; each step reaches them
            // unretained.
            let iterators = its.map { Unmanaged.passUnretained($0) }
            return .object(ClosureIterator(type: BuiltinTypes.zip) { interp in
                var items: [Value] = []
                items.reserveCapacity(iterators.count)
                for i in iterators.indices {
                    guard let x = try iterators[i]._withUnsafeGuaranteedRef({ try $0.next(interp) }) else {
                        guard strict else { return nil }
                        if i > 0 {
                            throw PyException.valueError("zip() argument \(i + 1) is shorter than argument\(i > 1 ? "s 1-\(i)" : " 1")")
                        }
                        // The first ran out: any later one that still has an item is longer.
                        for j in 1..<its.count where try its[j].next(interp) != nil {
                            throw PyException.valueError("zip() argument \(j + 1) is longer than argument\(j > 1 ? "s 1-\(j)" : " 1")")
                        }
                        return nil
                    }
                    items.append(x)
                }
                return .tuple(PyTuple(items))
            })
        }
        function("map") { interp, a in
            guard a.count >= 2 else { throw PyException.typeError("map() must have at least two arguments.") }
            let fn = a[0]
            let its = try a.positional.dropFirst().map { try interp.iterate($0) }
            return .object(ClosureIterator(type: BuiltinTypes.map) { interp in
                var args: [Value] = []
                for it in its {
                    guard let x = try it.next(interp) else { return nil }
                    args.append(x)
                }
                return try interp.call(fn, Arguments(args))
            })
        }
        function("filter") { interp, a in
            try a.expect("filter", 2)
            let fn = a[0]
            let it = try interp.iterate(a[1])
            return .object(ClosureIterator(type: BuiltinTypes.filter) { interp in
                while let x = try it.next(interp) {
                    let keep = fn.isNone ? x : try interp.call(fn, x)
                    if try interp.truthy(keep) { return x }
                }
                return nil
            })
        }
        function("reversed") { interp, a in
            try a.expect("reversed", 1)
            let v = a[0]
            switch v {
            case .list(let l):
                var i = l.items.count - 1
                return .object(ClosureIterator(type: BuiltinTypes.reversed) { _ in
                    guard i >= 0, i < l.items.count else { return nil }
                    defer { i -= 1 }
                    return l.items[i]
                })
            case .tuple, .str:
                return .object(ArrayIterator(try interp.collect(v).reversed()))
            case .dict(let d):
                return .object(ArrayIterator(d.table.keys.reversed()))
            case .object(let o):
                if let r = o as? PyRange {
                    return .object(RangeIterator(r, reversed: true))
                }
                if let m = interp.userMethod(v, "__reversed__") { return try interp.callSpecial(m, v) }
                if interp.userMethod(v, "__len__") != nil && interp.userMethod(v, "__getitem__") != nil {
                    let n = try interp.length(v)
                    return .object(ArrayIterator(try (0..<n).reversed().map { try interp.getItem(v, .int($0)) }))
                }
                if let view = o as? PyDictView { return .object(ArrayIterator(view.elements().reversed())) }
            default: break
            }
            throw PyException.typeError("'\(typeName(v))' object is not reversible")
        }
        function("sorted") { interp, a in
            guard a.count == 1 else {
                throw PyException.typeError(a.count == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got \(a.count)")
            }
            // CPython hands the keywords to list.sort, so its errors name sort().
            let (key, reverse) = try interp.sortArguments(Arguments([], keywords: a.keywords), "sort", skip: 0)
            return .list(PyList(try interp.sortValues(try interp.collect(a[0]), key: key, reverse: reverse)))
        }
        function("all") { interp, a in
            try a.expect("all", 1)
            let it = try interp.iterate(a[0])
            while let x = try it.next(interp) { if !(try interp.truthy(x)) { return .false } }
            return .true
        }
        function("any") { interp, a in
            try a.expect("any", 1)
            let it = try interp.iterate(a[0])
            while let x = try it.next(interp) { if try interp.truthy(x) { return .true } }
            return .false
        }
        function("sum") { interp, a in
            let p = try a.bind("sum", ["iterable", "start"], required: 1, positionalOnly: 1)
            var total = p[1] ?? .int(0)
            if case .str = total { throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            let it = try interp.iterate(p[0]!)
            while let x = try it.next(interp) {
                if case .int(let s) = total, case .int(let y) = x {
                    let (r, o) = s.addingReportingOverflow(y)
                    if !o { total = .int(r); continue }
                }
                if case .float(let s) = total, case .float(let y) = x { total = .float(s + y); continue }
                total = try interp.binary(.add, total, x)
            }
            return total
        }
        for name in ["min", "max"] {
            function(name) { interp, a in
                var key = Value.none
                var defaultValue: Value?
                for (k, v) in a.keywords {
                    switch k {
                    case "key": key = v
                    case "default": defaultValue = v
                    default: throw PyException.typeError("'\(k)' is an invalid keyword argument for \(name)()")
                    }
                }
                let items: [Value]
                if a.count == 1 {
                    items = try interp.collect(a[0])
                } else if a.count == 0 {
                    throw PyException.typeError("\(name) expected at least 1 argument, got 0")
                } else {
                    if defaultValue != nil {
                        throw PyException.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
                    }
                    items = a.positional
                }
                guard var best = items.first else {
                    if let d = defaultValue { return d }
                    throw PyException.valueError("\(name)() arg is an empty sequence")
                }
                var bestKey = key.isNone ? best : try interp.call(key, best)
                for item in items.dropFirst() {
                    let k = key.isNone ? item : try interp.call(key, item)
                    let better = name == "min" ? try interp.lessThan(k, bestKey) : try interp.lessThan(bestKey, k)
                    if better {
                        best = item
                        bestKey = k
                    }
                }
                return best
            }
        }
    }
}

extension BuiltinTypes {
    static let enumerate = PyType(builtin: "enumerate", base: object)
    static let zip = PyType(builtin: "zip", base: object)
    static let map = PyType(builtin: "map", base: object)
    static let filter = PyType(builtin: "filter", base: object)
    static let reversed = PyType(builtin: "reversed", base: object)
}

extension Interp {
    /// Writes program output (print and friends).
    func write(_ s: String) throws {
        output.write(s)
    }

    public func length(_ v: Value) throws -> Int {
        switch v {
        case .str(let s): return s.count
        case .list(let l): return l.items.count
        case .tuple(let t): return t.items.count
        case .dict(let d): return d.count
        case .object(let o):
            switch o {
            case let s as PySet: return s.table.count
            case let r as PyRange: return r.count
            case let b as PyBytes: return b.bytes.count
            case let d as PyDictView: return d.dict.count
            default:
                if let m = userMethod(v, "__len__") { return try lengthResult(callSpecial(m, v)) }
                if let n = o as? NativeLength { return n.length }
            }
        default: break
        }
        throw PyException.typeError("object of type '\(typeName(v))' has no len()")
    }

    func isInstance(_ v: Value, _ spec: Value) throws -> Bool {
        switch spec {
        case .tuple(let t):
            for item in t.items where try isInstance(v, item) { return true }
            return false
        case .object(let o):
            if let t = o as? PyType {
                if case .dict(let d) = v, d.kind != .dict, t === BuiltinTypes.dict { return true }
                return pyType(v).isSubtype(of: t)
            }
            if let u = o as? PyUnionType {
                for m in u.members where m.isNone ? v.isNone : try isInstance(v, m) { return true }
                return false
            }
        default: break
        }
        throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    func isSubclass(_ t: PyType, _ spec: Value) throws -> Bool {
        switch spec {
        case .tuple(let tup):
            for item in tup.items where try isSubclass(t, item) { return true }
            return false
        case .object(let o):
            if let other = o as? PyType { return t.isSubtype(of: other) }
        default: break
        }
        throw PyException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }
}

/// Native objects with a length (deque, views...).
protocol NativeLength {
    var length: Int { get }
}

extension Interp {
    /// `callable(v)`.
    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType || o is NativeCallable { return true }
        return userMethod(v, "__call__") != nil
    }
}

/// The name argument of getattr/setattr/hasattr/delattr.
func attributeName(_ v: Value) throws -> String {
    guard case .str(let s) = v else { throw PyException.typeError("attribute name must be string, not '\(typeName(v))'") }
    return s.string
}
