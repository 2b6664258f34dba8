/// How hard Warta may use one provider: parallel requests, request and token rates, retries
/// and the time one request may take.
public struct ProviderLimits: Sendable, Hashable {
    /// The most requests in flight at once.
    public var maxConcurrency: Int
    /// The most requests started per minute; nil for no limit.
    public var requestsPerMinute: Int?
    /// The most tokens (input and output) per minute; nil for no limit.
    public var tokensPerMinute: Int?
    /// How many times a failed request may be tried again.
    public var maxRetries: Int
    /// The longest one request may take, in seconds.
    public var timeoutSeconds: Double

    /// Creates limits; the defaults are cautious enough for a paid API's lowest tier.
    public init(
        maxConcurrency: Int = 4,
        requestsPerMinute: Int? = nil,
        tokensPerMinute: Int? = nil,
        maxRetries: Int = 3,
        timeoutSeconds: Double = 120
    ) {
        self.maxConcurrency = maxConcurrency
        self.requestsPerMinute = requestsPerMinute
        self.tokensPerMinute = tokensPerMinute
        self.maxRetries = maxRetries
        self.timeoutSeconds = timeoutSeconds
    }
}
