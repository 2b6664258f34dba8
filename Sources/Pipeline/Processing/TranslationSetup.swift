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

    /// A translator over the named backends (see `TranslationBackendFactory`), the glossary and
    /// `memory`, its providers sharing `http`, `ledger` and `observer`.
    public func translator(http: HTTPClient, ledger: UsageLedger, observer: ProviderRequestObserver?, memory: TranslationMemory?, useMemory: Bool = true) throws -> ArticleTranslator {
        let factory = TranslationBackendFactory(
            providers: try providersFile(), prompts: PromptLibrary(directory: promptsDirectory), http: http,
            ledger: ledger, promptName: promptName, observer: observer
        )
        return ArticleTranslator(backends: try factory.chain(providerNames), glossary: try glossary(), memory: memory, useMemory: useMemory)
    }
}
