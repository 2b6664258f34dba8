/// Texts to translate with a machine translation service, all between the same languages.
public struct TranslationRequest: Sendable, Hashable {
    /// The texts, translated each on its own and answered in the same order.
    public var texts: [String]
    /// The language of the texts (e.g. "id"); nil to let the service detect it.
    public var sourceLanguage: String?
    /// The language to translate into (e.g. "en", or DeepL's "EN-GB").
    public var targetLanguage: String

    /// Creates a translation request.
    public init(texts: [String], sourceLanguage: String? = nil, targetLanguage: String) {
        self.texts = texts
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }
}
