/// Judges whether a sentence can stand alone as a bullet point: fragments, questions,
/// lead-ins to a list, links and captions that survived cleaning make poor bullets.
enum BulletSuitability {
    /// From 0 (a fine bullet) to 1 (never a bullet).
    static func unsuitability(of sentence: String, wordCount: Int) -> Double {
        if wordCount < 4 { return 1 }
        var penalty = 0.0
        let lowercased = sentence.lowercased()
        if lowercased.contains("http") || lowercased.contains("www.") || lowercased.contains("baca juga")
            || lowercased.hasPrefix("foto:") || lowercased.hasPrefix("simak ") || lowercased.contains("klik di sini") {
            return 1
        }
        if let last = sentence.last {
            if last == ":" { penalty += 0.8 }
            if last == "?" { penalty += 0.5 }
        }
        if wordCount < 7 { penalty += 0.4 }
        if wordCount > 60 { penalty += 0.3 }
        if let first = sentence.unicodeScalars.first, Self.openingQuotes.contains(first) { penalty += 0.25 }
        return min(penalty, 1)
    }

    private static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "'", "‘", "«"]
}
