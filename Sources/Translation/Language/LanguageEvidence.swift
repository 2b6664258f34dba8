/// What the language detector counted in one text, and the decision it leads to.
struct LanguageEvidence: Sendable, Hashable {
    /// Words seen (letters, with inner apostrophes and hyphens).
    var words = 0
    /// Letters of the Latin script.
    var latinLetters = 0
    /// Letters of other scripts (Arabic, Chinese, Cyrillic...).
    var otherLetters = 0
    /// Digits.
    var digits = 0
    /// Indonesian function words, plus fractions for Indonesian-shaped words.
    var indonesian = 0.0
    /// English function words, plus fractions for English-shaped words.
    var english = 0.0
    /// Function words of other Latin-script languages.
    var other = 0.0

    /// Adds the evidence of one lowercase word.
    mutating func count(_ word: String) {
        if LanguageWords.indonesian.contains(word) {
            indonesian += 1
        } else if LanguageWords.english.contains(word) {
            english += 1
        } else if LanguageWords.other.contains(word) {
            other += 1
        } else {
            let shape = WordShape(word)
            indonesian += shape.indonesianWeight
            english += shape.englishWeight
        }
    }

    /// The language the counts point to.
    var language: DetectedLanguage {
        if otherLetters > 0 && otherLetters >= latinLetters { return .other }
        if latinLetters == 0 { return .undetermined }
        let best = max(indonesian, english, other)
        // Too little language: names, numbers, a word or two.
        if best < 1 { return .undetermined }
        if indonesian >= english && indonesian >= other { return .indonesian }
        // English must clearly outweigh Indonesian: calling Indonesian English leaves it
        // untranslated, the costlier mistake.
        if english >= other {
            if english >= 2 && english > 1.5 * indonesian { return .english }
            return indonesian >= 1 ? .indonesian : .undetermined
        }
        if other >= 2 && other > 1.5 * max(indonesian, english) { return .other }
        return indonesian >= english ? (indonesian >= 1 ? .indonesian : .undetermined)
            : (english >= 2 ? .english : .undetermined)
    }
}
