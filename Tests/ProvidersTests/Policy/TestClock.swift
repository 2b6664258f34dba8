import Providers
import Synchronization

/// A `PolicyClock` that stands still until a test moves it, so waits are checked without sleeping.
///
/// `sleep(until:)` suspends until `advance(by:)` or `advance(to:)` moves the clock to or past the
/// deadline; sleepers whose deadlines have passed resume in deadline order.
final class TestClock: PolicyClock {
    private struct Sleeper {
        let id: Int
        let deadline: ContinuousClock.Instant
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: ContinuousClock.Instant
        var sleepers: [Sleeper] = []
        var nextID = 0
    }

    private let state: Mutex<State>
    /// The instant the clock started at; tests read times as offsets from it.
    let start: ContinuousClock.Instant

    init() {
        let start = ContinuousClock.now
        self.start = start
        state = Mutex(State(now: start))
    }

    var now: ContinuousClock.Instant { state.withLock { $0.now } }

    /// The time since the clock started.
    var elapsed: Duration { now - start }

    /// How many tasks are sleeping on the clock.
    var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// The earliest deadline anyone sleeps until, as an offset from `start`.
    var nextDeadline: Duration? { state.withLock { $0.sleepers.map(\.deadline).min() }.map { $0 - start } }

    func sleep(until deadline: ContinuousClock.Instant) async throws {
        try Task.checkCancellation()
        let id: Int? = state.withLock { state in
            guard deadline > state.now else { return nil }
            defer { state.nextID += 1 }
            return state.nextID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let cancelled: Bool = state.withLock { state in
                    // Checked under the lock the cancellation handler takes, so a cancellation
                    // is seen either here or by the handler.
                    if Task.isCancelled { return true }
                    if deadline <= state.now {
                        continuation.resume()
                        return false
                    }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return false
                }
                if cancelled { continuation.resume(throwing: CancellationError()) }
            }
        } onCancel: {
            let sleeper: Sleeper? = state.withLock { state in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Sleeps for `duration` of this clock's time.
    func sleep(for duration: Duration) async throws {
        try await sleep(until: now + duration)
    }

    /// Moves the clock forward by `duration`, waking the sleepers whose deadlines it reaches.
    func advance(by duration: Duration) {
        advance(toOffset: elapsed + duration)
    }

    /// Moves the clock to `offset` after its start (never backwards), waking the sleepers due.
    func advance(toOffset offset: Duration) {
        let due: [Sleeper] = state.withLock { state in
            state.now = max(state.now, start + offset)
            let now = state.now
            let due = state.sleepers.filter { $0.deadline <= now }.sorted { $0.deadline < $1.deadline }
            state.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Moves the clock to the earliest deadline anyone sleeps until.
    func advanceToNextDeadline() {
        if let nextDeadline { advance(toOffset: nextDeadline) }
    }
}
