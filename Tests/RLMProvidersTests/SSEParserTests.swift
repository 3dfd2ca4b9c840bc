import RLMTestSupport
import XCTest

@testable import RLMProviders

final class SSEParserTests: XCTestCase {
    /// A stream with everything a parser must handle: CRLF and CR line ends, a comment, a
    /// multi-line data field, no space after the colon, an event name, an id, an unknown field,
    /// a field without a colon, and multi-byte UTF-8 (2, 3 and 4 bytes).
    let stream = Array(
        ("\u{FEFF}: keep-alive comment\r\n"
            + "event: message_start\r\ndata: {\"a\":1}\r\n\r\n"
            + "data: first line\ndata:second line\nid: 7\nretry: 3000\nfoo: bar\n\n"
            + "data: caf\u{E9} \u{2603} \u{1F600}\r\r"
            + "data\n\n"
            + "event: ping\n\n"
            + "data: [DONE]\n\n").utf8)

    let expected = [
        SSEEvent(event: "message_start", data: "{\"a\":1}"),
        SSEEvent(event: "message", data: "first line\nsecond line", id: "7"),
        SSEEvent(event: "message", data: "caf\u{E9} \u{2603} \u{1F600}", id: "7"),
        SSEEvent(event: "message", data: "", id: "7"),
        SSEEvent(event: "message", data: "[DONE]", id: "7"),
    ]

    func testWholeStream() {
        var parser = SSEParser()
        XCTAssertEqual(parser.feed(stream), expected)
        XCTAssertFalse(parser.hasPartialEvent)
        XCTAssertEqual(parser.finish(), [])
    }

    func testEverySplitPoint() {
        // Cut in two at every byte: inside "\r\n" pairs, inside UTF-8 sequences, inside field names.
        for cut in 0...stream.count {
            var parser = SSEParser()
            let events = parser.feed(stream[..<cut]) + parser.feed(stream[cut...])
            XCTAssertEqual(events, expected, "split at byte \(cut)")
        }
    }

    func testOneByteAtATime() {
        var parser = SSEParser()
        var events: [SSEEvent] = []
        for byte in stream { events += parser.feed([byte]) }
        XCTAssertEqual(events, expected)
    }

    func testRandomChunkings() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            var parser = SSEParser()
            var events: [SSEEvent] = []
            var offset = 0
            while offset < stream.count {
                let size = Int.random(in: 1...9, using: &generator)
                let end = min(stream.count, offset + size)
                events += parser.feed(stream[offset..<end])
                offset = end
            }
            XCTAssertEqual(events, expected)
        }
    }

    func testUnterminatedLastEvent() {
        var parser = SSEParser()
        XCTAssertEqual(parser.feed(Array("data: {\"partial\":".utf8)), [])
        XCTAssertTrue(parser.hasPartialEvent)
        XCTAssertEqual(parser.finish(), [SSEEvent(data: "{\"partial\":")])
    }

    func testCommentsAndBlankLinesAloneDispatchNothing() {
        var parser = SSEParser()
        XCTAssertEqual(parser.feed(Array(": ping\n\n\n: another\r\n\r\n".utf8)), [])
        XCTAssertFalse(parser.hasPartialEvent)
    }
}
