/// List, set and dict comprehensions run inline in the enclosing frame (their variables have
/// slots of their own there, so they do not leak into the enclosing scope's names).
final class ComprehensionClause {
    let target: TargetNode
    let iterable: ExprNode
    let conditions: [ExprNode]
    /// The conditions, unretained (`conditions` keeps them alive): testing them per item then
    /// costs no reference counting, as in `Block`.
    let unretainedConditions: [Unmanaged<ExprNode>]

    /// `target` when it unpacks two names (`for k, v in d.items()`).
    let pairTarget: UnpackTarget?

    init(target: TargetNode, iterable: ExprNode, conditions: [ExprNode]) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
        unretainedConditions = conditions.map { Unmanaged.passUnretained($0) }
        pairTarget = UnpackTarget.pair(target)
    }

    /// Whether the item just assigned to the target passes every `if`. (An index loop: a
    /// `for` over the array would retain it for the loop.)
    @inline(__always)
    func conditionsHold(_ f: Frame) throws -> Bool {
        var i = 0
        while i < unretainedConditions.count {
            let v = try unretainedConditions[i]._withUnsafeGuaranteedRef { try $0.eval(f) }
            if case .bool(let passed) = v {
                if !passed { return false }
            } else if !(try f.interp.truthy(v)) {
                return false
            }
            i += 1
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
    /// `clauses` and `element` unretained (the properties keep them alive): the per-element
    /// step below then copies no references out of them.
    private let unretainedClauses: [Unmanaged<ComprehensionClause>]
    private let unretainedElement: Unmanaged<ExprNode>

    init(clauses: [ComprehensionClause], element: ExprNode, line: Int) {
        self.clauses = clauses
        self.element = element
        self.line = line
        unretainedClauses = clauses.map { Unmanaged.passUnretained($0) }
        unretainedElement = Unmanaged.passUnretained(element)
    }

    /// The next element, advancing `iterators` (innermost last), or nil when the outermost
    /// loop is done.
    func next(_ f: Frame, _ iterators: inout [PyIterator]) throws -> Value? {
        let interp = f.interp
        f.line = line
        let last = unretainedClauses.count - 1
        while !iterators.isEmpty {
            let level = iterators.count - 1
            let found: Bool
            if let pairTarget = unretainedClauses[level]._withUnsafeGuaranteedRef({ $0.pairTarget }),
               let pairs = iterators[level] as? PairIterator {
                guard let (a, b) = try pairs.nextPair(interp) else {
                    iterators.removeLast()
                    continue
                }
                try interp.safeTick()
                try pairTarget.assignPair(f, a, b)
                found = try unretainedClauses[level]._withUnsafeGuaranteedRef { try $0.conditionsHold(f) }
            } else {
                guard let item = try iterators[level].next(interp) else {
                    iterators.removeLast()
                    continue
                }
                try interp.safeTick()
                found = try unretainedClauses[level]._withUnsafeGuaranteedRef { clause -> Bool in
                    try clause.target.assign(f, consume item)
                    return try clause.conditionsHold(f)
                }
            }
            guard found else { continue }
            if level == last { return try unretainedElement._withUnsafeGuaranteedRef { try $0.eval(f) } }
            let source = try unretainedClauses[level + 1]._withUnsafeGuaranteedRef { try $0.iterable.eval(f) }
            iterators.append(try interp.iterate(source))
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
            try afterAssigning()
        }
        @inline(__always) func afterAssigning() throws {
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
            if let pairTarget = clause.pairTarget, let pairs = it as? PairIterator {
                while let (a, b) = try pairs.nextPair(interp) {
                    try interp.safeTick()
                    try pairTarget.assignPair(f, a, b)
                    try afterAssigning()
                }
            } else {
                while let item = try it.next(interp) { try body(item) }
            }
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
