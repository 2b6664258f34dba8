import Foundation
import Queue
import Testing

@Suite("SQLiteTaskStore: runs, tasks, leases and the request log")
struct SQLiteTaskStoreTests {
    let files: TemporaryStore
    let store: SQLiteTaskStore

    init() throws {
        files = try TemporaryStore()
        store = try files.open()
    }

    private func startedRun(tasks: Int = 0, job: String = "daily") async throws -> RunID {
        let run = try await store.startRun(job: job, jobFileHash: "hash-1")
        if tasks > 0 { _ = try await store.enqueue(sampleTasks(tasks), in: run.id) }
        return run.id
    }

    // MARK: Enqueue

    @Test func enqueuingTheSameKeyTwiceInARunKeepsTheFirstTask() async throws {
        let run = try await startedRun()
        let first = try await store.enqueue([NewTask(key: "a", payload: "1"), NewTask(key: "b", payload: "2")], in: run)
        let second = try await store.enqueue([NewTask(key: "a", payload: "changed"), NewTask(key: "c", payload: "3")], in: run)
        #expect(first == EnqueueSummary(inserted: 2, duplicates: 0))
        #expect(second == EnqueueSummary(inserted: 1, duplicates: 1))
        let claimed = try await store.claim(in: run, owner: "w", limit: 10, leaseDuration: .seconds(30))
        #expect(claimed.map(\.key) == ["a", "b", "c"])
        #expect(claimed.first?.payload == "1")
    }

    @Test func theSameKeyMayBeEnqueuedInAnotherRun() async throws {
        let first = try await startedRun()
        let second = try await startedRun()
        _ = try await store.enqueue([NewTask(key: "a", payload: "1")], in: first)
        let summary = try await store.enqueue([NewTask(key: "a", payload: "1")], in: second)
        #expect(summary.inserted == 1)
    }

    @Test func enqueuingIntoAnUnknownRunIsAnError() async throws {
        await #expect(throws: QueueError.unknownRun(RunID(99))) {
            try await store.enqueue(sampleTasks(1), in: RunID(99))
        }
    }

    // MARK: Claims and leases

    @Test func aClaimTakesQueuedTasksInOrderUpToTheLimitAndCountsAnAttempt() async throws {
        let run = try await startedRun(tasks: 5)
        let claimed = try await store.claim(in: run, owner: "worker-1", limit: 3, leaseDuration: .seconds(30))
        #expect(claimed.map(\.key) == ["article-0", "article-1", "article-2"])
        #expect(claimed.allSatisfy { $0.attempt == 1 && $0.owner == "worker-1" && $0.runID == run })
        #expect(claimed.first?.leaseExpiresAt == files.clock.now.addingTimeInterval(30))
        let rest = try await store.claim(in: run, owner: "worker-2", limit: 10, leaseDuration: .seconds(30))
        #expect(rest.map(\.key) == ["article-3", "article-4"])
        #expect(try await store.counts(in: run) == TaskCounts(running: 5))
    }

    @Test func aLeaseThatExpiresIsClaimableAgainAsANewAttempt() async throws {
        let run = try await startedRun(tasks: 1)
        _ = try await store.claim(in: run, owner: "crashed", limit: 1, leaseDuration: .seconds(30))
        files.clock.advance(by: .seconds(29))
        #expect(try await store.claim(in: run, owner: "other", limit: 1, leaseDuration: .seconds(30)).isEmpty)
        files.clock.advance(by: .seconds(2))
        let reclaimed = try await store.claim(in: run, owner: "other", limit: 1, leaseDuration: .seconds(30))
        #expect(reclaimed.map(\.attempt) == [2])
        #expect(reclaimed.map(\.owner) == ["other"])
    }

    @Test func aTaskThatKeepsHeartBeatingIsNotReclaimed() async throws {
        let run = try await startedRun(tasks: 1)
        let task = try #require(try await store.claim(in: run, owner: "alive", limit: 1, leaseDuration: .seconds(30)).first)
        for _ in 0..<5 {
            files.clock.advance(by: .seconds(20))
            #expect(try await store.heartbeat([task.id], owner: "alive", leaseDuration: .seconds(30)) == [task.id])
            #expect(try await store.claim(in: run, owner: "other", limit: 1, leaseDuration: .seconds(30)).isEmpty)
        }
        #expect(try await store.complete(task.id, owner: "alive", result: "{}"))
    }

    @Test func aHeartbeatDoesNotExtendALeaseTakenOverByAnotherWorker() async throws {
        let run = try await startedRun(tasks: 1)
        let task = try #require(try await store.claim(in: run, owner: "slow", limit: 1, leaseDuration: .seconds(30)).first)
        files.clock.advance(by: .seconds(31))
        _ = try await store.claim(in: run, owner: "fast", limit: 1, leaseDuration: .seconds(30))
        #expect(try await store.heartbeat([task.id], owner: "slow", leaseDuration: .seconds(30)).isEmpty)
        #expect(try await store.heartbeat([task.id], owner: "fast", leaseDuration: .seconds(30)) == [task.id])
    }

    @Test func expiringTheLeasesOfAGoneWorkerMakesItsTasksClaimableNow() async throws {
        let run = try await startedRun(tasks: 3)
        _ = try await store.claim(in: run, owner: "gone", limit: 2, leaseDuration: .seconds(3600))
        _ = try await store.claim(in: run, owner: "alive", limit: 1, leaseDuration: .seconds(3600))
        #expect(try await store.leaseOwners(in: run).sorted() == ["alive", "gone"])
        #expect(try await store.expireLeases(of: "gone", in: run) == 2)
        let reclaimed = try await store.claim(in: run, owner: "next", limit: 3, leaseDuration: .seconds(30))
        #expect(reclaimed.map(\.key) == ["article-0", "article-1"])
        #expect(reclaimed.map(\.attempt) == [2, 2])
    }

    // MARK: Owner checks

    @Test func aWorkerWhoseLeaseWasTakenOverCannotCompleteFailOrReleaseTheTask() async throws {
        let run = try await startedRun(tasks: 1)
        let task = try #require(try await store.claim(in: run, owner: "old", limit: 1, leaseDuration: .seconds(30)).first)
        files.clock.advance(by: .seconds(31))
        _ = try await store.claim(in: run, owner: "new", limit: 1, leaseDuration: .seconds(30))

        #expect(try await store.complete(task.id, owner: "old", result: #"{"by":"old"}"#) == false)
        #expect(try await store.fail(task.id, owner: "old", message: "late", retryAfter: .seconds(1)) == false)
        #expect(try await store.release([task.id], owner: "old") == 0)
        #expect(try await store.complete(task.id, owner: "new", result: #"{"by":"new"}"#))

        let results = try await store.results(in: run, after: nil, limit: 10)
        #expect(results.map(\.result) == [#"{"by":"new"}"#])
    }

    @Test func settlingEndsSeveralClaimsInOneGoAndSkipsTasksNoLongerHeld() async throws {
        let run = try await startedRun(tasks: 4)
        let mine = try await store.claim(in: run, owner: "w", limit: 3, leaseDuration: .seconds(30))
        let theirs = try await store.claim(in: run, owner: "other", limit: 1, leaseDuration: .seconds(30))
        let applied = try await store.settle(
            [
                SettledTask(id: mine[0].id, settlement: .done(result: "{}")),
                SettledTask(id: mine[1].id, settlement: .failed(message: "503", retryAfter: .seconds(5))),
                SettledTask(id: mine[2].id, settlement: .released),
                SettledTask(id: theirs[0].id, settlement: .done(result: "stolen")),
            ],
            owner: "w")
        #expect(applied == Set(mine.map(\.id)))
        #expect(try await store.counts(in: run) == TaskCounts(queued: 1, running: 1, done: 1, failed: 1))
    }

    @Test func aDoneTaskCannotBeCompletedTwice() async throws {
        let run = try await startedRun(tasks: 1)
        let task = try #require(try await store.claim(in: run, owner: "w", limit: 1, leaseDuration: .seconds(30)).first)
        #expect(try await store.complete(task.id, owner: "w", result: "1"))
        #expect(try await store.complete(task.id, owner: "w", result: "2") == false)
        #expect(try await store.results(in: run, after: nil, limit: 10).map(\.result) == ["1"])
    }

    // MARK: Failures, retries and release

    @Test func aFailedTaskWaitsForItsNextAttemptThenIsClaimedAgain() async throws {
        let run = try await startedRun(tasks: 1)
        let task = try #require(try await store.claim(in: run, owner: "w", limit: 1, leaseDuration: .seconds(30)).first)
        #expect(try await store.fail(task.id, owner: "w", message: "provider answered 503", retryAfter: .seconds(10)))
        #expect(try await store.counts(in: run) == TaskCounts(failed: 1))
        #expect(try await store.claim(in: run, owner: "w", limit: 1, leaseDuration: .seconds(30)).isEmpty)
        let pending = try await store.pendingWork(in: run)
        #expect(pending.unfinished == 1)
        #expect(pending.nextClaimableAt == files.clock.now.addingTimeInterval(10))

        files.clock.advance(by: .seconds(10))
        let again = try await store.claim(in: run, owner: "w", limit: 1, leaseDuration: .seconds(30))
        #expect(again.map(\.attempt) == [2])
    }

    @Test func aFailureWithoutRetryMakesTheTaskDeadAndKeepsItsError() async throws {
        let run = try await startedRun(tasks: 2)
        let task = try #require(try await store.claim(in: run, owner: "w", limit: 1, leaseDuration: .seconds(30)).first)
        #expect(try await store.fail(task.id, owner: "w", message: "the article is empty", retryAfter: nil))
        #expect(try await store.counts(in: run) == TaskCounts(queued: 1, dead: 1))
        let errors = try await store.lastErrors(in: run, limit: 5)
        #expect(errors.map(\.message) == ["the article is empty"])
        #expect(errors.map(\.state) == [.dead])
        #expect(errors.map(\.key) == ["article-0"])
        #expect(errors.map(\.attempts) == [1])
    }

    @Test func releasingPutsTheTaskBackWithoutSpendingAnAttempt() async throws {
        let run = try await startedRun(tasks: 2)
        let claimed = try await store.claim(in: run, owner: "w", limit: 2, leaseDuration: .seconds(30))
        #expect(try await store.release(claimed.map(\.id), owner: "w") == 2)
        #expect(try await store.counts(in: run) == TaskCounts(queued: 2))
        let again = try await store.claim(in: run, owner: "w", limit: 2, leaseDuration: .seconds(30))
        #expect(again.map(\.attempt) == [1, 1])
    }

    @Test func retryRequeuesTheDeadTasksOfTheLatestRunWithFreshAttempts() async throws {
        let run = try await startedRun(tasks: 3)
        let claimed = try await store.claim(in: run, owner: "w", limit: 3, leaseDuration: .seconds(30))
        _ = try await store.complete(claimed[0].id, owner: "w", result: "{}")
        _ = try await store.fail(claimed[1].id, owner: "w", message: "gone", retryAfter: nil)
        _ = try await store.fail(claimed[2].id, owner: "w", message: "later", retryAfter: .seconds(600))
        try await store.setState(.finished, of: run)
        #expect(try await store.resumableRun(job: "daily") == nil)

        let outcome = try await store.retry(job: "daily", .dead)
        #expect(outcome == RetryOutcome(run: run, requeued: 1))
        #expect(try await store.counts(in: run) == TaskCounts(queued: 1, done: 1, failed: 1))
        #expect(try await store.resumableRun(job: "daily")?.id == run)
        let again = try await store.claim(in: run, owner: "w", limit: 3, leaseDuration: .seconds(30))
        #expect(again.map(\.key) == ["article-1"])
        #expect(again.map(\.attempt) == [1])

        let failed = try await store.retry(job: "daily", .failed)
        #expect(failed.requeued == 1)
        #expect(try await store.retry(job: "never-ran", .failedAndDead) == RetryOutcome(run: nil, requeued: 0))
    }

    // MARK: Runs

    @Test func theResumableRunIsTheLastRunOfTheJobUnlessItFinished() async throws {
        #expect(try await store.resumableRun(job: "daily") == nil)
        let first = try await startedRun()
        try await store.setState(.interrupted, of: first)
        #expect(try await store.resumableRun(job: "daily")?.id == first)
        #expect(try await store.resumableRun(job: "daily")?.state == .interrupted)
        _ = try await startedRun(job: "other")
        #expect(try await store.resumableRun(job: "daily")?.id == first)
        let second = try await startedRun()
        try await store.setState(.finished, of: second)
        #expect(try await store.resumableRun(job: "daily") == nil)
        let runs = try await store.runs(job: "daily", limit: 10)
        #expect(runs.map(\.id) == [second, first])
        #expect(runs.first?.finishedAt == files.clock.now)
        #expect(try await store.runs(job: nil, limit: 10).count == 3)
    }

    @Test func settingTheStateOfAnUnknownRunIsAnError() async throws {
        await #expect(throws: QueueError.unknownRun(RunID(7))) {
            try await store.setState(.finished, of: RunID(7))
        }
    }

    @Test func theRunsAreKeptAcrossReopeningTheStore() async throws {
        let run = try await startedRun(tasks: 4)
        let reopened = try files.open()
        #expect(try await reopened.run(run)?.job == "daily")
        #expect(try await reopened.counts(in: run).queued == 4)
    }

    // MARK: Results

    @Test func doneResultsAreReadPageByPageInTaskOrder() async throws {
        let run = try await startedRun(tasks: 25)
        let claimed = try await store.claim(in: run, owner: "w", limit: 25, leaseDuration: .seconds(30))
        for task in claimed where task.key != "article-3" {
            _ = try await store.complete(task.id, owner: "w", result: #"{"key":"\#(task.key)"}"#)
        }
        var keys: [String] = []
        for try await result in store.doneResults(in: run, pageSize: 4) {
            keys.append(result.key)
        }
        #expect(keys.count == 24)
        #expect(keys.first == "article-0")
        #expect(!keys.contains("article-3"))
        #expect(keys == claimed.map(\.key).filter { $0 != "article-3" })
    }

    // MARK: Request log

    @Test func requestsAreLoggedPerRunAndFoundByJob() async throws {
        let run = try await startedRun(tasks: 1)
        let task = try #require(try await store.claim(in: run, owner: "w", limit: 1, leaseDuration: .seconds(30)).first)
        let sent = RequestRecord(
            runID: run, taskID: task.id, time: files.clock.now, provider: "openai", model: "gpt-4o-mini",
            httpStatus: 200, errorCategory: nil, latencyMilliseconds: 412.5, inputTokens: 900, outputTokens: 300,
            cost: 0.0003)
        try await store.record(sent)
        try await store.record([
            RequestRecord(
                runID: run, taskID: nil, time: files.clock.now, provider: "deepl", model: nil, httpStatus: nil,
                errorCategory: "timeout", latencyMilliseconds: 30_000, characters: 1200,
                requestBody: "{\"text\":[\"Halo\"]}"),
        ])
        let logged = try await store.requests(in: run)
        #expect(logged.count == 2)
        #expect(logged[0].provider == "openai")
        #expect(logged[0].taskID == task.id)
        #expect(logged[0].inputTokens == 900)
        #expect(logged[0].cost == 0.0003)
        #expect(logged[0].requestBody == nil)
        #expect(logged[1].errorCategory == "timeout")
        #expect(logged[1].characters == 1200)
        #expect(logged[1].requestBody == "{\"text\":[\"Halo\"]}")
        #expect(try await store.requests(job: "daily").count == 2)
        #expect(try await store.requests(job: "unknown").isEmpty)
    }
}
