import BigInt

/// The base of every heap object that has no case of its own in `Value`.
public class PyObject {
    /// The object's Python type. Subclasses override; user instances store theirs.
    public var type: PyType { BuiltinTypes.object }
}

/// How instances of a type are laid out in Swift. A user class inherits the layout of its
/// built-in base, so `class E(Exception)` makes `PyBaseException` objects.
public enum InstanceLayout {
    case plain
    case exception
}

/// A Python class: built-in or defined by a `class` statement.
public final class PyType: PyObject {
    public let name: String
    public var qualifiedName: String
    public private(set) var bases: [PyType]
    /// The method resolution order after the class itself. Stored without it: a class that
    /// listed itself would be a reference cycle, keeping it, its methods and their globals
    /// alive after the session ends.
    public private(set) var ancestors: [PyType] = []
    /// The method resolution order (built on each use: the hot paths walk `ancestors`).
    public var mro: [PyType] { [self] + ancestors }
    /// Class attributes and methods. Built-in types fill theirs once at start-up.
    public var dict: [String: Value] = [:] {
        // Attribute sites cache what a lookup found; any change to any class invalidates them.
        didSet { PyType.bumpAttributeVersion() }
    }
    /// The slot numbers of the attributes its instances set (see `PyInstance`).
    let instanceSlots = InstanceSlotTable()
    /// `constructionPlan` and the attribute version it was worked out at.
    var cachedConstruction: (version: Int, plan: ConstructionPlan)?
    /// Names in the order the class body bound them (dataclass fields follow it).
    public var attributeOrder: [String] = []
    public let isBuiltin: Bool
    public let layout: InstanceLayout
    /// Module name shown in reprs: "builtins" for built-ins, "__main__" for user classes.
    public var module: String
    /// Creates an instance of a built-in type (`int("3")`, `list(x)`). User classes use the
    /// generic path: make an instance, then call `__init__`.
    var constructor: ((Interp, PyType, Arguments) throws -> Value)?
    /// The one-argument call for an inert argument (None, bool, int, float, str): `int(s)`,
    /// `float(s)`, `str(n)` as loops write them, with no `Arguments` built. Gives what
    /// `constructor` gives for the same argument.
    var convertInert: ((Interp, Value) throws -> Value)?
    /// Native types from modules (deque, Counter, partial...) whose special methods
    /// (`__eq__`, `__add__`, `__call__`...) live in their own `dict` as built-in functions;
    /// the operators dispatch to them as they do to a user class's methods.
    var dispatchesSpecialMethods = false
    /// The name error messages use when it differs from `name` (CPython's tp_name of a
    /// C type from a module, e.g. "collections.deque").
    var messageName: String?

    override public var type: PyType { BuiltinTypes.type }

    init(builtin name: String, base: PyType?, layout: InstanceLayout = .plain,
         constructor: ((Interp, PyType, Arguments) throws -> Value)? = nil) {
        self.name = name
        self.qualifiedName = name
        self.bases = base.map { [$0] } ?? []
        self.isBuiltin = true
        self.layout = layout
        self.module = "builtins"
        self.constructor = constructor
        super.init()
        self.ancestors = base?.mro ?? []
    }

    /// A class from a `class` statement; `mro` is computed by C3 linearisation.
    init(name: String, qualifiedName: String, bases: [PyType], dict: [String: Value], mro: [PyType]) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.bases = bases
        self.isBuiltin = false
        self.layout = bases.contains { $0.layout == .exception } ? .exception : .plain
        self.module = "__main__"
        self.dict = dict
        super.init()
        self.ancestors = mro
        // A user subclass of a built-in inherits its constructor (e.g. `class MyList(list)`
        // is not supported, but exception subclasses are, through their layout).
        self.constructor = nil
    }

    /// Looks a name up along the MRO.
    @inline(__always)
    public func lookup(_ name: String) -> Value? {
        if let v = dict[name] { return v }
        for t in ancestors {
            if let v = t.dict[name] { return v }
        }
        return nil
    }

    /// `name` as the classes above `object` in the MRO define it, or nil when only `object`
    /// does (its `__setattr__` is what attribute assignment does anyway).
    func lookupBelowObject(_ name: String) -> Value? {
        if self !== BuiltinTypes.object, let v = dict[name] { return v }
        for t in ancestors where t !== BuiltinTypes.object {
            if let v = t.dict[name] { return v }
        }
        return nil
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in ancestors where t === other { return true }
        return false
    }

    /// C3 linearisation of a new class's bases (without the class itself).
    static func linearize(bases: [PyType]) -> [PyType]? {
        if case .success(let mro) = linearizeOrConflict(bases: bases) { return mro }
        return nil
    }

    /// C3 linearisation, or on failure the heads of the lists that could not be merged (in
    /// order, without repeats: the classes CPython names in its TypeError).
    static func linearizeOrConflict(bases: [PyType]) -> Result<[PyType], MROConflict> {
        var sequences: [[PyType]] = bases.map { $0.mro } + [bases]
        var result: [PyType] = []
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return .success(result) }
            var candidate: PyType?
            for seq in sequences {
                let head = seq[0]
                let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
                if !inTail { candidate = head; break }
            }
            guard let next = candidate else {
                var heads: [PyType] = []
                for seq in sequences where !heads.contains(where: { $0 === seq[0] }) { heads.append(seq[0]) }
                return .failure(MROConflict(heads: heads))
            }
            result.append(next)
            for i in sequences.indices where sequences[i].first === next {
                sequences[i].removeFirst()
            }
        }
    }
}

/// The classes a failed C3 merge was left with.
struct MROConflict: Error {
    let heads: [PyType]
}

/// An instance of a user-defined class.
///
/// Attribute values sit in slots numbered by the class (`PyType.instanceSlots`, one table per
/// class that only grows), not in a per-instance name table: every instance of a class shares
/// the name-to-slot map, and an attribute site caches the slot (see `InstanceAttributeCache`).
public class PyInstance: PyObject {
    public let cls: PyType
    /// Indexed by `cls.instanceSlots`; nil where this instance has no such attribute.
    private var values: [Value?] = []
    /// The order the attributes were first set, as slot numbers, kept only once it differs
    /// from slot order (vars() and __dict__ show assignment order). nil: slot order.
    private var assignmentOrder: [Int]?
    override public var type: PyType { cls }
    init(cls: PyType) { self.cls = cls }

    deinit {
        guard values.contains(where: { $0?.ownsHeapChildren ?? false }) else { return }
        var owned = values.compactMap { $0 }
        values = []
        DeferredRelease.release(&owned)
    }

    /// The attribute `name` set on this instance itself.
    func attribute(_ name: String) -> Value? {
        guard let slot = cls.instanceSlots.slot(name) else { return nil }
        return value(atSlot: slot)
    }

    @inline(__always)
    func value(atSlot slot: Int) -> Value? {
        slot < values.count ? values[slot] : nil
    }

    func setAttribute(_ name: String, _ value: Value) {
        setValue(value, atSlot: cls.instanceSlots.slotAdding(name))
    }

    @inline(__always)
    func setValue(_ value: __owned Value, atSlot slot: Int) {
        if slot < values.count, values[slot] != nil {
            values[slot] = value
            return
        }
        addValue(value, atSlot: slot)
    }

    private func addValue(_ value: __owned Value, atSlot slot: Int) {
        if slot >= values.count {
            values.append(contentsOf: repeatElement(nil, count: slot + 1 - values.count))
            assignmentOrder?.append(slot)
        } else {
            // A slot below the highest one set: assignment order now differs from slot order.
            if assignmentOrder == nil { assignmentOrder = values.indices.filter { values[$0] != nil } }
            assignmentOrder!.append(slot)
        }
        values[slot] = value
    }

    func removeAttribute(_ name: String) -> Bool {
        guard let slot = cls.instanceSlots.slot(name), value(atSlot: slot) != nil else { return false }
        values[slot] = nil
        assignmentOrder?.removeAll { $0 == slot }
        return true
    }

    /// The attributes set on this instance, in the order they were first set.
    var attributes: [(name: String, value: Value)] {
        let slots = assignmentOrder ?? values.indices.filter { values[$0] != nil }
        let names = cls.instanceSlots.names
        return slots.map { (names[$0], values[$0]!) }
    }

    /// A snapshot of the attributes as a dict, in insertion order.
    func attributeDict() -> PyDict {
        let d = PyDict()
        for (name, value) in attributes { d.set(name, value) }
        return d
    }
}

/// One line of a traceback.
public struct TracebackEntry {
    public var function: String
    public var line: Int
    /// The file the function's code came from (nil: the file of the run that failed).
    public var filename: String?

    public init(function: String, line: Int, filename: String? = nil) {
        self.function = function
        self.line = line
        self.filename = filename
    }
}

/// An exception object: an instance of BaseException or a subclass.
public final class PyBaseException: PyInstance {
    public var args: [Value] = []
    /// Innermost frame first.
    public var traceback: [TracebackEntry] = []
    public var cause: PyBaseException?
    public var context: PyBaseException?
    public var suppressContext = false
    /// The frame the last traceback entry was recorded for: an exception caught and
    /// re-raised with a bare `raise` keeps the line where it was first raised in that frame.
    weak var tracebackFrame: Frame?

    /// Records that the exception is passing through `frame` (at the frame's current line),
    /// once per frame.
    func addTraceback(_ frame: Frame, function: String? = nil) {
        if tracebackFrame === frame { return }
        traceback.append(TracebackEntry(function: function ?? frame.code.name, line: frame.line,
                                        filename: frame.code.filename))
        tracebackFrame = frame
    }
}

/// A variable shared between a function and the closures defined inside it.
public final class Cell {
    public var value: Value?
    init(_ value: Value? = nil) { self.value = value }
}

/// A `def` or `lambda` function.
public final class PyFunction: PyObject {
    public var name: String
    public var qualifiedName: String
    let code: FunctionCode
    let globals: Globals
    var defaults: [Value]
    var keywordDefaults: [String: Value]
    let closure: [Cell]
    public var attributes: [String: Value] = [:]
    /// The interpreter whose teardown empties `spareFrames` (set when the first frame is
    /// kept; see `Interp.functionsKeepingFrames`).
    unowned(unsafe) var keepsFramesFor: Interp?

    deinit { keepsFramesFor?.functionsKeepingFrames[ObjectIdentifier(self)] = nil }
    /// Frames left by calls that finished, ready for the next ones (see `Interp.makeFrame`).
    /// Calls are the interpreter's commonest allocation; a stack rather than one spare so
    /// that recursion (each level a frame in use at once) reuses frames too. Kept by the
    /// function, not its code: a frame holds its code, so frames kept by the code would keep
    /// the code, the globals and the interpreter alive after the session is gone.
    var spareFrames: [Frame] = []
    static let maxSpareFrames = 32
    override public var type: PyType { BuiltinTypes.function }

    init(code: FunctionCode, globals: Globals, defaults: [Value], keywordDefaults: [String: Value], closure: [Cell]) {
        self.name = code.name
        self.qualifiedName = code.qualifiedName
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
    }
}

public typealias BuiltinBody = (Interp, Arguments) throws -> Value

/// A function implemented in Swift: a built-in, a method of a built-in type, or a host
/// function registered by the embedder.
public final class PyBuiltinFunction: PyObject {
    public let name: String
    let body: BuiltinBody
    /// Shortcuts for the commonest method calls (`s.lower()`, `seen.add(x)`,
    /// `s.replace(a, b)`): a call site with that many plain positional arguments passes the
    /// receiver and arguments directly, borrowed, with no `Arguments` built. A shortcut
    /// returns nil for values it does not handle; the call then goes through `body`, which
    /// stays the one definition of the method's behaviour (errors included).
    /// A function that is not a method uses them the same way, its first argument in the
    /// receiver's place: `len(x)` is `method0(interp, x)`, `isinstance(x, t)` `method1`.
    let method0: FastMethod0?
    let method1: FastMethod1?
    let method2: FastMethod2?
    override public var type: PyType { BuiltinTypes.builtinFunction }
    init(_ name: String, _ body: @escaping BuiltinBody, method0: FastMethod0? = nil,
         method1: FastMethod1? = nil, method2: FastMethod2? = nil) {
        self.name = name
        self.body = body
        self.method0 = method0
        self.method1 = method1
        self.method2 = method2
    }

    /// The same function with these shortcuts.
    func withShortcuts(_ zero: FastMethod0?, _ one: FastMethod1?, _ two: FastMethod2?) -> PyBuiltinFunction {
        PyBuiltinFunction(name, body, method0: zero, method1: one, method2: two)
    }
}

extension PyObject {
    /// `self` as the final class `T`, or nil: a conditional cast without the retain and
    /// release `as?` costs on hot paths.
    @inline(__always)
    func exactly<T: PyObject>(_: T.Type) -> T? {
        Swift.type(of: self) == T.self ? unsafeDowncast(self, to: T.self) : nil
    }

    /// `self` as an instance of a user class (an exception included), or nil: `exactly`
    /// for the two Swift classes instances are made of.
    @inline(__always)
    var asInstance: PyInstance? {
        let t = Swift.type(of: self)
        return t == PyInstance.self || t == PyBaseException.self ? unsafeDowncast(self, to: PyInstance.self) : nil
    }
}

typealias FastMethod0 = (Interp, Value) throws -> Value?
typealias FastMethod1 = (Interp, Value, Value) throws -> Value?
typealias FastMethod2 = (Interp, Value, Value, Value) throws -> Value?

/// A function bound to the object it was looked up on.
public final class PyBoundMethod: PyObject {
    public let receiver: Value
    public let function: Value
    override public var type: PyType { BuiltinTypes.method }
    init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }
}

public final class PyProperty: PyObject {
    var getter: Value
    var setter: Value
    var deleter: Value
    override public var type: PyType { BuiltinTypes.property }
    init(getter: Value, setter: Value = .none, deleter: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
    }
}

public final class PyClassMethod: PyObject {
    let function: Value
    override public var type: PyType { BuiltinTypes.classmethod }
    init(_ function: Value) { self.function = function }
}

public final class PyStaticMethod: PyObject {
    let function: Value
    override public var type: PyType { BuiltinTypes.staticmethod }
    init(_ function: Value) { self.function = function }
}

/// `super()` bound to a class and an instance (or class).
public final class PySuper: PyObject {
    let startAfter: PyType
    let receiver: Value
    let receiverType: PyType
    override public var type: PyType { BuiltinTypes.superType }
    init(startAfter: PyType, receiver: Value, receiverType: PyType) {
        self.startAfter = startAfter
        self.receiver = receiver
        self.receiverType = receiverType
    }
}

/// A module: built-in (math, json...) with a fixed dictionary.
public final class PyModule: PyObject {
    public let name: String
    public var dict: [String: Value]
    override public var type: PyType { BuiltinTypes.module }
    init(name: String, dict: [String: Value]) {
        self.name = name
        self.dict = dict
    }
}

public final class PyList: PyObject {
    public var items: [Value]
    override public var type: PyType { BuiltinTypes.list }
    public init(_ items: [Value]) { self.items = items }
    deinit { DeferredRelease.release(&items) }
}

/// A tuple. Not final: collections.namedtuple instances are a subclass (PyNamedTuple) that
/// only overrides `type`, so they stay `.tuple` values and behave as tuples everywhere.
public class PyTuple: PyObject {
    public private(set) var items: [Value]
    override public var type: PyType { BuiltinTypes.tuple }
    public init(_ items: [Value]) { self.items = items }
    deinit { DeferredRelease.release(&items) }

    /// The items, moved out, leaving the tuple empty: only for a tuple nothing else refers
    /// to (one being unpacked as it goes away).
    func takeItems() -> [Value] {
        var taken: [Value] = []
        swap(&taken, &items)
        return taken
    }
}

public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int
    override public var type: PyType { BuiltinTypes.range }
    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    /// The number of elements (the constructor refuses ranges longer than Int.max).
    public var count: Int { PyRange.length(start: start, stop: stop, step: step) ?? Int.max }

    /// The length of range(start, stop, step), or nil when it exceeds Int.max. Computed in
    /// UInt: stop - start itself may not fit in an Int.
    static func length(start: Int, stop: Int, step: Int) -> Int? {
        let span: UInt
        if step > 0 {
            guard start < stop else { return 0 }
            span = UInt(bitPattern: stop &- start)
        } else {
            guard start > stop else { return 0 }
            span = UInt(bitPattern: start &- stop)
        }
        let n = (span - 1) / step.magnitude + 1
        return n <= UInt(Int.max) ? Int(n) : nil
    }

    /// The i-th element for 0 <= i < count. The true value lies between start and stop, so
    /// wrapping arithmetic gives it exactly even where i * step alone would overflow.
    public func element(_ i: Int) -> Int { start &+ i &* step }

    /// self[startPos:stopPos:sliceStep] for positions from sliceIndices.
    func slice(_ startPos: Int, _ stopPos: Int, _ sliceStep: Int) throws -> PyRange {
        let (newStep, overflow) = step.multipliedReportingOverflow(by: sliceStep)
        if overflow { throw PyException.overflow("Python int too large to convert to C ssize_t") }
        return PyRange(start: clampedElement(startPos), stop: clampedElement(stopPos), step: newStep)
    }

    /// start + i * step for a position that may lie just outside the range; a value beyond
    /// Int becomes Int.max or Int.min, which bounds the same elements.
    private func clampedElement(_ i: Int) -> Int {
        let (m, o1) = i.multipliedReportingOverflow(by: step)
        let (v, o2) = start.addingReportingOverflow(m)
        if !o1 && !o2 { return v }
        return (i < 0) != (step < 0) ? Int.min : Int.max
    }

    /// Position of v among the elements, or nil when v is not one of them.
    func position(of v: Int) -> Int? {
        if step > 0 ? (v < start || v >= stop) : (v > start || v <= stop) { return nil }
        let offset = step > 0 ? UInt(bitPattern: v &- start) : UInt(bitPattern: start &- v)
        guard offset % step.magnitude == 0 else { return nil }
        return Int(offset / step.magnitude)
    }
}

public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value
    override public var type: PyType { BuiltinTypes.slice }
    init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }
}

/// bytes, or bytearray when `mutable`.
public final class PyBytes: PyObject {
    public var bytes: [UInt8]
    public let mutable: Bool
    override public var type: PyType { mutable ? BuiltinTypes.bytearray : BuiltinTypes.bytes }
    init(_ bytes: [UInt8], mutable: Bool = false) {
        self.bytes = bytes
        self.mutable = mutable
    }
}

/// Singletons that are neither None nor bools.
public final class PySingleton: PyObject {
    let name: String
    let singletonType: PyType
    override public var type: PyType { singletonType }
    init(_ name: String, _ type: PyType) {
        self.name = name
        self.singletonType = type
    }
}

/// An object that can be iterated in Swift. `next` returns nil when exhausted.
public class PyIterator: PyObject {
    override public var type: PyType { BuiltinTypes.iterator }
    func next(_ interp: Interp) throws -> Value? { nil }
}

/// An iterator driven by a Swift closure (map, filter, zip, enumerate, dict views...).
final class ClosureIterator: PyIterator {
    let typeOverride: PyType
    let step: (Interp) throws -> Value?
    override var type: PyType { typeOverride }
    init(type: PyType = BuiltinTypes.iterator, _ step: @escaping (Interp) throws -> Value?) {
        self.typeOverride = type
        self.step = step
    }
    override func next(_ interp: Interp) throws -> Value? {
        try interp.tick()
        return try step(interp)
    }
}

extension Value {
    /// The str this value holds, unretained (the value keeps it alive): a built-in method's
    /// shortcut reaches its receiver's bytes without the copy a pattern binding makes.
    @inline(__always)
    var unretainedStr: Unmanaged<PyStr>? {
        guard case .str(let s) = self else { return nil }
        return Unmanaged.passUnretained(s)
    }

    /// The object this value holds when it is exactly a `T` (a Python function, a built-in
    /// function), unretained (the value keeps it alive): call paths reach the callee without
    /// a retain and release per call.
    @inline(__always)
    func unretained<T: PyObject>(_: T.Type) -> Unmanaged<T>? {
        guard case .object(let o) = self, let exact = o.exactly(T.self) else { return nil }
        return Unmanaged.passUnretained(exact)
    }

    /// The user-class instance this value holds, unretained (the value keeps it alive): lets
    /// a hot path test for an instance without the copies a pattern binding makes.
    @inline(__always)
    var unretainedInstance: Unmanaged<PyInstance>? {
        guard case .object(let o) = self, let inst = o.asInstance else { return nil }
        return Unmanaged.passUnretained(inst)
    }
}
