/// A module's global variables. The compiler resolves every global name to a slot here, so
/// loading a global is an array access. Slots persist for the life of the session: code
/// compiled in a later `run` finds the names earlier runs bound.
public final class Globals {
    private(set) var slotOfName: [String: Int] = [:]
    private(set) var names: [String] = []
    var values: [Value?] = []
    /// The built-in a slot falls back to when the global is unbound (`len`, `print`...).
    var builtinFallback: [Value?] = []
    let builtins: [String: Value]
    /// `from __future__ import annotations` was compiled in this session: class-body
    /// annotations are kept as strings.
    var futureAnnotations = false

    init(builtins: [String: Value]) {
        self.builtins = builtins
    }

    func slot(for name: String) -> Int {
        if let s = slotOfName[name] { return s }
        let s = names.count
        slotOfName[name] = s
        names.append(name)
        values.append(nil)
        builtinFallback.append(builtins[name])
        return s
    }

    /// Unbinds everything (breaks the cycles functions make through their globals).
    func clear() {
        values = [Value?](repeating: nil, count: values.count)
    }

    public subscript(name: String) -> Value? {
        get { slotOfName[name].flatMap { values[$0] } }
        set { values[slot(for: name)] = newValue }
    }

    /// Bound global names in the order they were first seen.
    public var boundNames: [String] { names.filter { self[$0] != nil } }
}

/// How a function takes its arguments; parameters occupy the first local slots in this order:
/// positional-only, regular, keyword-only, then *args, then **kwargs.
struct ParameterSpec {
    var names: [String] = []
    var positionalOnlyCount = 0
    var positionalCount = 0          // positional-only + regular
    var keywordOnlyCount = 0
    var hasVarArgs = false
    var hasVarKeywords = false
    var varArgsSlot: Int { names.count }
    var varKeywordsSlot: Int { names.count + (hasVarArgs ? 1 : 0) }
    var slotCount: Int { names.count + (hasVarArgs ? 1 : 0) + (hasVarKeywords ? 1 : 0) }
    var slotOfName: [String: Int] = [:]
}

/// A compiled function body (def, lambda, generator expression, class body or module).
final class FunctionCode {
    let name: String
    let qualifiedName: String
    let filename: String
    var parameters = ParameterSpec() {
        didSet {
            let p = parameters
            plainPositionalCount = p.hasVarArgs || p.hasVarKeywords || p.keywordOnlyCount > 0 ? nil : p.positionalCount
        }
    }
    /// The number of parameters when all are plain positional ones (no `*args`, `**kwargs`,
    /// keyword-only), else nil: what the call fast paths check, without copying `parameters`
    /// (whose arrays a copy would retain) on every call.
    private(set) var plainPositionalCount: Int? = 0
    var body = Block([])
    var slotCount = 0
    /// Cells this code creates (variables captured by inner functions).
    var cellCount = 0
    /// Parameters that live in cells: copied in at entry.
    var cellParameters: [(slot: Int, cell: Int)] = []
    var isGenerator = false
    var isClassBody = false

    init(name: String, qualifiedName: String, filename: String) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
    }
}

/// Where a generator was suspended, pushed innermost first by each statement on the way out.
enum ResumePoint {
    case index(Int)
    case iterator(PyIterator)
    case branch(Int)
    case value(Value)
    case exception(PyException?)
}

/// The activation of a code object: its locals, cells, and (for generators) the resume state.
final class Frame {
    let interp: Interp
    let globals: Globals
    /// `globals` unretained (`globals` keeps it alive for the frame's life): every global
    /// read and write goes through it without reference counting the namespace.
    let globalsRef: Unmanaged<Globals>
    let code: FunctionCode
    let slots: LocalSlots
    /// The closure's cells, then this code's own cells.
    var cells: [Cell]
    var line = 0
    var returnValue: Value = .none
    /// The namespace a class body writes its names into.
    var classNamespace: PyDict?

    // Generator state.
    var resumeStack: [ResumePoint] = []
    var resuming = false
    var sentValue: Value = .none
    var thrownIn: PyException?
    var yieldedValue: Value = .none

    init(interp: Interp, globals: Globals, code: FunctionCode, closure: [Cell]) {
        self.interp = interp
        self.globals = globals
        self.globalsRef = Unmanaged.passUnretained(globals)
        self.code = code
        self.slots = LocalSlots(count: code.slotCount)
        // The closure's cells come first (their indexes are fixed when the function is
        // compiled), then the cells this code creates.
        if code.cellCount == 0 {
            self.cells = closure
        } else {
            var cells = closure
            cells.reserveCapacity(closure.count + code.cellCount)
            for _ in 0..<code.cellCount { cells.append(Cell()) }
            self.cells = cells
        }
    }

    deinit { slots.deallocate() }

    @inline(__always)
    func popResume() -> ResumePoint { resumeStack.removeLast() }

    /// Clears a finished call's state so the frame can serve the next call of the same code.
    /// Only frames of plain functions are reused: no cells of their own (inner functions
    /// capture those), not generators, not class bodies.
    @inline(__always)
    func resetForReuse() {
        slots.clear()
        line = 0
        returnValue = .none
    }
}

/// A frame's local variables, one slot each (numbered by the compiler). Held in memory the
/// frame owns rather than in an array: a store into an array checks that its buffer is not
/// shared (and copies it if so) every time, and every access checks bounds, on the path of
/// every local variable read and write. Slot numbers come from the compiler, which sized
/// the frame for them (checked in debug builds).
struct LocalSlots {
    private let base: UnsafeMutablePointer<Value?>
    let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<Value?>.allocate(capacity: max(count, 1))
        base.initialize(repeating: nil, count: count)
    }

    @inline(__always)
    subscript(slot: Int) -> Value? {
        get {
            assert(slot >= 0 && slot < count, "local slot out of range")
            return base[slot]
        }
        nonmutating set {
            assert(slot >= 0 && slot < count, "local slot out of range")
            base[slot] = newValue
        }
    }

    /// Unbinds every local (releasing what they held).
    func clear() {
        for i in 0..<count { base[i] = nil }
    }

    /// Only the owning frame's deinit calls this.
    fileprivate func deallocate() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

/// What a statement did to control flow.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned
    /// A generator yielded; the statements on the way out have pushed their resume points.
    case suspended
}
