/// One token of an Indonesian paragraph: a word, a number or a punctuation mark.
struct SourceToken: Sendable {
    /// What kind of text the token holds.
    enum Kind: Sendable {
        case word, number, punctuation
    }

    /// The text as written.
    var text: String
    /// The text lowercased, used for lookups.
    var lower: String
    /// What kind of text the token holds.
    var kind: Kind
    /// The token starts with a capital letter.
    var isCapitalized: Bool
    /// Whitespace came before the token in the source.
    var followsSpace: Bool
}
