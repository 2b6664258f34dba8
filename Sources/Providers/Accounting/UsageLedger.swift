import Synchronization

/// Sums the usage of every request in a run, per provider name; safe to share between tasks.
public final class UsageLedger: Sendable {
    private let totals = Mutex<[String: Usage]>([:])

    /// Creates an empty ledger.
    public init() {}

    /// Adds `usage` to the total of `provider`.
    public func record(_ usage: Usage, provider: String) {
        totals.withLock { $0[provider, default: .zero] += usage }
    }

    /// What `provider` consumed so far in this run.
    public func total(for provider: String) -> Usage {
        totals.withLock { $0[provider] ?? .zero }
    }

    /// The totals of every provider that answered at least once, by name.
    public var all: [String: Usage] {
        totals.withLock { $0 }
    }

    /// What the run cost at each provider that has prices configured, by name.
    public func costs(for providers: [ProviderConfiguration]) -> [String: Double] {
        let current = all
        var costs: [String: Double] = [:]
        for provider in providers {
            guard let prices = provider.prices, let usage = current[provider.name] else { continue }
            if let cost = usage.cost(at: prices) { costs[provider.name] = cost }
        }
        return costs
    }

    /// One line per provider of `providers` that answered in this run, in their order, e.g.
    /// "openai: 12 requests, 5400 tokens in, 900 out, 0.0014 USD"; for the end of a run.
    public func summary(for providers: [ProviderConfiguration]) -> [String] {
        let current = all
        return providers.compactMap { provider in
            guard let usage = current[provider.name] else { return nil }
            var parts = ["\(usage.requests) request\(usage.requests == 1 ? "" : "s")"]
            if usage.totalTokens > 0 { parts.append("\(usage.inputTokens) tokens in, \(usage.outputTokens) out") }
            if usage.characters > 0 { parts.append("\(usage.characters) characters") }
            if let prices = provider.prices, let cost = usage.cost(at: prices) {
                parts.append("\((cost * 10_000).rounded() / 10_000) \(prices.currency)")
            }
            return "\(provider.name): " + parts.joined(separator: ", ")
        }
    }
}
