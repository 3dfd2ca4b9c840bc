import Foundation

/// Where a program's printed text goes. A run captures its output here (never the process's
/// stdout); the embedder reads it back, or streams it through `onWrite`.
public final class OutputBuffer {
    public private(set) var text = ""
    /// Bytes written so far (UTF-8).
    public private(set) var byteCount = 0
    /// Called with each piece as it is written, in addition to capturing it.
    public var onWrite: ((String) -> Void)?
    /// When false, pieces go to `onWrite` only (the CLI streams and keeps nothing).
    public var captures = true

    public init() {}

    public func write(_ s: String) {
        byteCount += s.utf8.count
        if captures { text += s }
        onWrite?(s)
    }

    public func reset() {
        text = ""
        byteCount = 0
    }
}

/// The execution context of one thread of Python: output, recursion depth, the exception
/// being handled, imported modules. One per session; evaluation nodes reach it through
/// their frame.
public final class Interp {
    public let output = OutputBuffer()
    var callDepth = 0
    public var recursionLimit = 1000
    /// The exceptions currently being handled (innermost last), for bare `raise` and for
    /// chaining `__context__`.
    var handling: [PyBaseException] = []
    /// Modules imported in this session, by name.
    var modules: [String: PyModule] = [:]
    /// Names of the source files compiled in this session, with their lines, for tracebacks.
    var sources: [String: [Substring]] = [:]
    /// Containers whose repr is being built, so self-references print as `[...]`.
    var reprInProgress = Set<ObjectIdentifier>()
    /// The session's module globals (for globals()).
    weak var globals: Globals?

    public init() {
        installBuiltinMethods()
    }

    /// An Interp for hashing and comparing keys that never run user code (str keys from Swift).
    static let keyOnly = Interp()

    func enterCall() throws {
        callDepth += 1
        if callDepth > recursionLimit {
            callDepth -= 1
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
    }

    @inline(__always)
    func leaveCall() { callDepth -= 1 }
}
