/// Judges whether a sentence can stand alone as a bullet point: fragments, questions,
/// lead-ins to a list, links and captions that survived cleaning make poor bullets,
/// and very long sentences make heavy ones.
struct BulletSuitability {
    var configuration: SummarizerConfiguration

    /// From 0 (a fine bullet) to 1 (never a bullet).
    func unsuitability(of sentence: String, wordCount: Int) -> Double {
        if wordCount < 4 { return 1 }
        let lowercased = sentence.lowercased()
        if Self.disqualifyingMarkers.contains(where: lowercased.contains) { return 1 }
        var penalty = 0.0
        switch sentence.last {
        case ":": penalty += 0.8
        case "?": penalty += 0.5
        default: break
        }
        if wordCount < 7 { penalty += 0.4 }
        if wordCount > configuration.longSentenceWords { penalty += configuration.longSentencePenalty }
        // A sentence that opens with a quotation is someone's words, not the story's.
        if let first = sentence.unicodeScalars.first, Self.openingQuotes.contains(first) { penalty += 0.25 }
        return min(penalty, 1)
    }

    /// Text that never belongs in a bullet, should cleaning have let it through.
    private static let disqualifyingMarkers = ["http://", "https://", "www.", "baca juga", "klik di sini", "foto:"]
    private static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "'", "‘", "«"]
}
