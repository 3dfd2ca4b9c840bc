import Foundation
import RLMProviders
import RLMTestSupport

/// What the server must answer to one hostile case (in order).
enum ExpectedReply: Equatable, CustomStringConvertible {
    /// An error with this code and id (nil: `"id": null`), whose message contains `mentions`.
    case error(code: Int, id: JSONValue?, mentions: String?)
    /// A successful response with this id.
    case success(id: JSONValue)

    var description: String {
        switch self {
        case .error(let code, let id, let mentions): return "error \(code) id \(id.map { "\($0)" } ?? "null")\(mentions.map { " '\($0)'" } ?? "")"
        case .success(let id): return "result id \(id)"
        }
    }
}

struct HostileCase {
    var name: String
    var bytes: Data
    var expected: [ExpectedReply]
}

/// Generates malformed and hostile frames, each with the replies the protocol requires.
/// `maxMessageBytes` is the limit the server under test was started with.
struct HostileFrames {
    let framing: ClientFraming
    let maxMessageBytes: Int
    var random: SeededGenerator
    private var counter = 0

    init(framing: ClientFraming, maxMessageBytes: Int, seed: UInt64) {
        self.framing = framing
        self.maxMessageBytes = maxMessageBytes
        random = SeededGenerator(seed: seed)
    }

    mutating func next() -> HostileCase {
        counter += 1
        let id: JSONValue = Bool.random(using: &random) ? .number(Double(100_000 + counter)) : .string("h\(counter)")
        let idText = Self.json(id)
        let pick = Int.random(in: 0..<100, using: &random)
        if framing == .contentLength, pick < 22 { return headerCase(id: id, idText: idText) }
        return bodyCase(id: id, idText: idText, pick: pick)
    }

    // MARK: Well-framed bodies with hostile content

    private mutating func bodyCase(id: JSONValue, idText: String, pick: Int) -> HostileCase {
        let request = { (method: String, params: String) in "{\"jsonrpc\":\"2.0\",\"id\":\(idText),\"method\":\"\(method)\",\"params\":\(params)}" }
        switch Int.random(in: 0..<21, using: &random) {
        case 0:
            let garbage = ["{", "{\"jsonrpc\":\"2.0\",", "{\"a\" 1}", "[1,2", "{'single':1}", "nul", "tru", "01", "1.", "-",
                           "\"unterminated", "{\"a\":1}}", "{\"a\":1} x", "x" + randomLetters(8), "{\"a\":[1,2,}", "{,}", "+1",
                           "{\"a\":.5}", "{\"a\":1e}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}"].randomElement(using: &random)!
            return body("syntax", garbage, [.error(code: -32700, id: nil, mentions: "Parse error")])
        case 1:
            let bad: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]
            var bytes = Data(request("rlm/stats", "{\"x\":\"abc").utf8)
            bytes.append(contentsOf: bad.randomElement(using: &random)!)
            bytes.append(contentsOf: Array("def\"}}".utf8))
            return HostileCase(name: "invalid UTF-8", bytes: frame(bytes), expected: [.error(code: -32700, id: nil, mentions: "UTF-8")])
        case 2:
            let depth = Int.random(in: 257...1200, using: &random)
            let open = Bool.random(using: &random) ? "[" : "{\"a\":"
            let close = open == "[" ? "]" : "}"
            let nested = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
            let text = Bool.random(using: &random) ? nested : request("rlm/stats", "{\"p\":\(nested)}")
            return body("deep nesting", text, [.error(code: -32700, id: nil, mentions: "nested deeper")])
        case 3:
            let depth = Int.random(in: 1...200, using: &random)
            let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            return body("nesting within the limit", request("rlm/stats", "{\"ignored\":\(nested)}"), [.success(id: id)])
        case 4:
            let huge = ["1e999", "123456789012345678901234567890", "-9223372036854775809", "9223372036854775808", "1.5", "-0.5"]
                .randomElement(using: &random)!
            return body("huge id", "{\"jsonrpc\":\"2.0\",\"id\":\(huge),\"method\":\"rlm/stats\"}", [.error(code: -32600, id: nil, mentions: "id")])
        case 5:
            let huge = ["1e999", "123456789012345678901234567890", "-1e400", "2.5", "1e-400"].randomElement(using: &random)!
            return body("huge number in params", request("rlm/runs/list", "{\"limit\":\(huge)}"),
                        [.error(code: -32602, id: id, mentions: "params.limit")])
        case 6:
            let batch = Bool.random(using: &random) ? "[]" : "[" + request("rlm/stats", "{}") + "]"
            return body("batch", batch, [.error(code: -32600, id: nil, mentions: "Invalid request")])
        case 7:
            let version = ["\"jsonrpc\":\"1.0\",", "\"jsonrpc\":2.0,", "", "\"jsonrpc\":null,", "\"jsonrpc\":\"2.0 \","]
                .randomElement(using: &random)!
            return body("wrong jsonrpc", "{\(version)\"id\":\(idText),\"method\":\"rlm/stats\"}",
                        [.error(code: -32600, id: id, mentions: "jsonrpc")])
        case 8:
            let badID = ["true", "false", "{}", "[]", "[1]", "{\"a\":1}", "null"].randomElement(using: &random)!
            return body("id of the wrong type", "{\"jsonrpc\":\"2.0\",\"id\":\(badID),\"method\":\"rlm/stats\"}",
                        [.error(code: -32600, id: nil, mentions: "id")])
        case 9:
            let badMethod = ["42", "null", "[]", "{}", "true"].randomElement(using: &random)!
            return body("method of the wrong type", "{\"jsonrpc\":\"2.0\",\"id\":\(idText),\"method\":\(badMethod)}",
                        [.error(code: -32600, id: id, mentions: "method")])
        case 10:
            let name = "rlm/" + randomLetters(Int.random(in: 1...12, using: &random))
            return body("unknown method", request(name, "{}"), [.error(code: -32601, id: id, mentions: name)])
        case 11, 12, 13:
            let (method, params, field) = Self.wrongParams.randomElement(using: &random)!
            return body("wrong params", request(method, params), [.error(code: -32602, id: id, mentions: field)])
        case 14:
            let scalar = ["5", "\"x\"", "true", "-1.5"].randomElement(using: &random)!
            return body("scalar params", request("rlm/stats", scalar), [.error(code: -32600, id: id, mentions: "params")])
        case 15:
            let notifications = [
                "{\"jsonrpc\":\"2.0\",\"method\":\"rlm/\(randomLetters(6))\",\"params\":{\"a\":1}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"$/\(randomLetters(6))\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":true}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":\(Int.random(in: 1...1_000_000, using: &random))}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"rlm/run\",\"params\":{\"query\":\"no id, no answer\"}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"window/workDoneProgress/cancel\",\"params\":{\"token\":[]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":\(Int.random(in: 500_000...900_000, using: &random)),\"result\":{\"decision\":\"allow\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":true,\"error\":{\"code\":1,\"message\":\"x\"}}",
            ]
            return body("ignored notification or response", notifications.randomElement(using: &random)!, [])
        case 16:
            return body("neither request nor response", "{\"jsonrpc\":\"2.0\",\"id\":\(idText)}",
                        [.error(code: -32600, id: id, mentions: "method")])
        case 17:
            let scalar = ["42", "\"text\"", "null", "true", "{}"].randomElement(using: &random)!
            return body("not a request object", scalar, [.error(code: -32600, id: nil, mentions: "Invalid request")])
        case 18:
            let strings = ["\"a\\ud800\"", "\"\\udc00b\"", "\"tab\there\"", "\"\\ud800\\u0041\""]
            return body("bad string", request("rlm/stats", "{\"s\":\(strings.randomElement(using: &random)!)}"),
                        [.error(code: -32700, id: nil, mentions: "Parse error")])
        case 19:
            let padding = String(repeating: "a", count: maxMessageBytes + Int.random(in: 1...2000, using: &random))
            return body("too large", request("rlm/stats", "{\"pad\":\"\(padding)\"}"),
                        [.error(code: -32600, id: nil, mentions: "larger than the limit")])
        default:
            // Valid requests with unusual but legal spellings.
            let legal = [
                "  {\"method\":\"rlm/stats\",\"id\":\(idText),\"jsonrpc\":\"2.0\"}  ",
                "{\"jsonrpc\":\"2.0\",\"id\":\(idText),\"method\":\"rlm/runs/list\",\"params\":{\"limit\":3.0}}",
                "{\"jsonrpc\":\"2.0\",\"id\":\(idText),\"method\":\"rlm/runs/list\",\"params\":{\"limit\":1e2,\"extra\":[null,{}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":\(idText),\"method\":\"rlm/stats\",\"params\":null}",
                "{\"jsonrpc\":\"2.0\",\"id\":\(idText),\"method\":\"rlm/session/list\",\"params\":{\"s\":\"\\ud83d\\ude00 \\u00e9\\n\"}}",
            ]
            return body("legal", legal.randomElement(using: &random)!, [.success(id: id)])
        }
    }

    /// (method, params, the field the error must name)
    static let wrongParams: [(String, String, String)] = [
        ("rlm/cancel", "{\"runId\":5}", "params.runId"),
        ("rlm/cancel", "{\"runId\":null}", "params.runId"),
        ("rlm/cancel", "{}", "params.runId"),
        ("rlm/cancel", "{\"runId\":\"run-none\"}", "params.runId"),
        ("rlm/trace/get", "{\"runId\":[1]}", "params.runId"),
        ("rlm/trace/get", "{\"runId\":\"r\",\"includeEvents\":\"yes\"}", "params.includeEvents"),
        ("rlm/runs/list", "{\"limit\":\"ten\"}", "params.limit"),
        ("rlm/runs/list", "{\"limit\":0}", "params.limit"),
        ("rlm/runs/list", "{\"sessionId\":5}", "params.sessionId"),
        ("rlm/run", "{\"query\":5}", "params.query"),
        ("rlm/run", "{}", "params.query"),
        ("rlm/run", "{\"query\":\"  \"}", "params.query"),
        ("rlm/run", "[\"positional\"]", "params"),
        ("rlm/run", "{\"query\":\"q\",\"options\":{\"limits\":{\"maxDepth\":\"2\"}}}", "params.options.limits.maxDepth"),
        ("rlm/run", "{\"query\":\"q\",\"options\":{\"limits\":{\"timeout\":-1}}}", "params.options.limits.timeout"),
        ("rlm/run", "{\"query\":\"q\",\"context\":5}", "params.context"),
        ("rlm/run", "{\"query\":\"q\",\"context\":[1,2]}", "params.context"),
        ("rlm/run", "{\"query\":\"q\",\"contextFiles\":\"a.txt\"}", "params.contextFiles"),
        ("rlm/run", "{\"query\":\"q\",\"contextFiles\":[\"a\",7]}", "params.contextFiles[1]"),
        ("rlm/run", "{\"query\":\"q\",\"workDoneToken\":true}", "params.workDoneToken"),
        ("rlm/run", "{\"query\":\"q\",\"sessionId\":\"s\",\"options\":{}}", "params.options"),
        ("rlm/session/create", "{\"name\":5}", "params.name"),
        ("rlm/session/create", "{\"options\":{\"batchConcurrency\":0}}", "params.options.batchConcurrency"),
        ("rlm/session/create", "{\"contextFiles\":[]}", "params.contextFiles"),
        ("rlm/session/create", "{\"options\":{\"memory\":\"yes\"}}", "params.options.memory"),
        ("rlm/session/close", "{}", "params.sessionId"),
        ("rlm/session/close", "{\"sessionId\":\"session-none\"}", "params.sessionId"),
        ("rlm/session/history", "{\"sessionId\":[]}", "params.sessionId"),
        ("workspace/executeCommand", "{\"command\":1}", "params.command"),
        ("workspace/executeCommand", "{\"command\":\"rlm.nope\"}", "params.command"),
        ("rlm/trace/get", "{\"runId\":\"run-none\"}", "params.runId"),
    ]

    private func body(_ name: String, _ text: String, _ expected: [ExpectedReply]) -> HostileCase {
        HostileCase(name: name, bytes: frame(Data(text.utf8)), expected: expected)
    }

    private func frame(_ body: Data) -> Data { framing.frame(body) }

    // MARK: Broken framing (LSP)

    private mutating func headerCase(id: JSONValue, idText: String) -> HostileCase {
        let body = Data("{\"jsonrpc\":\"2.0\",\"id\":\(idText),\"method\":\"rlm/stats\"}".utf8)
        let parseError = ExpectedReply.error(code: -32700, id: nil, mentions: "Parse error")
        func headed(_ header: String, _ payload: Data) -> Data { Data(header.utf8) + payload }
        switch Int.random(in: 0..<14, using: &random) {
        case 0:
            return HostileCase(name: "misspelled Content-Length", bytes: headed("Content-Lenght: \(body.count)\r\n\r\n", body), expected: [parseError])
        case 1:
            let value = ["abc", "-5", "12abc", "", "99999999999999999999999", "0x10", "1 2"].randomElement(using: &random)!
            return HostileCase(name: "bad Content-Length", bytes: headed("Content-Length: \(value)\r\n\r\n", body), expected: [parseError])
        case 2:
            let charset = ["utf-16", "latin1", "\"ascii\""].randomElement(using: &random)!
            return HostileCase(
                name: "unsupported charset",
                bytes: headed("Content-Type: application/vscode-jsonrpc; charset=\(charset)\r\nContent-Length: \(body.count)\r\n\r\n", body),
                expected: [parseError])
        case 3:
            return HostileCase(name: "header line without a colon",
                               bytes: headed("Garbage line\r\nContent-Length: \(body.count)\r\n\r\n", body), expected: [parseError])
        case 4:
            return HostileCase(name: "two Content-Lengths",
                               bytes: headed("Content-Length: \(body.count)\r\nContent-Length: \(body.count + 1)\r\n\r\n", body),
                               expected: [parseError])
        case 5:
            let cut = Int.random(in: 1..<body.count, using: &random)
            return HostileCase(name: "Content-Length too short", bytes: headed("Content-Length: \(cut)\r\n\r\n", body),
                               expected: [parseError, parseError])
        case 6:
            let extra = Int.random(in: 1...40, using: &random)
            return HostileCase(name: "Content-Length too long, junk after",
                               bytes: headed("Content-Length: \(body.count + extra)\r\n\r\n", body + Data(String(repeating: "z", count: extra).utf8)),
                               expected: [parseError])
        case 7:
            let junk = ["hello world ", "}}}}", "\u{1}\u{2}\u{3}", "Content-Length", "::::", "@@@ ###"].randomElement(using: &random)!
            return HostileCase(name: "garbage between messages", bytes: Data(junk.utf8), expected: [parseError])
        case 8:
            return HostileCase(name: "empty body", bytes: headed("Content-Length: 0\r\n\r\n", Data()),
                               expected: [.error(code: -32700, id: nil, mentions: "empty")])
        case 9:
            let size = maxMessageBytes + Int.random(in: 1...3000, using: &random)
            return HostileCase(name: "declared too large", bytes: headed("Content-Length: \(size)\r\n\r\n", Data(repeating: 0x41, count: size)),
                               expected: [.error(code: -32600, id: nil, mentions: "larger than the limit")])
        default:
            // Legal spellings of the header.
            let headers = [
                "content-length: \(body.count)\r\n\r\n",
                "CONTENT-LENGTH:\(body.count)\r\n\r\n",
                "Content-Length: \(body.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
                "Content-Type: application/vscode-jsonrpc; charset=utf8\r\nContent-Length:   \(body.count)  \r\n\r\n",
                "X-Custom: 1\r\nContent-Length: \(body.count)\r\n\r\n",
                "\r\n\r\nContent-Length: \(body.count)\r\n\r\n",
                "Content-Length: \(body.count)\n\n",
            ]
            return HostileCase(name: "legal header", bytes: headed(headers.randomElement(using: &random)!, body), expected: [.success(id: id)])
        }
    }

    private mutating func randomLetters(_ count: Int) -> String {
        String((0..<count).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &random)! })
    }

    static func json(_ value: JSONValue) -> String {
        String(decoding: try! JSONEncoder().encode(value), as: UTF8.self)
    }
}
