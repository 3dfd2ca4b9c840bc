import Synchronization

/// Instance attributes by slot number, and the caches attribute sites keep.
///
/// Design: every class numbers the attribute names its instances set, in the order they are
/// first set on any instance (`InstanceSlotTable`); an instance stores values by those
/// numbers. Instances of a class almost always set the same names, so the table is small and
/// shared, and a site like `self.latency` can remember "slot 4 of this class's table" and read
/// the value with no name hashing at all.
///
/// A cached slot is only right while nothing that decides the lookup has changed: a property
/// added to a class (or one of its bases) takes precedence over the instance's own value, a
/// `__setattr__` takes over assignment, a method found on the class can be shadowed by a new
/// instance attribute of that name. Rather than track which classes a site depends on, every
/// change to any class's namespace and every new name in any slot table bumps one global
/// `attributeVersion`; a site's cache is valid only for the version it was filled at. Both
/// kinds of change are rare after start-up (class bodies run once; a table gains each name
/// once), so the caches stay warm in loops.

/// The slot numbers of one class's instance attributes. Shared by every instance of the class
/// and, for built-in classes (exceptions), by sessions on different threads: guarded by a lock.
/// Only slow paths take it; cached sites compare the table's identity.
final class InstanceSlotTable: Sendable {
    private struct State {
        var slots: [String: Int] = [:]
        var names: [String] = []
    }
    private let state = Mutex(State())

    func slot(_ name: String) -> Int? {
        state.withLock { $0.slots[name] }
    }

    /// The slot of `name`, numbering it if the class has not seen it before.
    func slotAdding(_ name: String) -> Int {
        let (slot, added) = state.withLock { s -> (Int, Bool) in
            if let slot = s.slots[name] { return (slot, false) }
            let slot = s.names.count
            s.slots[name] = slot
            s.names.append(name)
            return (slot, true)
        }
        // A method call site may have cached "no instance has this name"; see the file note.
        if added { PyType.bumpAttributeVersion() }
        return slot
    }

    var names: [String] { state.withLock { $0.names } }
}

extension PyType {
    private static let attributeVersion = Atomic<Int>(0)

    @inline(__always)
    static var currentAttributeVersion: Int { attributeVersion.load(ordering: .relaxed) }

    static func bumpAttributeVersion() {
        attributeVersion.wrappingAdd(1, ordering: .relaxed)
    }
}

/// What an attribute read or assignment site (`obj.name`, `obj.name = v`) found the last time
/// its object was an instance: the class's slot table and the slot of `name` in it, or the
/// getter of the property `name` names on that class.
struct InstanceAttributeCache {
    /// Held strongly so that its identity cannot be reused by another class's table.
    private var table: InstanceSlotTable?
    private var version = -1
    private(set) var slot = -1
    private(set) var getter: Value?

    /// Whether the cache describes `inst`'s class as it is now.
    @inline(__always)
    func applies(to inst: PyInstance) -> Bool {
        inst.cls.instanceSlots === table && version == PyType.currentAttributeVersion
    }

    /// Records the slot of `name`; `version` must have been read before the lookup that found
    /// it, so a change made during that lookup leaves the cache stale rather than wrong.
    mutating func remember(_ inst: PyInstance, slot: Int, version: Int) {
        table = inst.cls.instanceSlots
        self.version = version
        self.slot = slot
        getter = nil
    }

    mutating func remember(_ inst: PyInstance, getter: Value, version: Int) {
        table = inst.cls.instanceSlots
        self.version = version
        slot = -1
        self.getter = getter
    }
}

/// What a method call site (`obj.name(...)`) found the last time its receiver was an instance
/// whose class defines `name` as a plain function: the function, and the slot an instance
/// attribute of the same name would shadow it from (-1: no instance of the class has one).
struct InstanceMethodCache {
    private var table: InstanceSlotTable?
    private var version = -1
    private var shadowingSlot = -1
    private var function: PyFunction?

    /// The cached function when it is what `inst.name` means now.
    @inline(__always)
    func function(for inst: PyInstance) -> PyFunction? {
        guard inst.cls.instanceSlots === table, version == PyType.currentAttributeVersion else { return nil }
        if shadowingSlot >= 0, inst.value(atSlot: shadowingSlot) != nil { return nil }
        return function
    }

    mutating func remember(_ inst: PyInstance, _ function: PyFunction, shadowingSlot: Int, version: Int) {
        table = inst.cls.instanceSlots
        self.version = version
        self.shadowingSlot = shadowingSlot
        self.function = function
    }
}

/// What calling a user class does, when it is the common case: make a plain instance and
/// call the class's `__init__`, a Python function (no `__new__` of its own, not an
/// exception). Call sites then bind the arguments straight into `__init__`'s frame.
enum ConstructionPlan {
    case general
    case initOnly(PyFunction)
}

extension PyType {
    /// The plan for calling this class, looked up again only after a class changed.
    var constructionPlan: ConstructionPlan {
        // Built-in types are shared between sessions' threads: no cache written on them.
        guard !isBuiltin, layout == .plain else { return .general }
        let version = PyType.currentAttributeVersion
        if let cached = cachedConstruction, cached.version == version { return cached.plan }
        var plan = ConstructionPlan.general
        if let newMethod = lookup("__new__"), newMethod.isIdentical(to: BuiltinTypes.object.dict["__new__"] ?? .none),
           case .object(let o)? = lookup("__init__"), let initFunction = o as? PyFunction {
            plan = .initOnly(initFunction)
        }
        cachedConstruction = (version, plan)
        return plan
    }
}
