import LocalTranslation
import Providers

/// The offline rule-based translator as a backend (provider name "local"): free, no requests,
/// every unit translated in one call; the model is the lexicon version.
public struct LocalTranslationBackend: TranslationBackend {
    /// The provider name of the local translator.
    public static let providerName = "local"

    /// The lexicon version, named as the model.
    public let lexiconVersion: String
    private let translateParagraph: @Sendable (String) -> String

    /// A backend translating each paragraph with `translate`, reporting `lexiconVersion` as its model.
    public init(lexiconVersion: String, translate: @escaping @Sendable (String) -> String) {
        self.lexiconVersion = lexiconVersion
        translateParagraph = translate
    }

    /// The bundled rule-based translator (`LocalTranslator.shared`); its model is
    /// "lexicon-" and the hash of the lexicon files (`LocalTranslator.lexiconVersion`), so any
    /// edit of the lexicon retranslates instead of serving remembered translations.
    public static func standard() -> LocalTranslationBackend {
        let translator = LocalTranslator.shared
        return LocalTranslationBackend(lexiconVersion: "lexicon-\(translator.lexiconVersion)") { translator.translate($0) }
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

    /// Every unit translated in order, usage zero.
    public func translate(_ request: BackendRequest) async throws -> BackendReply {
        BackendReply(content: .ordered(request.units.map { translateParagraph($0.text) }), usage: .zero)
    }
}
