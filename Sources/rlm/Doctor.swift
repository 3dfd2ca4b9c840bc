import ArgumentParser
import Foundation
import RLMProviders

/// `rlm doctor`: shows the provider configuration and where each value came from, sends one
/// tiny request, and says what to fix when something fails.
struct Doctor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the model provider configuration by sending one tiny request.",
        discussion: "Prints each setting with its source (flag, environment, config file or default), then the reply, latency, usage and cost. Exits 1 when the request fails, 2 when the configuration is invalid."
    )

    @OptionGroup var providerOptions: ProviderOptions

    @Flag(name: .customLong("no-stream"), help: "Send the request without streaming.")
    var noStream = false

    func run() async throws {
        let report = DoctorReport()
        report.line("rlm doctor")
        let config: ResolvedConfiguration
        do {
            config = try providerOptions.resolve()
        } catch {
            report.blank()
            report.line("FAILED: \(error)")
            report.line("fix: correct the value or the file named above; `rlm doctor --help` lists the flags, Docs/providers.md the variables and the config file")
            throw ExitCode(2)
        }
        report.configuration(config)

        let settings = config.providerSettings
        if config.lacksRequiredAPIKey {
            report.blank()
            report.line("FAILED: no API key for \(config.baseURL.value)")
            report.line("fix: set \(config.provider.value.apiKeyVariable) or RLM_API_KEY")
            throw ExitCode(1)
        }

        var doctorSettings = settings
        doctorSettings.retry.maxRetries = 0  // report the first failure as it is, at once
        let provider = makeProvider(doctorSettings)
        let model = config.model.value
        let request = CompletionRequest(
            model: model,
            system: "You are a connectivity check. Follow the instruction exactly.",
            messages: [.user("Reply with the single word: ok")],
            // Reasoning models spend output tokens on thinking before the word.
            maxTokens: config.provider.value == .openai && config.models.isReasoningModel(model) ? 512 : 16
        )
        report.blank()
        let endpoint = config.provider.value == .openai ? "/chat/completions" : "/v1/messages"
        report.line("request: POST \(settings.baseURL.trimmingSuffix("/"))\(endpoint) (\(noStream ? "not streaming" : "streaming")), model \(model)")
        let started = ContinuousClock.now
        do {
            let completion = noStream ? try await provider.complete(request) : try await provider.streamCompletion(request)
            report.completion(completion, requestedModel: model, elapsed: ContinuousClock.now - started, table: config.models)
            report.blank()
            report.line("OK: rlm can use \(model) at \(config.baseURL.value)")
        } catch let error as ProviderError {
            report.blank()
            report.line("FAILED after \(DoctorReport.milliseconds(ContinuousClock.now - started)): \(error)")
            for fix in DoctorFixes.fixes(for: error, config: config) { report.line("fix: \(fix)") }
            throw ExitCode(1)
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
