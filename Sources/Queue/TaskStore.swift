import Foundation

/// A durable store of job runs and their tasks, shared by any number of workers and processes.
///
/// The runner only talks to this protocol, so a backend other than SQLite (PostgreSQL with
/// `FOR UPDATE SKIP LOCKED`) can be added without touching it. Every state change is one
/// transaction, and every change to a claimed task checks that the caller still owns its lease,
/// so a worker whose lease was taken over never overwrites the new owner's work.
public protocol TaskStore: Sendable {
    // MARK: Runs

    /// Creates a new run of `job` in the running state.
    func startRun(job: String, jobFileHash: String) async throws -> RunRecord

    /// The last run of `job` that has not finished (running after a crash, or interrupted), to
    /// resume it; nil when the last run finished or there is none.
    func resumableRun(job: String) async throws -> RunRecord?

    /// The run of `job` to work on, in one transaction: its unfinished run if it has one (which
    /// other processes may be working on too), else a new run. Two processes starting the same
    /// job at once therefore share one run. `resumed` tells which.
    func openRun(job: String, jobFileHash: String) async throws -> (run: RunRecord, resumed: Bool)

    /// The run with this identity, or nil.
    func run(_ id: RunID) async throws -> RunRecord?

    /// Runs, newest first: all of them, or only those of `job`.
    func runs(job: String?, limit: Int) async throws -> [RunRecord]

    /// Sets a run's state; `finished` and `interrupted` also stamp its end time, `running` clears it.
    func setState(_ state: RunState, of run: RunID) async throws

    // MARK: Tasks

    /// Adds tasks to a run in one transaction, skipping keys the run already holds.
    func enqueue(_ tasks: [NewTask], in run: RunID) async throws -> EnqueueSummary

    /// Claims up to `limit` claimable tasks of a run for `owner` in one statement: queued tasks,
    /// failed tasks whose next attempt time has come, and running tasks whose lease expired.
    /// Each claim counts one attempt.
    func claim(in run: RunID, owner: String, limit: Int, leaseDuration: Duration) async throws -> [ClaimedTask]

    /// Extends the leases of the tasks `owner` still holds, and returns those; a task missing from
    /// the answer was taken over (or ended) and its worker should stop.
    func heartbeat(_ tasks: [TaskID], owner: String, leaseDuration: Duration) async throws -> Set<TaskID>

    /// Stores a task's result and marks it done, if `owner` still holds it; returns whether it did.
    func complete(_ task: TaskID, owner: String, result: String) async throws -> Bool

    /// Records a failure, if `owner` still holds the task: the task becomes claimable again after
    /// `retryAfter`, or is dead when that is nil. Returns whether it did.
    func fail(_ task: TaskID, owner: String, message: String, retryAfter: Duration?) async throws -> Bool

    /// Puts tasks `owner` still holds back in the queue without spending an attempt (graceful
    /// stop); returns how many it released.
    func release(_ tasks: [TaskID], owner: String) async throws -> Int

    /// Ends several claims of `owner` in one transaction (each as `complete`, `fail` or `release`
    /// would) and returns the tasks it applied to; tasks `owner` no longer holds are left alone.
    /// Outcomes that are ready together are written together, still each before it is reported.
    func settle(_ tasks: [SettledTask], owner: String) async throws -> Set<TaskID>

    /// The workers holding leases on the run's running tasks.
    func leaseOwners(in run: RunID) async throws -> [String]

    /// Makes the tasks `owner` holds in a run claimable now, as if their leases had expired (for a
    /// worker known to be gone, such as a killed process); returns how many. Their claims keep the
    /// attempt they counted.
    func expireLeases(of owner: String, in run: RunID) async throws -> Int

    /// When nothing is claimable: how much of the run is left and when something becomes claimable.
    func pendingWork(in run: RunID) async throws -> PendingWork

    // MARK: Status and results

    /// How many tasks of a run are in each state.
    func counts(in run: RunID) async throws -> TaskCounts

    /// The last errors of a run's tasks, most recent first.
    func lastErrors(in run: RunID, limit: Int) async throws -> [TaskErrorSummary]

    /// Requeues the failed and/or dead tasks of the latest run of `job` with fresh attempts, and
    /// makes that run resumable again.
    func retry(job: String, _ selection: RetrySelection) async throws -> RetryOutcome

    /// One page of a run's done results in task order, after `after` (nil for the first page).
    func results(in run: RunID, after: TaskID?, limit: Int) async throws -> [TaskResult]

    // MARK: Request log

    /// Appends provider requests to the request log in one transaction.
    func record(_ requests: [RequestRecord]) async throws

    /// The logged requests of a run, oldest first.
    func requests(in run: RunID) async throws -> [RequestRecord]
}

extension TaskStore {
    /// Appends one provider request to the request log.
    public func record(_ request: RequestRecord) async throws {
        try await record([request])
    }

    /// The logged requests of the latest run of `job`, oldest first; empty when the job never ran.
    public func requests(job: String) async throws -> [RequestRecord] {
        guard let latest = try await runs(job: job, limit: 1).first else { return [] }
        return try await requests(in: latest.id)
    }

    /// Every done result of a run, read page by page so memory stays flat however large the run.
    public func doneResults(in run: RunID, pageSize: Int = 256) -> DoneResults {
        DoneResults(store: self, run: run, pageSize: pageSize)
    }
}
