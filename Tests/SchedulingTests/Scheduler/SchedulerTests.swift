import Foundation
@testable import Scheduling
import Testing

@Suite struct SchedulerTests {
    static let hourly = ScheduledJob(name: "hourly", schedule: try! CronSchedule("0 * * * *", timeZoneIdentifier: "UTC"))

    static func hourly(catchUp: CatchUpPolicy) -> ScheduledJob {
        ScheduledJob(name: "hourly", schedule: hourly.schedule, catchUp: catchUp)
    }

    static func scheduler(
        _ jobs: [ScheduledJob], store: ScheduleStore, clock: ManualSchedulerClock, recorder: LaunchRecorder,
        owner: String = "test-owner", lockDuration: TimeInterval = 600
    ) throws -> Scheduler {
        try Scheduler(
            jobs: jobs, store: store, clock: clock,
            configuration: .init(owner: owner, lockDuration: lockDuration),
            launcher: recorder.launcher
        )
    }

    // MARK: Firing once

    @Test func firesADueJobOnceWithItsFireTime() async throws {
        let store = try memoryStore()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:02Z"))
        let recorder = LaunchRecorder()
        let scheduler = try Self.scheduler([Self.hourly], store: store, clock: clock, recorder: recorder)
        let events = await scheduler.runDue()
        #expect(recorder.launches == [.init(job: "hourly", fireTime: instant("2026-12-01T10:00:00Z"))])
        #expect(events == [
            .started(job: "hourly", fireTime: instant("2026-12-01T10:00:00Z"), missedSince: nil, policy: .once),
            .finished(job: "hourly", fireTime: instant("2026-12-01T10:00:00Z")),
        ])
        // Later in the same minute, nothing is due any more.
        await scheduler.runDue(now: instant("2026-12-01T10:00:40Z"))
        #expect(recorder.launches.count == 1)
        let state = try #require(try store.state(of: "hourly"))
        #expect(state.handledThrough == instant("2026-12-01T10:00:00Z"))
        #expect(state.lastFinishedAt == instant("2026-12-01T10:00:02Z"))
        #expect(try store.lock(of: "hourly") == nil)
    }

    @Test func doesNotFireAgainAfterARestartWithinTheSameMinute() async throws {
        let file = try TemporaryStore()
        let recorder = LaunchRecorder()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        try await Self.scheduler([Self.hourly], store: file.open(), clock: clock, recorder: recorder).runDue()
        clock.set(instant("2026-12-01T10:00:30Z"))
        // A new process on the same file.
        try await Self.scheduler([Self.hourly], store: file.open(), clock: clock, recorder: recorder, owner: "restarted").runDue()
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z")])
        clock.set(instant("2026-12-01T11:00:00Z"))
        try await Self.scheduler([Self.hourly], store: file.open(), clock: clock, recorder: recorder, owner: "again").runDue()
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z"), instant("2026-12-01T11:00:00Z")])
    }

    @Test func twoSchedulersOnOneStoreFireOnlyOnce() async throws {
        let file = try TemporaryStore()
        let recorder = LaunchRecorder()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:00.5Z"))
        let first = try Self.scheduler([Self.hourly], store: file.open(), clock: clock, recorder: recorder, owner: "first")
        let second = try Self.scheduler([Self.hourly], store: file.open(), clock: clock, recorder: recorder, owner: "second")
        for _ in 0..<5 {
            async let one = first.runDue()
            async let two = second.runDue()
            _ = await (one, two)
        }
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z")])
    }

    @Test func aSecondSchedulerWaitsWhileTheJobRunsElsewhere() async throws {
        let file = try TemporaryStore()
        let slow = LaunchRecorder(holdingLaunches: true)
        let other = LaunchRecorder()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        // Every minute, so the next fire comes while the first run is still going.
        let job = ScheduledJob(name: "minutely", schedule: try CronSchedule("* * * * *", timeZoneIdentifier: "UTC"))
        let first = try Self.scheduler([job], store: file.open(), clock: clock, recorder: slow, owner: "first")
        let second = try Self.scheduler([job], store: file.open(), clock: clock, recorder: other, owner: "second")
        let running = Task { await first.runDue() }
        #expect(await clock.waitUntil { slow.running == 1 })
        clock.set(instant("2026-12-01T10:01:01Z"))
        let events = await second.runDue()
        #expect(other.launches.isEmpty)
        #expect(events == [.busy(job: "minutely", owner: "first", until: instant("2026-12-01T10:10:01Z"))])
        slow.release()
        _ = await running.value
        // Once the lock is released, the waiting fire time runs.
        await second.runDue()
        #expect(other.fireTimes == [instant("2026-12-01T10:01:00Z")])
    }

    @Test func reclaimsTheLockOfASchedulerThatDied() async throws {
        let store = try memoryStore()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:00Z"))
        let job = ScheduledJob(name: "minutely", schedule: try CronSchedule("* * * * *", timeZoneIdentifier: "UTC"))
        // A scheduler took the lock at 10:00 and vanished without releasing it.
        let claim = try store.claim(
            jobName: "minutely", owner: "dead", now: clock.now(), lockExpiry: instant("2026-12-01T10:10:00Z"),
            firstSeen: instant("2026-12-01T09:59:30Z"), plan: { _ in .run(fireTime: instant("2026-12-01T10:00:00Z"), missedSince: nil) }
        )
        #expect(claim == .claimed(fireTime: instant("2026-12-01T10:00:00Z"), missedSince: nil))
        let recorder = LaunchRecorder()
        let scheduler = try Self.scheduler([job], store: store, clock: clock, recorder: recorder)
        clock.set(instant("2026-12-01T10:05:00Z"))
        #expect(await scheduler.runDue() == [.busy(job: "minutely", owner: "dead", until: instant("2026-12-01T10:10:00Z"))])
        clock.set(instant("2026-12-01T10:10:30Z"))
        await scheduler.runDue()
        // Catch-up `once`: the fire times missed while locked run once, for the latest.
        #expect(recorder.fireTimes == [instant("2026-12-01T10:10:00Z")])
    }

    @Test func neverRunsTwoInstancesOfAJobInOneProcess() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder(holdingLaunches: true)
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        let job = ScheduledJob(name: "minutely", schedule: try CronSchedule("* * * * *", timeZoneIdentifier: "UTC"))
        let scheduler = try Self.scheduler([job], store: store, clock: clock, recorder: recorder)
        let running = Task { await scheduler.runDue() }
        #expect(await clock.waitUntil { recorder.running == 1 })
        clock.set(instant("2026-12-01T10:01:01Z"))
        #expect(await scheduler.runDue().isEmpty)
        recorder.release()
        _ = await running.value
        #expect(recorder.mostRunningAtOnce == 1)
    }

    // MARK: Clock and history

    @Test func neverFiresTwiceWhenTheClockGoesBackwards() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:05Z"))
        let scheduler = try Self.scheduler([Self.hourly], store: store, clock: clock, recorder: recorder)
        await scheduler.runDue()
        // The clock is set back an hour and a half, then runs forward again.
        for time in ["2026-12-01T08:30:00Z", "2026-12-01T09:00:00Z", "2026-12-01T09:59:59Z", "2026-12-01T10:00:00Z", "2026-12-01T10:30:00Z"] {
            await scheduler.runDue(now: instant(time))
        }
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z")])
        await scheduler.runDue(now: instant("2026-12-01T11:00:01Z"))
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z"), instant("2026-12-01T11:00:00Z")])
    }

    @Test func aNewJobDoesNotCatchUpFireTimesFromBeforeItExisted() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:30:00Z"))
        let scheduler = try Self.scheduler([Self.hourly], store: store, clock: clock, recorder: recorder)
        await scheduler.runDue()
        #expect(recorder.launches.isEmpty)
        await scheduler.runDue(now: instant("2026-12-01T11:00:00Z"))
        #expect(recorder.fireTimes == [instant("2026-12-01T11:00:00Z")])
    }

    // MARK: Catch-up

    @Test func runsMissedFireTimesOnceUnderCatchUpOnce() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        try await Self.scheduler([Self.hourly(catchUp: .once)], store: store, clock: clock, recorder: recorder).runDue()
        // Down from 10:00 to 15:30: 11:00 to 15:00 were missed.
        clock.set(instant("2026-12-01T15:30:00Z"))
        let events = try await Self.scheduler([Self.hourly(catchUp: .once)], store: store, clock: clock, recorder: recorder).runDue()
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z"), instant("2026-12-01T15:00:00Z")])
        #expect(events.first == .started(
            job: "hourly", fireTime: instant("2026-12-01T15:00:00Z"), missedSince: instant("2026-12-01T11:00:00Z"), policy: .once
        ))
        #expect(events.first?.description == "hourly: started for 2026-12-01 15:00 UTC (once for the fire times missed since 2026-12-01 11:00 UTC)")
    }

    @Test func dropsMissedFireTimesUnderCatchUpSkip() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        let job = Self.hourly(catchUp: .skip)
        try await Self.scheduler([job], store: store, clock: clock, recorder: recorder).runDue()
        clock.set(instant("2026-12-01T15:30:00Z"))
        let events = try await Self.scheduler([job], store: store, clock: clock, recorder: recorder).runDue()
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z")])
        #expect(events == [.skipped(job: "hourly", first: instant("2026-12-01T11:00:00Z"), last: instant("2026-12-01T15:00:00Z"))])
        // The next fire time runs as usual.
        try await Self.scheduler([job], store: store, clock: clock, recorder: recorder).runDue(now: instant("2026-12-01T16:00:03Z"))
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z"), instant("2026-12-01T16:00:00Z")])
    }

    @Test func runsTheOnTimeFireButDropsOlderOnesUnderCatchUpSkip() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        let job = Self.hourly(catchUp: .skip)
        try await Self.scheduler([job], store: store, clock: clock, recorder: recorder).runDue()
        clock.set(instant("2026-12-01T15:01:00Z"))
        let events = try await Self.scheduler([job], store: store, clock: clock, recorder: recorder).runDue()
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z"), instant("2026-12-01T15:00:00Z")])
        #expect(events.prefix(2) == [
            .skipped(job: "hourly", first: instant("2026-12-01T11:00:00Z"), last: instant("2026-12-01T14:00:00Z")),
            .started(job: "hourly", fireTime: instant("2026-12-01T15:00:00Z"), missedSince: instant("2026-12-01T11:00:00Z"), policy: .skip),
        ])
    }

    @Test func catchesUpAYearOfEveryMinuteQuickly() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder()
        let job = ScheduledJob(name: "minutely", schedule: try CronSchedule("* * * * *", timeZoneIdentifier: "UTC"))
        let clock = ManualSchedulerClock(instant("2025-12-01T10:00:01Z"))
        try await Self.scheduler([job], store: store, clock: clock, recorder: recorder).runDue()
        clock.set(instant("2026-12-01T10:00:01Z"))
        try await Self.scheduler([job], store: store, clock: clock, recorder: recorder).runDue()
        #expect(recorder.fireTimes == [instant("2025-12-01T10:00:00Z"), instant("2026-12-01T10:00:00Z")])
    }

    // MARK: Failures and configuration

    @Test func recordsAFailedRunAndGoesOn() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder(failingWith: "provider unreachable")
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        let scheduler = try Self.scheduler([Self.hourly], store: store, clock: clock, recorder: recorder)
        let events = await scheduler.runDue()
        #expect(events.last == .failed(job: "hourly", fireTime: instant("2026-12-01T10:00:00Z"), message: "provider unreachable"))
        #expect(try store.state(of: "hourly")?.lastError == "provider unreachable")
        #expect(try store.lock(of: "hourly") == nil)
        await scheduler.runDue(now: instant("2026-12-01T11:00:01Z"))
        #expect(recorder.launches.count == 2)
    }

    @Test func rejectsTwoJobsWithOneName() {
        #expect(throws: ScheduleError.duplicateJobName("hourly")) {
            try Scheduler(jobs: [Self.hourly, Self.hourly], store: try memoryStore(), launcher: { _, _ in })
        }
    }

    @Test func readsCatchUpPolicyNames() throws {
        #expect(try CatchUpPolicy(parsing: "Skip") == .skip)
        #expect(try CatchUpPolicy(parsing: " once ") == .once)
        #expect(CatchUpPolicy.default == .once)
        #expect(throws: ScheduleError.unknownCatchUpPolicy("all")) { try CatchUpPolicy(parsing: "all") }
    }

    // MARK: The long-running loop

    @Test func theLoopSleepsUntilEachFireTimeAndStopsWhenAsked() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder()
        let clock = ManualSchedulerClock(instant("2026-12-01T09:58:00Z"))
        let scheduler = try Self.scheduler([Self.hourly], store: store, clock: clock, recorder: recorder)
        let loop = Task { await scheduler.run() }
        #expect(await clock.waitUntil { clock.sleeperCount == 1 })
        // It never sleeps more than a minute, so a changed wall clock is noticed.
        #expect(clock.earliestDeadline == instant("2026-12-01T09:59:00Z"))
        clock.set(instant("2026-12-01T09:59:00Z"))
        #expect(await clock.waitUntil { clock.earliestDeadline == instant("2026-12-01T10:00:00Z") })
        clock.set(instant("2026-12-01T10:00:00.2Z"))
        #expect(await clock.waitUntil { recorder.launches.count == 1 && clock.earliestDeadline == instant("2026-12-01T10:01:00.2Z") })
        #expect(recorder.fireTimes == [instant("2026-12-01T10:00:00Z")])
        scheduler.stop()
        await loop.value
        #expect(scheduler.isStopped)
    }

    @Test func stoppingLetsARunningJobFinish() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder(holdingLaunches: true)
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        let scheduler = try Self.scheduler([Self.hourly], store: store, clock: clock, recorder: recorder)
        let loop = Task { await scheduler.run() }
        #expect(await clock.waitUntil { recorder.running == 1 })
        scheduler.stop()
        recorder.release()
        await loop.value
        #expect(try store.state(of: "hourly")?.lastFinishedAt != nil)
        #expect(try store.state(of: "hourly")?.lastError == nil)
        #expect(try store.lock(of: "hourly") == nil)
    }

    @Test func cancellingTheLoopCancelsTheRunningJob() async throws {
        let store = try memoryStore()
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        let scheduler = try Scheduler(
            jobs: [Self.hourly], store: store, clock: clock,
            launcher: { _, _ in try await clock.sleep(until: instant("2030-01-01T00:00:00Z")) }
        )
        let loop = Task { await scheduler.run() }
        // The job sleeps, and so does its lock renewal.
        #expect(await clock.waitUntil { clock.sleeperCount == 2 })
        loop.cancel()
        await loop.value
        #expect(try store.state(of: "hourly")?.lastError == "cancelled")
        #expect(try store.lock(of: "hourly") == nil)
    }

    @Test func renewsTheLockWhileALongJobRuns() async throws {
        let store = try memoryStore()
        let recorder = LaunchRecorder(holdingLaunches: true)
        let clock = ManualSchedulerClock(instant("2026-12-01T10:00:01Z"))
        let scheduler = try Self.scheduler([Self.hourly], store: store, clock: clock, recorder: recorder, lockDuration: 300)
        let running = Task { await scheduler.runDue() }
        #expect(await clock.waitUntil { recorder.running == 1 && clock.sleeperCount == 1 })
        #expect(try store.lock(of: "hourly")?.expiresAt == instant("2026-12-01T10:05:01Z"))
        clock.set(instant("2026-12-01T10:01:41Z"))
        #expect(await clock.waitUntil { (try? store.lock(of: "hourly")?.expiresAt) == instant("2026-12-01T10:06:41Z") })
        recorder.release()
        _ = await running.value
    }
}
