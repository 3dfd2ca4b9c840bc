import Foundation
import XCTest
@testable import RLMInterpreter

/// Each limit ends the run with the right error, and the session keeps working afterwards.
final class LimitsTests: XCTestCase {
    private func session(_ limits: Limits) -> Session {
        let s = Session()
        s.limits = limits
        return s
    }

    private func assertStillUsable(_ s: Session, file: StaticString = #filePath, line: UInt = #line) {
        let r = s.runBlocking("print('alive', 6 * 7)")
        XCTAssertNil(r.error, file: file, line: line)
        XCTAssertEqual(r.output, "alive 42\n", file: file, line: line)
    }

    func testTimeoutStopsATightLoop() {
        let s = session(Limits(timeout: 0.2))
        let r = s.runBlocking("n = 0\nwhile True:\n    n += 1")
        XCTAssertEqual(r.error?.typeName, "TimeoutError")
        XCTAssertEqual(r.error?.limit, .timeout)
        assertStillUsable(s)
        // Bindings made before the limit fired survive.
        XCTAssertNotNil(s.value(of: "n"))
    }

    func testTimeoutCannotBeSwallowedByExceptHandlers() {
        let s = session(Limits(timeout: 0.2))
        let r = s.runBlocking("""
            try:
                while True:
                    try:
                        while True: pass
                    except BaseException:
                        pass
            finally:
                print('finally ran')
            """)
        XCTAssertEqual(r.error?.typeName, "TimeoutError")
        XCTAssertEqual(r.output, "finally ran\n")
        assertStillUsable(s)
    }

    func testTimeoutStopsDeepRecursionAndComprehensions() {
        let s = session(Limits(timeout: 0.2))
        let r = s.runBlocking("x = [i * j for i in range(10**9) for j in range(3)]")
        XCTAssertEqual(r.error?.typeName, "TimeoutError")
        assertStillUsable(s)
    }

    func testCancellationFromAnotherThread() {
        let s = Session()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { s.cancel() }
        let r = s.runBlocking("while True: pass")
        XCTAssertEqual(r.error?.limit, .cancelled)
        XCTAssertEqual(r.error?.typeName, "KeyboardInterrupt")
        assertStillUsable(s)
    }

    func testCancellationWhileWaitingOnAnAsyncHostCall() {
        let s = Session()
        let hostCancelled = expectation(description: "host task cancelled")
        s.registerAsync("slow_model") { _, _ in
            do {
                try await Task.sleep(nanoseconds: 30_000_000_000)
            } catch {
                hostCancelled.fulfill()
                throw error
            }
            return .none
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { s.cancel() }
        let r = s.runBlocking("slow_model('q')")
        XCTAssertEqual(r.error?.limit, .cancelled)
        wait(for: [hostCancelled], timeout: 5)
        assertStillUsable(s)
    }

    func testRecursionLimitIsARecursionError() {
        let s = session(Limits(recursionLimit: 200))
        let r = s.runBlocking("def f(n): return f(n + 1)\nf(0)")
        XCTAssertEqual(r.error?.typeName, "RecursionError")
        let caught = s.runBlocking("""
            def g(n): return g(n + 1)
            try:
                g(0)
            except RecursionError as e:
                print('caught:', e)
            """)
        XCTAssertEqual(caught.output, "caught: maximum recursion depth exceeded\n")
        assertStillUsable(s)
    }

    func testDeeplyNestedDataDoesNotOverflowTheStack() {
        let s = Session()
        let r = s.runBlocking("a = []\nfor i in range(200000):\n    a = [a]\nprint(repr(a))")
        XCTAssertEqual(r.error?.typeName, "RecursionError")
        let eq = s.runBlocking("b = []\nfor i in range(200000):\n    b = [b]\nprint(a == b)")
        XCTAssertEqual(eq.error?.typeName, "RecursionError")
        assertStillUsable(s)
    }

    func testMemoryLimitRefusesPredictableAllocationsBeforeMakingThem() {
        let s = session(Limits(maxMemoryBytes: 64 << 20))
        for program in ["x = 'a' * 10**10", "x = [0] * 10**10", "x = 'ab'\nwhile True:\n    x = x + x",
                        "x = f\"{1:>{10**10}}\"", "x = 10 ** (10 ** 9)", "x = list(range(10**10))",
                        "x = 1 << (10**10)"] {
            let r = s.runBlocking(program)
            XCTAssertEqual(r.error?.typeName, "MemoryError", program)
        }
        // A MemoryError is an ordinary exception: the program can catch it.
        let caught = s.runBlocking("try:\n    x = 'a' * 10**10\nexcept MemoryError:\n    print('too big')")
        XCTAssertEqual(caught.output, "too big\n")
        assertStillUsable(s)
    }

    func testMemoryLimitCatchesGradualGrowth() {
        let s = session(Limits(timeout: 30, maxMemoryBytes: 64 << 20))
        let r = s.runBlocking("chunks = []\nwhile True:\n    chunks.append('x' * 100000)")
        XCTAssertEqual(r.error?.typeName, "MemoryError")
        XCTAssertEqual(r.error?.limit, .memory)
        s.runBlocking("chunks = None")
        assertStillUsable(s)
    }

    func testHugeIntToStringFollowsCPythonsDigitLimit() {
        let r = runPython("print(str(10 ** 5000))")
        XCTAssertEqual(r.error?.typeName, "ValueError")
        XCTAssertTrue(r.error?.message.contains("4300") ?? false)
    }

    func testOutputIsCappedWithAMarker() {
        let s = session(Limits(maxOutputBytes: 20))
        let r = s.runBlocking("for i in range(50):\n    print(i)")
        XCTAssertNil(r.error)
        XCTAssertTrue(r.output.hasPrefix("0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n"))
        XCTAssertTrue(r.output.contains("[output truncated: 120 more bytes were dropped (limit 20 bytes)]"), r.output)
        assertStillUsable(s)
    }
}
