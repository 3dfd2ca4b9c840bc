import Foundation
import RLMProviders

/// What the doctor prints, on stdout.
final class DoctorReport {
    func line(_ text: String) {
        print(text)
    }

    func blank() { print("") }

    func row(_ name: String, _ value: String, _ source: String? = nil) {
        let padded = name.padding(toLength: 13, withPad: " ", startingAt: 0)
        if let source {
            let valueColumn = value.count < 36 ? value.padding(toLength: 36, withPad: " ", startingAt: 0) : value + "  "
            print("  \(padded)\(valueColumn)(\(source))")
        } else {
            print("  \(padded)\(value)")
        }
    }

    func configuration(_ config: ResolvedConfiguration) {
        blank()
        line("configuration")
        row("provider", config.provider.value.rawValue, config.provider.source.description)
        row("base URL", config.baseURL.value, config.baseURL.source.description)
        row("model", config.model.value, config.model.source.description)
        row("sub-model", config.subModel.value, config.subModel.source.description)
        if let key = config.apiKey {
            row("API key", ResolvedConfiguration.mask(key.value), key.source.description)
        } else {
            row("API key", "none", "set RLM_API_KEY or \(config.provider.value.apiKeyVariable); local servers need none")
        }
        row("retries", "\(config.maxRetries.value) (the doctor sends once)", config.maxRetries.source.description)
        row("timeouts", "connect \(Self.seconds(config.connectTimeout.value)), request \(Self.seconds(config.requestTimeout.value)), stream idle \(Self.seconds(config.streamIdleTimeout.value))")
        row("concurrency", "\(config.maxConcurrency.value) requests in flight per endpoint", config.maxConcurrency.source.description)
        row("config file", config.configFile.description)
        if !config.headers.isEmpty {
            row("headers", config.headers.keys.sorted().joined(separator: ", "))
        }
        row("model table", Self.describe(config.model.value, in: config.models))
        if config.subModel.value != config.model.value {
            row("", Self.describe(config.subModel.value, in: config.models))
        }
        if !config.warnings.isEmpty {
            blank()
            line("warnings")
            for warning in config.warnings { line("  \(warning)") }
        }
    }

    func completion(_ completion: Completion, requestedModel: String, elapsed: Duration, table: ModelTable) {
        let reply = completion.text.trimmingCharacters(in: .whitespacesAndNewlines)
        row("reply", reply.isEmpty ? "(empty)" : String(reply.prefix(200)))
        if completion.model != requestedModel { row("answered by", completion.model) }
        var latency = Self.milliseconds(completion.latency)
        if let first = completion.timeToFirstToken { latency += " (first text after \(Self.milliseconds(first)))" }
        row("latency", latency)
        if let usage = completion.usage {
            var text = "\(usage.inputTokens) input"
            if usage.cachedInputTokens > 0 { text += " (\(usage.cachedInputTokens) cached)" }
            text += ", \(usage.outputTokens) output tokens"
            if usage.reasoningTokens > 0 { text += " (\(usage.reasoningTokens) reasoning)" }
            row("usage", text)
        } else {
            row("usage", "not reported by the server: token counts and cost will be unknown")
        }
        if let cost = completion.cost {
            row("cost", Cost.format(cost.usd))
        } else if completion.usage != nil {
            row("cost", "unknown: \(completion.model) has no prices in the model table (add them under \"models\" in the config file)")
        }
        row("stop reason", completion.stopReason?.description ?? "not reported")
        if completion.stopReason == .maxTokens && reply.isEmpty {
            row("note", "the output limit was reached before any text: a reasoning model may need more tokens")
        }
    }

    static func describe(_ model: String, in table: ModelTable) -> String {
        guard let info = table.info(for: model) else {
            return "\(model): not in the table (works; cost unknown unless added under \"models\" in the config file)"
        }
        var parts: [String] = []
        if let window = info.contextWindow { parts.append("\(window.formatted()) token window") }
        if let input = info.inputPerMillion, let output = info.outputPerMillion {
            parts.append(String(format: "$%.2f in / $%.2f out per million tokens", input, output))
        } else {
            parts.append("no prices")
        }
        return "\(model): " + parts.joined(separator: ", ")
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
    }
}

/// What to do about each failure.
enum DoctorFixes {
    static func fixes(for error: ProviderError, config: ResolvedConfiguration) -> [String] {
        let kind = config.provider.value
        let keySource = config.apiKey.map { " (the key in use came from \($0.source))" } ?? ""
        switch error {
        case .gaveUp(_, let last):
            return fixes(for: last, config: config)
        case .authentication:
            return ["set \(kind.apiKeyVariable) or RLM_API_KEY to a valid key for \(config.baseURL.value)\(keySource)"]
        case .permissionDenied:
            return ["check that the key may use the model '\(config.model.value)' (its project, organisation or plan)\(keySource)"]
        case .notFound:
            var fixes = ["check --model: does the server have a model named '\(config.model.value)'?"]
            switch kind {
            case .openai: fixes.append("check --base-url: OpenAI-compatible servers usually serve under /v1 (e.g. http://localhost:11434/v1)")
            case .anthropic: fixes.append("check --base-url: the Anthropic base URL has no /v1 (e.g. https://api.anthropic.com)")
            }
            if !config.warnings.isEmpty { fixes.append("see the warnings above") }
            return fixes
        case .rejected:
            return ["read the server's message above; check --model and --provider (this server may speak the other API)"]
        case .rateLimited:
            return ["wait and try again, or check the account's rate limits and quota"]
        case .serverError:
            return ["the server is failing or overloaded: try again later, or check its logs"]
        case .connection:
            return ["check that the server is running and that --base-url (scheme, host and port) is right: \(config.baseURL.value)"]
        case .timeout(.connect, _, _):
            return ["the host did not answer: check --base-url, the network and any proxy, or raise --connect-timeout"]
        case .timeout(let which, _, _):
            let flag = which == .request ? "--request-timeout" : "--stream-idle-timeout"
            return ["the server is slow to answer: check it, or raise \(flag)"]
        case .streamInterrupted:
            return ["the server closed the stream early: check a proxy in between or the server's logs, or try --no-stream"]
        case .streamError:
            return ["read the server's message above"]
        case .malformedResponse:
            return ["the server at \(config.baseURL.value) does not answer in the \(kind) format: check --provider and --base-url"]
        case .invalidRequest:
            return ["check --model and the other settings above"]
        }
    }
}
