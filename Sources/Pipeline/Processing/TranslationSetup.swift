import Foundation
import HTTP
import Providers
import Translation

/// Everything translation needs for a run or a command, built from names: the providers tried
/// in order (from `providers.yml`; `local` is built in), the prompt, the glossary and the memory.
public struct TranslationSetup: Sendable {
    /// The provider names tried in order, block by block.
    public var providerNames: [String]
    /// Where `providers.yml` is read when a provider other than `local` is named.
    public var providersPath: String
    /// The directory of prompt templates.
    public var promptsDirectory: String
    /// The translation prompt's name in that directory.
    public var promptName: String
    /// The glossary file, if any.
    public var glossaryPath: String?

    /// Creates a setup.
    public init(providerNames: [String], providersPath: String = ProvidersFile.defaultPath, promptsDirectory: String = PromptLibrary.defaultDirectory, promptName: String = "translate", glossaryPath: String? = nil) {
        self.providerNames = providerNames
        self.providersPath = providersPath
        self.promptsDirectory = promptsDirectory
        self.promptName = promptName
        self.glossaryPath = glossaryPath
    }

    /// The providers file, read only when some named provider is not built in.
    public func providersFile() throws -> ProvidersFile? {
        let needsFile = providerNames.contains { $0 != LocalTranslationBackend.providerName }
        return needsFile ? try ProvidersFile.load(path: providersPath) : nil
    }

    /// The glossary, if one is named.
    public func glossary() throws -> Glossary? {
        try glossaryPath.map { try Glossary(contentsOfFile: $0) }
    }

    /// A client for every named provider that is not built in, sharing `http`, `ledger` and `observer`.
    public func clients(http: HTTPClient, ledger: UsageLedger, observer: ProviderRequestObserver?) throws -> [String: ProviderClient] {
        guard let file = try providersFile() else { return [:] }
        var clients: [String: ProviderClient] = [:]
        for name in providerNames where name != LocalTranslationBackend.providerName {
            clients[name] = ProviderClient(configuration: try file.provider(named: name), http: http, ledger: ledger, observer: observer)
        }
        return clients
    }

    /// The backends in order: `local` is the offline translator; others are providers with the
    /// translation prompt (language models) or their own glossary (DeepL).
    public func backends(clients: [String: ProviderClient]) throws -> [any TranslationBackend] {
        var prompt: TranslationPrompt?
        return try providerNames.map { name -> any TranslationBackend in
            if name == LocalTranslationBackend.providerName { return LocalTranslationBackend.standard() }
            guard let client = clients[name] else {
                throw PipelineError.unknownProvider(name)
            }
            if client.configuration.kind.isLanguageModel, prompt == nil {
                prompt = TranslationPrompt(template: try PromptLibrary(directory: promptsDirectory).template(named: promptName))
            }
            return try ProviderTranslationBackend(client: client, prompt: client.configuration.kind.isLanguageModel ? prompt : nil)
        }
    }

    /// A translator over the named backends, the glossary and `memory`.
    public func translator(clients: [String: ProviderClient], memory: TranslationMemory?, useMemory: Bool = true) throws -> ArticleTranslator {
        ArticleTranslator(backends: try backends(clients: clients), glossary: try glossary(), memory: memory, useMemory: useMemory)
    }
}
