import Foundation

/// `dataclasses`: @dataclass builds __init__, __repr__, __eq__, ordering, __hash__ and frozen
/// __setattr__/__delattr__ as native functions in the class dict, from the fields the class
/// body annotated (its `__annotations__`, in source order), following CPython 3.11's
/// _process_class: inherited dataclass fields first, field() options, defaults and
/// default factories, InitVar and ClassVar pseudo-fields, KW_ONLY, __post_init__.
func makeDataclassesModule(_ interp: Interp) -> PyModule {
    let m = DataclassesModule()
    var dict: [String: Value] = [:]
    func fn(_ name: String, _ body: @escaping BuiltinBody) {
        dict[name] = .object(PyBuiltinFunction(name, body))
    }
    dict["MISSING"] = m.missing
    dict["FrozenInstanceError"] = .object(m.frozenError)
    dict["Field"] = .object(m.fieldType)
    dict["InitVar"] = .object(m.initVarType)
    dict["KW_ONLY"] = .object(m.kwOnlyType)

    fn("dataclass") { interp, a in
        let (slots, _) = try a.bindDef("dataclass", ["cls"], defaults: 1, keywordOnly: DataclassOptions.names)
        let options = try DataclassOptions(interp, Array(slots.dropFirst()))
        if let cls = slots[0], !cls.isNone {
            return try m.process(interp, cls, options)
        }
        return .object(PyBuiltinFunction("wrap") { interp, a in
            try a.expect("wrap", 1)
            return try m.process(interp, a[0], options)
        })
    }
    fn("field") { interp, a in
        if a.count > 0 { throw PyException.typeError("field() takes 0 positional arguments but \(a.count) were given") }
        let names = ["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"]
        let s = try a.bindDef("field", [], keywordOnly: names).slots
        let f = PyField(type: m.fieldType)
        f.defaultValue = s[0] ?? m.missing
        f.defaultFactory = s[1] ?? m.missing
        if !f.defaultValue.isIdentical(to: m.missing) && !f.defaultFactory.isIdentical(to: m.missing) {
            throw PyException.valueError("cannot specify both default and default_factory")
        }
        f.initValue = s[2] ?? .true
        f.reprValue = s[3] ?? .true
        f.hashValue = s[4] ?? .none
        f.compareValue = s[5] ?? .true
        f.metadata = s[6] ?? .none
        f.kwOnly = s[7] ?? m.missing
        f.missing = m.missing
        return .object(f)
    }
    fn("fields") { interp, a in
        let p = try a.bindDef("fields", ["class_or_instance"]).slots
        guard let fields = m.fieldsOf(p[0]!) else {
            throw PyException.typeError("must be called with a dataclass type or instance")
        }
        return .tuple(PyTuple(fields.filter { $0.kind == .field }.map { .object($0) }))
    }
    fn("is_dataclass") { interp, a in
        let p = try a.bindDef("is_dataclass", ["obj"]).slots
        return .bool(m.fieldsOf(p[0]!) != nil)
    }
    fn("asdict") { interp, a in
        let (s, _) = try a.bindDef("asdict", ["obj"], keywordOnly: ["dict_factory"])
        guard m.isInstance(s[0]!) else { throw PyException.typeError("asdict() should be called on dataclass instances") }
        return try m.convert(interp, s[0]!, asDict: true, factory: s[1])
    }
    fn("astuple") { interp, a in
        let (s, _) = try a.bindDef("astuple", ["obj"], keywordOnly: ["tuple_factory"])
        guard m.isInstance(s[0]!) else { throw PyException.typeError("astuple() should be called on dataclass instances") }
        return try m.convert(interp, s[0]!, asDict: false, factory: s[1])
    }
    fn("replace") { interp, a in
        if a.count != 1 {
            throw PyException.typeError(a.count == 0 ? "replace() missing 1 required positional argument: 'obj'"
                                                     : "replace() takes 1 positional argument but \(a.count) were given")
        }
        let obj = a[0]
        guard m.isInstance(obj), let fields = m.fieldsOf(obj) else {
            throw PyException.typeError("replace() should be called on dataclass instances")
        }
        var changes = a.keywords
        for f in fields where f.kind != .classVar {
            let given = changes.contains { $0.0 == f.name }
            if !f.isInit {
                if given {
                    throw PyException.valueError("field \(f.name) is declared with init=False, it cannot be specified with replace()")
                }
                continue
            }
            if !given {
                if f.kind == .initVar && f.defaultValue.isIdentical(to: m.missing) {
                    throw PyException.valueError("InitVar '\(f.name)' must be specified with replace()")
                }
                changes.append((f.name, try interp.getAttribute(obj, f.name)))
            }
        }
        return try interp.call(.object(pyType(obj)), Arguments([], keywords: changes))
    }
    return PyModule(name: "dataclasses", dict: dict)
}

/// The keyword options of @dataclass(...).
struct DataclassOptions {
    static let names = ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots",
                        "weakref_slot"]
    var initFn = true, repr = true, eq = true, order = false, unsafeHash = false, frozen = false
    var matchArgs = true, kwOnly = false

    init(_ interp: Interp, _ s: [Value?]) throws {
        func flag(_ i: Int, _ d: Bool) throws -> Bool { try s[i].map { try interp.truthy($0) } ?? d }
        initFn = try flag(0, true)
        repr = try flag(1, true)
        eq = try flag(2, true)
        order = try flag(3, false)
        unsafeHash = try flag(4, false)
        frozen = try flag(5, false)
        matchArgs = try flag(6, true)
        kwOnly = try flag(7, false)
    }
}

/// A dataclasses.Field.
final class PyField: PyObject, CustomRepr, NativeAttributes {
    enum Kind: String { case field = "_FIELD", classVar = "_FIELD_CLASSVAR", initVar = "_FIELD_INITVAR" }
    let fieldType: PyType
    var name = ""
    var named = false
    var annotation: Value = .none
    var defaultValue: Value = .none
    var defaultFactory: Value = .none
    var initValue: Value = .true
    var reprValue: Value = .true
    var hashValue: Value = .none
    var compareValue: Value = .true
    var metadata: Value = .none
    var kwOnly: Value = .none
    var kind: Kind?
    var missing: Value = .none
    // Truth values, fixed when the dataclass is processed.
    var isInit = true, inRepr = true, inCompare = true, inHash = true, isKwOnly = false

    override var type: PyType { fieldType }
    init(type: PyType) { self.fieldType = type }

    var hasDefault: Bool { !defaultValue.isIdentical(to: missing) }
    var hasFactory: Bool { !defaultFactory.isIdentical(to: missing) }

    func attribute(_ n: String, _ interp: Interp) throws -> Value? {
        switch n {
        case "name": return named ? .str(PyStr.from(name)) : Value.none
        case "type": return annotation
        case "default": return defaultValue
        case "default_factory": return defaultFactory
        case "init": return initValue
        case "repr": return reprValue
        case "hash": return hashValue
        case "compare": return compareValue
        case "metadata": return metadata.isNone ? .dict(PyDict()) : metadata
        case "kw_only": return kwOnly
        default: return nil
        }
    }

    func repr(_ interp: Interp) throws -> String {
        let meta = metadata.isNone ? "{}" : try interp.repr(metadata)
        return "Field(name=\(named ? PyStr.from(name).repr().string : "None"),type=\(try interp.repr(annotation)),"
            + "default=\(try interp.repr(defaultValue)),default_factory=\(try interp.repr(defaultFactory)),"
            + "init=\(try interp.repr(initValue)),repr=\(try interp.repr(reprValue)),hash=\(try interp.repr(hashValue)),"
            + "compare=\(try interp.repr(compareValue)),metadata=mappingproxy(\(meta)),kw_only=\(try interp.repr(kwOnly)),"
            + "_field_type=\(kind?.rawValue ?? "None"))"
    }
}

/// What @dataclass recorded about a class (kept in its `__dataclass_fields__`).
final class DataclassInfo {
    let cls: PyType
    let fields: [PyField]
    let options: DataclassOptions
    init(cls: PyType, fields: [PyField], options: DataclassOptions) {
        self.cls = cls
        self.fields = fields
        self.options = options
    }
}

final class DataclassesModule {
    let missing: Value
    let frozenError: PyType
    let fieldType: PyType
    let initVarType: PyType
    let kwOnlyType: PyType
    /// Processed classes, by identity (the class dict's `__dataclass_fields__` maps to them).
    var infos: [ObjectIdentifier: DataclassInfo] = [:]

    init() {
        missing = .object(PyInstance(cls: makeNativeClass("_MISSING_TYPE", module: "dataclasses", [:])))
        frozenError = PyType(builtin: "FrozenInstanceError", base: BuiltinTypes.attributeError, layout: .exception)
        frozenError.module = "dataclasses"
        fieldType = PyType(builtin: "Field", base: BuiltinTypes.object)
        fieldType.module = "dataclasses"
        initVarType = makeNativeClass("InitVar", module: "dataclasses", [:])
        kwOnlyType = makeNativeClass("KW_ONLY", module: "dataclasses", [:])
    }

    func info(_ t: PyType) -> DataclassInfo? {
        for c in t.mro {
            if c.dict["__dataclass_fields__"] != nil, let i = infos[ObjectIdentifier(c)] { return i }
        }
        return nil
    }

    func fieldsOf(_ v: Value) -> [PyField]? {
        if case .object(let o) = v, let t = o as? PyType { return info(t)?.fields }
        return info(pyType(v))?.fields
    }

    func isInstance(_ v: Value) -> Bool {
        if case .object(let o) = v, o is PyType { return false }
        return info(pyType(v)) != nil
    }

    // MARK: Processing a class

    func process(_ interp: Interp, _ clsValue: Value, _ options: DataclassOptions) throws -> Value {
        guard case .object(let o) = clsValue, let cls = o as? PyType, !cls.isBuiltin else {
            throw PyException.typeError("cannot use dataclass() on '\(typeName(clsValue))' objects")
        }
        // Fields of dataclass bases, most distant first.
        var fields: [PyField] = []
        func put(_ f: PyField) {
            if let i = fields.firstIndex(where: { $0.name == f.name }) { fields[i] = f } else { fields.append(f) }
        }
        var anyFrozenBase = false, hasDataclassBases = false
        for base in cls.mro.dropFirst().reversed() {
            if base.dict["__dataclass_fields__"] != nil, let i = infos[ObjectIdentifier(base)] {
                hasDataclassBases = true
                for f in i.fields { put(f) }
                if i.options.frozen { anyFrozenBase = true }
            }
        }
        // This class's own fields, from its annotations.
        var annotationNames: [String] = []
        var ownFields: [PyField] = []
        var kwOnly = options.kwOnly
        if case .dict(let annotations)? = cls.dict["__annotations__"] {
            for e in annotations.table.liveEntries {
                guard case .str(let nameStr) = e.key else { continue }
                let name = nameStr.string
                annotationNames.append(name)
                if isKwOnlyMarker(e.value) {
                    kwOnly = true
                    continue
                }
                ownFields.append(try makeField(interp, cls, name, e.value, kwOnly))
            }
        }
        for f in ownFields {
            put(f)
            if case .object(let d)? = cls.dict[f.name], d is PyField {
                if f.hasDefault { cls.dict[f.name] = f.defaultValue } else { cls.dict[f.name] = nil }
            }
        }
        for name in cls.attributeOrder {
            if case .object(let d)? = cls.dict[name], d is PyField, !annotationNames.contains(name) {
                throw PyException.typeError("'\(name)' is a field but has no type annotation")
            }
        }
        if hasDataclassBases {
            if anyFrozenBase && !options.frozen {
                throw PyException.typeError("cannot inherit non-frozen dataclass from a frozen one")
            }
            if !anyFrozenBase && options.frozen {
                throw PyException.typeError("cannot inherit frozen dataclass from a non-frozen one")
            }
        }
        let info = DataclassInfo(cls: cls, fields: fields, options: options)
        infos[ObjectIdentifier(cls)] = info
        let fieldsDict = PyDict()
        for f in fields { fieldsDict.set(f.name, .object(f)) }
        cls.dict["__dataclass_fields__"] = .dict(fieldsDict)

        let classHash = cls.dict["__hash__"]
        let hasExplicitHash = !(classHash == nil || (classHash!.isNone && cls.dict["__eq__"] != nil))
        if options.order && !options.eq { throw PyException.valueError("eq must be true if order is true") }

        let dataFields = fields.filter { $0.kind == .field }
        if options.initFn {
            var seenDefault = false
            for f in fields where f.kind != .classVar && f.isInit && !f.isKwOnly {
                if f.hasDefault || f.hasFactory {
                    seenDefault = true
                } else if seenDefault {
                    throw PyException.typeError("non-default argument '\(f.name)' follows default argument")
                }
            }
            setNew(cls, "__init__", makeInit(info))
        }
        if options.repr {
            let shown = dataFields.filter { $0.inRepr }
            setNew(cls, "__repr__") { interp, a in
                let me = a[0]
                guard case .object(let obj) = me else { return .none }
                let id = ObjectIdentifier(obj)
                if interp.reprInProgress.contains(id) { return .str(PyStr.from("...")) }
                interp.reprInProgress.insert(id)
                defer { interp.reprInProgress.remove(id) }
                var parts: [String] = []
                for f in shown { parts.append(f.name + "=" + (try interp.repr(try interp.getAttribute(me, f.name)))) }
                return .str(PyStr.from(pyType(me).qualifiedName + "(" + parts.joined(separator: ", ") + ")"))
            }
        }
        let compared = dataFields.filter { $0.inCompare }
        let comparedNames = compared.map { $0.name }
        func values(_ interp: Interp, _ v: Value, _ fs: [PyField]) throws -> Value {
            .tuple(PyTuple(try fs.map { try interp.getAttribute(v, $0.name) }))
        }
        /// A field's value: the instance's own attribute when it has one and no property or
        /// other class attribute could intercept the read, else a full attribute lookup.
        func field(_ interp: Interp, _ v: Value, _ name: String) throws -> Value {
            if case .object(let o) = v, let inst = o as? PyInstance, let own = inst.attribute(name) {
                if case .object(let ao)? = inst.cls.lookup(name), ao is PyProperty { return try interp.getAttribute(v, name) }
                return own
            }
            return try interp.getAttribute(v, name)
        }
        /// `(self.a, self.b, ...) op (other.a, other.b, ...)` without building the tuples.
        func compareFields(_ interp: Interp, _ x: Value, _ y: Value, _ op: Interp.Ordering?) throws -> Bool {
            for name in comparedNames {
                let a = try field(interp, x, name), b = try field(interp, y, name)
                if a.isIdentical(to: b) { continue }
                if try interp.equals(a, b) { continue }
                guard let op = op else { return false }
                return try interp.compare(a, b, op)
            }
            guard let op = op else { return true }
            return op == .le || op == .ge
        }
        if options.eq {
            setNew(cls, "__eq__") { interp, a in
                try a.expect("__eq__", 2)
                guard pyType(a[1]) === pyType(a[0]) else { return BuiltinTypes.notImplemented }
                return .bool(try compareFields(interp, a[0], a[1], nil))
            }
        }
        if options.order {
            for (name, op) in [("__lt__", Interp.Ordering.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
                if cls.dict[name] != nil {
                    throw PyException.typeError("Cannot overwrite attribute \(name) in class \(cls.name). Consider using functools.total_ordering")
                }
                cls.dict[name] = .object(PyBuiltinFunction(name) { interp, a in
                    try a.expect(name, 2)
                    guard pyType(a[1]) === pyType(a[0]) else { return BuiltinTypes.notImplemented }
                    return .bool(try compareFields(interp, a[0], a[1], op))
                })
            }
        }
        if options.frozen {
            let names = Set(fields.map { $0.name })
            for name in ["__setattr__", "__delattr__"] where cls.dict[name] != nil {
                throw PyException.typeError("Cannot overwrite attribute \(name) in class \(cls.name)")
            }
            let error = frozenError
            cls.dict["__setattr__"] = .object(PyBuiltinFunction("__setattr__") { interp, a in
                try a.expect("__setattr__", 3)
                guard case .str(let name) = a[1] else { throw PyException.typeError("attribute name must be string") }
                if pyType(a[0]) === cls || names.contains(name.string) {
                    throw PyException(error, "cannot assign to field '\(name.string)'")
                }
                try interp.setInstanceAttributeDirectly(a[0], name.string, a[2])
                return .none
            })
            cls.dict["__delattr__"] = .object(PyBuiltinFunction("__delattr__") { interp, a in
                try a.expect("__delattr__", 2)
                guard case .str(let name) = a[1] else { throw PyException.typeError("attribute name must be string") }
                if pyType(a[0]) === cls || names.contains(name.string) {
                    throw PyException(error, "cannot delete field '\(name.string)'")
                }
                guard case .object(let o) = a[0], let inst = o as? PyInstance, inst.removeAttribute(name.string) else {
                    throw PyException.attributeError(name.string)
                }
                return .none
            })
        }
        // __hash__, by CPython's table of (unsafe_hash, eq, frozen, explicit hash).
        let hashed = dataFields.filter { $0.inHash }
        let addHash: BuiltinBody = { interp, a in
            .int(try interp.hash(values(interp, a[0], hashed)))
        }
        switch (options.unsafeHash, options.eq, options.frozen, hasExplicitHash) {
        case (false, true, false, false):
            cls.dict["__hash__"] = Value.none
        case (false, true, true, false), (true, _, _, false):
            cls.dict["__hash__"] = .object(PyBuiltinFunction("__hash__", addHash))
        case (true, _, _, true):
            throw PyException.typeError("Cannot overwrite attribute __hash__ in class \(cls.name)")
        default:
            break
        }
        if options.matchArgs && cls.dict["__match_args__"] == nil {
            let names = fields.filter { $0.kind != .classVar && $0.isInit && !$0.isKwOnly }.map { Value.str(PyStr.from($0.name)) }
            cls.dict["__match_args__"] = .tuple(PyTuple(names))
        }
        return clsValue
    }

    private func isKwOnlyMarker(_ annotation: Value) -> Bool {
        if case .object(let o) = annotation, o === kwOnlyType { return true }
        if case .str(let s) = annotation { return s.string == "KW_ONLY" || s.string == "dataclasses.KW_ONLY" }
        return false
    }

    private func makeField(_ interp: Interp, _ cls: PyType, _ name: String, _ annotation: Value, _ kwOnly: Bool) throws -> PyField {
        let existing = cls.lookup(name)
        let f: PyField
        if case .object(let o)? = existing, let given = o as? PyField {
            f = given
        } else {
            f = PyField(type: fieldType)
            f.defaultValue = existing ?? missing
            f.defaultFactory = missing
            f.kwOnly = missing
            f.missing = missing
        }
        f.name = name
        f.named = true
        f.annotation = annotation
        f.kind = .field
        if case .object(let o) = annotation {
            if o === BuiltinTypes.typingClassVar { f.kind = .classVar }
            if o === initVarType { f.kind = .initVar }
        } else if case .str(let s) = annotation {
            let text = s.string.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("ClassVar") || text.hasPrefix("typing.ClassVar") { f.kind = .classVar }
            if text.hasPrefix("InitVar") || text.hasPrefix("dataclasses.InitVar") { f.kind = .initVar }
        }
        if f.kind != .field && f.hasFactory {
            throw PyException.typeError("field \(name) cannot have a default factory")
        }
        f.isInit = try interp.truthy(f.initValue)
        f.inRepr = try interp.truthy(f.reprValue)
        f.inCompare = try interp.truthy(f.compareValue)
        f.inHash = f.hashValue.isNone ? f.inCompare : try interp.truthy(f.hashValue)
        if f.kind == .field || f.kind == .initVar {
            if f.kwOnly.isIdentical(to: missing) {
                f.isKwOnly = kwOnly
                f.kwOnly = .bool(kwOnly)
            } else {
                f.isKwOnly = try interp.truthy(f.kwOnly)
            }
        } else if !f.kwOnly.isIdentical(to: missing) {
            throw PyException.typeError("field \(name) is a ClassVar but specifies kw_only")
        }
        if f.kind == .field && f.hasDefault, unhashableDefault(interp, f.defaultValue) {
            throw PyException.valueError("mutable default \(try interp.repr(.object(pyType(f.defaultValue)))) for field \(name) is not allowed: use default_factory")
        }
        return f
    }

    /// A default whose class has `__hash__ = None` (list, dict, set, an eq-only class).
    private func unhashableDefault(_ interp: Interp, _ v: Value) -> Bool {
        switch v {
        case .list, .dict: return true
        case .object(let o):
            if let s = o as? PySet { return !s.frozen }
            if let b = o as? PyBytes { return b.mutable }
            if let inst = o as? PyInstance, !inst.cls.isBuiltin, case .none? = inst.cls.lookup("__hash__") { return true }
            return false
        default: return false
        }
    }

    /// Adds a method unless the class body defined one.
    private func setNew(_ cls: PyType, _ name: String, _ body: @escaping BuiltinBody) {
        if cls.dict[name] == nil { cls.dict[name] = .object(PyBuiltinFunction(name, body)) }
    }

    // MARK: __init__

    private func makeInit(_ info: DataclassInfo) -> BuiltinBody {
        let cls = info.cls
        let qualified = cls.qualifiedName + ".__init__"
        let initFields = info.fields.filter { $0.kind != .classVar && $0.isInit }
        let positional = initFields.filter { !$0.isKwOnly }
        let keywordOnly = initFields.filter { $0.isKwOnly }
        let frozen = info.options.frozen
        let hasPostInit = cls.lookup("__post_init__") != nil
        return { interp, a in
            guard a.count >= 1 else { throw PyException.typeError("\(qualified)() missing 1 required positional argument: 'self'") }
            let me = a[0]
            let given = a.count - 1
            var values: [String: Value] = [:]
            let required = positional.filter { !$0.hasDefault && !$0.hasFactory }.count
            if given > positional.count {
                let takes = required == positional.count ? "\(positional.count + 1)" : "from \(required + 1) to \(positional.count + 1)"
                let kwGiven = a.keywords.filter { k in keywordOnly.contains { $0.name == k.0 } }.count
                var msg = "\(qualified)() takes \(takes) positional argument\(takes == "1" ? "" : "s") but \(given + 1)"
                if kwGiven > 0 {
                    msg += " positional argument\(given + 1 == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given"
                } else {
                    msg += given + 1 == 1 ? " was given" : " were given"
                }
                throw PyException.typeError(msg)
            }
            for i in 0..<given { values[positional[i].name] = a[i + 1] }
            for (k, v) in a.keywords {
                guard initFields.contains(where: { $0.name == k }) else {
                    throw PyException.typeError("\(qualified)() got an unexpected keyword argument '\(k)'")
                }
                if values[k] != nil { throw PyException.typeError("\(qualified)() got multiple values for argument '\(k)'") }
                values[k] = v
            }
            let missingPositional = positional.filter { values[$0.name] == nil && !$0.hasDefault && !$0.hasFactory }.map { $0.name }
            if !missingPositional.isEmpty {
                throw PyException.typeError("\(qualified)() missing \(missingPositional.count) required positional argument\(missingPositional.count == 1 ? "" : "s"): \(Interp.listNames(missingPositional))")
            }
            let missingKeyword = keywordOnly.filter { values[$0.name] == nil && !$0.hasDefault && !$0.hasFactory }.map { $0.name }
            if !missingKeyword.isEmpty {
                throw PyException.typeError("\(qualified)() missing \(missingKeyword.count) required keyword-only argument\(missingKeyword.count == 1 ? "" : "s"): \(Interp.listNames(missingKeyword))")
            }
            var initVars: [Value] = []
            for f in info.fields where f.kind != .classVar {
                let value: Value
                if let v = values[f.name] {
                    value = v
                } else if f.hasFactory {
                    value = try interp.call(f.defaultFactory, Arguments())
                } else if f.isInit && f.hasDefault {
                    value = f.defaultValue
                } else {
                    continue
                }
                if f.kind == .initVar {
                    initVars.append(value)
                    continue
                }
                if frozen {
                    try interp.setInstanceAttributeDirectly(me, f.name, value)
                } else {
                    try interp.setAttribute(me, f.name, value)
                }
            }
            // InitVars with defaults still reach __post_init__.
            if hasPostInit {
                _ = try interp.call(try interp.getAttribute(me, "__post_init__"), Arguments(initVars))
            }
            return .none
        }
    }

    // MARK: asdict / astuple

    func convert(_ interp: Interp, _ v: Value, asDict: Bool, factory: Value?) throws -> Value {
        if isInstance(v), let fields = fieldsOf(v) {
            var pairs: [Value] = []
            for f in fields where f.kind == .field {
                let inner = try convert(interp, try interp.getAttribute(v, f.name), asDict: asDict, factory: factory)
                pairs.append(asDict ? .tuple(PyTuple([.str(PyStr.from(f.name)), inner])) : inner)
            }
            if let factory = factory, !factory.isNone {
                return try interp.call(factory, Arguments([.list(PyList(pairs))]))
            }
            if asDict {
                let d = PyDict()
                for p in pairs {
                    guard case .tuple(let t) = p else { continue }
                    try d.set(t.items[0], t.items[1], interp)
                }
                return .dict(d)
            }
            return .tuple(PyTuple(pairs))
        }
        switch v {
        case .list(let l):
            return .list(PyList(try l.items.map { try convert(interp, $0, asDict: asDict, factory: factory) }))
        case .tuple(let t):
            return .tuple(PyTuple(try t.items.map { try convert(interp, $0, asDict: asDict, factory: factory) }))
        case .dict(let d):
            if d.kind == .defaultDict { throw PyException.typeError("first argument must be callable or None") }
            let out = PyDict()
            out.kind = d.kind
            for e in d.table.liveEntries {
                try out.set(try convert(interp, e.key, asDict: asDict, factory: factory),
                            try convert(interp, e.value, asDict: asDict, factory: factory), interp)
            }
            return .dict(out)
        case .object(let o):
            if let s = o as? PySet {
                let copy = PySet(frozen: s.frozen)
                for e in s.elements { try copy.add(try deepCopy(interp, e), interp) }
                return .object(copy)
            }
            if let r = o as? PyRecord {
                let copy = PyRecord(cls: r.cls)
                copy.values = try r.values.map { try convert(interp, $0, asDict: asDict, factory: factory) }
                for (i, e) in r.attributeDict().table.liveEntries.enumerated() {
                    guard case .str(let k) = e.key else { continue }
                    copy.setAttribute(k.string, i < copy.values.count ? copy.values[i] : e.value)
                }
                return .object(copy)
            }
            return try deepCopy(interp, v)
        default:
            return v
        }
    }

    /// copy.deepcopy for the values dataclass fields usually hold.
    func deepCopy(_ interp: Interp, _ v: Value) throws -> Value {
        switch v {
        case .list(let l): return .list(PyList(try l.items.map { try deepCopy(interp, $0) }))
        case .tuple(let t): return .tuple(PyTuple(try t.items.map { try deepCopy(interp, $0) }))
        case .dict(let d):
            let out = PyDict()
            out.kind = d.kind
            out.defaultFactory = d.defaultFactory
            for e in d.table.liveEntries { try out.set(try deepCopy(interp, e.key), try deepCopy(interp, e.value), interp) }
            return .dict(out)
        case .object(let o):
            if let s = o as? PySet {
                let copy = PySet(frozen: s.frozen)
                for e in s.elements { try copy.add(try deepCopy(interp, e), interp) }
                return .object(copy)
            }
            if let b = o as? PyBytes, b.mutable { return .object(PyBytes(b.bytes, mutable: true)) }
            if let inst = o as? PyInstance, !(inst is PyBaseException), !inst.cls.isBuiltin, inst.cls.module == "__main__" {
                let copy = PyInstance(cls: inst.cls)
                for e in inst.attributeDict().table.liveEntries {
                    guard case .str(let k) = e.key else { continue }
                    copy.setAttribute(k.string, try deepCopy(interp, e.value))
                }
                return .object(copy)
            }
            return v
        default:
            return v
        }
    }
}
