/// The knobs of the extractive summarizer. The defaults were tuned on IndoSum's
/// development articles for news in general, not for any one outlet.
public struct SummarizerConfiguration: Sendable, Hashable {
    /// How many words an adaptive summary aims at; news summaries written by people
    /// run to about three sentences of lead-style prose.
    public var targetWords: Int = 58
    /// The fewest bullets an adaptive summary has, when the article has that many sentences.
    public var minimumBullets: Int = 2
    /// The most bullets an adaptive summary has.
    public var maximumBullets: Int = 5
    /// How quickly the value of a sentence falls with its position: the score halves
    /// every `positionHalfLife` sentences.
    public var positionHalfLife: Double = 2.5
    /// The weight of centrality (similarity to the whole article) against position.
    public var centralityWeight: Double = 0.35
    /// The weight of similarity to the headline, when there is one.
    public var titleWeight: Double = 0.2
    /// Two sentences sharing more than this share of their content words are redundant.
    public var redundancyThreshold: Double = 0.6
    /// Whether bullets drop leading discourse connectives ("Selain itu," "Meski demikian,").
    public var dropsLeadingConnectives: Bool = true

    /// The defaults.
    public init() {}
}
