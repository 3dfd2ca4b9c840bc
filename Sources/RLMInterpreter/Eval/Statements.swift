/// Statement nodes. `exec` returns how control leaves the statement.
///
/// Generators are run by the same nodes: a `yield` returns `.suspended`, and each compound
/// statement on the way out pushes where it was onto the frame's resume stack. Resuming
/// re-enters the body from the top with `frame.resuming` set; each statement pops its own
/// resume point and jumps straight back in. This costs O(nesting depth) per yield and needs
/// no threads or continuations. See Docs/interpreter.md, "Generators".
class StmtNode {
    let line: Int
    init(line: Int) { self.line = line }
    func exec(_ f: Frame) throws -> Flow { fatalError("abstract") }
}

final class Block {
    let statements: [StmtNode]
    /// The same statements, unretained: `statements` keeps them alive, and calling through
    /// these skips a retain/release pair per statement executed.
    private let unretained: [Unmanaged<StmtNode>]
    /// Whether the block contains a yield (set by the compiler); loops that cannot suspend
    /// take faster paths.
    var mayYield = false
    init(_ statements: [StmtNode], mayYield: Bool = false) {
        self.statements = statements
        self.unretained = statements.map { Unmanaged.passUnretained($0) }
        self.mayYield = mayYield
    }

    @inline(__always)
    func exec(_ f: Frame) throws -> Flow {
        var i = 0
        if f.resuming, case .index(let k) = f.popResume() { i = k }
        let n = unretained.count
        while i < n {
            let flow = try unretained[i]._withUnsafeGuaranteedRef { s -> Flow in
                f.line = s.line
                return try s.exec(f)
            }
            if case .normal = flow {
                i += 1
                continue
            }
            if case .suspended = flow { f.resumeStack.append(.index(i)) }
            return flow
        }
        return .normal
    }
}

final class ExpressionStmt: StmtNode {
    let expression: ExprNode
    init(_ expression: ExprNode, line: Int) {
        self.expression = expression
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        _ = try expression.eval(f)
        return .normal
    }
}

final class AssignStmt: StmtNode {
    let targets: [TargetNode]
    let value: ExprNode
    /// The target of `x = ...` (the common case), unretained (`targets` keeps it alive): the
    /// value moves into it with no reference counting beyond the store.
    private let onlyTarget: Unmanaged<TargetNode>?
    init(targets: [TargetNode], value: ExprNode, line: Int) {
        self.targets = targets
        self.value = value
        onlyTarget = targets.count == 1 ? Unmanaged.passUnretained(targets[0]) : nil
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let v = try value.eval(f)
        if let t = onlyTarget {
            try t._withUnsafeGuaranteedRef { try $0.assign(f, v) }
            return .normal
        }
        for t in targets { try t.assign(f, v) }
        return .normal
    }
}

/// `name op= value`.
final class AugmentedAssignNameStmt: StmtNode {
    let load: ExprNode
    let store: TargetNode
    let op: BinaryOperator
    let value: ExprNode
    init(load: ExprNode, store: TargetNode, op: BinaryOperator, value: ExprNode, line: Int) {
        self.load = load
        self.store = store
        self.op = op
        self.value = value
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let old = try load.eval(f)
        let v = try value.eval(f)
        if case .int(let x) = old, case .int(let y) = v, let r = smallIntArithmetic(op, x, y) {
            try store.assign(f, .int(r))
            return .normal
        }
        try store.assign(f, try f.interp.inplace(op, old, v))
        return .normal
    }
}

/// `obj.name op= value`: the object is evaluated once.
final class AugmentedAssignAttributeStmt: StmtNode {
    let object: ExprNode
    let name: String
    let op: BinaryOperator
    let value: ExprNode
    init(object: ExprNode, name: String, op: BinaryOperator, value: ExprNode, line: Int) {
        self.object = object
        self.name = name
        self.op = op
        self.value = value
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let interp = f.interp
        let obj = try object.eval(f)
        let old = try interp.getAttribute(obj, name)
        try interp.setAttribute(obj, name, try interp.inplace(op, old, value.eval(f)))
        return .normal
    }
}

/// `obj[key] op= value`: the container and key are evaluated once.
final class AugmentedAssignItemStmt: StmtNode {
    let object: ExprNode
    let key: ExprNode
    let op: BinaryOperator
    let value: ExprNode
    init(object: ExprNode, key: ExprNode, op: BinaryOperator, value: ExprNode, line: Int) {
        self.object = object
        self.key = key
        self.op = op
        self.value = value
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let interp = f.interp
        let obj = try object.eval(f)
        let k = try key.eval(f)
        let old = try interp.getItem(obj, k)
        try interp.setItem(obj, k, try interp.inplace(op, old, value.eval(f)))
        return .normal
    }
}

final class PassStmt: StmtNode {
    override func exec(_ f: Frame) throws -> Flow { .normal }
}

final class BreakStmt: StmtNode {
    override func exec(_ f: Frame) throws -> Flow { .breakLoop }
}

final class ContinueStmt: StmtNode {
    override func exec(_ f: Frame) throws -> Flow { .continueLoop }
}

final class ReturnStmt: StmtNode {
    let value: ExprNode?
    init(_ value: ExprNode?, line: Int) {
        self.value = value
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        f.returnValue = try value?.eval(f) ?? Value.none
        return .returned
    }
}

final class IfStmt: StmtNode {
    let test: ExprNode
    let body: Block
    let orElse: Block
    init(test: ExprNode, body: Block, orElse: Block, line: Int) {
        self.test = test
        self.body = body
        self.orElse = orElse
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let branch: Int
        if f.resuming, case .branch(let b) = f.popResume() {
            branch = b
        } else {
            let v = try test.eval(f)
            if case .bool(let b) = v { branch = b ? 0 : 1 } else { branch = try f.interp.truthy(v) ? 0 : 1 }
        }
        // Two calls, not `(branch == 0 ? body : orElse).exec(f)`: the chosen block would be
        // copied (a retain and a release per statement run).
        let flow = branch == 0 ? try body.exec(f) : try orElse.exec(f)
        if case .suspended = flow { f.resumeStack.append(.branch(branch)) }
        return flow
    }
}

final class WhileStmt: StmtNode {
    let test: ExprNode
    let body: Block
    let orElse: Block
    init(test: ExprNode, body: Block, orElse: Block, line: Int) {
        self.test = test
        self.body = body
        self.orElse = orElse
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        var skipTest = false
        if f.resuming, case .branch(let b) = f.popResume() {
            if b == 1 { return try runElse(f) }
            skipTest = true
        }
        let interp = f.interp
        while true {
            try interp.safeTick()
            if !skipTest {
                f.line = line   // an error in the test is reported at the `while` line
                let v = try test.eval(f)
                if case .bool(let b) = v {
                    if !b { return try runElse(f) }
                } else if !(try interp.truthy(v)) {
                    return try runElse(f)
                }
            }
            skipTest = false
            let flow = try body.exec(f)
            switch flow {
            case .normal, .continueLoop: continue
            case .breakLoop: return .normal
            case .returned: return .returned
            case .suspended:
                f.resumeStack.append(.branch(0))
                return .suspended
            }
        }
    }

    private func runElse(_ f: Frame) throws -> Flow {
        let flow = try orElse.exec(f)
        if case .suspended = flow { f.resumeStack.append(.branch(1)) }
        return flow
    }
}

final class ForStmt: StmtNode {
    let target: TargetNode
    let iterable: ExprNode
    let body: Block
    let orElse: Block
    init(target: TargetNode, iterable: ExprNode, body: Block, orElse: Block, line: Int) {
        self.target = target
        self.iterable = iterable
        self.body = body
        self.orElse = orElse
        pairTarget = UnpackTarget.pair(target)
        super.init(line: line)
    }
    /// `target` when it unpacks two names (`for k, v in d.items()`).
    private let pairTarget: UnpackTarget?

    override func exec(_ f: Frame) throws -> Flow {
        let interp = f.interp
        let iterator: PyIterator
        if f.resuming, case .branch(let b) = f.popResume() {
            if b == 1 { return try runElse(f) }
            guard case .iterator(let it) = f.popResume() else { fatalError("resume stack corrupted") }
            iterator = it
            switch try body.exec(f) {
            case .normal, .continueLoop: break
            case .breakLoop: return .normal
            case .returned: return .returned
            case .suspended:
                f.resumeStack.append(.iterator(iterator))
                f.resumeStack.append(.branch(0))
                return .suspended
            }
        } else {
            let source = try iterable.eval(f)
            // Fast paths that avoid an iterator object for the commonest loops.
            if case .object(let o) = source, let r = o as? PyRange, !r.hasGenerator(body) {
                var i = r.start
                let step = r.step
                while step > 0 ? i < r.stop : i > r.stop {
                    if let exit = try runItem(f, .int(i)) { return exit }
                    let (next, overflow) = i.addingReportingOverflow(step)
                    if overflow { break }
                    i = next
                }
                return try runElse(f)
            }
            // A list is walked by index, as its iterator would (re-reading the count, so items
            // appended during the loop are visited), without the iterator object.
            if case .list(let l) = source, !body.mayYield {
                var i = 0
                while i < l.items.count {
                    let item = l.items[i]
                    i += 1
                    if let exit = try runItem(f, consume item) { return exit }
                }
                return try runElse(f)
            }
            iterator = try interp.iterate(source)
        }
        let pairs = pairTarget == nil ? nil : iterator as? PairIterator
        while true {
            f.line = line   // an error from the iterator is reported at the `for` line
            try interp.safeTick()
            if let pairs {
                guard let (a, b) = try pairs.nextPair(interp) else { break }
                try pairTarget.unsafelyUnwrapped.assignPair(f, a, b)
            } else {
                guard let item = try iterator.next(interp) else { break }
                try target.assign(f, consume item)
            }
            switch try body.exec(f) {
            case .normal, .continueLoop: continue
            case .breakLoop: return .normal
            case .returned: return .returned
            case .suspended:
                f.resumeStack.append(.iterator(iterator))
                f.resumeStack.append(.branch(0))
                return .suspended
            }
        }
        return try runElse(f)
    }

    /// One iteration of a fast path (range or list, never in a generator body): the flow the
    /// loop must return with, or nil to go on.
    @inline(__always)
    private func runItem(_ f: Frame, _ item: consuming Value) throws -> Flow? {
        try f.interp.safeTick()
        try target.assign(f, consume item)   // moved into the target, never copied
        switch try body.exec(f) {
        case .normal, .continueLoop: return nil
        case .breakLoop: return .normal
        case .returned: return .returned
        case .suspended: fatalError("unreachable: a fast path runs no generator body")
        }
    }

    private func runElse(_ f: Frame) throws -> Flow {
        let flow = try orElse.exec(f)
        if case .suspended = flow { f.resumeStack.append(.branch(1)) }
        return flow
    }
}

extension PyRange {
    /// The range fast path cannot suspend; loops in generator bodies use the iterator path.
    @inline(__always)
    func hasGenerator(_ body: Block) -> Bool { body.mayYield }
}

final class DeleteStmt: StmtNode {
    let targets: [TargetNode]
    init(_ targets: [TargetNode], line: Int) {
        self.targets = targets
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        for t in targets { try t.delete(f) }
        return .normal
    }
}

final class AssertStmt: StmtNode {
    let test: ExprNode
    let message: ExprNode?
    init(test: ExprNode, message: ExprNode?, line: Int) {
        self.test = test
        self.message = message
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        if try f.interp.truthy(test.eval(f)) { return .normal }
        if let m = message {
            throw PyException(BuiltinTypes.assertionError, args: [try m.eval(f)])
        }
        throw PyException(BuiltinTypes.assertionError, args: [])
    }
}

final class RaiseStmt: StmtNode {
    let exception: ExprNode?
    let cause: ExprNode?
    init(exception: ExprNode?, cause: ExprNode?, line: Int) {
        self.exception = exception
        self.cause = cause
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let interp = f.interp
        guard let node = exception else {
            guard let current = interp.handling.last else {
                throw PyException.runtimeError("No active exception to reraise")
            }
            throw PyException(current)
        }
        let e = try interp.makeException(node.eval(f))
        if let c = cause {
            let cv = try c.eval(f)
            if cv.isNone {
                e.object.cause = nil
            } else {
                e.object.cause = try interp.makeException(cv).object
            }
            e.object.suppressContext = true
        }
        // `raise e` of an exception caught in this frame adds the raise line in front of
        // the line where it was first raised, as in CPython.
        e.object.tracebackFrame = nil
        e.object.addTraceback(f)
        throw e
    }
}

/// A `yield` at statement level, or as the whole right-hand side of an assignment.
final class YieldStmt: StmtNode {
    let value: ExprNode?
    let target: TargetNode?
    init(value: ExprNode?, target: TargetNode?, line: Int) {
        self.value = value
        self.target = target
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        if f.resuming {
            f.resuming = false
            if let e = f.thrownIn {
                f.thrownIn = nil
                throw e
            }
            try target?.assign(f, f.sentValue)
            return .normal
        }
        f.yieldedValue = try value?.eval(f) ?? Value.none
        return .suspended
    }
}

/// `yield from iterable` (optionally assigning the delegate's return value).
final class YieldFromStmt: StmtNode {
    let iterable: ExprNode
    let target: TargetNode?
    init(iterable: ExprNode, target: TargetNode?, line: Int) {
        self.iterable = iterable
        self.target = target
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let interp = f.interp
        let iterator: PyIterator
        var next: Value?
        if f.resuming, case .iterator(let it) = f.popResume() {
            f.resuming = false
            iterator = it
            let thrown = f.thrownIn
            f.thrownIn = nil
            if let g = it as? PyGenerator {
                next = try g.resume(interp, send: f.sentValue, throwing: thrown)
            } else {
                if let e = thrown { throw e }
                next = try it.next(interp)
            }
        } else {
            iterator = try interp.iterate(iterable.eval(f))
            next = try iterator.next(interp)
        }
        guard let v = next else {
            let result = (iterator as? PyGenerator)?.returnValue ?? Value.none
            try target?.assign(f, result)
            return .normal
        }
        f.yieldedValue = v
        f.resumeStack.append(.iterator(iterator))
        return .suspended
    }
}

final class ImportStmt: StmtNode {
    let module: String
    let target: TargetNode
    /// For `import a.b`, the name bound is `a`, so the top package is what is stored.
    let bindsTopLevel: Bool
    init(module: String, target: TargetNode, bindsTopLevel: Bool, line: Int) {
        self.module = module
        self.target = target
        self.bindsTopLevel = bindsTopLevel
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        var m = try f.interp.importModule(module)
        if bindsTopLevel, let dot = module.firstIndex(of: ".") {
            m = try f.interp.importModule(String(module[..<dot]))
        }
        try target.assign(f, .object(m))
        return .normal
    }
}

final class ImportFromStmt: StmtNode {
    let module: String
    let names: [(name: String, target: TargetNode)]
    init(module: String, names: [(name: String, target: TargetNode)], line: Int) {
        self.module = module
        self.names = names
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let m = try f.interp.importModule(module)
        for (name, target) in names {
            guard let v = m.dict[name] else {
                throw PyException(BuiltinTypes.importError, "cannot import name '\(name)' from '\(module)' (unknown location)")
            }
            try target.assign(f, v)
        }
        return .normal
    }
}
