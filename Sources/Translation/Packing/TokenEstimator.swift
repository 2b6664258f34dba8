/// Estimates the tokens of a text from its length, for packing and dry-run estimates; no
/// tokenizer is needed, and the estimate errs on the high side for Indonesian and English.
public struct TokenEstimator: Sendable, Hashable {
    /// Characters counted as one token.
    public var charactersPerToken: Double

    /// Creates an estimator; 3.5 characters a token suits news prose of both languages.
    public init(charactersPerToken: Double = 3.5) {
        self.charactersPerToken = max(0.5, charactersPerToken)
    }

    /// The estimated tokens of `text` (at least one for a non-empty text).
    public func tokens(in text: String) -> Int {
        tokens(characters: text.unicodeScalars.count)
    }

    /// The estimated tokens of a text of `characters` characters.
    public func tokens(characters: Int) -> Int {
        characters == 0 ? 0 : Int((Double(characters) / charactersPerToken).rounded(.up))
    }
}
