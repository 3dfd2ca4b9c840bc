/// The two wire formats rlm speaks.
public enum ProviderKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// `POST {base}/chat/completions`: OpenAI, and vLLM, Ollama, llama.cpp, LiteLLM, OpenRouter...
    case openai
    /// `POST {base}/v1/messages`: Anthropic's Messages API.
    case anthropic

    public var description: String { rawValue }

    /// Where the provider's own service lives.
    public var defaultBaseURL: String {
        switch self {
        case .openai: return "https://api.openai.com/v1"
        case .anthropic: return "https://api.anthropic.com"
        }
    }

    /// The provider's own key variable, after `RLM_API_KEY`.
    public var apiKeyVariable: String {
        switch self {
        case .openai: return "OPENAI_API_KEY"
        case .anthropic: return "ANTHROPIC_API_KEY"
        }
    }

    public var defaultModel: String {
        switch self {
        case .openai: return "gpt-5"
        case .anthropic: return "claude-sonnet-4-5"
        }
    }

    public var defaultSubModel: String {
        switch self {
        case .openai: return "gpt-5-mini"
        case .anthropic: return "claude-haiku-4-5"
        }
    }
}

/// When and how often to send a failed request again.
public struct RetryPolicy: Sendable, Hashable {
    /// Retries after the first attempt; 0 sends each request once.
    public var maxRetries: Int
    /// The first backoff; each later one doubles, up to `maxDelay`, with jitter.
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// The longest `Retry-After` rlm waits out; a server asking for more fails the call at once.
    public var maxRetryAfter: Duration

    public init(
        maxRetries: Int = 4, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30),
        maxRetryAfter: Duration = .seconds(120)
    ) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }
}

/// The three clocks of an exchange.
public struct Timeouts: Sendable, Hashable {
    /// To open the connection (TCP and TLS).
    public var connect: Duration
    /// For the whole exchange: request sent, answer received in full.
    public var request: Duration
    /// Between two pieces of a response body, once its headers have arrived. Anthropic sends a
    /// `ping` event every few seconds and OpenAI streams steadily, so a long gap means a dead stream.
    public var streamIdle: Duration

    public init(connect: Duration = .seconds(10), request: Duration = .seconds(600), streamIdle: Duration = .seconds(60)) {
        self.connect = connect
        self.request = request
        self.streamIdle = streamIdle
    }
}

/// Everything a provider needs to talk to one endpoint.
public struct ProviderSettings: Sendable, Hashable {
    public var kind: ProviderKind
    /// e.g. `https://api.openai.com/v1` (the path before `/chat/completions`) or
    /// `https://api.anthropic.com` (the path before `/v1/messages`).
    public var baseURL: String
    /// Sent as `Authorization: Bearer` (OpenAI) or `x-api-key` (Anthropic); nil sends none, as
    /// local servers expect.
    public var apiKey: String?
    public var retry: RetryPolicy
    public var timeouts: Timeouts
    /// Requests in flight at once to this base URL, across every provider in the process.
    public var maxConcurrentRequests: Int
    /// Prices and limits by model, for cost and for default output limits.
    public var models: ModelTable
    /// Sent with every request (OpenRouter's `HTTP-Referer`, a gateway's own auth header...).
    public var extraHeaders: [String: String]
    /// Anthropic's `anthropic-version` header.
    public var anthropicVersion: String

    public init(
        kind: ProviderKind, baseURL: String? = nil, apiKey: String? = nil, retry: RetryPolicy = RetryPolicy(),
        timeouts: Timeouts = Timeouts(), maxConcurrentRequests: Int = 8, models: ModelTable = .builtIn,
        extraHeaders: [String: String] = [:], anthropicVersion: String = "2023-06-01"
    ) {
        self.kind = kind
        self.baseURL = baseURL ?? kind.defaultBaseURL
        self.apiKey = apiKey
        self.retry = retry
        self.timeouts = timeouts
        self.maxConcurrentRequests = maxConcurrentRequests
        self.models = models
        self.extraHeaders = extraHeaders
        self.anthropicVersion = anthropicVersion
    }

    /// The base URL without trailing slashes, ready for a path to be appended.
    var trimmedBaseURL: String {
        var url = baseURL
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    /// The variables that supply a key for this provider, the provider's own named first (rlm reads
    /// `RLM_API_KEY` first; see `ConfigurationResolver`).
    public var apiKeyVariables: [String] { [kind.apiKeyVariable, "RLM_API_KEY"] }
}
