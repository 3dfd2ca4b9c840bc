import XCTest

@testable import RLMEngine

final class CodeBlocksTests: XCTestCase {
    func testRunnableTagsInOrderOthersIgnored() {
        let reply = """
            First I look.
            ```repl
            print(1)
            ```
            Some JSON I expect:
            ```json
            {"a": 1}
            ```
            ```Python
            x = 2
            ```
            ```
            untagged is prose
            ```
              ```py
              indented fence
              ```
            """
        let found = CodeBlocks.extract(from: reply)
        XCTAssertEqual(found.blocks, ["print(1)", "x = 2", "  indented fence"])
        XCTAssertFalse(found.unterminated)
    }

    func testFencesInsideOtherBlocksAndLongerFences() {
        let reply = """
            ````python
            s = '''
            ```
            '''
            ````
            ```text
            ```repl
            not code
            ```
            """
        let found = CodeBlocks.extract(from: reply)
        XCTAssertEqual(found.blocks, ["s = '''\n```\n'''"])
    }

    func testAnUnclosedBlockIsNotRun() {
        let found = CodeBlocks.extract(from: "```repl\nprint(1)\n```\n```repl\nfor i in range(")
        XCTAssertEqual(found.blocks, ["print(1)"])
        XCTAssertTrue(found.unterminated)
    }

    func testEmptyBlocksAndCRLF() {
        let found = CodeBlocks.extract(from: "```repl\r\n\r\n```\r\n```python\r\nprint(2)\r\n```\r\n")
        XCTAssertEqual(found.blocks, ["print(2)"])
    }
}

final class TextDigestTests: XCTestCase {
    func testShortTextIsWhole() {
        XCTAssertEqual(TextDigest.headAndTail("abc", limit: 10), "abc")
    }

    func testHeadAndTailWithTheTrueLength() {
        let text = String(repeating: "a", count: 50) + String(repeating: "é", count: 1000) + String(repeating: "z", count: 50)
        let digest = TextDigest.headAndTail(text, limit: 100)
        XCTAssertTrue(digest.hasPrefix(String(repeating: "a", count: 50) + "\n[... 1,000 characters omitted; the output has 1,100 characters in all."))
        XCTAssertTrue(digest.hasSuffix("...]\n" + String(repeating: "z", count: 50)))
    }

    func testTokenEstimate() {
        XCTAssertEqual(TokenEstimate.tokens("abcdefgh"), 2)
        XCTAssertEqual(TokenEstimate.tokens(characters: 9), 3)
    }
}

final class JSONSchemaValidatorTests: XCTestCase {
    private func check(_ schema: String, _ value: String) throws -> String? {
        JSONSchemaValidator(root: try JSONValue(parsing: schema)).mismatch(try JSONValue(parsing: value))
    }

    func testTypesRequiredAndNesting() throws {
        let schema = """
            {"type": "object", "required": ["items"], "additionalProperties": false,
             "properties": {"items": {"type": "array", "items": {"type": "object", "required": ["name"],
               "properties": {"name": {"type": "string", "minLength": 1}, "n": {"type": "integer", "minimum": 0}}}}}}
            """
        XCTAssertNil(try check(schema, #"{"items": [{"name": "a", "n": 2}]}"#))
        XCTAssertEqual(try check(schema, #"{}"#), "$: the required property 'items' is missing")
        XCTAssertEqual(try check(schema, #"{"items": [{"name": "a", "n": 1.5}]}"#), "$.items[0].n: expected integer, got a number")
        XCTAssertEqual(try check(schema, #"{"items": [{"name": ""}]}"#), "$.items[0].name: shorter than 1 characters")
        XCTAssertEqual(try check(schema, #"{"items": [], "extra": 1}"#), "$: the property 'extra' is not allowed")
        XCTAssertEqual(try check(schema, #"{"items": [{"name": "a", "n": -1}]}"#), "$.items[0].n: -1 is below the minimum 0")
    }

    func testEnumAnyOfAndRefs() throws {
        let schema = """
            {"$defs": {"level": {"enum": ["low", "high"]}},
             "type": "object", "properties": {"level": {"$ref": "#/$defs/level"},
                                               "value": {"anyOf": [{"type": "string"}, {"type": "null"}]}}}
            """
        XCTAssertNil(try check(schema, #"{"level": "low", "value": null}"#))
        XCTAssertEqual(try check(schema, #"{"level": "mid"}"#), #"$.level: "mid" is not one of ["high","low"]"#.replacingOccurrences(of: #"["high","low"]"#, with: #"["low","high"]"#))
        XCTAssertNotNil(try check(schema, #"{"value": 3}"#))
    }
}

import RLMProviders
