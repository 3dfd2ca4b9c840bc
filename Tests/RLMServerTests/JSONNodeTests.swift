import Foundation
import XCTest

@testable import RLMServer

/// The server's JSON reader: what it accepts, what it refuses, and how it says so.
final class JSONNodeTests: XCTestCase {
    func testParsesWhatJSONAllows() throws {
        let node = try JSONNode.parse(Array(#" {"a":[1,-2.5e3,true,false,null],"b":"\u00e9\ud83d\ude00\n\"","c":{}} "#.utf8))
        XCTAssertEqual(node["a"], .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]))
        XCTAssertEqual(node["b"], .string("\u{e9}\u{1F600}\n\""))
        XCTAssertEqual(node["c"], .object([:]))
    }

    func testRefusesWhatJSONDoesNotAllowWithAPosition() {
        let cases: [(String, String)] = [
            ("", "empty"), ("{", "ends inside an object"), ("[1,]", "where a value was expected"), ("01", "start with 0"),
            ("1.", "followed by digits"), ("\"a\\x\"", "unknown escape"), ("\"\\ud800\"", "low surrogate"),
            ("\"a\tb\"", "control character"), ("{\"a\":1} 2", "after the JSON value"), ("{\n  \"a\" 1}", "line 2, column 7"),
            (String(repeating: "[", count: 300) + String(repeating: "]", count: 300), "nested deeper than 256"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try JSONNode.parse(Array(text.utf8)), text) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(text): \(error)")
            }
        }
        XCTAssertThrowsError(try JSONNode.parse([0x22, 0xFF, 0x22])) { XCTAssertTrue("\($0)".contains("UTF-8")) }
    }

    func testDecodingNamesTheFieldAndTheProblem() throws {
        struct Params: Decodable {
            var count: Int
            var ratio: Double?
            var items: [String]?
        }
        func problem(_ text: String) throws -> String {
            let node = try JSONNode.parse(Array(text.utf8))
            let decoded = Result { try RawParams(node: node).decode(Params.self) }
            if case .failure(let error as ResponseError) = decoded { return error.message }
            _ = try decoded.get()
            return "decoded"
        }
        XCTAssertEqual(try problem("{\"count\":3.0,\"ratio\":1}"), "decoded")
        XCTAssertEqual(try problem("{\"count\":1e3}"), "decoded")
        XCTAssertEqual(try problem("{}"), "Invalid params: params.count: required, but missing")
        XCTAssertEqual(try problem("{\"count\":1.5}"), "Invalid params: params.count: expected an integer, got 1.5")
        XCTAssertEqual(try problem("{\"count\":99999999999999999999}"), "Invalid params: params.count: 99999999999999999999 does not fit in a 64-bit integer")
        XCTAssertEqual(try problem("{\"count\":\"3\"}"), "Invalid params: params.count: expected an integer, got a string")
        XCTAssertEqual(try problem("{\"count\":1,\"ratio\":1e400}"), "Invalid params: params.ratio: 1e400 is out of the range of a number (a 64-bit float)")
        XCTAssertEqual(try problem("{\"count\":1,\"items\":[\"a\",null]}"), "Invalid params: params.items[1]: expected a string, got null")
        XCTAssertEqual(try problem("[1]"), "Invalid params: params: must be an object of named parameters, not an array")
    }
}
