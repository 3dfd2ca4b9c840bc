import Foundation
import RLMProviders
import XCTest

/// Thousands of malformed and hostile frames, generated from a fixed seed, sent to one server
/// process: each must get exactly the replies the protocol requires (codes, ids, the field
/// named), in order, and the server must answer normally afterwards.
final class RobustnessTests: ServerTestCase {
    static let maxMessageBytes = 8192

    func testTenThousandHostileFramesInLSPFraming() async throws {
        try await exercise(.contentLength, cases: 10_000, seed: 0x5EED_0001)
    }

    func testThreeThousandHostileLinesInNewlineFraming() async throws {
        try await exercise(.newlineDelimited, cases: 3_000, seed: 0x5EED_0002)
    }

    private func exercise(_ framing: ClientFraming, cases count: Int, seed: UInt64) async throws {
        let model = try await startModel(ModelScripts.root("FINAL('still here')"))
        let server = try startServer(framing, model: model, arguments: ["--max-message-bytes", String(Self.maxMessageBytes)])
        try await initialize(server)

        // Each case is followed by a request whose reply marks where the case's replies end.
        var generator = HostileFrames(framing: framing, maxMessageBytes: Self.maxMessageBytes, seed: seed)
        var cases: [HostileCase] = []
        var input = Data()
        for index in 0..<count {
            let hostile = generator.next()
            cases.append(hostile)
            input.append(hostile.bytes)
            input.append(framing.frame(Data("{\"jsonrpc\":\"2.0\",\"id\":\"sync-\(index)\",\"method\":\"rlm/session/list\"}".utf8)))
        }
        let bytes = input
        let writer = Thread { server.writeRaw(bytes) }
        writer.start()
        let last = try await server.response(to: .string("sync-\(count - 1)"), timeout: 600)
        XCTAssertNil(last.error)

        // Walk the replies in order.
        let replies = server.messages.filter { $0.isResponse }
        // The first reply is initialize's.
        var position = 1
        var failures: [String] = []
        var counted: [String: Int] = [:]
        for (index, hostile) in cases.enumerated() {
            var got: [WireMessage] = []
            while position < replies.count, replies[position].id != .string("sync-\(index)") {
                got.append(replies[position])
                position += 1
            }
            guard position < replies.count else {
                failures.append("case \(index) (\(hostile.name)): its sync reply never came")
                break
            }
            if replies[position].error != nil { failures.append("case \(index) (\(hostile.name)): the sync request failed: \(replies[position].errorMessage)") }
            position += 1
            counted[hostile.name, default: 0] += 1
            if let problem = mismatch(got, hostile.expected) {
                failures.append("case \(index) (\(hostile.name)): \(problem)\n  sent: \(String(decoding: hostile.bytes.prefix(300), as: UTF8.self))")
            }
            if failures.count >= 10 { break }
        }
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
        XCTAssertEqual(position, replies.count, "nothing after the last sync reply")
        XCTAssertGreaterThan(cases.filter { !$0.expected.isEmpty }.count, count * 9 / 10)
        XCTAssertGreaterThanOrEqual(counted.count, framing == .contentLength ? 25 : 18, "kinds of case exercised: \(counted)")

        // Still answering, and still running queries.
        let stats = try await server.request("rlm/stats")
        XCTAssertNil(stats.error)
        let run = try await server.request("rlm/run", ["query": "Are you there?"])
        XCTAssertEqual(run.result?["answer"], "still here")
        XCTAssertTrue(server.isRunning)
        _ = try await server.request("shutdown")
        server.notify("exit")
        let status = try await server.waitForExit()
        XCTAssertEqual(status, 0)
    }

    /// What is wrong with the replies to one case, or nil.
    private func mismatch(_ got: [WireMessage], _ expected: [ExpectedReply]) -> String? {
        guard got.count == expected.count else {
            return "expected \(expected), got \(got.map { String(decoding: $0.raw, as: UTF8.self) })"
        }
        for (message, want) in zip(got, expected) {
            let text = String(decoding: message.raw, as: UTF8.self)
            switch want {
            case .success(let id):
                if message.id != id || message.error != nil { return "expected a result for \(id), got \(text)" }
            case .error(let code, let id, let mentions):
                if message.errorCode != code { return "expected code \(code), got \(text)" }
                if message.id != (id ?? .null) { return "expected id \(id.map { "\($0)" } ?? "null"), got \(text)" }
                if message.json["jsonrpc"] != "2.0" { return "no jsonrpc 2.0 in \(text)" }
                if let mentions, !message.errorMessage.contains(mentions) { return "expected the message to mention '\(mentions)', got \(text)" }
            }
        }
        return nil
    }
}
