/// One block of an article in its source language (Indonesian), ready to be translated.
public struct SourceBlock: Sendable, Hashable, Codable {
    /// The block's stable identifier within its article.
    public var id: BlockID
    /// What part of the article it is.
    public var kind: BlockKind
    /// The text, one paragraph (sentences separated by single spaces).
    public var text: String

    /// Creates a block.
    public init(id: BlockID, kind: BlockKind, text: String) {
        self.id = id
        self.kind = kind
        self.text = text
    }
}
