import Foundation
import RLMEngine
import RLMProviders
import RLMTools

/// What `initialize` settled: the workspace, the provider (one for the whole process, so its
/// per-endpoint concurrency limit holds across sessions), the defaults every session starts
/// from, and what the client can do.
struct ServerConfiguration: Sendable {
    let resolved: ResolvedConfiguration
    let provider: any LLMProvider
    let childModel: String?
    let limits: RunLimits
    let batchConcurrency: Int
    let codeTimeout: Double
    let memory: Bool
    let tools: Bool
    let policy: ToolPolicy
    let workspace: Workspace?
    let environment: [String: String]
    let clientAnswersPermissions: Bool
    let clientCreatesProgress: Bool
    let traceBufferEvents: Int

    static let defaultTraceBufferEvents = 4096

    var model: String { resolved.model.value }
    var subModel: String { resolved.subModel.value }

    init(_ request: InitializeRequest, serve: ServeOptions) throws {
        let options = request.initializationOptions ?? InitializationOptions()
        workspace = try Self.workspace(request, fallback: serve.workspace)

        var flags = serve.flags
        var environment = serve.environment
        if let endpoint = options.provider {
            flags.provider = endpoint.provider ?? flags.provider
            flags.baseURL = endpoint.baseUrl ?? flags.baseURL
            flags.maxRetries = endpoint.maxRetries.map(String.init) ?? flags.maxRetries
            flags.connectTimeout = endpoint.connectTimeout.map { String($0) } ?? flags.connectTimeout
            flags.requestTimeout = endpoint.requestTimeout.map { String($0) } ?? flags.requestTimeout
            flags.streamIdleTimeout = endpoint.streamIdleTimeout.map { String($0) } ?? flags.streamIdleTimeout
            flags.maxConcurrency = endpoint.maxConcurrency.map(String.init) ?? flags.maxConcurrency
            flags.configPath = endpoint.configFile ?? flags.configPath
            if let key = endpoint.apiKey { environment["RLM_API_KEY"] = key }
        }
        flags.model = options.models?.model ?? flags.model
        flags.subModel = options.models?.subModel ?? flags.subModel
        var resolved: ResolvedConfiguration
        do {
            resolved = try ConfigurationResolver(flags: flags, environment: environment).resolve()
        } catch {
            throw ResponseError.invalidParams("params.initializationOptions.provider: \(error)")
        }
        if let table = options.models?.table { resolved.models = resolved.models.merging(table) }
        self.resolved = resolved
        self.environment = environment
        provider = makeProvider(resolved.providerSettings)
        childModel = options.models?.childModel
        limits = options.limits?.applied(to: RunLimits()) ?? RunLimits()
        batchConcurrency = options.batchConcurrency ?? 16
        codeTimeout = options.codeTimeout ?? 600
        memory = options.memory ?? true
        tools = options.tools ?? true
        policy = options.toolPolicy
        clientAnswersPermissions = request.capabilities?.experimental?.rlm?.requestPermission ?? false
        clientCreatesProgress = request.capabilities?.window?.workDoneProgress ?? false
        traceBufferEvents = options.traceBufferEvents ?? Self.defaultTraceBufferEvents
    }

    /// Why no run can reach a model, or nil.
    var unreachableReason: String? {
        guard resolved.lacksRequiredAPIKey else { return nil }
        return "no model is configured: \(resolved.baseURL.value) needs an API key and none is set. Give initializationOptions.provider.apiKey, "
            + "set OPENAI_API_KEY / ANTHROPIC_API_KEY / RLM_API_KEY in the server's environment, or point "
            + "initializationOptions.provider.baseUrl at a local OpenAI-compatible server"
    }

    /// A session's engine configuration: the defaults with `options` over them.
    func engineConfiguration(_ options: SessionOptions?, permissionHandler: @escaping PermissionHandler) -> EngineConfiguration {
        var configuration = EngineConfiguration(
            provider: provider, model: options?.model ?? model, subModel: options?.subModel ?? subModel,
            childModel: options?.childModel ?? childModel,
            limits: options?.limits?.applied(to: limits) ?? limits,
            batchConcurrency: options?.batchConcurrency ?? batchConcurrency, streaming: options?.streaming ?? true,
            codeTimeout: options?.codeTimeout ?? codeTimeout, extraSystemPrompt: options?.systemPrompt)
        if options?.memory ?? memory {
            configuration.memory = MemoryStore.forWorkspace(workspace?.rootAsGiven, environment: environment)
        }
        if let workspace, options?.tools ?? tools {
            configuration.workspaceTools = .workspaceTools(workspace, policy: policy, permissionHandler: permissionHandler)
        }
        return configuration
    }

    /// The workspace folder: the first workspace folder, else rootUri, else rootPath, else
    /// `rlm serve --workspace`.
    private static func workspace(_ request: InitializeRequest, fallback: String?) throws -> Workspace? {
        let candidates: [(String?, String, Bool)] = [
            (request.workspaceFolders?.first?.uri, "params.workspaceFolders[0].uri", true),
            (request.rootUri, "params.rootUri", true),
            (request.rootPath, "params.rootPath", false),
            (fallback, "--workspace", false),
        ]
        for case let (value?, field, isURI) in candidates where !value.isEmpty {
            let path: String
            if isURI {
                guard let url = URL(string: value), url.scheme == "file" else {
                    throw ResponseError.invalidParams("\(field): '\(value)' is not a file:// URI; only local folders can be workspaces")
                }
                path = url.path
            } else {
                path = value
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ResponseError.invalidParams("\(field): \(path) is not an existing folder")
            }
            do {
                return try Workspace(root: path)
            } catch let error as ToolError {
                throw ResponseError.invalidParams("\(field): \(error.message)")
            }
        }
        return nil
    }
}

/// How `rlm serve` was started.
public struct ServeOptions: Sendable {
    /// The provider flags given on the command line; `initializationOptions.provider` wins over them.
    public var flags: ConfigurationFlags
    public var environment: [String: String]
    /// The workspace when the client names none.
    public var workspace: String?
    public var maxFrameBytes: Int

    public init(
        flags: ConfigurationFlags = ConfigurationFlags(), environment: [String: String] = ProcessInfo.processInfo.environment,
        workspace: String? = nil, maxFrameBytes: Int = FrameDecoder.defaultMaxFrameBytes
    ) {
        self.flags = flags
        self.environment = environment
        self.workspace = workspace
        self.maxFrameBytes = maxFrameBytes
    }
}
