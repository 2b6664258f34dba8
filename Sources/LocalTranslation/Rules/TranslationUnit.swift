/// A word, multiword expression, number or punctuation mark on its way from Indonesian to
/// English: its English text so far and the marks the rules read.
struct TranslationUnit: Sendable {
    /// The English text; rules rewrite it as they go.
    var english: String
    /// For names with an adjective form ("Indonesia|Indonesian"), the form used when the
    /// name modifies a noun ("pemerintah Indonesia" → "Indonesian government").
    var modifierEnglish: String?
    /// The word class of the unit.
    var partOfSpeech: PartOfSpeech
    /// The Indonesian text (lowercased) the unit came from.
    var source: String
    /// The unit is a plural noun (reduplicated, or after a number or quantifier).
    var isPlural = false
    /// The unit is a di- passive verb.
    var isPassive = false
    /// A possessive or object clitic attached to the word.
    var clitic: WordAnalysis.Clitic?
    /// The unit is a name or an unknown word passed through as written.
    var isName = false
    /// The unit is a punctuation mark.
    var isPunctuation = false
    /// The source word was capitalized inside a sentence (part of a name or title).
    var isCapitalizedInSentence = false
    /// The source word was capitalized.
    var isCapitalizedSource = false
    /// Whitespace preceded the unit in the source.
    var followsSpace = true
    /// The unit has been folded into a neighbour and prints nothing.
    var isDropped = false
    /// The unit is final: later rules must not inflect it again.
    var isFinished = false

    init(english: String, partOfSpeech: PartOfSpeech, source: String) {
        if partOfSpeech == .name, let bar = english.firstIndex(of: "|") {
            self.english = String(english[..<bar])
            modifierEnglish = String(english[english.index(after: bar)...])
        } else {
            self.english = english
        }
        self.partOfSpeech = partOfSpeech
        self.source = source
    }

    /// The pronoun form at `index` (0 subject, 1 object, 2 possessive) for pronouns,
    /// else the English text.
    func pronounForm(_ index: Int) -> String {
        guard partOfSpeech == .pronoun else { return english }
        let forms = english.split(separator: "|")
        return forms.count == 3 ? String(forms[index]) : english
    }
}
