/// Calling: functions, built-ins, bound methods, classes and callable instances.
extension Interp {
    public func call(_ callee: Value, _ args: Arguments) throws -> Value {
        guard case .object(let o) = callee else {
            throw PyException.typeError("'\(typeName(callee))' object is not callable")
        }
        switch o {
        case let fn as PyFunction:
            return try callFunction(fn, args)
        case let b as PyBuiltinFunction:
            return try callBuiltin(b, args)
        case let m as PyBoundMethod:
            var a = args
            a.positional.insert(m.receiver, at: 0)
            return try call(m.function, a)
        case let t as PyType:
            return try instantiate(t, args)
        case let s as PyStaticMethod:
            return try call(s.function, args)
        case let c as NativeCallable:
            return try c.call(self, args)
        default:
            if let m = userMethod(callee, "__call__") {
                var a = args
                a.positional.insert(callee, at: 0)
                return try call(m, a)
            }
            throw PyException.typeError("'\(o.type.name)' object is not callable")
        }
    }

    @inline(__always)
    func callBuiltin(_ b: PyBuiltinFunction, _ args: Arguments) throws -> Value {
        try runNative(b) {
            let misses = MissingArgument.events.load(ordering: .relaxed)
            do {
                let result = try b.body(self, args)
                if MissingArgument.events.load(ordering: .relaxed) != misses, MissingArgument.take() {
                    throw missingArgumentError(b, args)
                }
                return result
            } catch let e as PyException {
                if MissingArgument.events.load(ordering: .relaxed) != misses, MissingArgument.take() {
                    throw missingArgumentError(b, args)
                }
                throw e
            }
        }
    }

    /// Runs `b`'s shortcut for one, two or three positional values (a method's receiver
    /// counted; the caller has checked that `b` has one); a value the shortcut does not take
    /// goes to the body, already evaluated. The shortcut is called where it is stored, with
    /// `!`: copying it out retains and releases its context on every call, and going through
    /// `unsafelyUnwrapped` (generic over the closure type) allocates a reabstraction thunk's
    /// context on every call.
    @inline(__always)
    func callShortcut0(_ b: PyBuiltinFunction, _ x: Value) throws -> Value {
        if let r = try runNative(b, { try b.method0!(self, x) }) { return r }
        return try callBuiltin(b, Arguments([x]))
    }

    @inline(__always)
    func callShortcut1(_ b: PyBuiltinFunction, _ x: Value, _ y: Value) throws -> Value {
        if let r = try runNative(b, { try b.method1!(self, x, y) }) { return r }
        return try callBuiltin(b, Arguments([x, y]))
    }

    @inline(__always)
    func callShortcut2(_ b: PyBuiltinFunction, _ x: Value, _ y: Value, _ z: Value) throws -> Value {
        if let r = try runNative(b, { try b.method2!(self, x, y, z) }) { return r }
        return try callBuiltin(b, Arguments([x, y, z]))
    }

    /// `t(x)` for a built-in type with a conversion for inert `x` (`int(s)`, `str(n)`).
    func convertInert(_ t: PyType, _ x: Value) throws -> Value {
        do {
            return try t.convertInert!(self, x)
        } catch let e as TextError {
            throw e.asPython
        }
    }

    /// What surrounds every run of a built-in's code (its body or a shortcut): a safe point,
    /// the native depth, and Swift errors turned into Python exceptions.
    @inline(__always)
    func runNative<R>(_ b: PyBuiltinFunction, _ run: () throws -> R) throws -> R {
        // A safe point: finish generators abandoned since the last one first, so what their
        // finally blocks print comes out where CPython prints it.
        if ticksUntilCheck <= 0, !abandonedGenerators.isEmpty { try closeAbandonedGenerators() }
        try enterNative()
        defer { nativeDepth -= 1 }
        do {
            return try run()
        } catch let e as PyException {
            throw e
        } catch let e as TextError {
            throw e.asPython
        } catch let e as ControlSignal {
            throw e
        } catch let e as LimitExceeded {
            throw e
        } catch {
            // Any other failure of a host function reaches the program as an exception it
            // can read (and catch).
            throw PyException.runtimeError("\(b.name)() failed: \(error)")
        }
    }

    private func missingArgumentError(_ b: PyBuiltinFunction, _ args: Arguments) -> PyException {
        _ = args
        return PyException.typeError("\(b.name)() is missing a required argument")
    }

    /// Calls `callee` with one positional argument: key functions, filters and the like,
    /// called once per item. A plain Python function gets the argument straight in its slot.
    func call(_ callee: Value, _ argument: Value) throws -> Value {
        if let function = callee.unretained(PyFunction.self) {
            // `callee` keeps the function alive.
            let result = try function._withUnsafeGuaranteedRef { fn -> Value? in
                guard fn.code.plainPositionalCount == 1 else { return nil }
                let frame = makeFrame(fn)
                frame.slots[0] = argument
                let result = try run(fn, frame)
                recycle(consume frame, into: fn)
                return result
            }
            if let result { return result }
        }
        return try call(callee, Arguments([argument]))
    }

    func callFunction(_ fn: PyFunction, _ args: Arguments) throws -> Value {
        let frame = makeFrame(fn)
        try bindArguments(fn, args, frame)
        let result = try run(fn, frame)
        recycle(consume frame, into: fn)
        return result
    }

    /// A frame for a call of `fn`: one of its spare frames when it has one, else a new one.
    @inline(__always)
    private func makeFrame(_ fn: PyFunction) -> Frame {
        // Moved out, not copied: no reference counting when the frame is reused. A spare
        // frame already has the function's globals and closure cells.
        if let spare = fn.spareFrames.popLast() { return spare }
        return Frame(interp: self, globals: fn.globals, code: fn.code, closure: fn.closure)
    }

    /// Keeps a finished call's frame for `fn`'s next call, unless something still refers to
    /// it (a generator, a traceback) or its code makes cells.
    @inline(__always)
    private func recycle(_ finished: consuming Frame, into fn: PyFunction) {
        var frame = finished
        // The frame keeps its code alive (unretained: no reference counting per call).
        unowned(unsafe) let code = frame.code
        guard code.cellCount == 0, !code.isGenerator, !code.isClassBody, frame.classNamespace == nil,
              fn.spareFrames.count < PyFunction.maxSpareFrames,
              isKnownUniquelyReferenced(&frame) else { return }
        frame.resetForReuse()
        if fn.keepsFramesFor == nil {
            fn.keepsFramesFor = self
            functionsKeepingFrames[ObjectIdentifier(fn)] = Unmanaged.passUnretained(fn)
        }
        fn.spareFrames.append(consume frame)
    }

    /// Calls `fn` with arguments evaluated straight into its frame's slots (no argument
    /// array, no bound method). Returns nil when the call needs the general binder (`*args`,
    /// `**kwargs`, keyword-only parameters, or any error in binding); nothing has been
    /// evaluated then.
    @inline(__always)
    func callDirect(_ fn: PyFunction, receiver: Value?, _ arguments: CallSiteArguments, _ caller: Frame) throws -> Value? {
        let given = arguments.positional.count + (receiver == nil ? 0 : 1)
        guard let positionalCount = fn.code.plainPositionalCount, given <= positionalCount else { return nil }
        let keywordSlots: [Int]?
        if arguments.isSimple {
            guard given >= positionalCount - fn.defaults.count else { return nil }
            keywordSlots = nil
        } else {
            guard let slots = arguments.keywordSlots(fn.code, given: given, defaults: fn.defaults.count) else { return nil }
            keywordSlots = slots
        }
        let frame = makeFrame(fn)
        var i = 0
        if let r = receiver {
            frame.slots[0] = r
            i = 1
        }
        for k in arguments.positional.indices {
            frame.slots[i] = try arguments.evalPositional(k, caller)
            i += 1
        }
        if let slots = keywordSlots {
            for k in slots.indices { frame.slots[slots[k]] = try arguments.evalKeyword(k, caller) }
        }
        if i < positionalCount {
            let firstDefault = positionalCount - fn.defaults.count
            while i < positionalCount {
                if keywordSlots == nil || frame.slots[i] == nil { frame.slots[i] = fn.defaults[i - firstDefault] }
                i += 1
            }
        }
        let result = try run(fn, frame)
        recycle(consume frame, into: fn)
        return result
    }

    /// Calls the user class `t` the common way (`constructionPlan`): a new instance, then
    /// `__init__` with the call site's arguments bound straight into its frame. nil when the
    /// class or the call needs `instantiate`; nothing has been evaluated then.
    func constructDirect(_ t: PyType, _ arguments: CallSiteArguments, _ caller: Frame) throws -> Value? {
        guard case .initOnly(let initFunction) = t.constructionPlan else { return nil }
        let instance = Value.object(PyInstance(cls: t))
        guard let r = try callDirect(initFunction, receiver: instance, arguments, caller) else { return nil }
        if !r.isNone { throw PyException.typeError("__init__() should return None, not '\(typeName(r))'") }
        return instance
    }

    /// Runs a function whose arguments are bound.
    private func run(_ fn: PyFunction, _ frame: Frame) throws -> Value {
        // `fn` keeps its code alive (unretained: no reference counting per call).
        unowned(unsafe) let code = fn.code
        if !code.cellParameters.isEmpty {
            for (slot, cell) in code.cellParameters { frame.cells[cell].value = frame.slots[slot] }
        }
        if code.isGenerator { return .object(PyGenerator(frame: frame)) }
        try enterCall()
        defer { leaveCall() }
        do {
            _ = try code.body.exec(frame)
        } catch let e as PyException {
            e.object.addTraceback(frame)
            throw e
        }
        // Moved out, not copied: the frame is reused and would release its copy anyway.
        var result = Value.none
        swap(&result, &frame.returnValue)
        return result
    }

    /// Binds call arguments to parameter slots with CPython's rules and error messages.
    func bindArguments(_ fn: PyFunction, _ args: Arguments, _ frame: Frame) throws {
        // Fast path: exactly the positional parameters, nothing else.
        if args.keywords.isEmpty, args.positional.count == fn.code.plainPositionalCount {
            for i in args.positional.indices { frame.slots[i] = args.positional[i] }
            return
        }
        let spec = fn.code.parameters
        let pos = args.positional
        let name = fn.qualifiedName
        if pos.count > spec.positionalCount && !spec.hasVarArgs {
            let takes = describePositional(spec, fn)
            let given = pos.count
            let kwOnlyGiven = args.keywords.filter { kw in
                spec.slotOfName[kw.0].map { $0 >= spec.positionalCount } ?? false
            }.count
            var msg = "\(name)() takes \(takes) positional argument\(takes == "1" ? "" : "s") but \(given)"
            if kwOnlyGiven > 0 {
                msg += " positional argument\(given == 1 ? "" : "s") (and \(kwOnlyGiven) keyword-only argument\(kwOnlyGiven == 1 ? "" : "s")) were given"
            } else {
                msg += given == 1 ? " was given" : " were given"
            }
            throw PyException.typeError(msg)
        }
        let n = min(pos.count, spec.positionalCount)
        for i in 0..<n { frame.slots[i] = pos[i] }
        if spec.hasVarArgs {
            let extra = pos.count > spec.positionalCount ? Array(pos[spec.positionalCount...]) : []
            frame.slots[spec.varArgsSlot] = .tuple(PyTuple(extra))
        }
        var kwargs: PyDict?
        if spec.hasVarKeywords {
            kwargs = PyDict()
            frame.slots[spec.varKeywordsSlot] = .dict(kwargs!)
        }
        for (key, value) in args.keywords {
            if let slot = spec.slotOfName[key], slot >= spec.positionalOnlyCount {
                if frame.slots[slot] != nil {
                    throw PyException.typeError("\(name)() got multiple values for argument '\(key)'")
                }
                frame.slots[slot] = value
            } else if let kw = kwargs {
                try kw.set(.str(PyStr.from(key)), value, self)
            } else if let slot = spec.slotOfName[key], slot < spec.positionalOnlyCount {
                throw PyException.typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(key)'")
            } else {
                throw PyException.typeError("\(name)() got an unexpected keyword argument '\(key)'")
            }
        }
        // Defaults for the trailing positional parameters.
        let firstDefault = spec.positionalCount - fn.defaults.count
        var missing: [String] = []
        for i in n..<spec.positionalCount where frame.slots[i] == nil {
            if i >= firstDefault {
                frame.slots[i] = fn.defaults[i - firstDefault]
            } else {
                missing.append(spec.names[i])
            }
        }
        if !missing.isEmpty {
            throw PyException.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interp.listNames(missing))")
        }
        for i in spec.positionalCount..<(spec.positionalCount + spec.keywordOnlyCount) where frame.slots[i] == nil {
            if let d = fn.keywordDefaults[spec.names[i]] {
                frame.slots[i] = d
            } else {
                missing.append(spec.names[i])
            }
        }
        if !missing.isEmpty {
            throw PyException.typeError("\(name)() missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(Interp.listNames(missing))")
        }
    }

    private func describePositional(_ spec: ParameterSpec, _ fn: PyFunction) -> String {
        let required = spec.positionalCount - fn.defaults.count
        if fn.defaults.isEmpty { return "\(spec.positionalCount)" }
        return "from \(required) to \(spec.positionalCount)"
    }

    /// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing arguments.
    static func listNames(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 1: return quoted[0]
        case 2: return quoted[0] + " and " + quoted[1]
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
    }

    /// Calling a class: built-ins construct directly; user classes make an instance and run
    /// `__init__`.
    func instantiate(_ t: PyType, _ args: Arguments) throws -> Value {
        try enterNative()
        defer { nativeDepth -= 1 }
        if let ctor = t.constructor {
            do {
                return try ctor(self, t, args)
            } catch let e as TextError {
                throw e.asPython
            }
        }
        if t.isBuiltin && t.layout != .exception {
            throw PyException.typeError("cannot create '\(t.name)' instances")
        }
        if let newMethod = t.lookup("__new__"), !t.isBuiltin,
           !newMethod.isIdentical(to: BuiltinTypes.object.dict["__new__"] ?? .none) {
            var a = args
            a.positional.insert(.object(t), at: 0)
            let fn: Value
            if case .object(let o) = newMethod, let sm = o as? PyStaticMethod { fn = sm.function } else { fn = newMethod }
            let instance = try call(fn, a)
            if case .object(let io) = instance, io.type.isSubtype(of: t), let initMethod = t.lookup("__init__") {
                var ia = args
                ia.positional.insert(instance, at: 0)
                _ = try call(initMethod, ia)
            }
            return instance
        }
        let instance: PyInstance = t.layout == .exception ? PyBaseException(cls: t) : PyInstance(cls: t)
        // BaseException.__new__ keeps the constructor's arguments even when a subclass's
        // __init__ does not pass them on.
        if let e = instance as? PyBaseException { e.args = args.positional }
        let value = Value.object(instance)
        if let initMethod = t.lookup("__init__") {
            var a = args
            a.positional.insert(value, at: 0)
            let r = try call(initMethod, a)
            if !r.isNone { throw PyException.typeError("__init__() should return None, not '\(typeName(r))'") }
        } else if !args.positional.isEmpty || !args.keywords.isEmpty {
            throw PyException.typeError("\(t.name)() takes no arguments")
        }
        return value
    }

    /// `super(cls, obj)`.
    func makeSuper(_ cls: PyType, _ receiver: Value) throws -> Value {
        let receiverType: PyType
        if case .object(let o) = receiver, let t = o as? PyType, t.isSubtype(of: cls) {
            receiverType = t
        } else {
            receiverType = pyType(receiver)
            guard receiverType.isSubtype(of: cls) else {
                throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type")
            }
        }
        return .object(PySuper(startAfter: cls, receiver: receiver, receiverType: receiverType))
    }
}

/// Native objects that can be called (operator.itemgetter, functools.partial ...).
protocol NativeCallable {
    func call(_ interp: Interp, _ args: Arguments) throws -> Value
}
