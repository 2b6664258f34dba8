/// The word classes the lexicon marks, which decide how the rules order and inflect a word.
enum PartOfSpeech: String, Sendable, CaseIterable {
    /// A common noun: takes plurals and is the head of reordered noun phrases.
    case noun = "n"
    /// A verb: takes tense, aspect, passive and negation.
    case verb = "v"
    /// An adjective: moves before the noun it follows.
    case adjective = "adj"
    /// An adverb: kept in place.
    case adverb = "adv"
    /// A preposition.
    case preposition = "prep"
    /// A conjunction or clause connector.
    case conjunction = "conj"
    /// A personal pronoun, written `subject|object|possessive`.
    case pronoun = "pron"
    /// A determiner before a noun ("sebuah" → "a").
    case determiner = "det"
    /// A quantifier that makes the following noun plural ("beberapa" → "several").
    case quantifier = "q"
    /// A demonstrative after a noun ("itu" → "that"), moved before it.
    case demonstrative = "dem"
    /// A number word ("dua", "juta").
    case numeral = "num"
    /// An ordinal after a noun ("kedua" → "second"), moved before it.
    case ordinal = "ord"
    /// A title or generic name kept before the name it introduces ("presiden", "gunung").
    case title = "title"
    /// A proper name or fixed name translation ("Amerika Serikat" → "United States").
    case name = "name"
    /// A month name, which moves after a day number ("22 Desember" → "December 22").
    case month = "month"
    /// A tense, aspect or modal marker ("akan" → "will").
    case auxiliary = "aux"
    /// A negation ("tidak" → "not").
    case negation = "neg"
    /// The relative marker "yang".
    case relative = "rel"
    /// A copula ("adalah" → "is").
    case copula = "cop"
    /// A numeral classifier dropped between a number and a noun ("buah", "ekor").
    case classifier = "cls"
    /// A particle with no English counterpart or a fixed phrase kept as written.
    case particle = "part"
    /// A fixed phrase, emitted as written.
    case phrase = "phr"
}
