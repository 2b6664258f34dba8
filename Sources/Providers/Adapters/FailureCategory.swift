/// The class an adapter puts a failed reply in when the status alone would mislead, e.g.
/// OpenAI's `insufficient_quota` (a 429 that is no rate limit) or Google's `keyInvalid` (a 400).
enum FailureCategory: Sendable {
    /// The key was refused.
    case keyRejected
    /// The quota, credit or spend limit is used up.
    case quotaExhausted
    /// Too many requests for now.
    case rateLimited
    /// A fault on the provider's side, worth retrying.
    case serverError
    /// The request itself is wrong.
    case badRequest
}
