import Foundation

/// How many attempts a task gets and how long it waits between them.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; a task that fails its last attempt is dead.
    public var maxAttempts: Int
    /// The wait after the first failure.
    public var initialDelay: Duration
    /// How much each further wait grows.
    public var multiplier: Double
    /// The longest wait.
    public var maxDelay: Duration

    /// Creates a retry policy.
    public init(maxAttempts: Int = 5, initialDelay: Duration = .seconds(2), multiplier: Double = 2, maxDelay: Duration = .seconds(300)) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialDelay = initialDelay
        self.multiplier = max(1, multiplier)
        self.maxDelay = maxDelay
    }

    /// The wait after attempt number `attempt` (1-based) failed.
    public func delay(afterAttempt attempt: Int) -> Duration {
        let exponent = Double(max(0, attempt - 1))
        let seconds = initialDelay.seconds * pow(multiplier, exponent)
        return seconds >= maxDelay.seconds ? maxDelay : .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// Whether a task whose attempt number `attempt` failed may have another.
    public func allowsRetry(afterAttempt attempt: Int) -> Bool {
        attempt < maxAttempts
    }
}
