import Foundation
import RLMProviders
import RLMTestSupport
import XCTest

@testable import RLMEngine

/// llm_query, its batch, the cache, the window guard, schemas, and child RLMs.
final class SubCallTests: EngineTestCase {
    func testIdenticalSubCallsAreServedFromTheCache() async throws {
        let provider = ScriptedProvider { request, _ in
            if request.isSubCall { return ScriptedReply("sub:" + request.lastUserText) }
            return .code("""
                a = llm_query('same prompt')
                b = llm_query('same prompt')
                c = llm_query_batched(['same prompt', 'other prompt', 'same prompt'])
                FINAL([a, b] + c)
                """)
        }
        let (outcome, events) = try await run(configuration(provider), "q")
        XCTAssertEqual(outcome.answer, "['sub:same prompt', 'sub:same prompt', 'sub:same prompt', 'sub:other prompt', 'sub:same prompt']")
        XCTAssertEqual(provider.requests.filter(\.isSubCall).count, 2, "one request per distinct prompt")
        XCTAssertEqual(outcome.cacheHits, 3)
        let cached = events.modelResponses.filter(\.cached)
        XCTAssertEqual(cached.count, 3)
        XCTAssertTrue(cached.allSatisfy { $0.tokens == .zero && $0.cost == 0 })
        let tree = ExecutionTree(events: events)
        XCTAssertEqual(tree.children(of: tree.rootID!).count, 5, "every call is a node, cached or not")
        XCTAssertEqual(tree.children(of: tree.rootID!).filter(\.cached).count, 3)
    }

    func testThePromptMustFitTheSubModelsWindow() async throws {
        let models = ModelTable(["sub-model": ModelInfo(contextWindow: 1000)])
        let provider = ScriptedProvider(models: models) { request, index in
            if request.isSubCall { return ScriptedReply("fine") }
            if index == 0 {
                return .code("""
                    try:
                        llm_query('x' * 20000)
                    except ValueError as e:
                        print('refused:', e)
                    print(llm_query_batched(['small', 'y' * 20000]))
                    """)
            }
            return .code("FINAL('ok')")
        }
        let (outcome, events) = try await run(configuration(provider), "q")
        XCTAssertEqual(outcome.status, .completed)
        let shown = provider.requests.last { $0.isRLMTurn }!.lastUserText
        XCTAssertTrue(shown.contains("refused: llm_query(): the prompt is about 5,000 tokens (20,000 characters)"), shown)
        XCTAssertTrue(shown.contains("window of sub-model holds (1,000 tokens"))
        XCTAssertTrue(shown.contains("Split the text into smaller pieces"))
        XCTAssertTrue(shown.contains("['fine', 'Error: the prompt is about 5,000 tokens"))
        XCTAssertEqual(provider.requests.filter(\.isSubCall).map(\.lastUserText), ["small"], "nothing too large was sent")
        let tree = ExecutionTree(events: events)
        XCTAssertEqual(tree.children(of: tree.rootID!).filter { $0.status == .failed }.count, 2)
    }

    func testASchemaGivesParsedAndCheckedJSON() async throws {
        let provider = ScriptedProvider { request, _ in
            if request.isSubCall {
                XCTAssertEqual(request.responseFormat?.schema["type"], .string("object"))
                if request.lastUserText.contains("bad") { return ScriptedReply("{\"count\": \"three\"}") }
                return ScriptedReply("```json\n{\"count\": 3, \"names\": [\"a\", \"b\"]}\n```")
            }
            return .code("""
                schema = {"type": "object", "properties": {"count": {"type": "integer"}, "names": {"type": "array", "items": {"type": "string"}}}, "required": ["count"]}
                good = llm_query('good', schema=schema)
                print(type(good).__name__, good['count'] + 1, good['names'])
                try:
                    llm_query('bad', schema=schema)
                except ValueError as e:
                    print('bad:', e)
                batch = llm_query_batched(['good', 'bad'], schema=schema)
                FINAL([type(batch[0]).__name__, batch[1][:6]])
                """)
        }
        let (outcome, _) = try await run(configuration(provider), "q")
        XCTAssertEqual(outcome.answer, "['dict', 'Error:']")
    }

    func testSchemaOutputIsPrinted() async throws {
        let provider = ScriptedProvider { request, index in
            if request.isSubCall {
                if request.lastUserText.contains("bad") { return ScriptedReply("{\"count\": \"three\"}") }
                return ScriptedReply("{\"count\": 3}")
            }
            if index == 0 {
                return .code("""
                    schema = {"type": "object", "properties": {"count": {"type": "integer"}}, "required": ["count"]}
                    good = llm_query('good', schema=schema)
                    print(type(good).__name__, good['count'] + 1)
                    try:
                        llm_query('bad', schema=schema)
                    except ValueError as e:
                        print('bad:', e)
                    """)
            }
            return .code("FINAL('done')")
        }
        _ = try await run(configuration(provider), "q")
        let shown = provider.requests.last { $0.isRLMTurn }!.lastUserText
        XCTAssertTrue(shown.contains("dict 4"), shown)
        XCTAssertTrue(shown.contains("bad: llm_query(): the reply does not match the schema: $.count: expected integer, got a string"), shown)
    }

    func testAFailedBatchItemIsAnErrorStringAndTheRestSucceed() async throws {
        struct Boom: Error, CustomStringConvertible { var description: String { "server exploded" } }
        let provider = ScriptedProvider { request, _ in
            if request.isSubCall {
                if request.lastUserText == "p2" { throw ProviderError.rejected(status: 400, url: "http://x", message: "bad chunk") }
                return ScriptedReply(request.lastUserText.uppercased())
            }
            return .code("""
                results = llm_query_batched(['p0', 'p1', 'p2', 'p3'])
                errors = [r for r in results if r.startswith('Error: ')]
                try:
                    llm_query('p2')
                    single = 'no error'
                except RuntimeError as e:
                    single = str(e)[:40]
                FINAL(repr([results[0], results[1], results[3], len(errors), single]))
                """)
        }
        let (outcome, events) = try await run(configuration(provider), "q")
        XCTAssertEqual(outcome.answer, "['P0', 'P1', 'P3', 1, 'llm_query(): the model call failed: the ']")
        let failed = events.payloads { if case .nodeFinished(let e) = $0, e.status == .failed { return e.error } else { return nil } }
        XCTAssertEqual(failed.count, 2)
        XCTAssertTrue(failed[0].contains("bad chunk"))
    }

    func testBatchesKeepInputOrderAndBoundTheirConcurrency() async throws {
        let provider = ScriptedProvider { request, _ in
            if request.isSubCall {
                let n = Int(request.lastUserText)!
                try await Task.sleep(for: .milliseconds(n % 3 == 0 ? 30 : 5))
                return ScriptedReply("\(n * n)")
            }
            return .code("FINAL(llm_query_batched([str(i) for i in range(40)]) == [str(i * i) for i in range(40)])")
        }
        var config = configuration(provider)
        config.batchConcurrency = 4
        let (outcome, _) = try await run(config, "q")
        XCTAssertEqual(outcome.answer, "True")
        XCTAssertLessThanOrEqual(provider.maxConcurrent, 5, "4 sub-calls at once, plus nothing else in flight")
        XCTAssertGreaterThan(provider.maxConcurrent, 1)
    }

    func testRLMQueryRunsAChildWithItsOwnInterpreter() async throws {
        let provider = ScriptedProvider { request, _ in
            if request.isRLMTurn, request.firstUserText.contains("Query: count the vowels") {
                // The child: its context is the one passed; the parent's variables are not there.
                return .code("FINAL(str(sum(c in 'aeiou' for c in context)) + ('' if 'secret' not in globals() else ' leaked'))")
            }
            if request.isRLMTurn {
                return .code("secret = 1\nr = rlm_query('count the vowels', context='banana split')\nFINAL(r)")
            }
            return ScriptedReply("unexpected")
        }
        let (outcome, events) = try await run(configuration(provider), "q")
        XCTAssertEqual(outcome.answer, "4")
        let tree = ExecutionTree(events: events)
        let children = tree.children(of: tree.rootID!)
        XCTAssertEqual(children.map(\.kind), [.rlm])
        XCTAssertEqual(children[0].depth, 1)
        XCTAssertEqual(children[0].status, .completed)
        XCTAssertEqual(children[0].modelCalls, 1)
        XCTAssertEqual(tree.totalTokens(of: tree.rootID!).total, 240, "two calls of 120 tokens, rolled up")
    }

    func testAtTheDepthLimitRLMQueryIsAPlainCall() async throws {
        let provider = ScriptedProvider { request, _ in
            if request.isSubCall { return ScriptedReply("plain answer to: " + request.lastUserText.prefix(20)) }
            return .code("FINAL(rlm_query('summarise', context='the text'))")
        }
        let (outcome, events) = try await run(configuration(provider, limits: RunLimits(maxDepth: 1)), "q")
        XCTAssertEqual(outcome.answer, "plain answer to: summarise\n\nContext:\n")
        XCTAssertTrue(provider.requests.last!.lastUserText.hasSuffix("Context:\nthe text"))
        let tree = ExecutionTree(events: events)
        XCTAssertEqual(tree.children(of: tree.rootID!).map(\.kind), [.llm])
        XCTAssertTrue(provider.requests[0].system!.contains("at this depth, answers with a single model call"))
    }

    func testAFailingChildIsAnErrorForItsParent() async throws {
        let provider = ScriptedProvider { request, _ in
            if request.purposeIsAnswerNow { return ScriptedReply("child gave up") }
            if request.isRLMTurn, request.firstUserText.contains("Query: child") {
                return ScriptedReply("I will not write code.")
            }
            return .code("""
                r = rlm_query_batched(['child', 'child'], contexts=['a', 'b'])
                FINAL(r)
                """)
        }
        let limits = RunLimits(maxIterations: 2)
        let (outcome, events) = try await run(configuration(provider, limits: limits), "q")
        XCTAssertEqual(outcome.answer, "['child gave up', 'child gave up']")
        let tree = ExecutionTree(events: events)
        let children = tree.children(of: tree.rootID!)
        XCTAssertEqual(children.count, 2)
        XCTAssertTrue(children.allSatisfy { $0.status == .limit && $0.limit == .maxIterations })
    }
}

extension CompletionRequest {
    var purposeIsAnswerNow: Bool { lastUserText.contains("The run is ending") }
}
