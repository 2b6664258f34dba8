import IndonesianText

/// What the summarizer knows about one sentence of an article.
struct SentenceFeatures {
    /// The sentence as written.
    var text: String
    /// Its index among the article's sentences.
    var index: Int
    /// The index of its paragraph.
    var paragraphIndex: Int
    /// Whether it opens its paragraph.
    var opensParagraph: Bool
    /// How many words it has.
    var wordCount: Int
    /// Its content words (stop words removed) as IDs in the article's vocabulary, with counts.
    var terms: [Int: Int]
    /// Reasons this sentence makes a poor bullet on its own, from 0 (none) to 1 (unusable).
    var unsuitability: Double
}
