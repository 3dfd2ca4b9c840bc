/// The `operator` module: the function forms of the operators, and the callable
/// itemgetter / attrgetter / methodcaller objects (used as sort keys and map functions).
func makeOperatorModule() -> PyModule {
    var dict: [String: Value] = [:]
    func def(_ name: String, _ body: @escaping BuiltinBody) {
        dict[name] = .object(PyBuiltinFunction(name, body))
    }
    func binary(_ name: String, _ op: BinaryOperator) {
        def(name) { interp, a in
            try a.expect(name, 2)
            return try interp.binary(op, a[0], a[1])
        }
    }
    func inplace(_ name: String, _ op: BinaryOperator) {
        def(name) { interp, a in
            try a.expect(name, 2)
            return try interp.inplace(op, a[0], a[1])
        }
    }
    func compare(_ name: String, _ op: ComparisonOperator) {
        def(name) { interp, a in
            try a.expect(name, 2)
            return try interp.compareOp(op, a[0], a[1])
        }
    }
    func unary(_ name: String, _ op: UnaryOperator) {
        def(name) { interp, a in
            try a.expect(name, 1)
            return try interp.unary(op, a[0])
        }
    }

    binary("add", .add)
    binary("sub", .sub)
    binary("mul", .mul)
    binary("truediv", .div)
    binary("floordiv", .floorDiv)
    binary("mod", .mod)
    binary("pow", .pow)
    binary("lshift", .lshift)
    binary("rshift", .rshift)
    binary("and_", .bitAnd)
    binary("or_", .bitOr)
    binary("xor", .bitXor)
    binary("matmul", .matMul)
    inplace("iadd", .add)
    inplace("isub", .sub)
    inplace("imul", .mul)
    inplace("itruediv", .div)
    inplace("ifloordiv", .floorDiv)
    inplace("imod", .mod)
    inplace("ipow", .pow)
    inplace("ilshift", .lshift)
    inplace("irshift", .rshift)
    inplace("iand", .bitAnd)
    inplace("ior", .bitOr)
    inplace("ixor", .bitXor)
    compare("eq", .eq)
    compare("ne", .ne)
    compare("lt", .lt)
    compare("le", .le)
    compare("gt", .gt)
    compare("ge", .ge)
    compare("is_", .is)
    compare("is_not", .isNot)
    unary("neg", .negate)
    unary("pos", .plus)
    unary("invert", .invert)
    unary("inv", .invert)
    def("not_") { interp, a in
        try a.expect("not_", 1)
        return .bool(!(try interp.truthy(a[0])))
    }
    def("truth") { interp, a in
        try a.expect("truth", 1)
        return .bool(try interp.truthy(a[0]))
    }
    def("abs") { interp, a in
        try a.expect("abs", 1)
        return try interp.call(Builtins.namespace["abs"]!, a)
    }
    def("index") { interp, a in
        try a.expect("index", 1)
        switch a[0] {
        case .int, .big: return a[0]
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if let m = interp.userMethod(a[0], "__index__") { return try interp.callSpecial(m, a[0]) }
            throw PyException.typeError("'\(typeName(a[0]))' object cannot be interpreted as an integer")
        }
    }
    def("contains") { interp, a in
        try a.expect("contains", 2)
        return .bool(try interp.contains(a[0], a[1]))
    }
    def("getitem") { interp, a in
        try a.expect("getitem", 2)
        return try interp.getItem(a[0], a[1])
    }
    def("setitem") { interp, a in
        try a.expect("setitem", 3)
        try interp.setItem(a[0], a[1], a[2])
        return .none
    }
    def("delitem") { interp, a in
        try a.expect("delitem", 2)
        try interp.deleteItem(a[0], a[1])
        return .none
    }
    for (name, inPlace) in [("concat", false), ("iconcat", true)] {
        def(name) { interp, a in
            try a.expect(name, 2)
            guard isSequence(interp, a[0]) else {
                throw PyException.typeError("'\(typeName(a[0]))' object can't be concatenated")
            }
            return inPlace ? try interp.inplace(.add, a[0], a[1]) : try interp.binary(.add, a[0], a[1])
        }
    }
    def("countOf") { interp, a in
        try a.expect("countOf", 2)
        let it = try interp.iterate(a[0])
        var n = 0
        while let x = try it.next(interp) {
            if x.isIdentical(to: a[1]) { n += 1 } else if try interp.equals(x, a[1]) { n += 1 }
        }
        return .int(n)
    }
    def("indexOf") { interp, a in
        try a.expect("indexOf", 2)
        let it = try interp.iterate(a[0])
        var i = 0
        while let x = try it.next(interp) {
            if x.isIdentical(to: a[1]) { return .int(i) }
            if try interp.equals(x, a[1]) { return .int(i) }
            i += 1
        }
        throw PyException.valueError("sequence.index(x): x not in sequence")
    }
    def("length_hint") { interp, a in
        try a.expect("length_hint", min: 1, max: 2)
        if let n = try? interp.length(a[0]) { return .int(n) }
        return a.count > 1 ? a[1] : .int(0)
    }
    def("call") { interp, a in
        guard !a.positional.isEmpty else {
            throw PyException.typeError("call() missing 1 required positional argument: 'obj'")
        }
        return try interp.call(a[0], Arguments(Array(a.positional.dropFirst()), keywords: a.keywords))
    }
    dict["itemgetter"] = .object(OperatorTypes.itemgetter)
    dict["attrgetter"] = .object(OperatorTypes.attrgetter)
    dict["methodcaller"] = .object(OperatorTypes.methodcaller)
    return PyModule(name: "operator", dict: dict)
}

/// CPython's concat accepts anything with __getitem__ that is not a mapping-only object;
/// here: the built-in sequences, str/bytes, and instances defining __getitem__.
private func isSequence(_ interp: Interp, _ v: Value) -> Bool {
    switch v {
    case .str, .list, .tuple: return true
    case .object(let o):
        if o is PyBytes || o is PyRange { return true }
        return interp.userMethod(v, "__getitem__") != nil
    default: return false
    }
}

enum OperatorTypes {
    static let itemgetter: PyType = {
        let t = PyType(builtin: "itemgetter", base: BuiltinTypes.object)
        t.module = "operator"
        t.constructor = { _, _, a in
            if !a.keywords.isEmpty { throw PyException.typeError("itemgetter() takes no keyword arguments") }
            if a.positional.isEmpty { throw PyException.typeError("itemgetter expected 1 argument, got 0") }
            return .object(ItemGetter(a.positional))
        }
        return t
    }()

    static let attrgetter: PyType = {
        let t = PyType(builtin: "attrgetter", base: BuiltinTypes.object)
        t.module = "operator"
        t.constructor = { _, _, a in
            if !a.keywords.isEmpty { throw PyException.typeError("attrgetter() takes no keyword arguments") }
            if a.positional.isEmpty { throw PyException.typeError("attrgetter expected 1 argument, got 0") }
            var names: [PyStr] = []
            for v in a.positional {
                guard case .str(let s) = v else { throw PyException.typeError("attribute name must be a string") }
                names.append(s)
            }
            return .object(AttrGetter(names))
        }
        return t
    }()

    static let methodcaller: PyType = {
        let t = PyType(builtin: "methodcaller", base: BuiltinTypes.object)
        t.module = "operator"
        t.constructor = { _, _, a in
            if a.positional.isEmpty { throw PyException.typeError("methodcaller needs at least one argument, the method name") }
            guard case .str(let name) = a[0] else { throw PyException.typeError("method name must be a string") }
            return .object(MethodCaller(name.string, Arguments(Array(a.positional.dropFirst()), keywords: a.keywords)))
        }
        return t
    }()
}

final class ItemGetter: PyObject, NativeCallable, CustomRepr {
    let items: [Value]
    override var type: PyType { OperatorTypes.itemgetter }
    init(_ items: [Value]) { self.items = items }

    func call(_ interp: Interp, _ args: Arguments) throws -> Value {
        try checkOneArgument("itemgetter", args)
        let obj = args[0]
        if items.count == 1 { return try interp.getItem(obj, items[0]) }
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for item in items { out.append(try interp.getItem(obj, item)) }
        return .tuple(PyTuple(out))
    }

    func repr(_ interp: Interp) throws -> String {
        "operator.itemgetter(" + (try items.map { try interp.repr($0) }.joined(separator: ", ")) + ")"
    }
}

final class AttrGetter: PyObject, NativeCallable, CustomRepr {
    let names: [PyStr]
    private let paths: [[String]]
    override var type: PyType { OperatorTypes.attrgetter }
    init(_ names: [PyStr]) {
        self.names = names
        self.paths = names.map { $0.string.split(separator: ".", omittingEmptySubsequences: false).map(String.init) }
    }

    func call(_ interp: Interp, _ args: Arguments) throws -> Value {
        try checkOneArgument("attrgetter", args)
        func resolve(_ path: [String]) throws -> Value {
            var v = args[0]
            for part in path { v = try interp.getAttribute(v, part) }
            return v
        }
        if paths.count == 1 { return try resolve(paths[0]) }
        return .tuple(PyTuple(try paths.map(resolve)))
    }

    func repr(_ interp: Interp) throws -> String {
        "operator.attrgetter(" + names.map { $0.repr().string }.joined(separator: ", ") + ")"
    }
}

final class MethodCaller: PyObject, NativeCallable, CustomRepr {
    let name: String
    let arguments: Arguments
    override var type: PyType { OperatorTypes.methodcaller }
    init(_ name: String, _ arguments: Arguments) {
        self.name = name
        self.arguments = arguments
    }

    func call(_ interp: Interp, _ args: Arguments) throws -> Value {
        try checkOneArgument("methodcaller", args)
        return try interp.call(try interp.getAttribute(args[0], name), arguments)
    }

    func repr(_ interp: Interp) throws -> String {
        var parts = [PyStr.from(name).repr().string]
        for v in arguments.positional { parts.append(try interp.repr(v)) }
        for (k, v) in arguments.keywords { parts.append(k + "=" + (try interp.repr(v))) }
        return "operator.methodcaller(" + parts.joined(separator: ", ") + ")"
    }
}

private func checkOneArgument(_ name: String, _ args: Arguments) throws {
    if !args.keywords.isEmpty { throw PyException.typeError("\(name)() takes no keyword arguments") }
    if args.count != 1 { throw PyException.typeError("\(name) expected 1 argument, got \(args.count)") }
}
