/// One word of a text as the tokenizer found it: where it is, and whether it is a number.
public struct WordToken: Sendable, Hashable {
    /// The word's place in the text it was found in.
    public var range: Range<String.Index>
    /// Whether the word is a number, with any inner separators ("1.000", "2,5", "12.30").
    public var isNumber: Bool

    /// Creates a token covering `range`.
    public init(range: Range<String.Index>, isNumber: Bool) {
        self.range = range
        self.isNumber = isNumber
    }
}
