import Foundation
import Providers
import Summarization
import Translation

/// Makes the bilingual article out of one queued article: cleans and summarizes it (locally or
/// with a language model), then translates the parts asked for.
public struct ArticleComposer: Sendable {
    /// The local cleaner, splitter and extractive summarizer (cleaning always runs locally).
    public var summarizer: ArticleSummarizer
    /// A language model writing the bullets instead of the extractive summarizer, if set.
    public var providerSummarizer: ProviderSummarizer?
    /// Exactly this many bullets; nil lets the summarizer choose.
    public var bulletCount: Int?
    /// The translator; nil writes the Indonesian side only.
    public var translator: ArticleTranslator?
    /// The parts translated.
    public var parts: Set<BlockKind>

    /// Creates a composer.
    public init(summarizer: ArticleSummarizer = ArticleSummarizer(), providerSummarizer: ProviderSummarizer? = nil, bulletCount: Int? = nil, translator: ArticleTranslator? = nil, parts: Set<BlockKind> = Set(BlockKind.allCases)) {
        self.summarizer = summarizer
        self.providerSummarizer = providerSummarizer
        self.bulletCount = bulletCount
        self.translator = translator
        self.parts = parts
    }

    /// The article with its translation, and what translating it cost.
    public struct Composition: Sendable {
        /// The bilingual article.
        public var article: BilingualArticle
        /// The translation's usage, requests and warnings; nil when nothing was translated.
        public var translation: ArticleTranslation?
        /// The usage of a language model that wrote the bullets, if one did.
        public var summaryUsage: Usage?
    }

    /// Cleans, summarizes and translates `queued`. Throws `TaskFailure` for an article that
    /// cannot be read or summarized (not worth retrying) and for a language model that failed
    /// to write bullets (worth retrying).
    public func compose(_ queued: QueuedArticle) async throws -> Composition {
        if let readError = queued.readError { throw TaskFailure(message: readError, retryable: false) }
        let summarized: SummarizedArticle
        do {
            summarized = try summarizer.summarize(text: queued.text, title: queued.title, bulletCount: bulletCount)
        } catch {
            throw TaskFailure(message: "\(queued.origin): \(error)", retryable: false)
        }
        var bullets = summarized.summary.bullets.map(\.text)
        var engine = "extractive"
        var summaryUsage: Usage?
        if let providerSummarizer {
            do {
                let paragraphs = summarized.document.paragraphs.map { $0.sentences.joined(separator: " ") }
                let summary = try await providerSummarizer.summarize(title: summarized.document.title, paragraphs: paragraphs)
                bullets = summary.bullets
                engine = summary.provider
                summaryUsage = summary.usage
            } catch {
                throw TaskFailure(message: "\(queued.origin): bullets from \(providerSummarizer.client.configuration.name): \(error)", retryable: true)
            }
        }
        let document = summarized.document
        let blocks = ArticleBlocks.blocks(title: document.title, bullets: bullets, paragraphs: document.paragraphs.map { $0.sentences.joined(separator: " ") })
        var metadata = queued.metadata
        if metadata.publisher == nil { metadata.publisher = document.source ?? document.dateline?.outlet }
        if metadata.place == nil { metadata.place = document.dateline?.place }
        if metadata.origin == nil { metadata.origin = queued.origin }

        guard let translator else {
            return Composition(article: BilingualArticle(id: queued.id, metadata: metadata, blocks: blocks.map(BlockTranslation.untranslated), summaryEngine: engine), translation: nil, summaryUsage: summaryUsage)
        }
        let chosen = blocks.filter { parts.contains($0.kind) }
        let translation = await translator.translate(chosen)
        var outcomes: [BlockID: BlockTranslation] = [:]
        for outcome in translation.blocks { outcomes[outcome.source.id] = outcome }
        let all = blocks.map { outcomes[$0.id] ?? .untranslated($0) }
        return Composition(article: BilingualArticle(id: queued.id, metadata: metadata, blocks: all, summaryEngine: engine), translation: translation, summaryUsage: summaryUsage)
    }
}
