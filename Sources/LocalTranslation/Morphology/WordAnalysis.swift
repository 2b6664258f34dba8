/// What one Indonesian word means once its affixes are read: the English sense in the
/// form the affixes call for, and the grammatical marks the rules still need.
struct WordAnalysis: Sendable {
    /// The English rendering and word class of the word as a whole.
    var entry: LexiconEntry
    /// The word was reduplicated as a plural ("negara-negara").
    var isPlural = false
    /// The word is a di- passive ("diterbitkan").
    var isPassive = false
    /// The possessor or object a clitic adds ("-nya" → "its"/"it", "-ku" → "my"/"me").
    var clitic: Clitic?
    /// The word was found through its root rather than as itself.
    var isDerived = false

    /// A possessive or object clitic.
    enum Clitic: Sendable {
        /// "-nya": the third person, or simply "the".
        case third
        /// "-ku": the first person singular.
        case first
        /// "-mu": the second person.
        case second
    }
}
