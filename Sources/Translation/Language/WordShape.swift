/// How much a lowercase word that is not a function word looks Indonesian or English, from
/// affixes and letter sequences typical of each language.
struct WordShape: Sendable {
    /// Evidence for Indonesian, 0 or 0.5.
    var indonesianWeight = 0.0
    /// Evidence for English, 0 to 0.5.
    var englishWeight = 0.0

    init(_ word: String) {
        let letters = Array(word.utf8)
        guard letters.count >= 4 else { return }
        func hasSuffix(_ suffix: StaticString) -> Bool { WordShape.hasSuffix(letters, suffix) }
        func hasPrefix(_ prefix: StaticString) -> Bool { WordShape.hasPrefix(letters, prefix) }
        func contains(_ part: StaticString) -> Bool { WordShape.contains(letters, part) }
        let long = letters.count >= 6

        // Indonesian affixes: -nya, -kan, meN-/peN-, ber-/ter-/di-/ke- with -an, and the
        // Indonesian spellings of loanword endings (-itas, -isasi, -isme, -asi).
        if long && (hasSuffix("nya") || hasSuffix("kan") || hasSuffix("itas") || hasSuffix("isasi")
            || hasSuffix("isme") || hasSuffix("asi")) {
            indonesianWeight = 0.5
        } else if long && (hasPrefix("meng") || hasPrefix("meny") || hasPrefix("peng") || hasPrefix("peny")
            || hasPrefix("memb") || hasPrefix("memp") || hasPrefix("mend") || hasPrefix("ment")) {
            indonesianWeight = 0.5
        } else if letters.count >= 7 && (hasPrefix("ber") || hasPrefix("ter") || hasPrefix("di") || hasPrefix("ke")
            || hasPrefix("pe")) && (hasSuffix("an") || hasSuffix("i")) {
            indonesianWeight = 0.5
        }

        // English spelling: letter pairs Indonesian does not write (th, wh, ck, ght, ph, sh),
        // derivational endings, and inflections (-ed, -ly, -ing, plural -s after a consonant or e).
        if contains("th") || contains("wh") || contains("ck") || contains("ght") || contains("ph") || contains("ough") {
            englishWeight = 0.5
        } else if hasSuffix("tion") || hasSuffix("sion") || hasSuffix("ness") || hasSuffix("ment") || hasSuffix("ies")
            || hasSuffix("ings") || hasSuffix("ous") || hasSuffix("ful") || hasSuffix("ity") || hasSuffix("ive") {
            englishWeight = 0.5
        } else if hasSuffix("ed") || hasSuffix("ly") || (hasSuffix("ing") && !hasSuffix("nging")) || WordShape.isEnglishPlural(letters) {
            englishWeight = 0.5
        } else if contains("ee") || contains("oo") || contains("ll") || contains("ss") || contains("ff") || contains("tt") {
            englishWeight = 0.25
        }
        if indonesianWeight > 0 && englishWeight > 0 {
            indonesianWeight = 0
            englishWeight = 0
        }
    }

    /// Whether the word ends in an English plural or third-person "-s": after a consonant other
    /// than s, or "-es". Indonesian words end in "-as", "-is", "-us" (jelas, habis, terus).
    private static func isEnglishPlural(_ letters: [UInt8]) -> Bool {
        guard letters.count >= 4, letters[letters.count - 1] == UInt8(ascii: "s") else { return false }
        let before = letters[letters.count - 2]
        switch before {
        case UInt8(ascii: "e"), UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "d"), UInt8(ascii: "n"),
             UInt8(ascii: "l"), UInt8(ascii: "m"), UInt8(ascii: "p"), UInt8(ascii: "g"), UInt8(ascii: "y"),
             UInt8(ascii: "w"), UInt8(ascii: "h"):
            return true
        default:
            return false
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
