import Foundation
import Pipeline
import Queue
import Synchronization
import Testing

@Suite("JobRunner: processing a run to its end")
struct JobRunnerTests {
    let file: RunnerStoreFile
    let store: SQLiteTaskStore

    init() throws {
        file = try RunnerStoreFile()
        store = try file.open()
    }

    @Test func everyTaskIsProcessedOnceAndTheRunFinishes() async throws {
        let run = try await file.run(store, articles: 40)
        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            defer { log.end() }
            return #"{"key":"\#(task.key)"}"#
        }
        let report = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration()).run(run)

        #expect(report.outcome == .finished)
        #expect(report.done == 40)
        #expect(report.counts == TaskCounts(done: 40))
        #expect(log.calls.count == 40)
        #expect(log.calls.values.allSatisfy { $0 == 1 })
        #expect(try await store.run(run)?.state == .finished)
        var results: [String] = []
        for try await result in store.doneResults(in: run) { results.append(result.result) }
        #expect(results.first == #"{"key":"article-0"}"#)
        #expect(results.count == 40)
    }

    @Test func noMoreThanTheConfiguredNumberOfTasksRunAtOnce() async throws {
        let run = try await file.run(store, articles: 30)
        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            defer { log.end() }
            try await Task.sleep(for: .milliseconds(10))
            return "{}"
        }
        _ = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration(concurrency: 5)).run(run)
        #expect(log.peak <= 5)
        #expect(log.peak >= 2)
        #expect(log.total == 30)
    }

    @Test func aResumedRunSkipsTheTasksAlreadyDone() async throws {
        let run = try await file.run(store, articles: 10)
        let first = try await store.claim(in: run, owner: "earlier", limit: 4, leaseDuration: .seconds(30))
        for task in first { _ = try await store.complete(task.id, owner: "earlier", result: "{}") }
        try await store.setState(.interrupted, of: run)

        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            log.end()
            return "{}"
        }
        let report = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration()).run(run)
        #expect(report.skipped == 4)
        #expect(report.done == 6)
        #expect(Set(log.calls.keys).isDisjoint(with: first.map(\.key)))
    }

    @Test func tasksThatFailSometimesAreRetriedUntilTheySucceed() async throws {
        let run = try await file.run(store, articles: 20)
        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            defer { log.end() }
            // Every third article fails its first attempt, like a provider answering 503.
            if task.attempt == 1, (Int(task.key.split(separator: "-").last!) ?? 0) % 3 == 0 {
                throw TaskFailure(message: "provider answered 503", retryable: true)
            }
            return #"{"attempt":\#(task.attempt)}"#
        }
        let report = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration()).run(run)
        #expect(report.outcome == .finished)
        #expect(report.done == 20)
        #expect(report.failed == 7)
        #expect(report.dead == 0)
        #expect(log.calls["article-3"] == 2)
        #expect(log.calls["article-4"] == 1)
        let errors = try await store.lastErrors(in: run, limit: 50)
        #expect(errors.count == 7)
        #expect(errors.allSatisfy { $0.state == .done && $0.message == "provider answered 503" })
    }

    @Test func aTaskThatKeepsFailingIsDeadAfterTheRetryBudget() async throws {
        let run = try await file.run(store, articles: 3)
        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            defer { log.end() }
            if task.key == "article-1" { throw URLError(.timedOut) }
            return "{}"
        }
        let report = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration(maxAttempts: 3)).run(run)
        #expect(report.outcome == .finished)
        #expect(report.done == 2)
        #expect(report.dead == 1)
        #expect(report.failed == 2)
        #expect(log.calls["article-1"] == 3)
        let errors = try await store.lastErrors(in: run, limit: 5)
        #expect(errors.map(\.state) == [.dead])
        #expect(errors.map(\.attempts) == [3])
    }

    @Test func aFailureThatCannotBeRetriedIsDeadAtOnce() async throws {
        let run = try await file.run(store, articles: 2)
        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            defer { log.end() }
            if task.key == "article-0" { throw TaskFailure(message: "the article is empty", retryable: false) }
            return "{}"
        }
        let report = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration()).run(run)
        #expect(report.dead == 1)
        #expect(log.calls["article-0"] == 1)
        #expect(try await store.lastErrors(in: run, limit: 5).map(\.message) == ["the article is empty"])
    }

    @Test func aTaskAbandonedByCrashedWorkersBeyondTheBudgetIsDeadWithoutProcessing() async throws {
        let run = try await file.run(store, articles: 1)
        // Three workers crashed holding the task: each claim spent an attempt, none ended.
        for crash in 0..<3 {
            _ = try await store.claim(in: run, owner: "crashed-\(crash)", limit: 1, leaseDuration: .milliseconds(1))
            try await Task.sleep(for: .milliseconds(5))
        }
        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            log.end()
            return "{}"
        }
        let report = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration(maxAttempts: 3)).run(run)
        #expect(report.dead == 1)
        #expect(log.total == 0)
        #expect(try await store.lastErrors(in: run, limit: 1).first?.message.contains("crash") == true)
    }

    @Test func anExpiredLeaseOfACrashedWorkerIsReclaimedByTheRunner() async throws {
        let run = try await file.run(store, articles: 3)
        let crashed = try await store.claim(in: run, owner: "crashed", limit: 1, leaseDuration: .milliseconds(150))
        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            log.end()
            return #"{"attempt":\#(task.attempt)}"#
        }
        let report = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration()).run(run)
        #expect(report.outcome == .finished)
        #expect(report.done == 3)
        #expect(log.calls[crashed[0].key] == 1)
        let results = try await store.results(in: run, after: nil, limit: 10)
        #expect(results.first { $0.key == crashed[0].key }?.result == #"{"attempt":2}"#)
    }

    @Test func aTaskThatKeepsHeartBeatingIsNotReclaimedByAnotherWorker() async throws {
        let run = try await file.run(store, articles: 1)
        let other = try file.open()
        let started = Mutex(false)
        let processor = ClosureProcessor { _ in
            started.withLock { $0 = true }
            // Outlives its 2 s lease twice over; heartbeats keep it. (The lease leaves room for
            // a starved test process: a shorter one made this test fail on a loaded machine.)
            try await Task.sleep(for: .seconds(4))
            return "{}"
        }
        var configuration = quickConfiguration(lease: .seconds(2))
        configuration.heartbeatInterval = .milliseconds(100)
        let runner = JobRunner(store: store, processor: processor, configuration: configuration)
        async let report = runner.run(run)
        var stolen: [ClaimedTask] = []
        for _ in 0..<40 {
            try await Task.sleep(for: .milliseconds(100))
            if started.withLock({ $0 }) {
                stolen += try await other.claim(in: run, owner: "thief", limit: 1, leaseDuration: .seconds(30))
            }
        }
        let finished = try await report
        #expect(stolen.isEmpty)
        #expect(finished.done == 1)
        #expect(finished.lost == 0)
    }

    @Test func aWorkerWhoseLeaseIsTakenOverStopsAndDiscardsItsResult() async throws {
        let run = try await file.run(store, articles: 1)
        let other = try file.open()
        let cancelled = Mutex(false)
        let started = Mutex(false)
        let processor = ClosureProcessor { _ in
            started.withLock { $0 = true }
            do {
                try await Task.sleep(for: .seconds(5))
            } catch {
                cancelled.withLock { $0 = true }
                throw error
            }
            return #"{"by":"slow"}"#
        }
        // Heartbeats far apart: the lease runs out before the first one.
        var configuration = quickConfiguration(lease: .milliseconds(100))
        configuration.heartbeatInterval = .milliseconds(400)
        // No polling while the task runs, so the runner does not renew its own expired lease by
        // claiming the task again.
        configuration.idlePollInterval = .seconds(30)
        let runner = JobRunner(store: store, processor: processor, configuration: configuration)
        async let report = runner.run(run)
        var taken: [ClaimedTask] = []
        for _ in 0..<1_000 where !started.withLock({ $0 }) {
            try await Task.sleep(for: .milliseconds(10))
        }
        for _ in 0..<1_000 where taken.isEmpty {
            try await Task.sleep(for: .milliseconds(30))
            taken = try await other.claim(in: run, owner: "fast", limit: 1, leaseDuration: .seconds(30))
        }
        try #require(taken.count == 1)
        #expect(try await other.complete(taken[0].id, owner: "fast", result: #"{"by":"fast"}"#))
        let finished = try await report
        #expect(finished.lost == 1)
        #expect(finished.done == 0)
        #expect(cancelled.withLock { $0 })
        #expect(try await store.results(in: run, after: nil, limit: 5).map(\.result) == [#"{"by":"fast"}"#])
    }

    @Test func theLeasesOfAKilledRunnerProcessOnThisHostAreReclaimedWithoutWaitingForThemToExpire() async throws {
        let run = try await file.run(store, articles: 2)
        let killed = try WorkerNameTests.exitedProcessID()
        let owner = "\(ProcessInfo.processInfo.hostName):\(killed):dead"
        _ = try await store.claim(in: run, owner: owner, limit: 1, leaseDuration: .seconds(3600))
        let processor = ClosureProcessor { task in #"{"attempt":\#(task.attempt)}"# }
        let report = try await JobRunner(store: store, processor: processor, configuration: quickConfiguration()).run(run)
        #expect(report.outcome == .finished)
        #expect(report.done == 2)
        #expect(try await store.results(in: run, after: nil, limit: 5).map(\.result) == [#"{"attempt":2}"#, #"{"attempt":1}"#])
    }
}
