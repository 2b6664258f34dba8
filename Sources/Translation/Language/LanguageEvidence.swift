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
    /// English function words alone.
    var englishFunctionWords = 0.0
    /// Function words of other Latin-script languages.
    var other = 0.0

    /// The weight of an English or other-language function word inside a capitalized run, which
    /// is more likely part of a name or a title ("Bank of America" in an Indonesian sentence)
    /// than of the sentence.
    static let insideNameWeight = 0.25

    /// Adds the evidence of one lowercase word; `shapeCounts` is false for capitalized words
    /// (names) whose spelling says nothing about the text's language.
    mutating func count(_ word: String, insideName: Bool, shapeCounts: Bool) {
        let weight = insideName ? LanguageEvidence.insideNameWeight : 1
        if LanguageWords.indonesian.contains(word) {
            // Indonesian joins names with its own words ("Bank Indonesia dan Kementerian
            // Keuangan"), so those count in full.
            indonesian += 1
        } else if LanguageWords.english.contains(word) {
            english += weight
            englishFunctionWords += weight
        } else if LanguageWords.other.contains(word) {
            other += weight
        } else if shapeCounts {
            let shape = WordShape(word)
            indonesian += shape.indonesianWeight
            english += shape.englishWeight
        }
    }

    /// The language the counts point to.
    var language: DetectedLanguage {
        if otherLetters > 0 && otherLetters >= latinLetters { return .other }
        if latinLetters == 0 { return .undetermined }
        // English must clearly outweigh Indonesian and rest on function words, not on spelling
        // alone: calling Indonesian English leaves it untranslated, the costlier mistake.
        let englishNeeded = words <= 8 ? 1.5 : 2
        let isEnglish = englishFunctionWords >= 1 && english >= englishNeeded && english > 1.5 * indonesian
            && english > other
        let isOther = other >= 2 && other > 1.5 * max(indonesian, english)
        if isOther { return .other }
        if indonesian >= 1 && indonesian >= english { return .indonesian }
        if isEnglish { return .english }
        // Indonesian outweighed by English spelling but not by enough to call it English.
        if indonesian >= 1 && englishFunctionWords < 1 { return .indonesian }
        return .undetermined
    }
}
