import Foundation

/// How long to wait before the next attempt.
enum Backoff {
    /// Exponential backoff with jitter: attempt 1 waits about `base`, each later one twice as long,
    /// capped at `max`. The wait is drawn from [d/2, d] ("equal jitter"), so that many clients
    /// failing together do not retry together, yet every wait is at least half the schedule.
    static func delay(afterAttempt attempt: Int, policy: RetryPolicy, random: Double = Double.random(in: 0...1)) -> Duration {
        let exponent = Double(min(max(attempt - 1, 0), 30))
        let base = policy.baseDelay.seconds * pow(2, exponent)
        let capped = min(base, policy.maxDelay.seconds)
        return .seconds(capped * (0.5 + 0.5 * random))
    }

    /// The wait a response asks for: `retry-after-ms` (OpenAI's), then `Retry-After` as seconds
    /// or as an HTTP-date. Nil when there is neither or it cannot be read.
    static func retryAfter(headers: [(name: String, value: String)], now: Date = Date()) -> Double? {
        if let ms = headers.first(where: { $0.name.lowercased() == "retry-after-ms" })?.value,
            let value = Double(ms.trimmingCharacters(in: .whitespaces)), value >= 0
        {
            return value / 1000
        }
        guard let raw = headers.first(where: { $0.name.lowercased() == "retry-after" })?.value else { return nil }
        return parseRetryAfter(raw, now: now)
    }

    /// `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT` (RFC 9110 §10.2.3).
    static func parseRetryAfter(_ raw: String, now: Date = Date()) -> Double? {
        let value = raw.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(value) { return seconds >= 0 ? seconds : nil }
        guard let date = parseHTTPDate(value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    /// IMF-fixdate, and the two obsolete forms (RFC 850 and asctime) servers may still send.
    static func parseHTTPDate(_ text: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
