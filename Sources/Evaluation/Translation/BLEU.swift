import Foundation

/// Corpus BLEU as sacrebleu computes it with its defaults: the `13a` tokenizer, n-grams up to 4,
/// case kept, one reference per segment, the brevity penalty over the whole corpus, and the `exp`
/// smoothing of mteval-v13a for orders without a match.
public enum BLEU {
    /// The sufficient statistics of a corpus (or of several, added together).
    public struct Statistics: Sendable, Hashable {
        /// Tokens in the hypotheses.
        public var hypothesisLength = 0
        /// Tokens in the references.
        public var referenceLength = 0
        /// Matched n-grams of each order, 1 to 4, clipped to the reference counts.
        public var matches = [0, 0, 0, 0]
        /// Hypothesis n-grams of each order, 1 to 4.
        public var totals = [0, 0, 0, 0]

        /// Empty statistics.
        public init() {}

        /// Adds one hypothesis and its reference.
        public mutating func add(hypothesis: String, reference: String) {
            var vocabulary = WordVocabulary()
            let hypothesisWords = vocabulary.numbers(SacreBLEUTokenizer.tokenScalars(hypothesis))
            let referenceWords = vocabulary.numbers(SacreBLEUTokenizer.tokenScalars(reference))
            hypothesisLength += hypothesisWords.count
            referenceLength += referenceWords.count
            for order in 1...4 {
                let hypothesisCounts = NGramCounts(hypothesisWords, order: order)
                let referenceCounts = NGramCounts(referenceWords, order: order)
                totals[order - 1] += hypothesisCounts.total
                matches[order - 1] += referenceCounts.matches(hypothesisCounts)
            }
        }

        /// The BLEU score of these statistics, 0 to 100.
        public var score: Double {
            let brevityPenalty: Double
            if hypothesisLength < referenceLength {
                brevityPenalty = hypothesisLength > 0 ? exp(1 - Double(referenceLength) / Double(hypothesisLength)) : 0
            } else {
                brevityPenalty = 1
            }
            if matches.allSatisfy({ $0 == 0 }) { return 0 }
            var precisions = [0.0, 0.0, 0.0, 0.0]
            var smoothing = 1.0
            for order in 0..<4 {
                if totals[order] == 0 { break }
                if matches[order] == 0 {
                    // mteval-v13a: each order without a match counts as 1 / 2^k of its n-grams.
                    smoothing *= 2
                    precisions[order] = 100 / (smoothing * Double(totals[order]))
                } else {
                    precisions[order] = 100 * Double(matches[order]) / Double(totals[order])
                }
            }
            // sacrebleu floors log(0) at -9999999999 instead of failing.
            let logSum = precisions.reduce(0.0) { $0 + ($1 == 0 ? -9_999_999_999 : log($1)) }
            return brevityPenalty * exp(logSum / 4)
        }
    }

    /// Corpus BLEU (0 to 100) of `hypotheses` against `references`, pair by pair.
    ///
    /// - Precondition: both lists have the same length.
    public static func corpusScore(hypotheses: [String], references: [String]) -> Double {
        precondition(hypotheses.count == references.count, "BLEU needs one reference per hypothesis")
        var statistics = Statistics()
        for (hypothesis, reference) in zip(hypotheses, references) {
            statistics.add(hypothesis: hypothesis, reference: reference)
        }
        return statistics.score
    }
}
