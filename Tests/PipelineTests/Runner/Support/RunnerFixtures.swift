import Foundation
import Pipeline
import Queue
import Synchronization

/// A processor made of a closure, so each test says what processing does.
struct ClosureProcessor: TaskProcessor {
    let body: @Sendable (ClaimedTask) async throws -> String

    init(_ body: @escaping @Sendable (ClaimedTask) async throws -> String) {
        self.body = body
    }

    func process(_ task: ClaimedTask) async throws -> String {
        try await body(task)
    }
}

/// A store file in a fresh temporary directory, removed when the value goes away.
final class RunnerStoreFile: Sendable {
    let directory: URL
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("warta.sqlite").path
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A store on its own database pool, as another process would have.
    func open() throws -> SQLiteTaskStore {
        try SQLiteTaskStore(path: path)
    }

    /// A new run of `job` holding `count` articles keyed `article-0`, `article-1`, ….
    func run(_ store: SQLiteTaskStore, job: String = "runner-test", articles count: Int) async throws -> RunID {
        let run = try await store.startRun(job: job, jobFileHash: "hash")
        let tasks = (0..<count).map { NewTask(key: "article-\($0)", payload: #"{"n":\#($0)}"#) }
        _ = try await store.enqueue(tasks, in: run.id)
        return run.id
    }
}

/// Counts shared by a processor's concurrent calls.
final class CallLog: Sendable {
    private struct State {
        var calls: [String: Int] = [:]
        var current = 0
        var peak = 0
    }

    private let state = Mutex(State())

    /// Records a call for `key` and marks it in flight.
    func begin(_ key: String) {
        state.withLock {
            $0.calls[key, default: 0] += 1
            $0.current += 1
            $0.peak = max($0.peak, $0.current)
        }
    }

    /// Marks a call finished.
    func end() {
        state.withLock { $0.current -= 1 }
    }

    /// Calls per key.
    var calls: [String: Int] { state.withLock { $0.calls } }

    /// The most calls in flight at once.
    var peak: Int { state.withLock { $0.peak } }

    /// All calls.
    var total: Int { state.withLock { $0.calls.values.reduce(0, +) } }
}

/// A configuration with short waits, for tests.
func quickConfiguration(
    concurrency: Int = 4, maxAttempts: Int = 3, lease: Duration = .seconds(30), grace: Duration = .milliseconds(200),
    workerID: String = RunnerConfiguration.makeWorkerID()
) -> RunnerConfiguration {
    RunnerConfiguration(
        concurrency: concurrency, claimBatchSize: 8, leaseDuration: lease,
        retryPolicy: RetryPolicy(maxAttempts: maxAttempts, initialDelay: .milliseconds(5), multiplier: 2, maxDelay: .milliseconds(20)),
        gracePeriod: grace, idlePollInterval: .milliseconds(20), workerID: workerID)
}
