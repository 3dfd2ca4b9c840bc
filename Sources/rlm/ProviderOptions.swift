import ArgumentParser
import Foundation
import RLMProviders

/// The provider flags every command that talks to a model takes (`rlm doctor`, `rlm run`...).
/// Each has an environment variable and a config-file key of the same name; see Docs/providers.md.
struct ProviderOptions: ParsableArguments {
    @Option(name: .customLong("provider"), help: "openai (OpenAI and OpenAI-compatible servers) or anthropic. [env: RLM_PROVIDER]")
    var provider: String?

    @Option(name: .customLong("base-url"), help: "The API's base URL, e.g. http://localhost:11434/v1. [env: RLM_BASE_URL]")
    var baseURL: String?

    @Option(name: .customLong("model"), help: "The root model. [env: RLM_MODEL]")
    var model: String?

    @Option(name: .customLong("sub-model"), help: "The model for sub-calls; the root model's when only that is set. [env: RLM_SUB_MODEL]")
    var subModel: String?

    @Option(name: .customLong("config"), help: "The config file (JSON). [env: RLM_CONFIG; default: ~/.config/rlm/config.json]")
    var config: String?

    @Option(name: .customLong("max-retries"), help: "Retries of a failed request (429, 5xx, resets). [env: RLM_MAX_RETRIES; default: 4]")
    var maxRetries: String?

    @Option(name: .customLong("connect-timeout"), help: "Seconds to open a connection. [env: RLM_CONNECT_TIMEOUT; default: 10]")
    var connectTimeout: String?

    @Option(name: .customLong("request-timeout"), help: "Seconds for a whole request. [env: RLM_REQUEST_TIMEOUT; default: 600]")
    var requestTimeout: String?

    @Option(
        name: .customLong("stream-idle-timeout"),
        help: "Seconds a response may stay silent once started. [env: RLM_STREAM_IDLE_TIMEOUT; default: 60]")
    var streamIdleTimeout: String?

    @Option(name: .customLong("max-concurrency"), help: "Requests in flight at once per endpoint. [env: RLM_MAX_CONCURRENCY; default: 8]")
    var maxConcurrency: String?

    var flags: ConfigurationFlags {
        ConfigurationFlags(
            provider: provider, baseURL: baseURL, model: model, subModel: subModel, maxRetries: maxRetries,
            connectTimeout: connectTimeout, requestTimeout: requestTimeout, streamIdleTimeout: streamIdleTimeout,
            maxConcurrency: maxConcurrency, configPath: config)
    }

    /// The configuration these flags, the process environment and the config file give.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ResolvedConfiguration {
        try ConfigurationResolver(flags: flags, environment: environment).resolve()
    }
}
