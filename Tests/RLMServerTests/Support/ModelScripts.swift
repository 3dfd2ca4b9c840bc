import Foundation
import RLMTestSupport

/// Scripted models for the server's runs.
enum ModelScripts {
    /// Root turn 1: one sub-call per line of the context; turn 2: the sum.
    static let wordCountTurn1 = """
        lines = [l for l in context.split('\\n') if l.strip()]
        counts = llm_query_batched(['Count the words: ' + l for l in lines])
        print(counts)
        """
    static let wordCountTurn2 = "FINAL(str(sum(int(c) for c in counts)))"

    /// A root model that counts words with sub-calls, and a sub-model that counts honestly.
    /// Every call reports 20 input and 5 output tokens.
    static func wordCount(_ request: ScriptedServer.Request) -> ScriptedServer.Script {
        if request.isRLMTurn {
            let code = request.lastText.contains("Turn 1 of") ? wordCountTurn1 : wordCountTurn2
            return request.answer("Counting.\n```repl\n\(code)\n```")
        }
        return request.answer(String(wordsIn(request.firstUserText)))
    }

    static func wordsIn(_ prompt: String) -> Int {
        prompt.replacingOccurrences(of: "Count the words: ", with: "").split(whereSeparator: \.isWhitespace).count
    }

    /// A root model that answers with `code` on every turn.
    static func root(_ code: String) -> ScriptedServer.Handler {
        { request, _ in request.answer("```repl\n\(code)\n```") }
    }
}
