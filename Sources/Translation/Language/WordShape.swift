/// How much a lowercase word that is not a function word looks Indonesian or English, from
/// affixes and letter sequences typical of each language.
struct WordShape: Sendable {
    /// Evidence for Indonesian, 0 to 0.5.
    var indonesianWeight = 0.0
    /// Evidence for English, 0 to 0.5.
    var englishWeight = 0.0

    init(_ word: String) {
        let letters = Array(word.utf8)
        guard letters.count >= 5 else { return }
        func hasSuffix(_ suffix: StaticString) -> Bool { WordShape.hasSuffix(letters, suffix) }
        func hasPrefix(_ prefix: StaticString) -> Bool { WordShape.hasPrefix(letters, prefix) }
        func contains(_ part: StaticString) -> Bool { WordShape.contains(letters, part) }

        // Indonesian affixes: -nya, -kan, meN-/ber-/ter-/peN- verbs and nouns, ke-...-an.
        if hasSuffix("nya") || hasSuffix("kan") { indonesianWeight += 0.5 }
        else if hasPrefix("meng") || hasPrefix("meny") || hasPrefix("peng") || hasPrefix("peny") { indonesianWeight += 0.5 }
        else if (hasPrefix("mem") || hasPrefix("men") || hasPrefix("ber") || hasPrefix("ter") || hasPrefix("di"))
                    && letters.count >= 7 && hasSuffix("an") { indonesianWeight += 0.5 }
        else if hasPrefix("ke") && hasSuffix("an") && letters.count >= 7 { indonesianWeight += 0.5 }

        // English spelling: th, wh, ck, ght, -tion, -ly, -ed, doubled consonants.
        if contains("th") || contains("wh") || contains("ck") || contains("ght") || contains("ph") { englishWeight += 0.5 }
        else if hasSuffix("tion") || hasSuffix("sion") || hasSuffix("ness") || hasSuffix("ment") { englishWeight += 0.5 }
        else if hasSuffix("ed") || hasSuffix("ly") || hasSuffix("ing") && !hasSuffix("nging") { englishWeight += 0.25 }
        if indonesianWeight > 0 && englishWeight > 0 {
            indonesianWeight = 0
            englishWeight = 0
        }
    }

    private static func hasSuffix(_ letters: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard letters.count >= count else { return false }
        let base = suffix.utf8Start
        for offset in 0..<count where letters[letters.count - count + offset] != base[offset] { return false }
        return true
    }

    private static func hasPrefix(_ letters: [UInt8], _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard letters.count >= count else { return false }
        let base = prefix.utf8Start
        for offset in 0..<count where letters[offset] != base[offset] { return false }
        return true
    }

    private static func contains(_ letters: [UInt8], _ part: StaticString) -> Bool {
        let count = part.utf8CodeUnitCount
        guard letters.count >= count else { return false }
        let base = part.utf8Start
        outer: for start in 0...(letters.count - count) {
            for offset in 0..<count where letters[start + offset] != base[offset] { continue outer }
            return true
        }
        return false
    }
}
