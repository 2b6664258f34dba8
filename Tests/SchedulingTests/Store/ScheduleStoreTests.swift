import Foundation
import GRDB
@testable import Scheduling
import Storage
import Testing

@Suite struct ScheduleStoreTests {
    @Test func migratesItsOwnPrefixedTablesUnderItsOwnIdentifier() throws {
        let database = try StoreDatabase.openInMemory()
        _ = try ScheduleStore(database: database)
        // Opening again finds the migration applied and changes nothing.
        _ = try ScheduleStore(database: database)
        let tables = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'schedule_%' ORDER BY name")
        }
        #expect(tables == ["schedule_jobs", "schedule_locks"])
        let migrations = try database.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == ["schedules-v1"])
    }

    @Test func knowsNothingOfAJobBeforeItsFirstSighting() throws {
        let store = try memoryStore()
        #expect(try store.state(of: "digest") == nil)
        #expect(try store.lock(of: "digest") == nil)
    }

    @Test func recordsAFirstSightingEvenWhenNothingIsDue() throws {
        let store = try memoryStore()
        let claim = try store.claim(
            jobName: "digest", owner: "a", now: instant("2026-12-01T10:00:00Z"), lockExpiry: instant("2026-12-01T10:10:00Z"),
            firstSeen: instant("2026-12-01T09:58:00Z"), plan: { _ in .nothingDue }
        )
        #expect(claim == .nothingDue)
        #expect(try store.state(of: "digest")?.handledThrough == instant("2026-12-01T09:58:00Z"))
    }

    @Test func renewsAndReleasesOnlyItsOwnersLock() throws {
        let store = try memoryStore()
        _ = try store.claim(
            jobName: "digest", owner: "a", now: instant("2026-12-01T10:00:00Z"), lockExpiry: instant("2026-12-01T10:10:00Z"),
            firstSeen: instant("2026-12-01T09:59:00Z"), plan: { _ in .run(fireTime: instant("2026-12-01T10:00:00Z"), missedSince: nil) }
        )
        #expect(try !store.renewLock(jobName: "digest", owner: "b", expiry: instant("2026-12-01T11:00:00Z")))
        #expect(try store.renewLock(jobName: "digest", owner: "a", expiry: instant("2026-12-01T10:20:00Z")))
        #expect(try store.lock(of: "digest")?.expiresAt == instant("2026-12-01T10:20:00Z"))
        try store.finish(jobName: "digest", owner: "b", finishedAt: instant("2026-12-01T10:05:00Z"), error: nil)
        #expect(try store.lock(of: "digest")?.owner == "a")
        try store.finish(jobName: "digest", owner: "a", finishedAt: instant("2026-12-01T10:06:00Z"), error: nil)
        #expect(try store.lock(of: "digest") == nil)
        let state = try #require(try store.state(of: "digest"))
        #expect(state.lastFireTime == instant("2026-12-01T10:00:00Z"))
        #expect(state.lastStartedAt == instant("2026-12-01T10:00:00Z"))
        #expect(state.lastFinishedAt == instant("2026-12-01T10:06:00Z"))
    }
}
