/// A generator object: a suspended frame of a generator function or generator expression.
final class PyGenerator: PyIterator {
    let frame: Frame
    private var started = false
    private(set) var finished = false
    private var running = false
    /// What the generator returned (the value of `yield from` it).
    var returnValue: Value = .none

    override var type: PyType { BuiltinTypes.generator }

    /// Set for a generator expression: its loops, run directly instead of a body.
    private let loops: GeneratorExpressionLoops?
    /// A generator expression's iterators, one per active loop, innermost last.
    private var loopIterators: [PyIterator]

    init(frame: Frame) {
        self.frame = frame
        loops = nil
        loopIterators = []
    }

    init(frame: Frame, loops: GeneratorExpressionLoops, firstIterator: PyIterator) {
        self.frame = frame
        self.loops = loops
        loopIterators = [firstIterator]
    }

    /// False for the stand-in that carries an abandoned generator's frame to its close.
    private var closesOnRelease = true

    /// CPython closes a suspended generator when its last reference goes away, which runs
    /// its pending `finally` blocks. Running Python code inside a deinit is unsafe: the last
    /// release happens in the middle of whatever Swift mutation dropped the reference
    /// (`x = None` writing the globals table, `l[0] = None` writing the list), and the finally
    /// block may touch that same storage. So the frame is handed to the interpreter, which
    /// closes it at its next safe point (a loop iteration, a call, the end of the run).
    deinit {
        guard closesOnRelease, started, !finished, !running, !frame.resumeStack.isEmpty else { return }
        let interp = frame.interp
        guard !interp.isShutDown else { return }
        let standIn = PyGenerator(frame: frame)
        standIn.started = true
        standIn.closesOnRelease = false
        interp.abandonedGenerators.append(standIn)
        interp.ticksUntilCheck = 0
    }

    var name: String { frame.code.name }

    override func next(_ interp: Interp) throws -> Value? {
        try resume(interp, send: .none, throwing: nil)
    }

    /// Runs the body until the next yield (returns its value) or the end (returns nil).
    func resume(_ interp: Interp, send: Value, throwing: PyException?) throws -> Value? {
        if finished {
            if let e = throwing { throw e }
            return nil
        }
        if running { throw PyException.valueError("generator already executing") }
        if !started {
            if !send.isNone && throwing == nil {
                throw PyException.typeError("can't send non-None value to a just-started generator")
            }
            if let e = throwing {
                finished = true
                throw e
            }
        }
        frame.resuming = started
        frame.sentValue = send
        frame.thrownIn = throwing
        started = true
        running = true
        defer { running = false }
        try interp.enterCall()
        defer { interp.leaveCall() }
        do {
            if let loops {
                // Nothing inside a generator expression can catch what is thrown in.
                if let e = throwing { throw e }
                if let value = try loops.next(frame, &loopIterators) { return value }
                finished = true
                loopIterators = []
                frame.slots.clear()
                return nil
            }
            let flow = try frame.code.body.exec(frame)
            if case .suspended = flow { return frame.yieldedValue }
            finished = true
            returnValue = frame.returnValue
            frame.slots.clear()
            return nil
        } catch let e as PyException {
            finished = true
            frame.slots.clear()
            loopIterators = []
            if e.object.cls === BuiltinTypes.stopIteration {
                let r = PyException.runtimeError("generator raised StopIteration")
                r.object.cause = e.object
                throw r
            }
            e.object.addTraceback(frame)
            throw e
        }
    }

    /// generator.close(): raises GeneratorExit at the suspension point.
    func close(_ interp: Interp) throws {
        if !started || finished {
            finished = true
            return
        }
        do {
            if try resume(interp, send: .none, throwing: PyException(BuiltinTypes.generatorExit, args: [])) != nil {
                throw PyException.runtimeError("generator ignored GeneratorExit")
            }
        } catch let e as PyException where e.object.cls === BuiltinTypes.generatorExit {
            return
        }
    }
}
