import Foundation

/// Answers in OpenAI's Chat Completions format, as raw JSON (not the library's own types).
public enum OpenAIFixtures {
    public static func completion(text: String, model: String = "gpt-4.1-mini", prompt: Int = 20, completion: Int = 5) -> String {
        """
        {"id":"chatcmpl-abc123","object":"chat.completion","created":1741569952,"model":"\(model)",
         "choices":[{"index":0,"message":{"role":"assistant","content":\(quoted(text)),"refusal":null},
                     "logprobs":null,"finish_reason":"stop"}],
         "usage":{"prompt_tokens":\(prompt),"completion_tokens":\(completion),"total_tokens":\(prompt + completion)}}
        """
    }

    public static func chunk(_ content: String?, role: Bool = false, finish: String? = nil, model: String) -> String {
        var delta: [String] = []
        if role { delta.append("\"role\":\"assistant\"") }
        if let content { delta.append("\"content\":\(quoted(content))") }
        let finishJSON = finish.map { "\"\($0)\"" } ?? "null"
        return "data: {\"id\":\"chatcmpl-abc123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
            + "\"model\":\"\(model)\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\(delta.joined(separator: ","))},\"finish_reason\":\(finishJSON)}],\"usage\":null}\n\n"
    }

    public static func usageChunk(prompt: Int, completion: Int, model: String) -> String {
        "data: {\"id\":\"chatcmpl-abc123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
            + "\"model\":\"\(model)\",\"choices\":[],\"usage\":{\"prompt_tokens\":\(prompt),"
            + "\"completion_tokens\":\(completion),\"total_tokens\":\(prompt + completion)}}\n\n"
    }

    /// A whole SSE stream of `text` in two pieces, with usage, ending properly.
    public static func stream(_ text: String, model: String = "gpt-4.1-mini", prompt: Int = 20, completion: Int = 5) -> [String] {
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        return [chunk("", role: true, model: model), chunk(String(text[..<middle]), model: model), chunk(String(text[middle...]), model: model),
                chunk(nil, finish: "stop", model: model), usageChunk(prompt: prompt, completion: completion, model: model), "data: [DONE]\n\n"]
    }

    public static func error(_ message: String) -> String {
        "{\"error\":{\"message\":\(quoted(message)),\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}"
    }

    public static func quoted(_ text: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed])
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }
}

extension ScriptedServer.Request {
    /// The chat messages of an OpenAI request body: (role, content).
    public var chatMessages: [(role: String, content: String)] {
        (json["messages"] as? [[String: Any]] ?? []).map { ($0["role"] as? String ?? "", $0["content"] as? String ?? "") }
    }

    public var systemText: String { chatMessages.first { $0.role == "system" }?.content ?? "" }
    public var firstUserText: String { chatMessages.first { $0.role == "user" }?.content ?? "" }
    public var isStreaming: Bool { json["stream"] as? Bool ?? false }
    public var model: String { json["model"] as? String ?? "" }

    /// The answer `text` in the form the request asked for (SSE when it streams).
    public func answer(_ text: String, prompt: Int = 20, completion: Int = 5, pause: Duration? = nil) -> ScriptedServer.Script {
        var script: ScriptedServer.Script = []
        if let pause { script.append(.pause(pause)) }
        if isStreaming {
            script += .sse(OpenAIFixtures.stream(text, model: model, prompt: prompt, completion: completion))
        } else {
            script += .json(OpenAIFixtures.completion(text: text, model: model, prompt: prompt, completion: completion))
        }
        return script
    }
}
