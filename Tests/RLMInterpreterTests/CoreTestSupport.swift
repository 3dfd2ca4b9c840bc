import XCTest
@testable import RLMInterpreter

/// The last non-empty line of a traceback ("KeyError: 'x'").
func lastTracebackLine(_ traceback: String) -> String {
    let lines = traceback.split(separator: "\n").map { String($0) }
    return lines.last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? ""
}

/// Asserts that a program prints `expected` and then dies of an uncaught exception whose
/// traceback ends with `lastLine` (CPython's last stderr line, e.g. "KeyError: 'x'").
func assertPythonError(_ source: String, prints expected: String, lastLine: String,
                       file: StaticString = #filePath, line: UInt = #line) {
    let result = runPython(source)
    XCTAssertEqual(result.output, expected, "output", file: file, line: line)
    guard let error = result.error else {
        XCTFail("expected an uncaught exception ending in '\(lastLine)', but the program finished", file: file, line: line)
        return
    }
    XCTAssertEqual(lastTracebackLine(error.traceback), lastLine, file: file, line: line)
}

/// Asserts a whole traceback: CPython's stderr for the program run as `test.py`, without
/// the caret lines (`^^^^`, `~~^^`) that mark expressions.
func assertPythonTraceback(_ source: String, prints expected: String, traceback: String,
                           file: StaticString = #filePath, line: UInt = #line) {
    let result = runPython(source)
    XCTAssertEqual(result.output, expected, "output", file: file, line: line)
    guard let error = result.error else {
        XCTFail("expected an uncaught exception, but the program finished", file: file, line: line)
        return
    }
    var text = error.traceback
    if !text.hasSuffix("\n") { text += "\n" }
    XCTAssertEqual(text, traceback, file: file, line: line)
}

/// Asserts that a program prints `expected` and then dies of an uncaught exception of class
/// `type` (for errors whose message is the sandbox's own, such as a refused import).
func assertPythonError(_ source: String, prints expected: String, type: String,
                       file: StaticString = #filePath, line: UInt = #line) {
    let result = runPython(source)
    XCTAssertEqual(result.output, expected, "output", file: file, line: line)
    guard let error = result.error else {
        XCTFail("expected an uncaught \(type), but the program finished", file: file, line: line)
        return
    }
    XCTAssertEqual(error.typeName, type, file: file, line: line)
}
