import Foundation

/// How a `JobRunner` works through a run.
public struct RunnerConfiguration: Sendable {
    /// How many tasks are processed at once.
    public var concurrency: Int
    /// The most tasks taken in one claim.
    public var claimBatchSize: Int
    /// How long a claimed task stays reserved without a heartbeat; a crashed worker's tasks are
    /// claimable again after this.
    public var leaseDuration: Duration
    /// How often the leases of in-flight tasks are extended (well under `leaseDuration`).
    public var heartbeatInterval: Duration
    /// Attempts and backoff for failed tasks.
    public var retryPolicy: RetryPolicy
    /// How long in-flight tasks may go on after a stop request before they are cancelled and
    /// released.
    public var gracePeriod: Duration
    /// How often the runner looks again for claimable work when it has none (retries coming due,
    /// other workers' expired leases).
    public var idlePollInterval: Duration
    /// The name this runner holds leases under; unique per runner. Keep the form of
    /// `makeWorkerID()` so that runners can tell when its process is gone.
    public var workerID: String

    /// Creates a configuration.
    public init(
        concurrency: Int = 8,
        claimBatchSize: Int = 32,
        leaseDuration: Duration = .seconds(60),
        heartbeatInterval: Duration? = nil,
        retryPolicy: RetryPolicy = RetryPolicy(),
        gracePeriod: Duration = .seconds(10),
        idlePollInterval: Duration = .seconds(1),
        workerID: String = RunnerConfiguration.makeWorkerID()
    ) {
        self.concurrency = max(1, concurrency)
        self.claimBatchSize = max(1, claimBatchSize)
        self.leaseDuration = leaseDuration
        self.heartbeatInterval = heartbeatInterval ?? leaseDuration / 3
        self.retryPolicy = retryPolicy
        self.gracePeriod = gracePeriod
        self.idlePollInterval = idlePollInterval
        self.workerID = workerID
    }

    /// A worker name made of the host, the process ID and a random suffix (`host:pid:suffix`);
    /// a runner that finds leases held under such a name by a process of its host that is gone
    /// reclaims them at once instead of waiting for them to expire.
    public static func makeWorkerID() -> String {
        WorkerName.make()
    }
}
