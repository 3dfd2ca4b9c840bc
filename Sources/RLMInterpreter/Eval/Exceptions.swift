/// try/except/else/finally and with: the statements that handle exceptions.

final class ExceptClause {
    /// nil for a bare `except:`.
    let type: ExprNode?
    let target: TargetNode?
    let body: Block
    init(type: ExprNode?, target: TargetNode?, body: Block) {
        self.type = type
        self.target = target
        self.body = body
    }
}

final class TryStmt: StmtNode {
    let body: Block
    let handlers: [ExceptClause]
    let orElse: Block?
    let finally: Block?

    init(body: Block, handlers: [ExceptClause], orElse: Block?, finally: Block?, line: Int) {
        self.body = body
        self.handlers = handlers
        self.orElse = orElse
        self.finally = finally
        super.init(line: line)
    }

    // Resume stages.
    private static let inBody = 0, inHandler = 1, inElse = 2, inFinally = 3

    override func exec(_ f: Frame) throws -> Flow {
        var stage = TryStmt.inBody
        var handlerIndex = 0
        var caught: PyException?
        var pendingFlow = Flow.normal
        var pendingError: Error?
        var resuming = false

        if f.resuming, case .branch(let s) = f.popResume() {
            resuming = true
            stage = s
            if stage == TryStmt.inHandler {
                guard case .index(let k) = f.popResume(), case .exception(let e) = f.popResume() else {
                    fatalError("resume stack corrupted")
                }
                handlerIndex = k
                caught = e
            } else if stage == TryStmt.inFinally {
                guard case .index(let code) = f.popResume(), case .exception(let e) = f.popResume() else {
                    fatalError("resume stack corrupted")
                }
                pendingFlow = TryStmt.flow(code)
                pendingError = e
            }
        }

        if stage != TryStmt.inFinally {
            do {
                let flow = try runGuarded(f, &stage, &handlerIndex, &caught, resuming)
                if case .suspended = flow {
                    if stage == TryStmt.inHandler {
                        f.resumeStack.append(.exception(caught))
                        f.resumeStack.append(.index(handlerIndex))
                    }
                    f.resumeStack.append(.branch(stage))
                    return .suspended
                }
                pendingFlow = flow
            } catch {
                pendingError = error
            }
            resuming = false
        }

        if let fin = finally {
            // While a pending exception waits for the finally block it is being handled: a
            // new exception raised there gets it as __context__.
            let pending = pendingError as? PyException
            if !resuming {
                pending?.object.addTraceback(f)   // at the line it was raised, not the finally's
                f.line = fin.statements.first?.line ?? f.line
            }
            if let p = pending { f.interp.handling.append(p.object) }
            let flow: Flow
            do {
                defer { if pending != nil { f.interp.handling.removeLast() } }
                flow = try fin.exec(f)
            } catch let inner as PyException {
                if let p = pending, inner.object !== p.object, inner.object.context == nil {
                    inner.object.context = p.object
                }
                throw inner
            }
            switch flow {
            case .normal: break
            case .suspended:
                f.resumeStack.append(.exception(pendingError as? PyException))
                f.resumeStack.append(.index(TryStmt.code(pendingFlow)))
                f.resumeStack.append(.branch(TryStmt.inFinally))
                return .suspended
            default:
                return flow   // break/continue/return in finally discards the pending exception
            }
        }
        if let e = pendingError { throw e }
        return pendingFlow
    }

    /// The body, the matching handler, and the else block; `stage` records where we are.
    private func runGuarded(_ f: Frame, _ stage: inout Int, _ handlerIndex: inout Int,
                            _ caught: inout PyException?, _ resuming: Bool) throws -> Flow {
        let interp = f.interp
        if stage == TryStmt.inBody {
            let flow: Flow
            do {
                flow = try body.exec(f)
            } catch let e as PyException {
                e.object.addTraceback(f)
                // Raised while another exception was being handled (a try inside an except
                // block): that one is its context, as CPython records at the raise.
                if e.object.context == nil, let outer = interp.handling.last, outer !== e.object {
                    e.object.context = outer
                }
                guard let k = try matchHandler(e, f) else { throw e }
                stage = TryStmt.inHandler
                handlerIndex = k
                caught = e
                return try runHandler(f, k, e, resuming: false)
            }
            if case .normal = flow, let orElse = orElse {
                stage = TryStmt.inElse
                return try orElse.exec(f)
            }
            return flow
        }
        if stage == TryStmt.inHandler {
            return try runHandler(f, handlerIndex, caught!, resuming: resuming)
        }
        _ = interp
        return try orElse!.exec(f)   // stage == inElse
    }

    private func matchHandler(_ e: PyException, _ f: Frame) throws -> Int? {
        for (i, h) in handlers.enumerated() {
            guard let typeNode = h.type else { return i }
            if try f.interp.exceptionMatches(e.object, typeNode.eval(f)) { return i }
        }
        return nil
    }

    private func runHandler(_ f: Frame, _ k: Int, _ e: PyException, resuming: Bool) throws -> Flow {
        let interp = f.interp
        let h = handlers[k]
        interp.handling.append(e.object)
        defer { interp.handling.removeLast() }
        if !resuming { try h.target?.assign(f, .object(e.object)) }
        let flow: Flow
        do {
            flow = try h.body.exec(f)
        } catch let inner as PyException {
            if inner.object !== e.object && inner.object.context == nil {
                inner.object.context = e.object
            }
            throw inner
        }
        if case .suspended = flow { return flow }
        // Python unbinds the `as` name when the handler ends.
        if let t = h.target { try? t.delete(f) }
        return flow
    }

    private static func code(_ flow: Flow) -> Int {
        switch flow {
        case .normal: return 0
        case .breakLoop: return 1
        case .continueLoop: return 2
        case .returned: return 3
        case .suspended: return 4
        }
    }

    private static func flow(_ code: Int) -> Flow {
        switch code {
        case 1: return .breakLoop
        case 2: return .continueLoop
        case 3: return .returned
        default: return .normal
        }
    }
}

/// `with manager as target:` (several items compile to nested with statements).
final class WithStmt: StmtNode {
    let manager: ExprNode
    let target: TargetNode?
    let body: Block
    init(manager: ExprNode, target: TargetNode?, body: Block, line: Int) {
        self.manager = manager
        self.target = target
        self.body = body
        super.init(line: line)
    }

    override func exec(_ f: Frame) throws -> Flow {
        let interp = f.interp
        let exit: Value
        if f.resuming, case .value(let saved) = f.popResume() {
            exit = saved
        } else {
            let m = try manager.eval(f)
            guard let enter = try interp.optionalAttribute(m, "__enter__"),
                  let exitFn = try interp.optionalAttribute(m, "__exit__") else {
                throw PyException.typeError("'\(typeName(m))' object does not support the context manager protocol")
            }
            exit = exitFn
            let v = try interp.call(enter, Arguments())
            try target?.assign(f, v)
        }
        let flow: Flow
        do {
            flow = try body.exec(f)
        } catch let e as PyException {
            // __exit__ runs at the `with` line while the exception is being handled: one it
            // raises gets the body's exception as __context__.
            e.object.addTraceback(f)
            f.line = line
            interp.handling.append(e.object)
            let suppress: Value
            do {
                defer { interp.handling.removeLast() }
                suppress = try interp.call(exit, Arguments([.object(e.object.cls), .object(e.object), .none]))
            } catch let inner as PyException {
                if inner.object !== e.object && inner.object.context == nil { inner.object.context = e.object }
                throw inner
            }
            if try interp.truthy(suppress) { return .normal }
            throw e
        }
        if case .suspended = flow {
            f.resumeStack.append(.value(exit))
            return flow
        }
        f.line = line
        _ = try interp.call(exit, Arguments([.none, .none, .none]))
        return flow
    }
}

extension Interp {
    /// Whether an exception matches an `except` clause's type (a class or a tuple of them).
    func exceptionMatches(_ e: PyBaseException, _ spec: Value) throws -> Bool {
        // As CPython: every member of a tuple must be an exception class (one level, no
        // nested tuples), checked before any is matched.
        func exceptionClass(_ v: Value) throws -> PyType {
            if case .object(let o) = v, let t = o as? PyType, t.layout == .exception { return t }
            throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        if case .tuple(let t) = spec {
            let classes = try t.items.map(exceptionClass)
            return classes.contains { e.cls.isSubtype(of: $0) }
        }
        return e.cls.isSubtype(of: try exceptionClass(spec))
    }

    /// The exception a `raise` statement raises: a class is instantiated, an instance used.
    func makeException(_ v: Value) throws -> PyException {
        if case .object(let o) = v {
            if let e = o as? PyBaseException { return PyException(e) }
            if let t = o as? PyType, t.layout == .exception {
                let instance = try call(v, Arguments())
                if case .object(let io) = instance, let e = io as? PyBaseException { return PyException(e) }
            }
        }
        throw PyException.typeError("exceptions must derive from BaseException")
    }
}
