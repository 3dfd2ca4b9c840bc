import XCTest

@testable import RLMProviders

final class EndpointLimiterTests: XCTestCase {
    func testCancelledWaiterLeavesTheQueueAndLeaksNoPermit() async throws {
        let semaphore = AsyncSemaphore(limit: 1)
        try await semaphore.acquire()
        let waiter = Task { try await semaphore.acquire() }
        try await waitUntil { await semaphore.waiting == 1 }
        waiter.cancel()
        do {
            try await waiter.value
            XCTFail("a cancelled waiter got a permit")
        } catch {
            XCTAssertTrue(error is CancellationError)
        }
        await semaphore.release()
        let inUseAfterRelease = await semaphore.inUse
        XCTAssertEqual(inUseAfterRelease, 0)
        // The permit is free for the next caller at once.
        try await semaphore.acquire()
        let inUse = await semaphore.inUse
        XCTAssertEqual(inUse, 1)
    }

    func testWaitersAreAdmittedInOrderAndRaisingTheLimitAdmitsMore() async throws {
        let semaphore = AsyncSemaphore(limit: 1)
        try await semaphore.acquire()
        let order = Collected()
        var tasks: [Task<Void, Error>] = []
        for index in 0..<3 {
            tasks.append(Task {
                try await semaphore.acquire()
                order.append("\(index)")
            })
            try await waitUntil { await semaphore.waiting == index + 1 }  // queue them in a known order
        }
        await semaphore.setLimit(3)  // admits two waiters
        try await waitUntil { order.all.count == 2 }
        XCTAssertEqual(order.all, ["0", "1"])
        await semaphore.release()
        for task in tasks { try await task.value }
        XCTAssertEqual(order.all, ["0", "1", "2"])
    }

    /// Polls `condition` (for at most 10 s: generous on a loaded machine).
    private func waitUntil(_ condition: () async -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while await !condition() {
            guard ContinuousClock.now < deadline else { return XCTFail("condition not met in 10 s") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    func testOneSemaphorePerEndpoint() async {
        let limiter = EndpointLimiter()
        let a = await limiter.semaphore(for: "HTTP://Example.com:8080/v1/", limit: 2)
        let b = await limiter.semaphore(for: "http://example.com:8080/v1", limit: 2)
        let c = await limiter.semaphore(for: "http://example.com:8080/v2", limit: 2)
        XCTAssertTrue(a === b)
        XCTAssertFalse(a === c)
    }
}
