import Foundation

/// An error that ended a run: a Python exception that was not caught, or a syntax error.
public struct RunError: Error, CustomStringConvertible {
    /// The exception's class name ("ValueError", "SyntaxError"...).
    public let typeName: String
    public let message: String
    /// CPython-style traceback text, ending with the "Type: message" line.
    public let traceback: String
    /// Set when a resource limit or cancellation ended the run.
    public var limit: LimitKind?
    public var description: String { message.isEmpty ? typeName : "\(typeName): \(message)" }
}

/// What one `run` produced.
public struct RunResult {
    /// Everything the program printed (also streamed through `Session.onOutput`).
    public let output: String
    /// nil when the program finished normally.
    public let error: RunError?
    /// The control signal a host function raised to end the run (the engine's final answer).
    public var signal: ControlSignal?

    public init(output: String, error: RunError?, signal: ControlSignal? = nil) {
        self.output = output
        self.error = error
        self.signal = signal
    }
}

/// A host function: Swift code the sandboxed program can call. It is the only way a program
/// reaches anything outside the interpreter.
public typealias HostFunction = (_ args: [Value], _ kwargs: [String: Value]) throws -> Value
public typealias AsyncHostFunction = (_ args: [Value], _ kwargs: [String: Value]) async throws -> Value

/// A Python session: globals that persist across `run` calls (a REPL), host bindings, and
/// captured output. Not thread-safe: one run at a time per session; many sessions may run
/// concurrently, each on its own thread.
public final class Session {
    let interp = Interp()
    let globals: Globals
    private var cellCount = 0
    /// Stack size of the thread each run executes on. Deep Python recursion and deeply nested
    /// expressions need far more than a Swift cooperative thread's stack.
    public static var threadStackSize = 512 << 20

    /// Limits applied to each run (timeout, memory, output size, recursion depth).
    public var limits: Limits {
        get { interp.limits }
        set { interp.limits = newValue }
    }

    /// Stops the current run (from any thread) as soon as the interpreter next checks, which
    /// is within milliseconds, including while it waits on an async host function. The
    /// session stays usable: the next run starts uncancelled.
    public func cancel() { interp.cancellation.cancel() }

    /// Called with each piece of output as the program prints it.
    public var onOutput: ((String) -> Void)? {
        get { interp.output.onWrite }
        set { interp.output.onWrite = newValue }
    }

    public init() {
        installBuiltinMethods()
        globals = Globals(builtins: Builtins.namespace)
        globals["__name__"] = .str(PyStr.from("__main__"))
        interp.globals = globals
    }

    deinit {
        // No Python code runs from here on (suspended generators are not closed).
        interp.isShutDown = true
        // Functions stored in globals reference the globals table: break the cycle.
        globals.clear()
        interp.dropSpareFrames()
        interp.modules = [:]
        interp.discardAbandonedGenerators()
    }

    // MARK: Bindings

    /// Binds a global variable (e.g. `context`).
    public func bind(_ name: String, _ value: Value) {
        globals[name] = value
    }

    public func bind(_ name: String, string: String) {
        globals[name] = .str(PyStr.from(string))
    }

    /// Binds text given as UTF-8 bytes (a file's contents): used as they are when valid,
    /// else decoded with U+FFFD for each malformed sequence, as Python's errors="replace".
    public func bind(_ name: String, utf8 bytes: [UInt8]) {
        bytes.withUnsafeBytes { bind(name, utf8: $0) }
    }

    /// Binds text read from a file or the wire (bad UTF-8 becomes U+FFFD), copying it once.
    public func bind(_ name: String, utf8 bytes: UnsafeRawBufferPointer) {
        let buffer = bytes.assumingMemoryBound(to: UInt8.self)
        let text = (try? PyCodec.decode(buffer, errors: "replace")) ?? PyStr.from(String(decoding: buffer, as: UTF8.self))
        globals[name] = .str(text)
    }

    /// A global's current value.
    public func value(of name: String) -> Value? { globals[name] }

    /// Names bound at the top level of the session (excluding dunder names).
    public var bindings: [String] { globals.boundNames.filter { !$0.hasPrefix("__") } }

    /// Registers a synchronous host function under `name`.
    public func register(_ name: String, _ body: @escaping HostFunction) {
        globals[name] = .object(PyBuiltinFunction(name) { _, a in
            try body(a.positional, Dictionary(a.keywords, uniquingKeysWith: { _, last in last }))
        })
    }

    /// Registers an asynchronous host function (an LLM request, say). While it runs, the
    /// interpreter's own thread waits; no Swift-concurrency thread is ever blocked.
    public func registerAsync(_ name: String, _ body: @escaping AsyncHostFunction) {
        globals[name] = .object(PyBuiltinFunction(name) { interp, a in
            let kwargs = Dictionary(a.keywords, uniquingKeysWith: { _, last in last })
            let box = ResultBox()
            let done = DispatchSemaphore(value: 0)
            let positional = a.positional
            let task = Task.detached {
                do {
                    box.result = .success(try await body(positional, kwargs))
                } catch {
                    box.result = .failure(error)
                }
                done.signal()
            }
            // Wait in short slices so a timeout or cancellation stops the run promptly; the
            // host task is cancelled too (an HTTP request in it is aborted).
            while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
                do {
                    try interp.checkLimits()
                } catch {
                    task.cancel()
                    // Let the cancelled task unwind before the run reports: it records its own
                    // end (a sub-call marks its trace node cancelled), which a caller reading
                    // the trace right after the run must see. One that ignores cancellation
                    // is not waited for beyond a moment.
                    _ = done.wait(timeout: .now() + .seconds(2))
                    throw error
                }
            }
            return try box.result!.get()
        })
    }

    private final class ResultBox: @unchecked Sendable {
        var result: Result<Value, Error>?
    }

    private final class RunBox: @unchecked Sendable {
        var result: RunResult?
    }

    // MARK: Running

    /// Runs source on a dedicated thread and waits for it (callable from any thread that may
    /// block; from async code use `run(_:filename:) async`).
    @discardableResult
    public func runBlocking(_ source: String, filename: String? = nil) -> RunResult {
        let done = DispatchSemaphore(value: 0)
        let box = RunBox()
        let thread = Thread { [self] in
            box.result = self.runOnCurrentThread(source, filename: filename)
            done.signal()
        }
        thread.stackSize = Session.threadStackSize
        thread.start()
        done.wait()
        return box.result!
    }

    /// Runs source without blocking the caller's (cooperative) thread.
    public func run(_ source: String, filename: String? = nil) async -> RunResult {
        await withCheckedContinuation { (continuation: CheckedContinuation<RunResult, Never>) in
            let thread = Thread { [self] in
                continuation.resume(returning: self.runOnCurrentThread(source, filename: filename))
            }
            thread.stackSize = Session.threadStackSize
            thread.start()
        }
    }

    /// Runs source on the calling thread (whose stack must be large enough).
    func runOnCurrentThread(_ source: String, filename: String?) -> RunResult {
        cellCount += 1
        let name = filename ?? "<cell \(cellCount)>"
        interp.output.reset()
        interp.sources[name] = source.split(separator: "\n", omittingEmptySubsequences: false)
        let code: FunctionCode
        do {
            let module = try parseModule(source)
            code = try Compiler.compileModule(module, globals: globals, filename: name)
        } catch let e as SyntaxError {
            return RunResult(output: interp.output.text, error: syntaxRunError(e, filename: name))
        } catch {
            return RunResult(output: interp.output.text, error: RunError(typeName: "SystemError", message: "\(error)", traceback: "SystemError: \(error)"))
        }
        let frame = Frame(interp: interp, globals: globals, code: code, closure: [])
        interp.callDepth = 0
        interp.nestingDepth = 0
        interp.nativeDepth = 0
        interp.handling = []
        interp.beginRun()
        defer {
            // After an error, generators abandoned on the way out are dropped unclosed.
            interp.discardAbandonedGenerators()
            interp.cancellation.reset()
            interp.output.limit = nil
        }
        do {
            _ = try code.body.exec(frame)
            try interp.closeAbandonedGenerators()
            interp.output.finish()
            return RunResult(output: interp.output.text, error: nil)
        } catch let signal as ControlSignal {
            interp.output.finish()
            return RunResult(output: interp.output.text, error: nil, signal: signal)
        } catch let e as LimitExceeded {
            interp.output.finish()
            var tb = "Traceback (most recent call last):\n  File \"\(name)\", line \(frame.line), in <module>\n"
            tb += "\(e.pythonTypeName): \(e.message)\n"
            var error = RunError(typeName: e.pythonTypeName, message: e.message, traceback: tb)
            error.limit = e.kind
            return RunResult(output: interp.output.text, error: error)
        } catch let e as PyException {
            interp.output.finish()
            e.object.addTraceback(frame, function: "<module>")
            return RunResult(output: interp.output.text, error: runError(e, filename: name))
        } catch let e as TextError {
            return RunResult(output: interp.output.text, error: runError(e.asPython, filename: name))
        } catch {
            return RunResult(output: interp.output.text, error: RunError(typeName: "SystemError", message: "\(error)", traceback: "SystemError: \(error)"))
        }
    }

    private func syntaxRunError(_ e: SyntaxError, filename: String) -> RunError {
        var tb = "  File \"\(filename)\", line \(e.location.line)\n"
        if !e.lineText.isEmpty {
            let stripped = e.lineText.drop(while: { $0 == " " || $0 == "\t" })
            let indent = e.lineText.count - stripped.count
            tb += "    \(stripped)\n"
            tb += "    " + String(repeating: " ", count: max(0, e.location.column - 1 - indent)) + "^\n"
        }
        tb += "\(e.kind): \(e.message)"
        return RunError(typeName: e.kind, message: "\(e.message) (line \(e.location.line), column \(e.location.column))", traceback: tb)
    }

    private func runError(_ e: PyException, filename: String) -> RunError {
        var text = ""
        var chain: [PyBaseException] = []
        var current: PyBaseException? = e.object
        while let c = current, chain.count < 10, !chain.contains(where: { $0 === c }) {
            chain.append(c)
            current = c.cause ?? (c.suppressContext ? nil : c.context)
        }
        for (i, exc) in chain.reversed().enumerated() {
            if i > 0 {
                let link = chain.reversed()[i].cause === chain.reversed()[i - 1]
                text += link ? "\nThe above exception was the direct cause of the following exception:\n\n"
                    : "\nDuring handling of the above exception, another exception occurred:\n\n"
            }
            text += formatTraceback(exc, filename: filename)
        }
        let message = (try? interp.str(.object(e.object))) ?? e.messageText
        return RunError(typeName: e.typeName, message: message, traceback: text)
    }

    private func formatTraceback(_ e: PyBaseException, filename: String) -> String {
        var text = ""
        if !e.traceback.isEmpty {
            text += "Traceback (most recent call last):\n"
            let lines = interp.sources[filename] ?? []
            for entry in e.traceback.reversed() {
                let file = entry.filename ?? filename
                let lines = file == filename ? lines : interp.sources[file] ?? []
                text += "  File \"\(file)\", line \(entry.line), in \(entry.function)\n"
                if entry.line >= 1 && entry.line <= lines.count {
                    let src = lines[entry.line - 1].trimmingCharacters(in: .whitespaces)
                    if !src.isEmpty { text += "    \(src)\n" }
                }
            }
        }
        let message = (try? interp.str(.object(e))) ?? ""
        // CPython names exception classes from other modules in full (json.decoder.JSONDecodeError).
        let module = e.cls.module
        let name = module == "builtins" || module == "__main__" ? e.cls.name : module + "." + e.cls.qualifiedName
        text += message.isEmpty ? name + "\n" : "\(name): \(message)\n"
        return text
    }
}
