import Foundation
import HTTP
import Providers
import Testing
@testable import Translation
import WartaTestSupport

@Suite struct TranslationBackendFactoryTests {
    static let prompts = PromptLibrary(directory: SharedData.repositoryRoot.appendingPathComponent("Prompts").path)

    static let providers = ProvidersFile(path: "providers.yml", providers: [
        ProviderConfiguration(name: "gpt", kind: .openai, baseURL: URL(string: "http://127.0.0.1:9/v1")!, model: "gpt-4o-mini", maxOutputTokens: 2_000),
        ProviderConfiguration(name: "deepl", kind: .deepl, baseURL: URL(string: "http://127.0.0.1:9")!, apiKeyVariable: "DEEPL_AUTH_KEY", glossaryID: "g-1"),
    ])

    @Test func localIsBuiltInAndNeedsNoProvidersFile() throws {
        let factory = TranslationBackendFactory(providers: nil, prompts: Self.prompts, http: TranslatorFixtures.http)
        let backend = try factory.backend(named: "local")
        #expect(backend.name == "local")
        #expect(backend.kind == .local)
        #expect(backend.identity.providerKind == "local")
        #expect(throws: ProvidersFileError.self) { try factory.backend(named: "gpt") }
    }

    @Test func aChainIsBuiltInOrderWithThePromptForLanguageModelsOnly() throws {
        let factory = TranslationBackendFactory(providers: Self.providers, prompts: Self.prompts, http: TranslatorFixtures.http, inputTokenBudget: 1_500)
        let chain = try factory.chain(["gpt", "deepl", "local"])
        #expect(chain.map(\.name) == ["gpt", "deepl", "local"])
        #expect(chain.map(\.kind) == [.languageModel, .machineTranslation, .local])
        let gpt = try #require(chain[0] as? ProviderTranslationBackend)
        #expect(gpt.prompt?.template.name == "translate")
        #expect(gpt.identity == BackendIdentity(providerKind: "openai", model: "gpt-4o-mini", promptHash: gpt.prompt?.template.contentHash.hex))
        #expect(chain[1].identity.promptHash == "g-1")
        guard case .texts(let limits) = chain[1].limits else {
            Issue.record("DeepL is not packed by texts")
            return
        }
        #expect(limits.maximumTexts == 50)
    }

    @Test func anUnknownProviderOrAMissingPromptIsAnError() {
        let factory = TranslationBackendFactory(providers: Self.providers, prompts: PromptLibrary(directory: "/nonexistent"), http: TranslatorFixtures.http)
        #expect(throws: ProvidersFileError.self) { try factory.backend(named: "claude") }
        #expect(throws: PromptError.missingFile(path: "/nonexistent/translate.md")) { try factory.backend(named: "gpt") }
        #expect(throws: Never.self) { try factory.backend(named: "deepl") }
    }

    @Test func theRealLocalTranslatorTakesOverWhatAProviderFails() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(#"{"error": {"message": "bad model", "type": "invalid_request_error", "code": null}}"#, status: 400) }
            let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server), LocalTranslationBackend.standard()]).translate(FloodReport.indonesian)
            #expect(result.blocks.allSatisfy { $0.status == .translated && $0.provider == "local" && !($0.english ?? "").isEmpty })
            #expect(result.blocks.allSatisfy { $0.english != $0.source.text })
        }
    }
}
