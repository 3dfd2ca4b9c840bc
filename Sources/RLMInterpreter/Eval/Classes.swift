/// `class` statements: run the body in a fresh namespace, then build the type.
final class MakeClassNode: ExprNode {
    let name: String
    let qualifiedName: String
    let bases: [ExprNode]
    let code: FunctionCode
    let closureCells: [Int]
    /// The body's `__class__` cell, filled with the new class (for zero-argument super()).
    let classCell: Int?
    /// The class's docstring (`__doc__`; None when the body does not start with a string).
    var docstring: String?

    init(name: String, qualifiedName: String, bases: [ExprNode], code: FunctionCode, closureCells: [Int],
         classCell: Int?, line: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.bases = bases
        self.code = code
        self.closureCells = closureCells
        self.classCell = classCell
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        let interp = f.interp
        var baseTypes: [PyType] = []
        for b in bases {
            let v = try b.eval(f)
            guard case .object(let o) = v, let t = o as? PyType else {
                throw PyException.typeError("bases must be types")
            }
            if t.isBuiltin && t.layout != .exception && t !== BuiltinTypes.object {
                throw PyException.typeError("subclassing the built-in type '\(t.name)' is not supported in the sandbox")
            }
            baseTypes.append(t)
        }
        if baseTypes.isEmpty { baseTypes = [BuiltinTypes.object] }
        for (i, t) in baseTypes.enumerated() where baseTypes[..<i].contains(where: { $0 === t }) {
            throw PyException.typeError("duplicate base class \(t.name)")
        }
        let mro: [PyType]
        switch PyType.linearizeOrConflict(bases: baseTypes) {
        case .success(let m): mro = m
        case .failure(let conflict):
            // CPython's message has this line break.
            let names = conflict.heads.map { $0.name }.joined(separator: ", ")
            throw PyException.typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
        }
        let frame = Frame(interp: interp, globals: f.globals, code: code, closure: closureCells.map { f.cells[$0] })
        let namespace = PyDict()
        namespace.set("__module__", .str(PyStr.from("__main__")))
        namespace.set("__qualname__", .str(PyStr.from(qualifiedName)))
        frame.classNamespace = namespace
        do {
            _ = try code.body.exec(frame)
        } catch let e as PyException {
            e.object.addTraceback(frame, function: name)
            throw e
        }
        var dict: [String: Value] = [:]
        var fieldOrder: [String] = []
        for e in namespace.table.liveEntries {
            guard case .str(let k) = e.key else { continue }
            dict[k.string] = e.value
            fieldOrder.append(k.string)
        }
        dict["__module__"] = nil
        dict["__qualname__"] = nil
        if dict["__doc__"] == nil { dict["__doc__"] = docstring.map { .str(PyStr.from($0)) } ?? Value.none }
        let t = PyType(name: name, qualifiedName: qualifiedName, bases: baseTypes, dict: dict, mro: mro)
        t.attributeOrder = fieldOrder
        // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
        if dict["__eq__"] != nil && dict["__hash__"] == nil { t.dict["__hash__"] = Value.none }
        if let c = classCell { frame.cells[c].value = .object(t) }
        return .object(t)
    }
}

/// `name: annotation [= value]` in a class body: assigns the value (if any), then records the
/// evaluated annotation in the namespace's `__annotations__` dict, in source order.
final class ClassAnnotationStmt: StmtNode {
    let name: String
    let annotation: ExprNode
    let value: ExprNode?
    let target: TargetNode?

    init(name: String, annotation: ExprNode, value: ExprNode?, target: TargetNode?, line: Int) {
        self.name = name
        self.annotation = annotation
        self.value = value
        self.target = target
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Flow {
        if let value = value, let target = target { try target.assign(f, try value.eval(f)) }
        let a = try annotation.eval(f)
        guard let ns = f.classNamespace else { return .normal }
        let key = Value.str(PyStr.from("__annotations__"))
        let annotations: PyDict
        if case .dict(let d)? = try ns.get(key, f.interp) {
            annotations = d
        } else {
            annotations = PyDict()
            try ns.set(key, .dict(annotations), f.interp)
        }
        annotations.set(name, a)
        return .normal
    }
}
