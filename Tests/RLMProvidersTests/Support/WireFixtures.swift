import Foundation
import RLMTestSupport

/// Answers in OpenAI's Chat Completions format, written out as OpenAI documents them (raw JSON,
/// not the library's own types, so that a mistake in those types cannot hide here).
enum OpenAIFixtures {
    static func completion(
        text: String, model: String = "gpt-4.1-mini-2025-04-14", finish: String = "stop", prompt: Int = 20,
        completion: Int = 5, cached: Int = 0, reasoning: Int = 0
    ) -> String {
        """
        {"id":"chatcmpl-abc123","object":"chat.completion","created":1741569952,"model":"\(model)",
         "choices":[{"index":0,"message":{"role":"assistant","content":\(quoted(text)),"refusal":null,"annotations":[]},
                     "logprobs":null,"finish_reason":"\(finish)"}],
         "usage":{"prompt_tokens":\(prompt),"completion_tokens":\(completion),"total_tokens":\(prompt + completion),
                  "prompt_tokens_details":{"cached_tokens":\(cached),"audio_tokens":0},
                  "completion_tokens_details":{"reasoning_tokens":\(reasoning),"audio_tokens":0,
                     "accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},
         "service_tier":"default","system_fingerprint":"fp_44709d6fcb"}
        """
    }

    static func chunk(_ content: String?, role: Bool = false, finish: String? = nil, model: String = "gpt-4.1-mini-2025-04-14") -> String {
        var delta: [String] = []
        if role { delta.append("\"role\":\"assistant\"") }
        if let content { delta.append("\"content\":\(quoted(content))") }
        let finishJSON = finish.map { "\"\($0)\"" } ?? "null"
        return "data: {\"id\":\"chatcmpl-abc123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
            + "\"model\":\"\(model)\",\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\(delta.joined(separator: ","))},\"logprobs\":null,\"finish_reason\":\(finishJSON)}],\"usage\":null}\n\n"
    }

    static func usageChunk(prompt: Int, completion: Int, cached: Int = 0) -> String {
        "data: {\"id\":\"chatcmpl-abc123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
            + "\"model\":\"gpt-4.1-mini-2025-04-14\",\"choices\":[],\"usage\":{\"prompt_tokens\":\(prompt),"
            + "\"completion_tokens\":\(completion),\"total_tokens\":\(prompt + completion),"
            + "\"prompt_tokens_details\":{\"cached_tokens\":\(cached)}}}\n\n"
    }

    static let done = "data: [DONE]\n\n"

    /// A whole stream of `pieces`, ending properly.
    static func stream(_ pieces: [String], prompt: Int = 12, completion: Int = 3, cached: Int = 0) -> [String] {
        [chunk("", role: true)] + pieces.map { chunk($0) } + [chunk(nil, finish: "stop"), usageChunk(prompt: prompt, completion: completion, cached: cached), done]
    }

    static func error(_ message: String, type: String = "invalid_request_error", code: String? = nil) -> String {
        "{\"error\":{\"message\":\(quoted(message)),\"type\":\"\(type)\",\"param\":null,\"code\":\(code.map { "\"\($0)\"" } ?? "null")}}"
    }
}

/// Answers in Anthropic's Messages format, as Anthropic documents them.
enum AnthropicFixtures {
    static func message(
        text: String, model: String = "claude-sonnet-4-20250514", stop: String = "end_turn", input: Int = 25,
        output: Int = 7, cacheRead: Int = 0, cacheWrite: Int = 0
    ) -> String {
        """
        {"id":"msg_013Zva2CMHLNnXjNJJKqJ2EF","type":"message","role":"assistant","model":"\(model)",
         "content":[{"type":"text","text":\(quoted(text))}],"stop_reason":"\(stop)","stop_sequence":null,
         "usage":{"input_tokens":\(input),"cache_creation_input_tokens":\(cacheWrite),"cache_read_input_tokens":\(cacheRead),
                  "output_tokens":\(output),"service_tier":"standard"}}
        """
    }

    static func event(_ name: String, _ json: String) -> String {
        "event: \(name)\ndata: \(json)\n\n"
    }

    static func messageStart(input: Int = 25, cacheRead: Int = 0, model: String = "claude-sonnet-4-20250514") -> String {
        event("message_start", """
            {"type":"message_start","message":{"id":"msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY","type":"message","role":"assistant","content":[],"model":"\(model)","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":\(input),"cache_creation_input_tokens":0,"cache_read_input_tokens":\(cacheRead),"output_tokens":1}}}
            """)
    }

    static func textBlockStart(_ index: Int = 0) -> String {
        event("content_block_start", "{\"type\":\"content_block_start\",\"index\":\(index),\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")
    }

    static func textDelta(_ text: String, index: Int = 0) -> String {
        event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":\(index),\"delta\":{\"type\":\"text_delta\",\"text\":\(quoted(text))}}")
    }

    static func blockStop(_ index: Int = 0) -> String {
        event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":\(index)}")
    }

    static func messageDelta(stop: String = "end_turn", output: Int) -> String {
        event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"\(stop)\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":\(output)}}")
    }

    static let messageStop = event("message_stop", "{\"type\":\"message_stop\"}")
    static let ping = event("ping", "{\"type\": \"ping\"}")

    static func error(_ type: String, _ message: String) -> String {
        "{\"type\":\"error\",\"error\":{\"type\":\"\(type)\",\"message\":\(quoted(message))},\"request_id\":\"req_011CSHoEeqs5C35K2UUqR7Fy\"}"
    }

    /// A whole stream of `pieces`, ending properly.
    static func stream(_ pieces: [String], input: Int = 25, output: Int = 15, cacheRead: Int = 0) -> [String] {
        [messageStart(input: input, cacheRead: cacheRead), textBlockStart(), ping] + pieces.map { textDelta($0) }
            + [blockStop(), messageDelta(output: output), messageStop]
    }
}

func quoted(_ text: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
    let array = String(decoding: data, as: UTF8.self)
    return String(array.dropFirst().dropLast())
}
