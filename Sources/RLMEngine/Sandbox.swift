import Foundation
import RLMInterpreter
import RLMProviders
import Synchronization

/// The run and node a session's host functions act for. A root session serves one run after
/// another, so this is set at the start of each run.
final class SandboxScope: Sendable {
    struct Current: Sendable {
        let controller: RunController
        let node: NodeRecord
    }

    private let current = Mutex<Current?>(nil)
    private let content = Mutex<String?>(nil)

    func set(_ value: Current?) { current.withLock { $0 = value } }

    func get() throws -> Current {
        guard let value = current.withLock({ $0 }) else {
            throw PyException(BuiltinTypes.runtimeError, "no run is active in this session")
        }
        return value
    }

    /// The latest `answer["content"]`, the best partial answer when a run ends without one.
    var partialAnswer: String? {
        get { content.withLock { $0 } }
        set { content.withLock { $0 = newValue } }
    }
}

/// The functions the engine puts into an RLM node's interpreter (see SystemPrompt for what the
/// model is told about them).
enum Sandbox {
    /// Registers the functions and runs the prelude. The closures hold the session unowned: it
    /// owns them (through its globals), and they only run while it runs.
    static func install(in session: Session, scope: SandboxScope) async {
        registerSubCalls(in: session, scope: scope)
        registerFinishing(in: session, scope: scope)
        session.register("SHOW_VARS") { [unowned session] args, kwargs in
            _ = try HostSignature("SHOW_VARS", [], required: 0).bind(args, kwargs)
            return .string(showVariables(session))
        }
        let result = await session.run(Prelude.source, filename: "<rlm prelude>")
        precondition(result.error == nil, "the sandbox prelude failed: \(result.error!.traceback)")
    }

    // MARK: Sub-calls

    private static func registerSubCalls(in session: Session, scope: SandboxScope) {
        let llm = HostSignature("llm_query", ["prompt", "model", "schema"], required: 1)
        session.registerAsync("llm_query") { args, kwargs in
            let a = try llm.bind(args, kwargs)
            let current = try scope.get()
            let schema = try jsonSchema(a["schema"], function: "llm_query")
            do {
                let text = try await current.controller.llmQuery(
                    prompt: try a.string("prompt"), model: try a.optionalString("model"), schema: schema, parent: current.node)
                return try value(of: text, schema: schema)
            } catch let failure as SubCallFailure {
                throw pythonError(failure, function: "llm_query")
            }
        }

        let llmBatch = HostSignature("llm_query_batched", ["prompts", "model", "schema"], required: 1)
        session.registerAsync("llm_query_batched") { args, kwargs in
            let a = try llmBatch.bind(args, kwargs)
            let current = try scope.get()
            let prompts = try strings(a["prompts"], function: "llm_query_batched", parameter: "prompts")
            let schema = try jsonSchema(a["schema"], function: "llm_query_batched")
            let results = try await current.controller.llmQueryBatched(
                prompts: prompts, model: try a.optionalString("model"), schema: schema, parent: current.node)
            return .makeList(try results.map { result in
                switch result {
                case .success(let text): return try value(of: text, schema: schema)
                case .failure(let failure): return .string("Error: \(failure.message)")
                }
            })
        }

        let rlm = HostSignature("rlm_query", ["prompt", "context", "model"], required: 1)
        session.registerAsync("rlm_query") { args, kwargs in
            let a = try rlm.bind(args, kwargs)
            let current = try scope.get()
            let context = a["context"].flatMap { $0.isNone ? nil : $0 }
            do {
                return .string(try await current.controller.rlmQuery(
                    prompt: try a.string("prompt"), context: context, model: try a.optionalString("model"), parent: current.node))
            } catch let failure as SubCallFailure {
                throw pythonError(failure, function: "rlm_query")
            }
        }

        let rlmBatch = HostSignature("rlm_query_batched", ["prompts", "contexts", "model"], required: 1)
        session.registerAsync("rlm_query_batched") { args, kwargs in
            let a = try rlmBatch.bind(args, kwargs)
            let current = try scope.get()
            let prompts = try strings(a["prompts"], function: "rlm_query_batched", parameter: "prompts")
            var contexts: [Value?] = Array(repeating: nil, count: prompts.count)
            if let given = a["contexts"], !given.isNone {
                let items = try sequence(given, function: "rlm_query_batched", parameter: "contexts")
                guard items.count == prompts.count else {
                    throw PyException(BuiltinTypes.valueError,
                                      "rlm_query_batched(): got \(prompts.count) prompts but \(items.count) contexts; give one context per prompt")
                }
                contexts = items.map { $0.isNone ? nil : $0 }
            }
            let model = try a.optionalString("model")
            let childContexts = contexts
            let controller = current.controller
            let parent = current.node
            let results = try await controller.bounded(prompts.count) { index in
                try await controller.rlmQuery(prompt: prompts[index], context: childContexts[index], model: model, parent: parent)
            }
            return .makeList(results.map { result in
                switch result {
                case .success(let text): return .string(text)
                case .failure(let failure): return .string("Error: \(failure.message)")
                }
            })
        }
    }

    // MARK: Finishing

    private static func registerFinishing(in session: Session, scope: SandboxScope) {
        let final = HostSignature("FINAL", ["value"], required: 1)
        session.register("FINAL") { [unowned session] args, kwargs in
            let a = try final.bind(args, kwargs)
            throw FinalAnswer(text: try session.str(a["value"]!))
        }

        let finalVar = HostSignature("FINAL_VAR", ["name"], required: 1)
        session.register("FINAL_VAR") { [unowned session] args, kwargs in
            let a = try finalVar.bind(args, kwargs)
            guard case .str(let raw) = a["name"]! else {
                throw PyException.typeError(
                    "FINAL_VAR() takes the name of a variable as a str, e.g. FINAL_VAR(\"result\"), not \(typeName(a["name"]!)); to answer with a value, use FINAL(value)")
            }
            let name = raw.string.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\"'"))
            guard let value = session.value(of: name) else {
                throw PyException(BuiltinTypes.nameError,
                                  "FINAL_VAR(): no variable named '\(name)'; assign it first (SHOW_VARS() lists the variables), or use FINAL(value)")
            }
            throw FinalAnswer(text: try session.str(value))
        }

        session.register("_rlm_answer_content") { [unowned session] args, _ in
            if let value = args.first { scope.partialAnswer = try session.str(value) }
            return .none
        }

        session.register("_rlm_answer_ready") { [unowned session] args, _ in
            let text = try args.first.map { try session.str($0) } ?? ""
            if text.isEmpty {
                throw PyException(BuiltinTypes.valueError,
                                  "answer[\"ready\"] was set while answer[\"content\"] is empty: set answer[\"content\"] first")
            }
            throw FinalAnswer(text: text)
        }
    }

    /// The answer of a program that bound `answer` to a plain dict with "ready" true, if it did.
    /// Call between runs only.
    static func readyAnswerDict(in session: Session) -> String? {
        guard case .dict(let dict)? = session.value(of: "answer"), let ready = dict.get("ready"), isTrue(ready) else { return nil }
        return dict.get("content").flatMap { try? session.str($0) }
    }

    /// The content of a plain-dict `answer`, if any (between runs only).
    static func answerDictContent(in session: Session) -> String? {
        guard case .dict(let dict)? = session.value(of: "answer"), let content = dict.get("content") else { return nil }
        let text = try? session.str(content)
        return text?.isEmpty == false ? text : nil
    }

    private static func isTrue(_ value: Value) -> Bool {
        switch value {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .str(let s): return s.count > 0
        default: return true
        }
    }

    // MARK: SHOW_VARS

    static func showVariables(_ session: Session) -> String {
        var lines: [String] = []
        for name in session.bindings.sorted() where !name.hasPrefix("_") && !Prelude.engineNames.contains(name) {
            guard let value = session.value(of: name) else { continue }
            lines.append("  \(name): \(describe(value, in: session))")
        }
        return lines.isEmpty ? "No variables defined yet." : "Variables:\n" + lines.joined(separator: "\n")
    }

    private static func describe(_ value: Value, in session: Session) -> String {
        let type = typeName(value)
        switch value {
        case .none, .bool, .int, .float, .big:
            return "\(type) = \(TextDigest.abridge((try? session.repr(value)) ?? "?", limit: 60))"
        case .str(let s):
            if s.count <= 60 { return "str = \((try? session.repr(value)) ?? "?")" }
            return "str, \(s.count.formatted()) characters"
        case .list(let l): return "list, \(l.items.count.formatted()) items"
        case .tuple(let t): return "tuple, \(t.items.count.formatted()) items"
        case .dict(let d): return "dict, \(d.count.formatted()) items"
        case .object:
            if type == "_RLMAnswer" { return "the answer (set answer[\"content\"], then answer[\"ready\"] = True)" }
            return type
        }
    }

    // MARK: Conversions

    private static func value(of text: String, schema: JSONValue?) throws -> Value {
        schema == nil ? .string(text) : try Value.fromJSON(text)
    }

    private static func jsonSchema(_ value: Value?, function: String) throws -> JSONValue? {
        guard let value, !value.isNone else { return nil }
        guard case .dict = value else {
            throw PyException.typeError("\(function)() argument 'schema' must be a dict (a JSON Schema), not \(typeName(value))")
        }
        let text = try value.jsonText()
        do {
            return try JSONValue(parsing: text)
        } catch {
            throw PyException(BuiltinTypes.valueError, "\(function)(): the schema is not valid JSON: \(error)")
        }
    }

    private static func sequence(_ value: Value?, function: String, parameter: String) throws -> [Value] {
        switch value {
        case .list(let list)?: return list.items
        case .tuple(let tuple)?: return tuple.items
        case let other?:
            throw PyException.typeError("\(function)() argument '\(parameter)' must be a list, not \(typeName(other))")
        case nil:
            throw PyException.typeError("\(function)() missing required argument '\(parameter)'")
        }
    }

    private static func strings(_ value: Value?, function: String, parameter: String) throws -> [String] {
        try sequence(value, function: function, parameter: parameter).enumerated().map { index, item in
            guard case .str(let s) = item else {
                throw PyException.typeError("\(function)(): \(parameter)[\(index)] must be str, not \(typeName(item))")
            }
            return s.string
        }
    }

    private static func pythonError(_ failure: SubCallFailure, function: String) -> PyException {
        switch failure.kind {
        case .tooLarge, .schemaMismatch, .invalid:
            return PyException(BuiltinTypes.valueError, "\(function)(): \(failure.message)")
        case .provider, .childFailed:
            return PyException(BuiltinTypes.runtimeError, "\(function)(): \(failure.message)")
        }
    }
}
