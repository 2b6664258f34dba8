/// One translation to remember: its key, the source as translated, the English, and who made it.
public struct TranslationMemoryEntry: Sendable, Hashable {
    /// The key the English is found by.
    public var key: TranslationMemoryKey
    /// The Indonesian as sent (written to TMX exports).
    public var source: String
    /// The English translation.
    public var english: String
    /// The provider's name as in `providers.yml` (or `local`).
    public var provider: String
    /// The model, for providers that have models.
    public var model: String?

    /// Creates an entry.
    public init(key: TranslationMemoryKey, source: String, english: String, provider: String, model: String? = nil) {
        self.key = key
        self.source = source
        self.english = english
        self.provider = provider
        self.model = model
    }
}
