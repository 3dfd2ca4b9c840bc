/// `__future__`: the feature records. The compiler acts on `from __future__ import
/// annotations` (class-body annotations are then kept as strings); the other features are
/// already the language's behaviour.
let futureFeatures: [(String, String)] = [
    ("nested_scopes", "_Feature((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16)"),
    ("generators", "_Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0)"),
    ("division", "_Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072)"),
    ("absolute_import", "_Feature((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 262144)"),
    ("with_statement", "_Feature((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 524288)"),
    ("print_function", "_Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 1048576)"),
    ("unicode_literals", "_Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 2097152)"),
    ("barry_as_FLUFL", "_Feature((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 4194304)"),
    ("generator_stop", "_Feature((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 8388608)"),
    ("annotations", "_Feature((3, 7, 0, 'beta', 1), None, 16777216)"),
]

/// A `__future__._Feature` (only its repr matters).
final class PyFutureFeature: PyObject, CustomRepr {
    let text: String
    let featureType: PyType
    override var type: PyType { featureType }
    init(_ text: String, _ type: PyType) {
        self.text = text
        self.featureType = type
    }
    func repr(_ interp: Interp) throws -> String { text }
}

func makeFutureModule(_ interp: Interp) -> PyModule {
    let t = PyType(builtin: "_Feature", base: BuiltinTypes.object)
    t.module = "__future__"
    var dict: [String: Value] = [:]
    for (name, text) in futureFeatures { dict[name] = .object(PyFutureFeature(text, t)) }
    dict["all_feature_names"] = .list(PyList(futureFeatures.map { .str(PyStr.from($0.0)) }))
    return PyModule(name: "__future__", dict: dict)
}
