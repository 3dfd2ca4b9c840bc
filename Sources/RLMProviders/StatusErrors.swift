import Foundation

/// Turns an HTTP error status and its body into the `ProviderError` that explains it.
struct StatusErrors: Sendable {
    let settings: ProviderSettings
    let url: String
    /// The model asked for, named in a 404's explanation.
    var model: String = ""

    func error(status: Int, reason: String, headers: [(name: String, value: String)], body: [UInt8]) -> ProviderError {
        let message = Self.message(inErrorBody: body) ?? (reason.isEmpty ? nil : reason)
        switch status {
        case 401:
            return .authentication(
                status: status, url: url, keySent: settings.apiKey != nil, keyVariables: settings.apiKeyVariables,
                message: message)
        case 403:
            return .permissionDenied(url: url, message: message)
        case 404:
            return .notFound(url: url, model: model, message: message)
        case 429:
            return .rateLimited(url: url, retryAfter: Backoff.retryAfter(headers: headers), message: message)
        case 408, 500, 502, 503, 504, 529:
            return .serverError(status: status, url: url, retryAfter: Backoff.retryAfter(headers: headers), message: message)
        default:
            // Other 4xx, and 501, 505...: the request itself will not work here.
            return .rejected(status: status, url: url, message: message)
        }
    }

    /// The human message in an error body: `{"error": {"message": ...}}` (OpenAI, Anthropic,
    /// LiteLLM), `{"error": "..."}` (Ollama), `{"message": ...}` (vLLM), `{"detail": ...}`
    /// (FastAPI servers); else the body's text, shortened.
    static func message(inErrorBody body: [UInt8]) -> String? {
        if body.isEmpty { return nil }
        if let json = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) {
            if let error = json["error"] {
                if let text = error.stringValue { return text }
                if let text = error["message"]?.stringValue {
                    let type = error["type"]?.stringValue ?? error["code"]?.stringValue
                    return type.map { "\(text) (\($0))" } ?? text
                }
            }
            if let text = json["message"]?.stringValue { return text }
            if let detail = json["detail"] { return detail.stringValue ?? detail.jsonText }
        }
        let text = String(decoding: body.prefix(600), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return nil }
        return body.count > 600 ? text + "..." : text
    }
}
