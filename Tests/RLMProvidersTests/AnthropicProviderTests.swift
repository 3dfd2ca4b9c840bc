import Foundation
import RLMTestSupport
import XCTest

@testable import RLMProviders

final class AnthropicProviderTests: ProviderTestCase {
    func testCompleteSendsTheWireFormatAndReadsUsageAndCost() async throws {
        let server = try await startServer { _, _ in
            .json(AnthropicFixtures.message(text: "Hello!", input: 100, output: 50, cacheRead: 1000, cacheWrite: 200))
        }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        var request = CompletionRequest(
            model: "claude-sonnet-4-20250514", system: "You are terse.",
            messages: [.system("Answer in English."), .user("Say hi"), .assistant("Hi"), .user("Again")])
        request.temperature = 0.5
        request.stopSequences = ["\n\nHuman:"]
        let completion = try await provider.complete(request)

        XCTAssertEqual(completion.text, "Hello!")
        XCTAssertEqual(completion.model, "claude-sonnet-4-20250514")
        XCTAssertEqual(completion.stopReason, .endTurn)
        XCTAssertEqual(completion.id, "msg_013Zva2CMHLNnXjNJJKqJ2EF")
        // input_tokens excludes the cache: the total input is 100 + 1000 read + 200 written.
        XCTAssertEqual(completion.usage, Usage(inputTokens: 1300, outputTokens: 50, cachedInputTokens: 1000, cacheWriteInputTokens: 200))
        let expectedMicroDollars: Double = 100 * 3 + 1000 * 0.3 + 200 * 3.75 + 50 * 15
        XCTAssertEqual(try XCTUnwrap(completion.cost).usd, expectedMicroDollars / 1e6, accuracy: 1e-12)

        let sent = try XCTUnwrap(server.requests.first)
        XCTAssertEqual(sent.uri, "/v1/messages")
        XCTAssertEqual(sent.header("x-api-key"), "sk-test-key-0123456789")
        XCTAssertEqual(sent.header("anthropic-version"), "2023-06-01")
        XCTAssertNil(sent.header("authorization"))
        let body = sent.json
        XCTAssertEqual(body["model"] as? String, "claude-sonnet-4-20250514")
        XCTAssertEqual(body["system"] as? String, "You are terse.\n\nAnswer in English.")
        XCTAssertEqual(body["max_tokens"] as? Int, 8192, "no limit asked: the model's, capped at 8192")
        XCTAssertEqual(body["temperature"] as? Double, 0.5)
        XCTAssertEqual(body["stop_sequences"] as? [String], ["\n\nHuman:"])
        XCTAssertNil(body["stream"])
        XCTAssertEqual(body["messages"] as? [[String: String]], [
            ["role": "user", "content": "Say hi"], ["role": "assistant", "content": "Hi"], ["role": "user", "content": "Again"],
        ])
    }

    func testMaxTokensFromRequestAndForSmallModels() async throws {
        let server = try await startServer { _, _ in .json(AnthropicFixtures.message(text: "ok")) }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        _ = try await provider.complete(makeRequest("claude-3-5-haiku-20241022", maxTokens: 300))
        XCTAssertEqual(server.requests.last?.json["max_tokens"] as? Int, 300)
        _ = try await provider.complete(makeRequest("claude-3-haiku-20240307"))
        XCTAssertEqual(server.requests.last?.json["max_tokens"] as? Int, 4096)
        _ = try await provider.complete(makeRequest("some-unknown-model"))
        XCTAssertEqual(server.requests.last?.json["max_tokens"] as? Int, 8192)
    }

    func testEveryStreamEventTypeAndDeltasBeforeTheEnd() async throws {
        let firstDeltaSeen = Gate()
        let server = try await startServer { _, _ in
            [
                .sseHead,
                .body(AnthropicFixtures.messageStart(input: 40, cacheRead: 60)),
                .body(": a comment line\n\n"),
                .body(AnthropicFixtures.textBlockStart(0)),
                .body(AnthropicFixtures.ping),
                .body(AnthropicFixtures.textDelta("Hello")),
                .wait(firstDeltaSeen),
                .body(AnthropicFixtures.event("some_future_event", "{\"type\":\"some_future_event\",\"x\":1}")),
                .body(AnthropicFixtures.textDelta(", wor")),
                // A split inside an event and inside a multi-byte character.
                .body("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"ld "),
                .bytes([0xF0, 0x9F]),  // the first half of U+1F30D
                .pause(.milliseconds(20)),
                .bytes([0x8C, 0x8D]),
                .body("\"}}\r\n\r\n"),
                .body(AnthropicFixtures.blockStop(0)),
                .body(AnthropicFixtures.messageDelta(stop: "max_tokens", output: 15)),
                .body(AnthropicFixtures.messageStop),
                .end,
            ]
        }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        var deltas: [String] = []
        var completion: Completion?
        for try await event in provider.stream(makeRequest("claude-sonnet-4-20250514")) {
            switch event {
            case .textDelta(let text):
                deltas.append(text)
                if deltas.count == 1 { firstDeltaSeen.open() }
            case .finished(let done): completion = done
            case .retrying: XCTFail("no retry expected")
            }
        }
        XCTAssertEqual(deltas, ["Hello", ", wor", "ld \u{1F30D}"])
        let done = try XCTUnwrap(completion)
        XCTAssertEqual(done.text, "Hello, world \u{1F30D}")
        XCTAssertEqual(done.stopReason, .maxTokens)
        XCTAssertEqual(done.usage, Usage(inputTokens: 100, outputTokens: 15, cachedInputTokens: 60))
        XCTAssertEqual(done.id, "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY")
        XCTAssertNotNil(done.cost)
        XCTAssertEqual(server.requests.first?.json["stream"] as? Bool, true)
    }

    func testStructuredOutputIsAForcedToolCall() async throws {
        let toolStream = [
            AnthropicFixtures.messageStart(),
            AnthropicFixtures.event("content_block_start", #"{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_01","name":"tally","input":{}}}"#),
            AnthropicFixtures.event("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":""}}"#),
            AnthropicFixtures.event("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\"count\": "}}"#),
            AnthropicFixtures.event("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"3}"}}"#),
            AnthropicFixtures.blockStop(0),
            AnthropicFixtures.messageDelta(stop: "tool_use", output: 9),
            AnthropicFixtures.messageStop,
        ]
        let whole = #"""
            {"id":"msg_2","type":"message","role":"assistant","model":"claude-haiku-4-5-20251001",
             "content":[{"type":"tool_use","id":"toolu_01","name":"tally","input":{"count":3}}],
             "stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":400,"output_tokens":9}}
            """#
        let server = try await startServer { request, _ in
            (request.json["stream"] as? Bool) == true ? .sse(toolStream) : .json(whole)
        }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        var request = makeRequest("claude-haiku-4-5")
        request.responseFormat = JSONSchemaFormat(
            name: "tally", schema: try JSONValue(parsing: #"{"type":"object","properties":{"count":{"type":"integer"}}}"#))

        let streamed = try await collect(provider.stream(request))
        XCTAssertEqual(streamed.completion?.text, "{\"count\": 3}")
        XCTAssertEqual(streamed.completion?.stopReason, .endTurn)
        let whole1 = try await provider.complete(request)
        XCTAssertEqual(whole1.text, "{\"count\":3}")
        XCTAssertEqual(whole1.stopReason, .endTurn)

        let body = try XCTUnwrap(server.requests.first).json
        let tools = try XCTUnwrap(body["tools"] as? [[String: Any]])
        XCTAssertEqual(tools.first?["name"] as? String, "tally")
        XCTAssertEqual((tools.first?["input_schema"] as? [String: Any])?["type"] as? String, "object")
        XCTAssertEqual(body["tool_choice"] as? [String: String], ["type": "tool", "name": "tally"])
    }

    func testStreamWithoutMessageStopIsInterrupted() async throws {
        let server = try await startServer { _, _ in
            .sse(Array(AnthropicFixtures.stream(["All but", " the end"]).dropLast()))
        }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        let error = await providerError { try await self.collect(provider.stream(self.makeRequest("claude-sonnet-4"))) }
        guard case .streamInterrupted(_, let detail)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(detail.contains("message_stop"), detail)
    }

    func testEventCutOffByADroppedConnection() async throws {
        let textSeen = Gate()
        let server = try await startServer { _, _ in
            [.sseHead, .body(AnthropicFixtures.messageStart()), .body(AnthropicFixtures.textBlockStart()),
             .body(AnthropicFixtures.textDelta("Par")), .wait(textSeen),
             .body("event: content_block_delta\ndata: {\"type\":\"content_blo"), .drop]
        }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        let error = await providerError {
            try await provider.streamCompletion(self.makeRequest("claude-sonnet-4")) { _ in textSeen.open() }
        }
        guard case .streamInterrupted? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(server.requestCount, 1, "text was delivered: no retry behind the caller's back")
    }

    func testOverloadedIsRetried() async throws {
        let server = try await startServer { request, index in
            switch index {
            case 0: return .json(529, AnthropicFixtures.error("overloaded_error", "Overloaded"))
            case 1:
                // Overloaded reported inside the stream, before any text: retried too.
                return .sse([AnthropicFixtures.messageStart(), AnthropicFixtures.event("error", AnthropicFixtures.error("overloaded_error", "Overloaded"))])
            default: return .sse(AnthropicFixtures.stream(["third time lucky"]))
            }
        }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        var notices: [RetryNotice] = []
        var completion: Completion?
        for try await event in provider.stream(makeRequest("claude-sonnet-4")) {
            if case .retrying(let notice) = event { notices.append(notice) }
            if case .finished(let done) = event { completion = done }
        }
        XCTAssertEqual(completion?.text, "third time lucky")
        XCTAssertEqual(completion?.attempts, 3)
        XCTAssertEqual(notices.map(\.error.httpStatus), [529, nil])
        XCTAssertEqual(notices.last?.error, .streamError(url: server.baseURL + "/v1/messages", type: "overloaded_error", message: "Overloaded"))
    }

    func testErrorEventAfterTextIsThrown() async throws {
        let server = try await startServer { _, _ in
            .sse([AnthropicFixtures.messageStart(), AnthropicFixtures.textBlockStart(), AnthropicFixtures.textDelta("Partial"),
                  AnthropicFixtures.event("error", AnthropicFixtures.error("overloaded_error", "Overloaded"))])
        }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        let error = await providerError { try await self.collect(provider.stream(self.makeRequest("claude-sonnet-4"))) }
        XCTAssertEqual(error?.description, "\(server.baseURL)/v1/messages reported an error in the stream (overloaded_error): Overloaded")
        XCTAssertTrue(error?.isRetryable ?? false, "the caller may send it again")
        XCTAssertEqual(server.requestCount, 1)
    }

    func testRejectedKeyNamesAnthropicsVariable() async throws {
        let server = try await startServer { _, _ in
            .json(401, AnthropicFixtures.error("authentication_error", "invalid x-api-key"))
        }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        let error = await providerError { try await provider.complete(self.makeRequest("claude-sonnet-4")) }
        XCTAssertEqual(
            error?.description,
            "the API key was rejected (401) by \(server.baseURL)/v1/messages; set ANTHROPIC_API_KEY or RLM_API_KEY. The server said: invalid x-api-key (authentication_error)")
        XCTAssertEqual(server.requestCount, 1)
    }

    func testMalformedMessage() async throws {
        let server = try await startServer { _, _ in .json(200, "{\"type\":\"message\",\"content\":\"not a list\"}") }
        let provider = AnthropicProvider(settings: settings(.anthropic, server))
        let error = await providerError { try await provider.complete(self.makeRequest("claude-sonnet-4")) }
        guard case .malformedResponse(_, let detail)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(detail.hasPrefix("the field 'content' has the wrong type"), detail)
    }
}
