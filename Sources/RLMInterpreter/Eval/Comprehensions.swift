/// List, set and dict comprehensions run inline in the enclosing frame (their variables have
/// slots of their own there, so they do not leak into the enclosing scope's names).
struct ComprehensionClause {
    let target: TargetNode
    let iterable: ExprNode
    let conditions: [ExprNode]
    /// The conditions, unretained (`conditions` keeps them alive): testing them per item then
    /// costs no reference counting, as in `Block`.
    let unretainedConditions: [Unmanaged<ExprNode>]

    init(target: TargetNode, iterable: ExprNode, conditions: [ExprNode]) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
        unretainedConditions = conditions.map { Unmanaged.passUnretained($0) }
    }

    /// Whether the item just assigned to the target passes every `if`.
    @inline(__always)
    func conditionsHold(_ f: Frame) throws -> Bool {
        for c in unretainedConditions {
            let v = try c._withUnsafeGuaranteedRef { try $0.eval(f) }
            if case .bool(let passed) = v {
                if !passed { return false }
            } else if !(try f.interp.truthy(v)) {
                return false
            }
        }
        return true
    }
}

/// A generator expression's loops and element. Its generator keeps one iterator per active
/// loop and runs them directly to the next element: no statements, no resume points (a
/// generator expression has no `try` or `finally` to suspend inside).
final class GeneratorExpressionLoops {
    let clauses: [ComprehensionClause]
    let element: ExprNode
    let line: Int
    init(clauses: [ComprehensionClause], element: ExprNode, line: Int) {
        self.clauses = clauses
        self.element = element
        self.line = line
    }

    /// The next element, advancing `iterators` (innermost last), or nil when the outermost
    /// loop is done.
    func next(_ f: Frame, _ iterators: inout [PyIterator]) throws -> Value? {
        let interp = f.interp
        f.line = line
        let last = clauses.count - 1
        while let it = iterators.last {
            let level = iterators.count - 1
            guard let item = try it.next(interp) else {
                iterators.removeLast()
                continue
            }
            try interp.safeTick()
            try clauses[level].target.assign(f, consume item)
            guard try clauses[level].conditionsHold(f) else { continue }
            if level == last { return try element.eval(f) }
            iterators.append(try interp.iterate(clauses[level + 1].iterable.eval(f)))
        }
        return nil
    }
}

class ComprehensionNode: ExprNode {
    let clauses: [ComprehensionClause]
    init(clauses: [ComprehensionClause], line: Int) {
        self.clauses = clauses
        super.init(line: line)
    }

    /// Runs the nested loops, calling `produce` for each combination that passes the filters.
    final func run(_ f: Frame, _ level: Int, _ produce: () throws -> Void) throws {
        let clause = clauses[level]
        let interp = f.interp
        let source = try clause.iterable.eval(f)
        let last = level == clauses.count - 1
        // The item is consumed by the assignment: moved into the target, never copied.
        @inline(__always) func body(_ item: consuming Value) throws {
            try interp.safeTick()
            try clause.target.assign(f, consume item)
            guard try clause.conditionsHold(f) else { return }
            if last { try produce() } else { try run(f, level + 1, produce) }
        }
        switch source {
        case .list(let l):
            var i = 0
            while i < l.items.count {
                let item = l.items[i]
                i += 1
                try body(consume item)
            }
        case .object(let o) where o is PyRange:
            let r = o as! PyRange
            var i = r.start
            while r.step > 0 ? i < r.stop : i > r.stop {
                try body(.int(i))
                let (next, overflow) = i.addingReportingOverflow(r.step)
                if overflow { break }
                i = next
            }
        default:
            let it = try interp.iterate(source)
            while let item = try it.next(interp) { try body(item) }
        }
    }
}

final class ListComprehensionNode: ComprehensionNode {
    let element: ExprNode
    init(clauses: [ComprehensionClause], element: ExprNode, line: Int) {
        self.element = element
        super.init(clauses: clauses, line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        var out: [Value] = []
        try run(f, 0) { out.append(try element.eval(f)) }
        return .list(PyList(out))
    }
}

final class SetComprehensionNode: ComprehensionNode {
    let element: ExprNode
    init(clauses: [ComprehensionClause], element: ExprNode, line: Int) {
        self.element = element
        super.init(clauses: clauses, line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        let s = PySet()
        try run(f, 0) { try s.add(element.eval(f), f.interp) }
        return .object(s)
    }
}

final class DictComprehensionNode: ComprehensionNode {
    let key: ExprNode
    let value: ExprNode
    init(clauses: [ComprehensionClause], key: ExprNode, value: ExprNode, line: Int) {
        self.key = key
        self.value = value
        super.init(clauses: clauses, line: line)
    }
    override func eval(_ f: Frame) throws -> Value {
        let d = PyDict()
        try run(f, 0) {
            let k = try key.eval(f)
            try d.set(k, try value.eval(f), f.interp)
        }
        return .dict(d)
    }
}
