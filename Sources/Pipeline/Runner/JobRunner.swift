import Foundation
import Queue

/// Works through the tasks of one run with bounded concurrency: claims tasks in batches, hands
/// each to a `TaskProcessor`, keeps their leases alive with heartbeats, records results, retries
/// failures with backoff until the budget is spent, and stops gracefully on request.
///
/// Several runners (in one process or many) can work on the same run: the store's claims never
/// hand a task to two of them, and a runner whose lease was taken over discards its result.
///
/// ```swift
/// let store = try SQLiteTaskStore(path: "warta.sqlite")
/// let run = try await store.resumableRun(job: "demo") ?? store.startRun(job: "demo", jobFileHash: hash)
/// _ = try await store.enqueue(articles, in: run.id)
/// let stop = StopRequest()
/// let signals = StopSignals(stop: stop)
/// defer { signals.cancel() }
/// let report = try await JobRunner(store: store, processor: processor, configuration: .init(concurrency: 16))
///     .run(run.id, stop: stop, progress: ProgressDisplay.automatic(label: "demo"))
/// ```
public struct JobRunner: Sendable {
    /// Where the tasks are.
    public let store: any TaskStore
    /// What is done with each task.
    public let processor: any TaskProcessor
    /// Concurrency, leases, retries and the grace period.
    public let configuration: RunnerConfiguration

    /// Creates a runner.
    public init(store: any TaskStore, processor: any TaskProcessor, configuration: RunnerConfiguration = RunnerConfiguration()) {
        self.store = store
        self.processor = processor
        self.configuration = configuration
    }

    /// Processes the run's claimable tasks until every task is done or dead (the run is then marked
    /// finished) or until `stop` is requested (the run is then marked interrupted, and tasks still
    /// in flight after the grace period are cancelled and released without spending an attempt).
    ///
    /// Throws only when the store fails; a task's failure is recorded with the task. Stop a run
    /// through `stop`: cancelling the calling task instead makes the store's writes throw
    /// `CancellationError`, and the tasks in flight then wait for their leases to expire.
    public func run(_ run: RunID, stop: StopRequest = StopRequest(), progress: (any RunProgressObserver)? = nil) async throws -> RunReport {
        let clock = ContinuousClock()
        let started = clock.now
        try await store.setState(.running, of: run)
        try await reclaimLeasesOfGoneProcesses(in: run)
        let initial = try await store.counts(in: run)
        var tally = Tally(total: initial.total, doneBefore: initial.done, deadBefore: initial.dead)
        let inFlight = InFlightTasks()
        let outcomes = SettledOutcomes()
        let heartbeat = Task { await keepLeasesAlive(inFlight) }
        defer { heartbeat.cancel() }

        func snapshot() -> ProgressSnapshot {
            tally.snapshot(inFlight: inFlight.count, elapsed: clock.now - started)
        }
        progress?.update(snapshot())

        let interrupted = try await withThrowingTaskGroup(of: RunnerEvent.self) { group in
            group.addTask {
                await stop.wait()
                return .stopRequested
            }
            var processing = 0
            var stopping = false
            var wakePending = false
            // Refill only when a useful number of slots is free, so claims stay batched.
            let refillThreshold = max(1, min(configuration.claimBatchSize, configuration.concurrency / 4))
            while true {
                let free = configuration.concurrency - processing
                if !stopping, free > 0, processing == 0 || free >= refillThreshold {
                    let limit = min(free, configuration.claimBatchSize)
                    let claimed = try await store.claim(
                        in: run, owner: configuration.workerID, limit: limit, leaseDuration: configuration.leaseDuration)
                    for task in claimed {
                        if inFlight.contains(task.id) {
                            // Our own lease ran out before a heartbeat renewed it (a lease shorter
                            // than the heartbeat interval): the claim renewed it; keep one processing.
                            continue
                        }
                        if task.attempt > configuration.retryPolicy.maxAttempts {
                            // Only claims that never ended (a worker crashed holding the task) get
                            // past the budget: the article may be what crashes the worker.
                            let message = "abandoned by crashed workers \(task.attempt - 1) times; the article may crash Warta"
                            if try await store.fail(task.id, owner: configuration.workerID, message: message, retryAfter: nil) {
                                tally.dead += 1
                            }
                            continue
                        }
                        processing += 1
                        group.addTask { await process(task, inFlight, outcomes) }
                    }
                    if claimed.count == limit { continue }
                    if processing == 0 {
                        let pending = try await store.pendingWork(in: run)
                        if pending.unfinished == 0 { break }
                        if !wakePending {
                            wakePending = true
                            let delay = wait(until: pending.nextClaimableAt)
                            group.addTask {
                                try? await Task.sleep(for: delay)
                                return .wake
                            }
                        }
                    } else if !wakePending {
                        // Retries may come due and other workers' leases may expire while ours run.
                        wakePending = true
                        let delay = configuration.idlePollInterval
                        group.addTask {
                            try? await Task.sleep(for: delay)
                            return .wake
                        }
                    }
                }
                if stopping, processing == 0 { break }
                guard let event = try await group.next() else { break }
                switch event {
                case .processed:
                    processing -= 1
                    let ready = outcomes.takeAll()
                    if !ready.isEmpty {
                        try await record(ready, in: &tally)
                        progress?.update(snapshot())
                    }
                case .stopRequested:
                    stopping = true
                    let grace = configuration.gracePeriod
                    group.addTask {
                        try? await Task.sleep(for: grace)
                        return .graceExpired
                    }
                case .graceExpired:
                    inFlight.cancelAll()
                case .wake:
                    wakePending = false
                }
            }
            group.cancelAll()
            return stopping
        }

        let counts = try await store.counts(in: run)
        let finished = !interrupted && counts.unfinished == 0
        try await store.setState(finished ? .finished : .interrupted, of: run)
        progress?.finish(snapshot())
        return RunReport(
            run: run, outcome: finished ? .finished : .interrupted, done: tally.done, failed: tally.failed,
            dead: tally.dead, skipped: initial.done, released: tally.released, lost: tally.lost, counts: counts,
            wallTime: clock.now - started)
    }

    /// Ends the leases held by killed or crashed runner processes of this host, so a restart after
    /// `kill -9` resumes their tasks at once rather than after the lease duration.
    private func reclaimLeasesOfGoneProcesses(in run: RunID) async throws {
        for owner in try await store.leaseOwners(in: run) where WorkerName.isGoneLocalProcess(owner) {
            _ = try await store.expireLeases(of: owner, in: run)
        }
    }

    /// The wait before looking for work again when nothing is claimable.
    private func wait(until next: Date?) -> Duration {
        guard let next else { return configuration.idlePollInterval }
        let seconds = max(0.005, next.timeIntervalSinceNow + 0.005)
        let poll = configuration.idlePollInterval.seconds
        return .milliseconds(Int64((min(seconds, poll) * 1000).rounded(.up)))
    }

    /// Runs the processor on one task in a task of its own, so a lost lease or the end of the
    /// grace period can cancel it alone.
    private func process(_ task: ClaimedTask, _ inFlight: InFlightTasks, _ outcomes: SettledOutcomes) async -> RunnerEvent {
        let processor = processor
        let work = Task { try await processor.process(task) }
        inFlight.add(task.id, work)
        let result = await withTaskCancellationHandler {
            await work.result
        } onCancel: {
            work.cancel()
        }
        let outcome: ProcessingOutcome
        if inFlight.remove(task.id) {
            outcome = .leaseLost
        } else {
            switch result {
            case let .success(json):
                outcome = .succeeded(json)
            case let .failure(error):
                if error is CancellationError || work.isCancelled {
                    outcome = .cancelled
                } else if let failure = error as? TaskFailure {
                    outcome = .failed(message: failure.message, retryable: failure.retryable)
                } else {
                    outcome = .failed(message: String(describing: error), retryable: true)
                }
            }
        }
        outcomes.add(task, outcome)
        return .processed
    }

    /// Writes outcomes that are ready together in one owner-checked transaction.
    private func record(_ ready: [(ClaimedTask, ProcessingOutcome)], in tally: inout Tally) async throws {
        let policy = configuration.retryPolicy
        var settled: [SettledTask] = []
        for (task, outcome) in ready {
            switch outcome {
            case let .succeeded(json):
                settled.append(SettledTask(id: task.id, settlement: .done(result: json)))
            case let .failed(message, retryable):
                let next: Duration? = retryable && policy.allowsRetry(afterAttempt: task.attempt)
                    ? policy.delay(afterAttempt: task.attempt)
                    : nil
                settled.append(SettledTask(id: task.id, settlement: .failed(message: message, retryAfter: next)))
            case .cancelled:
                settled.append(SettledTask(id: task.id, settlement: .released))
            case .leaseLost:
                tally.lost += 1
                continue
            }
        }
        let applied = try await store.settle(settled, owner: configuration.workerID)
        for item in settled {
            guard applied.contains(item.id) else {
                tally.lost += 1
                continue
            }
            switch item.settlement {
            case .done: tally.done += 1
            case .failed(_, let retryAfter): if retryAfter == nil { tally.dead += 1 } else { tally.failed += 1 }
            case .released: tally.released += 1
            }
        }
    }

    /// Extends the leases of the tasks in flight until cancelled; cancels the tasks whose lease was
    /// taken over.
    private func keepLeasesAlive(_ inFlight: InFlightTasks) async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: configuration.heartbeatInterval)
            } catch {
                return
            }
            let ids = inFlight.ids
            guard !ids.isEmpty else { continue }
            do {
                let kept = try await store.heartbeat(ids, owner: configuration.workerID, leaseDuration: configuration.leaseDuration)
                inFlight.markLost(ids.filter { !kept.contains($0) })
            } catch {
                // A busy store: try again at the next beat; the lease outlasts several beats.
                continue
            }
        }
    }
}

/// Something the runner's task group reports.
enum RunnerEvent: Sendable {
    /// A task's processing ended; its outcome waits in `SettledOutcomes`.
    case processed
    case stopRequested
    case graceExpired
    case wake
}

/// How the processing of one task ended.
enum ProcessingOutcome: Sendable {
    case succeeded(String)
    case failed(message: String, retryable: Bool)
    case cancelled
    case leaseLost
}

/// The runner's counts while it works.
struct Tally {
    var total: Int
    var doneBefore: Int
    var deadBefore: Int
    var done = 0
    var failed = 0
    var dead = 0
    var released = 0
    var lost = 0

    func snapshot(inFlight: Int, elapsed: Duration) -> ProgressSnapshot {
        ProgressSnapshot(
            total: total, done: doneBefore + done, failed: failed, dead: deadBefore + dead, inFlight: inFlight,
            doneByThisRunner: done, elapsed: elapsed)
    }
}
