/// Judges whether a sentence can stand alone as a bullet point: fragments, questions,
/// lead-ins to a list, links and captions that survived cleaning make poor bullets,
/// and very long sentences make heavy ones.
struct BulletSuitability {
    var configuration: SummarizerConfiguration

    /// From 0 (a fine bullet) to 1 (never a bullet).
    func unsuitability(of sentence: String, wordCount: Int) -> Double {
        if wordCount < 4 { return 1 }
        if Self.contains(Self.disqualifyingMarkers, initials: Self.disqualifyingInitials, in: sentence) { return 1 }
        var penalty = 0.0
        switch sentence.last {
        case ":": penalty += 0.8
        case "?": penalty += 0.5
        default: break
        }
        // Sentences that send the reader elsewhere say nothing themselves.
        if Self.contains(Self.referralMarkers, initials: Self.referralInitials, in: sentence) { penalty += 0.6 }
        if wordCount < 7 { penalty += 0.4 }
        if wordCount > configuration.longSentenceWords { penalty += configuration.longSentencePenalty }
        // A sentence that opens with a quotation is someone's words, not the story's.
        if let first = sentence.unicodeScalars.first, Self.openingQuotes.contains(first) { penalty += 0.25 }
        return min(penalty, 1)
    }

    /// Text that never belongs in a bullet, should cleaning have let it through; lowercase.
    private static let disqualifyingMarkers = markers("http://", "https://", "www.", "baca juga", "klik di sini", "foto:")
    /// Phrases that point the reader to another page or section; lowercase.
    private static let referralMarkers = markers(
        "selengkapnya", "dapat dilihat di laman", "dapat dilihat di situs", "dapat dilihat di tautan",
        "bisa dilihat di laman", "kunjungi laman", "kunjungi situs", "simak video", "simak berita"
    )
    private static let disqualifyingInitials = initials(of: disqualifyingMarkers)
    private static let referralInitials = initials(of: referralMarkers)
    private static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "'", "‘", "«"]

    private static func markers(_ phrases: String...) -> [[UInt8]] { phrases.map { Array($0.utf8) } }

    /// For each byte value, whether a marker starts with it: most positions are skipped with one test.
    private static func initials(of markers: [[UInt8]]) -> [Bool] {
        (0..<256).map { (byte: Int) in markers.contains { Int($0[0]) == byte } }
    }

    /// Whether `sentence` contains one of `markers`, ignoring ASCII case.
    ///
    /// One pass over the bytes by hand: `String.contains(_:)` goes through Foundation's
    /// locale-aware search, which cost half of the summarizer's time in profiles.
    private static func contains(_ markers: [[UInt8]], initials: [Bool], in sentence: String) -> Bool {
        var sentence = sentence
        return sentence.withUTF8 { bytes in
            for start in bytes.indices {
                let first = folded(bytes[start])
                guard initials[Int(first)] else { continue }
                for marker in markers where marker[0] == first && start + marker.count <= bytes.count {
                    var offset = 1
                    while offset < marker.count, folded(bytes[start + offset]) == marker[offset] { offset += 1 }
                    if offset == marker.count { return true }
                }
            }
            return false
        }
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
