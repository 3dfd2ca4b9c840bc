import BigInt
import Foundation
import Synchronization

/// A Python value. Immediates (None, bool, int, float) live inline; everything else is a
/// reference. The hot built-in types get their own case so evaluation can switch on them
/// without a dynamic cast; every other heap object is `.object`.
public enum Value {
    case none
    case bool(Bool)
    /// An int that fits in 64 bits. Results that overflow become `.big`; `.big` values that fit
    /// are always demoted back, so an int has exactly one representation.
    case int(Int)
    case big(BigIntBox)
    case float(Double)
    case str(PyStr)
    case list(PyList)
    case tuple(PyTuple)
    case dict(PyDict)
    case object(PyObject)
}

/// Boxed arbitrary-precision integer (kept out of line so `Value` stays two words).
public final class BigIntBox {
    public let value: BigInt
    init(_ value: BigInt) { self.value = value }
}

extension Value {
    public static let `true` = Value.bool(true)
    public static let `false` = Value.bool(false)
    public static let emptyTuple = Value.tuple(PyTuple([]))

    /// The canonical int value for a BigInt: `.int` when it fits.
    @inline(__always)
    public static func integer(_ b: BigInt) -> Value {
        if let small = Int(exactly: b) { return .int(small) }
        return .big(BigIntBox(b))
    }

    public static func string(_ s: String) -> Value { .str(PyStr.from(s)) }

    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The value as a BigInt when it is an int (or bool), else nil.
    public var bigInt: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b.value
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// Object identity for `is`: immediates compare by value (CPython caches small ints and
    /// the singletons; models rely on `x is None` and `x is True`, never on int identity).
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.big(let a), .big(let b)): return a === b
        case (.str(let a), .str(let b)): return a === b || (a.count <= 1 && a == b)
        case (.list(let a), .list(let b)): return a === b
        case (.tuple(let a), .tuple(let b)): return a === b || (a.items.isEmpty && b.items.isEmpty)
        case (.dict(let a), .dict(let b)): return a === b
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }

    /// A stable identity number for `id()`.
    public var identity: Int {
        switch self {
        case .none: return 0x1000
        case .bool(let b): return b ? 0x1010 : 0x1020
        case .int(let i): return i &* 32 &+ 0x7000_0000
        case .float(let d): return Int(truncatingIfNeeded: d.bitPattern)
        case .big(let o): return ObjectIdentifier(o).hashValue
        case .str(let o): return ObjectIdentifier(o).hashValue
        case .list(let o): return ObjectIdentifier(o).hashValue
        case .tuple(let o): return ObjectIdentifier(o).hashValue
        case .dict(let o): return ObjectIdentifier(o).hashValue
        case .object(let o): return ObjectIdentifier(o).hashValue
        }
    }
}

/// Arguments of one call: positional values, then keyword pairs in source order.
public struct Arguments {
    public var positional: [Value]
    public var keywords: [(String, Value)]
    public init(_ positional: [Value] = [], keywords: [(String, Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }
    public var count: Int { positional.count }
    /// The i-th positional argument. Built-ins read their arguments by position, and a call
    /// with too few (`[].append()`, `str.upper()`) must be a TypeError, not a trap: past the
    /// end this gives None and notes the miss, and callBuiltin turns the call into a TypeError.
    public subscript(i: Int) -> Value {
        if i < positional.count { return positional[i] }
        MissingArgument.note()
        return .none
    }
}

/// Records that a built-in read a positional argument its call did not pass. A global
/// counter lets callBuiltin see cheaply whether any miss happened during a call; a per-thread
/// flag says whether it was this thread's.
enum MissingArgument {
    static let events = Atomic<Int>(0)

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    static func note() {
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: 1))
        events.add(1, ordering: .relaxed)
    }

    /// Whether this thread noted a miss since the last call; clears the note.
    static func take() -> Bool {
        guard pthread_getspecific(key) != nil else { return false }
        pthread_setspecific(key, nil)
        return true
    }
}
