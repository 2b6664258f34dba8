/// One Indonesian word or multiword expression and its English rendering.
struct LexiconEntry: Sendable, Hashable {
    /// The English text: a base form for verbs, a singular for nouns, and for pronouns
    /// the three forms `subject|object|possessive`.
    var english: String
    /// The word class, which decides ordering and inflection.
    var partOfSpeech: PartOfSpeech
}
