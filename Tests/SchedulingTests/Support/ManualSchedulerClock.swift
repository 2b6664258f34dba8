import Foundation
import Scheduling
import Synchronization

/// A clock tests set by hand: `sleep(until:)` suspends until the test moves the time past the
/// deadline (or the sleeping task is cancelled), so no test ever really sleeps.
final class ManualSchedulerClock: SchedulerClock {
    private struct Sleeper {
        var deadline: Date
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: Date
        var sleepers: [Int: Sleeper] = [:]
        var nextSleeper = 0
    }

    private let state: Mutex<State>

    init(_ now: Date) {
        state = Mutex(State(now: now))
    }

    func now() -> Date { state.withLock { $0.now } }

    /// How many tasks are suspended in `sleep(until:)`.
    var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// The earliest deadline among sleeping tasks.
    var earliestDeadline: Date? { state.withLock { $0.sleepers.values.map(\.deadline).min() } }

    /// Sets the time (forwards or backwards) and wakes every sleeper whose deadline has come.
    func set(_ time: Date) {
        let woken = state.withLock { state -> [CheckedContinuation<Void, any Error>] in
            state.now = time
            let due = state.sleepers.filter { $0.value.deadline <= time }
            for id in due.keys { state.sleepers.removeValue(forKey: id) }
            return due.values.map(\.continuation)
        }
        for continuation in woken { continuation.resume() }
    }

    func sleep(until deadline: Date) async throws {
        let id = state.withLock { state -> Int in
            state.nextSleeper += 1
            return state.nextSleeper
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = state.withLock { state -> Bool? in
                    if Task.isCancelled { return false }
                    if deadline <= state.now { return true }
                    state.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    return nil
                }
                switch outcome {
                case true?: continuation.resume()
                case false?: continuation.resume(throwing: CancellationError())
                case nil: break
                }
            }
        } onCancel: {
            let sleeper = state.withLock { $0.sleepers.removeValue(forKey: id) }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Yields until `condition` holds (other tasks doing the work), giving up after a generous
    /// 60 seconds on a loaded machine instead of hanging.
    func waitUntil(_ condition: () -> Bool) async -> Bool {
        let giveUp = ContinuousClock.now.advanced(by: .seconds(60))
        while ContinuousClock.now < giveUp {
            if condition() { return true }
            await Task.yield()
        }
        return condition()
    }
}
