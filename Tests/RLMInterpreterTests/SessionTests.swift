import XCTest
import Foundation
@testable import RLMInterpreter

// The embedding API (Session.swift). Where a test checks what a program prints, the expected
// text is CPython 3.11.7's output for the same statements run in one interpreter.

final class SessionTests: XCTestCase {
    // MARK: Globals across runs

    func testBindingUTF8BytesKeepsValidTextAndReplacesMalformedSequences() {
        let session = Session()
        session.bind("good", utf8: Array("naïve café 😀 ok".utf8))
        session.bind("bad", utf8: [0x61, 0xFF, 0x62, 0xE2, 0x82, 0x63])
        let r = session.runBlocking("print(len(good), good[-4:], ascii(bad), len(bad))")
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "15 😀 ok 'a\\ufffdb\\ufffdc' 5\n")
    }

    func testGlobalsPersistAcrossRuns() {
        let s = Session()
        XCTAssertNil(s.runBlocking("x = 1\nitems = []").error)
        XCTAssertNil(s.runBlocking("x += 1\nitems.append(x)").error)
        let r = s.runBlocking("print(x, items)")
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "2 [2]\n")
    }

    func testFunctionsAndClassesPersistAcrossRuns() {
        let s = Session()
        s.runBlocking("""
            def greet(name):
                return f"hi {name}"
            class Box:
                def __init__(self, v):
                    self.v = v
                def __repr__(self):
                    return f"Box({self.v!r})"
            counter = 0
            def bump():
                global counter
                counter += 1
                return counter
            """)
        let r = s.runBlocking("""
            print(greet("ann"), Box([1]))
            bump(); bump()
            print(counter)
            """)
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "hi ann Box([1])\n2\n")
        XCTAssertEqual(s.runBlocking("print(bump())").output, "3\n")
    }

    func testClosuresAndGeneratorsSurviveBetweenRuns() {
        let s = Session()
        s.runBlocking("""
            def make():
                total = 0
                def add(n):
                    nonlocal total
                    total += n
                    return total
                return add
            acc = make()
            gen = (i * i for i in range(5))
            """)
        XCTAssertEqual(s.runBlocking("print(acc(2), next(gen), next(gen))").output, "2 0 1\n")
        XCTAssertEqual(s.runBlocking("print(acc(3), list(gen))").output, "5 [4, 9, 16]\n")
    }

    func testSeparateSessionsAreIndependent() {
        let a = Session()
        let b = Session()
        a.runBlocking("shared = 'a'")
        let r = b.runBlocking("print(shared)")
        XCTAssertEqual(r.error?.typeName, "NameError")
        XCTAssertEqual(r.error?.message, "name 'shared' is not defined")
        XCTAssertEqual(a.runBlocking("print(shared)").output, "a\n")
    }

    func testRedefiningABuiltinPersistsAndDeletingRestoresIt() {
        let s = Session()
        s.runBlocking("def len(x):\n    return -1")
        XCTAssertEqual(s.runBlocking("print(len('abc'))").output, "-1\n")
        s.runBlocking("del len")
        XCTAssertEqual(s.runBlocking("print(len('abc'))").output, "3\n")
    }

    // MARK: bind / value(of:) / bindings

    func testBindString() {
        let s = Session()
        s.bind("context", string: "Hello, World")
        let r = s.runBlocking("print(len(context), context.upper(), context.split(', '))")
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "12 HELLO, WORLD ['Hello', 'World']\n")
    }

    func testBindValues() {
        let s = Session()
        s.bind("n", .int(41))
        s.bind("ratio", .float(0.5))
        s.bind("flag", .bool(true))
        s.bind("nothing", .none)
        s.bind("items", .list(PyList([.int(1), .string("two")])))
        s.bind("pair", .tuple(PyTuple([.int(1), .int(2)])))
        let r = s.runBlocking("""
            print(n + 1, ratio * 4, flag, nothing, items, pair)
            items.append(3)
            """)
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "42 2.0 True None [1, 'two'] (1, 2)\n")
        guard case .list(let l)? = s.value(of: "items") else { return XCTFail("items is not a list") }
        XCTAssertEqual(l.items.count, 3)
    }

    func testBindReplacesAnExistingGlobal() {
        let s = Session()
        s.runBlocking("x = 'python'")
        s.bind("x", .int(7))
        XCTAssertEqual(s.runBlocking("print(x * 2)").output, "14\n")
    }

    func testValueOf() {
        let s = Session()
        s.runBlocking("""
            a = 10
            b = 'text'
            c = [1, 2, 3]
            d = {'k': 2 ** 100}
            e = None
            f = 1.5
            """)
        guard case .int(10)? = s.value(of: "a") else { return XCTFail("a") }
        guard case .str(let b)? = s.value(of: "b") else { return XCTFail("b") }
        XCTAssertEqual(b.string, "text")
        guard case .list(let c)? = s.value(of: "c") else { return XCTFail("c") }
        XCTAssertEqual(c.items.count, 3)
        guard case .dict(let d)? = s.value(of: "d") else { return XCTFail("d") }
        guard case .big(let big)? = d.get("k") else { return XCTFail("d['k']") }
        XCTAssertEqual(big.value.description, "1267650600228229401496703205376")
        guard case .none? = s.value(of: "e") else { return XCTFail("e") }
        guard case .float(1.5)? = s.value(of: "f") else { return XCTFail("f") }
        XCTAssertNil(s.value(of: "undefined"))
    }

    func testValueOfAfterDelete() {
        let s = Session()
        s.runBlocking("gone = 1\ndel gone")
        XCTAssertNil(s.value(of: "gone"))
    }

    func testBindings() {
        let s = Session()
        s.bind("context", string: "c")
        s.runBlocking("""
            x = 1
            def f(): pass
            class K: pass
            _private = 2
            __dunder__ = 3
            tmp = 4
            del tmp
            """)
        XCTAssertEqual(Set(s.bindings), ["context", "x", "f", "K", "_private"])
        XCTAssertFalse(s.bindings.contains("__name__"))
        XCTAssertFalse(s.bindings.contains("print"))
    }

    func testDunderNameIsMain() {
        XCTAssertEqual(Session().runBlocking("print(__name__)").output, "__main__\n")
    }

    // MARK: Host functions

    func testRegisterPositionalArguments() {
        let s = Session()
        s.register("add") { args, _ in
            var total = 0
            for a in args { if case .int(let i) = a { total += i } }
            return .int(total)
        }
        let r = s.runBlocking("print(add(1, 2, 3), add(), add(*[10, 20]))")
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "6 0 30\n")
    }

    func testRegisterKeywordArguments() {
        let s = Session()
        var seen: [String: Value] = [:]
        s.register("query") { args, kwargs in
            seen = kwargs
            guard case .str(let text)? = args.first else { return .none }
            var result = text.string
            if case .int(let n)? = kwargs["repeat"] { result = String(repeating: result, count: n) }
            if case .bool(true)? = kwargs["upper"] { result = result.uppercased() }
            return .string(result)
        }
        let r = s.runBlocking("print(query('ab', repeat=2, upper=True), query('x'), query('y', **{'repeat': 3}))")
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "ABAB x yyy\n")
        XCTAssertEqual(Array(seen.keys), ["repeat"])
    }

    func testRegisterReturnsContainers() {
        let s = Session()
        s.register("make_list") { args, _ in .list(PyList(args)) }
        s.register("nothing") { _, _ in .none }
        let r = s.runBlocking("""
            l = make_list(1, 'a', None)
            l.append(2)
            print(l, nothing(), type(l).__name__, callable(make_list))
            """)
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "[1, 'a', None, 2] None list True\n")
    }

    func testRegisterReceivesPythonValues() {
        let s = Session()
        var received: [Value] = []
        s.register("capture") { args, _ in
            received = args
            return .none
        }
        s.runBlocking("capture([1, 2], {'a': 1}, 'text', 2 ** 70, 1.5)")
        XCTAssertEqual(received.count, 5)
        guard case .list(let l) = received[0] else { return XCTFail("list") }
        XCTAssertEqual(l.items.count, 2)
        guard case .dict(let d) = received[1] else { return XCTFail("dict") }
        guard case .int(1)? = d.get("a") else { return XCTFail("dict value") }
        guard case .str(let t) = received[2] else { return XCTFail("str") }
        XCTAssertEqual(t.string, "text")
        guard case .big(let b) = received[3] else { return XCTFail("big") }
        XCTAssertEqual(b.value.description, "1180591620717411303424")
        guard case .float(1.5) = received[4] else { return XCTFail("float") }
    }

    func testHostFunctionErrorCanBeCaught() {
        let s = Session()
        s.register("fail") { _, _ in
            throw PyException(BuiltinTypes.valueError, "host said no")
        }
        let r = s.runBlocking("""
            try:
                fail()
            except ValueError as e:
                print("caught", e)
            """)
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "caught host said no\n")
        let uncaught = s.runBlocking("fail()")
        XCTAssertEqual(uncaught.error?.typeName, "ValueError")
        XCTAssertEqual(uncaught.error?.message, "host said no")
    }

    func testRegisterAsync() {
        let s = Session()
        s.registerAsync("llm") { args, kwargs in
            try await Task.sleep(nanoseconds: 5_000_000)
            guard case .str(let prompt)? = args.first else { return .none }
            var answer = "answer to " + prompt.string
            if case .str(let model)? = kwargs["model"] { answer += " by " + model.string }
            return .string(answer)
        }
        let r = s.runBlocking("""
            results = [llm(q) for q in ["a", "b"]]
            print(results)
            print(llm("c", model="small"))
            """)
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "['answer to a', 'answer to b']\nanswer to c by small\n")
    }

    func testRegisterAsyncErrorPropagates() {
        let s = Session()
        s.registerAsync("remote") { _, _ in
            try await Task.sleep(nanoseconds: 1_000_000)
            throw PyException(BuiltinTypes.runtimeError, "remote failed")
        }
        let r = s.runBlocking("""
            try:
                remote()
            except RuntimeError as e:
                print("caught:", e)
            """)
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "caught: remote failed\n")
    }

    func testAsyncRunFromSwiftConcurrency() async {
        let s = Session()
        s.registerAsync("fetch") { args, _ in
            try await Task.sleep(nanoseconds: 1_000_000)
            return args.first ?? .none
        }
        let r = await s.run("print(fetch(42) + 1)")
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "43\n")
    }

    func testConcurrentSessions() {
        let outputs = UnsafeMutableBufferPointer<String>.allocate(capacity: 4)
        outputs.initialize(repeating: "")
        defer { outputs.deallocate() }
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            let s = Session()
            s.bind("n", .int(i))
            outputs[i] = s.runBlocking("print(sum(range(n * 1000)))").output
        }
        XCTAssertEqual(Array(outputs), ["0\n", "499500\n", "1999000\n", "4498500\n"])
    }

    // MARK: Output

    func testOutputIsCapturedPerRun() {
        let s = Session()
        let first = s.runBlocking("print('first')")
        let second = s.runBlocking("print('second', end='')\nprint('!')")
        let silent = s.runBlocking("x = 1")
        XCTAssertEqual(first.output, "first\n")
        XCTAssertEqual(second.output, "second!\n")
        XCTAssertEqual(silent.output, "")
    }

    func testOnOutputStreamsPieces() {
        let s = Session()
        var streamed = ""
        s.onOutput = { streamed += $0 }
        let r = s.runBlocking("for i in range(3):\n    print(i, end=' ')\nprint()")
        XCTAssertEqual(r.output, "0 1 2 \n")
        XCTAssertEqual(streamed, "0 1 2 \n")
    }

    func testOutputBeforeAnErrorIsKept() {
        let s = Session()
        let r = s.runBlocking("print('partial')\n1 / 0\nprint('never')")
        XCTAssertEqual(r.output, "partial\n")
        XCTAssertEqual(r.error?.typeName, "ZeroDivisionError")
        XCTAssertEqual(r.error?.message, "division by zero")
    }

    func testOutputIsNotWrittenToProcessStdout() throws {
        fflush(stdout)
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let saved = dup(1)
        dup2(fds[1], 1)
        let r = Session().runBlocking("print('captured only ' * 3)")
        fflush(stdout)
        dup2(saved, 1)
        close(saved)
        close(fds[1])
        var leaked = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n <= 0 { break }
            leaked.append(contentsOf: buffer[0..<n])
        }
        close(fds[0])
        XCTAssertEqual(r.output, "captured only captured only captured only \n")
        XCTAssertEqual(String(decoding: leaked, as: UTF8.self), "")
    }

    // MARK: Errors

    func testSessionUsableAfterException() {
        let s = Session()
        let failed = s.runBlocking("""
            before = 'kept'
            def boom():
                raise KeyError('missing')
            boom()
            after = 'not set'
            """)
        XCTAssertEqual(failed.error?.typeName, "KeyError")
        XCTAssertEqual(failed.error?.message, "'missing'")
        XCTAssertEqual(lastTracebackLine(failed.error?.traceback ?? ""), "KeyError: 'missing'")
        let r = s.runBlocking("print(before, 'after' in globals())\ntry:\n    boom()\nexcept KeyError as e:\n    print('caught', e)")
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "kept False\ncaught 'missing'\n")
    }

    func testSessionUsableAfterExceptionInsideHandlerAndGenerator() {
        let s = Session()
        let r1 = s.runBlocking("""
            def gen():
                yield 1
                raise ValueError('in gen')
            g = gen()
            try:
                {}['x']
            except KeyError:
                list(g)
            """)
        XCTAssertEqual(r1.error?.typeName, "ValueError")
        // A bare raise with no active exception: nothing is left "being handled" from the failed run.
        let r2 = s.runBlocking("raise")
        XCTAssertEqual(r2.error?.typeName, "RuntimeError")
        XCTAssertEqual(r2.error?.message, "No active exception to reraise")
        XCTAssertEqual(s.runBlocking("print(next(g, 'exhausted'))").output, "exhausted\n")
    }

    func testSessionUsableAfterRecursionError() {
        let s = Session()
        let r = s.runBlocking("def f(n):\n    return f(n + 1)\nf(0)")
        XCTAssertEqual(r.error?.typeName, "RecursionError")
        XCTAssertEqual(r.error?.message, "maximum recursion depth exceeded")
        XCTAssertEqual(s.runBlocking("def g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nprint(g(200))").output, "200\n")
    }

    func testSessionUsableAfterSyntaxError() {
        let s = Session()
        s.runBlocking("x = 5")
        let bad = s.runBlocking("x = = 6")
        XCTAssertEqual(bad.error?.typeName, "SyntaxError")
        XCTAssertEqual(bad.output, "")
        XCTAssertEqual(s.runBlocking("print(x)").output, "5\n")
    }

    func testSyntaxErrorPreventsTheWholeCell() {
        let s = Session()
        let r = s.runBlocking("print('not run')\ny = 1\nz = (")
        XCTAssertEqual(r.error?.typeName, "SyntaxError")
        XCTAssertEqual(r.output, "")
        XCTAssertNil(s.value(of: "y"))
    }

    /// (source, CPython's exception class, msg, lineno, offset) from compile() in CPython 3.11.7.
    static let syntaxErrors: [(String, String, String, Int, Int)] = [
        ("x = (1 +\n", "SyntaxError", "'(' was never closed", 1, 5),
        ("def f(:\n    pass\n", "SyntaxError", "invalid syntax", 1, 7),
        ("print('a')\nx = 1 +\n", "SyntaxError", "invalid syntax", 2, 8),
        ("if True\n    pass\n", "SyntaxError", "expected ':'", 1, 8),
        ("x = 'unterminated\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5),
        ("def f():\nreturn 1\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1),
        ("a b\n", "SyntaxError", "invalid syntax", 1, 3),
        ("x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5),
        ("print(1))\n", "SyntaxError", "unmatched ')'", 1, 9),
        ("x = 5 = 6\n", "SyntaxError", "cannot assign to literal", 1, 5),
        ("return 5\n", "SyntaxError", "'return' outside function", 1, 1),
        ("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3),
        ("def f(a, a): pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10),
        ("s = f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 9),
        ("x = 1\ny = 2\nz = (3,\n     4,,)\n", "SyntaxError", "invalid syntax", 4, 8),
        ("break\n", "SyntaxError", "'break' outside loop", 1, 1),
        ("continue\n", "SyntaxError", "'continue' not properly in loop", 1, 1),
        ("while 1:\n    def f():\n        break\n", "SyntaxError", "'break' outside loop", 3, 9),
        ("for x in y:\n    pass\nelse:\n    break\n", "SyntaxError", "'break' outside loop", 4, 5),
        ("while 1:\n    class C:\n        continue\n", "SyntaxError", "'continue' not properly in loop", 3, 9),
        ("x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4),
        ("  x = 1\n", "IndentationError", "unexpected indent", 1, 2),
        ("for x in range(3):\n    print(x)\n  print('bad dedent')\n", "IndentationError", "unindent does not match any outer indentation level", 3, 22),
    ]

    func testSyntaxErrorsReportLineAndColumn() {
        for (source, type, message, line, column) in SessionTests.syntaxErrors {
            let r = Session().runBlocking(source, filename: "cell.py")
            guard let error = r.error else {
                XCTFail("no error for \(source.debugDescription)")
                continue
            }
            XCTAssertEqual(error.typeName, type, source.debugDescription)
            XCTAssertEqual(error.message, "\(message) (line \(line), column \(column))", source.debugDescription)
            XCTAssertTrue(error.traceback.hasPrefix("  File \"cell.py\", line \(line)\n"), error.traceback)
            XCTAssertEqual(lastTracebackLine(error.traceback), "\(type): \(message)", source.debugDescription)
        }
    }

    func testSyntaxErrorTracebackShowsCaret() {
        // CPython 3.11.7 prints this for the same file:
        //   File "cell.py", line 2
        //     x = 1 +
        //            ^
        // SyntaxError: invalid syntax
        let r = Session().runBlocking("print('a')\nx = 1 +\n", filename: "cell.py")
        XCTAssertEqual(r.error?.traceback, "  File \"cell.py\", line 2\n    x = 1 +\n           ^\nSyntaxError: invalid syntax")
    }

    func testTracebackUsesFilenameAndCellNames() {
        let s = Session()
        let named = s.runBlocking("def f():\n    return 1 / 0\nf()", filename: "analysis.py")
        XCTAssertEqual(named.error?.traceback, """
            Traceback (most recent call last):
              File "analysis.py", line 3, in <module>
                f()
              File "analysis.py", line 2, in f
                return 1 / 0
            ZeroDivisionError: division by zero

            """)
        let unnamed = s.runBlocking("undefined_thing")
        XCTAssertTrue(unnamed.error?.traceback.contains("File \"<cell ") ?? false, unnamed.error?.traceback ?? "")
        XCTAssertEqual(lastTracebackLine(unnamed.error?.traceback ?? ""), "NameError: name 'undefined_thing' is not defined")
    }

    func testFunctionDefinedInEarlierCellReportsItsOwnSource() {
        let s = Session()
        s.runBlocking("def check(v):\n    if v < 0:\n        raise ValueError(f'negative: {v}')\n    return v", filename: "defs.py")
        let r = s.runBlocking("# uses check() from defs.py\nprint(check(1))\ncheck(-2)", filename: "use.py")
        XCTAssertEqual(r.output, "1\n")
        XCTAssertEqual(r.error?.message, "negative: -2")
        // CPython 3.11.7, use.py importing check from a module defs.py with the same lines:
        XCTAssertEqual(r.error?.traceback, """
            Traceback (most recent call last):
              File "use.py", line 3, in <module>
                check(-2)
              File "defs.py", line 3, in check
                raise ValueError(f'negative: {v}')
            ValueError: negative: -2

            """)
    }

    func testRunErrorDescription() {
        let r = Session().runBlocking("raise KeyError('k')")
        XCTAssertEqual(r.error?.description, "KeyError: 'k'")
        let bare = Session().runBlocking("raise StopIteration")
        XCTAssertEqual(bare.error?.description, "StopIteration")
    }

    // MARK: Nothing outlives the session

    /// A session's interpreter and globals are freed with the session, including through the
    /// frames kept for reuse by calls, recursion, methods and lambdas.
    func testSessionIsFreedAfterCallsRecursionAndMethods() {
        weak var interp: Interp?
        weak var globals: Globals?
        do {
            let session = Session()
            interp = session.interp
            globals = session.globals
            let result = session.runBlocking("""
                def fact(n):
                    return 1 if n <= 1 else n * fact(n - 1)
                class Box:
                    def __init__(self, v):
                        self.v = v
                    def get(self):
                        return self.v
                def outer():
                    k = 3
                    def inner(x):
                        return x + k
                    return [inner(i) for i in range(5)]
                print(fact(10), Box(4).get(), sorted([3, 1, 2], key=lambda x: -x), outer())
                """)
            XCTAssertEqual(result.output, "3628800 4 [3, 2, 1] [3, 4, 5, 6, 7]\n")
        }
        // The thread `runBlocking` ran on lets go of the session a moment after it returns.
        waitUntil { interp == nil && globals == nil }
        XCTAssertNil(interp, "the interpreter outlived its session")
        XCTAssertNil(globals, "the globals outlived their session")
    }

    /// Polls `condition` for up to 10 s (a leak fails the assertions after it).
    private func waitUntil(_ condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(10)
        while !condition() && Date() < deadline { usleep(1_000) }
    }

    /// Functions left in reference cycles (a method using `super()` holds its class in a
    /// cell; a recursive closure holds itself) are not freed (there is no cycle collector),
    /// but the frames they kept for reuse are emptied, so they do not keep the interpreter.
    func testFunctionsInCyclesDoNotKeepTheInterpreter() {
        weak var interp: Interp?
        do {
            let session = Session()
            interp = session.interp
            let result = session.runBlocking("""
                class Box:
                    def get(self):
                        return 5
                class Tagged(Box):
                    def get(self):
                        return ("tag", super().get())
                def countdown(n):
                    def step(k):
                        return [] if k == 0 else [k] + step(k - 1)
                    return step(n)
                print(Tagged().get(), countdown(3))
                """)
            XCTAssertEqual(result.output, "('tag', 5) [3, 2, 1]\n")
        }
        waitUntil { interp == nil }
        XCTAssertNil(interp, "the interpreter outlived its session")
    }
}
