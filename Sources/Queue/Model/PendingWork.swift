import Foundation

/// What is left of a run when nothing can be claimed right now, so a runner knows whether to wait
/// or to finish.
public struct PendingWork: Sendable, Hashable {
    /// Tasks not yet ended (queued, running or failed).
    public var unfinished: Int
    /// The earliest moment one of them becomes claimable (a retry's next attempt or another
    /// worker's lease expiry); nil when none is waiting.
    public var nextClaimableAt: Date?

    /// Creates a summary of pending work.
    public init(unfinished: Int, nextClaimableAt: Date?) {
        self.unfinished = unfinished
        self.nextClaimableAt = nextClaimableAt
    }
}
