/// An error raised by the text layer (string algorithms, formatting), named by the Python
/// exception it becomes. The runtime turns it into that exception when it crosses into Python.
/// The text layer knows nothing of the object model, so it names the type instead of building it.
public struct TextError: Error, Equatable {
    public var pythonType: String   // "ValueError", "TypeError", "IndexError", "OverflowError", "MemoryError"
    public var message: String
    public init(_ pythonType: String, _ message: String) {
        self.pythonType = pythonType
        self.message = message
    }
    public static func valueError(_ m: String) -> TextError { TextError("ValueError", m) }
    public static func typeError(_ m: String) -> TextError { TextError("TypeError", m) }
}
