import Foundation

/// Scores every sentence of an article for how well it carries the article.
struct SentenceRanker {
    var configuration: SummarizerConfiguration

    /// One score per sentence; higher is better.
    func scores(for sentences: [SentenceFeatures], titleTerms: Set<Int>) -> [Double] {
        // The article's term profile: in how many sentences each term occurs. Terms
        // found in one sentence only say nothing about what the article is about.
        var sentenceFrequency: [Int: Int] = [:]
        for sentence in sentences {
            for term in sentence.terms.keys { sentenceFrequency[term, default: 0] += 1 }
        }
        let centralities = sentences.map { sentence -> Double in
            guard !sentence.terms.isEmpty else { return 0 }
            var shared = 0.0
            for (term, _) in sentence.terms {
                let frequency = sentenceFrequency[term] ?? 1
                if frequency > 1 { shared += log(Double(frequency)) }
            }
            // Dividing by the square root of the length keeps long sentences from winning
            // on length alone while still rewarding substance.
            return shared / Double(sentence.terms.count).squareRoot()
        }
        let highestCentrality = max(centralities.max() ?? 0, .leastNonzeroMagnitude)
        let decay = log(2) / configuration.positionHalfLife
        return sentences.enumerated().map { offset, sentence in
            let position = exp(-decay * Double(sentence.index))
            let centrality = centralities[offset] / highestCentrality
            var titleSimilarity = 0.0
            if !titleTerms.isEmpty, !sentence.terms.isEmpty {
                let shared = sentence.terms.keys.filter { titleTerms.contains($0) }.count
                titleSimilarity = Double(shared) / Double(titleTerms.count)
            }
            let merit = position + configuration.centralityWeight * centrality + configuration.titleWeight * titleSimilarity
            return merit * (1 - sentence.unsuitability)
        }
    }
}
