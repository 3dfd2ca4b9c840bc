import Foundation
import RLMProviders

/// Token counts as the engine reports them (events, outcomes, trees), with snake_case keys on
/// the wire like every other engine message.
public struct TokenCounts: Sendable, Hashable, Codable {
    public var input: Int
    public var output: Int
    /// Input tokens read from the provider's prompt cache (part of `input`).
    public var cachedInput: Int
    /// Output tokens spent on hidden reasoning (part of `output`).
    public var reasoning: Int

    public init(input: Int = 0, output: Int = 0, cachedInput: Int = 0, reasoning: Int = 0) {
        self.input = input
        self.output = output
        self.cachedInput = cachedInput
        self.reasoning = reasoning
    }

    public init(_ usage: Usage) {
        self.init(input: usage.inputTokens, output: usage.outputTokens, cachedInput: usage.cachedInputTokens,
                  reasoning: usage.reasoningTokens)
    }

    public static let zero = TokenCounts()

    public var total: Int { input + output }

    public static func + (a: TokenCounts, b: TokenCounts) -> TokenCounts {
        TokenCounts(input: a.input + b.input, output: a.output + b.output, cachedInput: a.cachedInput + b.cachedInput,
                    reasoning: a.reasoning + b.reasoning)
    }

    public static func += (a: inout TokenCounts, b: TokenCounts) { a = a + b }

    enum CodingKeys: String, CodingKey {
        case input = "input_tokens"
        case output = "output_tokens"
        case cachedInput = "cached_input_tokens"
        case reasoning = "reasoning_tokens"
    }
}

/// Money spent, in US dollars at the model table's list prices. `unpricedCalls` counts calls
/// whose price was unknown (a model without prices, a server that reported no usage), so a
/// total says honestly when it is a lower bound.
public struct CostTotal: Sendable, Hashable, Codable, CustomStringConvertible {
    public var usd: Double
    public var unpricedCalls: Int

    public init(usd: Double = 0, unpricedCalls: Int = 0) {
        self.usd = usd
        self.unpricedCalls = unpricedCalls
    }

    public static let zero = CostTotal()

    /// One call's cost; nil (unknown) counts as an unpriced call.
    public init(call cost: Cost?) {
        if let cost {
            self.init(usd: cost.usd, unpricedCalls: cost.unpricedCalls)
        } else {
            self.init(usd: 0, unpricedCalls: 1)
        }
    }

    public static func + (a: CostTotal, b: CostTotal) -> CostTotal {
        CostTotal(usd: a.usd + b.usd, unpricedCalls: a.unpricedCalls + b.unpricedCalls)
    }

    public static func += (a: inout CostTotal, b: CostTotal) { a = a + b }

    public var description: String {
        Cost(usd: usd, unpricedCalls: unpricedCalls).description
    }

    enum CodingKeys: String, CodingKey {
        case usd
        case unpricedCalls = "unpriced_calls"
    }
}

/// Seconds in a Duration, as a Double.
func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) / 1e18
}
