import Foundation
import GRDB
import Storage

/// The task store in Warta's SQLite file (opened by `StoreDatabase.open(at:)`), shared safely by
/// several processes: every write is one `BEGIN IMMEDIATE` transaction, and a claim is a single
/// `UPDATE … RETURNING`, so two workers can never claim the same task.
public final class SQLiteTaskStore: TaskStore {
    /// The database the queue tables live in.
    public let database: any DatabaseWriter
    private let now: @Sendable () -> Date

    /// Opens the queue in a store database, creating or upgrading its tables.
    ///
    /// - Parameters:
    ///   - database: the store, usually `StoreDatabase.open(at:)` (a WAL pool several processes
    ///     share) or `StoreDatabase.openInMemory()` for a dry run.
    ///   - clock: the time source for leases and retries; tests pass a controllable one.
    public init(database: any DatabaseWriter, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.database = database
        self.now = clock
        // synchronous=NORMAL in WAL mode: a commit no longer waits for fsync; the WAL is synced at
        // each checkpoint instead. Committed work survives any crash of the process (the WAL is in
        // the OS's cache); only an OS crash or power loss can drop the last transactions, which the
        // queue then redoes (their tasks' leases expire). FULL would cost a fsync per task.
        do {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            try Self.migrate(database)
        } catch let error as QueueError {
            throw error
        } catch {
            throw QueueError.migrationFailed(reason: "\(error)")
        }
    }

    /// Opens (creating if needed) the store file at `path` and the queue in it.
    public convenience init(path: String) throws {
        try self.init(database: StoreDatabase.open(at: path))
    }

    private static func migrate(_ database: any DatabaseWriter) throws {
        do {
            try QueueSchema.migrator.migrate(database)
        } catch {
            // Two processes opening a fresh store at once can race on the migration table; the
            // loser finds the tables made by the winner on a second pass.
            Thread.sleep(forTimeInterval: 0.05)
            if try database.read({ try QueueSchema.migrator.hasCompletedMigrations($0) }) { return }
            try QueueSchema.migrator.migrate(database)
        }
    }

    private func timestamp() -> Double { now().timeIntervalSince1970 }

    // MARK: Runs

    /// Creates a new run of `job` in the running state.
    public func startRun(job: String, jobFileHash: String) async throws -> RunRecord {
        let started = timestamp()
        return try await database.write { db in
            try db.execute(
                sql: "INSERT INTO queue_runs (job, job_file_hash, state, started_at) VALUES (?, ?, 'running', ?)",
                arguments: [job, jobFileHash, started])
            return RunRecord(
                id: RunID(db.lastInsertedRowID), job: job, jobFileHash: jobFileHash, state: .running,
                startedAt: Date(timeIntervalSince1970: started), finishedAt: nil)
        }
    }

    /// The last run of `job` unless it finished (see `TaskStore.resumableRun(job:)`).
    public func resumableRun(job: String) async throws -> RunRecord? {
        try await database.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT * FROM queue_runs WHERE job = ? ORDER BY id DESC LIMIT 1", arguments: [job])
            guard let run = try row.map(Self.runRecord) else { return nil }
            return run.state == .finished ? nil : run
        }
    }

    /// The unfinished run of `job`, or a new one (see `TaskStore.openRun(job:jobFileHash:)`).
    public func openRun(job: String, jobFileHash: String) async throws -> (run: RunRecord, resumed: Bool) {
        let started = timestamp()
        return try await database.write { db in
            // The write transaction holds SQLite's write lock from its first statement, so no
            // other process can insert a run between this read and the insert below.
            let row = try Row.fetchOne(db, sql: "SELECT * FROM queue_runs WHERE job = ? ORDER BY id DESC LIMIT 1", arguments: [job])
            if let last = try row.map(Self.runRecord), last.state != .finished {
                return (last, true)
            }
            try db.execute(
                sql: "INSERT INTO queue_runs (job, job_file_hash, state, started_at) VALUES (?, ?, 'running', ?)",
                arguments: [job, jobFileHash, started])
            let run = RunRecord(
                id: RunID(db.lastInsertedRowID), job: job, jobFileHash: jobFileHash, state: .running,
                startedAt: Date(timeIntervalSince1970: started), finishedAt: nil)
            return (run, false)
        }
    }

    /// The run with this identity, or nil.
    public func run(_ id: RunID) async throws -> RunRecord? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM queue_runs WHERE id = ?", arguments: [id.rawValue]).map(Self.runRecord)
        }
    }

    /// Runs, newest first: all of them, or only those of `job`.
    public func runs(job: String?, limit: Int) async throws -> [RunRecord] {
        try await database.read { db in
            let rows: [Row]
            if let job {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM queue_runs WHERE job = ? ORDER BY id DESC LIMIT ?", arguments: [job, limit])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM queue_runs ORDER BY id DESC LIMIT ?", arguments: [limit])
            }
            return try rows.map(Self.runRecord)
        }
    }

    /// Sets a run's state and stamps or clears its end time.
    public func setState(_ state: RunState, of run: RunID) async throws {
        let time = timestamp()
        try await database.write { db in
            try db.execute(
                sql: "UPDATE queue_runs SET state = ?, finished_at = ? WHERE id = ?",
                arguments: [state.rawValue, state == .running ? nil : time, run.rawValue])
            if db.changesCount == 0 { throw QueueError.unknownRun(run) }
        }
    }

    private static func runRecord(_ row: Row) throws -> RunRecord {
        let stateText: String = row["state"]
        guard let state = RunState(rawValue: stateText) else {
            throw QueueError.corruptRow(table: "queue_runs", reason: "unknown run state '\(stateText)'")
        }
        let finished: Double? = row["finished_at"]
        return RunRecord(
            id: RunID(row["id"]), job: row["job"], jobFileHash: row["job_file_hash"], state: state,
            startedAt: Date(timeIntervalSince1970: row["started_at"]),
            finishedAt: finished.map(Date.init(timeIntervalSince1970:)))
    }

    // MARK: Tasks

    /// Adds tasks to a run in one transaction, skipping keys the run already holds.
    public func enqueue(_ tasks: [NewTask], in run: RunID) async throws -> EnqueueSummary {
        let time = timestamp()
        return try await database.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM queue_runs WHERE id = ?", arguments: [run.rawValue]) != nil else {
                throw QueueError.unknownRun(run)
            }
            let insert = try db.cachedStatement(sql: """
                INSERT INTO queue_tasks (run_id, key, payload, state, available_at, enqueued_at, updated_at)
                VALUES (?, ?, ?, 'queued', ?, ?, ?)
                ON CONFLICT (run_id, key) DO NOTHING
                """)
            var inserted = 0
            for task in tasks {
                try insert.execute(arguments: [run.rawValue, task.key, task.payload, time, time, time])
                inserted += db.changesCount
            }
            return EnqueueSummary(inserted: inserted, duplicates: tasks.count - inserted)
        }
    }

    /// Claims up to `limit` claimable tasks in one `UPDATE … RETURNING`, oldest availability first.
    public func claim(in run: RunID, owner: String, limit: Int, leaseDuration: Duration) async throws -> [ClaimedTask] {
        guard limit > 0 else { return [] }
        let time = timestamp()
        let expiry = time + leaseDuration.seconds
        return try await database.write { db in
            let statement = try db.cachedStatement(sql: """
                UPDATE queue_tasks
                SET state = 'running', lease_owner = ?, available_at = ?, heartbeat_at = ?,
                    attempts = attempts + 1, updated_at = ?
                WHERE id IN (
                    SELECT id FROM queue_tasks
                    WHERE run_id = ? AND available_at <= ?
                    ORDER BY available_at
                    LIMIT ?)
                RETURNING id, key, payload, attempts
                """)
            let rows = try Row.fetchAll(statement, arguments: [owner, expiry, time, time, run.rawValue, time, limit])
            return rows.map { row in
                ClaimedTask(
                    id: TaskID(row[0]), runID: run, key: row[1], payload: row[2], attempt: row[3],
                    owner: owner, leaseExpiresAt: Date(timeIntervalSince1970: expiry))
            }.sorted { $0.id < $1.id }
        }
    }

    /// Extends the leases `owner` still holds and returns those tasks.
    public func heartbeat(_ tasks: [TaskID], owner: String, leaseDuration: Duration) async throws -> Set<TaskID> {
        guard !tasks.isEmpty else { return [] }
        let time = timestamp()
        let expiry = time + leaseDuration.seconds
        let list = Self.jsonList(tasks)
        return try await database.write { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    UPDATE queue_tasks SET available_at = ?, heartbeat_at = ?
                    WHERE id IN (SELECT value FROM json_each(?)) AND state = 'running' AND lease_owner = ?
                    RETURNING id
                    """,
                arguments: [expiry, time, list, owner])
            return Set(rows.map { TaskID($0[0]) })
        }
    }

    /// Stores the result and marks the task done if `owner` still holds it.
    public func complete(_ task: TaskID, owner: String, result: String) async throws -> Bool {
        try await settle([SettledTask(id: task, settlement: .done(result: result))], owner: owner).contains(task)
    }

    /// Records a failure if `owner` still holds the task: failed until `retryAfter` has passed, or dead.
    public func fail(_ task: TaskID, owner: String, message: String, retryAfter: Duration?) async throws -> Bool {
        try await settle([SettledTask(id: task, settlement: .failed(message: message, retryAfter: retryAfter))], owner: owner)
            .contains(task)
    }

    /// Ends several claims of `owner` in one transaction and returns the tasks it applied to.
    public func settle(_ tasks: [SettledTask], owner: String) async throws -> Set<TaskID> {
        guard !tasks.isEmpty else { return [] }
        let time = timestamp()
        return try await database.write { db in
            var applied: Set<TaskID> = []
            for task in tasks {
                let statement: Statement
                let arguments: StatementArguments
                switch task.settlement {
                case let .done(result):
                    statement = try db.cachedStatement(sql: """
                        UPDATE queue_tasks
                        SET state = 'done', result = ?, available_at = NULL, lease_owner = NULL, updated_at = ?
                        WHERE id = ? AND state = 'running' AND lease_owner = ?
                        """)
                    arguments = [result, time, task.id.rawValue, owner]
                case let .failed(message, retryAfter):
                    statement = try db.cachedStatement(sql: """
                        UPDATE queue_tasks
                        SET state = ?, last_error = ?, available_at = ?, lease_owner = NULL, updated_at = ?
                        WHERE id = ? AND state = 'running' AND lease_owner = ?
                        """)
                    let state: TaskState = retryAfter == nil ? .dead : .failed
                    arguments = [state.rawValue, message, retryAfter.map { time + $0.seconds }, time, task.id.rawValue, owner]
                case .released:
                    // The claim counted an attempt; a release gives it back.
                    statement = try db.cachedStatement(sql: """
                        UPDATE queue_tasks
                        SET state = 'queued', attempts = MAX(attempts - 1, 0), available_at = ?, lease_owner = NULL, updated_at = ?
                        WHERE id = ? AND state = 'running' AND lease_owner = ?
                        """)
                    arguments = [time, time, task.id.rawValue, owner]
                }
                try statement.execute(arguments: arguments)
                if db.changesCount == 1 { applied.insert(task.id) }
            }
            return applied
        }
    }

    /// Puts tasks `owner` holds back in the queue and gives back the attempt their claim counted.
    public func release(_ tasks: [TaskID], owner: String) async throws -> Int {
        guard !tasks.isEmpty else { return 0 }
        let time = timestamp()
        let list = Self.jsonList(tasks)
        return try await database.write { db in
            // The claim counted an attempt; a release gives it back.
            try db.execute(
                sql: """
                    UPDATE queue_tasks
                    SET state = 'queued', attempts = MAX(attempts - 1, 0), available_at = ?, lease_owner = NULL, updated_at = ?
                    WHERE id IN (SELECT value FROM json_each(?)) AND state = 'running' AND lease_owner = ?
                    """,
                arguments: [time, time, list, owner])
            return db.changesCount
        }
    }

    /// The distinct lease owners of the run's running tasks.
    public func leaseOwners(in run: RunID) async throws -> [String] {
        try await database.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT DISTINCT lease_owner FROM queue_tasks WHERE run_id = ? AND state = 'running' AND lease_owner IS NOT NULL",
                arguments: [run.rawValue])
        }
    }

    /// Ends the leases `owner` holds in the run now, leaving the tasks claimable.
    public func expireLeases(of owner: String, in run: RunID) async throws -> Int {
        let time = timestamp()
        return try await database.write { db in
            try db.execute(
                sql: """
                    UPDATE queue_tasks SET available_at = ?, updated_at = ?
                    WHERE run_id = ? AND state = 'running' AND lease_owner = ? AND available_at > ?
                    """,
                arguments: [time, time, run.rawValue, owner, time])
            return db.changesCount
        }
    }

    /// How many tasks of the run are unfinished and when the earliest becomes claimable.
    public func pendingWork(in run: RunID) async throws -> PendingWork {
        try await database.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*), MIN(available_at) FROM queue_tasks
                    WHERE run_id = ? AND state IN ('queued', 'running', 'failed')
                    """,
                arguments: [run.rawValue])
            let earliest: Double? = row?[1]
            return PendingWork(unfinished: row?[0] ?? 0, nextClaimableAt: earliest.map(Date.init(timeIntervalSince1970:)))
        }
    }

    private static func jsonList(_ tasks: [TaskID]) -> String {
        "[" + tasks.map { String($0.rawValue) }.joined(separator: ",") + "]"
    }

    // MARK: Status and results

    /// How many tasks of a run are in each state.
    public func counts(in run: RunID) async throws -> TaskCounts {
        try await database.read { db in
            var counts = TaskCounts()
            let rows = try Row.fetchAll(
                db, sql: "SELECT state, COUNT(*) FROM queue_tasks WHERE run_id = ? GROUP BY state", arguments: [run.rawValue])
            for row in rows {
                let name: String = row[0]
                guard let state = TaskState(rawValue: name) else {
                    throw QueueError.corruptRow(table: "queue_tasks", reason: "unknown task state '\(name)'")
                }
                counts[state] = row[1]
            }
            return counts
        }
    }

    /// The last errors of a run's tasks, most recent first.
    public func lastErrors(in run: RunID, limit: Int) async throws -> [TaskErrorSummary] {
        try await database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, key, state, attempts, last_error, updated_at FROM queue_tasks
                    WHERE run_id = ? AND last_error IS NOT NULL
                    ORDER BY updated_at DESC, id DESC LIMIT ?
                    """,
                arguments: [run.rawValue, limit])
            return try rows.map { row in
                let name: String = row[2]
                guard let state = TaskState(rawValue: name) else {
                    throw QueueError.corruptRow(table: "queue_tasks", reason: "unknown task state '\(name)'")
                }
                return TaskErrorSummary(
                    taskID: TaskID(row[0]), key: row[1], state: state, attempts: row[3], message: row[4],
                    updatedAt: Date(timeIntervalSince1970: row[5]))
            }
        }
    }

    /// Requeues the selected tasks of the job's latest run with fresh attempts, and makes the run resumable.
    public func retry(job: String, _ selection: RetrySelection) async throws -> RetryOutcome {
        let time = timestamp()
        let states = "[" + selection.states.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
        return try await database.write { db in
            guard let run = try Int64.fetchOne(
                db, sql: "SELECT id FROM queue_runs WHERE job = ? ORDER BY id DESC LIMIT 1", arguments: [job])
            else { return RetryOutcome(run: nil, requeued: 0) }
            try db.execute(
                sql: """
                    UPDATE queue_tasks
                    SET state = 'queued', attempts = 0, available_at = ?, lease_owner = NULL, updated_at = ?
                    WHERE run_id = ? AND state IN (SELECT value FROM json_each(?))
                    """,
                arguments: [time, time, run, states])
            let requeued = db.changesCount
            if requeued > 0 {
                try db.execute(
                    sql: "UPDATE queue_runs SET state = 'interrupted' WHERE id = ? AND state = 'finished'", arguments: [run])
            }
            return RetryOutcome(run: RunID(run), requeued: requeued)
        }
    }

    /// One page of a run's done results in task order.
    public func results(in run: RunID, after: TaskID?, limit: Int) async throws -> [TaskResult] {
        try await database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, key, result FROM queue_tasks
                    WHERE run_id = ? AND state = 'done' AND id > ?
                    ORDER BY id LIMIT ?
                    """,
                arguments: [run.rawValue, after?.rawValue ?? 0, limit])
            return rows.map { TaskResult(taskID: TaskID($0[0]), key: $0[1], result: $0[2] ?? "") }
        }
    }

    // MARK: Request log

    /// Appends provider requests to the request log in one transaction.
    public func record(_ requests: [RequestRecord]) async throws {
        guard !requests.isEmpty else { return }
        try await database.write { db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO queue_requests (
                    run_id, task_id, time, provider, model, http_status, error_category, latency_ms,
                    input_tokens, output_tokens, characters, cost, request_body, response_body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for request in requests {
                try insert.execute(arguments: [
                    request.runID.rawValue, request.taskID?.rawValue, request.time.timeIntervalSince1970,
                    request.provider, request.model, request.httpStatus, request.errorCategory,
                    request.latencyMilliseconds, request.inputTokens, request.outputTokens, request.characters,
                    request.cost, request.requestBody, request.responseBody,
                ])
            }
        }
    }

    /// The logged requests of a run, oldest first.
    public func requests(in run: RunID) async throws -> [RequestRecord] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM queue_requests WHERE run_id = ? ORDER BY id", arguments: [run.rawValue])
                .map { row in
                    let task: Int64? = row["task_id"]
                    return RequestRecord(
                        id: row["id"], runID: RunID(row["run_id"]), taskID: task.map(TaskID.init),
                        time: Date(timeIntervalSince1970: row["time"]), provider: row["provider"], model: row["model"],
                        httpStatus: row["http_status"], errorCategory: row["error_category"],
                        latencyMilliseconds: row["latency_ms"], inputTokens: row["input_tokens"],
                        outputTokens: row["output_tokens"], characters: row["characters"], cost: row["cost"],
                        requestBody: row["request_body"], responseBody: row["response_body"])
                }
        }
    }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
