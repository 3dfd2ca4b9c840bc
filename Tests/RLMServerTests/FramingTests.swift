import Foundation
import XCTest

@testable import RLMServer

/// The frame decoder on its own: detection, split and merged reads, header rules, limits.
final class FramingTests: XCTestCase {
    private func frames(_ input: [UInt8], chunk: Int, max: Int = FrameDecoder.defaultMaxFrameBytes) -> [FrameEvent] {
        var decoder = FrameDecoder(maxFrameBytes: max)
        var events: [FrameEvent] = []
        var offset = 0
        while offset < input.count {
            decoder.append(input[offset..<min(input.count, offset + chunk)])
            offset += chunk
            while let event = decoder.next() { events.append(event) }
        }
        if let last = decoder.finish() { events.append(last) }
        return events
    }

    private func bodies(_ events: [FrameEvent]) -> [String] {
        events.map {
            switch $0 {
            case .frame(let bytes): return String(decoding: bytes, as: UTF8.self)
            case .error(let error): return "ERROR(\(error.kind.rawValue))"
            }
        }
    }

    func testContentLengthFramesSurviveAnySplit() {
        let messages = ["{\"a\":1}", "{\"b\":\"\u{e9}t\u{e9}\"}", "[]", "{\"c\":\"" + String(repeating: "x", count: 70_000) + "\"}"]
        var input: [UInt8] = []
        for message in messages { input += Array("Content-Length: \(message.utf8.count)\r\n\r\n\(message)".utf8) }
        for chunk in [1, 2, 3, 7, 64, 1000, 65536, input.count] {
            XCTAssertEqual(bodies(frames(input, chunk: chunk)), messages, "chunks of \(chunk)")
        }
        var decoder = FrameDecoder()
        decoder.append(input)
        _ = decoder.next()
        XCTAssertEqual(decoder.mode, .contentLength)
    }

    func testNewlineFramesSurviveAnySplit() {
        let input = Array("\n  {\"a\":1}\r\n\n{\"b\":2}\n[1]\n{\"last\":true}".utf8)
        for chunk in [1, 2, 5, input.count] {
            XCTAssertEqual(bodies(frames(input, chunk: chunk)), ["{\"a\":1}", "{\"b\":2}", "[1]", "{\"last\":true}"], "chunks of \(chunk)")
        }
    }

    func testHeadersAreCaseInsensitiveAndContentTypeOptional() {
        let input = Array(("content-length: 2\r\n\r\n{}" + "CONTENT-LENGTH:2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[]"
            + "X-Other: yes\r\nContent-Length: 1\n\n7").utf8)
        XCTAssertEqual(bodies(frames(input, chunk: 3)), ["{}", "[]", "7"])
    }

    func testBadHeadersAreRefusedAndTheStreamResynchronises() {
        let good = "Content-Length: 2\r\n\r\n{}"
        let cases: [(String, FramingError.Kind)] = [
            ("Content-Lenght: 2\r\n\r\n{}", .badHeader),
            ("Content-Length: two\r\n\r\n{}", .badHeader),
            ("Content-Length: 2\r\nContent-Type: application/json; charset=utf-16\r\n\r\n{}", .badHeader),
            ("junk!}", .badHeader),
            ("{}{}{}", .unexpectedBytes),
            ("Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", .badHeader),
        ]
        for (bad, kind) in cases {
            let events = frames(Array((good + bad + good).utf8), chunk: 4)
            XCTAssertEqual(bodies(events), ["{}", "ERROR(\(kind.rawValue))", "{}"], bad)
        }
    }

    func testTooLargeMessagesAreSkippedExactly() {
        let big = String(repeating: "a", count: 5000)
        let lsp = Array(("Content-Length: 5000\r\n\r\n" + big + "Content-Length: 2\r\n\r\n{}").utf8)
        XCTAssertEqual(bodies(frames(lsp, chunk: 100, max: 4096)), ["ERROR(tooLarge)", "{}"])
        let lines = Array(("{\"first\":1}\n" + big + "\n{\"ok\":1}\n" + big + big).utf8)
        XCTAssertEqual(bodies(frames(lines, chunk: 100, max: 4096)), ["{\"first\":1}", "ERROR(tooLarge)", "{\"ok\":1}", "ERROR(tooLarge)"])
    }

    func testTheInputEndingInsideAMessage() {
        XCTAssertEqual(bodies(frames(Array("Content-Length: 10\r\n\r\n{\"a\"".utf8), chunk: 5)), ["ERROR(truncated)"])
        XCTAssertEqual(bodies(frames(Array("Content-Len".utf8), chunk: 5)), ["ERROR(truncated)"])
        XCTAssertEqual(bodies(frames(Array("{\"no newline\":1}".utf8), chunk: 5)), ["{\"no newline\":1}"])
    }

    func testEncoderFramesInTheClientsMode() {
        XCTAssertEqual(String(decoding: FrameEncoder.frame(Array("{}".utf8), mode: .contentLength), as: UTF8.self), "Content-Length: 2\r\n\r\n{}")
        XCTAssertEqual(String(decoding: FrameEncoder.frame(Array("{}".utf8), mode: .newlineDelimited), as: UTF8.self), "{}\n")
    }
}
