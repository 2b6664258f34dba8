import Foundation

/// One request sent to a provider, as the run's request log keeps it: when, to whom, how it
/// ended, how long it took and what it used. It never holds a key; bodies are kept only when a
/// client is asked to keep them, with any key the provider echoed redacted.
public struct ProviderRequestRecord: Sendable, Hashable {
    /// When the request was sent.
    public var startedAt: Date
    /// The provider's configured name.
    public var provider: String
    /// The model asked for, when the provider has models.
    public var model: String?
    /// The HTTP status of the reply; nil when no reply came (connection failure, timeout).
    public var status: Int?
    /// "ok", or the error's kind ("rate limited", "server error", "transport", …).
    public var outcome: String
    /// Seconds from sending to the end of the reply.
    public var latency: Double
    /// What the request used, as the provider reported it.
    public var usage: Usage
    /// The cost at the provider's configured prices, when it has prices.
    public var cost: Double?
    /// The request body, when bodies are kept.
    public var requestBody: String?
    /// The reply body, when bodies are kept.
    public var responseBody: String?

    /// Creates a record.
    public init(
        startedAt: Date, provider: String, model: String? = nil, status: Int? = nil, outcome: String,
        latency: Double, usage: Usage = .zero, cost: Double? = nil, requestBody: String? = nil, responseBody: String? = nil
    ) {
        self.startedAt = startedAt
        self.provider = provider
        self.model = model
        self.status = status
        self.outcome = outcome
        self.latency = latency
        self.usage = usage
        self.cost = cost
        self.requestBody = requestBody
        self.responseBody = responseBody
    }
}

/// Receives a record of every request a `ProviderClient` sends (the run's request log).
public struct ProviderRequestObserver: Sendable {
    /// Whether request and reply bodies are copied into records.
    public var keepsBodies: Bool
    /// Called once per request, from the task that sent it.
    public var record: @Sendable (ProviderRequestRecord) -> Void

    /// Creates an observer.
    public init(keepsBodies: Bool = false, record: @escaping @Sendable (ProviderRequestRecord) -> Void) {
        self.keepsBodies = keepsBodies
        self.record = record
    }
}
