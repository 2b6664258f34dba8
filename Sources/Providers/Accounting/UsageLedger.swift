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
}
