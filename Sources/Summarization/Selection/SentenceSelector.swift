/// Chooses which ranked sentences become bullets: best first, skipping repeats,
/// until the summary is as long as the article deserves.
struct SentenceSelector {
    var configuration: SummarizerConfiguration

    /// The indices of the chosen sentences, in the order they were chosen.
    func select(from sentences: [SentenceFeatures], scores: [Double], bulletCount: Int?) -> [Int] {
        let candidates = sentences.indices
            .filter { sentences[$0].unsuitability < 1 }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var chosen: [Int] = []
        var words = 0
        for candidate in candidates {
            if let bulletCount, chosen.count >= bulletCount { break }
            if bulletCount == nil {
                if chosen.count >= configuration.maximumBullets { break }
                if chosen.count >= configuration.minimumBullets {
                    let target = configuration.targetWords
                    if words >= target { break }
                    let after = words + sentences[candidate].wordCount
                    // Take the sentence only if it brings the summary closer to the target length.
                    if abs(after - target) >= abs(words - target) { continue }
                }
            }
            if chosen.contains(where: { isRedundant(sentences[$0], sentences[candidate]) }) { continue }
            chosen.append(candidate)
            words += sentences[candidate].wordCount
        }
        return chosen
    }

    private func isRedundant(_ a: SentenceFeatures, _ b: SentenceFeatures) -> Bool {
        let smaller = a.terms.count <= b.terms.count ? a : b
        let larger = a.terms.count <= b.terms.count ? b : a
        guard !smaller.terms.isEmpty else { return false }
        let shared = smaller.terms.keys.filter { larger.terms[$0] != nil }.count
        return Double(shared) / Double(smaller.terms.count) > configuration.redundancyThreshold
    }
}
