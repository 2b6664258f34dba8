/// The real `PolicyClock`: the system's monotonic `ContinuousClock`.
public struct ContinuousPolicyClock: PolicyClock {
    private let clock = ContinuousClock()

    /// Creates the system clock.
    public init() {}

    /// The current instant of the system's continuous clock.
    public var now: ContinuousClock.Instant { clock.now }

    /// Suspends until `deadline`, or throws `CancellationError` when the task is cancelled.
    public func sleep(until deadline: ContinuousClock.Instant) async throws {
        try await clock.sleep(until: deadline, tolerance: nil)
    }
}
