/// The time source a `ProviderGate` waits on.
///
/// Production code uses `ContinuousPolicyClock`; tests pass a clock they advance by hand, so
/// rate limits, backoff and Retry-After pauses can be checked without sleeping for real.
public protocol PolicyClock: Sendable {
    /// The current instant.
    var now: ContinuousClock.Instant { get }

    /// Suspends until `deadline` has passed; returns at once if it already has.
    ///
    /// Throws `CancellationError` when the waiting task is cancelled.
    func sleep(until deadline: ContinuousClock.Instant) async throws
}
