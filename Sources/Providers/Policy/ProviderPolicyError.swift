/// Why a `ProviderGate` gave up on a request.
///
/// Failures the policy does not retry (`RetryAdvice.never`) and cancellation are thrown as they
/// are; these cases cover the requests the policy itself stopped. Each description names the
/// provider and the last failure, so a user can tell which provider to look at and why.
public enum ProviderPolicyError: Error, CustomStringConvertible {
    /// The provider said nothing more can succeed in this run (`RetryAdvice.stopProvider`);
    /// this request and every later one fail at once.
    case providerStopped(provider: String, cause: any Error)

    /// The circuit is open after `consecutiveFailures` transient failures in a row; requests
    /// fail at once until `coolDown` has passed and a probe succeeds.
    case circuitOpen(provider: String, consecutiveFailures: Int, coolDown: Duration, lastFailure: any Error)

    /// The request failed on each of its `attempts` attempts, the last time with `lastFailure`.
    case retriesExhausted(provider: String, attempts: Int, lastFailure: any Error)

    /// The run has made as many retries as its budget allows (`retries` for `requests` requests),
    /// so this request's transient failure was not retried.
    case retryBudgetExhausted(provider: String, retries: Int, requests: Int, lastFailure: any Error)

    /// The provider the error is about.
    public var provider: String {
        switch self {
        case .providerStopped(let provider, _), .circuitOpen(let provider, _, _, _),
             .retriesExhausted(let provider, _, _), .retryBudgetExhausted(let provider, _, _, _):
            provider
        }
    }

    /// The provider's own failure behind this error.
    public var underlyingError: any Error {
        switch self {
        case .providerStopped(_, let error), .circuitOpen(_, _, _, let error),
             .retriesExhausted(_, _, let error), .retryBudgetExhausted(_, _, _, let error):
            error
        }
    }

    /// Whether the error concerns the provider rather than the one request: the run cannot go
    /// on with this provider for now, so a pipeline should stop sending it work.
    public var isRunLevel: Bool {
        switch self {
        case .providerStopped, .circuitOpen: true
        case .retriesExhausted, .retryBudgetExhausted: false
        }
    }

    /// A sentence naming the provider, what happened and the last failure.
    public var description: String {
        switch self {
        case .providerStopped(let provider, let cause):
            "\(provider): stopped for the rest of this run after: \(cause)"
        case .circuitOpen(let provider, let failures, let coolDown, let last):
            "\(provider): \(failures) consecutive failures, last: \(last) (requests paused, one probe after \(coolDown))"
        case .retriesExhausted(let provider, let attempts, let last):
            "\(provider): gave up after \(attempts) attempt\(attempts == 1 ? "" : "s"), last: \(last)"
        case .retryBudgetExhausted(let provider, let retries, let requests, let last):
            "\(provider): retry budget of this run spent (\(retries) retries for \(requests) requests), last: \(last)"
        }
    }
}
