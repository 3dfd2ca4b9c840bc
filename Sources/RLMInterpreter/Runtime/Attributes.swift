/// Attribute access: `obj.name`, `obj.name = v`, `del obj.name`.
///
/// Names that lead out of the sandbox (`__class__`, `__globals__`, `__subclasses__`...) are
/// refused here, in the one place every attribute access goes through, including getattr().
extension Interp {
    /// Dunder names that are never reachable: the reflection routes sandbox escapes use.
    static let blockedAttributes: Set<String> = [
        "__subclasses__", "__globals__", "__code__",
        "__closure__", "__builtins__", "__dict__", "__func__", "__self__", "__module__", "__traceback__",
        "__getattribute__", "__reduce__", "__reduce_ex__", "__init_subclass__", "__subclasshook__",
        "__loader__", "__spec__", "__import__", "gi_frame", "gi_code", "tb_frame", "tb_next",
        "f_back", "f_globals", "f_locals", "f_builtins", "f_code", "cr_frame", "ag_frame",
        "__objclass__", "__set_name__", "mro", "__defaults__", "__kwdefaults__",
    ]

    func checkAttributeAllowed(_ name: String) throws {
        if Interp.blockedAttributes.contains(name) {
            throw PyException.attributeError("access to attribute '\(name)' is not allowed in the sandbox")
        }
    }

    /// A method of a built-in type found on the receiver's type (for method-call fast paths).
    @inline(__always)
    func builtinMethod(_ receiver: Value, _ name: String) -> PyBuiltinFunction? {
        let t: PyType
        switch receiver {
        case .str: t = BuiltinTypes.str
        case .list: t = BuiltinTypes.list
        case .dict(let d): t = d.kind == .dict ? BuiltinTypes.dict : d.type
        case .tuple(let tp): t = tp.type
        case .int, .big: t = BuiltinTypes.int
        case .float: t = BuiltinTypes.float
        case .object(let o):
            guard !(o is PyInstance), !(o is PyType), !(o is PyModule), !(o is PySuper) else { return nil }
            t = o.type
        default: return nil
        }
        guard case .object(let m)? = t.lookup(name) else { return nil }
        return m as? PyBuiltinFunction
    }

    public func getAttribute(_ v: Value, _ name: String) throws -> Value {
        if let r = try lookupAttribute(v, name) { return r }
        throw attributeError(v, name)
    }

    /// The attribute, or nil when it does not exist or raises AttributeError.
    func optionalAttribute(_ v: Value, _ name: String) throws -> Value? {
        do {
            return try lookupAttribute(v, name)
        } catch let e as PyException where e.object.cls.isSubtype(of: BuiltinTypes.attributeError) {
            return nil
        }
    }

    func attributeError(_ v: Value, _ name: String) -> PyException {
        if case .object(let o) = v {
            if let m = o as? PyModule { return .attributeError("module '\(m.name)' has no attribute '\(name)'") }
            if let t = o as? PyType { return .attributeError("type object '\(t.name)' has no attribute '\(name)'") }
        }
        return .attributeError("'\(typeName(v))' object has no attribute '\(name)'")
    }

    /// The attribute, or nil when it does not exist (AttributeError raised by a property
    /// getter propagates).
    func lookupAttribute(_ v: Value, _ name: String) throws -> Value? {
        if Interp.isGuardedAttributeName(name) {
            // An instance's own attributes (a snapshot) are harmless; a module's or a class's
            // namespace is not handed out.
            if name == "__dict__", case .object(let o) = v, let inst = o as? PyInstance {
                return .dict(inst.attributeDict())
            }
            try checkAttributeAllowed(name)
            // The type is harmless to hand out: nothing reachable from it leads to other
            // classes (`__subclasses__` is blocked) or to code and globals.
            if name == "__class__" { return .object(pyType(v)) }
        }
        if case .object(let o) = v {
            switch o {
            case let inst as PyInstance:
                return try instanceAttribute(inst, v, name)
            case let t as PyType:
                return try typeAttribute(t, name)
            case let m as PyModule:
                return m.dict[name]
            case let s as PySuper:
                return try superAttribute(s, name)
            case let f as PyFunction:
                switch name {
                case "__name__": return .str(PyStr.from(f.name))
                case "__qualname__": return .str(PyStr.from(f.qualifiedName))
                case "__doc__": return f.attributes["__doc__"] ?? Value.none
                case "__annotations__":
                    if let a = f.attributes[name] { return a }
                    let empty = Value.dict(PyDict())
                    f.attributes[name] = empty
                    return empty
                default: return f.attributes[name]
                }
            case let b as PyBuiltinFunction:
                if name == "__name__" || name == "__qualname__" { return .str(PyStr.from(b.name)) }
                if name == "__doc__" { return Value.none }
                return nil
            case let m as PyBoundMethod:
                if name == "__name__" { return try lookupAttribute(m.function, "__name__") }
                return nil
            case let p as PyProperty:
                switch name {
                case "fget": return p.getter
                case "fset": return p.setter
                case "fdel": return p.deleter
                case "setter", "getter", "deleter":
                    return .object(PyBoundMethod(receiver: v, function: BuiltinTypes.property.dict[name]!))
                default: return nil
                }
            default:
                if let special = try nativeAttribute(o, name) { return special }
            }
        }
        switch v {
        case .int, .big, .bool:
            switch name {
            case "real", "numerator": return v
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: break
            }
        case .float(let d):
            if name == "real" { return v }
            if name == "imag" { return .float(0) }
            _ = d
        default: break
        }
        let t = pyType(v)
        guard let attr = t.lookup(name) else { return nil }
        // Properties of native types whose values are not objects (defaultdict.default_factory,
        // namedtuple fields).
        if case .object(let o) = attr, let p = o as? PyProperty { return try call(p.getter, Arguments([v])) }
        return bind(attr, to: v, type: t)
    }

    /// Whether `name` may be blocked or special (`__class__`, `__dict__`): such names take the
    /// checks at the top of `lookupAttribute`, and attribute sites do not cache them.
    static func isGuardedAttributeName(_ name: String) -> Bool {
        switch name.utf8.first {
        case UInt8(ascii: "_"): return true
        case UInt8(ascii: "g"): return name.hasPrefix("gi_")
        case UInt8(ascii: "f"): return name.hasPrefix("f_")
        case UInt8(ascii: "t"): return name.hasPrefix("tb_")
        case UInt8(ascii: "c"): return name.hasPrefix("cr_")
        case UInt8(ascii: "a"): return name.hasPrefix("ag_")
        case UInt8(ascii: "m"): return name == "mro"
        default: return false
        }
    }

    /// How `inst.name` resolves when it is the instance's own value or a property: the two
    /// answers an attribute site can cache. Runs no Python code.
    enum InstanceAttributeResolution {
        case own(slot: Int, value: Value)
        case property(getter: Value)
        /// A class attribute, an exception's special attribute, `__getattr__`, or missing:
        /// `lookupAttribute` decides.
        case other
    }

    func resolveInstanceAttribute(_ inst: PyInstance, _ name: String) -> InstanceAttributeResolution {
        if case .object(let o)? = inst.cls.lookup(name), let p = o as? PyProperty {
            return p.getter.isNone ? .other : .property(getter: p.getter)
        }
        if let slot = inst.cls.instanceSlots.slot(name), let own = inst.value(atSlot: slot) {
            return .own(slot: slot, value: own)
        }
        return .other
    }

    /// The slot `inst.name = value` stores into when the assignment is a plain store: no
    /// property, no `__setattr__` of the class's own, not one of an exception's special
    /// attributes. nil: `setAttribute` decides.
    func plainAssignmentSlot(_ inst: PyInstance, _ name: String) -> Int? {
        let cls = inst.cls
        if cls === BuiltinTypes.object { return nil }
        if case .object(let o)? = cls.lookup(name), o is PyProperty { return nil }
        if !cls.isBuiltin, cls.lookupBelowObject("__setattr__") != nil { return nil }
        if inst is PyBaseException {
            switch name {
            case "args", "__cause__", "__context__": return nil   // stored on the exception itself
            default: break
            }
        }
        return cls.instanceSlots.slotAdding(name)
    }

    /// Turns a class attribute into what `instance.name` gives: functions bind, classmethods
    /// bind to the class, properties call their getter.
    func bind(_ attr: Value, to receiver: Value, type: PyType) -> Value {
        guard case .object(let o) = attr else { return attr }
        switch o {
        case is PyFunction, is PyBuiltinFunction, is BindsAsMethod:
            return .object(PyBoundMethod(receiver: receiver, function: attr))
        case let c as PyClassMethod:
            return .object(PyBoundMethod(receiver: .object(type), function: c.function))
        case let s as PyStaticMethod:
            return s.function
        default:
            return attr
        }
    }

    private func instanceAttribute(_ inst: PyInstance, _ v: Value, _ name: String) throws -> Value? {
        switch resolveInstanceAttribute(inst, name) {
        case .own(_, let value): return value
        case .property(let getter): return try call(getter, v)
        case .other: break
        }
        let cls = inst.cls
        let classAttr = cls.lookup(name)
        if case .object(let o)? = classAttr, o is PyProperty {
            throw PyException.attributeError("property '\(name)' of '\(cls.name)' object has no getter")
        }
        if let e = inst as? PyBaseException {
            switch name {
            case "args": return .tuple(PyTuple(e.args))
            case "__cause__": return e.cause.map { .object($0) } ?? Value.none
            case "__context__": return e.context.map { .object($0) } ?? Value.none
            case "__suppress_context__": return .bool(e.suppressContext)
            case "value" where cls.isSubtype(of: BuiltinTypes.stopIteration):
                return e.args.first ?? Value.none
            default: break
            }
        }
        if let attr = classAttr { return bind(attr, to: v, type: cls) }
        if name == "__name__" { return nil }
        if let getattr = cls.lookup("__getattr__") {
            // An AttributeError it raises propagates with its own message (getattr() with a
            // default and hasattr() catch it).
            return try call(getattr, Arguments([v, .str(PyStr.from(name))]))
        }
        return nil
    }

    private func typeAttribute(_ t: PyType, _ name: String) throws -> Value? {
        switch name {
        case "__name__": return .str(PyStr.from(t.name))
        case "__qualname__": return .str(PyStr.from(t.qualifiedName))
        case "__doc__":
            // Not inherited: a class without a docstring has __doc__ None.
            if !t.isBuiltin { return t.dict["__doc__"] ?? Value.none }
            return t.lookup("__doc__") ?? Value.none
        case "__mro__": return .tuple(PyTuple(t.mro.map { .object($0) }))
        case "__bases__": return .tuple(PyTuple(t.bases.map { .object($0) }))
        case "__base__": return t.bases.first.map { .object($0) } ?? Value.none
        case "__module__": return .str(PyStr.from(t.module))
        default: break
        }
        guard let attr = t.lookup(name) else { return nil }
        if case .object(let o) = attr {
            if let c = o as? PyClassMethod { return .object(PyBoundMethod(receiver: .object(t), function: c.function)) }
            if let s = o as? PyStaticMethod { return s.function }
        }
        return attr
    }

    private func superAttribute(_ s: PySuper, _ name: String) throws -> Value? {
        let mro = s.receiverType.mro
        guard let start = mro.firstIndex(where: { $0 === s.startAfter }) else { return nil }
        for t in mro[(start + 1)...] {
            guard let attr = t.dict[name] else { continue }
            if case .object(let o) = attr, let p = o as? PyProperty {
                return try call(p.getter, Arguments([s.receiver]))
            }
            if case .object(let o) = s.receiver, o is PyType {
                if case .object(let ao) = attr, let c = ao as? PyClassMethod {
                    return .object(PyBoundMethod(receiver: s.receiver, function: c.function))
                }
                return attr
            }
            return bind(attr, to: s.receiver, type: s.receiverType)
        }
        if name == "__init__" {
            return .object(PyBuiltinFunction("__init__") { _, _ in .none })
        }
        return nil
    }

    public func setAttribute(_ v: Value, _ name: String, _ value: Value) throws {
        if name.hasPrefix("_") { try checkAttributeAllowed(name) }
        guard case .object(let o) = v else {
            if case .object(let po)? = pyType(v).lookup(name), let p = po as? PyProperty {
                if p.setter.isNone { throw PyException.attributeError("can't set attribute") }
                _ = try call(p.setter, Arguments([v, value]))
                return
            }
            throw readOnlyAttributeError(v, name)
        }
        switch o {
        case let inst as PyInstance:
            if let slot = plainAssignmentSlot(inst, name) {
                inst.setValue(value, atSlot: slot)
                return
            }
            if inst.cls === BuiltinTypes.object {
                throw PyException.attributeError("'object' object has no attribute '\(name)'")
            }
            if case .object(let co)? = inst.cls.lookup(name), let p = co as? PyProperty {
                if p.setter.isNone {
                    throw PyException.attributeError("property '\(name)' of '\(inst.cls.name)' object has no setter")
                }
                _ = try call(p.setter, Arguments([v, value]))
                return
            }
            // A class's own `__setattr__` decides; object's (which every class inherits) is
            // the plain store above, without a call and a name string per assignment.
            if !inst.cls.isBuiltin, let setattr = inst.cls.lookupBelowObject("__setattr__") {
                _ = try call(setattr, Arguments([v, .str(PyStr.from(name)), value]))
                return
            }
            if let e = inst as? PyBaseException {
                switch name {
                case "args": e.args = try collect(value); return
                case "__cause__":
                    e.cause = try value.isNone ? nil : makeException(value).object
                    e.suppressContext = true
                    return
                case "__context__": e.context = try value.isNone ? nil : makeException(value).object; return
                default: break
                }
            }
            inst.setAttribute(name, value)
        case let t as PyType where !t.isBuiltin:
            t.dict[name] = value
        case let f as PyFunction:
            if name == "__name__", case .str(let s) = value { f.name = s.string; return }
            if name == "__qualname__", case .str(let s) = value { f.qualifiedName = s.string; return }
            f.attributes[name] = value
        default:
            if o is PyType {
                throw PyException.typeError("cannot set '\(name)' attribute of immutable type '\((o as! PyType).name)'")
            }
            throw readOnlyAttributeError(v, name)
        }
    }

    /// Assigning to an attribute of a built-in value, with CPython's three messages.
    private func readOnlyAttributeError(_ v: Value, _ name: String) -> PyException {
        let t = typeName(v)
        if pyType(v).lookup(name) != nil {
            return .attributeError("'\(t)' object attribute '\(name)' is read-only")
        }
        if (try? lookupAttribute(v, name)) ?? nil != nil {
            return .attributeError("attribute '\(name)' of '\(t)' objects is not writable")
        }
        return .attributeError("'\(t)' object has no attribute '\(name)'")
    }

    /// object.__setattr__ for user classes that override __setattr__ and call up.
    func setInstanceAttributeDirectly(_ v: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = v, let inst = o as? PyInstance else {
            throw PyException.typeError("can't apply this __setattr__ to \(typeName(v)) object")
        }
        inst.setAttribute(name, value)
    }

    public func deleteAttribute(_ v: Value, _ name: String) throws {
        if name.hasPrefix("_") { try checkAttributeAllowed(name) }
        if case .object(let o) = v {
            if let inst = o as? PyInstance {
                if case .object(let co)? = inst.cls.lookup(name), let p = co as? PyProperty {
                    if p.deleter.isNone {
                        throw PyException.attributeError("property '\(name)' of '\(inst.cls.name)' object has no deleter")
                    }
                    _ = try call(p.deleter, Arguments([v]))
                    return
                }
                if let delattr = inst.cls.lookup("__delattr__"), !inst.cls.isBuiltin {
                    _ = try call(delattr, Arguments([v, .str(PyStr.from(name))]))
                    return
                }
                if inst.removeAttribute(name) { return }
            } else if let t = o as? PyType, !t.isBuiltin {
                if t.dict.removeValue(forKey: name) != nil { return }
            } else if let f = o as? PyFunction {
                if f.attributes.removeValue(forKey: name) != nil { return }
            }
        }
        throw attributeError(v, name)
    }
}

/// Native callables that bind to the instance when found on a class, as functions do
/// (functools.lru_cache wrappers used on methods).
protocol BindsAsMethod {}

/// Attributes of native objects that are not methods (range.start, slice.stop, ...).
protocol NativeAttributes {
    func attribute(_ name: String, _ interp: Interp) throws -> Value?
}

extension Interp {
    func nativeAttribute(_ o: PyObject, _ name: String) throws -> Value? {
        switch o {
        case let r as PyRange:
            switch name {
            case "start": return .int(r.start)
            case "stop": return .int(r.stop)
            case "step": return .int(r.step)
            default: return nil
            }
        case let s as PySlice:
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: return nil
            }
        case let g as PyGenerator:
            if name == "__name__" { return .str(PyStr.from(g.name)) }
            return nil
        case let n as NativeAttributes:
            return try n.attribute(name, self)
        default:
            return nil
        }
    }

    /// object.__delattr__ for user classes that override __delattr__ and call up.
    func deleteInstanceAttributeDirectly(_ v: Value, _ name: String) throws {
        guard case .object(let o) = v, let inst = o as? PyInstance else {
            throw PyException.typeError("can't apply this __delattr__ to \(typeName(v)) object")
        }
        if !inst.removeAttribute(name) { throw attributeError(v, name) }
    }
}
