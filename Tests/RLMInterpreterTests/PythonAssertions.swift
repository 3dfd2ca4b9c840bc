import XCTest
@testable import RLMInterpreter

/// Runs a program in a fresh session and returns what it printed and how it ended.
func runPython(_ source: String, session: Session = Session()) -> RunResult {
    session.runBlocking(source, filename: "test.py")
}

/// Asserts that a program prints exactly `expected` (compare with CPython 3.11's output)
/// and ends without an exception.
func assertPython(_ source: String, prints expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let result = runPython(source)
    if let error = result.error {
        XCTFail("program raised \(error.typeName): \(error.message)\n\(error.traceback)", file: file, line: line)
        return
    }
    XCTAssertEqual(result.output, expected, file: file, line: line)
}

/// Asserts that a program raises `typeName` (uncaught) with a message containing `message`.
func assertPythonRaises(_ source: String, _ typeName: String, message: String? = nil,
                        file: StaticString = #filePath, line: UInt = #line) {
    let result = runPython(source)
    guard let error = result.error else {
        XCTFail("expected \(typeName), but the program finished; output: \(result.output)", file: file, line: line)
        return
    }
    XCTAssertEqual(error.typeName, typeName, "message: \(error.message)", file: file, line: line)
    if let m = message {
        XCTAssertTrue(error.message.contains(m), "message '\(error.message)' does not contain '\(m)'", file: file, line: line)
    }
}
