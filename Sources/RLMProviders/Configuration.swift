import Foundation

/// Where a setting's value came from, for `rlm doctor` and for error messages.
public enum ConfigurationSource: Sendable, Hashable, CustomStringConvertible {
    /// A command-line flag, e.g. `--model`.
    case flag(String)
    /// An environment variable, e.g. `RLM_MODEL`.
    case environment(String)
    /// A key of the config file.
    case file(path: String, key: String)
    /// rlm's built-in default.
    case defaultValue
    /// Worked out from other settings; the text says how.
    case derived(String)

    public var description: String {
        switch self {
        case .flag(let name): return name
        case .environment(let name): return "$\(name)"
        case .file(let path, let key): return "\(path): \(key)"
        case .defaultValue: return "default"
        case .derived(let how): return how
        }
    }
}

/// A value and where it came from.
public struct Sourced<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var source: ConfigurationSource

    public init(_ value: Value, from source: ConfigurationSource) {
        self.value = value
        self.source = source
    }
}

/// One setting's three names: flag, environment variable, config-file key.
public struct SettingName: Sendable, Hashable {
    public let flag: String
    public let environment: String
    public let fileKey: String

    public static let provider = SettingName(flag: "--provider", environment: "RLM_PROVIDER", fileKey: "provider")
    public static let baseURL = SettingName(flag: "--base-url", environment: "RLM_BASE_URL", fileKey: "base_url")
    public static let model = SettingName(flag: "--model", environment: "RLM_MODEL", fileKey: "model")
    public static let subModel = SettingName(flag: "--sub-model", environment: "RLM_SUB_MODEL", fileKey: "sub_model")
    public static let maxRetries = SettingName(flag: "--max-retries", environment: "RLM_MAX_RETRIES", fileKey: "max_retries")
    public static let connectTimeout = SettingName(
        flag: "--connect-timeout", environment: "RLM_CONNECT_TIMEOUT", fileKey: "connect_timeout")
    public static let requestTimeout = SettingName(
        flag: "--request-timeout", environment: "RLM_REQUEST_TIMEOUT", fileKey: "request_timeout")
    public static let streamIdleTimeout = SettingName(
        flag: "--stream-idle-timeout", environment: "RLM_STREAM_IDLE_TIMEOUT", fileKey: "stream_idle_timeout")
    public static let maxConcurrency = SettingName(
        flag: "--max-concurrency", environment: "RLM_MAX_CONCURRENCY", fileKey: "max_concurrency")
    /// No flag: a key on the command line would show in `ps` and in shell history.
    public static let apiKey = SettingName(flag: "", environment: "RLM_API_KEY", fileKey: "api_key")
    /// The config file's own location.
    public static let config = SettingName(flag: "--config", environment: "RLM_CONFIG", fileKey: "")

    /// The settings with all three names, in the order `rlm doctor` lists them.
    public static let all: [SettingName] = [
        .provider, .baseURL, .model, .subModel, .maxRetries, .connectTimeout, .requestTimeout,
        .streamIdleTimeout, .maxConcurrency,
    ]
}

/// The values given on the command line, as typed (they are checked when resolved, with the
/// same messages as values from the environment or the file).
public struct ConfigurationFlags: Sendable, Hashable {
    public var provider: String?
    public var baseURL: String?
    public var model: String?
    public var subModel: String?
    public var maxRetries: String?
    public var connectTimeout: String?
    public var requestTimeout: String?
    public var streamIdleTimeout: String?
    public var maxConcurrency: String?
    /// `--config PATH`: the config file to read instead of the default one.
    public var configPath: String?

    public init(
        provider: String? = nil, baseURL: String? = nil, model: String? = nil, subModel: String? = nil,
        maxRetries: String? = nil, connectTimeout: String? = nil, requestTimeout: String? = nil,
        streamIdleTimeout: String? = nil, maxConcurrency: String? = nil, configPath: String? = nil
    ) {
        self.provider = provider
        self.baseURL = baseURL
        self.model = model
        self.subModel = subModel
        self.maxRetries = maxRetries
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.streamIdleTimeout = streamIdleTimeout
        self.maxConcurrency = maxConcurrency
        self.configPath = configPath
    }

    func value(for name: SettingName) -> String? {
        switch name {
        case .provider: return provider
        case .baseURL: return baseURL
        case .model: return model
        case .subModel: return subModel
        case .maxRetries: return maxRetries
        case .connectTimeout: return connectTimeout
        case .requestTimeout: return requestTimeout
        case .streamIdleTimeout: return streamIdleTimeout
        case .maxConcurrency: return maxConcurrency
        case .config: return configPath
        default: return nil
        }
    }
}

/// What happened to the config file.
public enum ConfigFileStatus: Sendable, Hashable, CustomStringConvertible {
    case loaded(path: String)
    /// The default location has no file (not an error).
    case absent(path: String)

    public var path: String {
        switch self {
        case .loaded(let path), .absent(let path): return path
        }
    }

    public var description: String {
        switch self {
        case .loaded(let path): return path
        case .absent(let path): return "\(path) (none there)"
        }
    }
}

/// A setting that cannot be used, or a config file that cannot be read.
public enum ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidValue(setting: String, value: String, source: ConfigurationSource, expected: String)
    case unreadableFile(path: String, source: ConfigurationSource, reason: String)
    case malformedFile(path: String, detail: String)

    public var description: String {
        switch self {
        case .invalidValue(let setting, let value, let source, let expected):
            return "\(setting) '\(value)' (from \(source)) is not valid: \(expected)"
        case .unreadableFile(let path, let source, let reason):
            return "cannot read the config file \(path) (named by \(source)): \(reason)"
        case .malformedFile(let path, let detail):
            return "the config file \(path) is not valid: \(detail)"
        }
    }
}

/// Every setting the providers need, each with where it came from.
public struct ResolvedConfiguration: Sendable, Hashable {
    public var provider: Sourced<ProviderKind>
    public var baseURL: Sourced<String>
    /// The root model.
    public var model: Sourced<String>
    /// The model for sub-calls (`llm_query`).
    public var subModel: Sourced<String>
    public var apiKey: Sourced<String>?
    public var maxRetries: Sourced<Int>
    public var connectTimeout: Sourced<Double>
    public var requestTimeout: Sourced<Double>
    public var streamIdleTimeout: Sourced<Double>
    public var maxConcurrency: Sourced<Int>
    /// Extra headers from the config file's `headers`.
    public var headers: [String: String]
    /// The built-in table with the config file's `models` merged in.
    public var models: ModelTable
    public var configFile: ConfigFileStatus
    /// Things that work but look wrong (an unknown key in the file, a base URL without `/v1`).
    public var warnings: [String]

    /// The settings for a provider of this configuration.
    public var providerSettings: ProviderSettings {
        ProviderSettings(
            kind: provider.value,
            baseURL: baseURL.value,
            apiKey: apiKey?.value,
            retry: RetryPolicy(maxRetries: maxRetries.value),
            timeouts: Timeouts(
                connect: .seconds(connectTimeout.value), request: .seconds(requestTimeout.value),
                streamIdle: .seconds(streamIdleTimeout.value)),
            maxConcurrentRequests: maxConcurrency.value,
            models: models,
            extraHeaders: headers
        )
    }

    /// The providers' own services, which always need a key (local servers usually do not).
    public static func isHostedService(_ baseURL: String) -> Bool {
        guard let host = URL(string: baseURL)?.host?.lowercased() else { return false }
        return host == "api.openai.com" || host == "api.anthropic.com"
    }

    /// A hosted service with no API key: every request would be refused.
    public var lacksRequiredAPIKey: Bool { apiKey == nil && Self.isHostedService(baseURL.value) }

    /// An API key shown safely: its first 3 and last 4 characters.
    public static func mask(_ key: String) -> String {
        guard key.count > 12 else { return String(repeating: "*", count: key.count) }
        return "\(key.prefix(3))...\(key.suffix(4))"
    }
}
