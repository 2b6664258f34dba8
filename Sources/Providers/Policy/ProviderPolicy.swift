/// How hard Warta may push one provider, and how it retries when the provider pushes back.
///
/// A `ProviderGate` enforces these limits for every request sent to its provider. The defaults
/// suit a paid API tier shared with other work: a few requests at a time, a few retries, and a
/// run-wide cap on retries so a failing provider cannot multiply the traffic.
public struct ProviderPolicy: Sendable, Equatable {
    /// The most attempts running at the same time; later callers queue in arrival order.
    public var maxConcurrency: Int

    /// The most attempts started per minute, or `nil` for no limit.
    ///
    /// Enforced by a token bucket holding one minute's worth of requests, refilled continuously,
    /// which starts full: a run may begin with a burst of up to this many requests.
    public var requestsPerMinute: Int?

    /// The most tokens (as estimated by the caller, corrected by the usage the provider reports)
    /// per minute, or `nil` for no limit.
    ///
    /// A request estimated larger than the whole bucket still runs once the bucket is full, and
    /// leaves the bucket in debt that later requests wait out.
    public var tokensPerMinute: Int?

    /// The most retries of one request after its first attempt.
    public var maxRetries: Int

    /// The share of the run's requests that may be retried, on top of `retryBudgetAllowance`.
    ///
    /// With 0.2 and an allowance of 10, a run of 1,000 requests may make at most 210 retries.
    public var retryBudgetRatio: Double

    /// The retries a run may always make, however few requests it has sent.
    public var retryBudgetAllowance: Int

    /// The longest backoff before the first retry of a transient failure; it doubles with every
    /// further retry, up to `backoffCap`. The actual wait is drawn uniformly below it (full jitter).
    public var backoffBase: Duration

    /// The longest any backoff may be.
    public var backoffCap: Duration

    /// How many transient failures in a row, with no success between them, open the circuit.
    public var circuitFailureThreshold: Int

    /// How long an open circuit refuses requests before letting one probe through.
    public var circuitCoolDown: Duration

    /// Creates limits; every parameter has a default suited to a shared paid tier.
    public init(
        maxConcurrency: Int = 4,
        requestsPerMinute: Int? = nil,
        tokensPerMinute: Int? = nil,
        maxRetries: Int = 3,
        retryBudgetRatio: Double = 0.2,
        retryBudgetAllowance: Int = 10,
        backoffBase: Duration = .milliseconds(500),
        backoffCap: Duration = .seconds(30),
        circuitFailureThreshold: Int = 5,
        circuitCoolDown: Duration = .seconds(30)
    ) {
        self.maxConcurrency = maxConcurrency
        self.requestsPerMinute = requestsPerMinute
        self.tokensPerMinute = tokensPerMinute
        self.maxRetries = maxRetries
        self.retryBudgetRatio = retryBudgetRatio
        self.retryBudgetAllowance = retryBudgetAllowance
        self.backoffBase = backoffBase
        self.backoffCap = backoffCap
        self.circuitFailureThreshold = circuitFailureThreshold
        self.circuitCoolDown = circuitCoolDown
    }

    /// The problems that make these limits unusable, each a sentence naming the setting;
    /// empty when the limits are valid. Configuration loading reports these to the user.
    public var problems: [String] {
        var problems: [String] = []
        if maxConcurrency < 1 { problems.append("maximum concurrency must be at least 1, not \(maxConcurrency)") }
        if let requestsPerMinute, requestsPerMinute < 1 {
            problems.append("requests per minute must be at least 1, not \(requestsPerMinute) (leave it out for no limit)")
        }
        if let tokensPerMinute, tokensPerMinute < 1 {
            problems.append("tokens per minute must be at least 1, not \(tokensPerMinute) (leave it out for no limit)")
        }
        if maxRetries < 0 { problems.append("maximum retries per request must not be negative, not \(maxRetries)") }
        if !(retryBudgetRatio >= 0) { problems.append("retry budget ratio must not be negative, not \(retryBudgetRatio)") }
        if retryBudgetAllowance < 0 { problems.append("retry budget allowance must not be negative, not \(retryBudgetAllowance)") }
        if backoffBase < .zero { problems.append("backoff base must not be negative, not \(backoffBase)") }
        if backoffCap < backoffBase { problems.append("backoff cap (\(backoffCap)) must not be below the backoff base (\(backoffBase))") }
        if circuitFailureThreshold < 1 { problems.append("circuit failure threshold must be at least 1, not \(circuitFailureThreshold)") }
        if circuitCoolDown < .zero { problems.append("circuit cool-down must not be negative, not \(circuitCoolDown)") }
        return problems
    }
}
