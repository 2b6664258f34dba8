import Providers

/// A provider from `providers.yml` as a translation backend: a language model asked with the
/// translation prompt (reply: JSON keyed by block id), or a translation service sent the texts
/// as a list (DeepL with its configured glossary id).
public struct ProviderTranslationBackend: TranslationBackend {
    /// The client every request goes through (rate limits, retries, usage).
    public let client: ProviderClient
    /// The prompt language models are asked with; nil for translation services.
    public let prompt: TranslationPrompt?
    /// How much one request may carry.
    public let limits: PackingLimits

    /// A backend for a language model: `prompt` is required, and each request carries blocks of
    /// at most `inputTokenBudget` estimated tokens (and at most `maximumBlocks` blocks), with
    /// their translation fitting in the provider's `max_output_tokens`.
    ///
    /// For a translation service the prompt and the budget are ignored and the adapter's limits
    /// (e.g. DeepL's 50 texts / 128 KiB) apply.
    public init(client: ProviderClient, prompt: TranslationPrompt?, inputTokenBudget: Int = 2_000, maximumBlocks: Int = 40) throws(ProviderError) {
        self.client = client
        let configuration = client.configuration
        if configuration.kind.isLanguageModel {
            guard prompt != nil else {
                throw .invalidConfiguration(provider: configuration.name, reason: "a language model needs the translation prompt (Prompts/translate.md)")
            }
            self.prompt = prompt
            limits = .languageModel(inputTokenBudget: inputTokenBudget, maxOutputTokens: configuration.maxOutputTokens, maximumBlocks: maximumBlocks)
        } else {
            self.prompt = nil
            limits = client.adapter.translationLimits.map { .texts($0) } ?? .texts(TranslationLimits(maximumTexts: 50, maximumBytes: 32 * 1024))
        }
    }

    /// The provider's configured name.
    public var name: String { client.configuration.name }

    /// A language model or a translation service, by the provider's kind.
    public var kind: BackendKind { client.configuration.kind.isLanguageModel ? .languageModel : .machineTranslation }

    /// The configured model (language models).
    public var model: String? { client.configuration.model }

    /// The provider's prices.
    public var prices: ProviderPrices? { client.configuration.prices }

    /// Kind, model and prompt version (for DeepL, its glossary id).
    public var identity: BackendIdentity {
        let configuration = client.configuration
        return BackendIdentity(
            providerKind: configuration.kind.rawValue,
            model: configuration.model,
            promptHash: prompt?.versionHash ?? configuration.glossaryID
        )
    }

    /// The prompt's estimated tokens: system part, user part and the blocks.
    public func estimatedInputTokens(_ request: BackendRequest) -> Int {
        guard let prompt else { return 0 }
        let chat = prompt.chatRequest(for: request)
        let characters = chat.messages.reduce(chat.system?.count ?? 0) { $0 + $1.content.count }
        return TokenEstimator().tokens(characters: characters)
    }

    /// Sends the batch: one chat request for a language model, one translation request for a service.
    public func translate(_ request: BackendRequest) async throws -> BackendReply {
        if let prompt {
            let reply = try await client.chat(prompt.chatRequest(for: request))
            return BackendReply(content: .keyed(reply.text), usage: reply.usage)
        }
        let target = client.configuration.kind == .deepl ? "EN-US" : "en"
        let reply = try await client.translate(TranslationRequest(texts: request.units.map(\.text), sourceLanguage: "id", targetLanguage: target))
        return BackendReply(content: .ordered(reply.texts), usage: reply.usage)
    }
}
