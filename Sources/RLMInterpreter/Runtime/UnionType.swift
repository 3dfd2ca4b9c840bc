/// `int | None`: PEP 604 unions of types, as annotations and isinstance() use them.
final class PyUnionType: PyObject, CustomRepr {
    let members: [Value]
    override var type: PyType { PyUnionType.unionType }
    static let unionType: PyType = {
        let t = PyType(builtin: "UnionType", base: BuiltinTypes.object)
        t.module = "types"
        return t
    }()
    init(_ members: [Value]) { self.members = members }

    /// The union `a | b` when both sides are types, None or unions; nil otherwise.
    static func make(_ a: Value, _ b: Value) -> Value? {
        func parts(_ v: Value) -> [Value]? {
            switch v {
            case .none: return [v]
            case .object(let o):
                if o is PyType { return [v] }
                if let u = o as? PyUnionType { return u.members }
                return nil
            default: return nil
            }
        }
        guard let x = parts(a), let y = parts(b) else { return nil }
        var members: [Value] = []
        for m in x + y where !members.contains(where: { $0.isIdentical(to: m) }) { members.append(m) }
        return .object(PyUnionType(members))
    }

    func repr(_ interp: Interp) throws -> String {
        try members.map { m -> String in
            if case .object(let o) = m, let t = o as? PyType {
                return t.isBuiltin && t.module == "builtins" ? t.name : "\(t.module).\(t.qualifiedName)"
            }
            return try interp.repr(m)
        }.joined(separator: " | ")
    }
}
