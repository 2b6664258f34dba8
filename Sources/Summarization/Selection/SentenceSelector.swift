/// Chooses which ranked sentences become bullets: the best first, preferring a new
/// paragraph's point to more of one already taken, skipping repeats, until the summary
/// is as long as the article deserves.
struct SentenceSelector {
    var configuration: SummarizerConfiguration

    /// The indices of the chosen sentences, in the order they were chosen.
    func select(from sentences: [SentenceFeatures], scores: [Double], bulletCount: Int?) -> [Int] {
        var remaining = sentences.indices.filter { sentences[$0].unsuitability < 1 }
        var chosen: [Int] = []
        var usedParagraphs = Set<Int>()
        var words = 0
        while !remaining.isEmpty {
            if let bulletCount {
                if chosen.count >= bulletCount { break }
            } else if chosen.count >= configuration.maximumBullets
                || (chosen.count >= configuration.minimumBullets && words >= configuration.targetWords) {
                break
            }
            func value(_ index: Int) -> Double {
                usedParagraphs.contains(sentences[index].paragraphIndex)
                    ? scores[index] * configuration.sameParagraphFactor : scores[index]
            }
            let order = remaining.indices.sorted {
                let (a, b) = (value(remaining[$0]), value(remaining[$1]))
                return a != b ? a > b : remaining[$0] < remaining[$1]
            }
            let pick = order.first { position in
                let candidate = remaining[position]
                if chosen.contains(where: { isRedundant(sentences[$0], sentences[candidate]) }) { return false }
                if bulletCount == nil, chosen.count >= configuration.minimumBullets {
                    // Past the minimum, a poor bullet is never taken, and a sentence is
                    // taken only if it brings the summary closer to the target length.
                    if sentences[candidate].unsuitability >= 0.5 { return false }
                    let target = configuration.targetWords
                    return abs(words + sentences[candidate].wordCount - target) < abs(words - target)
                }
                return true
            }
            guard let pick else { break }
            let candidate = remaining.remove(at: pick)
            chosen.append(candidate)
            usedParagraphs.insert(sentences[candidate].paragraphIndex)
            words += sentences[candidate].wordCount
        }
        return chosen
    }

    private func isRedundant(_ a: SentenceFeatures, _ b: SentenceFeatures) -> Bool {
        let smaller = min(a.terms.count, b.terms.count)
        guard smaller > 0 else { return false }
        return Double(a.terms.sharedCount(with: b.terms)) / Double(smaller) > configuration.redundancyThreshold
    }
}
