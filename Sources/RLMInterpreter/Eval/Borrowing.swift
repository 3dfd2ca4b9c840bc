/// Reading an operand where it lies instead of copying it out.
///
/// Design note. Swift's reference counting is atomic: every copy of a `Value` out of a frame
/// slot is a retain and, when the copy dies, a release, together costing more than the
/// operation itself in `y.append(x)`, `x == 'ERROR'` or `len(fields)`. A node can use an
/// operand without the copy only while something else is sure to keep it alive:
///
/// - a constant: the node holds it;
/// - a local variable: only its own frame's code rebinds it, so it stays bound while the
///   node that read it evaluates operands that are themselves plain reads (no walrus can
///   run), and across any call the node makes (calls run in other frames);
/// - a built-in found through an unbound global name (`len`, `str`): the session's `Globals`
///   holds its built-ins for life;
/// - a bound global: any Python code that runs can rebind it, so it is borrowed only when
///   every operand is inert (None, bool, int, float, str): operations on inert values run no
///   Python code.
///
/// Each borrowing node states which of these it relies on where it borrows.

/// Where an operand's value comes from, when that is somewhere it can be read in place.
enum Operand {
    case constant(Value)
    case local(Int)
    case global(Int)
    /// Anything else: evaluated the ordinary way.
    case computed

    init(_ node: ExprNode) {
        if let c = node as? ConstantNode {
            self = .constant(c.value)
        } else if let local = node as? LocalNode {
            self = .local(local.slot)
        } else if let global = node as? GlobalNode {
            self = .global(global.slot)
        } else {
            self = .computed
        }
    }

    /// A constant or a variable read: evaluating it runs no code and rebinds nothing.
    var isPlainRead: Bool {
        if case .computed = self { return false }
        return true
    }

    /// The operand's value, borrowed, and how long it is sure to stay put (see the note
    /// above). nil when the operand is computed or unbound; the caller then evaluates its
    /// node, which raises the error.
    @inline(__always)
    func peek(_ f: Frame) -> (value: BorrowedValue, kept: Keeper)? {
        switch self {
        case .constant(let v):
            return (BorrowedValue(v), .always)
        case .local(let slot):
            guard let v = f.slots[slot] else { return nil }
            return (BorrowedValue(v), .frame)
        case .global(let slot):
            return f.globalsRef._withUnsafeGuaranteedRef { g in
                if let v = g.values[slot] { return (BorrowedValue(v), .global) }
                if let v = g.builtinFallback[slot] { return (BorrowedValue(v), .always) }
                return nil
            }
        case .computed:
            return nil
        }
    }

    /// The list or tuple a variable holds, unretained: valid until the variable is next
    /// assigned, so the caller must not run Python code while it uses it. nil when unbound,
    /// not a variable, or anything else.
    @inline(__always)
    func peekSequence(_ f: Frame) -> UnretainedSequence? {
        switch self {
        case .local(let slot): return f.slots[slot]?.unretainedSequence
        case .global(let slot): return f.globalsRef._withUnsafeGuaranteedRef { $0.values[slot]?.unretainedSequence }
        case .constant, .computed: return nil
        }
    }
}

/// What keeps a borrowed operand alive, which decides how long the borrow may last.
enum Keeper {
    /// The node (a constant) or the session (a built-in): for the node's whole evaluation.
    case always
    /// Its frame (a local): while the node evaluates only plain reads besides; any call the
    /// node then makes runs in another frame and cannot rebind it.
    case frame
    /// The globals (a bound global): only while no Python code runs, which holds when every
    /// operand is inert and the operation is a built-in one.
    case global
}

/// A value used where it lies, without a reference of its own: the owner (see `Operand`)
/// keeps it alive while it is used.
enum BorrowedValue {
    /// None, bool, int or float: nothing to count.
    case immediate(Value)
    case str(Unmanaged<PyStr>)
    case list(Unmanaged<PyList>)
    case tuple(Unmanaged<PyTuple>)
    case dict(Unmanaged<PyDict>)
    case big(Unmanaged<BigIntBox>)
    case object(Unmanaged<PyObject>)

    @inline(__always)
    init(_ v: Value) {
        switch v {
        case .none: self = .immediate(.none)
        case .bool(let b): self = .immediate(.bool(b))
        case .int(let i): self = .immediate(.int(i))
        case .float(let d): self = .immediate(.float(d))
        case .str(let s): self = .str(Unmanaged.passUnretained(s))
        case .list(let l): self = .list(Unmanaged.passUnretained(l))
        case .tuple(let t): self = .tuple(Unmanaged.passUnretained(t))
        case .dict(let d): self = .dict(Unmanaged.passUnretained(d))
        case .big(let b): self = .big(Unmanaged.passUnretained(b))
        case .object(let o): self = .object(Unmanaged.passUnretained(o))
        }
    }

    /// None, bool, int, float or str: hashing, comparing, formatting or measuring it runs no
    /// Python code.
    var isInert: Bool {
        switch self {
        case .immediate, .str: return true
        default: return false
        }
    }

    var isList: Bool {
        if case .list = self { return true }
        return false
    }

    var isStr: Bool {
        if case .str = self { return true }
        return false
    }

    /// Calls `body` with the value, lent for the call (no retain, no release).
    @inline(__always)
    func lend<R>(_ body: (Value) throws -> R) rethrows -> R {
        switch self {
        case .immediate(let v): return try body(v)
        case .str(let s): return try s._withUnsafeGuaranteedRef { try body(.str($0)) }
        case .list(let l): return try l._withUnsafeGuaranteedRef { try body(.list($0)) }
        case .tuple(let t): return try t._withUnsafeGuaranteedRef { try body(.tuple($0)) }
        case .dict(let d): return try d._withUnsafeGuaranteedRef { try body(.dict($0)) }
        case .big(let b): return try b._withUnsafeGuaranteedRef { try body(.big($0)) }
        case .object(let o): return try o._withUnsafeGuaranteedRef { try body(.object($0)) }
        }
    }
}

/// A list or tuple held elsewhere (see `Operand.peekSequence`).
enum UnretainedSequence {
    case list(Unmanaged<PyList>)
    case tuple(Unmanaged<PyTuple>)

    /// `sequence[i]`, with the IndexError `getItem` gives.
    @inline(__always)
    func item(_ i: Int, _ interp: Interp) throws -> Value {
        switch self {
        case .list(let l):
            return try l._withUnsafeGuaranteedRef { $0.items[try interp.normalizeIndex(i, $0.items.count, "list")] }
        case .tuple(let t):
            return try t._withUnsafeGuaranteedRef { $0.items[try interp.normalizeIndex(i, $0.items.count, "tuple")] }
        }
    }
}

extension Value {
    /// None, bool, int, float or str (see `BorrowedValue.isInert`).
    var isInert: Bool {
        switch self {
        case .none, .bool, .int, .float, .str: return true
        default: return false
        }
    }

    @inline(__always)
    var unretainedSequence: UnretainedSequence? {
        switch self {
        case .list(let l): return .list(Unmanaged.passUnretained(l))
        case .tuple(let t): return .tuple(Unmanaged.passUnretained(t))
        default: return nil
        }
    }
}
