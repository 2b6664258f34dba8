/// A snapshot of a `ProviderGate`, for progress lines and diagnostics.
public struct ProviderGateStatus: Sendable, Equatable {
    /// Attempts running now.
    public var inFlight: Int
    /// Callers waiting for a free slot.
    public var queued: Int
    /// Requests whose first attempt has started.
    public var requests: Int
    /// Retries started, all requests together.
    public var retries: Int
    /// Transient failures since the last success.
    public var consecutiveFailures: Int
    /// Whether the circuit refuses requests (open, or half-open with its probe out).
    public var isCircuitOpen: Bool
    /// Whether the provider was stopped for the rest of the run.
    public var isStopped: Bool
    /// Until when every worker waits because the provider asked to (Retry-After), while that is
    /// still ahead.
    public var pausedUntil: ContinuousClock.Instant?

    /// Creates a snapshot.
    public init(
        inFlight: Int, queued: Int, requests: Int, retries: Int, consecutiveFailures: Int,
        isCircuitOpen: Bool, isStopped: Bool, pausedUntil: ContinuousClock.Instant?
    ) {
        self.inFlight = inFlight
        self.queued = queued
        self.requests = requests
        self.retries = retries
        self.consecutiveFailures = consecutiveFailures
        self.isCircuitOpen = isCircuitOpen
        self.isStopped = isStopped
        self.pausedUntil = pausedUntil
    }
}
