extension ModelTable {
    /// Current OpenAI and Anthropic models: list prices in USD per million tokens and windows, as
    /// published by the providers at the time of writing (see Docs/providers.md). Prices change;
    /// a config file's `models` section overrides any entry and adds new ones.
    public static let builtIn = ModelTable([
        // OpenAI. Cached input is OpenAI's automatic prompt caching.
        "gpt-5.1": openAI(400_000, out: 128_000, 1.25, 10.00, cached: 0.125, reasoning: true),
        "gpt-5": openAI(400_000, out: 128_000, 1.25, 10.00, cached: 0.125, reasoning: true),
        "gpt-5-mini": openAI(400_000, out: 128_000, 0.25, 2.00, cached: 0.025, reasoning: true),
        "gpt-5-nano": openAI(400_000, out: 128_000, 0.05, 0.40, cached: 0.005, reasoning: true),
        "gpt-4.1": openAI(1_047_576, out: 32_768, 2.00, 8.00, cached: 0.50),
        "gpt-4.1-mini": openAI(1_047_576, out: 32_768, 0.40, 1.60, cached: 0.10),
        "gpt-4.1-nano": openAI(1_047_576, out: 32_768, 0.10, 0.40, cached: 0.025),
        "gpt-4o": openAI(128_000, out: 16_384, 2.50, 10.00, cached: 1.25),
        "gpt-4o-mini": openAI(128_000, out: 16_384, 0.15, 0.60, cached: 0.075),
        "o3": openAI(200_000, out: 100_000, 2.00, 8.00, cached: 0.50, reasoning: true),
        "o3-pro": openAI(200_000, out: 100_000, 20.00, 80.00, cached: nil, reasoning: true),
        "o3-mini": openAI(200_000, out: 100_000, 1.10, 4.40, cached: 0.55, reasoning: true),
        "o4-mini": openAI(200_000, out: 100_000, 1.10, 4.40, cached: 0.275, reasoning: true),
        "o1": openAI(200_000, out: 100_000, 15.00, 60.00, cached: 7.50, reasoning: true),

        // Anthropic. Cache reads cost 0.1x input, 5-minute cache writes 1.25x.
        "claude-opus-4-5": anthropic(200_000, out: 64_000, 5.00, 25.00),
        "claude-opus-4-1": anthropic(200_000, out: 32_000, 15.00, 75.00),
        "claude-opus-4": anthropic(200_000, out: 32_000, 15.00, 75.00),
        "claude-sonnet-4-5": anthropic(200_000, out: 64_000, 3.00, 15.00),
        "claude-sonnet-4": anthropic(200_000, out: 64_000, 3.00, 15.00),
        "claude-3-7-sonnet": anthropic(200_000, out: 64_000, 3.00, 15.00),
        "claude-haiku-4-5": anthropic(200_000, out: 64_000, 1.00, 5.00),
        "claude-3-5-haiku": anthropic(200_000, out: 8_192, 0.80, 4.00),
        "claude-3-haiku": anthropic(200_000, out: 4_096, 0.25, 1.25),
    ])

    private static func openAI(
        _ window: Int, out: Int, _ input: Double, _ output: Double, cached: Double?, reasoning: Bool = false
    ) -> ModelInfo {
        ModelInfo(
            contextWindow: window, maxOutputTokens: out, inputPerMillion: input, outputPerMillion: output,
            cachedInputPerMillion: cached, reasoning: reasoning)
    }

    private static func anthropic(_ window: Int, out: Int, _ input: Double, _ output: Double) -> ModelInfo {
        ModelInfo(
            contextWindow: window, maxOutputTokens: out, inputPerMillion: input, outputPerMillion: output,
            cachedInputPerMillion: input * 0.1, cacheWritePerMillion: input * 1.25)
    }
}
