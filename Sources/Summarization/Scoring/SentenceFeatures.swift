/// What the summarizer knows about one sentence of an article.
struct SentenceFeatures {
    /// The sentence as written.
    var text: String
    /// Its index among the article's sentences.
    var index: Int
    /// The index of its paragraph.
    var paragraphIndex: Int
    /// How many words it has.
    var wordCount: Int
    /// Its content terms (stemmed, stop words removed) as IDs in the article's vocabulary.
    var terms: Set<Int>
    /// Reasons this sentence makes a poor bullet on its own, from 0 (none) to 1 (unusable).
    var unsuitability: Double
}
