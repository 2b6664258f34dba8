/// The knobs of the extractive summarizer. The defaults were tuned on IndoSum's
/// development articles for news in general, not for any one outlet or article.
public struct SummarizerConfiguration: Sendable, Hashable {
    /// How many words an adaptive summary aims at: people summarizing news write about
    /// sixty words whatever the article's length.
    public var targetWords: Int = 58
    /// The fewest bullets an adaptive summary has, when the article has that many usable sentences.
    public var minimumBullets: Int = 3
    /// The most bullets an adaptive summary has.
    public var maximumBullets: Int = 5
    /// How quickly the value of a sentence falls with its position: it halves every
    /// `positionHalfLife` sentences.
    public var positionHalfLife: Double = 2.5
    /// The weight of centrality (how much of the article's recurring vocabulary a
    /// sentence shares) against position.
    public var centralityWeight: Double = 0.35
    /// The weight of similarity to the headline, when there is one.
    public var titleWeight: Double = 0.5
    /// Sentences longer than this many words read poorly as bullets and are penalized.
    public var longSentenceWords: Int = 40
    /// How much a long sentence loses, as a share of its score.
    public var longSentencePenalty: Double = 0.3
    /// A second sentence from a paragraph that already gave a bullet keeps this share of
    /// its score: in news a paragraph carries one point, and its later sentences elaborate it.
    public var sameParagraphFactor: Double = 0.85
    /// Two sentences sharing more than this share of their content words are redundant.
    public var redundancyThreshold: Double = 0.6
    /// Whether bullets drop leading discourse connectives ("Selain itu," "Meski demikian,").
    public var dropsLeadingConnectives: Bool = true

    /// The defaults.
    public init() {}
}
