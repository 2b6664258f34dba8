/// How many tasks of a run are in each state.
public struct TaskCounts: Sendable, Hashable, Codable {
    /// Tasks waiting to be claimed.
    public var queued: Int
    /// Tasks held by a worker (or by a crashed worker until the lease expires).
    public var running: Int
    /// Tasks processed successfully.
    public var done: Int
    /// Tasks that failed and wait for their next attempt.
    public var failed: Int
    /// Tasks that failed for good.
    public var dead: Int

    /// Creates counts.
    public init(queued: Int = 0, running: Int = 0, done: Int = 0, failed: Int = 0, dead: Int = 0) {
        self.queued = queued
        self.running = running
        self.done = done
        self.failed = failed
        self.dead = dead
    }

    /// Every task of the run.
    public var total: Int { queued + running + done + failed + dead }

    /// Tasks that have not ended yet (queued, running or failed).
    public var unfinished: Int { queued + running + failed }

    /// The count for one state.
    public subscript(state: TaskState) -> Int {
        get {
            switch state {
            case .queued: queued
            case .running: running
            case .done: done
            case .failed: failed
            case .dead: dead
            }
        }
        set {
            switch state {
            case .queued: queued = newValue
            case .running: running = newValue
            case .done: done = newValue
            case .failed: failed = newValue
            case .dead: dead = newValue
            }
        }
    }
}
