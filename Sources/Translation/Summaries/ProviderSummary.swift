import Providers

/// Bullets written by a language model for one article, with what they cost.
public struct ProviderSummary: Sendable, Hashable {
    /// The bullets, most important first, in the article's language.
    public var bullets: [String]
    /// The provider that wrote them.
    public var provider: String
    /// The model that wrote them.
    public var model: String?
    /// What the requests consumed.
    public var usage: Usage
    /// The requests sent (two after a corrective retry).
    public var requests: Int

    /// Creates a summary.
    public init(bullets: [String], provider: String, model: String?, usage: Usage, requests: Int) {
        self.bullets = bullets
        self.provider = provider
        self.model = model
        self.usage = usage
        self.requests = requests
    }
}

/// Why a provider could not summarize an article.
public enum SummaryError: Error, Sendable, CustomStringConvertible {
    /// The article has no text to summarize.
    case emptyArticle
    /// The replies, the corrective retry included, were not usable bullets.
    case unusableReply(provider: String, problem: String)
    /// The provider failed (its `ProviderError` or `ProviderPolicyError`, described).
    case providerFailed(provider: String, reason: String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .emptyArticle:
            return "the article has no text to summarize"
        case let .unusableReply(provider, problem):
            return "\(provider) did not return usable summary bullets, even after a corrective retry: \(problem); try another provider or the local summarizer (engine: extractive)"
        case let .providerFailed(_, reason):
            return reason
        }
    }
}
