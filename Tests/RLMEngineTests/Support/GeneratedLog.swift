import Foundation

/// A deterministic application log of about `bytes` bytes, and how many of its lines say ERROR.
struct GeneratedLog {
    let text: String
    let errorLines: Int
    let lines: Int

    init(bytes: Int, seed: UInt64 = 0x5eed) {
        var state = seed
        func next() -> UInt64 {
            // 64-bit LCG (Knuth's MMIX constants): the same log on every machine.
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let services = ["api", "auth", "billing", "search", "worker", "gateway"]
        let paths = ["/v1/items", "/v1/users/me", "/v1/orders", "/healthz", "/v1/search?q=shoes", "/v1/cart"]
        let messages = ["request served", "cache miss", "retrying upstream", "connection reset by peer",
                        "slow query detected", "token refreshed", "payload validated", "upstream timeout"]
        var out = [UInt8]()
        out.reserveCapacity(bytes + 200)
        var errors = 0
        var count = 0
        var second = 0
        while out.count < bytes {
            let roll = next() % 100
            let level = roll < 3 ? "ERROR" : roll < 12 ? "WARN" : roll < 20 ? "DEBUG" : "INFO"
            if level == "ERROR" { errors += 1 }
            second += Int(next() % 3)
            let day = 1 + (second / 86400) % 28
            let time = "\(Self.pad(day, 2)) \(Self.pad((second / 3600) % 24, 2)):\(Self.pad((second / 60) % 60, 2)):\(Self.pad(second % 60, 2)).\(Self.pad(Int(next() % 1000), 3))"
            let line = "2025-03-\(time) [\(level)] service=\(services[Int(next() % 6)]) req=\(String(next() & 0xffff_ffff, radix: 16)) "
                + "latency_ms=\(next() % 900 + 3) path=\(paths[Int(next() % 6)]) msg=\"\(messages[Int(next() % 8)])\"\n"
            out.append(contentsOf: line.utf8)
            count += 1
        }
        text = String(decoding: out, as: UTF8.self)
        errorLines = errors
        lines = count
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
