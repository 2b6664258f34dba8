/// One glossary line: an Indonesian term and the English a translation must use for it.
public struct GlossaryEntry: Sendable, Hashable, Codable {
    /// The Indonesian term, one word or several (matched case-insensitively, as whole words).
    public var indonesian: String
    /// The English the translation must contain wherever the term occurs.
    public var english: String
    /// A remark for translators and prompts (e.g. "the central bank, not a commercial bank").
    public var note: String?

    /// Creates an entry.
    public init(indonesian: String, english: String, note: String? = nil) {
        self.indonesian = indonesian
        self.english = english
        self.note = note
    }
}
