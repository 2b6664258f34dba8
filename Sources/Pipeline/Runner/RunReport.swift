import Queue

/// What a runner did in one run, for the summary printed at the end.
public struct RunReport: Sendable, Hashable {
    /// How the runner's work on the run ended.
    public enum Outcome: String, Sendable, Hashable {
        /// Every task of the run is done or dead.
        case finished
        /// A stop was requested; unfinished tasks stay in the store for a resume.
        case interrupted
    }

    /// The run.
    public var run: RunID
    /// How the runner's work ended.
    public var outcome: Outcome
    /// Tasks this runner completed.
    public var done: Int
    /// Failures this runner recorded that will be retried.
    public var failed: Int
    /// Tasks this runner marked dead (not retryable, or out of attempts).
    public var dead: Int
    /// Tasks already done when the runner started (a resumed run).
    public var skipped: Int
    /// Tasks released back to the queue at a stop, no attempt spent.
    public var released: Int
    /// Tasks whose lease another worker took over before this one finished them; their results
    /// were discarded.
    public var lost: Int
    /// The run's task counts in the store when the runner ended.
    public var counts: TaskCounts
    /// How long the runner worked.
    public var wallTime: Duration

    /// Creates a report.
    public init(
        run: RunID, outcome: Outcome, done: Int = 0, failed: Int = 0, dead: Int = 0, skipped: Int = 0,
        released: Int = 0, lost: Int = 0, counts: TaskCounts = TaskCounts(), wallTime: Duration = .zero
    ) {
        self.run = run
        self.outcome = outcome
        self.done = done
        self.failed = failed
        self.dead = dead
        self.skipped = skipped
        self.released = released
        self.lost = lost
        self.counts = counts
        self.wallTime = wallTime
    }
}
