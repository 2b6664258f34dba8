/// What a `retry` did.
public struct RetryOutcome: Sendable, Hashable {
    /// The run whose tasks were requeued; nil when the job has no run.
    public var run: RunID?
    /// How many tasks went back to the queue.
    public var requeued: Int

    /// Creates a retry outcome.
    public init(run: RunID?, requeued: Int) {
        self.run = run
        self.requeued = requeued
    }
}
