import Foundation

/// A task a worker has claimed: it holds the lease until `leaseExpiresAt` unless it heart-beats.
public struct ClaimedTask: Sendable, Hashable {
    /// The task's identity.
    public var id: TaskID
    /// The run the task belongs to.
    public var runID: RunID
    /// The article's identity within the run (content hash or URL).
    public var key: String
    /// The article as JSON text, as it was enqueued.
    public var payload: String
    /// Which attempt this is, starting at 1. Every claim counts as an attempt (a worker that
    /// crashed holding the task spent one) except claims ended by a release.
    public var attempt: Int
    /// The worker holding the lease.
    public var owner: String
    /// When the lease runs out unless extended by a heartbeat.
    public var leaseExpiresAt: Date

    /// Creates a claimed task.
    public init(id: TaskID, runID: RunID, key: String, payload: String, attempt: Int, owner: String, leaseExpiresAt: Date) {
        self.id = id
        self.runID = runID
        self.key = key
        self.payload = payload
        self.attempt = attempt
        self.owner = owner
        self.leaseExpiresAt = leaseExpiresAt
    }
}
