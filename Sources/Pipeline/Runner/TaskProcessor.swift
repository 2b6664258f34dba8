import Queue

/// The work the runner does for one claimed task: the lead's per-article processing (clean →
/// summarize → translate → write).
///
/// Return the task's result as JSON text; it is stored with the task and read back for the digest.
/// Throw a `TaskFailure` to say whether the failure is worth retrying (any other error is retried
/// until the budget is spent). When the runner stops, the task is cancelled: throw
/// `CancellationError` (or let a cancelled call throw) and the task goes back to the queue without
/// spending an attempt.
public protocol TaskProcessor: Sendable {
    /// Processes one task and returns its result JSON.
    func process(_ task: ClaimedTask) async throws -> String
}
