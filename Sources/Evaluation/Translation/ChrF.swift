/// Corpus chrF as sacrebleu computes it with its defaults: character n-grams up to 6 with
/// whitespace removed, β = 2, case kept, statistics summed over the corpus and averaged over the
/// orders that occur; with `wordOrder: 2` it is chrF++ (word unigrams and bigrams added, words
/// split from punctuation at their ends).
public enum ChrF {
    /// The sufficient statistics of a corpus (or of several, added together).
    public struct Statistics: Sendable, Hashable {
        /// Word n-gram orders counted besides the six character orders (2 for chrF++).
        public let wordOrder: Int
        /// Hypothesis n-grams of each order (characters 1 to 6, then words), counted only where
        /// the reference has n-grams of that order.
        public var hypothesisCounts: [Int]
        /// Reference n-grams of each order.
        public var referenceCounts: [Int]
        /// Matched n-grams of each order, clipped to the reference counts.
        public var matches: [Int]

        /// The character n-gram orders.
        public static let characterOrder = 6
        /// The weight of recall against precision.
        public static let beta = 2.0

        /// Empty statistics for chrF (`wordOrder` 0) or chrF++ (`wordOrder` 2).
        public init(wordOrder: Int = 0) {
            self.wordOrder = wordOrder
            let orders = ChrF.Statistics.characterOrder + wordOrder
            hypothesisCounts = Array(repeating: 0, count: orders)
            referenceCounts = Array(repeating: 0, count: orders)
            matches = Array(repeating: 0, count: orders)
        }

        /// Adds one hypothesis and its reference.
        public mutating func add(hypothesis: String, reference: String) {
            let hypothesisScalars = PythonText.scalars(hypothesis)
            let referenceScalars = PythonText.scalars(reference)
            let hypothesisCharacters = ChrF.characters(hypothesisScalars)
            let referenceCharacters = ChrF.characters(referenceScalars)
            for order in 1...ChrF.Statistics.characterOrder {
                add(NGramCounts(hypothesisCharacters, order: order), NGramCounts(referenceCharacters, order: order), at: order - 1)
            }
            guard wordOrder > 0 else { return }
            var vocabulary = WordVocabulary()
            let hypothesisWords = vocabulary.numbers(ChrF.words(hypothesisScalars))
            let referenceWords = vocabulary.numbers(ChrF.words(referenceScalars))
            for order in 1...wordOrder {
                add(NGramCounts(hypothesisWords, order: order), NGramCounts(referenceWords, order: order),
                    at: ChrF.Statistics.characterOrder + order - 1)
            }
        }

        private mutating func add(_ hypothesis: NGramCounts, _ reference: NGramCounts, at index: Int) {
            // sacrebleu counts no hypothesis n-grams for an order the reference lacks.
            hypothesisCounts[index] += reference.total > 0 ? hypothesis.total : 0
            referenceCounts[index] += reference.total
            matches[index] += reference.matches(hypothesis)
        }

        /// The score of these statistics, 0 to 100: the F-β of precision and recall averaged
        /// over the orders where both hypothesis and reference have n-grams.
        public var score: Double {
            var precision = 0.0
            var recall = 0.0
            var orders = 0
            for index in hypothesisCounts.indices where hypothesisCounts[index] > 0 && referenceCounts[index] > 0 {
                precision += Double(matches[index]) / Double(hypothesisCounts[index])
                recall += Double(matches[index]) / Double(referenceCounts[index])
                orders += 1
            }
            guard orders > 0 else { return 0 }
            precision /= Double(orders)
            recall /= Double(orders)
            guard precision + recall > 0 else { return 0 }
            let factor = ChrF.Statistics.beta * ChrF.Statistics.beta
            return 100 * (1 + factor) * precision * recall / (factor * precision + recall)
        }
    }

    /// Corpus chrF (`wordOrder` 0) or chrF++ (`wordOrder` 2), 0 to 100, of `hypotheses` against
    /// `references`, pair by pair.
    ///
    /// - Precondition: both lists have the same length.
    public static func corpusScore(hypotheses: [String], references: [String], wordOrder: Int = 0) -> Double {
        precondition(hypotheses.count == references.count, "chrF needs one reference per hypothesis")
        var statistics = Statistics(wordOrder: wordOrder)
        for (hypothesis, reference) in zip(hypotheses, references) {
            statistics.add(hypothesis: hypothesis, reference: reference)
        }
        return statistics.score
    }

    /// The scalars of a segment with all whitespace removed, as integers for n-gram counting.
    static func characters(_ scalars: [UInt32]) -> [Int] {
        var characters: [Int] = []
        characters.reserveCapacity(scalars.count)
        for value in scalars where !PythonText.isSpace(value) { characters.append(Int(value)) }
        return characters
    }

    /// ASCII punctuation that chrF++ splits from the start or end of a word.
    private static func isPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }

    /// The words of a segment for chrF++: split at whitespace, then one punctuation mark at the
    /// end of a word (or else at its start) made a word of its own, as the original chrF does.
    static func words(_ scalars: [UInt32]) -> [ArraySlice<UInt32>] {
        var words: [ArraySlice<UInt32>] = []
        for word in PythonText.split(scalars) {
            if word.count == 1 {
                words.append(word)
            } else if isPunctuation(word.last!) {
                words.append(word.dropLast())
                words.append(word.suffix(1))
            } else if isPunctuation(word.first!) {
                words.append(word.prefix(1))
                words.append(word.dropFirst())
            } else {
                words.append(word)
            }
        }
        return words
    }
}
