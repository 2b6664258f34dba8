/// The time source the politeness delay waits on; tests pass one that records the waits and
/// moves on at once.
public protocol PolitenessClock: Sendable {
    /// The time elapsed since an arbitrary fixed origin, never going backwards.
    func now() -> Duration
    /// Waits for `duration` (throws when the task is cancelled).
    func sleep(for duration: Duration) async throws
}

/// The real clock: `ContinuousClock` and `Task.sleep`.
public struct ContinuousPolitenessClock: PolitenessClock {
    private let origin = ContinuousClock.now

    /// Creates the clock.
    public init() {}

    /// Time since the clock was created.
    public func now() -> Duration {
        ContinuousClock.now - origin
    }

    /// Sleeps for `duration`.
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
