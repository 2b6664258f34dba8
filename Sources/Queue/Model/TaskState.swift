/// Where one task stands in its life: queued → running → done | failed → dead.
public enum TaskState: String, Sendable, Codable, CaseIterable {
    /// Waiting to be claimed.
    case queued
    /// Claimed by a worker holding a lease; claimable again once the lease expires.
    case running
    /// Processed successfully; its result is stored.
    case done
    /// Failed, and will be claimed again at its next attempt time.
    case failed
    /// Failed for good: the retry budget is spent or the failure cannot be retried.
    case dead

    /// Whether the task has ended (done or dead) and no runner will touch it again unless retried.
    public var isTerminal: Bool { self == .done || self == .dead }
}
