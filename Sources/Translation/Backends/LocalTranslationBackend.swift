import LocalTranslation
import Providers

/// The offline rule-based translator as a backend (provider name "local"): free, no requests,
/// every unit translated in one call, the glossary's English kept for its terms; the model is
/// the lexicon version.
public struct LocalTranslationBackend: TranslationBackend {
    /// A glossary term as the translator takes it.
    public typealias Term = (indonesian: String, english: String)

    /// The provider name of the local translator.
    public static let providerName = "local"

    /// The lexicon version, named as the model.
    public let lexiconVersion: String
    private let translateParagraph: @Sendable (String, [Term]) -> String

    /// A backend translating each paragraph with `translate`, reporting `lexiconVersion` as its
    /// model; it ignores the glossary.
    public init(lexiconVersion: String, translate: @escaping @Sendable (String) -> String) {
        self.lexiconVersion = lexiconVersion
        translateParagraph = { paragraph, _ in translate(paragraph) }
    }

    /// A backend translating each paragraph with `translate`, given the glossary terms of the
    /// request (those occurring in its units), reporting `lexiconVersion` as its model.
    public init(lexiconVersion: String, translateWithTerms translate: @escaping @Sendable (String, [Term]) -> String) {
        self.lexiconVersion = lexiconVersion
        translateParagraph = translate
    }

    /// The bundled rule-based translator (`LocalTranslator.shared`); its model is
    /// "lexicon-" and the hash of the lexicon files (`LocalTranslator.lexiconVersion`), so any
    /// edit of the lexicon retranslates instead of serving remembered translations.
    public static func standard() -> LocalTranslationBackend {
        let translator = LocalTranslator.shared
        return LocalTranslationBackend(lexiconVersion: "lexicon-\(translator.lexiconVersion)") { paragraph, terms in
            terms.isEmpty ? translator.translate(paragraph) : translator.translate(paragraph, terms: terms)
        }
    }

    /// "local".
    public var name: String { Self.providerName }
    /// `.local`.
    public var kind: BackendKind { .local }
    /// The lexicon version.
    public var model: String? { lexiconVersion }
    /// Kind "local" and the lexicon version.
    public var identity: BackendIdentity { BackendIdentity(providerKind: Self.providerName, model: lexiconVersion, promptHash: nil) }
    /// No limit.
    public var limits: PackingLimits { .unlimited }
    /// Free.
    public var prices: ProviderPrices? { nil }

    /// Every unit translated in order with the request's glossary entries as fixed terms, usage zero.
    public func translate(_ request: BackendRequest) async throws -> BackendReply {
        let terms = request.glossary.map { Term(indonesian: $0.indonesian, english: $0.english) }
        return BackendReply(content: .ordered(request.units.map { translateParagraph($0.text, terms) }), usage: .zero)
    }
}
