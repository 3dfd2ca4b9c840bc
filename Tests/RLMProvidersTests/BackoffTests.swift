import Foundation
import XCTest

@testable import RLMProviders

final class BackoffTests: XCTestCase {
    func testRetryAfterSeconds() {
        XCTAssertEqual(Backoff.parseRetryAfter("120"), 120)
        XCTAssertEqual(Backoff.parseRetryAfter(" 0 "), 0)
        XCTAssertEqual(Backoff.parseRetryAfter("1.5"), 1.5)
        XCTAssertNil(Backoff.parseRetryAfter("-3"))
        XCTAssertNil(Backoff.parseRetryAfter("soon"))
    }

    func testRetryAfterHTTPDate() throws {
        let now = try XCTUnwrap(Backoff.parseHTTPDate("Wed, 21 Oct 2015 07:28:00 GMT"))
        XCTAssertEqual(Backoff.parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now: now), 30)
        XCTAssertEqual(Backoff.parseRetryAfter("Wednesday, 21-Oct-15 07:29:00 GMT", now: now), 60)
        XCTAssertEqual(Backoff.parseRetryAfter("Wed Oct 21 07:28:10 2015", now: now), 10)
        // A date in the past means: now.
        XCTAssertEqual(Backoff.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now: now), 0)
    }

    func testRetryAfterMillisecondsWins() {
        let headers = [(name: "Retry-After", value: "20"), (name: "retry-after-ms", value: "250")]
        XCTAssertEqual(Backoff.retryAfter(headers: headers), 0.25)
        XCTAssertEqual(Backoff.retryAfter(headers: [(name: "RETRY-AFTER", value: "3")]), 3)
        XCTAssertNil(Backoff.retryAfter(headers: [(name: "x-other", value: "3")]))
    }

    func testExponentialWithJitterAndCap() {
        let policy = RetryPolicy(maxRetries: 10, baseDelay: .seconds(1), maxDelay: .seconds(8))
        XCTAssertEqual(Backoff.delay(afterAttempt: 1, policy: policy, random: 1), .seconds(1))
        XCTAssertEqual(Backoff.delay(afterAttempt: 2, policy: policy, random: 1), .seconds(2))
        XCTAssertEqual(Backoff.delay(afterAttempt: 3, policy: policy, random: 1), .seconds(4))
        XCTAssertEqual(Backoff.delay(afterAttempt: 9, policy: policy, random: 1), .seconds(8))
        XCTAssertEqual(Backoff.delay(afterAttempt: 3, policy: policy, random: 0), .seconds(2))
        for attempt in 1...12 {
            let delay = Backoff.delay(afterAttempt: attempt, policy: policy)
            XCTAssertGreaterThanOrEqual(delay, .milliseconds(500))
            XCTAssertLessThanOrEqual(delay, .seconds(8))
        }
    }

    func testWhatIsRetryable() {
        let url = "http://x"
        XCTAssertTrue(ProviderError.rateLimited(url: url, retryAfter: nil, message: nil).isRetryable)
        for status in [408, 500, 502, 503, 504, 529] {
            XCTAssertTrue(ProviderError.serverError(status: status, url: url, retryAfter: nil, message: nil).isRetryable)
        }
        XCTAssertTrue(ProviderError.connection(url: url, detail: "reset").isRetryable)
        XCTAssertTrue(ProviderError.streamInterrupted(url: url, detail: "cut").isRetryable)
        XCTAssertTrue(ProviderError.timeout(.streamIdle, url: url, seconds: 1).isRetryable)
        XCTAssertFalse(ProviderError.rejected(status: 400, url: url, message: nil).isRetryable)
        XCTAssertFalse(ProviderError.authentication(status: 401, url: url, keySent: true, keyVariables: [], message: nil).isRetryable)
        XCTAssertFalse(ProviderError.permissionDenied(url: url, message: nil).isRetryable)
        XCTAssertFalse(ProviderError.notFound(url: url, model: "m", message: nil).isRetryable)
        XCTAssertFalse(ProviderError.malformedResponse(url: url, detail: "").isRetryable)
    }
}
