/// Which ended tasks `retry` puts back in the queue.
public enum RetrySelection: Sendable, Hashable, CaseIterable {
    /// Tasks waiting for their next attempt (made claimable now, attempts reset).
    case failed
    /// Tasks that failed for good.
    case dead
    /// Both.
    case failedAndDead

    /// The task states selected.
    public var states: [TaskState] {
        switch self {
        case .failed: [.failed]
        case .dead: [.dead]
        case .failedAndDead: [.failed, .dead]
        }
    }
}
