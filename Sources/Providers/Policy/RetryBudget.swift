/// Caps the retries of a whole run relative to the requests it made.
///
/// Retries may not exceed `ratio` × requests + `allowance`, so a provider that fails most
/// requests cannot multiply the run's traffic by the per-request retry limit.
struct RetryBudget: Sendable {
    let ratio: Double
    let allowance: Int
    /// First attempts admitted so far.
    private(set) var requests = 0
    /// Retries admitted so far.
    private(set) var retries = 0

    init(ratio: Double, allowance: Int) {
        self.ratio = max(0, ratio)
        self.allowance = max(0, allowance)
    }

    /// The most retries the run may make at its current number of requests.
    var limit: Int { Int((Double(requests) * ratio).rounded(.down)) + allowance }

    /// Counts a request's first attempt.
    mutating func recordRequest() { requests += 1 }

    /// Takes one retry from the budget; `false` when it is spent.
    mutating func spendRetry() -> Bool {
        guard retries < limit else { return false }
        retries += 1
        return true
    }
}
