import Foundation

/// Resolves the provider configuration from its layers: command-line flags, then environment
/// variables, then the config file, then built-in defaults, the first that sets a value winning.
///
/// Pure: the environment and the file system are passed in, so tests (and an editor's server,
/// which has its own environment) resolve exactly what the CLI would.
public struct ConfigurationResolver: Sendable {
    public var flags: ConfigurationFlags
    public var environment: [String: String]
    /// Reads a file; nil when there is no file at the path. Throws when one exists but cannot be read.
    public var readFile: @Sendable (String) throws -> Data?

    public init(
        flags: ConfigurationFlags = ConfigurationFlags(),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        readFile: @escaping @Sendable (String) throws -> Data? = ConfigurationResolver.readFromDisk
    ) {
        self.flags = flags
        self.environment = environment
        self.readFile = readFile
    }

    /// Reads a file from disk; nil if nothing is there.
    @Sendable public static func readFromDisk(_ path: String) throws -> Data? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    public func resolve() throws -> ResolvedConfiguration {
        let (file, fileStatus) = try loadFile()
        var warnings = file?.unknownKeys.map { "unknown key '\($0)' in \(fileStatus.path) (ignored)" } ?? []

        func raw(_ name: SettingName) -> Sourced<String>? {
            if let value = flags.value(for: name), !value.isEmpty { return Sourced(value, from: .flag(name.flag)) }
            if !name.environment.isEmpty, let value = environment[name.environment], !value.isEmpty {
                return Sourced(value, from: .environment(name.environment))
            }
            if let file, let value = file.values[name.fileKey], !value.isEmpty {
                return Sourced(value, from: .file(path: file.path, key: name.fileKey))
            }
            return nil
        }

        let explicitBaseURL = try raw(.baseURL).map { try Self.checkedURL($0) }
        let explicitModel = raw(.model)
        let provider = try raw(.provider).map(Self.parseProvider) ?? inferProvider(baseURL: explicitBaseURL, model: explicitModel)
        let kind = provider.value

        let baseURL = explicitBaseURL ?? Sourced(kind.defaultBaseURL, from: .defaultValue)
        let model = explicitModel ?? Sourced(kind.defaultModel, from: .defaultValue)
        let subModel: Sourced<String>
        if let explicit = raw(.subModel) {
            subModel = explicit
        } else if explicitModel != nil {
            // A model chosen by hand (a local server's, say) is the best guess for sub-calls too:
            // the provider's default sub-model may not exist there.
            subModel = Sourced(model.value, from: .derived("same as the model"))
        } else {
            subModel = Sourced(kind.defaultSubModel, from: .defaultValue)
        }

        var apiKey: Sourced<String>?
        for variable in [SettingName.apiKey.environment, kind.apiKeyVariable] {
            if let value = environment[variable], !value.isEmpty {
                apiKey = Sourced(value, from: .environment(variable))
                break
            }
        }
        if apiKey == nil, let file, let value = file.values[SettingName.apiKey.fileKey], !value.isEmpty {
            apiKey = Sourced(value, from: .file(path: file.path, key: SettingName.apiKey.fileKey))
        }

        let defaults = ProviderSettings(kind: kind)
        let maxRetries =
            try Self.integer(raw(.maxRetries), name: .maxRetries, minimum: 0)
            ?? Sourced(defaults.retry.maxRetries, from: .defaultValue)
        let connect =
            try Self.seconds(raw(.connectTimeout), name: .connectTimeout)
            ?? Sourced(defaults.timeouts.connect.seconds, from: .defaultValue)
        let request =
            try Self.seconds(raw(.requestTimeout), name: .requestTimeout)
            ?? Sourced(defaults.timeouts.request.seconds, from: .defaultValue)
        let idle =
            try Self.seconds(raw(.streamIdleTimeout), name: .streamIdleTimeout)
            ?? Sourced(defaults.timeouts.streamIdle.seconds, from: .defaultValue)
        let concurrency =
            try Self.integer(raw(.maxConcurrency), name: .maxConcurrency, minimum: 1)
            ?? Sourced(defaults.maxConcurrentRequests, from: .defaultValue)

        warnings += Self.baseURLWarnings(baseURL.value, kind: kind)

        return ResolvedConfiguration(
            provider: provider, baseURL: baseURL, model: model, subModel: subModel, apiKey: apiKey,
            maxRetries: maxRetries, connectTimeout: connect, requestTimeout: request, streamIdleTimeout: idle,
            maxConcurrency: concurrency, headers: file?.headers ?? [:],
            models: ModelTable.builtIn.merging(file?.models ?? [:]), configFile: fileStatus, warnings: warnings)
    }

    // MARK: The config file

    /// `--config`, else `$RLM_CONFIG`, else `$XDG_CONFIG_HOME/rlm/config.json`, else `~/.config/rlm/config.json`.
    public var configPath: Sourced<String> {
        if let path = flags.configPath, !path.isEmpty { return Sourced(path, from: .flag(SettingName.config.flag)) }
        if let path = environment[SettingName.config.environment], !path.isEmpty {
            return Sourced(path, from: .environment(SettingName.config.environment))
        }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return Sourced(xdg + "/rlm/config.json", from: .defaultValue)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return Sourced(home + "/.config/rlm/config.json", from: .defaultValue)
    }

    private func loadFile() throws -> (ConfigFile?, ConfigFileStatus) {
        let path = configPath
        let data: Data?
        do {
            data = try readFile(path.value)
        } catch {
            throw ConfigurationError.unreadableFile(path: path.value, source: path.source, reason: error.localizedDescription)
        }
        guard let data else {
            if path.source != .defaultValue {
                throw ConfigurationError.unreadableFile(path: path.value, source: path.source, reason: "there is no such file")
            }
            return (nil, .absent(path: path.value))
        }
        return (try ConfigFile(parsing: data, path: path.value), .loaded(path: path.value))
    }

    // MARK: Values

    private func inferProvider(baseURL: Sourced<String>?, model: Sourced<String>?) -> Sourced<ProviderKind> {
        if let baseURL, let host = URL(string: baseURL.value)?.host?.lowercased(), host.hasSuffix("anthropic.com") {
            return Sourced(.anthropic, from: .derived("from the base URL"))
        }
        if baseURL == nil, let model, model.value.lowercased().hasPrefix("claude") {
            return Sourced(.anthropic, from: .derived("from the model name"))
        }
        let has = { (name: String) in !(environment[name] ?? "").isEmpty }
        if baseURL == nil, model == nil, has("ANTHROPIC_API_KEY"), !has("OPENAI_API_KEY"), !has("RLM_API_KEY") {
            return Sourced(.anthropic, from: .derived("only ANTHROPIC_API_KEY is set"))
        }
        return Sourced(.openai, from: .defaultValue)
    }

    static func parseProvider(_ raw: Sourced<String>) throws -> Sourced<ProviderKind> {
        let name = raw.value.lowercased()
        let aliases: [String: ProviderKind] = ["openai": .openai, "openai-compatible": .openai, "anthropic": .anthropic]
        guard let kind = aliases[name] else {
            throw ConfigurationError.invalidValue(
                setting: "provider", value: raw.value, source: raw.source,
                expected: "use openai (OpenAI and every OpenAI-compatible server) or anthropic")
        }
        return Sourced(kind, from: raw.source)
    }

    static func checkedURL(_ raw: Sourced<String>) throws -> Sourced<String> {
        let text = raw.value.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else {
            throw ConfigurationError.invalidValue(
                setting: "base URL", value: raw.value, source: raw.source,
                expected: "write it as an http(s) URL with its scheme, e.g. http://localhost:11434/v1")
        }
        return Sourced(text, from: raw.source)
    }

    static func integer(_ raw: Sourced<String>?, name: SettingName, minimum: Int) throws -> Sourced<Int>? {
        guard let raw else { return nil }
        guard let value = Int(raw.value.trimmingCharacters(in: .whitespaces)), value >= minimum else {
            throw ConfigurationError.invalidValue(
                setting: name.fileKey, value: raw.value, source: raw.source, expected: "expected a whole number of at least \(minimum)")
        }
        return Sourced(value, from: raw.source)
    }

    static func seconds(_ raw: Sourced<String>?, name: SettingName) throws -> Sourced<Double>? {
        guard let raw else { return nil }
        guard let value = Double(raw.value.trimmingCharacters(in: .whitespaces)), value > 0, value.isFinite else {
            throw ConfigurationError.invalidValue(
                setting: name.fileKey, value: raw.value, source: raw.source, expected: "expected a number of seconds above 0")
        }
        return Sourced(value, from: raw.source)
    }

    /// Base URLs that work but are probably not what was meant.
    static func baseURLWarnings(_ baseURL: String, kind: ProviderKind) -> [String] {
        guard let url = URL(string: baseURL) else { return [] }
        var path = url.path
        while path.hasSuffix("/") { path.removeLast() }
        switch kind {
        case .anthropic where path.hasSuffix("/v1"):
            return ["the Anthropic base URL \(baseURL) ends in /v1, and rlm appends /v1/messages: requests will go to \(path)/v1/messages; drop the /v1"]
        case .openai where path.isEmpty:
            return ["the base URL \(baseURL) has no path; OpenAI-compatible servers usually serve under /v1 (e.g. \(baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL)/v1)"]
        default:
            return []
        }
    }
}
