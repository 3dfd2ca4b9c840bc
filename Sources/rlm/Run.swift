import ArgumentParser
import Foundation
import RLMEngine
import RLMProviders
import RLMTools

/// `rlm run --query TEXT [--context FILE]...`: answers a query about a context with the
/// Recursive Language Model engine. The answer goes to stdout; progress to stderr (a live
/// execution tree on a terminal, plain lines otherwise).
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer a query about a context (files, stdin, a workspace) with a Recursive Language Model.",
        discussion: """
            The root model never sees the context: it writes Python that runs in rlm's sandbox, where `context` holds \
            the text, and calls models on the pieces it chooses. The answer is printed on stdout; progress goes to \
            stderr. Exit status: 0 answered, 3 a limit ended the run (the answer printed is the best partial one), \
            1 the run failed, 2 bad arguments or configuration, 130 interrupted. See Docs/engine.md.
            """
    )

    @Option(name: .customLong("query"), help: "The question to answer.")
    var query: String

    @Option(name: .customLong("context"), help: ArgumentHelp(
        "A file whose text is the context; repeat for several (the context is then a dict path -> text); '-' reads stdin.",
        valueName: "FILE"))
    var contextFiles: [String] = []

    @Option(help: "Give the model the workspace tools (read_file, grep, bash...) on this folder; memory is kept per workspace.")
    var workspace: String?

    @Flag(name: .customLong("allow-write"), help: "Let write_file and edit_file change files without asking.")
    var allowWrite = false

    @Flag(name: .customLong("allow-bash"), help: "Let bash run commands without asking (bash is not confined to the workspace).")
    var allowBash = false

    @OptionGroup var providerOptions: ProviderOptions

    @Option(name: .customLong("max-depth"), help: "Levels of RLM nesting; 1 means rlm_query is a plain call. (default: 2)")
    var maxDepth: Int = 2

    @Option(name: .customLong("max-iterations"), help: "Turns each RLM may take. (default: 30)")
    var maxIterations: Int = 30

    @Option(help: "Wall-clock limit for the whole run, in seconds.")
    var timeout: Double?

    @Option(name: .customLong("max-cost"), help: "Spending limit for the whole run, in USD at list prices.")
    var maxCost: Double?

    @Option(name: .customLong("max-tokens"), help: "Limit on input plus output tokens for the whole run.")
    var maxTokens: Int?

    @Option(name: .customLong("max-errors"), help: "Turns in a row whose code fails before an RLM must answer. (default: 5)")
    var maxErrors: Int = 5

    @Option(name: .customLong("batch-concurrency"), help: "Sub-calls of one batch in flight at once. (default: 16)")
    var batchConcurrency: Int = 16

    @Option(name: .customLong("code-timeout"), help: "Seconds one code block may run, its sub-calls included. (default: 600)")
    var codeTimeout: Double = 600

    @Flag(name: .customLong("no-memory"), help: "Do not load or save the persistent `memory` dict.")
    var noMemory = false

    @Flag(help: "Print the answer, status, usage and run id as JSON.")
    var json = false

    @Option(help: ArgumentHelp("Write every trace event to this file as JSON lines.", valueName: "FILE"))
    var trace: String?

    @Flag(help: "No progress on stderr.")
    var quiet = false

    func run() async throws {
        let config: ResolvedConfiguration
        do {
            config = try providerOptions.resolve()
        } catch {
            fail("\(error)\nCorrect the value or the file named above; `rlm run --help` lists the flags, Docs/providers.md the variables.")
        }
        if config.lacksRequiredAPIKey {
            fail(Self.notConfigured(config))
        }
        let context = try readContext()
        var engineConfiguration = EngineConfiguration(
            provider: makeProvider(config.providerSettings), model: config.model.value, subModel: config.subModel.value,
            limits: RunLimits(maxIterations: maxIterations, maxDepth: maxDepth, timeout: timeout, maxTokens: maxTokens,
                              maxCostUSD: maxCost, maxConsecutiveErrors: maxErrors),
            batchConcurrency: batchConcurrency, codeTimeout: codeTimeout)
        if !noMemory { engineConfiguration.memory = MemoryStore.forWorkspace(workspace) }
        if let root = workspace {
            var policy = ToolPolicy.default
            if allowWrite { policy[.writeFile] = .allow; policy[.editFile] = .allow }
            if allowBash { policy[.bash] = .allow }
            do {
                engineConfiguration.workspaceTools = .workspaceTools(
                    try Workspace(root: root), policy: policy, permissionHandler: TerminalPermission.handler)
            } catch let error as ToolError {
                fail("--workspace \(root): \(error.message)")
            }
        }
        if let problem = engineConfiguration.validationError() { fail(problem) }

        let session = RLMSession(configuration: engineConfiguration)
        let traceWriter: TraceFileWriter?
        if let path = trace {
            do {
                traceWriter = try TraceFileWriter(path: path, subscription: session.subscribe(capacity: 1 << 20))
            } catch {
                fail("--trace \(path): \(error.localizedDescription)")
            }
        } else {
            traceWriter = nil
        }
        let progress: RunProgress? = quiet ? nil : RunProgress(subscription: session.subscribe(), live: isatty(2) == 1)
        let interrupts = InterruptHandler { session.cancel() }

        let outcome: RunOutcome
        do {
            outcome = try await session.run(query: query, context: context)
        } catch {
            fail("\(error)")
        }
        interrupts.stop()
        session.close()
        await progress?.finish()
        await traceWriter?.finish()

        if json {
            print(RunReport(outcome, model: config.model.value, subModel: config.subModel.value).jsonText())
        } else if let answer = outcome.answer {
            print(answer)
        }
        if outcome.status != .completed, !json {
            var line = "rlm run: the run ended with status \(outcome.status)"
            if let detail = outcome.detail { line += ": \(detail)" }
            if outcome.answer != nil, outcome.status != .failed { line += " (the answer above is the best partial one)" }
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        switch outcome.status {
        case .completed: return
        case .failed: throw ExitCode(1)
        case .cancelled: throw ExitCode(130)
        default: throw ExitCode(3)
        }
    }

    /// The context from the --context files: one file is a str, several a dict path -> text.
    private func readContext() throws -> RunContext {
        var documents: [ContextDocument] = []
        for path in contextFiles {
            let data: Data
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                    fail("--context \(path): no such file")
                }
                if isFolder.boolValue { fail("--context \(path) is a folder; give files (or use --workspace for a folder)") }
                guard let contents = FileManager.default.contents(atPath: path) else { fail("--context \(path): cannot be read") }
                data = contents
            }
            documents.append(ContextDocument(name: path == "-" ? "<stdin>" : path, text: String(decoding: data, as: UTF8.self)))
        }
        switch documents.count {
        case 0: return .empty
        case 1: return .text(documents[0].text)
        default:
            if Set(documents.map(\.name)).count != documents.count { fail("--context names the same file twice") }
            return .documents(documents)
        }
    }

    static func notConfigured(_ config: ResolvedConfiguration) -> String {
        """
        no model is configured: \(config.baseURL.value) needs an API key, and none is set.
        rlm run needs an LLM endpoint. Any one of these works:
          - a key for the provider's service:
              export OPENAI_API_KEY=sk-...           (or ANTHROPIC_API_KEY=...; RLM_API_KEY works for either)
          - a local OpenAI-compatible server (Ollama, vLLM, llama.cpp, LM Studio...), no key needed:
              export RLM_BASE_URL=http://localhost:11434/v1 RLM_MODEL=llama3.1:8b
          - a config file, ~/.config/rlm/config.json (see Docs/providers.md)
        Then `rlm doctor` checks the configuration with one tiny request.
        """
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("rlm run: \(message)\n".utf8))
        Foundation.exit(2)
    }
}

/// What `rlm run --json` prints.
struct RunReport: Encodable {
    var answer: String?
    var status: RunStatus
    var runID: String
    var detail: String?
    var usage: TokenCounts
    var costUSD: Double
    var unpricedCalls: Int
    var iterations: Int
    var elapsedSeconds: Double
    var cacheHits: Int
    var model: String
    var subModel: String

    init(_ outcome: RunOutcome, model: String, subModel: String) {
        answer = outcome.answer
        status = outcome.status
        runID = outcome.runID
        detail = outcome.detail
        usage = outcome.tokens
        costUSD = outcome.cost.usd
        unpricedCalls = outcome.cost.unpricedCalls
        iterations = outcome.iterations
        elapsedSeconds = outcome.elapsedSeconds
        cacheHits = outcome.cacheHits
        self.model = model
        self.subModel = subModel
    }

    enum CodingKeys: String, CodingKey {
        case answer, status, detail, usage, iterations, model
        case runID = "run_id", costUSD = "cost_usd", unpricedCalls = "unpriced_calls", elapsedSeconds = "elapsed_seconds"
        case cacheHits = "cache_hits", subModel = "sub_model"
    }

    func jsonText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

/// Ctrl-C cancels the run (its answer so far is printed); a second one ends the process.
final class InterruptHandler: @unchecked Sendable {
    private let source: DispatchSourceSignal
    private var count = 0

    init(_ onInterrupt: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "rlm.interrupt"))
        source.setEventHandler { [self] in
            count += 1
            if count > 1 { Foundation.exit(130) }
            FileHandle.standardError.write(Data("\nrlm run: interrupted; stopping (Ctrl-C again to quit at once)\n".utf8))
            onInterrupt()
        }
        source.resume()
    }

    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
