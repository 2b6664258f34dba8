import HTTP
import Providers

/// Builds translation backends from provider names: "local" is built in, every other name is
/// looked up in the providers file and reached through a `ProviderClient`; language models get
/// the translation prompt from the prompt library.
public struct TranslationBackendFactory: Sendable {
    /// The configured providers; nil when no providers file was read (only "local" works then).
    public var providers: ProvidersFile?
    /// Where `translate.md` is read from (for language models only).
    public var prompts: PromptLibrary
    /// The run's HTTP client, shared by every provider.
    public var http: HTTPClient
    /// Where every provider's usage is added up.
    public var ledger: UsageLedger
    /// Where API keys are read.
    public var keys: APIKeyResolver
    /// The job's style notes, put in the translation prompt.
    public var styleNotes: String?
    /// The translation prompt's name in the prompt library.
    public var promptName: String
    /// Receives a record of every provider request, if set (the run's request log).
    public var observer: ProviderRequestObserver?
    /// The estimated input tokens of blocks per language model request.
    public var inputTokenBudget: Int
    /// The most blocks per language model request.
    public var maximumBlocks: Int

    /// Creates a factory.
    public init(
        providers: ProvidersFile?,
        prompts: PromptLibrary = PromptLibrary(),
        http: HTTPClient,
        ledger: UsageLedger = UsageLedger(),
        keys: APIKeyResolver = .processEnvironment,
        styleNotes: String? = nil,
        promptName: String = "translate",
        observer: ProviderRequestObserver? = nil,
        inputTokenBudget: Int = 2_000,
        maximumBlocks: Int = 40
    ) {
        self.providers = providers
        self.prompts = prompts
        self.http = http
        self.ledger = ledger
        self.keys = keys
        self.styleNotes = styleNotes
        self.promptName = promptName
        self.observer = observer
        self.inputTokenBudget = inputTokenBudget
        self.maximumBlocks = maximumBlocks
    }

    /// The backend called `name`: "local", or a provider of the providers file.
    ///
    /// Throws `ProvidersFileError` for an unknown name (or no providers file), `PromptError`
    /// when a language model's prompt is missing or broken, `ProviderError` for a configuration
    /// that cannot work.
    public func backend(named name: String) throws -> any TranslationBackend {
        if name == LocalTranslationBackend.providerName { return LocalTranslationBackend.standard() }
        guard let providers else {
            throw ProvidersFileError(problems: [.init(
                file: ProvidersFile.defaultPath, provider: name,
                message: "no providers file was read, so only 'local' is available; create \(ProvidersFile.defaultPath) or give one with --providers"
            )])
        }
        let configuration = try providers.provider(named: name)
        let client = ProviderClient(configuration: configuration, http: http, keys: keys, ledger: ledger, observer: observer)
        return try backend(for: client)
    }

    /// The backend translating through `client` (a language model with the translation prompt,
    /// or a translation service).
    public func backend(for client: ProviderClient) throws -> any TranslationBackend {
        var prompt: TranslationPrompt?
        if client.configuration.kind.isLanguageModel {
            prompt = TranslationPrompt(template: try prompts.template(named: promptName), styleNotes: styleNotes)
        }
        return try ProviderTranslationBackend(client: client, prompt: prompt, inputTokenBudget: inputTokenBudget, maximumBlocks: maximumBlocks)
    }

    /// The backends called `names`, in order (e.g. `["openai", "local"]`: blocks the first
    /// fails on go to the next).
    public func chain(_ names: [String]) throws -> [any TranslationBackend] {
        try names.map { try backend(named: $0) }
    }
}
