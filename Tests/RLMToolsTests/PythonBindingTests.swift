import Foundation
import RLMInterpreter
@testable import RLMTools
import XCTest

/// The tools as sandboxed Python code sees them: signatures, results, exceptions.
final class PythonBindingTests: XCTestCase {
    var box: Sandbox!
    var tools: WorkspaceTools!

    override func setUp() async throws {
        box = try Sandbox()
        try box.write("ws/notes.txt", "first\nsecond\nthird\n")
        try box.write("ws/src/app.py", "def run():\n    return 'ok'\n")
        tools = try box.tools()
    }

    override func tearDown() async throws {
        box.assertOutsideUntouched()
        box = nil
    }

    func testReadAndRanges() async {
        let out = await python("""
            print(repr(read_file('notes.txt')))
            print(repr(read_file('notes.txt', offset=2, limit=1)))
            print(repr(read_file(path='notes.txt', limit=1)))
            """, tools: tools)
        XCTAssertEqual(out, "'first\\nsecond\\nthird\\n'\n'second\\n'\n'first\\n'\n")
    }

    func testWriteEditAndTheirResults() async {
        let out = await python("""
            print(write_file('docs/new.md', 'hello\\n'))
            print(edit_file('docs/new.md', 'hello', 'goodbye'))
            print(read_file('docs/new.md'), end='')
            """, tools: tools)
        XCTAssertEqual(out, """
            created docs/new.md (1 line, 6 bytes)
            --- a/docs/new.md
            +++ b/docs/new.md
            @@ -1 +1 @@
            -hello
            +goodbye

            goodbye

            """)
    }

    func testGrepFindLsShapes() async {
        let out = await python("""
            hits = grep(r'def (\\w+)')
            print(hits)
            path, line, text = hits[0]
            print(type(path).__name__, type(line).__name__, text)
            print(grep('NOTHING'))
            print(grep('SECOND', ignore_case=True, max_results=5))
            print(find_files('*.py'))
            print(ls())
            print(ls('src'))
            """, tools: tools)
        XCTAssertEqual(out, """
            [('src/app.py', 1, 'def run():')]
            str int def run():
            []
            [('notes.txt', 2, 'second')]
            ['src/app.py']
            ['notes.txt', 'src/']
            ['app.py']

            """)
    }

    func testBashResult() async {
        let out = await python("""
            r = bash('echo hi; exit 2')
            print(sorted(r.keys()))
            print(r['exit_code'], repr(r['output']), r['timed_out'], r['truncated'])
            r = bash('sleep 5', timeout=0.5)
            print(r['timed_out'], r['exit_code'])
            """, tools: tools)
        XCTAssertEqual(out, """
            ['exit_code', 'output', 'timed_out', 'truncated']
            2 'hi\\n' False False
            True -9

            """)
    }

    func testErrorsAreTheRightPythonExceptions() async {
        try? box.writeBytes("ws/blob.bin", [1, 0, 2])
        let out = await python("""
            def attempt(f, *args, **kwargs):
                try:
                    f(*args, **kwargs)
                    print('no error')
                except Exception as e:
                    print(type(e).__name__ + ':', e)
            attempt(read_file, 'missing.txt')
            attempt(read_file, 'src')
            attempt(read_file, 'notes.txt/x')
            attempt(read_file, '../outside/secret.txt')
            attempt(read_file, 'blob.bin')
            attempt(edit_file, 'notes.txt', 'absent', 'x')
            attempt(grep, '(')
            # OSError is the parent of them all, as in Python.
            try:
                read_file('/etc/passwd')
            except OSError as e:
                print('caught as OSError:', isinstance(e, PermissionError))
            """, tools: tools)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 8, out)
        XCTAssertTrue(lines[0].hasPrefix("FileNotFoundError: missing.txt"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("IsADirectoryError: src is a directory"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("NotADirectoryError:"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("PermissionError: ../outside/secret.txt climbs out of the workspace"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("ValueError: blob.bin looks like a binary file"), lines[4])
        XCTAssertTrue(lines[5].hasPrefix("ValueError: old text not found in notes.txt"), lines[5])
        XCTAssertTrue(lines[6].hasPrefix("ValueError: invalid pattern '('"), lines[6])
        XCTAssertEqual(lines[7], "caught as OSError: True")
    }

    func testWrongCallsAreTypeErrorsLikeCPython() async {
        let cases: [(String, String)] = [
            ("read_file()", "TypeError: read_file() missing 1 required positional argument: 'path'"),
            ("write_file('a')", "TypeError: write_file() missing 1 required positional argument: 'content'"),
            ("edit_file()", "TypeError: edit_file() missing 3 required positional arguments: 'path', 'old', and 'new'"),
            ("read_file('a', 1, 2, 3)", "TypeError: read_file() takes from 1 to 3 positional arguments but 4 were given"),
            ("write_file('a', 'b', 'c')", "TypeError: write_file() takes 2 positional arguments but 3 were given"),
            ("ls('.', '.')", "TypeError: ls() takes from 0 to 1 positional arguments but 2 were given"),
            ("read_file('a', lines=3)", "TypeError: read_file() got an unexpected keyword argument 'lines'"),
            ("read_file('a', path='b')", "TypeError: read_file() got multiple values for argument 'path'"),
            ("read_file(42)", "TypeError: read_file() argument 'path' must be str, not int"),
            ("read_file('notes.txt', offset='2')", "TypeError: read_file() argument 'offset' must be int or None, not str"),
            ("grep('x', ignore_case='yes')", "TypeError: grep() argument 'ignore_case' must be bool, not str"),
            ("bash('true', timeout='5')", "TypeError: bash() argument 'timeout' must be int or float, not str"),
            ("edit_file('notes.txt', 'a', 'b', count=None)", "TypeError: edit_file() argument 'count' must be int, not NoneType"),
        ]
        for (call, expected) in cases {
            let out = await python(call, tools: tools)
            XCTAssertEqual(out, expected, call)
        }
    }

    func testPermissionFlowsReachPython() async throws {
        let script = PermissionScript([.allow, .deny(reason: "the user said no")])
        let asking = try box.tools(policy: .default, permission: script.handler)
        let out = await python("""
            print(write_file('ok.txt', 'yes\\n'))
            try:
                write_file('no.txt', 'x')
            except PermissionError as e:
                print('PermissionError:', e)
            print(read_file('notes.txt', limit=1), end='')
            """, tools: asking)
        XCTAssertEqual(out, """
            created ok.txt (1 line, 4 bytes)
            PermissionError: permission denied for write_file (create no.txt (1 line, 1 byte)): the user said no
            first

            """)
        XCTAssertEqual(box.read("ws/ok.txt"), "yes\n")
        XCTAssertFalse(box.exists("ws/no.txt"))
        // Denied by policy: the call raises without asking.
        let denying = try box.tools(policy: .readOnly)
        let refused = await python("bash('touch x')", tools: denying)
        XCTAssertTrue(refused.hasPrefix("PermissionError: bash is not allowed in this workspace"), refused)
        XCTAssertFalse(box.exists("ws/x"))
    }

    func testRegisteringASubset() async {
        let session = Session()
        tools.register(in: session, only: [.readFile, .grep])
        XCTAssertTrue(session.bindings.contains("read_file"))
        XCTAssertFalse(session.bindings.contains("bash"))
        let result = await session.run("bash('true')")
        XCTAssertEqual(result.error?.typeName, "NameError")
    }

    func testInterpreterTimeoutStopsAWaitingTool() async throws {
        let session = Session()
        tools.register(in: session)
        session.limits = Limits(timeout: 1)
        let started = Date()
        let result = await session.run("bash('sleep 30')")
        XCTAssertNotNil(result.error)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
    }
}
