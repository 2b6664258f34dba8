import Foundation
import GRDB

/// Scheduled jobs' state in the SQLite store: per job the fire times handled so far, and a lock
/// row so that one job never runs twice at once, across processes sharing the file.
///
/// Tables `schedule_jobs` and `schedule_locks`, migrated by this type's own migrator ("schedules-v1").
/// Every decision to fire reads and writes them in one write transaction, which the store opens
/// with BEGIN IMMEDIATE, so two schedulers on one file serialize and the second sees the first's
/// claim.
public final class ScheduleStore: Sendable {
    private let database: any DatabaseWriter

    /// Opens the schedule tables in `database` (a pool from `StoreDatabase.open`, or an in-memory
    /// queue), creating them if needed.
    public init(database: any DatabaseWriter) throws {
        self.database = database
        try Self.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("schedules-v1") { db in
            try db.create(table: "schedule_jobs") { table in
                table.primaryKey("name", .text)
                table.column("handled_through", .double).notNull()
                table.column("last_fire_time", .double)
                table.column("last_started_at", .double)
                table.column("last_finished_at", .double)
                table.column("last_error", .text)
            }
            try db.create(table: "schedule_locks") { table in
                table.primaryKey("job_name", .text)
                table.column("owner", .text).notNull()
                table.column("fire_time", .double).notNull()
                table.column("acquired_at", .double).notNull()
                table.column("expires_at", .double).notNull()
            }
        }
        return migrator
    }

    /// The stored state of `jobName`, nil before the job's first sighting.
    public func state(of jobName: String) throws -> ScheduleJobState? {
        try database.read { db in try Self.fetchState(db, jobName) }
    }

    /// The lock on `jobName`, expired or not, nil when none is held.
    public func lock(of jobName: String) throws -> ScheduleLock? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM schedule_locks WHERE job_name = ?", arguments: [jobName]).map { row in
                ScheduleLock(
                    jobName: row["job_name"], owner: row["owner"], fireTime: Self.date(row["fire_time"]),
                    acquiredAt: Self.date(row["acquired_at"]), expiresAt: Self.date(row["expires_at"])
                )
            }
        }
    }

    /// The outcome of `claim`.
    enum Claim: Equatable, Sendable {
        case nothingDue
        case skipped(first: Date, last: Date)
        case claimed(fireTime: Date, missedSince: Date?)
        /// Due, but another scheduler's unexpired lock says the job is running there.
        case busy(owner: String, until: Date)
    }

    /// In one write transaction: records `jobName` on first sighting with `firstSeen` as its
    /// handled-through time, plans from the stored time, and either drops the due fire times or
    /// marks them handled and takes the lock (unless another owner holds an unexpired one).
    func claim(
        jobName: String, owner: String, now: Date, lockExpiry: Date, firstSeen: Date,
        plan: @Sendable (_ handledThrough: Date) -> SchedulePlan
    ) throws -> Claim {
        try database.write { db in
            let handledThrough: Date
            if let state = try Self.fetchState(db, jobName) {
                handledThrough = state.handledThrough
            } else {
                handledThrough = firstSeen
                try db.execute(
                    sql: "INSERT INTO schedule_jobs (name, handled_through) VALUES (?, ?)",
                    arguments: [jobName, firstSeen.timeIntervalSince1970]
                )
            }
            switch plan(handledThrough) {
            case .nothingDue:
                return .nothingDue
            case let .skip(first, last):
                try db.execute(
                    sql: "UPDATE schedule_jobs SET handled_through = ? WHERE name = ?",
                    arguments: [last.timeIntervalSince1970, jobName]
                )
                return .skipped(first: first, last: last)
            case let .run(fireTime, missedSince):
                if let row = try Row.fetchOne(
                    db, sql: "SELECT owner, expires_at FROM schedule_locks WHERE job_name = ?", arguments: [jobName]
                ) {
                    let holder: String = row["owner"]
                    let expiresAt = Self.date(row["expires_at"])
                    if expiresAt > now && holder != owner { return .busy(owner: holder, until: expiresAt) }
                }
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO schedule_locks (job_name, owner, fire_time, acquired_at, expires_at)
                        VALUES (?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        jobName, owner, fireTime.timeIntervalSince1970, now.timeIntervalSince1970,
                        lockExpiry.timeIntervalSince1970,
                    ]
                )
                // Marked handled before the run starts: a crash mid-run never fires it again.
                try db.execute(
                    sql: """
                        UPDATE schedule_jobs SET handled_through = ?, last_fire_time = ?, last_started_at = ?,
                        last_finished_at = NULL, last_error = NULL WHERE name = ?
                        """,
                    arguments: [fireTime.timeIntervalSince1970, fireTime.timeIntervalSince1970, now.timeIntervalSince1970, jobName]
                )
                return .claimed(fireTime: fireTime, missedSince: missedSince)
            }
        }
    }

    /// Extends `owner`'s lock on `jobName` to `expiry`; false when the lock is no longer theirs.
    func renewLock(jobName: String, owner: String, expiry: Date) throws -> Bool {
        try database.write { db in
            try db.execute(
                sql: "UPDATE schedule_locks SET expires_at = ? WHERE job_name = ? AND owner = ?",
                arguments: [expiry.timeIntervalSince1970, jobName, owner]
            )
            return db.changesCount > 0
        }
    }

    /// Records the end of `owner`'s run of `jobName` and releases its lock.
    func finish(jobName: String, owner: String, finishedAt: Date, error: String?) throws {
        try database.write { db in
            try db.execute(
                sql: "UPDATE schedule_jobs SET last_finished_at = ?, last_error = ? WHERE name = ?",
                arguments: [finishedAt.timeIntervalSince1970, error, jobName]
            )
            try db.execute(
                sql: "DELETE FROM schedule_locks WHERE job_name = ? AND owner = ?",
                arguments: [jobName, owner]
            )
        }
    }

    private static func fetchState(_ db: Database, _ jobName: String) throws -> ScheduleJobState? {
        try Row.fetchOne(db, sql: "SELECT * FROM schedule_jobs WHERE name = ?", arguments: [jobName]).map { row in
            ScheduleJobState(
                name: row["name"], handledThrough: date(row["handled_through"]),
                lastFireTime: optionalDate(row["last_fire_time"]), lastStartedAt: optionalDate(row["last_started_at"]),
                lastFinishedAt: optionalDate(row["last_finished_at"]), lastError: row["last_error"]
            )
        }
    }

    private static func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    private static func optionalDate(_ seconds: Double?) -> Date? { seconds.map(date) }
}
