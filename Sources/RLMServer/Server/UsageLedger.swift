import Foundation
import RLMEngine
import Synchronization

/// Usage per model and in total since the server started, counted from the `model_response`
/// events of every run (`rlm/stats`).
final class UsageLedger: Sendable {
    private struct Entry {
        var calls = 0
        var cachedCalls = 0
        var failedCalls = 0
        var tokens = TokenCounts.zero
        var cost = CostTotal.zero
    }

    private let started = Date()
    private let entries = Mutex<[String: Entry]>([:])

    func apply(_ event: TraceEvent) {
        guard case .modelResponse(let response) = event.payload else { return }
        entries.withLock { entries in
            var entry = entries[response.model] ?? Entry()
            if response.cached {
                entry.cachedCalls += 1
            } else {
                entry.calls += 1
                if response.error != nil { entry.failedCalls += 1 }
                if let tokens = response.tokens { entry.tokens += tokens }
                if response.error == nil {
                    entry.cost += response.cost.map { CostTotal(usd: $0) } ?? CostTotal(usd: 0, unpricedCalls: 1)
                }
            }
            entries[response.model] = entry
        }
    }

    func stats(sessions: Int, runs: [RunRecord]) -> StatsResult {
        let snapshot = entries.withLock { $0 }
        var byStatus: [String: Int] = [:]
        var running = 0
        for run in runs {
            let status = run.status
            if status == "running" { running += 1 } else { byStatus[status, default: 0] += 1 }
        }
        var totalTokens = TokenCounts.zero
        var totalCost = CostTotal.zero
        var totalCalls = 0
        let models = snapshot.keys.sorted().map { model -> StatsResult.ModelUsage in
            let entry = snapshot[model]!
            totalTokens += entry.tokens
            totalCost += entry.cost
            totalCalls += entry.calls
            return StatsResult.ModelUsage(
                model: model, calls: entry.calls, cachedCalls: entry.cachedCalls, failedCalls: entry.failedCalls,
                inputTokens: entry.tokens.input, outputTokens: entry.tokens.output, cachedInputTokens: entry.tokens.cachedInput,
                reasoningTokens: entry.tokens.reasoning, costUsd: entry.cost.usd, unpricedCalls: entry.cost.unpricedCalls)
        }
        return StatsResult(
            uptimeSeconds: Date().timeIntervalSince(started), sessions: sessions,
            runs: StatsResult.RunCounts(total: runs.count, running: running, byStatus: byStatus),
            models: models, total: UsageSummary(tokens: totalTokens, cost: totalCost, llmCalls: totalCalls))
    }
}
