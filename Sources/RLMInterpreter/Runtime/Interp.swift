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
    /// Bytes kept per run; what is printed beyond it is dropped and counted.
    public var limit: Int?
    /// Bytes dropped because of the limit.
    public private(set) var droppedBytes = 0

    public init() {}

    public func write(_ s: String) {
        let n = s.utf8.count
        if let limit = limit, byteCount + n > limit {
            let room = max(0, limit - byteCount)
            droppedBytes += n - room
            if room == 0 { return }
            // Cut at a character boundary that fits (one pass: dropping characters one at a
            // time from a huge string took quadratic time past the run's limits).
            var end = s.utf8.index(s.utf8.startIndex, offsetBy: room)
            while end > s.startIndex && end.samePosition(in: s) == nil {
                end = s.utf8.index(before: end)
            }
            let kept = String(s[..<end])
            droppedBytes += room - kept.utf8.count
            append(kept)
            return
        }
        append(s)
    }

    private func append(_ s: String) {
        byteCount += s.utf8.count
        if captures { text += s }
        onWrite?(s)
    }

    /// Ends a run: says how much output the limit dropped, if any.
    func finish() {
        guard droppedBytes > 0 else { return }
        let marker = "\n[output truncated: \(droppedBytes) more bytes were dropped (limit \(limit ?? 0) bytes)]\n"
        if captures { text += marker }
        onWrite?(marker)
    }

    public func reset() {
        text = ""
        byteCount = 0
        droppedBytes = 0
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
    /// The session's module globals (for globals()). Strong: a weak reference would give
    /// Globals a side table and make every retain of it take the runtime's slow path.
    var globals: Globals?

    // Limits (see Limits.swift).
    var limits = Limits()
    let cancellation = CancellationFlag()
    var deadline: UInt64?
    var ticksUntilCheck = Interp.ticksPerCheck
    /// The last `%` template and its parsed directives (a loop formats the same constant).
    var percentFormatCache: (template: PyStr, pieces: [PercentPiece], error: TextError?)?
    var checksSinceMemory = 0
    var baselineResidentBytes = 0
    /// Depth of nested container operations (repr, equality...) that recurse in Swift.
    var nestingDepth = 0
    /// Suspended generators whose last reference went away, waiting to be closed at a safe
    /// point (see PyGenerator.deinit).
    var abandonedGenerators: [PyGenerator] = []
    /// Set when the session is being torn down: abandoned generators are then dropped
    /// without running their finally blocks.
    var isShutDown = false
    /// Functions keeping spare frames, unretained (a function removes itself when freed).
    /// Each frame holds this interpreter and the globals, so a function that outlives the
    /// session in a reference cycle (a method using `super()`, a recursive closure) would
    /// keep them alive: teardown empties these functions' frames.
    var functionsKeepingFrames: [ObjectIdentifier: Unmanaged<PyFunction>] = [:]

    /// Functions that outlive this interpreter must not point back at it (their frames are
    /// gone already: a frame would have kept the interpreter alive).
    deinit { dropSpareFrames() }

    func dropSpareFrames() {
        let functions = functionsKeepingFrames.values
        functionsKeepingFrames = [:]
        for unretained in functions {
            let fn = unretained.takeUnretainedValue()
            fn.keepsFramesFor = nil
            fn.spareFrames = []
        }
    }

    public init() {
        installBuiltinMethods()
    }

    /// An Interp for hashing and comparing keys that never run user code (str keys from Swift).
    static let keyOnly = Interp()

    func enterCall() throws {
        try safeTick()
        callDepth += 1
        if callDepth > recursionLimit {
            callDepth -= 1
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
    }

    @inline(__always)
    func leaveCall() { callDepth -= 1 }

    /// Calls of built-ins and classes in progress. Python frames are counted by callDepth, but
    /// a cycle through built-ins alone (`__repr__ = str`, `__add__ = int.__add__`) never
    /// enters a Python frame and would recurse until the stack overflowed.
    var nativeDepth = 0

    @inline(__always)
    func enterNative() throws {
        nativeDepth += 1
        if nativeDepth > recursionLimit * 4 {
            nativeDepth -= 1
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
    }

    /// Guards Swift recursion over nested containers (repr of a list nested 100,000 deep).
    /// Also a tick: a structure that shares itself (`a = [a, a]` 60 times) is small but its
    /// repr or comparison takes exponential time, which the time limit must still stop.
    func enterNested() throws {
        try tick()
        nestingDepth += 1
        if nestingDepth > recursionLimit {
            nestingDepth -= 1
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
    }

    @inline(__always)
    func leaveNested() { nestingDepth -= 1 }
}
