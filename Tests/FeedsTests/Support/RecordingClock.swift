import Feeds
import Synchronization

/// A politeness clock that never sleeps: it records each wait and moves its time on by it.
final class RecordingClock: PolitenessClock {
    private let state = Mutex<(now: Duration, sleeps: [Duration])>((.zero, []))

    /// The waits asked for so far.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    func now() -> Duration { state.withLock { $0.now } }

    func sleep(for duration: Duration) async throws {
        state.withLock {
            $0.sleeps.append(duration)
            $0.now += duration
        }
    }

    /// Moves time on without a wait, as if the fetcher had been busy.
    func advance(by duration: Duration) {
        state.withLock { $0.now += duration }
    }
}
