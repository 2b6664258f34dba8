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
    /// Its content terms (stemmed, stop words removed) as IDs in the article's vocabulary,
    /// sorted and without repeats.
    var terms: [Int]
    /// Reasons this sentence makes a poor bullet on its own, from 0 (none) to 1 (unusable).
    var unsuitability: Double
}

extension Array where Element == Int {
    /// How many elements two sorted arrays without repeats have in common.
    func sharedCount(with other: [Int]) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < count && j < other.count {
            if self[i] == other[j] {
                shared += 1
                i += 1
                j += 1
            } else if self[i] < other[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
