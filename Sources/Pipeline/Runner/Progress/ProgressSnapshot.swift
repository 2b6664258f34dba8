/// Where a run stands, as the progress display shows it.
public struct ProgressSnapshot: Sendable, Hashable {
    /// Tasks in the run.
    public var total: Int
    /// Tasks done, including those done before this runner started.
    public var done: Int
    /// Failures recorded by this runner that wait for another attempt.
    public var failed: Int
    /// Tasks dead (this runner's and earlier ones).
    public var dead: Int
    /// Tasks being processed now.
    public var inFlight: Int
    /// Tasks this runner completed (the basis of the rate).
    public var doneByThisRunner: Int
    /// Time since the runner started.
    public var elapsed: Duration

    /// Creates a snapshot.
    public init(total: Int, done: Int, failed: Int, dead: Int, inFlight: Int, doneByThisRunner: Int, elapsed: Duration) {
        self.total = total
        self.done = done
        self.failed = failed
        self.dead = dead
        self.inFlight = inFlight
        self.doneByThisRunner = doneByThisRunner
        self.elapsed = elapsed
    }

    /// Tasks completed per second by this runner; 0 before the first.
    public var rate: Double {
        let seconds = elapsed.seconds
        return seconds > 0 ? Double(doneByThisRunner) / seconds : 0
    }

    /// The estimated time left at the current rate; nil while no rate is known.
    public var estimatedTimeLeft: Duration? {
        let left = max(0, total - done - dead)
        let rate = rate
        guard rate > 0 else { return nil }
        return .milliseconds(Int64((Double(left) / rate * 1000).rounded()))
    }

    /// The share of tasks ended (done or dead), from 0 to 1.
    public var fraction: Double {
        total > 0 ? min(1, Double(done + dead) / Double(total)) : 1
    }
}
