import Providers

/// How much one request of a backend may carry.
public enum PackingLimits: Sendable, Hashable {
    /// A language model: the blocks' estimated tokens stay within `inputTokens` (the prompt's
    /// own text aside), and their estimated translation within `outputTokens`.
    case tokens(inputTokens: Int, outputTokens: Int, maximumBlocks: Int, estimator: TokenEstimator)
    /// A translation service: at most so many texts and bytes per request (e.g. DeepL's 50 / 128 KiB).
    case texts(TranslationLimits)
    /// No limit: every unit in one call (the local translator).
    case unlimited

    /// The limits of a language model with `maxOutputTokens` and an input budget of `inputTokenBudget`.
    ///
    /// The reply is JSON around English a little longer than the Indonesian, so the blocks of
    /// one request are kept to what fits in about 80 % of the output limit.
    public static func languageModel(
        inputTokenBudget: Int,
        maxOutputTokens: Int,
        maximumBlocks: Int = 40,
        estimator: TokenEstimator = TokenEstimator()
    ) -> PackingLimits {
        .tokens(
            inputTokens: max(16, inputTokenBudget),
            outputTokens: max(16, maxOutputTokens * 4 / 5),
            maximumBlocks: max(1, maximumBlocks),
            estimator: estimator
        )
    }

    /// The largest text one unit may have, in the measure of these limits (tokens or bytes),
    /// or nil without limit.
    var largestUnit: Int? {
        switch self {
        case let .tokens(input, output, _, _): min(input, Self.sourceTokens(forReplyTokens: output))
        case let .texts(limits): limits.maximumBytes
        case .unlimited: nil
        }
    }

    /// The size of `text` in the measure of these limits.
    func size(of text: String) -> Int {
        switch self {
        case let .tokens(_, _, _, estimator): estimator.tokens(in: text) + Self.perBlockOverhead
        case .texts: text.utf8.count
        case .unlimited: 0
        }
    }

    /// Tokens of JSON around one block, in the request and in the reply.
    static let perBlockOverhead = 12

    /// The source tokens whose translation fits in `replyTokens`: English runs about 1.25 times
    /// the tokens of the Indonesian it translates, counted generously.
    static func sourceTokens(forReplyTokens replyTokens: Int) -> Int {
        max(8, replyTokens * 4 / 5)
    }
}
