import XCTest

@testable import RLMProviders

final class ModelTableTests: XCTestCase {
    let table = ModelTable.builtIn

    func testKnownModelsHaveWindowsAndPrices() {
        for name in [
            "gpt-4.1", "gpt-4.1-mini", "gpt-4o", "gpt-4o-mini", "o3", "o4-mini", "gpt-5", "gpt-5-mini",
            "claude-opus-4", "claude-sonnet-4", "claude-sonnet-4-5", "claude-3-5-haiku", "claude-haiku-4-5",
        ] {
            let info = table.info(for: name)
            XCTAssertNotNil(info?.contextWindow, name)
            XCTAssertNotNil(info?.inputPerMillion, name)
            XCTAssertNotNil(info?.outputPerMillion, name)
        }
        XCTAssertEqual(table.info(for: "gpt-4.1")?.contextWindow, 1_047_576)
        XCTAssertEqual(table.info(for: "claude-sonnet-4")?.outputPerMillion, 15)
    }

    func testDatedAliasedAndRoutedNames() {
        XCTAssertEqual(table.info(for: "claude-sonnet-4-20250514"), table.info(for: "claude-sonnet-4"))
        XCTAssertEqual(table.info(for: "claude-3-5-haiku-latest"), table.info(for: "claude-3-5-haiku"))
        XCTAssertEqual(table.info(for: "claude-opus-4-0"), table.info(for: "claude-opus-4"))
        XCTAssertEqual(table.info(for: "claude-opus-4-1-20250805"), table.info(for: "claude-opus-4-1"))
        XCTAssertEqual(table.info(for: "gpt-4o-2024-08-06"), table.info(for: "gpt-4o"))
        XCTAssertEqual(table.info(for: "gpt-4o-mini-2024-07-18"), table.info(for: "gpt-4o-mini"))
        XCTAssertEqual(table.info(for: "openai/gpt-4.1"), table.info(for: "gpt-4.1"))
        XCTAssertEqual(table.info(for: "anthropic/claude-sonnet-4.5"), table.info(for: "claude-sonnet-4-5"))
        XCTAssertEqual(table.info(for: "GPT-4.1"), table.info(for: "gpt-4.1"))
    }

    func testAPrefixIsNotAVariant() {
        let small = ModelTable(["gpt-4.1": ModelInfo(contextWindow: 1, inputPerMillion: 1, outputPerMillion: 1)])
        XCTAssertNil(small.info(for: "gpt-4.1-nano"))
        XCTAssertNil(small.info(for: "gpt-4.10"))
        XCTAssertNotNil(small.info(for: "gpt-4.1-2025-04-14"))
    }

    func testUnknownModelsHaveNoCostButDoNotFail() {
        XCTAssertNil(table.info(for: "llama3.1:8b"))
        XCTAssertNil(table.cost(of: Usage(inputTokens: 1000, outputTokens: 1000), model: "llama3.1:8b"))
        XCTAssertNil(table.info(for: ""))
    }

    func testCostUsesCachedAndCacheWritePrices() throws {
        // gpt-4.1-mini: $0.40 in, $0.10 cached in, $1.60 out per million.
        let openAI = try XCTUnwrap(
            table.cost(of: Usage(inputTokens: 1_000_000, outputTokens: 500_000, cachedInputTokens: 400_000), model: "gpt-4.1-mini"))
        let expected: Double = 0.6 * 0.40 + 0.4 * 0.10 + 0.5 * 1.60
        XCTAssertEqual(openAI.usd, expected, accuracy: 1e-9)
        // claude-sonnet-4: $3 in, $0.30 cache read, $3.75 cache write, $15 out.
        let anthropic = try XCTUnwrap(
            table.cost(
                of: Usage(inputTokens: 1_000, outputTokens: 100, cachedInputTokens: 600, cacheWriteInputTokens: 300),
                model: "claude-sonnet-4-20250514"))
        let expectedMicroDollars: Double = 100 * 3 + 600 * 0.30 + 300 * 3.75 + 100 * 15
        XCTAssertEqual(anthropic.usd, expectedMicroDollars / 1e6, accuracy: 1e-12)
    }

    func testOverridesMergeFieldByField() {
        let merged = table.merging([
            "gpt-4.1": ModelInfo(inputPerMillion: 1.5),
            "my-local-model": ModelInfo(contextWindow: 32_768),
        ])
        XCTAssertEqual(merged.info(for: "gpt-4.1")?.inputPerMillion, 1.5)
        XCTAssertEqual(merged.info(for: "gpt-4.1")?.outputPerMillion, 8.0)
        XCTAssertEqual(merged.info(for: "gpt-4.1")?.contextWindow, 1_047_576)
        XCTAssertEqual(merged.info(for: "my-local-model")?.contextWindow, 32_768)
        // A model with a window but no prices has an unknown cost.
        XCTAssertNil(merged.cost(of: Usage(inputTokens: 10), model: "my-local-model"))
    }

    func testCostTotalsCountUnpricedCalls() {
        var total = Cost.zero
        total.add(Cost(usd: 0.25))
        total.add(nil)
        total.add(Cost(usd: 0.5))
        XCTAssertEqual(total.usd, 0.75, accuracy: 1e-12)
        XCTAssertEqual(total.unpricedCalls, 1)
        XCTAssertFalse(total.isComplete)
        XCTAssertEqual(total.description, "$0.7500 + 1 unpriced call")
        XCTAssertEqual(Cost.format(0.000042), "$0.000042")
        let sum = Usage(inputTokens: 3, outputTokens: 4) + Usage(inputTokens: 1, cachedInputTokens: 1)
        XCTAssertEqual(sum, Usage(inputTokens: 4, outputTokens: 4, cachedInputTokens: 1))
    }
}
