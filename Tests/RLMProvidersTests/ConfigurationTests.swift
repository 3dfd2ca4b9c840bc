import Foundation
import XCTest

@testable import RLMProviders

final class ConfigurationTests: XCTestCase {
    let home = ["HOME": "/home/ada"]
    let defaultPath = "/home/ada/.config/rlm/config.json"

    /// A resolver over an injected environment and an in-memory file system.
    func resolver(flags: ConfigurationFlags = .init(), env: [String: String] = [:], files: [String: String] = [:]) -> ConfigurationResolver {
        ConfigurationResolver(flags: flags, environment: home.merging(env) { $1 }) { path in
            files[path].map { Data($0.utf8) }
        }
    }

    func testDefaults() throws {
        let config = try resolver().resolve()
        XCTAssertEqual(config.provider, Sourced(.openai, from: .defaultValue))
        XCTAssertEqual(config.baseURL, Sourced("https://api.openai.com/v1", from: .defaultValue))
        XCTAssertEqual(config.model.value, "gpt-5")
        XCTAssertEqual(config.subModel, Sourced("gpt-5-mini", from: .defaultValue))
        XCTAssertNil(config.apiKey)
        XCTAssertEqual(config.configFile, .absent(path: defaultPath))
        XCTAssertEqual(config.maxRetries.value, 4)
        XCTAssertEqual(config.streamIdleTimeout.value, 60)
        XCTAssertEqual(config.warnings, [])

        let anthropic = try resolver(flags: .init(provider: "anthropic")).resolve()
        XCTAssertEqual(anthropic.baseURL.value, "https://api.anthropic.com")
        XCTAssertEqual(anthropic.model.value, "claude-sonnet-4-5")
        XCTAssertEqual(anthropic.subModel.value, "claude-haiku-4-5")
    }

    func testFlagsBeatEnvironmentBeatFileBeatDefaults() throws {
        let file = """
            {"provider": "anthropic", "base_url": "http://file:1", "model": "file-model", "sub_model": "file-sub",
             "max_retries": 7, "connect_timeout": 3, "request_timeout": "30", "stream_idle_timeout": 9, "max_concurrency": 2}
            """
        let env = [
            "RLM_PROVIDER": "openai", "RLM_BASE_URL": "http://env:2/v1", "RLM_MODEL": "env-model", "RLM_MAX_RETRIES": "5",
        ]
        let flags = ConfigurationFlags(baseURL: "http://flag:3/v1", maxConcurrency: "16")

        let onlyFile = try resolver(files: [defaultPath: file]).resolve()
        XCTAssertEqual(onlyFile.provider, Sourced(.anthropic, from: .file(path: defaultPath, key: "provider")))
        XCTAssertEqual(onlyFile.baseURL.value, "http://file:1")
        XCTAssertEqual(onlyFile.model.value, "file-model")
        XCTAssertEqual(onlyFile.subModel, Sourced("file-sub", from: .file(path: defaultPath, key: "sub_model")))
        XCTAssertEqual(onlyFile.maxRetries.value, 7)
        XCTAssertEqual(onlyFile.connectTimeout.value, 3)
        XCTAssertEqual(onlyFile.requestTimeout.value, 30)
        XCTAssertEqual(onlyFile.streamIdleTimeout.value, 9)
        XCTAssertEqual(onlyFile.maxConcurrency.value, 2)
        XCTAssertEqual(onlyFile.configFile, .loaded(path: defaultPath))

        let all = try resolver(flags: flags, env: env, files: [defaultPath: file]).resolve()
        XCTAssertEqual(all.provider, Sourced(.openai, from: .environment("RLM_PROVIDER")))
        XCTAssertEqual(all.baseURL, Sourced("http://flag:3/v1", from: .flag("--base-url")))
        XCTAssertEqual(all.model, Sourced("env-model", from: .environment("RLM_MODEL")))
        XCTAssertEqual(all.subModel.source, .file(path: defaultPath, key: "sub_model"))
        XCTAssertEqual(all.maxRetries, Sourced(5, from: .environment("RLM_MAX_RETRIES")))
        XCTAssertEqual(all.maxConcurrency, Sourced(16, from: .flag("--max-concurrency")))
        XCTAssertEqual(all.connectTimeout.source, .file(path: defaultPath, key: "connect_timeout"))

        let settings = all.providerSettings
        XCTAssertEqual(settings.kind, .openai)
        XCTAssertEqual(settings.baseURL, "http://flag:3/v1")
        XCTAssertEqual(settings.retry.maxRetries, 5)
        XCTAssertEqual(settings.timeouts.connect, .seconds(3))
        XCTAssertEqual(settings.maxConcurrentRequests, 16)
    }

    func testEmptyValuesCountAsUnset() throws {
        let config = try resolver(flags: .init(model: ""), env: ["RLM_MODEL": "", "RLM_BASE_URL": ""]).resolve()
        XCTAssertEqual(config.model.source, .defaultValue)
        XCTAssertEqual(config.baseURL.source, .defaultValue)
    }

    func testAPIKeyOrder() throws {
        let file = "{\"api_key\": \"sk-from-file-0000\"}"
        XCTAssertEqual(try resolver(files: [defaultPath: file]).resolve().apiKey?.source, .file(path: defaultPath, key: "api_key"))
        let env = ["OPENAI_API_KEY": "sk-openai", "ANTHROPIC_API_KEY": "sk-ant", "RLM_API_KEY": "sk-rlm"]
        XCTAssertEqual(try resolver(env: env, files: [defaultPath: file]).resolve().apiKey, Sourced("sk-rlm", from: .environment("RLM_API_KEY")))
        var withoutRLM = env
        withoutRLM["RLM_API_KEY"] = nil
        XCTAssertEqual(try resolver(env: withoutRLM).resolve().apiKey?.value, "sk-openai")
        XCTAssertEqual(try resolver(flags: .init(provider: "anthropic"), env: withoutRLM).resolve().apiKey?.value, "sk-ant")
        XCTAssertEqual(ResolvedConfiguration.mask("sk-proj-abcdefghijklmnop1234"), "sk-...1234")
        XCTAssertEqual(ResolvedConfiguration.mask("short"), "*****")
    }

    func testProviderInference() throws {
        let byURL = try resolver(flags: .init(baseURL: "https://api.anthropic.com")).resolve()
        XCTAssertEqual(byURL.provider, Sourced(.anthropic, from: .derived("from the base URL")))
        let byModel = try resolver(env: ["RLM_MODEL": "claude-opus-4"]).resolve()
        XCTAssertEqual(byModel.provider.value, .anthropic)
        XCTAssertEqual(byModel.baseURL.value, "https://api.anthropic.com")
        let byKey = try resolver(env: ["ANTHROPIC_API_KEY": "sk-ant-x"]).resolve()
        XCTAssertEqual(byKey.provider.value, .anthropic)
        // A Claude model behind an OpenAI-compatible router stays OpenAI.
        let routed = try resolver(flags: .init(baseURL: "https://openrouter.ai/api/v1", model: "anthropic/claude-sonnet-4")).resolve()
        XCTAssertEqual(routed.provider.value, .openai)
        // An explicit provider always wins.
        XCTAssertEqual(try resolver(flags: .init(provider: "OpenAI", model: "claude-x")).resolve().provider.value, .openai)
    }

    func testSubModelFollowsAHandPickedModel() throws {
        let config = try resolver(flags: .init(baseURL: "http://localhost:11434/v1", model: "llama3.1:8b")).resolve()
        XCTAssertEqual(config.subModel, Sourced("llama3.1:8b", from: .derived("same as the model")))
    }

    func testConfigFileLocation() throws {
        let contents = "{\"model\": \"m\"}"
        XCTAssertEqual(try resolver(env: ["XDG_CONFIG_HOME": "/xdg"], files: ["/xdg/rlm/config.json": contents]).resolve().model.value, "m")
        XCTAssertEqual(
            try resolver(env: ["RLM_CONFIG": "/etc/rlm.json", "XDG_CONFIG_HOME": "/xdg"], files: ["/etc/rlm.json": contents]).resolve().model.value,
            "m")
        XCTAssertEqual(
            try resolver(flags: .init(configPath: "/tmp/c.json"), env: ["RLM_CONFIG": "/etc/rlm.json"], files: ["/tmp/c.json": contents])
                .resolve().configFile, .loaded(path: "/tmp/c.json"))
        // A file named explicitly must exist.
        XCTAssertThrowsError(try resolver(env: ["RLM_CONFIG": "/nowhere.json"]).resolve()) { error in
            XCTAssertEqual("\(error)", "cannot read the config file /nowhere.json (named by $RLM_CONFIG): there is no such file")
        }
    }

    func testMalformedFileSaysWhereAndWhat() {
        XCTAssertThrowsError(try resolver(files: [defaultPath: "{\"model\": "]).resolve()) { error in
            XCTAssertTrue("\(error)".hasPrefix("the config file \(defaultPath) is not valid: it is not valid JSON"), "\(error)")
        }
        XCTAssertThrowsError(try resolver(files: [defaultPath: "{\n  \"model\": \"m\",\n  \"provider\": openai\n}"]).resolve()) { error in
            XCTAssertEqual("\(error)", "the config file \(defaultPath) is not valid: it is not valid JSON (invalid value at line 3, column 15)")
        }
        XCTAssertThrowsError(try resolver(files: [defaultPath: "[1]"]).resolve()) { error in
            XCTAssertEqual("\(error)", "the config file \(defaultPath) is not valid: the top level must be a JSON object")
        }
        XCTAssertThrowsError(try resolver(files: [defaultPath: "{\"max_retries\": [3]}"]).resolve()) { error in
            XCTAssertTrue("\(error)".contains("'max_retries' must be a string or a number"), "\(error)")
        }
        XCTAssertThrowsError(try resolver(files: [defaultPath: "{\"models\": {\"m\": {\"context_window\": \"big\"}}}"]).resolve()) { error in
            XCTAssertTrue("\(error)".contains("models.m: 'context_window' has the wrong type"), "\(error)")
        }
    }

    func testInvalidValuesNameTheirSource() {
        XCTAssertThrowsError(try resolver(env: ["RLM_PROVIDER": "gemini"]).resolve()) { error in
            XCTAssertEqual("\(error)", "provider 'gemini' (from $RLM_PROVIDER) is not valid: use openai (OpenAI and every OpenAI-compatible server) or anthropic")
        }
        XCTAssertThrowsError(try resolver(flags: .init(baseURL: "localhost:11434/v1")).resolve()) { error in
            XCTAssertTrue("\(error)".hasPrefix("base URL 'localhost:11434/v1' (from --base-url) is not valid"), "\(error)")
        }
        XCTAssertThrowsError(try resolver(env: ["RLM_MAX_RETRIES": "-1"]).resolve()) { error in
            XCTAssertEqual("\(error)", "max_retries '-1' (from $RLM_MAX_RETRIES) is not valid: expected a whole number of at least 0")
        }
        XCTAssertThrowsError(try resolver(files: [defaultPath: "{\"stream_idle_timeout\": 0}"]).resolve()) { error in
            XCTAssertTrue("\(error)".contains("stream_idle_timeout '0'"), "\(error)")
        }
    }

    func testModelOverridesAndWarnings() throws {
        let file = """
            {"modle": "typo", "headers": {"HTTP-Referer": "https://example.com"},
             "models": {"gpt-4.1": {"input_per_million": 1.0}, "qwen3:32b": {"context_window": 40960, "reasoning": false, "price": 1}}}
            """
        let config = try resolver(flags: .init(provider: "anthropic", baseURL: "https://proxy.example.com/v1"), files: [defaultPath: file]).resolve()
        XCTAssertEqual(config.models.info(for: "gpt-4.1")?.inputPerMillion, 1.0)
        XCTAssertEqual(config.models.info(for: "gpt-4.1")?.outputPerMillion, 8.0)
        XCTAssertEqual(config.models.info(for: "qwen3:32b")?.contextWindow, 40960)
        XCTAssertEqual(config.headers, ["HTTP-Referer": "https://example.com"])
        XCTAssertEqual(config.providerSettings.extraHeaders, ["HTTP-Referer": "https://example.com"])
        XCTAssertEqual(config.warnings.count, 3, "\(config.warnings)")
        XCTAssertTrue(config.warnings.contains("unknown key 'modle' in \(defaultPath) (ignored)"))
        XCTAssertTrue(config.warnings.contains("unknown key 'models.qwen3:32b.price' in \(defaultPath) (ignored)"))
        XCTAssertTrue(config.warnings.contains { $0.contains("ends in /v1") })

        let noPath = try resolver(flags: .init(baseURL: "http://localhost:8000")).resolve()
        XCTAssertEqual(noPath.warnings.count, 1)
        XCTAssertTrue(noPath.warnings[0].contains("http://localhost:8000/v1"), noPath.warnings[0])
    }
}
