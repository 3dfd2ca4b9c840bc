import Foundation
import RLMProviders
import RLMTestSupport
import XCTest

@testable import RLMEngine

/// The loop of an RLM node, against a scripted model: what the model is shown, what code runs,
/// and how a run finishes.
final class LoopTests: EngineTestCase {
    func testFinalEndsTheRunAndTheRootNeverSeesTheContext() async throws {
        let secret = "the-context-body-" + String(repeating: "x", count: 5000)
        let provider = ScriptedProvider { request, index in
            index == 0 ? .code("n = len(context)\nprint('length', n)") : .code("FINAL(f'{n} chars')")
        }
        let (outcome, events) = try await run(configuration(provider), "How long is it?", context: .text(secret))
        XCTAssertEqual(outcome.status, .completed)
        XCTAssertEqual(outcome.answer, "\(secret.count) chars")
        XCTAssertEqual(outcome.iterations, 2)
        let first = provider.requests[0]
        XCTAssertTrue(first.isRLMTurn)
        XCTAssertTrue(first.firstUserText.contains("How long is it?"))
        XCTAssertTrue(first.firstUserText.contains("a str of \(secret.count.formatted()) characters"))
        XCTAssertTrue(first.firstUserText.contains("Turn 1 of 30"))
        XCTAssertFalse(first.allText.contains(secret), "the whole context must never be sent to the root model")
        let second = provider.requests[1]
        XCTAssertTrue(second.lastUserText.contains("length \(secret.count)"))
        XCTAssertTrue(second.lastUserText.contains("Turn 2 of 30"))
        XCTAssertEqual(events.first?.type, "run_started")
        XCTAssertEqual(events.last?.type, "run_finished")
        XCTAssertEqual(events.map(\.sequence), Array(1...events.count), "sequence numbers count up without gaps")
    }

    func testFinalVarAndTheAnswerDictConvention() async throws {
        let finalVar = ScriptedProvider { _, _ in .code("result = 6 * 7\nFINAL_VAR('result')") }
        let (a, _) = try await run(configuration(finalVar), "q")
        XCTAssertEqual(a.answer, "42")

        let dict = ScriptedProvider { _, _ in .code("answer['content'] = 'from the dict'\nanswer['ready'] = True\nprint('not reached')") }
        let (b, bEvents) = try await run(configuration(dict), "q")
        XCTAssertEqual(b.status, .completed)
        XCTAssertEqual(b.answer, "from the dict")
        XCTAssertEqual(bEvents.codeFinished.last?.answered, true)

        let rebound = ScriptedProvider { _, _ in .code("answer = {'content': 'rebound', 'ready': True}") }
        let (c, _) = try await run(configuration(rebound), "q")
        XCTAssertEqual(c.answer, "rebound")

        let missingVar = ScriptedProvider { _, index in
            index == 0 ? .code("FINAL_VAR('nothing_here')") : .code("FINAL('ok')")
        }
        let (d, _) = try await run(configuration(missingVar), "q")
        XCTAssertEqual(d.answer, "ok")
        XCTAssertTrue(missingVar.requests[1].lastUserText.contains("NameError: FINAL_VAR(): no variable named 'nothing_here'"))
    }

    func testFinalCannotBeSwallowedByExcept() async throws {
        let provider = ScriptedProvider { _, _ in
            .code("""
                caught = []
                try:
                    FINAL('escaped')
                except BaseException as e:
                    caught.append(e)
                    print('swallowed')
                try:
                    answer['content'] = 'later'
                    answer['ready'] = True
                except BaseException:
                    pass
                FINAL('second')
                """)
        }
        let (outcome, events) = try await run(configuration(provider), "q")
        XCTAssertEqual(outcome.answer, "escaped")
        XCTAssertEqual(provider.requests.count, 1)
        let outputs = events.payloads { if case .codeOutput(let e) = $0 { return e.text } else { return nil } }
        XCTAssertFalse(outputs.joined().contains("swallowed"))
    }

    func testLongOutputIsShownAsHeadAndTailWithItsTrueLength() async throws {
        let provider = ScriptedProvider { _, index in
            index == 0 ? .code("print('HEAD' + 'x' * 100000 + 'TAIL')") : .code("FINAL('done')")
        }
        var config = configuration(provider)
        config.shownOutputCharacters = 2000
        let (_, events) = try await run(config, "q")
        let shown = provider.requests[1].lastUserText
        XCTAssertTrue(shown.contains("printed 100,009 characters"))
        XCTAssertTrue(shown.contains("HEAD"))
        XCTAssertTrue(shown.contains("TAIL"))
        XCTAssertTrue(shown.contains("characters omitted; the output has 100,009 characters in all"))
        XCTAssertLessThan(shown.count, 4000)
        XCTAssertEqual(events.codeFinished.first?.outputCharacters, 100_009)
    }

    func testTracebacksComeBackAndLaterBlocksDoNotRun() async throws {
        let provider = ScriptedProvider { _, index in
            if index == 0 {
                return ScriptedReply("""
                    ```repl
                    print('first ran')
                    ```
                    ```python
                    def f():
                        return {}['missing']
                    f()
                    ```
                    ```repl
                    print('third ran')
                    ```
                    """)
            }
            return .code("FINAL('done')")
        }
        let (outcome, events) = try await run(configuration(provider), "q")
        XCTAssertEqual(outcome.answer, "done")
        let shown = provider.requests[1].lastUserText
        XCTAssertTrue(shown.contains("first ran"))
        XCTAssertTrue(shown.contains("Traceback (most recent call last):"))
        XCTAssertTrue(shown.contains("KeyError: 'missing'"))
        XCTAssertTrue(shown.contains("in f"))
        XCTAssertTrue(shown.contains("(The block after it did not run.)"))
        XCTAssertFalse(shown.contains("third ran"))
        XCTAssertEqual(events.codeFinished.count, 3, "two blocks of turn 1 and the FINAL")
        XCTAssertEqual(events.codeFinished[1].error?.type, "KeyError")
    }

    func testAReplyWithoutCodeGetsANudge() async throws {
        let provider = ScriptedProvider { _, index in
            index == 0 ? ScriptedReply("I think the answer is FINAL(7).") : .code("FINAL(7)")
        }
        let (outcome, _) = try await run(configuration(provider), "q")
        XCTAssertEqual(outcome.answer, "7")
        XCTAssertEqual(outcome.iterations, 2)
        XCTAssertTrue(provider.requests[1].lastUserText.contains("no ```repl code block"))
        XCTAssertTrue(provider.requests[1].lastUserText.contains("Turn 2 of 30"))
    }

    func testVariablesPersistAcrossTurnsAndPrintedTextIsStreamedAsEvents() async throws {
        let provider = ScriptedProvider { _, index in
            switch index {
            case 0: return .code("import re\nwords = re.findall(r'\\w+', context)\nprint(len(words))")
            case 1: return .code("print(SHOW_VARS())\nprint(preview(context, 5))\nprint(chunks('abcdefg', 3, 1))")
            default: return .code("FINAL(words[-1])")
            }
        }
        let (outcome, events) = try await run(configuration(provider), "q", context: .text("alpha beta gamma"))
        XCTAssertEqual(outcome.answer, "gamma")
        let shown = provider.requests[2].lastUserText
        XCTAssertTrue(shown.contains("words: list, 3 items"), shown)
        XCTAssertTrue(shown.contains("context: str = 'alpha beta gamma'"), shown)
        XCTAssertFalse(shown.contains("llm_query"), "engine functions are not listed as variables")
        XCTAssertTrue(shown.contains("alpha... (16 characters in all)"))
        XCTAssertTrue(shown.contains("['abc', 'cde', 'efg']"))
        let outputs = events.payloads { if case .codeOutput(let e) = $0 { return e.text } else { return nil } }
        XCTAssertTrue(outputs.joined().contains("3\n"))
    }

    func testDocumentsContextIsADictAndDescribedBySize() async throws {
        let provider = ScriptedProvider { _, _ in .code("FINAL(sorted(context.keys()))") }
        let context = RunContext.documents([ContextDocument(name: "b.txt", text: "bbbb"), ContextDocument(name: "a.txt", text: "aa")])
        let (outcome, _) = try await run(configuration(provider), "q", context: context)
        XCTAssertEqual(outcome.answer, "['a.txt', 'b.txt']")
        let opening = provider.requests[0].firstUserText
        XCTAssertTrue(opening.contains("a dict of 2 documents"))
        XCTAssertTrue(opening.contains("'b.txt': 4, 'a.txt': 2"))
    }
}
