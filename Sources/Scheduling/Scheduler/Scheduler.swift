import Foundation
import Synchronization

/// Fires scheduled jobs on time through a launcher, once per fire time, never two instances of a
/// job at once, across restarts and across several schedulers sharing one store.
///
/// `run()` keeps one loop per job: it handles what is due, then sleeps until the job's next fire
/// time (at most `longestNap`, so a wall clock that is set or goes backwards is noticed). What is
/// due comes from the store's handled-through time, never from memory, so a restart or a second
/// process cannot fire the same time twice, and a clock that goes backwards fires nothing until it
/// passes the last handled time again. `runDue(now:)` does a single pass, for `--once`.
///
/// ```swift
/// let store = try ScheduleStore(database: StoreDatabase.open(at: "warta.sqlite"))
/// let scheduler = try Scheduler(jobs: jobs, store: store, onEvent: { print($0) }) { name, fireTime in
///     try await runner.run(jobNamed: name)
/// }
/// await scheduler.run()  // until stop() or the task is cancelled
/// ```
public final class Scheduler: Sendable {
    /// Runs one job for one fire time; the scheduler awaits it before that job can fire again.
    public typealias Launcher = @Sendable (_ jobName: String, _ fireTime: Date) async throws -> Void

    /// How the scheduler identifies itself and paces its locks and wake-ups.
    public struct Configuration: Sendable {
        /// This scheduler's name in lock rows; unique per process by default ("host:pid:random").
        public var owner: String
        /// How long a lock lasts unless renewed; a running job renews it every third of this, so
        /// a crashed scheduler's lock frees the job after at most this long.
        public var lockDuration: TimeInterval
        /// A fire time older than this when handled counts as missed (catch-up `skip` drops it);
        /// a job seen for the first time runs its latest fire time only if it is this recent.
        public var onTimeTolerance: TimeInterval
        /// The longest single sleep, after which the clock is read again.
        public var longestNap: TimeInterval

        /// Defaults: a unique owner, 10-minute locks, 5 minutes of tolerance, 60-second naps.
        public init(
            owner: String = Configuration.processOwner(), lockDuration: TimeInterval = 600,
            onTimeTolerance: TimeInterval = 300, longestNap: TimeInterval = 60
        ) {
            self.owner = owner
            self.lockDuration = lockDuration
            self.onTimeTolerance = onTimeTolerance
            self.longestNap = longestNap
        }

        /// "host:pid:random", unique to this process.
        public static func processOwner() -> String {
            // gethostname rather than ProcessInfo.hostName, which may wait on a DNS lookup.
            var buffer = [CChar](repeating: 0, count: 256)
            let host = gethostname(&buffer, buffer.count) == 0
                ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "localhost"
            return "\(host):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8).lowercased())"
        }
    }

    /// The jobs, in the order given.
    public let jobs: [ScheduledJob]
    private let store: ScheduleStore
    private let clock: any SchedulerClock
    private let configuration: Configuration
    private let onEvent: @Sendable (SchedulerEvent) -> Void
    private let launcher: Launcher
    private let stopSignal = StopSignal()
    /// Jobs running in this process, so `runDue` never overlaps a run started by `run()`.
    private let running = Mutex<Set<String>>([])

    /// A scheduler over `jobs` (names must be unique) keeping its state in `store`.
    /// `onEvent` receives every event as it happens (from several tasks; keep it quick).
    public init(
        jobs: [ScheduledJob], store: ScheduleStore, clock: any SchedulerClock = SystemSchedulerClock(),
        configuration: Configuration = Configuration(),
        onEvent: @escaping @Sendable (SchedulerEvent) -> Void = { _ in },
        launcher: @escaping Launcher
    ) throws(ScheduleError) {
        var seen = Set<String>()
        for job in jobs where !seen.insert(job.name).inserted { throw .duplicateJobName(job.name) }
        self.jobs = jobs
        self.store = store
        self.clock = clock
        self.configuration = configuration
        self.onEvent = onEvent
        self.launcher = launcher
    }

    /// Runs every job that is due at `now` (default: the clock's now), all at once, and returns
    /// when they have finished, with the events of the pass. For `warta schedule --once`.
    @discardableResult
    public func runDue(now: Date? = nil) async -> [SchedulerEvent] {
        let moment = now ?? clock.now()
        return await withTaskGroup(of: [SchedulerEvent].self) { group in
            for job in jobs {
                group.addTask { await self.handle(job, now: moment) }
            }
            var events: [SchedulerEvent] = []
            for await jobEvents in group { events += jobEvents }
            return events
        }
    }

    /// Fires jobs until `stop()` is called or the calling task is cancelled. After `stop()`,
    /// no new run starts and runs in progress finish; cancellation also cancels them.
    /// Returns at once when there are no jobs.
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            for job in jobs {
                group.addTask { await self.loop(job) }
            }
        }
    }

    /// Asks `run()` to return: sleeping loops end now, running jobs are left to finish.
    public func stop() {
        stopSignal.stop()
    }

    /// Whether `stop()` has been called.
    public var isStopped: Bool { stopSignal.isStopped }

    private func loop(_ job: ScheduledJob) async {
        while !stopSignal.isStopped && !Task.isCancelled {
            let events = await handle(job, now: clock.now())
            if stopSignal.isStopped || Task.isCancelled { return }
            let now = clock.now()
            var wake = now.addingTimeInterval(configuration.longestNap)
            let isBusy = events.contains { if case .busy = $0 { true } else { false } }
            if !isBusy, let handledThrough = try? store.state(of: job.name)?.handledThrough,
               let next = job.schedule.nextFire(after: handledThrough), next < wake {
                wake = next
            }
            await nap(until: wake)
        }
    }

    /// Sleeps until `deadline`, or less if `stop()` is called.
    private func nap(until deadline: Date) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await self.clock.sleep(until: deadline) }
            group.addTask { await self.stopSignal.wait() }
            await group.next()
            group.cancelAll()
        }
    }

    /// Plans and, if due, runs `job` once; returns the events, having also sent them to `onEvent`.
    private func handle(_ job: ScheduledJob, now: Date) async -> [SchedulerEvent] {
        var events: [SchedulerEvent] = []
        let emit: (SchedulerEvent) -> Void = { event in
            events.append(event)
            self.onEvent(event)
        }
        guard running.withLock({ $0.insert(job.name).inserted }) else { return [] }
        defer { _ = running.withLock { $0.remove(job.name) } }
        let tolerance = configuration.onTimeTolerance
        // A job seen for the first time runs its latest fire time if that is still on time, and
        // nothing older: it did not exist when the earlier ones were due.
        let firstSeen = job.schedule.fires(after: now.addingTimeInterval(-tolerance), through: now)
            .map { $0.last.addingTimeInterval(-1) } ?? now
        let claim: ScheduleStore.Claim
        do {
            claim = try store.claim(
                jobName: job.name, owner: configuration.owner, now: now,
                lockExpiry: now.addingTimeInterval(configuration.lockDuration),
                firstSeen: firstSeen,
                plan: { handledThrough in
                    SchedulePlan.make(for: job, handledThrough: handledThrough, now: now, tolerance: tolerance)
                }
            )
        } catch {
            emit(.storeFailed(job: job.name, message: "\(error)"))
            return events
        }
        switch claim {
        case .nothingDue:
            break
        case let .skipped(first, last):
            emit(.skipped(job: job.name, first: first, last: last))
        case let .busy(owner, until):
            emit(.busy(job: job.name, owner: owner, until: until))
        case let .claimed(fireTime, missedSince):
            if let missedSince, job.catchUp == .skip {
                // Only the on-time fire runs; the older ones were dropped.
                let dropped = job.schedule.fires(after: missedSince.addingTimeInterval(-1), through: fireTime.addingTimeInterval(-1))
                if let dropped { emit(.skipped(job: job.name, first: dropped.first, last: dropped.last)) }
            }
            emit(.started(job: job.name, fireTime: fireTime, missedSince: missedSince, policy: job.catchUp))
            let (failure, lockLost) = await launch(job, fireTime: fireTime)
            if lockLost { emit(.lockLost(job: job.name, fireTime: fireTime)) }
            do {
                try store.finish(jobName: job.name, owner: configuration.owner, finishedAt: clock.now(), error: failure)
            } catch {
                emit(.storeFailed(job: job.name, message: "\(error)"))
            }
            if let failure {
                emit(.failed(job: job.name, fireTime: fireTime, message: failure))
            } else {
                emit(.finished(job: job.name, fireTime: fireTime))
            }
        }
        return events
    }

    /// Runs the launcher while renewing the job's lock; returns the failure's message, if any,
    /// and whether another scheduler took the lock over meanwhile.
    private func launch(_ job: ScheduledJob, fireTime: Date) async -> (failure: String?, lockLost: Bool) {
        await withTaskGroup(of: LaunchOutcome.self) { group in
            group.addTask {
                do {
                    try await self.launcher(job.name, fireTime)
                    return .finished(failure: nil)
                } catch {
                    return .finished(failure: error is CancellationError ? "cancelled" : "\(error)")
                }
            }
            group.addTask { await self.renewLock(of: job) }
            var failure: String?
            var lockLost = false
            for await outcome in group {
                switch outcome {
                case let .finished(message):
                    failure = message
                    group.cancelAll()
                case let .renewalEnded(lost):
                    lockLost = lockLost || lost
                }
            }
            return (failure, lockLost)
        }
    }

    private enum LaunchOutcome: Sendable {
        case finished(failure: String?)
        case renewalEnded(lockLost: Bool)
    }

    /// Renews the lock every third of its duration until cancelled or the lock is lost.
    private func renewLock(of job: ScheduledJob) async -> LaunchOutcome {
        while true {
            do {
                try await clock.sleep(until: clock.now().addingTimeInterval(configuration.lockDuration / 3))
            } catch {
                return .renewalEnded(lockLost: false)
            }
            if Task.isCancelled { return .renewalEnded(lockLost: false) }
            // A store error leaves the lock to expire later rather than stopping the run.
            let renewed = (try? store.renewLock(
                jobName: job.name, owner: configuration.owner,
                expiry: clock.now().addingTimeInterval(configuration.lockDuration)
            )) ?? true
            if !renewed { return .renewalEnded(lockLost: true) }
        }
    }
}
