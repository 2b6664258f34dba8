/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1, computed the way Google's `rouge-score`
/// package computes them with its defaults (lowercase; every run of characters other than
/// a–z and 0–9 separates tokens; no stemming), so that figures match `warta-score summaries`.
public enum ROUGE {
    /// Precision, recall and F1 of one comparison, each in 0…1.
    public struct Score: Sendable, Hashable {
        /// The share of the candidate's units found in the reference.
        public var precision: Double
        /// The share of the reference's units found in the candidate.
        public var recall: Double
        /// The harmonic mean of precision and recall.
        public var f1: Double

        /// Creates a score from precision and recall.
        public init(precision: Double, recall: Double) {
            self.precision = precision
            self.recall = recall
            self.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
    }

    /// The four scores `warta-score summaries` reports for one summary.
    public struct Scores: Sendable, Hashable {
        /// Unigram overlap.
        public var rouge1: Score
        /// Bigram overlap.
        public var rouge2: Score
        /// Longest common subsequence over the whole text.
        public var rougeL: Score
        /// Union longest common subsequence, sentence by sentence.
        public var rougeLsum: Score
    }

    /// The tokens `rouge-score` sees in `text`.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// Scores the candidate sentences against the reference sentences.
    public static func score(candidate: [String], reference: [String]) -> Scores {
        let candidateTokens = candidate.flatMap(tokens)
        let referenceTokens = reference.flatMap(tokens)
        return Scores(
            rouge1: ngramScore(candidateTokens, referenceTokens, n: 1),
            rouge2: ngramScore(candidateTokens, referenceTokens, n: 2),
            rougeL: lcsScore(candidateTokens, referenceTokens),
            rougeLsum: summaryLevelLCSScore(candidate: candidate.map(tokens), reference: reference.map(tokens))
        )
    }

    static func ngramScore(_ candidate: [String], _ reference: [String], n: Int) -> Score {
        func counts(_ tokens: [String]) -> [ArraySlice<String>: Int] {
            var counts: [ArraySlice<String>: Int] = [:]
            if tokens.count >= n {
                for start in 0...(tokens.count - n) { counts[tokens[start..<start + n], default: 0] += 1 }
            }
            return counts
        }
        let candidateCounts = counts(candidate)
        let referenceCounts = counts(reference)
        let overlap = candidateCounts.reduce(0) { $0 + min($1.value, referenceCounts[$1.key] ?? 0) }
        let candidateTotal = max(candidate.count - n + 1, 0)
        let referenceTotal = max(reference.count - n + 1, 0)
        return Score(
            precision: candidateTotal > 0 ? Double(overlap) / Double(candidateTotal) : 0,
            recall: referenceTotal > 0 ? Double(overlap) / Double(referenceTotal) : 0
        )
    }

    static func lcsTable(_ a: [String], _ b: [String]) -> [[Int]] {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table
    }

    static func lcsScore(_ candidate: [String], _ reference: [String]) -> Score {
        guard !candidate.isEmpty, !reference.isEmpty else { return Score(precision: 0, recall: 0) }
        let length = lcsTable(reference, candidate)[reference.count][candidate.count]
        return Score(precision: Double(length) / Double(candidate.count), recall: Double(length) / Double(reference.count))
    }

    /// The positions in `reference` of one longest common subsequence with `candidate`.
    static func lcsPositions(_ reference: [String], _ candidate: [String]) -> [Int] {
        let table = lcsTable(reference, candidate)
        var positions: [Int] = []
        var i = reference.count, j = candidate.count
        while i > 0 && j > 0 {
            if reference[i - 1] == candidate[j - 1] {
                positions.append(i - 1)
                i -= 1
                j -= 1
            } else if table[i - 1][j] > table[i][j - 1] {
                i -= 1
            } else {
                j -= 1
            }
        }
        return positions.reversed()
    }

    static func summaryLevelLCSScore(candidate: [[String]], reference: [[String]]) -> Score {
        let referenceTotal = reference.reduce(0) { $0 + $1.count }
        let candidateTotal = candidate.reduce(0) { $0 + $1.count }
        guard referenceTotal > 0, candidateTotal > 0 else { return Score(precision: 0, recall: 0) }
        var referenceCounts: [String: Int] = [:]
        var candidateCounts: [String: Int] = [:]
        for sentence in reference { for token in sentence { referenceCounts[token, default: 0] += 1 } }
        for sentence in candidate { for token in sentence { candidateCounts[token, default: 0] += 1 } }
        var hits = 0
        for referenceSentence in reference {
            // The union of LCS positions over every candidate sentence, as rouge-score does.
            var union = Set<Int>()
            for candidateSentence in candidate {
                union.formUnion(lcsPositions(referenceSentence, candidateSentence))
            }
            for position in union.sorted() {
                let token = referenceSentence[position]
                if let r = referenceCounts[token], r > 0, let c = candidateCounts[token], c > 0 {
                    hits += 1
                    referenceCounts[token] = r - 1
                    candidateCounts[token] = c - 1
                }
            }
        }
        return Score(precision: Double(hits) / Double(candidateTotal), recall: Double(hits) / Double(referenceTotal))
    }
}
