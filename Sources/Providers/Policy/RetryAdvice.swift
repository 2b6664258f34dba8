/// What the policy should do after a failed attempt.
///
/// Each failure a provider adapter throws carries one of these, through `RetryClassifiable`,
/// so the `ProviderGate` can decide without knowing HTTP or the provider's wire format.
public enum RetryAdvice: Sendable, Equatable {
    /// The request itself is wrong (a 400, a malformed answer): trying again would fail the same way.
    case never
    /// A transient failure (a timeout, a 5xx, a dropped connection): retry after an exponential
    /// backoff with full jitter.
    case afterBackoff
    /// The provider said exactly when to come back (a 429 or 503 with `Retry-After`): every
    /// worker on this provider waits that long before its next attempt.
    case after(Duration)
    /// Nothing sent to this provider can succeed in this run (a bad key, an exhausted quota):
    /// the gate closes and every later call fails at once.
    case stopProvider
}

/// A failure that knows how it may be retried.
///
/// Errors that do not conform are treated as `.never`, except `CancellationError`,
/// which is always passed through untouched.
public protocol RetryClassifiable: Error {
    /// How the policy should react to this failure.
    var retryAdvice: RetryAdvice { get }
}
