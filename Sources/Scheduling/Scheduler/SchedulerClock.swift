import Foundation

/// The scheduler's source of time, injectable so tests drive it without sleeping.
public protocol SchedulerClock: Sendable {
    /// The current wall-clock time.
    func now() -> Date
    /// Suspends until `deadline` (returning at once if it has passed); throws `CancellationError`
    /// when the task is cancelled.
    func sleep(until deadline: Date) async throws
}

/// The system's wall clock.
public struct SystemSchedulerClock: SchedulerClock {
    /// The system clock.
    public init() {}

    /// `Date()`.
    public func now() -> Date { Date() }

    /// Sleeps for the time left until `deadline` as measured now. The scheduler never sleeps
    /// longer than a minute at a time, so a wall clock that is set meanwhile is noticed.
    public func sleep(until deadline: Date) async throws {
        let interval = deadline.timeIntervalSinceNow
        if interval > 0 {
            try await Task.sleep(for: .milliseconds(Int64((interval * 1000).rounded(.up))))
        } else {
            try Task.checkCancellation()
        }
    }
}
