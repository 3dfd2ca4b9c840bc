import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class TracebackTests: XCTestCase {
    func testUncaughtKeyError() {
        assertPythonError(#"""
            d = {"a": 1}
            print("before")
            print(d["missing"])

            """#, prints: "before\n", lastLine: "KeyError: 'missing'")
    }

    func testUncaughtCustomException() {
        assertPythonError(#"""
            class ConfigError(Exception):
                pass
            def load():
                raise ConfigError("bad config: line 3")
            load()

            """#, prints: "", lastLine: "ConfigError: bad config: line 3")
    }

    func testUncaughtExceptionNoMessage() {
        assertPythonError(#"""
            def f():
                raise NotImplementedError
            f()

            """#, prints: "", lastLine: "NotImplementedError")
    }

    func testUncaughtZeroDivision() {
        assertPythonError(#"""
            values = [1, 2, 0]
            total = 0
            for v in values:
                total += 10 // v
                print(total)

            """#, prints: #"""
            10
            15

            """#, lastLine: "ZeroDivisionError: integer division or modulo by zero")
    }

    func testUncaughtTypeErrorArgs() {
        assertPythonError(#"""
            def connect(host, port):
                return host, port
            connect("localhost")

            """#, prints: "", lastLine: "TypeError: connect() missing 1 required positional argument: 'port'")
    }

    func testUncaughtStrSubclassMessage() {
        assertPythonError(#"""
            class E(Exception):
                def __str__(self):
                    return "custom str"
            raise E("ignored")

            """#, prints: "", lastLine: "E: custom str")
    }

    func testUncaughtKeyErrorTuple() {
        assertPythonError(#"""
            raise KeyError(("a", 1))

            """#, prints: "", lastLine: "KeyError: ('a', 1)")
    }

    func testUncaughtInGenerator() {
        assertPythonError(#"""
            def gen():
                yield 1
                raise IndexError("gen failed")
            for x in gen():
                print(x)

            """#, prints: "1\n", lastLine: "IndexError: gen failed")
    }

    func testTracebackNestedCalls() {
        assertPythonTraceback(#"""
            def level3(x):
                return x["missing"]
            def level2(x):
                return level3(x) + 1
            def level1():
                data = {}
                return level2(data)
            level1()

            """#, prints: "", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 8, in <module>
                level1()
              File "test.py", line 7, in level1
                return level2(data)
              File "test.py", line 4, in level2
                return level3(x) + 1
              File "test.py", line 2, in level3
                return x["missing"]
            KeyError: 'missing'

            """#)
    }

    func testTracebackMethodCall() {
        assertPythonTraceback(#"""
            class Parser:
                def parse(self, text):
                    return self.number(text)
                def number(self, text):
                    return int(text)
            p = Parser()
            print("parsing")
            p.parse("12x")

            """#, prints: "parsing\n", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 8, in <module>
                p.parse("12x")
              File "test.py", line 3, in parse
                return self.number(text)
              File "test.py", line 5, in number
                return int(text)
            ValueError: invalid literal for int() with base 10: '12x'

            """#)
    }

    func testTracebackRaiseFrom() {
        assertPythonTraceback(#"""
            def parse(s):
                try:
                    return int(s)
                except ValueError as e:
                    raise RuntimeError("could not parse") from e
            parse("zz")

            """#, prints: "", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 3, in parse
                return int(s)
            ValueError: invalid literal for int() with base 10: 'zz'

            The above exception was the direct cause of the following exception:

            Traceback (most recent call last):
              File "test.py", line 6, in <module>
                parse("zz")
              File "test.py", line 5, in parse
                raise RuntimeError("could not parse") from e
            RuntimeError: could not parse

            """#)
    }

    func testTracebackDuringHandling() {
        assertPythonTraceback(#"""
            try:
                {}["k"]
            except KeyError:
                undefined_name

            """#, prints: "", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 2, in <module>
                {}["k"]
            KeyError: 'k'

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "test.py", line 4, in <module>
                undefined_name
            NameError: name 'undefined_name' is not defined

            """#)
    }

    func testTracebackBareReraise() {
        assertPythonTraceback(#"""
            def f():
                try:
                    1 / 0
                except ZeroDivisionError:
                    print("handling")
                    raise
            f()

            """#, prints: "handling\n", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 7, in <module>
                f()
              File "test.py", line 3, in f
                1 / 0
            ZeroDivisionError: division by zero

            """#)
    }

    func testTracebackSyntaxError() {
        assertPythonError(#"""
            print("never printed")
            x = (1 +

            """#, prints: "", lastLine: "SyntaxError: '(' was never closed")
    }

    func testSyntaxErrorInvalid() {
        assertPythonError(#"""
            def f(:
                pass

            """#, prints: "", lastLine: "SyntaxError: invalid syntax")
    }

    func testSyntaxErrorIndentation() {
        assertPythonError(#"""
            def f():
            return 1

            """#, prints: "", lastLine: #"""
            IndentationError: expected an indented block after function definition on line 1
            """#)
    }

    func testSyntaxErrorUnexpectedIndent() {
        assertPythonError(#"""
            x = 1
                y = 2

            """#, prints: "", lastLine: "IndentationError: unexpected indent")
    }

    func testTracebackThroughFinally() {
        assertPythonTraceback(#"""
            def f():
                try:
                    return 1 / 0
                finally:
                    print("cleanup")
            f()

            """#, prints: "cleanup\n", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 6, in <module>
                f()
              File "test.py", line 3, in f
                return 1 / 0
            ZeroDivisionError: division by zero

            """#)
    }

    func testTracebackRaiseSavedException() {
        assertPythonTraceback(#"""
            def f():
                try:
                    {}["k"]
                except KeyError as e:
                    err = e
                print("saved")
                raise err
            f()

            """#, prints: "saved\n", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 8, in <module>
                f()
              File "test.py", line 7, in f
                raise err
              File "test.py", line 3, in f
                {}["k"]
            KeyError: 'k'

            """#)
    }

    func testTracebackExceptionInFinally() {
        assertPythonTraceback(#"""
            try:
                raise ValueError("first")
            finally:
                raise KeyError("second")

            """#, prints: "", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 2, in <module>
                raise ValueError("first")
            ValueError: first

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "test.py", line 4, in <module>
                raise KeyError("second")
            KeyError: 'second'

            """#)
    }

    func testTracebackClassBody() {
        assertPythonTraceback(#"""
            class Config:
                size = 10
                ratio = size / 0

            """#, prints: "", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 1, in <module>
                class Config:
              File "test.py", line 3, in Config
                ratio = size / 0
            ZeroDivisionError: division by zero

            """#)
    }

    func testTracebackGeneratorFrames() {
        assertPythonTraceback(#"""
            def numbers():
                yield 1
                yield int("two")
            total = 0
            for n in numbers():
                total += n

            """#, prints: "", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 5, in <module>
                for n in numbers():
              File "test.py", line 3, in numbers
                yield int("two")
            ValueError: invalid literal for int() with base 10: 'two'

            """#)
    }

    func testTracebackWhileCondition() {
        assertPythonTraceback(#"""
            items = [3, 2, 1]
            i = 0
            while items[i] > 0:
                i += 1
                print(i)

            """#, prints: #"""
            1
            2
            3

            """#, traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 3, in <module>
                while items[i] > 0:
            IndexError: list index out of range

            """#)
    }

    func testTracebackFromNone() {
        assertPythonTraceback(#"""
            def lookup(d, k):
                try:
                    return d[k]
                except KeyError:
                    raise ValueError(f"no setting {k!r}") from None
            lookup({}, "mode")

            """#, prints: "", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 6, in <module>
                lookup({}, "mode")
              File "test.py", line 5, in lookup
                raise ValueError(f"no setting {k!r}") from None
            ValueError: no setting 'mode'

            """#)
    }

    func testTracebackExitRaises() {
        assertPythonTraceback(#"""
            class Guard:
                def __enter__(self):
                    return self
                def __exit__(self, *exc):
                    raise RuntimeError("exit failed")
            with Guard():
                print("inside")

            """#, prints: "inside\n", traceback: #"""
            Traceback (most recent call last):
              File "test.py", line 6, in <module>
                with Guard():
              File "test.py", line 5, in __exit__
                raise RuntimeError("exit failed")
            RuntimeError: exit failed

            """#)
    }
}
