/// The built-in type objects. They are created once per process and shared by every session;
/// their method tables are filled by `installBuiltinMethods()` before the first session runs
/// and never change afterwards (built-in types refuse attribute assignment), so sharing them
/// across threads is safe.
public enum BuiltinTypes {
    public static let object = PyType(builtin: "object", base: nil)
    public static let type = PyType(builtin: "type", base: object)
    public static let none = PyType(builtin: "NoneType", base: object)
    public static let notImplementedType = PyType(builtin: "NotImplementedType", base: object)
    public static let ellipsisType = PyType(builtin: "ellipsis", base: object)
    public static let int = PyType(builtin: "int", base: object)
    public static let bool = PyType(builtin: "bool", base: int)
    public static let float = PyType(builtin: "float", base: object)
    public static let complex = PyType(builtin: "complex", base: object)
    public static let str = PyType(builtin: "str", base: object)
    public static let bytes = PyType(builtin: "bytes", base: object)
    public static let bytearray = PyType(builtin: "bytearray", base: object)
    public static let list = PyType(builtin: "list", base: object)
    public static let tuple = PyType(builtin: "tuple", base: object)
    public static let dict = PyType(builtin: "dict", base: object)
    public static let set = PyType(builtin: "set", base: object)
    public static let frozenset = PyType(builtin: "frozenset", base: object)
    public static let range = PyType(builtin: "range", base: object)
    public static let slice = PyType(builtin: "slice", base: object)
    public static let function = PyType(builtin: "function", base: object)
    public static let builtinFunction = PyType(builtin: "builtin_function_or_method", base: object)
    public static let method = PyType(builtin: "method", base: object)
    public static let property = PyType(builtin: "property", base: object)
    public static let classmethod = PyType(builtin: "classmethod", base: object)
    public static let staticmethod = PyType(builtin: "staticmethod", base: object)
    public static let superType = PyType(builtin: "super", base: object)
    public static let module = PyType(builtin: "module", base: object)
    public static let iterator = PyType(builtin: "iterator", base: object)
    public static let generator = PyType(builtin: "generator", base: object)
    public static let cell = PyType(builtin: "cell", base: object)

    // Exceptions (CPython's hierarchy, the part a sandbox can raise).
    public static let baseException = PyType(builtin: "BaseException", base: object, layout: .exception)
    public static let systemExit = exc("SystemExit", baseException)
    public static let keyboardInterrupt = exc("KeyboardInterrupt", baseException)
    public static let generatorExit = exc("GeneratorExit", baseException)
    public static let exception = exc("Exception", baseException)
    public static let arithmeticError = exc("ArithmeticError", exception)
    public static let floatingPointError = exc("FloatingPointError", arithmeticError)
    public static let overflowError = exc("OverflowError", arithmeticError)
    public static let zeroDivisionError = exc("ZeroDivisionError", arithmeticError)
    public static let assertionError = exc("AssertionError", exception)
    public static let attributeError = exc("AttributeError", exception)
    public static let eofError = exc("EOFError", exception)
    public static let importError = exc("ImportError", exception)
    public static let moduleNotFoundError = exc("ModuleNotFoundError", importError)
    public static let lookupError = exc("LookupError", exception)
    public static let indexError = exc("IndexError", lookupError)
    public static let keyError = exc("KeyError", lookupError)
    public static let memoryError = exc("MemoryError", exception)
    public static let nameError = exc("NameError", exception)
    public static let unboundLocalError = exc("UnboundLocalError", nameError)
    public static let osError = exc("OSError", exception)
    public static let fileNotFoundError = exc("FileNotFoundError", osError)
    public static let fileExistsError = exc("FileExistsError", osError)
    public static let isADirectoryError = exc("IsADirectoryError", osError)
    public static let notADirectoryError = exc("NotADirectoryError", osError)
    public static let permissionError = exc("PermissionError", osError)
    public static let timeoutError = exc("TimeoutError", osError)
    public static let connectionError = exc("ConnectionError", osError)
    public static let brokenPipeError = exc("BrokenPipeError", connectionError)
    public static let connectionAbortedError = exc("ConnectionAbortedError", connectionError)
    public static let connectionRefusedError = exc("ConnectionRefusedError", connectionError)
    public static let connectionResetError = exc("ConnectionResetError", connectionError)
    public static let interruptedError = exc("InterruptedError", osError)
    public static let blockingIOError = exc("BlockingIOError", osError)
    public static let bufferError = exc("BufferError", exception)
    public static let referenceError = exc("ReferenceError", exception)
    public static let systemError = exc("SystemError", exception)
    public static let tabError = exc("TabError", indentationError)
    public static let runtimeWarning = exc("RuntimeWarning", warning)
    public static let futureWarning = exc("FutureWarning", warning)
    public static let syntaxWarning = exc("SyntaxWarning", warning)
    public static let runtimeError = exc("RuntimeError", exception)
    public static let notImplementedError = exc("NotImplementedError", runtimeError)
    public static let recursionError = exc("RecursionError", runtimeError)
    public static let stopIteration = exc("StopIteration", exception)
    public static let syntaxError = exc("SyntaxError", exception)
    public static let indentationError = exc("IndentationError", syntaxError)
    public static let typeError = exc("TypeError", exception)
    public static let valueError = exc("ValueError", exception)
    public static let unicodeError = exc("UnicodeError", valueError)
    public static let unicodeDecodeError = exc("UnicodeDecodeError", unicodeError)
    public static let unicodeEncodeError = exc("UnicodeEncodeError", unicodeError)
    public static let warning = exc("Warning", exception)
    public static let userWarning = exc("UserWarning", warning)
    public static let deprecationWarning = exc("DeprecationWarning", warning)

    private static func exc(_ name: String, _ base: PyType) -> PyType {
        PyType(builtin: name, base: base, layout: .exception)
    }

    /// Every exception type, for the builtins namespace.
    static var exceptionTypes: [PyType] {
        [baseException, systemExit, keyboardInterrupt, generatorExit, exception, arithmeticError,
         floatingPointError, overflowError, zeroDivisionError, assertionError, attributeError,
         eofError, importError, moduleNotFoundError, lookupError, indexError, keyError, memoryError,
         nameError, unboundLocalError, osError, fileNotFoundError, fileExistsError,
         isADirectoryError, notADirectoryError, permissionError, timeoutError, runtimeError,
         notImplementedError, recursionError, stopIteration, syntaxError, indentationError,
         typeError, valueError, unicodeError, unicodeDecodeError, unicodeEncodeError, warning,
         userWarning, deprecationWarning, connectionError, brokenPipeError, connectionAbortedError,
         connectionRefusedError, connectionResetError, interruptedError, blockingIOError, bufferError,
         referenceError, systemError, tabError, runtimeWarning, futureWarning, syntaxWarning]
    }

    /// Looks an exception type up by name (for errors raised by layers that only know names).
    static func exceptionType(named name: String) -> PyType {
        exceptionTypes.first { $0.name == name } ?? runtimeError
    }

    public static let notImplemented = Value.object(PySingleton("NotImplemented", notImplementedType))
    public static let ellipsis = Value.object(PySingleton("Ellipsis", ellipsisType))
}

/// A Python exception travelling through Swift code.
public struct PyException: Error, CustomStringConvertible {
    public let object: PyBaseException

    public init(_ object: PyBaseException) { self.object = object }

    public init(_ type: PyType, _ message: String) {
        let e = PyBaseException(cls: type)
        e.args = [.str(PyStr.from(message))]
        self.object = e
    }

    public init(_ type: PyType, args: [Value]) {
        let e = PyBaseException(cls: type)
        e.args = args
        self.object = e
    }

    public var type: PyType { object.cls }
    public var typeName: String { object.cls.name }

    public var description: String { "\(typeName): \(messageText)" }

    /// The text after "Type: " in a traceback (str() of the exception, without user code).
    public var messageText: String {
        let args = object.args
        if args.isEmpty { return "" }
        if args.count == 1 {
            if case .str(let s) = args[0] {
                if object.cls.isSubtype(of: BuiltinTypes.keyError) { return reprString(args[0]) }
                return s.string
            }
            return reprString(args[0])
        }
        return reprString(.tuple(PyTuple(args)))
    }

    public static func typeError(_ m: String) -> PyException { PyException(BuiltinTypes.typeError, m) }
    public static func valueError(_ m: String) -> PyException { PyException(BuiltinTypes.valueError, m) }
    public static func indexError(_ m: String) -> PyException { PyException(BuiltinTypes.indexError, m) }
    public static func attributeError(_ m: String) -> PyException { PyException(BuiltinTypes.attributeError, m) }
    public static func nameError(_ m: String) -> PyException { PyException(BuiltinTypes.nameError, m) }
    public static func zeroDivision(_ m: String) -> PyException { PyException(BuiltinTypes.zeroDivisionError, m) }
    public static func overflow(_ m: String) -> PyException { PyException(BuiltinTypes.overflowError, m) }
    public static func runtimeError(_ m: String) -> PyException { PyException(BuiltinTypes.runtimeError, m) }
    public static func keyError(_ key: Value) -> PyException { PyException(BuiltinTypes.keyError, args: [key]) }
    public static func stopIteration(_ value: Value? = nil) -> PyException {
        PyException(BuiltinTypes.stopIteration, args: value.map { [$0] } ?? [])
    }
    public static func notImplemented(_ m: String) -> PyException { PyException(BuiltinTypes.notImplementedError, m) }
}

extension TextError {
    var asPython: PyException { PyException(BuiltinTypes.exceptionType(named: pythonType), message) }
}
