/// Call sites and function creation.

/// The arguments written at a call site.
struct CallSiteArguments {
    let positional: [DisplayElement]
    /// name nil means `**mapping`.
    let keywords: [(name: String?, value: ExprNode)]
    let isSimple: Bool
    /// The positional argument nodes, unretained (`positional` keeps them alive): reading
    /// one copies no `DisplayElement` (whose copy would retain its node).
    private let positionalNodes: [Unmanaged<ExprNode>]

    /// Set when the site passes named keywords and no `*`/`**`: which parameter slot each
    /// keyword fills, for the last function code called here (`keywordSlots`).
    private let keywordBinding: KeywordBinding?

    init(positional: [DisplayElement], keywords: [(name: String?, value: ExprNode)]) {
        self.positional = positional
        self.keywords = keywords
        self.isSimple = keywords.isEmpty && !positional.contains { $0.spread }
        self.positionalNodes = positional.map(\.unretained)
        let named = !keywords.isEmpty && !positional.contains { $0.spread } && keywords.allSatisfy { $0.name != nil }
        keywordBinding = named ? KeywordBinding() : nil
    }

    /// For a call of `code` (plain positional parameters only) with `given` positional values
    /// (a receiver included): the slot each keyword fills, when the keywords and `defaults`
    /// fill every parameter the positional values do not, each once. nil when the call needs
    /// the general binder (which also gives the errors).
    func keywordSlots(_ code: FunctionCode, given: Int, defaults: Int) -> [Int]? {
        guard let binding = keywordBinding, let positionalCount = code.plainPositionalCount else { return nil }
        if binding.code === code, binding.given == given, binding.defaults == defaults { return binding.slots }
        let slots = bindKeywords(code.parameters, positionalCount: positionalCount, given: given, defaults: defaults)
        binding.code = code
        binding.given = given
        binding.defaults = defaults
        binding.slots = slots
        return slots
    }

    private func bindKeywords(_ spec: ParameterSpec, positionalCount: Int, given: Int, defaults: Int) -> [Int]? {
        var slots: [Int] = []
        for (name, _) in keywords {
            guard let slot = spec.slotOfName[name!], slot >= given, slot >= spec.positionalOnlyCount,
                  slot < positionalCount, !slots.contains(slot) else { return nil }
            slots.append(slot)
        }
        // Every parameter without a default is given, positionally or by keyword.
        for slot in given..<max(given, positionalCount - defaults) where !slots.contains(slot) { return nil }
        return slots
    }

    /// The value of the i-th keyword argument.
    @inline(__always)
    func evalKeyword(_ i: Int, _ f: Frame) throws -> Value {
        try keywords[i].value.eval(f)
    }

    /// The value of the i-th positional argument (not a `*` spread).
    @inline(__always)
    func evalPositional(_ i: Int, _ f: Frame) throws -> Value {
        try positionalNodes[i]._withUnsafeGuaranteedRef { try $0.eval(f) }
    }

    /// Evaluates simple positional arguments into `pos`, which the call site reuses from call
    /// to call: a built-in call then allocates no argument array. (Copy-on-write keeps this
    /// correct if a callee keeps the array or the same site is re-entered mid-call.)
    @inline(__always)
    func evaluateSimple(_ f: Frame, prefix: Value?, into pos: inout [Value]) throws {
        if let p = prefix { pos.append(p) }
        for i in positional.indices { pos.append(try evalPositional(i, f)) }
    }

    @inline(__always)
    func evaluate(_ f: Frame, prefix: Value? = nil) throws -> Arguments {
        var pos: [Value] = []
        pos.reserveCapacity(positional.count + 1)
        if let p = prefix { pos.append(p) }
        if isSimple {
            for i in positional.indices { pos.append(try evalPositional(i, f)) }
            return Arguments(pos)
        }
        pos.append(contentsOf: try evalElements(positional, f))
        var kw: [(String, Value)] = []
        for (name, node) in keywords {
            let v = try node.eval(f)
            if let name = name {
                kw.append((name, v))
            } else {
                guard case .dict(let d) = v else {
                    if case .object(let o) = v, o is PyInstance, let keys = try f.interp.optionalAttribute(v, "keys") {
                        for k in try f.interp.collect(f.interp.call(keys, Arguments())) {
                            guard case .str(let ks) = k else { throw PyException.typeError("keywords must be strings") }
                            kw.append((ks.string, try f.interp.getItem(v, k)))
                        }
                        continue
                    }
                    throw PyException.typeError("argument after ** must be a mapping, not \(typeName(v))")
                }
                for e in d.table.liveEntries {
                    guard case .str(let k) = e.key else { throw PyException.typeError("keywords must be strings") }
                    if kw.contains(where: { $0.0 == k.string }) {
                        throw PyException.typeError("got multiple values for keyword argument '\(k.string)'")
                    }
                    kw.append((k.string, e.value))
                }
            }
        }
        return Arguments(pos, keywords: kw)
    }
}

final class CallNode: ExprNode {
    let callee: ExprNode
    let arguments: CallSiteArguments
    /// How many plain positional arguments the site passes; -1 when it uses keywords or `*`.
    private let plainArity: Int
    init(callee: ExprNode, arguments: CallSiteArguments, line: Int) {
        self.callee = callee
        self.arguments = arguments
        plainArity = arguments.isSimple ? arguments.positional.count : -1
        calleeOperand = Operand(callee)
        argumentOperands = arguments.isSimple ? arguments.positional.map { Operand($0.node) } : []
        argumentsArePlain = arguments.isSimple && argumentOperands.allSatisfy(\.isPlainRead)
        super.init(line: line)
    }

    /// The callee and the plain positional arguments, when they can be read in place (see
    /// `Borrowing.swift`).
    private let calleeOperand: Operand
    private let argumentOperands: [Operand]
    private let argumentsArePlain: Bool

    override func eval(_ f: Frame) throws -> Value {
        if let (fn, kept) = calleeOperand.peek(f) {
            // A built-in reached through its name is kept by the session; a local callee
            // stays bound while only plain arguments are read.
            if kept == .always { return try fn.lend { try call($0, sessionBuiltin: true, f) } }
            if kept == .frame && argumentsArePlain { return try fn.lend { try call($0, sessionBuiltin: false, f) } }
        }
        return try call(try callee.eval(f), sessionBuiltin: false, f)
    }

    /// `sessionBuiltin`: `fn` is one of the session's built-in functions or types, which run no
    /// Python code when every argument is inert.
    @inline(never)
    private func call(_ fn: Value, sessionBuiltin: Bool, _ f: Frame) throws -> Value {
        if let function = fn.unretained(PyFunction.self) {
            // `fn` keeps the function alive.
            if let r = try function._withUnsafeGuaranteedRef({ try f.interp.callDirect($0, receiver: nil, arguments, f) }) {
                return r
            }
        } else if let builtin = fn.unretained(PyBuiltinFunction.self) {
            if let r = try builtin._withUnsafeGuaranteedRef({ try callShortcut($0, sessionBuiltin: sessionBuiltin, f) }) { return r }
        } else if let type = fn.unretained(PyType.self) {
            if let r = try type._withUnsafeGuaranteedRef({ try construct($0, fn, sessionBuiltin: sessionBuiltin, f) }) {
                return r
            }
        }
        guard arguments.isSimple else { return try f.interp.call(fn, arguments.evaluate(f)) }
        var args = Arguments(argumentBuffer.take())
        try arguments.evaluateSimple(f, prefix: nil, into: &args.positional)
        let result = try f.interp.call(fn, args)
        argumentBuffer.giveBack(&args.positional)
        return result
    }
    private var argumentBuffer = ArgumentBuffer()

    /// A built-in function's shortcut for this many plain arguments (`len(x)`,
    /// `isinstance(x, t)`), or nil when it has none. Arguments that can be are lent to it:
    /// locals and constants always (nothing else is evaluated meanwhile but plain reads),
    /// globals when all the arguments are inert and the function is a session built-in.
    @inline(__always)
    private func callShortcut(_ b: PyBuiltinFunction, sessionBuiltin: Bool, _ f: Frame) throws -> Value? {
        switch plainArity {
        case 1:
            guard b.method0 != nil else { return nil }
            if let (x, kept) = argumentOperands[0].peek(f), kept != .global || (sessionBuiltin && x.isInert) {
                return try x.lend { try f.interp.callShortcut0(b, $0) }
            }
            return try f.interp.callShortcut0(b, try arguments.evalPositional(0, f))
        case 2:
            guard b.method1 != nil else { return nil }
            if argumentsArePlain, let (x, xKept) = argumentOperands[0].peek(f), let (y, yKept) = argumentOperands[1].peek(f),
               (xKept != .global && yKept != .global) || (sessionBuiltin && x.isInert && y.isInert) {
                return try x.lend { x in try y.lend { y in try f.interp.callShortcut1(b, x, y) } }
            }
            let x = try arguments.evalPositional(0, f)
            let y = try arguments.evalPositional(1, f)
            return try f.interp.callShortcut1(b, x, y)
        default:
            return nil
        }
    }

    /// A call of the class `t` (which `fn` holds) by its quick paths: a built-in type's
    /// conversion of one inert argument (lent as in `callShortcut`), a user class whose
    /// construction is just `__init__`. nil for the general path.
    @inline(__always)
    private func construct(_ t: PyType, _ fn: Value, sessionBuiltin: Bool, _ f: Frame) throws -> Value? {
        guard plainArity == 1, t.convertInert != nil else { return try f.interp.constructDirect(t, arguments, f) }
        if let (x, kept) = argumentOperands[0].peek(f), x.isInert, kept != .global || sessionBuiltin {
            return try x.lend { try f.interp.convertInert(t, $0) }
        }
        let x = try arguments.evalPositional(0, f)
        if x.isInert { return try f.interp.convertInert(t, x) }
        return try f.interp.call(fn, Arguments([x]))
    }
}

/// The keyword-to-slot binding a call site with named keywords last computed.
final class KeywordBinding {
    var code: FunctionCode?
    var given = -1
    var defaults = -1
    var slots: [Int]?
}

/// A call site's reusable positional-argument array (see `CallSiteArguments.evaluateSimple`).
struct ArgumentBuffer {
    private var storage: [Value] = []

    @inline(__always)
    mutating func take() -> [Value] {
        var taken: [Value] = []
        swap(&taken, &storage)
        return taken
    }

    @inline(__always)
    mutating func giveBack(_ used: inout [Value]) {
        used.removeAll(keepingCapacity: true)
        swap(&used, &storage)
    }
}

/// `receiver.name(args)`: calls the method without materialising a bound method object.
final class MethodCallNode: ExprNode {
    let receiver: ExprNode
    let name: String
    let arguments: CallSiteArguments
    /// Inline cache: the built-in method table last seen at this call site and its method.
    /// Built-in method tables never change once filled, so the pair stays valid. str, list
    /// and dict receivers are recognised by their case (`cachedKind`), other objects of
    /// built-in types (set, deque, match objects...) by their type, which `cachedType` holds
    /// (so its identity cannot be reused). The table holds the method, which is therefore
    /// kept unretained and called without reference counting.
    private var cachedKind = ReceiverKind.none
    private var cachedType: PyType?
    private var cachedMethod: Unmanaged<PyBuiltinFunction>?
    private var argumentBuffer = ArgumentBuffer()
    private var instanceMethodCache = InstanceMethodCache()
    /// The two methods that dominate model-written loops, run without building arguments.
    private let intrinsic: Intrinsic
    /// How many plain positional arguments the site passes; -1 when it uses keywords or `*`.
    private let plainArity: Int

    private enum Intrinsic {
        case none
        /// `list.append(x)`
        case listAppend
        /// `dict.get(k)` / `dict.get(k, default)`
        case dictGet
    }

    private enum ReceiverKind {
        case none, str, list, dict, builtinObject
    }

    /// The built-in method `name` of `r`, from the inline cache when `r`'s table is cached.
    @inline(__always)
    private func cachedBuiltinMethod(_ r: Value, _ interp: Interp) -> Unmanaged<PyBuiltinFunction>? {
        let kind: ReceiverKind
        switch r {
        case .str: kind = .str
        case .list: kind = .list
        case .dict(let d) where d.kind == .dict: kind = .dict
        // Instances (of any class) look in their own attributes first, so they never take
        // the cache.
        case .object(let o) where !(o is PyInstance):
            let t = o.type
            guard t.isBuiltin else { return nil }
            if cachedKind == .builtinObject, t === cachedType { return cachedMethod }
            guard let m = interp.builtinMethod(r, name) else { return nil }
            cachedKind = .builtinObject
            cachedType = t
            cachedMethod = Unmanaged.passUnretained(m)
            return cachedMethod
        default: return nil
        }
        if kind == cachedKind { return cachedMethod }
        guard let m = interp.builtinMethod(r, name) else { return nil }
        cachedKind = kind
        cachedType = nil
        cachedMethod = Unmanaged.passUnretained(m)
        return cachedMethod
    }

    init(receiver: ExprNode, name: String, arguments: CallSiteArguments, line: Int) {
        self.receiver = receiver
        self.name = name
        self.arguments = arguments
        switch (name, arguments.positional.count) {
        case ("append", 1) where arguments.isSimple: intrinsic = .listAppend
        case ("get", 1), ("get", 2): intrinsic = arguments.isSimple ? .dictGet : .none
        default: intrinsic = .none
        }
        plainArity = arguments.isSimple ? arguments.positional.count : -1
        receiverOperand = Operand(receiver)
        let operands = arguments.positional.map { Operand($0.node) }
        plainArgumentOperands = arguments.isSimple && operands.allSatisfy(\.isPlainRead) ? operands : nil
        super.init(line: line)
    }

    /// The receiver, when it can be read in place (see `Borrowing.swift`).
    private let receiverOperand: Operand
    /// The arguments, when they are all plain positional reads (constants and variables).
    private let plainArgumentOperands: [Operand]?

    override func eval(_ f: Frame) throws -> Value {
        if let plainArguments = plainArgumentOperands, let (r, kept) = receiverOperand.peek(f) {
            // With only plain reads to evaluate besides, a local receiver stays bound for the
            // whole call. A global one is lent only where no Python code can run: appending
            // to a list, or a str method given inert arguments.
            let lendable: Bool
            switch kept {
            case .always, .frame: lendable = true
            case .global: lendable = (intrinsic == .listAppend && r.isList) || (r.isStr && Self.allInert(plainArguments, f))
            }
            if lendable { return try r.lend { try call(on: $0, f) } }
        }
        return try call(on: try receiver.eval(f), f)
    }

    @inline(__always)
    private static func allInert(_ operands: [Operand], _ f: Frame) -> Bool {
        var i = 0
        while i < operands.count {
            guard let (v, _) = operands[i].peek(f), v.isInert else { return false }
            i += 1
        }
        return true
    }

    @inline(never)
    private func call(on r: Value, _ f: Frame) throws -> Value {
        switch intrinsic {
        case .listAppend:
            if case .list(let l) = BorrowedValue(r) {
                // `r` keeps the list alive.
                let item = try arguments.evalPositional(0, f)
                l._withUnsafeGuaranteedRef { $0.items.append(item) }
                return .none
            }
        case .dictGet:
            // Only str and int keys: their hashing and equality run no Python code, so
            // skipping the native-call bookkeeping is safe.
            if case .dict(let d) = r, d.kind == .dict {
                let key = try arguments.evalPositional(0, f)
                let fallback = arguments.positional.count == 2 ? try arguments.evalPositional(1, f) : nil
                switch key {
                case .str, .int:
                    if let found = try d.get(key, f.interp) { return found }
                    return fallback ?? .none
                default:
                    let method = f.interp.builtinMethod(r, name)!
                    return try f.interp.callBuiltin(method, Arguments(fallback.map { [r, key, $0] } ?? [r, key]))
                }
            }
        case .none:
            break
        }
        if let inst = r.unretainedInstance {
            // `r` keeps the instance alive.
            return try inst._withUnsafeGuaranteedRef { try callInstanceMethod($0, r, f) }
        }
        if let cached = cachedBuiltinMethod(r, f.interp) {
            return try cached._withUnsafeGuaranteedRef { try callCachedMethod($0, r, f) }
        }
        if let method = f.interp.builtinMethod(r, name) { return try callBuiltinMethod(method, r, f) }
        let fn = try f.interp.getAttribute(r, name)
        return try f.interp.call(fn, arguments.evaluate(f))
    }

    /// A method of a user class's instance. A plain function found on the class is called
    /// with the instance as its first argument, no bound method made.
    private func callInstanceMethod(_ inst: PyInstance, _ r: Value, _ f: Frame) throws -> Value {
        if let fn = instanceMethodCache.function(for: inst),
           let result = try f.interp.callDirect(fn, receiver: r, arguments, f) {
            return result
        }
        let version = PyType.currentAttributeVersion
        let shadowingSlot = inst.cls.instanceSlots.slot(name)
        if shadowingSlot.map({ inst.value(atSlot: $0) == nil }) ?? true,
           case .object(let mo)? = inst.cls.lookup(name), let fn = mo as? PyFunction {
            instanceMethodCache.remember(inst, fn, shadowingSlot: shadowingSlot ?? -1, version: version)
            if let result = try f.interp.callDirect(fn, receiver: r, arguments, f) { return result }
        }
        let fn = try f.interp.getAttribute(r, name)
        return try f.interp.call(fn, arguments.evaluate(f))
    }

    /// A cached built-in method: through its shortcut for this many arguments if it has one
    /// (the arguments go straight to it), else through its body.
    @inline(__always)
    private func callCachedMethod(_ m: PyBuiltinFunction, _ r: Value, _ f: Frame) throws -> Value {
        switch plainArity {
        case 0:
            if m.method0 != nil { return try f.interp.callShortcut0(m, r) }
        case 1:
            if m.method1 != nil {
                // Plain arguments are lent as in `CallNode.callShortcut`; a global one only
                // when it and the receiver are inert (a str method then runs no Python code).
                if let operands = plainArgumentOperands, let (a, kept) = operands[0].peek(f),
                   kept != .global || (r.isInert && a.isInert) {
                    return try a.lend { try f.interp.callShortcut1(m, r, $0) }
                }
                let a = try arguments.evalPositional(0, f)
                return try f.interp.callShortcut1(m, r, a)
            }
        case 2:
            if m.method2 != nil {
                if let operands = plainArgumentOperands, let (a, aKept) = operands[0].peek(f),
                   let (b, bKept) = operands[1].peek(f),
                   (aKept != .global && bKept != .global) || (r.isInert && a.isInert && b.isInert) {
                    return try a.lend { a in try b.lend { b in try f.interp.callShortcut2(m, r, a, b) } }
                }
                let a = try arguments.evalPositional(0, f)
                let b = try arguments.evalPositional(1, f)
                return try f.interp.callShortcut2(m, r, a, b)
            }
        default:
            break
        }
        return try callBuiltinMethod(m, r, f)
    }

    @inline(__always)
    private func callBuiltinMethod(_ method: PyBuiltinFunction, _ r: Value, _ f: Frame) throws -> Value {
        guard arguments.isSimple else { return try f.interp.callBuiltin(method, arguments.evaluate(f, prefix: r)) }
        var args = Arguments(argumentBuffer.take())
        try arguments.evaluateSimple(f, prefix: r, into: &args.positional)
        let result = try f.interp.callBuiltin(method, args)
        argumentBuffer.giveBack(&args.positional)
        return result
    }
}

/// Zero-argument `super()` inside a method: the class comes from the implicit `__class__`
/// cell, the instance from the method's first parameter.
final class ImplicitSuperNode: ExprNode {
    let classCell: Int
    let firstArgument: ExprNode?
    init(classCell: Int, firstArgument: ExprNode?, line: Int) {
        self.classCell = classCell
        self.firstArgument = firstArgument
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        guard case .object(let o)? = f.cells[classCell].value, let cls = o as? PyType else {
            throw PyException.runtimeError("super(): __class__ cell not found")
        }
        guard let first = try firstArgument?.eval(f) else {
            throw PyException.runtimeError("super(): no arguments")
        }
        return try f.interp.makeSuper(cls, first)
    }
}

/// `def` and `lambda`: evaluates defaults now and captures the closure cells.
final class MakeFunctionNode: ExprNode {
    let code: FunctionCode
    let defaults: [ExprNode]
    let keywordDefaults: [(String, ExprNode)]
    /// Indexes into the defining frame's cells, in the order of the new function's free vars.
    let closureCells: [Int]
    var docstring: String?
    /// `__annotations__` entries, evaluated when the def runs.
    var annotations: [(String, ExprNode)] = []
    init(code: FunctionCode, defaults: [ExprNode], keywordDefaults: [(String, ExprNode)], closureCells: [Int], line: Int) {
        self.code = code
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closureCells = closureCells
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        var d: [Value] = []
        for n in defaults { d.append(try n.eval(f)) }
        var kd: [String: Value] = [:]
        for (k, n) in keywordDefaults { kd[k] = try n.eval(f) }
        let closure = closureCells.map { f.cells[$0] }
        let fn = PyFunction(code: code, globals: f.globals, defaults: d, keywordDefaults: kd, closure: closure)
        if let doc = docstring { fn.attributes["__doc__"] = .str(PyStr.from(doc)) }
        if !annotations.isEmpty {
            let d = PyDict()
            for (name, node) in annotations { d.set(name, try node.eval(f)) }
            fn.attributes["__annotations__"] = .dict(d)
        }
        return .object(fn)
    }
}

/// A generator expression: the outermost iterable is evaluated now, in the enclosing scope;
/// the rest runs lazily in the generator's own frame.
final class GeneratorExpressionNode: ExprNode {
    let code: FunctionCode
    let loops: GeneratorExpressionLoops
    let outerIterable: ExprNode
    let closureCells: [Int]
    init(code: FunctionCode, loops: GeneratorExpressionLoops, outerIterable: ExprNode, closureCells: [Int], line: Int) {
        self.code = code
        self.loops = loops
        self.outerIterable = outerIterable
        self.closureCells = closureCells
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        let iterator = try f.interp.iterate(outerIterable.eval(f))
        let frame = Frame(interp: f.interp, globals: f.globals, code: code, closure: closureCells.map { f.cells[$0] })
        return .object(PyGenerator(frame: frame, loops: loops, firstIterator: iterator))
    }
}
