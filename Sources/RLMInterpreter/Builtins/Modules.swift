/// The modules a sandboxed program may import. Each is built on first import per session.
/// Anything else raises ImportError naming the allowed set, so a model learns it in one step.
enum ModuleRegistry {
    nonisolated(unsafe) static var factories: [String: (Interp) -> PyModule] = [
        "typing": { _ in makeTypingModule() },
        "json": { interp in makeJSONModule(interp) },
        "copy": { _ in makeCopyModule() },
        "operator": { _ in makeOperatorModule() },
        "collections": makeCollectionsModule,
        "heapq": makeHeapqModule,
        "bisect": makeBisectModule,
        "itertools": makeItertoolsModule,
        "functools": makeFunctoolsModule,
        "math": { makeMathModule($0) },
        "statistics": { makeStatisticsModule($0) },
        "string": { makeStringModule($0) },
        "textwrap": { makeTextwrapModule($0) },
        "dataclasses": { makeDataclassesModule($0) },
        "random": { makeRandomModule($0) },
        "datetime": { makeDatetimeModule($0) },
        "time": { makeTimeModule($0) },
        "__future__": { makeFutureModule($0) },
        "re": { interp in makeReModule(interp) },
    ]

    static var available: [String] { factories.keys.filter { !$0.hasPrefix("_") }.sorted() }
}

extension Interp {
    func importModule(_ name: String) throws -> PyModule {
        if let m = modules[name] { return m }
        guard let factory = ModuleRegistry.factories[name] else {
            let root = String(name.split(separator: ".").first ?? Substring(name))
            let list = ModuleRegistry.available.joined(separator: ", ")
            let type = ModuleRegistry.factories[root] == nil ? BuiltinTypes.moduleNotFoundError : BuiltinTypes.importError
            let error = PyException(type, "module '\(name)' is not available in the sandbox; available modules: \(list)")
            error.object.setAttribute("name", .str(PyStr.from(name)))
            throw error
        }
        let m = factory(self)
        modules[name] = m
        return m
    }
}

/// `typing`: the names models annotate with. Annotations are not evaluated, but the names
/// must import, and `List[int]` in an evaluated position must not fail.
private func makeTypingModule() -> PyModule {
    var dict: [String: Value] = [:]
    let alias = BuiltinTypes.typingAlias
    for name in ["Any", "Optional", "Union", "Callable", "Iterable", "Iterator", "Generator", "Sequence",
                 "Mapping", "MutableMapping", "MutableSequence", "Hashable", "Sized", "Literal", "Final",
                 "ClassVar", "Type", "NoReturn", "Protocol", "TypeVar", "Generic", "Pattern", "Match",
                 "AnyStr", "Collection", "Container", "Awaitable", "Coroutine", "NamedTuple", "TypedDict",
                 "Annotated", "Self", "Never"] {
        dict[name] = .object(alias)
    }
    dict["ClassVar"] = .object(BuiltinTypes.typingClassVar)
    dict["List"] = .object(BuiltinTypes.list)
    dict["Dict"] = .object(BuiltinTypes.dict)
    dict["Set"] = .object(BuiltinTypes.set)
    dict["FrozenSet"] = .object(BuiltinTypes.frozenset)
    dict["Tuple"] = .object(BuiltinTypes.tuple)
    dict["DefaultDict"] = .object(BuiltinTypes.defaultDict)
    dict["Counter"] = .object(BuiltinTypes.counter)
    dict["OrderedDict"] = .object(BuiltinTypes.orderedDict)
    dict["Deque"] = .object(BuiltinTypes.deque)
    dict["TYPE_CHECKING"] = .false
    dict["cast"] = .object(PyBuiltinFunction("cast") { _, a in a.count == 2 ? a[1] : .none })
    dict["overload"] = .object(PyBuiltinFunction("overload") { _, a in a.count == 1 ? a[0] : .none })
    return PyModule(name: "typing", dict: dict)
}

extension BuiltinTypes {
    /// The type of typing's special forms; subscripting one gives itself back.
    static let typingAlias = PyType(builtin: "_SpecialForm", base: object)
    /// typing.ClassVar on its own, so dataclasses can tell class variables from fields.
    static let typingClassVar = PyType(builtin: "_SpecialForm", base: object)
}
