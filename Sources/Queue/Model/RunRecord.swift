import Foundation

/// One run of a job as the store keeps it.
public struct RunRecord: Sendable, Hashable, Codable {
    /// The run's identity.
    public var id: RunID
    /// The job's name (from its job file).
    public var job: String
    /// The content hash of the job file the run was started with, to tell whether a resume runs
    /// the same job definition.
    public var jobFileHash: String
    /// Where the run stands.
    public var state: RunState
    /// When the run was created.
    public var startedAt: Date
    /// When the run finished or was interrupted; nil while running.
    public var finishedAt: Date?

    /// Creates a run record.
    public init(id: RunID, job: String, jobFileHash: String, state: RunState, startedAt: Date, finishedAt: Date?) {
        self.id = id
        self.job = job
        self.jobFileHash = jobFileHash
        self.state = state
        self.startedAt = startedAt
        self.finishedAt = finishedAt
    }
}
