/// Fills the built-in types' method tables and the builtins namespace, once per process.
private let installation: Void = {
    installConstructors()
    installStrMethods()
    installListMethods()
    installDictMethods()
    installSetMethods()
    installNumberMethods()
    installGeneratorMethods()
    installBytesMethods()
    installRangeMethods()
    BuiltinTypes.typingAlias.constructor = { _, t, _ in .object(t) }
    Builtins.install()
}()

func installBuiltinMethods() {
    _ = installation
}

func installGeneratorMethods() {
    let t = BuiltinTypes.generator
    func generator(_ a: Arguments) throws -> PyGenerator {
        guard case .object(let o) = a[0], let g = o as? PyGenerator else {
            throw PyException.typeError("descriptor requires a 'generator' object")
        }
        return g
    }
    defineMethod(t, "send") { interp, a in
        let g = try generator(a)
        try a.expectAfterSelf("send", 1)
        guard let v = try g.resume(interp, send: a[1], throwing: nil) else { throw PyException.stopIteration(g.returnValue.isNone ? nil : g.returnValue) }
        return v
    }
    defineMethod(t, "throw") { interp, a in
        let g = try generator(a)
        guard a.count >= 2 else { throw PyException.typeError("throw expected at least 1 argument, got 0") }
        var exc = try interp.makeException(a[1])
        if a.count >= 3, case .object(let o) = a[1], o is PyType {
            exc = try interp.makeException(try interp.call(a[1], Arguments([a[2]])))
        }
        guard let v = try g.resume(interp, send: .none, throwing: exc) else { throw PyException.stopIteration(g.returnValue.isNone ? nil : g.returnValue) }
        return v
    }
    defineMethod(t, "close") { interp, a in
        try generator(a).close(interp)
        return .none
    }
    defineMethod(t, "__next__") { interp, a in
        let g = try generator(a)
        guard let v = try g.next(interp) else { throw PyException.stopIteration() }
        return v
    }
    defineMethod(t, "__iter__") { _, a in a[0] }
    defineMethod(BuiltinTypes.iterator, "__next__") { interp, a in
        guard let v = try interp.nextItem(a[0]) else { throw PyException.stopIteration() }
        return v
    }
    defineMethod(BuiltinTypes.iterator, "__iter__") { _, a in a[0] }
    for t in [BuiltinTypes.enumerate, BuiltinTypes.zip, BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.reversed] {
        t.dict["__next__"] = BuiltinTypes.iterator.dict["__next__"]
        t.dict["__iter__"] = BuiltinTypes.iterator.dict["__iter__"]
    }
}
