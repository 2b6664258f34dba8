/// One text sent for translation: a whole block, or one part of a paragraph too long for one
/// request, split at sentence boundaries (ids `paragraph-3.1`, `paragraph-3.2`, …).
public struct TranslationUnit: Sendable, Hashable {
    /// The id written in the prompt and expected in the reply.
    public var id: BlockID
    /// The block this unit belongs to.
    public var block: BlockID
    /// The text to translate.
    public var text: String

    /// Creates a unit.
    public init(id: BlockID, block: BlockID, text: String) {
        self.id = id
        self.block = block
        self.text = text
    }

    /// Whether the unit is a part of a longer block rather than the whole block.
    public var isPart: Bool { id != block }
}
