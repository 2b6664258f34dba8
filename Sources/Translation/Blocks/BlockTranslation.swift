/// What became of one block: its English, where that came from, and anything a reader should know.
public struct BlockTranslation: Sendable, Hashable, Codable {
    /// How the block ended.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Translated by a backend (or taken from the translation memory).
        case translated
        /// Already English: passed through unchanged, not paid for.
        case passedThrough
        /// In a language other than Indonesian or English: reported, not translated.
        case otherLanguage
        /// Every backend failed; `failure` says why.
        case failed
        /// Translation was not asked for (`provider: none`, or a part the job leaves out).
        case notRequested
    }

    /// The block translated.
    public var source: SourceBlock
    /// The English text; nil unless `status` is `translated` or `passedThrough`.
    public var english: String?
    /// How the block ended.
    public var status: Status
    /// The provider name (as in `providers.yml`, or `local`) that produced the English.
    public var provider: String?
    /// The model that produced it, when the provider has models.
    public var model: String?
    /// Whether the English came from the translation memory (no request was paid for it).
    public var cached: Bool
    /// Glossary terms present in the Indonesian whose English is missing from the translation.
    public var glossaryMisses: [GlossaryMiss]
    /// Why the block failed, or which language it is in when not translated.
    public var failure: String?

    /// Creates a block outcome.
    public init(
        source: SourceBlock,
        english: String? = nil,
        status: Status,
        provider: String? = nil,
        model: String? = nil,
        cached: Bool = false,
        glossaryMisses: [GlossaryMiss] = [],
        failure: String? = nil
    ) {
        self.source = source
        self.english = english
        self.status = status
        self.provider = provider
        self.model = model
        self.cached = cached
        self.glossaryMisses = glossaryMisses
        self.failure = failure
    }

    /// A block left in Indonesian because translation was not asked for.
    public static func untranslated(_ source: SourceBlock) -> BlockTranslation {
        BlockTranslation(source: source, status: .notRequested)
    }
}

/// A glossary term found in a block's Indonesian whose required English is absent from its translation.
public struct GlossaryMiss: Sendable, Hashable, Codable {
    /// The Indonesian term as listed in the glossary.
    public var indonesian: String
    /// The English the glossary requires.
    public var english: String

    /// Creates a miss.
    public init(indonesian: String, english: String) {
        self.indonesian = indonesian
        self.english = english
    }
}
