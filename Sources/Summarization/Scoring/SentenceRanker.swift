import Foundation

/// Scores every sentence of an article for how well it carries the article.
struct SentenceRanker {
    var configuration: SummarizerConfiguration

    /// One score per sentence; higher is better.
    func scores(for sentences: [SentenceFeatures], titleTerms: [Int], termCount: Int) -> [Double] {
        // In how many sentences each term occurs: terms found in one sentence only say
        // nothing about what the article is about.
        var sentenceFrequency = [Int](repeating: 0, count: termCount)
        for sentence in sentences {
            for term in sentence.terms { sentenceFrequency[term] += 1 }
        }
        let centralities = sentences.map { sentence -> Double in
            guard !sentence.terms.isEmpty else { return 0 }
            var shared = 0.0
            for term in sentence.terms {
                let frequency = sentenceFrequency[term]
                if frequency > 1 { shared += log(Double(frequency)) }
            }
            // Dividing by the square root of the length keeps long sentences from winning
            // on length alone while still rewarding substance.
            return shared / Double(sentence.terms.count).squareRoot()
        }
        let highestCentrality = max(centralities.max() ?? 0, .leastNonzeroMagnitude)

        // Headline words weigh by rarity in the body: the subject named in every
        // sentence tells less than the one word that says what happened.
        let sentenceCount = Double(sentences.count)
        func rarity(_ term: Int) -> Double { log(1 + sentenceCount / Double(max(sentenceFrequency[term], 1))) }
        let titleWeight = titleTerms.reduce(0) { $0 + rarity($1) }

        let decay = log(2) / configuration.positionHalfLife
        return sentences.enumerated().map { offset, sentence in
            let position = exp(-decay * Double(sentence.index))
            let centrality = centralities[offset] / highestCentrality
            var titleSimilarity = 0.0
            if titleWeight > 0 {
                titleSimilarity = sentence.terms.reduce(0) { titleTerms.contains($1) ? $0 + rarity($1) : $0 } / titleWeight
            }
            let merit = position + configuration.centralityWeight * centrality + configuration.titleWeight * titleSimilarity
            return merit * (1 - sentence.unsuitability)
        }
    }
}
