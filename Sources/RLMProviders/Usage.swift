import Foundation

/// Token counts of one call, or of many summed.
///
/// `inputTokens` counts every input token, those served from the provider's prompt cache included
/// (OpenAI reports it that way; Anthropic's `input_tokens` excludes cache reads and writes, so they
/// are added back). `cachedInputTokens` and `cacheWriteInputTokens` say how many of them were
/// cache reads (cheaper) and cache writes (dearer, Anthropic only).
public struct Usage: Sendable, Hashable, Codable {
    public var inputTokens: Int
    public var outputTokens: Int
    public var cachedInputTokens: Int
    public var cacheWriteInputTokens: Int
    /// Output tokens spent on hidden reasoning (OpenAI o-series and gpt-5), part of `outputTokens`.
    public var reasoningTokens: Int

    public init(
        inputTokens: Int = 0, outputTokens: Int = 0, cachedInputTokens: Int = 0,
        cacheWriteInputTokens: Int = 0, reasoningTokens: Int = 0
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedInputTokens = cachedInputTokens
        self.cacheWriteInputTokens = cacheWriteInputTokens
        self.reasoningTokens = reasoningTokens
    }

    public static let zero = Usage()

    public var totalTokens: Int { inputTokens + outputTokens }

    /// Input tokens billed at the plain input price.
    public var uncachedInputTokens: Int { max(0, inputTokens - cachedInputTokens - cacheWriteInputTokens) }

    public static func + (a: Usage, b: Usage) -> Usage {
        Usage(
            inputTokens: a.inputTokens + b.inputTokens,
            outputTokens: a.outputTokens + b.outputTokens,
            cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
            cacheWriteInputTokens: a.cacheWriteInputTokens + b.cacheWriteInputTokens,
            reasoningTokens: a.reasoningTokens + b.reasoningTokens
        )
    }

    public static func += (a: inout Usage, b: Usage) { a = a + b }
}

/// Money spent, in US dollars, at list prices from the model table.
///
/// A call whose price is unknown (a model not in the table, or no usage reported) has no `Cost`
/// (`Completion.cost == nil`). When totals are summed with `add(_:)`, such calls are counted in
/// `unpricedCalls`, so a total says honestly that it is a lower bound.
public struct Cost: Sendable, Hashable, Codable, CustomStringConvertible {
    public var usd: Double
    /// Calls summed into this total whose price was unknown and is not in `usd`.
    public var unpricedCalls: Int

    public init(usd: Double, unpricedCalls: Int = 0) {
        self.usd = usd
        self.unpricedCalls = unpricedCalls
    }

    public static let zero = Cost(usd: 0)

    /// True when every call summed here had a price.
    public var isComplete: Bool { unpricedCalls == 0 }

    public static func + (a: Cost, b: Cost) -> Cost {
        Cost(usd: a.usd + b.usd, unpricedCalls: a.unpricedCalls + b.unpricedCalls)
    }

    public static func += (a: inout Cost, b: Cost) { a = a + b }

    /// Adds one call's cost; nil (unknown) counts as an unpriced call.
    public mutating func add(_ cost: Cost?) {
        if let cost { self += cost } else { unpricedCalls += 1 }
    }

    public var description: String {
        let amount = Cost.format(usd)
        return isComplete ? amount : "\(amount) + \(unpricedCalls) unpriced call\(unpricedCalls == 1 ? "" : "s")"
    }

    /// Dollars with enough digits for the tiny amounts single calls cost ("$0.000042").
    public static func format(_ usd: Double) -> String {
        if usd == 0 { return "$0" }
        if usd >= 1 { return "$" + String(format: "%.2f", usd) }
        if usd >= 0.01 { return "$" + String(format: "%.4f", usd) }
        return "$" + String(format: "%.6f", usd)
    }
}
