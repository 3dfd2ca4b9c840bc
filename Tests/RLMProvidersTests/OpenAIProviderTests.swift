import Foundation
import RLMTestSupport
import XCTest

@testable import RLMProviders

final class OpenAIProviderTests: ProviderTestCase {
    func testCompleteSendsTheWireFormatAndReadsUsageAndCost() async throws {
        let server = try await startServer { _, _ in
            .json(OpenAIFixtures.completion(text: "Hi there.", prompt: 1_000_000, completion: 500_000, cached: 400_000))
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        var request = makeRequest("gpt-4.1-mini", maxTokens: 50)
        request.temperature = 0.2
        request.stopSequences = ["END"]
        request.messages = [.user("Say hi"), .assistant("Hello"), .user("Again")]
        let completion = try await provider.complete(request)

        XCTAssertEqual(completion.text, "Hi there.")
        XCTAssertEqual(completion.model, "gpt-4.1-mini-2025-04-14")
        XCTAssertEqual(completion.stopReason, .endTurn)
        XCTAssertEqual(completion.id, "chatcmpl-abc123")
        XCTAssertEqual(completion.usage, Usage(inputTokens: 1_000_000, outputTokens: 500_000, cachedInputTokens: 400_000))
        // gpt-4.1-mini: 0.6 M uncached at $0.40, 0.4 M cached at $0.10, 0.5 M out at $1.60.
        XCTAssertEqual(try XCTUnwrap(completion.cost).usd, 0.24 + 0.04 + 0.80, accuracy: 1e-9)
        XCTAssertEqual(completion.attempts, 1)

        let sent = try XCTUnwrap(server.requests.first)
        XCTAssertEqual(sent.method, "POST")
        XCTAssertEqual(sent.uri, "/v1/chat/completions")
        XCTAssertEqual(sent.header("authorization"), "Bearer sk-test-key-0123456789")
        XCTAssertEqual(sent.header("content-type"), "application/json")
        XCTAssertEqual(sent.header("user-agent"), "rlm")
        let body = sent.json
        XCTAssertEqual(body["model"] as? String, "gpt-4.1-mini")
        XCTAssertEqual(body["max_tokens"] as? Int, 50)
        XCTAssertNil(body["max_completion_tokens"])
        XCTAssertEqual(body["temperature"] as? Double, 0.2)
        XCTAssertEqual(body["stop"] as? [String], ["END"])
        XCTAssertNil(body["stream"])
        XCTAssertNil(body["stream_options"])
        let messages = try XCTUnwrap(body["messages"] as? [[String: String]])
        XCTAssertEqual(messages, [
            ["role": "system", "content": "You are terse."], ["role": "user", "content": "Say hi"],
            ["role": "assistant", "content": "Hello"], ["role": "user", "content": "Again"],
        ])
    }

    func testReasoningModelsGetMaxCompletionTokensAndNoTemperature() async throws {
        let server = try await startServer { _, _ in
            .json(OpenAIFixtures.completion(text: "ok", model: "o4-mini-2025-04-16", prompt: 10, completion: 300, reasoning: 256))
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        for model in ["o4-mini", "gpt-5-mini", "o9-future"] {
            var request = makeRequest(model, maxTokens: 400)
            request.temperature = 0.7
            let completion = try await provider.complete(request)
            XCTAssertEqual(completion.usage?.reasoningTokens, 256)
            let body = try XCTUnwrap(server.requests.last).json
            XCTAssertEqual(body["max_completion_tokens"] as? Int, 400, model)
            XCTAssertNil(body["max_tokens"], model)
            XCTAssertNil(body["temperature"], model)
        }
    }

    func testStructuredOutputSendsTheSchema() async throws {
        let server = try await startServer { _, _ in .json(OpenAIFixtures.completion(text: "{\"count\":3}")) }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server, apiKey: nil))
        var request = makeRequest()
        request.responseFormat = JSONSchemaFormat(
            name: "tally",
            schema: try JSONValue(parsing: #"{"type":"object","properties":{"count":{"type":"integer"}},"required":["count"],"additionalProperties":false}"#))
        let completion = try await provider.complete(request)
        XCTAssertEqual(completion.text, "{\"count\":3}")

        let sent = try XCTUnwrap(server.requests.first)
        XCTAssertNil(sent.header("authorization"), "no key, no Authorization header (local servers)")
        let format = try XCTUnwrap(sent.json["response_format"] as? [String: Any])
        XCTAssertEqual(format["type"] as? String, "json_schema")
        let schema = try XCTUnwrap(format["json_schema"] as? [String: Any])
        XCTAssertEqual(schema["name"] as? String, "tally")
        XCTAssertEqual(schema["strict"] as? Bool, true)
        XCTAssertEqual((schema["schema"] as? [String: Any])?["required"] as? [String], ["count"])
    }

    func testStreamedDeltasArriveBeforeTheResponseEnds() async throws {
        let firstDeltaSeen = Gate()
        let server = try await startServer { _, _ in
            [.sseHead, .body(OpenAIFixtures.chunk("", role: true)), .body(OpenAIFixtures.chunk("Hel")), .wait(firstDeltaSeen)]
                + OpenAIFixtures.stream(["lo", " world"], prompt: 12, completion: 3, cached: 4).dropFirst().map { .body($0) } + [.end]
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        var deltas: [String] = []
        var completion: Completion?
        for try await event in provider.stream(makeRequest()) {
            switch event {
            case .textDelta(let text):
                deltas.append(text)
                // The server sends the rest only once the test has seen this delta: the delta
                // crossed the wire while the response was still open.
                if deltas.count == 1 { firstDeltaSeen.open() }
            case .finished(let done): completion = done
            case .retrying: XCTFail("no retry expected")
            }
        }
        XCTAssertEqual(deltas, ["Hel", "lo", " world"])
        let done = try XCTUnwrap(completion)
        XCTAssertEqual(done.text, "Hello world")
        XCTAssertEqual(done.stopReason, .endTurn)
        XCTAssertEqual(done.usage, Usage(inputTokens: 12, outputTokens: 3, cachedInputTokens: 4))
        XCTAssertNotNil(done.cost)
        XCTAssertNotNil(done.timeToFirstToken)

        let body = try XCTUnwrap(server.requests.first).json
        XCTAssertEqual(body["stream"] as? Bool, true)
        XCTAssertEqual((body["stream_options"] as? [String: Bool])?["include_usage"], true)
    }

    func testServerThatDoesNotStreamAnswersWithJSON() async throws {
        // Some OpenAI-compatible servers ignore `stream: true` and send the whole completion.
        let server = try await startServer { _, _ in .json(OpenAIFixtures.completion(text: "all at once", prompt: 9, completion: 3)) }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let (deltas, completion) = try await collect(provider.stream(makeRequest()))
        XCTAssertEqual(deltas, ["all at once"])
        XCTAssertEqual(completion?.text, "all at once")
        XCTAssertEqual(completion?.usage, Usage(inputTokens: 9, outputTokens: 3))
    }

    func testStreamWithoutDoneIsInterruptedNotComplete() async throws {
        // The HTTP response ends properly, but the stream never said [DONE].
        let server = try await startServer { _, _ in
            .sse([OpenAIFixtures.chunk("Partial"), OpenAIFixtures.chunk(" answ")])
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let error = await providerError { try await self.collect(provider.stream(self.makeRequest())) }
        guard case .streamInterrupted(_, let detail)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(detail.contains("[DONE]"), detail)
        XCTAssertEqual(server.requestCount, 1, "text was already delivered: the provider must not retry by itself")
    }

    func testDroppedConnectionMidStreamIsInterrupted() async throws {
        let textSeen = Gate()
        let server = try await startServer { _, _ in
            [.sseHead, .body(OpenAIFixtures.chunk("Some")), .body(OpenAIFixtures.chunk(" text")), .wait(textSeen), .drop]
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let deltas = Collected()
        let error = await providerError {
            try await provider.streamCompletion(self.makeRequest()) { text in
                deltas.append(text)
                if deltas.all.count == 2 { textSeen.open() }
            }
        }
        guard case .streamInterrupted? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(error?.isRetryable ?? false)
        XCTAssertEqual(deltas.all, ["Some", " text"])
        XCTAssertEqual(server.requestCount, 1)
    }

    func testDropBeforeAnyTextIsRetriedInsideTheStream() async throws {
        let server = try await startServer { _, index in
            index == 0 ? [.sseHead, .body(OpenAIFixtures.chunk("", role: true)), .drop] : .sse(OpenAIFixtures.stream(["fine"]))
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        var retries: [RetryNotice] = []
        var text = ""
        var completion: Completion?
        for try await event in provider.stream(makeRequest()) {
            switch event {
            case .textDelta(let delta): text += delta
            case .retrying(let notice): retries.append(notice)
            case .finished(let done): completion = done
            }
        }
        XCTAssertEqual(text, "fine")
        XCTAssertEqual(retries.count, 1)
        guard case .streamInterrupted = retries.first?.error else { return XCTFail("\(retries)") }
        XCTAssertEqual(completion?.attempts, 2)
        XCTAssertEqual(server.requestCount, 2)
    }

    func testConnectionClosedBeforeAnswerIsRetried() async throws {
        let server = try await startServer { _, index in
            index == 0 ? [.drop] : .json(OpenAIFixtures.completion(text: "second time"))
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let completion = try await provider.complete(makeRequest())
        XCTAssertEqual(completion.text, "second time")
        XCTAssertEqual(completion.attempts, 2)
        XCTAssertEqual(server.requestCount, 2)
    }

    func testRateLimitHonoursRetryAfter() async throws {
        let server = try await startServer { _, index in
            index == 0
                ? .json(429, OpenAIFixtures.error("Rate limit reached for gpt-4.1-mini", type: "requests", code: "rate_limit_exceeded"), headers: [("retry-after", "1")])
                : .json(OpenAIFixtures.completion(text: "after the wait"))
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let start = ContinuousClock.now
        let completion = try await provider.complete(makeRequest())
        let elapsed = ContinuousClock.now - start
        XCTAssertEqual(completion.text, "after the wait")
        XCTAssertEqual(completion.attempts, 2)
        // The backoff alone would be at most 40 ms; Retry-After asked for 1 s.
        XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(950))
        XCTAssertLessThan(elapsed, .seconds(20))
    }

    func testRetryAfterAsAnHTTPDate() async throws {
        let server = try await startServer { _, index in
            guard index == 0 else { return .json(OpenAIFixtures.completion(text: "later")) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
            // Two seconds ahead, to the second: a wait of more than one second.
            let date = formatter.string(from: Date().addingTimeInterval(2))
            return .json(503, OpenAIFixtures.error("Service Unavailable", type: "server_error"), headers: [("Retry-After", date)])
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let start = ContinuousClock.now
        let completion = try await provider.complete(makeRequest())
        XCTAssertEqual(completion.attempts, 2)
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - start, .milliseconds(900))
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(20))
    }

    func testRetryAfterLongerThanTheCapFailsAtOnce() async throws {
        let server = try await startServer { _, _ in
            .json(429, OpenAIFixtures.error("You exceeded your current quota", type: "insufficient_quota"), headers: [("retry-after", "3600")])
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let error = await providerError { try await provider.complete(self.makeRequest()) }
        guard case .rateLimited(_, let retryAfter, let message)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(retryAfter, 3600)
        XCTAssertEqual(message, "You exceeded your current quota (insufficient_quota)")
        XCTAssertEqual(server.requestCount, 1)
    }

    func testServerErrorsAreRetriedUntilTheBudgetIsSpent() async throws {
        let statuses = [500, 502, 503, 504]
        let server = try await startServer { _, index in
            index < statuses.count ? .json(statuses[index], OpenAIFixtures.error("The server had an error", type: "server_error")) : .json(200, "unused")
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server, maxRetries: 3))
        let error = await providerError { try await provider.complete(self.makeRequest()) }
        guard case .gaveUp(let attempts, let last)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(attempts, 4)
        XCTAssertEqual(last.httpStatus, 504)
        XCTAssertEqual(server.requestCount, 4)
        XCTAssertTrue(error!.description.hasPrefix("gave up after 4 attempts: the server failed (504) at http://127.0.0.1:"), error!.description)
    }

    func testBadRequestIsNotRetriedAndSaysWhy() async throws {
        let server = try await startServer { _, _ in
            .json(400, OpenAIFixtures.error("Invalid value for 'temperature': must be at most 2."))
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let error = await providerError { try await provider.complete(self.makeRequest()) }
        XCTAssertEqual(error?.httpStatus, 400)
        XCTAssertEqual(server.requestCount, 1)
        XCTAssertEqual(
            error?.description,
            "the request was rejected as invalid (400) by \(server.baseURL)/v1/chat/completions. The server said: Invalid value for 'temperature': must be at most 2. (invalid_request_error)")
    }

    func testRejectedKeySaysWhichVariableToSet() async throws {
        let server = try await startServer { _, _ in
            .json(401, OpenAIFixtures.error("Incorrect API key provided: sk-test-***6789.", code: "invalid_api_key"))
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let error = await providerError { try await provider.complete(self.makeRequest()) }
        XCTAssertEqual(server.requestCount, 1)
        XCTAssertEqual(
            error?.description,
            "the API key was rejected (401) by \(server.baseURL)/v1/chat/completions; set OPENAI_API_KEY or RLM_API_KEY. "
                + "The server said: Incorrect API key provided: sk-test-***6789. (invalid_request_error)")

        let keyless = OpenAICompatibleProvider(settings: settings(.openai, server, apiKey: nil))
        let missing = await providerError { try await keyless.complete(self.makeRequest()) }
        XCTAssertTrue(missing?.description.hasPrefix("no API key was sent and \(server.baseURL)/v1/chat/completions requires one (401)") ?? false)
    }

    func testNotFoundPointsAtBaseURLAndModel() async throws {
        let server = try await startServer { _, _ in .json(404, "{\"error\":\"model 'llama9' not found\"}") }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let error = await providerError { try await provider.complete(self.makeRequest("llama9")) }
        XCTAssertEqual(server.requestCount, 1)
        XCTAssertEqual(
            error?.description,
            "not found (404) at \(server.baseURL)/v1/chat/completions: check the base URL (--base-url, RLM_BASE_URL) and that the model 'llama9' exists there. The server said: model 'llama9' not found")
    }

    func testMalformedJSONIsAClearErrorAndNotRetried() async throws {
        let server = try await startServer { _, _ in .json(200, "{\"id\": \"x\", \"choices\": [ {\"message\": ") }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let error = await providerError { try await provider.complete(self.makeRequest()) }
        guard case .malformedResponse(_, let detail)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(detail.hasPrefix("it is not valid JSON"), detail)
        XCTAssertTrue(detail.contains("it begins: {\"id\": \"x\""), detail)
        XCTAssertEqual(server.requestCount, 1)

        let streaming = try await startServer { _, _ in .sse([OpenAIFixtures.chunk("ok"), "data: {not json}\n\n", OpenAIFixtures.done]) }
        let streamProvider = OpenAICompatibleProvider(settings: settings(.openai, streaming))
        let streamError = await providerError { try await self.collect(streamProvider.stream(self.makeRequest())) }
        guard case .malformedResponse? = streamError else { return XCTFail("\(String(describing: streamError))") }
    }

    func testErrorInsideTheStream() async throws {
        let server = try await startServer { _, _ in
            .sse([OpenAIFixtures.chunk("Hal"), "data: {\"error\":{\"message\":\"context length exceeded\",\"type\":\"invalid_request_error\"}}\n\n"])
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let error = await providerError { try await self.collect(provider.stream(self.makeRequest())) }
        XCTAssertEqual(error, .streamError(url: server.baseURL + "/v1/chat/completions", type: "invalid_request_error", message: "context length exceeded"))
        XCTAssertFalse(error?.isRetryable ?? true)
    }

    func testStalledStreamHitsTheIdleTimeout() async throws {
        let server = try await startServer { _, _ in
            [.sseHead, .body(OpenAIFixtures.chunk("Start")), .pause(.seconds(30)), .end]
        }
        let provider = OpenAICompatibleProvider(
            settings: settings(
                .openai, server, maxRetries: 0, timeouts: Timeouts(connect: .seconds(5), request: .seconds(60), streamIdle: .milliseconds(500))))
        let start = ContinuousClock.now
        let error = await providerError { try await self.collect(provider.stream(self.makeRequest())) }
        XCTAssertEqual(error, .timeout(.streamIdle, url: server.baseURL + "/v1/chat/completions", seconds: 0.5))
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
    }

    func testSlowAnswerHitsTheRequestTimeout() async throws {
        let server = try await startServer { _, _ in [.pause(.seconds(30))] + .json(OpenAIFixtures.completion(text: "late")) }
        let provider = OpenAICompatibleProvider(
            settings: settings(.openai, server, timeouts: Timeouts(connect: .seconds(5), request: .milliseconds(500), streamIdle: .seconds(30))))
        let start = ContinuousClock.now
        let error = await providerError { try await provider.complete(self.makeRequest()) }
        guard case .timeout(.request, _, _)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertFalse(error!.isRetryable)
        XCTAssertEqual(server.requestCount, 1)
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
    }

    func testCancellationEndsASlowRequestPromptly() async throws {
        let requestArrived = Gate()
        let server = try await startServer { _, _ in
            requestArrived.open()
            return [.pause(.seconds(30))] + .json(OpenAIFixtures.completion(text: "too late"))
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let task = Task { try await provider.complete(self.makeRequest()) }
        await requestArrived.wait()
        let start = ContinuousClock.now
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("a cancelled request returned")
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2))
        XCTAssertEqual(server.requestCount, 1)
        // The connection was closed on the server's side too, long before its 30 s answer.
        let deadline = ContinuousClock.now + .seconds(5)
        while server.closedConnections < 1, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        XCTAssertEqual(server.closedConnections, 1)
    }

    func testCancellingTheStreamConsumerAbortsTheRequest() async throws {
        let server = try await startServer { _, _ in
            [.sseHead, .body(OpenAIFixtures.chunk("one")), .pause(.seconds(30)), .end]
        }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let firstDelta = Gate()
        let task = Task {
            for try await event in provider.stream(self.makeRequest()) {
                if case .textDelta = event { firstDelta.open() }
            }
        }
        await firstDelta.wait()
        let start = ContinuousClock.now
        task.cancel()
        _ = try? await task.value
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2))
        let deadline = ContinuousClock.now + .seconds(5)
        while server.closedConnections < 1, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        XCTAssertEqual(server.closedConnections, 1)
    }

    func testRefusedConnectionIsRetriedThenExplained() async throws {
        // A port that was just free: bind a server, note its port, stop it.
        let probe = try await ScriptedServer.start { _, _ in [] }
        let port = probe.port
        await probe.stop()
        let provider = OpenAICompatibleProvider(
            settings: ProviderSettings(
                kind: .openai, baseURL: "http://127.0.0.1:\(port)/v1",
                retry: RetryPolicy(maxRetries: 2, baseDelay: .milliseconds(10), maxDelay: .milliseconds(20))))
        let error = await providerError { try await provider.complete(self.makeRequest()) }
        guard case .gaveUp(3, .connection(_, let detail))? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(detail.contains("connection refused"), detail)
    }

    func testConnectTimeout() async throws {
        // A listening socket whose accept queue is full and never drained: the kernel drops
        // further SYNs, so a connection attempt hangs as it would to a black-holed host.
        let listener = try BlackHoleListener()
        defer { listener.close() }
        let provider = OpenAICompatibleProvider(
            settings: ProviderSettings(
                kind: .openai, baseURL: "http://127.0.0.1:\(listener.port)/v1", retry: RetryPolicy(maxRetries: 0),
                timeouts: Timeouts(connect: .milliseconds(500), request: .seconds(60), streamIdle: .seconds(30))))
        let start = ContinuousClock.now
        let error = await providerError { try await provider.complete(self.makeRequest()) }
        XCTAssertEqual(error, .timeout(.connect, url: "http://127.0.0.1:\(listener.port)/v1/chat/completions", seconds: 0.5))
        XCTAssertTrue(error?.isRetryable ?? false)
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
    }

    func testConcurrencyLimitPerEndpoint() async throws {
        let server = try await startServer { _, _ in
            [.pause(.milliseconds(150))] + .json(OpenAIFixtures.completion(text: "ok"))
        }
        // Two providers (two runs) on one endpoint share its limit.
        let first = OpenAICompatibleProvider(settings: settings(.openai, server, maxConcurrent: 2))
        let second = OpenAICompatibleProvider(settings: settings(.openai, server, maxConcurrent: 2))
        try await withThrowingTaskGroup(of: Completion.self) { group in
            for index in 0..<8 {
                let provider = index.isMultiple(of: 2) ? first : second
                group.addTask { try await provider.complete(self.makeRequest()) }
            }
            var count = 0
            for try await completion in group {
                XCTAssertEqual(completion.text, "ok")
                count += 1
            }
            XCTAssertEqual(count, 8)
        }
        XCTAssertEqual(server.requestCount, 8)
        XCTAssertEqual(server.maxInFlight, 2)
    }

    func testInvalidRequestsFailBeforeSending() async throws {
        let server = try await startServer { _, _ in .json(OpenAIFixtures.completion(text: "x")) }
        let provider = OpenAICompatibleProvider(settings: settings(.openai, server))
        let noUser = await providerError { try await provider.complete(CompletionRequest(model: "m", messages: [.system("only")])) }
        XCTAssertEqual(noUser, .invalidRequest("the request has no user message"))
        var badSchema = makeRequest()
        badSchema.responseFormat = JSONSchemaFormat(name: "has space", schema: .object([:]))
        let schemaError = await providerError { try await provider.complete(badSchema) }
        guard case .invalidRequest? = schemaError else { return XCTFail("\(String(describing: schemaError))") }
        XCTAssertEqual(server.requestCount, 0)
    }
}
