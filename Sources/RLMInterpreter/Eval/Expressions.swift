/// Operator, access and display nodes.

final class BinaryNode: ExprNode {
    let op: BinaryOperator
    let left: ExprNode
    let right: ExprNode
    init(op: BinaryOperator, left: ExprNode, right: ExprNode, line: Int) {
        self.op = op
        self.left = left
        self.right = right
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if case .int(let x) = a, case .int(let y) = b, let r = smallIntArithmetic(op, x, y) { return .int(r) }
        return try f.interp.binary(op, a, b)
    }
}

/// `+ - *` of two machine ints without overflow: the fast path of the loops models write
/// (`a + b`, `total += n`). nil for other operators or on overflow (the general path).
@inline(__always)
func smallIntArithmetic(_ op: BinaryOperator, _ x: Int, _ y: Int) -> Int? {
    let (r, overflow): (Int, Bool)
    switch op {
    case .add: (r, overflow) = x.addingReportingOverflow(y)
    case .sub: (r, overflow) = x.subtractingReportingOverflow(y)
    case .mul: (r, overflow) = x.multipliedReportingOverflow(by: y)
    default: return nil
    }
    return overflow ? nil : r
}

final class UnaryNode: ExprNode {
    let op: UnaryOperator
    let operand: ExprNode
    init(op: UnaryOperator, operand: ExprNode, line: Int) {
        self.op = op
        self.operand = operand
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        let v = try operand.eval(f)
        if op == .not { return .bool(!(try f.interp.truthy(v))) }
        return try f.interp.unary(op, v)
    }
}

final class BooleanNode: ExprNode {
    let isAnd: Bool
    let operands: [ExprNode]
    init(isAnd: Bool, operands: [ExprNode], line: Int) {
        self.isAnd = isAnd
        self.operands = operands
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        var v = Value.none
        for (i, node) in operands.enumerated() {
            v = try node.eval(f)
            if i == operands.count - 1 { break }
            let t = try f.interp.truthy(v)
            if t != isAnd { return v }
        }
        return v
    }
}

final class CompareNode: ExprNode {
    let first: ExprNode
    let ops: [ComparisonOperator]
    let rest: [ExprNode]
    init(first: ExprNode, ops: [ComparisonOperator], rest: [ExprNode], line: Int) {
        self.first = first
        self.ops = ops
        self.rest = rest
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        var left = try first.eval(f)
        for i in 0..<ops.count {
            let right = try rest[i].eval(f)
            let r = try f.interp.compareOp(ops[i], left, right)
            if i == ops.count - 1 { return r }
            if !(try f.interp.truthy(r)) { return r }
            left = right
        }
        return .true
    }
}

/// `a op b`: the common single comparison, with small-int and str fast paths.
final class CompareOneNode: ExprNode {
    let left: ExprNode
    let op: ComparisonOperator
    let right: ExprNode
    /// The right operand when it is a constant (`x == 'ERROR'`, `x in ('a', 'b')`): compared
    /// in place, borrowed from this node, instead of being copied out by an `eval`.
    private let constant: Value
    private let rightIsConstant: Bool
    init(left: ExprNode, op: ComparisonOperator, right: ExprNode, line: Int) {
        self.left = left
        self.op = op
        self.right = right
        if let c = right as? ConstantNode {
            constant = c.value
            rightIsConstant = true
        } else {
            constant = .none
            rightIsConstant = false
        }
        leftOperand = Operand(left)
        rightOperand = Operand(right)
        super.init(line: line)
    }

    /// The operands, when they can be read in place (see `Borrowing.swift`).
    private let leftOperand: Operand
    private let rightOperand: Operand

    override func eval(_ f: Frame) throws -> Value {
        // Both are plain reads, so locals and constants stay put through the comparison
        // (which may run `__eq__`); globals are lent only when both are inert.
        if let (a, aKept) = leftOperand.peek(f), let (b, bKept) = rightOperand.peek(f),
           (aKept != .global && bKept != .global) || (a.isInert && b.isInert) {
            return try a.lend { a in try b.lend { b in try compare(a, b, f) } }
        }
        let a = try left.eval(f)
        if rightIsConstant { return try compare(a, constant, f) }
        return try compare(a, try right.eval(f), f)
    }

    @inline(never)
    private func compare(_ a: Value, _ b: Value, _ f: Frame) throws -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            switch op {
            case .eq: return .bool(x == y)
            case .ne: return .bool(x != y)
            case .lt: return .bool(x < y)
            case .le: return .bool(x <= y)
            case .gt: return .bool(x > y)
            case .ge: return .bool(x >= y)
            default: break
            }
        case (.str(let x), .str(let y)):
            switch op {
            case .eq: return .bool(x == y)
            case .ne: return .bool(!(x == y))
            default: break
            }
        default: break
        }
        return try f.interp.compareOp(op, a, b)
    }
}

final class ConditionalNode: ExprNode {
    let test: ExprNode
    let body: ExprNode
    let orElse: ExprNode
    init(test: ExprNode, body: ExprNode, orElse: ExprNode, line: Int) {
        self.test = test
        self.body = body
        self.orElse = orElse
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        try f.interp.truthy(test.eval(f)) ? body.eval(f) : orElse.eval(f)
    }
}

/// `name := value`
final class NamedExprNode: ExprNode {
    let target: TargetNode
    let value: ExprNode
    init(target: TargetNode, value: ExprNode, line: Int) {
        self.target = target
        self.value = value
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        let v = try value.eval(f)
        try target.assign(f, v)
        return v
    }
}

final class AttributeNode: ExprNode {
    let object: ExprNode
    let name: String
    /// Not a name `lookupAttribute` treats specially: instances may use the cache.
    private let cacheable: Bool
    private var cache = InstanceAttributeCache()
    init(object: ExprNode, name: String, line: Int) {
        self.object = object
        self.name = name
        cacheable = !Interp.blockedAttributes.contains(name) && name != "__dict__" && name != "__class__"
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        let v = try object.eval(f)
        guard cacheable, let unretained = v.unretainedInstance else {
            return try f.interp.getAttribute(v, name)
        }
        // `v` keeps the instance alive.
        let inst = unretained.takeUnretainedValue()
        if cache.applies(to: inst) {
            if cache.slot >= 0, let value = inst.value(atSlot: cache.slot) { return value }
            if let getter = cache.getter { return try f.interp.call(getter, v) }
        }
        let version = PyType.currentAttributeVersion
        switch f.interp.resolveInstanceAttribute(inst, name) {
        case .own(let slot, let value):
            cache.remember(inst, slot: slot, version: version)
            return value
        case .property(let getter):
            cache.remember(inst, getter: getter, version: version)
            return try f.interp.call(getter, v)
        case .other:
            return try f.interp.getAttribute(v, name)
        }
    }
}

final class SubscriptNode: ExprNode {
    let object: ExprNode
    let index: ExprNode
    /// The container and the index when both are plain reads (`fields[4]`, `row[i]`,
    /// `record["level"]`): an int index into a list or tuple, or an inert key found in a dict,
    /// is then looked up where the container lies, unretained. Neither lookup runs Python
    /// code, so a global container stays put too (see `Borrowing.swift`).
    private let container: Operand
    private let indexOperand: Operand

    /// The index when it is a slice (`line[:30]`, `fields[2][1:-1]`): str, list and tuple
    /// are sliced without a slice object. With constant bounds the container, if a plain
    /// read, is sliced where it lies (slicing them runs no Python code).
    private let slice: SliceNode?
    /// The slice's bound nodes, unretained (`slice` keeps them).
    private let sliceBounds: (lower: Unmanaged<ExprNode>?, upper: Unmanaged<ExprNode>?, step: Unmanaged<ExprNode>?)
    private let constantBounds: (lower: Value, upper: Value, step: Value)?
    private let slicedContainer: Operand

    init(object: ExprNode, index: ExprNode, line: Int) {
        self.object = object
        self.index = index
        indexOperand = Operand(index)
        container = indexOperand.isPlainRead ? Operand(object) : .computed
        slice = index as? SliceNode
        if let slice {
            func constant(_ node: ExprNode?) -> Value? {
                guard let node else { return Value.none }
                return (node as? ConstantNode)?.value
            }
            if let lower = constant(slice.lower), let upper = constant(slice.upper), let step = constant(slice.step) {
                constantBounds = (lower, upper, step)
            } else {
                constantBounds = nil
            }
        } else {
            constantBounds = nil
        }
        slicedContainer = constantBounds != nil ? Operand(object) : .computed
        sliceBounds = (slice?.lower.map(Unmanaged.passUnretained), slice?.upper.map(Unmanaged.passUnretained),
                       slice?.step.map(Unmanaged.passUnretained))
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value {
        if slice != nil {
            if let bounds = constantBounds, let (o, _) = slicedContainer.peek(f) {
                if let r = try o.lend({ try sliced($0, bounds.lower, bounds.upper, bounds.step, f.interp) }) { return r }
            }
            @inline(__always) func bound(_ node: Unmanaged<ExprNode>?) throws -> Value {
                guard let node else { return .none }
                return try node._withUnsafeGuaranteedRef { try $0.eval(f) }
            }
            let o = try object.eval(f)
            let lower = try bound(sliceBounds.lower)
            let upper = try bound(sliceBounds.upper)
            let step = try bound(sliceBounds.step)
            if let r = try sliced(o, lower, upper, step, f.interp) { return r }
            return try f.interp.getItem(o, .object(PySlice(start: lower, stop: upper, step: step)))
        }
        if let sequence = container.peekSequence(f) {
            let k = try index.eval(f)
            if case .int(let i) = k { return try sequence.item(i, f.interp) }
            return try f.interp.getItem(try object.eval(f), k)
        }
        if let (c, _) = container.peek(f), case .dict(let d) = c, let (k, _) = indexOperand.peek(f), k.isInert,
           let found = try k.lend({ key in try d._withUnsafeGuaranteedRef { try $0.valueForInertKey(key, f.interp) } }) {
            return found
        }
        let o = try object.eval(f)
        let k = try index.eval(f)
        return try f.interp.getItem(o, k)
    }

    /// `o[lower:upper:step]` for a str, list or tuple with int or None bounds; nil for
    /// anything else (the general path then builds the slice object).
    @inline(__always)
    private func sliced(_ o: Value, _ lower: Value, _ upper: Value, _ step: Value, _ interp: Interp) throws -> Value? {
        guard lower.isIntOrNone, upper.isIntOrNone, step.isIntOrNone else { return nil }
        switch o {
        case .str(let s):
            let (a, b, c) = try interp.sliceIndices(lower, upper, step, s.count)
            return .str(s.slice(start: a, stop: b, step: c))
        case .list(let l):
            return .list(PyList(try interp.sliceElements(l.items, lower, upper, step)))
        case .tuple(let t):
            return .tuple(PyTuple(try interp.sliceElements(t.items, lower, upper, step)))
        default:
            return nil
        }
    }
}

extension Value {
    var isIntOrNone: Bool {
        switch self {
        case .int, .none: return true
        default: return false
        }
    }
}

/// `lower:upper:step` inside a subscript: builds a slice object.
final class SliceNode: ExprNode {
    let lower: ExprNode?
    let upper: ExprNode?
    let step: ExprNode?
    init(lower: ExprNode?, upper: ExprNode?, step: ExprNode?, line: Int) {
        self.lower = lower
        self.upper = upper
        self.step = step
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        .object(PySlice(start: try lower?.eval(f) ?? Value.none, stop: try upper?.eval(f) ?? Value.none,
                        step: try step?.eval(f) ?? Value.none))
    }
}

/// One element of a display or call: plain, or `*iterable` spread.
struct DisplayElement {
    let node: ExprNode
    let spread: Bool
    /// `node` unretained (`node` keeps it alive): evaluating through it costs no reference
    /// counting, which matters for the arguments of every call.
    let unretained: Unmanaged<ExprNode>

    init(node: ExprNode, spread: Bool) {
        self.node = node
        self.spread = spread
        unretained = Unmanaged.passUnretained(node)
    }

    @inline(__always)
    func eval(_ f: Frame) throws -> Value { try unretained._withUnsafeGuaranteedRef { try $0.eval(f) } }
}

func evalElements(_ elements: [DisplayElement], _ f: Frame) throws -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(elements.count)
    for i in elements.indices {
        if !elements[i].spread {
            out.append(try elements[i].eval(f))
        } else {
            let v = try elements[i].eval(f)
            switch v {
            case .list(let l): out.append(contentsOf: l.items)
            case .tuple(let t): out.append(contentsOf: t.items)
            default: out.append(contentsOf: try f.interp.collect(v))
            }
        }
    }
    return out
}

final class ListDisplayNode: ExprNode {
    let elements: [DisplayElement]
    init(_ elements: [DisplayElement], line: Int) {
        self.elements = elements
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value { .list(PyList(try evalElements(elements, f))) }
}

final class TupleDisplayNode: ExprNode {
    let elements: [DisplayElement]
    init(_ elements: [DisplayElement], line: Int) {
        self.elements = elements
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value { .tuple(PyTuple(try evalElements(elements, f))) }
}

final class SetDisplayNode: ExprNode {
    let elements: [DisplayElement]
    init(_ elements: [DisplayElement], line: Int) {
        self.elements = elements
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        let s = PySet()
        for v in try evalElements(elements, f) { try s.add(v, f.interp) }
        return .object(s)
    }
}

final class DictDisplayNode: ExprNode {
    /// key nil means `**mapping`.
    let items: [(key: ExprNode?, value: ExprNode)]
    /// When every key is a distinct constant str (`{"ts": t, "host": h}`, how records are
    /// written): the keys with their hashes and the value nodes, unretained (`items` keeps
    /// them). The dict is then sized once and filled without lookups.
    private let constantKeys: [(key: Value, hash: Int)]?
    private let valueNodes: [Unmanaged<ExprNode>]

    init(_ items: [(key: ExprNode?, value: ExprNode)], line: Int) {
        self.items = items
        var keys: [(key: Value, hash: Int)] = []
        var seen = Set<String>()
        for item in items {
            guard case .str(let s)? = (item.key as? ConstantNode)?.value, seen.insert(s.string).inserted else { break }
            keys.append((.str(s), s.hashCode))
        }
        constantKeys = keys.count == items.count && !items.isEmpty ? keys : nil
        valueNodes = items.map { Unmanaged.passUnretained($0.value) }
        super.init(line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        if let keys = constantKeys {
            let d = PyDict()
            d.table.reserveCapacity(keys.count)
            for i in 0..<keys.count {
                let value = try valueNodes[i]._withUnsafeGuaranteedRef { try $0.eval(f) }
                d.table.insertAbsent(keys[i].key, value, keys[i].hash)
            }
            return .dict(d)
        }
        let d = PyDict()
        for item in items {
            if let k = item.key {
                let key = try k.eval(f)
                try d.set(key, try item.value.eval(f), f.interp)
            } else {
                try f.interp.mergeMapping(into: d, try item.value.eval(f))
            }
        }
        return .dict(d)
    }
}

/// An f-string: literal pieces and formatted fields, joined.
final class FormattedStringNode: ExprNode {
    enum Piece {
        case literal(String)
        case field(ExprNode, conversion: Character?, spec: FormattedStringNode?)
    }
    /// The pieces, literals pre-encoded for appending. Payloads are unretained (`pieces` owns
    /// them) so walking the plan costs no reference counting.
    private enum Step {
        case literal(Unmanaged<PyStr>)
        /// conversion: 0, or "r" "s" "a" as ASCII.
        case field(Unmanaged<ExprNode>, conversion: UInt8, spec: Unmanaged<FormattedStringNode>?)
    }
    private let steps: [Step]
    /// Keeps every object the steps point to alive.
    private let pieces: [AnyObject]
    /// The whole text when this node is a constant (a format spec without nested fields).
    private let constantText: PyStr?
    /// Per piece: the last number format spec seen there and its parse (a constant spec, as
    /// in f"{x:.3f}", is parsed once). Only successful parses are kept, so errors still name
    /// the value's type.
    private var parsedSpecs: [(text: PyStr, spec: FormatSpec)?]
    /// The byte buffer the last string was built in, kept for the next one: the result is
    /// copied out into its own single block, so the buffer is free to reuse. (A recursive
    /// evaluation of this node finds it taken and uses a fresh one.)
    private var scratch: [UInt8] = []
    private static let scratchLimit = 1 << 16

    init(_ pieces: [Piece], line: Int) {
        var owned: [AnyObject] = []
        var steps: [Step] = []
        var literals: [PyStr] = []
        for piece in pieces {
            switch piece {
            case .literal(let text):
                let s = PyStr.from(text)
                owned.append(s)
                literals.append(s)
                steps.append(.literal(Unmanaged.passUnretained(s)))
            case .field(let node, let conversion, let spec):
                owned.append(node)
                if let spec = spec { owned.append(spec) }
                steps.append(.field(Unmanaged.passUnretained(node),
                                    conversion: conversion?.asciiValue ?? 0,
                                    spec: spec.map { Unmanaged.passUnretained($0) }))
            }
        }
        self.steps = steps
        self.pieces = owned
        if pieces.isEmpty {
            constantText = PyStr.empty
        } else if steps.count == 1, let only = literals.first {
            constantText = only
        } else {
            constantText = nil
        }
        parsedSpecs = Array(repeating: nil, count: steps.count)
        super.init(line: line)
    }

    override func eval(_ f: Frame) throws -> Value { .str(try build(f)) }

    /// Appends each piece's UTF-8 directly: no Swift String in the common cases.
    func build(_ f: Frame) throws -> PyStr {
        if let text = constantText { return text }
        var out = PyStrBuilder(reusing: scratch)
        scratch = []
        for k in steps.indices {
            switch steps[k] {
            case .literal(let s):
                s._withUnsafeGuaranteedRef { out.append($0) }
            case .field(let node, let conversion, let spec):
                var v = try node._withUnsafeGuaranteedRef { try $0.eval(f) }
                switch conversion {
                case 0x72: v = .str(PyStr.from(try f.interp.repr(v)))
                case 0x73: v = .str(PyStr.from(try f.interp.str(v)))
                case 0x61: v = .str(PyStr.from(asciiEscaped(try f.interp.repr(v))))
                default: break
                }
                guard let spec = spec else {
                    switch v {
                    case .str(let s): out.append(s)
                    case .int(let i):
                        if i < 0 { out.appendASCII(0x2D) }
                        withDecimalDigits(i.magnitude) { out.appendASCII($0) }
                    default: out.append(try f.interp.format(v, ""))
                    }
                    continue
                }
                let specText = try spec._withUnsafeGuaranteedRef { try $0.build(f) }
                do {
                    switch v {
                    case .str(let s):
                        try f.interp.reserveFormatWidth(specText.string)
                        out.append(try formatStr(s, spec: specText))
                    case .int(let i):
                        let parsed = try parsedNumberSpec(k, specText, f.interp, "int")
                        if !appendSimpleInt(i, parsed, to: &out) {
                            out.append(try formatInt(i, parsed: parsed))
                        }
                    case .float(let d):
                        out.append(try formatFloat(d, parsed: parsedNumberSpec(k, specText, f.interp, "float")))
                    default:
                        out.append(try f.interp.format(v, specText.string))
                    }
                } catch let e as TextError {
                    throw e.asPython
                }
            }
        }
        let result = out.build()
        if out.bytes.capacity <= FormattedStringNode.scratchLimit { scratch = out.takeBytes() }
        return result
    }

    @inline(__always)
    private func parsedNumberSpec(_ k: Int, _ text: PyStr, _ interp: Interp, _ typeName: String) throws -> FormatSpec {
        if let cached = parsedSpecs[k], cached.text == text { return cached.spec }
        let spec = try FormatSpec.parse(text, typeName: typeName)
        // Widths and precisions are size-predictable allocations: refuse absurd ones.
        let size = max(spec.width, spec.precision)
        if size > 1 << 16 { try interp.reserve(bytes: size) }
        parsedSpecs[k] = (text, spec)
        return spec
    }
}
