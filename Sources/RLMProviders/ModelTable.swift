import Foundation

/// What rlm knows of a model: its window, its output limit and its list prices.
/// Every field is optional: a config file may override only some of them.
public struct ModelInfo: Sendable, Hashable, Codable {
    /// Context window, in tokens (input and output together).
    public var contextWindow: Int?
    /// The most output tokens one call may ask for.
    public var maxOutputTokens: Int?
    /// USD per million input tokens.
    public var inputPerMillion: Double?
    /// USD per million output tokens (reasoning tokens included).
    public var outputPerMillion: Double?
    /// USD per million input tokens read from the prompt cache; the input price when not given.
    public var cachedInputPerMillion: Double?
    /// USD per million input tokens written to the prompt cache (Anthropic); the input price when not given.
    public var cacheWritePerMillion: Double?
    /// An OpenAI reasoning model (o-series, gpt-5): it takes `max_completion_tokens` instead of
    /// `max_tokens` and only the default temperature, so rlm sends no temperature to it.
    public var reasoning: Bool?

    public init(
        contextWindow: Int? = nil, maxOutputTokens: Int? = nil, inputPerMillion: Double? = nil,
        outputPerMillion: Double? = nil, cachedInputPerMillion: Double? = nil,
        cacheWritePerMillion: Double? = nil, reasoning: Bool? = nil
    ) {
        self.contextWindow = contextWindow
        self.maxOutputTokens = maxOutputTokens
        self.inputPerMillion = inputPerMillion
        self.outputPerMillion = outputPerMillion
        self.cachedInputPerMillion = cachedInputPerMillion
        self.cacheWritePerMillion = cacheWritePerMillion
        self.reasoning = reasoning
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case contextWindow = "context_window"
        case maxOutputTokens = "max_output_tokens"
        case inputPerMillion = "input_per_million"
        case outputPerMillion = "output_per_million"
        case cachedInputPerMillion = "cached_input_per_million"
        case cacheWritePerMillion = "cache_write_per_million"
        case reasoning
    }

    /// This entry with every field `other` sets replacing this one's.
    public func overridden(by other: ModelInfo) -> ModelInfo {
        ModelInfo(
            contextWindow: other.contextWindow ?? contextWindow,
            maxOutputTokens: other.maxOutputTokens ?? maxOutputTokens,
            inputPerMillion: other.inputPerMillion ?? inputPerMillion,
            outputPerMillion: other.outputPerMillion ?? outputPerMillion,
            cachedInputPerMillion: other.cachedInputPerMillion ?? cachedInputPerMillion,
            cacheWritePerMillion: other.cacheWritePerMillion ?? cacheWritePerMillion,
            reasoning: other.reasoning ?? reasoning
        )
    }

    /// The price of a call with this usage, or nil when the input or output price is unknown.
    public func cost(of usage: Usage) -> Cost? {
        guard let input = inputPerMillion, let output = outputPerMillion else { return nil }
        let usd =
            Double(usage.uncachedInputTokens) * input
            + Double(usage.cachedInputTokens) * (cachedInputPerMillion ?? input)
            + Double(usage.cacheWriteInputTokens) * (cacheWritePerMillion ?? input)
            + Double(usage.outputTokens) * output
        return Cost(usd: usd / 1_000_000)
    }
}

/// Models by name: the built-in list (`ModelTable.builtIn`) with a config file's overrides on top.
///
/// A lookup takes the name as sent to the provider. It also finds dated and aliased variants
/// of a known name (`claude-sonnet-4-20250514`, `gpt-4o-2024-08-06`, `claude-3-5-haiku-latest`)
/// and names with a router's prefix (`openai/gpt-4.1`, as OpenRouter spells them), but never a
/// different model that merely starts the same way (`gpt-4.1-nano` is not `gpt-4.1`).
public struct ModelTable: Sendable, Hashable {
    public private(set) var entries: [String: ModelInfo]

    public init(_ entries: [String: ModelInfo] = [:]) {
        self.entries = [:]
        for (name, info) in entries { self.entries[Self.normalized(name)] = info }
    }

    /// This table with `overrides` merged in, field by field for models it already has.
    public func merging(_ overrides: [String: ModelInfo]) -> ModelTable {
        var table = self
        for (name, info) in overrides {
            let key = Self.normalized(name)
            table.entries[key] = table.entries[key].map { $0.overridden(by: info) } ?? info
        }
        return table
    }

    /// The entry for a model name, or nil for a model the table does not know.
    public func info(for model: String) -> ModelInfo? {
        let name = Self.normalized(model)
        if let info = entries[name] { return info }
        // A dated or aliased variant: the longest known name followed by a version suffix.
        var best: (name: String, info: ModelInfo)?
        for (known, info) in entries where name.hasPrefix(known) && name.count > known.count {
            let suffix = name.dropFirst(known.count)
            if Self.isVersionSuffix(suffix), known.count > (best?.name.count ?? 0) {
                best = (known, info)
            }
        }
        return best?.info
    }

    /// The cost of a call to `model` with `usage`, or nil when the model or its prices are unknown.
    public func cost(of usage: Usage, model: String) -> Cost? {
        info(for: model)?.cost(of: usage)
    }

    /// Whether `model` is an OpenAI reasoning model (it takes `max_completion_tokens` and no
    /// temperature): the entry's `reasoning` flag, or for a model the table does not know,
    /// OpenAI's naming (`o` and a digit: `o1`, `o3-mini`...; `gpt-5...`).
    public func isReasoningModel(_ model: String) -> Bool {
        if let known = info(for: model)?.reasoning { return known }
        let name = Self.normalized(model)
        if name.hasPrefix("gpt-5") { return true }
        guard name.first == "o", let second = name.dropFirst().first else { return false }
        return second.isNumber
    }

    /// Lowercased, without a router's `vendor/` prefix; Claude names with dots (`claude-sonnet-4.5`,
    /// OpenRouter's spelling) take Anthropic's dashes.
    static func normalized(_ model: String) -> String {
        var name = model.trimmingCharacters(in: .whitespaces).lowercased()
        if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
        if name.hasPrefix("claude") { name = name.replacingOccurrences(of: ".", with: "-") }
        return name
    }

    /// `-20250514`, `-2024-08-06`, `-latest`, `-0` (Anthropic's `claude-sonnet-4-0` alias), `-preview`.
    static func isVersionSuffix(_ suffix: Substring) -> Bool {
        guard suffix.first == "-" else { return false }
        let rest = suffix.dropFirst()
        if rest == "latest" || rest == "0" || rest == "preview" { return true }
        let digits = rest.filter(\.isNumber)
        if rest.count == 8, digits.count == 8 { return true }
        if rest.count == 10, digits.count == 8, rest.split(separator: "-").map(\.count) == [4, 2, 2] { return true }
        return false
    }
}
