import Foundation
@testable import Queue
import Testing

/// Opening a job's run: resume what is unfinished, start anew after a finished run, and let
/// processes that start together share one run.
@Suite struct OpenRunTests {
    @Test func startsARunWhenTheJobHasNone() async throws {
        let temporary = try TemporaryStore()
        let (run, resumed) = try await temporary.open().openRun(job: "demo", jobFileHash: "a")
        #expect(!resumed)
        #expect(run.state == .running)
    }

    @Test func resumesAnUnfinishedRunAndStartsAnewAfterAFinishedOne() async throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        let first = try await store.openRun(job: "demo", jobFileHash: "a").run
        try await store.setState(.interrupted, of: first.id)
        let again = try await store.openRun(job: "demo", jobFileHash: "a")
        #expect(again.resumed && again.run.id == first.id)
        try await store.setState(.finished, of: first.id)
        let next = try await store.openRun(job: "demo", jobFileHash: "a")
        #expect(!next.resumed && next.run.id != first.id)
    }

    @Test func storesOpenedTogetherOnOneFileShareOneRun() async throws {
        let temporary = try TemporaryStore()
        let stores = try (0..<8).map { _ in try temporary.open() }
        let runs = try await withThrowingTaskGroup(of: RunID.self) { group in
            for store in stores { group.addTask { try await store.openRun(job: "demo", jobFileHash: "a").run.id } }
            return try await group.reduce(into: Set<RunID>()) { $0.insert($1) }
        }
        #expect(runs.count == 1)
    }
}
