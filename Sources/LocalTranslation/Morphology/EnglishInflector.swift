/// Inflects English words: plurals, past tense, participles and -ing forms, using the
/// lexicon's irregular forms and the regular spelling rules otherwise.
struct EnglishInflector: Sendable {
    private let lexicon: TranslationLexicon

    private let pluralForms: Set<String>

    init(lexicon: TranslationLexicon) {
        self.lexicon = lexicon
        pluralForms = Set(lexicon.irregularPlurals.values)
    }

    /// The plural of a noun phrase: its last word takes the plural ("police officer" →
    /// "police officers").
    func plural(_ phrase: String) -> String {
        transformLast(phrase) { word in
            if let irregular = lexicon.irregularPlurals[word] { return irregular }
            if pluralForms.contains(word) { return word }  // already plural ("children")
            return Self.regularPlural(word)
        }
    }

    /// The simple past of a verb phrase: its first word changes ("take part" → "took part").
    func past(_ phrase: String) -> String {
        transformFirst(phrase) { word in
            if let irregular = lexicon.irregularVerbs[word] { return irregular.past }
            return Self.regularPast(word)
        }
    }

    /// The past participle of a verb phrase ("take part" → "taken part").
    func participle(_ phrase: String) -> String {
        transformFirst(phrase) { word in
            if let irregular = lexicon.irregularVerbs[word] { return irregular.participle }
            return Self.regularPast(word)
        }
    }

    /// The -ing form of a verb phrase ("take part" → "taking part").
    func gerund(_ phrase: String) -> String {
        transformFirst(phrase) { word in Self.regularGerund(word) }
    }

    /// The third person singular present of a verb phrase ("go" → "goes").
    func thirdPerson(_ phrase: String) -> String {
        transformFirst(phrase) { word in
            switch word {
            case "be": return "is"
            case "have": return "has"
            default: return Self.regularPlural(word)
            }
        }
    }

    private func transformFirst(_ phrase: String, _ change: (String) -> String) -> String {
        guard let space = phrase.firstIndex(of: " ") else { return change(phrase) }
        return change(String(phrase[..<space])) + phrase[space...]
    }

    private func transformLast(_ phrase: String, _ change: (String) -> String) -> String {
        guard let space = phrase.lastIndex(of: " ") else { return change(phrase) }
        // "head of state" style phrases pluralize their first word.
        if let of = phrase.range(of: " of ") ?? phrase.range(of: " with ") {
            return transformLast(String(phrase[..<of.lowerBound]), change) + phrase[of.lowerBound...]
        }
        return phrase[...space] + change(String(phrase[phrase.index(after: space)...]))
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static func regularPlural(_ word: String) -> String {
        guard let last = word.last else { return word }
        if !last.isLetter || last.isUppercase { return word }
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch") || word.hasSuffix("sh") {
            return word + "es"
        }
        if last == "y", word.count > 1, !vowels.contains(word[word.index(word.endIndex, offsetBy: -2)]) {
            return word.dropLast() + "ies"
        }
        return word + "s"
    }

    /// The adverb of an adjective: "regular" → "regularly", "easy" → "easily", "basic" →
    /// "basically", "full" → "fully".
    static func adverb(_ adjective: String) -> String {
        guard !adjective.contains(" "), adjective.count > 2 else { return adjective }
        if adjective.hasSuffix("ly") { return adjective }
        if adjective == "good" { return "well" }
        if adjective == "fast" || adjective == "hard" || adjective == "late" || adjective == "early" { return adjective }
        if adjective.hasSuffix("ll") { return adjective + "y" }
        if adjective.hasSuffix("ic") { return adjective + "ally" }
        if adjective.hasSuffix("le") { return adjective.dropLast() + "y" }
        if adjective.hasSuffix("y") { return adjective.dropLast() + "ily" }
        return adjective + "ly"
    }

    static func regularPast(_ word: String) -> String {
        guard let last = word.last else { return word }
        if last == "e" { return word + "d" }
        if last == "y", word.count > 1, !vowels.contains(word[word.index(word.endIndex, offsetBy: -2)]) {
            return word.dropLast() + "ied"
        }
        if doublesFinalConsonant(word) { return word + String(last) + "ed" }
        return word + "ed"
    }

    static func regularGerund(_ word: String) -> String {
        guard let last = word.last else { return word }
        if word == "be" || word == "see" || word.hasSuffix("ee") { return word + "ing" }
        if word.hasSuffix("ie") { return word.dropLast(2) + "ying" }
        if last == "e", word.count > 2 { return word.dropLast() + "ing" }
        if doublesFinalConsonant(word) { return word + String(last) + "ing" }
        return word + "ing"
    }

    /// Short words ending consonant–vowel–consonant double it ("stop" → "stopped"); longer
    /// ones usually do not ("visit" → "visited"), so only one-syllable words are doubled.
    private static func doublesFinalConsonant(_ word: String) -> Bool {
        let letters = Array(word)
        guard letters.count >= 3, letters.count <= 4 else { return false }
        let last = letters[letters.count - 1], middle = letters[letters.count - 2], before = letters[letters.count - 3]
        guard !vowels.contains(last), !"wxy".contains(last), vowels.contains(middle), !vowels.contains(before) else { return false }
        let vowelCount = letters.filter { vowels.contains($0) }.count
        return vowelCount == 1
    }
}
