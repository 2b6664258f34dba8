import Foundation
import Pipeline
import Queue
import Synchronization
import Testing

@Suite("JobRunner: graceful stop")
struct RunnerStopTests {
    let file: RunnerStoreFile
    let store: SQLiteTaskStore

    init() throws {
        file = try RunnerStoreFile()
        store = try file.open()
    }

    @Test func aStopCancelsTasksStillRunningAfterTheGracePeriodAndReleasesThemWithoutSpendingAnAttempt() async throws {
        let run = try await file.run(store, articles: 20)
        let log = CallLog()
        let stop = StopRequest()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            defer { log.end() }
            if log.total >= 4 { stop.request() }
            try await Task.sleep(for: .seconds(30))
            return "{}"
        }
        let report = try await JobRunner(
            store: store, processor: processor, configuration: quickConfiguration(concurrency: 4, grace: .milliseconds(50))
        ).run(run, stop: stop)

        #expect(report.outcome == .interrupted)
        #expect(report.released == 4)
        #expect(report.done == 0)
        #expect(report.counts == TaskCounts(queued: 20))
        #expect(try await store.run(run)?.state == .interrupted)
        #expect(try await store.resumableRun(job: "runner-test")?.id == run)
        let again = try await store.claim(in: run, owner: "next", limit: 20, leaseDuration: .seconds(30))
        #expect(again.allSatisfy { $0.attempt == 1 })
    }

    @Test func tasksThatFinishWithinTheGracePeriodAreKept() async throws {
        let run = try await file.run(store, articles: 10)
        let stop = StopRequest()
        let started = CallLog()
        let processor = ClosureProcessor { task in
            started.begin(task.key)
            if started.total == 2 { stop.request() }
            try await Task.sleep(for: .milliseconds(60))
            return "{}"
        }
        let report = try await JobRunner(
            store: store, processor: processor, configuration: quickConfiguration(concurrency: 2, grace: .seconds(10))
        ).run(run, stop: stop)
        #expect(report.outcome == .interrupted)
        #expect(report.done == 2)
        #expect(report.released == 0)
        #expect(report.counts == TaskCounts(queued: 8, done: 2))
    }

    @Test func aStopRequestedBeforeTheRunStartsClaimsNothing() async throws {
        let run = try await file.run(store, articles: 3)
        let stop = StopRequest()
        stop.request()
        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            return "{}"
        }
        let report = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration()).run(run, stop: stop)
        #expect(report.outcome == .interrupted)
        #expect(log.total <= quickConfiguration().concurrency)
        #expect(report.counts.running == 0)
    }
}
