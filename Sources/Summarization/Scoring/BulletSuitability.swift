/// Judges whether a sentence can stand alone as a bullet point: fragments, questions,
/// lead-ins to a list, links and captions that survived cleaning make poor bullets,
/// and very long sentences make heavy ones.
struct BulletSuitability {
    var configuration: SummarizerConfiguration

    /// From 0 (a fine bullet) to 1 (never a bullet).
    func unsuitability(of sentence: String, wordCount: Int) -> Double {
        if wordCount < 4 { return 1 }
        let marker = Self.strongestMarker(in: sentence)
        if marker == .disqualifying { return 1 }
        var penalty = 0.0
        switch sentence.last {
        case ":": penalty += 0.8
        case "?": penalty += 0.5
        default: break
        }
        // Sentences that send the reader elsewhere say nothing themselves.
        if marker == .referral { penalty += 0.6 }
        if wordCount < 7 { penalty += 0.4 }
        if wordCount > configuration.longSentenceWords { penalty += configuration.longSentencePenalty }
        // A sentence that opens with a quotation is someone's words, not the story's.
        if let first = sentence.unicodeScalars.first, Self.openingQuotes.contains(first) { penalty += 0.25 }
        return min(penalty, 1)
    }

    /// What a marker found in a sentence says about it.
    private enum MarkerKind: Comparable {
        /// A phrase that points the reader to another page or section.
        case referral
        /// Text that never belongs in a bullet, should cleaning have let it through.
        case disqualifying
    }

    /// The markers, lowercase, with their kind.
    private static let markers: [(bytes: [UInt8], kind: MarkerKind)] = [
        ("http://", .disqualifying), ("https://", .disqualifying), ("www.", .disqualifying),
        ("baca juga", .disqualifying), ("klik di sini", .disqualifying), ("foto:", .disqualifying),
        ("selengkapnya", .referral), ("dapat dilihat di laman", .referral), ("dapat dilihat di situs", .referral),
        ("dapat dilihat di tautan", .referral), ("bisa dilihat di laman", .referral), ("kunjungi laman", .referral),
        ("kunjungi situs", .referral), ("simak video", .referral), ("simak berita", .referral),
    ].map { (Array($0.utf8), $1) }

    /// For each byte value, whether a marker starts with it: most word starts are skipped with one test.
    private static let markerInitials: [Bool] = (0..<256).map { (byte: Int) in
        markers.contains { Int($0.bytes[0]) == byte }
    }
    private static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "'", "‘", "«"]

    /// The strongest kind of marker `sentence` contains, ignoring ASCII case.
    ///
    /// One pass over the bytes by hand: `String.contains(_:)` goes through Foundation's
    /// locale-aware search, which cost half of the summarizer's time in profiles.
    private static func strongestMarker(in sentence: String) -> MarkerKind? {
        var sentence = sentence
        return sentence.withUTF8 { bytes in
            var strongest: MarkerKind?
            var previousIsWordByte = false
            for start in bytes.indices {
                let first = folded(bytes[start])
                // Every marker opens a word, so only word starts are looked at.
                defer { previousIsWordByte = isWordByte(first) }
                guard !previousIsWordByte, markerInitials[Int(first)] else { continue }
                for marker in markers where marker.bytes[0] == first && start + marker.bytes.count <= bytes.count {
                    var offset = 1
                    while offset < marker.bytes.count, folded(bytes[start + offset]) == marker.bytes[offset] { offset += 1 }
                    if offset == marker.bytes.count {
                        if marker.kind == .disqualifying { return .disqualifying }
                        strongest = marker.kind
                    }
                }
            }
            return strongest
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte >= 0x80
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
