import Foundation
import XCTest
@testable import RLMInterpreter

/// Many sessions waiting on async host calls at once: the shape of 32 child RLMs each waiting
/// on a model. None may block a Swift-concurrency thread (2 cores here: blocking deadlocks).
final class ConcurrencyTests: XCTestCase {
    /// Counts calls in flight; each call waits until all of them are in flight at once, which
    /// can only happen if no session blocks another.
    actor Rendezvous {
        let expected: Int
        private(set) var inFlight = 0
        private(set) var peak = 0
        init(expected: Int) { self.expected = expected }
        func arrive() { inFlight += 1; peak = max(peak, inFlight) }
        func leave() { inFlight -= 1 }
        var everyoneArrived: Bool { peak >= expected }
    }

    func testThirtyTwoSessionsWaitOnSlowAsyncCallsConcurrently() async throws {
        let n = 32
        let rendezvous = Rendezvous(expected: n)
        let sessions = (0..<n).map { i -> Session in
            let s = Session()
            s.bind("index", .int(i))
            s.registerAsync("ask_model") { args, kwargs in
                await rendezvous.arrive()
                let deadline = Date().addingTimeInterval(20)
                while !(await rendezvous.everyoneArrived) && Date() < deadline {
                    try await Task.sleep(nanoseconds: 5_000_000)
                }
                try await Task.sleep(nanoseconds: 100_000_000)   // the "model latency"
                await rendezvous.leave()
                guard case .str(let prompt)? = args.first, case .int(let t)? = kwargs["temperature"] else {
                    return .none
                }
                return .string("answer to \(prompt.string) at \(t)")
            }
            return s
        }
        let started = Date()
        let outputs = await withTaskGroup(of: (Int, RunResult).self) { group in
            for (i, s) in sessions.enumerated() {
                group.addTask {
                    (i, await s.run("reply = ask_model(f'q{index}', temperature=index)\nprint(reply)"))
                }
            }
            var out: [Int: RunResult] = [:]
            for await (i, r) in group { out[i] = r }
            return out
        }
        let elapsed = Date().timeIntervalSince(started)
        let peak = await rendezvous.peak
        XCTAssertEqual(peak, n, "all \(n) host calls should be in flight at the same moment")
        for i in 0..<n {
            XCTAssertNil(outputs[i]?.error, "session \(i): \(outputs[i]?.error?.traceback ?? "")")
            XCTAssertEqual(outputs[i]?.output, "answer to q\(i) at \(i)\n")
        }
        print("32 concurrent sessions with a 0.1 s host call each finished in \(String(format: "%.2f", elapsed)) s")
    }

    func testOutputIsCapturedPerSessionNotWrittenToStdout() {
        let a = Session(), b = Session()
        let ra = a.runBlocking("print('from a')")
        let rb = b.runBlocking("print('from b'); print('again')")
        XCTAssertEqual(ra.output, "from a\n")
        XCTAssertEqual(rb.output, "from b\nagain\n")
    }
}
