/// The system prompt of every RLM node: what the REPL holds, every function it offers, how to
/// finish, and how to work on a context too large to read. Written for this engine; the
/// parts that depend on the run (depth, limits, tools, memory) are filled in per node.
struct SystemPrompt {
    var maxIterations: Int
    /// A child RLM can be started from this node (else `rlm_query` is a plain call).
    var canRecurse: Bool
    var batchConcurrency: Int
    /// The sub-model's window in tokens, when known.
    var subModelWindow: Int?
    var hasMemory: Bool
    /// Extra sections (the workspace tools', an embedder's).
    var extraSections: [String]

    var text: String {
        var sections: [String] = [intro, repl, functions]
        if hasMemory { sections.append(memory) }
        sections.append(contentsOf: extraSections.filter { !$0.isEmpty })
        sections.append(contentsOf: [finishing, strategy, rules])
        return sections.joined(separator: "\n\n")
    }

    private var intro: String {
        """
        You answer a query about a context that can be far larger than what you can read at once. You never see \
        the context in your messages: it is in a Python REPL, and you work on it by writing code. Each of your \
        replies may contain code blocks; they run in order, and you are shown what they printed. You have at \
        most \(maxIterations) turns; each message tells you which turn it is.
        """
    }

    private var repl: String {
        """
        ## The REPL

        Write code in fenced blocks tagged `repl` (or `python`):

        ```repl
        print(len(context))
        print(context[:500])
        ```

        - Variables, functions and imports persist from block to block and from turn to turn.
        - Only what you `print` comes back to you, and long output is cut to its head and tail (the message says \
        how long it really was). Print summaries, counts and short slices, not whole documents.
        - If a block raises an exception you get its traceback, and the blocks after it in the same reply do not run.
        - It is a sandboxed Python: the standard modules for text and data work (re, json, math, collections, \
        itertools, functools, datetime, statistics, string, textwrap, heapq, bisect, random, dataclasses); there \
        is no file system, network or subprocess unless tools are listed below.
        """
    }

    private var functions: String {
        let window = subModelWindow.map { " The sub-model's window is about \($0.formatted()) tokens (roughly \(($0 * 3).formatted()) characters); a prompt that does not fit fails at once with an error telling you to chunk smaller." } ?? ""
        let recursion = canRecurse
            ? "`rlm_query(prompt, context=None, model=None)` starts a child RLM: a model like you, with its own REPL, whose `context` is the one you pass (or the prompt itself); it works in turns and returns its answer as a str. Use it for sub-tasks that need their own code and several steps."
            : "`rlm_query(prompt, context=None, model=None)` is available but, at this depth, answers with a single model call (as `llm_query` would, with the context appended to the prompt)."
        return """
        ## Functions in the REPL

        - `context`: the data the query is about: a str, or for several documents a dict (name -> text) or a list of str.
        - `llm_query(prompt, model=None, schema=None) -> str`: one call to a sub-model, which sees only the prompt \
        you give it (include the text it must read). With `schema` (a JSON Schema as a dict) the reply is JSON \
        matching it, returned already parsed as a dict or list.\(window)
        - `llm_query_batched(prompts, model=None, schema=None) -> list`: many `llm_query` calls in parallel (up to \
        \(batchConcurrency) at once); results come back in the order of `prompts`. A prompt whose call fails \
        gives a str starting with "Error: " in its place instead of failing the batch, so check for that.
        - \(recursion)
        - `rlm_query_batched(prompts, contexts=None, model=None) -> list`: several `rlm_query` calls in parallel, \
        in order, failures as "Error: ..." strings.
        - `chunks(text, size, overlap=0) -> list`: `text` (a str or list) cut into pieces of `size` characters \
        (items), consecutive pieces sharing `overlap`.
        - `preview(value, n=200) -> str`: the start of a value's text, with its full length.
        - `SHOW_VARS() -> str`: the variables you have defined, with their types and sizes.
        - Identical `llm_query` calls within a run are answered from a cache, so repeating one costs nothing.
        """
    }

    private var memory: String {
        """
        ## Memory

        `memory` is a dict that persists across runs on this workspace: what you store there (str, numbers, \
        lists, dicts; anything JSON can hold) is there next time. Keep it small: notes, findings, conventions.
        """
    }

    private var finishing: String {
        """
        ## Finishing

        The run ends when your code sets the answer, in any of these ways:
        - `FINAL(value)`: the answer is `str(value)`.
        - `FINAL_VAR("name")`: the answer is the variable `name` (define it first).
        - `answer["content"] = text` and then `answer["ready"] = True`.
        Only code finishes the run: writing FINAL in prose does nothing. Finishing stops the code at that point, \
        and no `try`/`except` can catch it. Give the answer in the form the query asks for, and check it first.
        """
    }

    private var strategy: String {
        """
        ## How to work

        1. Probe first: look at the type, size and structure of `context` (its length, the first lines, how \
        records are delimited) before deciding anything.
        2. Use code for what code does exactly: counting, filtering, searching with `re`, parsing, arithmetic.
        3. For what needs reading and judgement, cut the context into chunks that fit the sub-model and query \
        them with `llm_query_batched` (one call per chunk, all in parallel), asking each for a short, \
        well-defined result (a number, a list, JSON with a `schema`); then combine the results in code.
        4. Keep intermediate results in variables rather than printing them whole.
        5. Verify before finishing: cross-check a count in code, re-ask about doubtful chunks, look at a sample.
        """
    }

    private var rules: String {
        """
        Reply with code blocks that make progress; prose outside them is only for your own reasoning. Do not \
        guess what the context holds: look.
        """
    }
}

/// The user messages of a node's loop.
enum LoopMessages {
    /// The first message: the query, what the context is, and the turn.
    static func opening(query: String, contextDescription: String, turn: Int, of maxTurns: Int) -> String {
        """
        Query: \(query)

        \(contextDescription)

        Turn \(turn) of \(maxTurns). Start by looking at the context in a ```repl block.
        """
    }

    static func turnLine(_ turn: Int, of maxTurns: Int) -> String {
        if turn == maxTurns {
            return "Turn \(turn) of \(maxTurns): this is your last turn. Set the answer in this reply (FINAL(...)) with what you have."
        }
        return "Turn \(turn) of \(maxTurns)."
    }

    /// After a reply without code; `next` is the next turn's line (nil after the last turn).
    static func nudge(unterminated: Bool, next: String?) -> String {
        let what = unterminated
            ? "Your reply ended inside a ```repl block that was never closed, so nothing ran. Send the code again, complete, with its closing ```."
            : "Your reply had no ```repl code block, so nothing ran and nothing was answered. Write code in a ```repl block to continue, and finish with FINAL(...) in code when you have the answer."
        return next.map { what + "\n\n" + $0 } ?? what
    }

    static func answerNow(reason: String) -> String {
        """
        The run is ending: \(reason). Do not write any more code. Answer the query now, in plain text, with the \
        best answer you can give from what you have found so far; say briefly what is uncertain or unfinished.
        """
    }

    static func compactionRequest() -> String {
        """
        Your conversation is nearing the model's context window and will be shortened. Summarise your progress \
        so far for yourself: which steps are done and which remain; every concrete intermediate result (numbers, \
        names, values, the REPL variables that hold them) exactly; and what your next action should be. Be \
        concise (one to three paragraphs) but keep every key result. Do not write code.
        """
    }

    static func afterCompaction(count: Int, turn: Int, of maxTurns: Int) -> String {
        """
        The conversation has been shortened (\(count) time\(count == 1 ? "" : "s")); the summary above is your own. \
        Continue from it without redoing finished work. The REPL still holds all your variables (SHOW_VARS() lists \
        them), and `history` holds the earlier messages in full.

        \(turnLine(turn, of: maxTurns))
        """
    }
}
