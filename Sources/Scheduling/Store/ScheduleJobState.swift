import Foundation

/// What the store remembers about one scheduled job.
public struct ScheduleJobState: Equatable, Sendable {
    /// The job's name.
    public var name: String
    /// Every fire time up to and including this instant has been handled (run or skipped); on a
    /// job's first sighting, the instant from which its fire times count.
    public var handledThrough: Date
    /// The fire time of the latest run started, if any.
    public var lastFireTime: Date?
    /// When the latest run started.
    public var lastStartedAt: Date?
    /// When the latest run ended.
    public var lastFinishedAt: Date?
    /// The latest run's failure, nil when it succeeded (or is still running).
    public var lastError: String?
}

/// A job's lock: held by one scheduler while that job runs, reclaimable once expired.
public struct ScheduleLock: Equatable, Sendable {
    /// The job's name.
    public var jobName: String
    /// The scheduler holding it ("host:pid:random").
    public var owner: String
    /// The fire time being run.
    public var fireTime: Date
    /// When it was taken.
    public var acquiredAt: Date
    /// When it lapses unless renewed; the holder renews it while the job runs.
    public var expiresAt: Date
}
