import Foundation
@testable import Providers
import Testing
import WartaTestSupport

@Suite struct ProvidersFileTests {
    /// The problems `yaml` has, or none when it parses.
    func problems(_ yaml: String) -> [ProvidersFileError.Problem] {
        do {
            _ = try ProvidersFile.parse(yaml, path: "providers.yml")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func theShippedFileConfiguresOneProviderOfEachKindAndALocalServer() throws {
        let path = SharedData.repositoryRoot.appendingPathComponent("Jobs/providers.yml").path
        let file = try ProvidersFile.load(path: path)
        #expect(Set(file.providers.map(\.kind)) == Set(ProviderKind.allCases))
        let ollama = try file.provider(named: "ollama")
        #expect(ollama.kind == .openai)
        #expect(ollama.apiKeyVariable == nil)
        #expect(try file.provider(named: "openai").apiKeyVariable == "OPENAI_API_KEY")
        #expect(try file.provider(named: "openai").prices?.outputPerMillionTokens != nil)
    }

    @Test func readsEveryFieldAndKeepsTheFilesOrder() throws {
        let file = try ProvidersFile.parse("""
            providers:
              zeta:
                kind: deepl
                base_url: https://api-free.deepl.com
                api_key_env: DEEPL_AUTH_KEY
                glossary_id: g-1
                prices: { per_million_characters: 20, currency: EUR }
              alpha:
                kind: openai
                base_url: https://openrouter.example.org/api/v1
                model: some/model
                api_key_env: ROUTER_KEY
                max_output_tokens: 300
                temperature: 0.5
                limits:
                  max_concurrency: 16
                  requests_per_minute: 600
                  tokens_per_minute: 100000
                  max_retries: 5
                  timeout_seconds: 45.5
            """, path: "p.yml")
        #expect(file.providers.map(\.name) == ["zeta", "alpha"])
        let deepl = file.providers[0]
        #expect(deepl.baseURL.absoluteString == "https://api-free.deepl.com")
        #expect(deepl.glossaryID == "g-1")
        #expect(deepl.prices == ProviderPrices(perMillionCharacters: 20, currency: "EUR"))
        let router = file.providers[1]
        #expect(router.model == "some/model")
        #expect(router.maxOutputTokens == 300)
        #expect(router.temperature == 0.5)
        #expect(router.limits == ProviderLimits(maxConcurrency: 16, requestsPerMinute: 600, tokensPerMinute: 100000, maxRetries: 5, timeoutSeconds: 45.5))
    }

    @Test func publicServicesDefaultTheirBaseURL() throws {
        let file = try ProvidersFile.parse("""
            providers:
              claude: { kind: anthropic, model: claude-3-5-haiku-latest, api_key_env: ANTHROPIC_API_KEY }
              translate: { kind: google, api_key_env: GOOGLE_API_KEY }
            """, path: "p.yml")
        #expect(file.providers.map(\.baseURL.absoluteString) == ["https://api.anthropic.com", "https://translation.googleapis.com"])
        #expect(file.providers[0].limits == ProviderLimits())
    }

    @Test func anUnknownFieldIsReportedWithFileLineProviderAndField() {
        let found = problems("""
            providers:
              openai:
                kind: openai
                model: gpt-4o-mini
                api_key_env: OPENAI_API_KEY
                limits:
                  requests_per_minit: 10
            """)
        #expect(found.count == 1)
        #expect(found.first?.description.hasPrefix("providers.yml:7: provider 'openai', field 'limits.requests_per_minit': unknown field; expected one of max_concurrency") == true)
    }

    @Test func aKeyWrittenInTheFileIsRefusedWithoutBeingRepeated() {
        let found = problems("""
            providers:
              openai:
                kind: openai
                model: gpt-4o-mini
                api_key: sk-live-abcdef0123456789
                api_key_env: sk-live-abcdef0123456789
            """)
        #expect(found.map(\.field) == ["api_key", "api_key_env"])
        #expect(found.allSatisfy { !$0.description.contains("sk-live") })
        #expect(found[0].message.contains("name the variable with api_key_env"))
        #expect(found[1].line == 6)
    }

    @Test func aWrongTypeNamesTheFieldAndLine() {
        let found = problems("""
            providers:
              deepl:
                kind: deepl
                api_key_env: DEEPL_AUTH_KEY
                limits:
                  max_retries: many
            """)
        #expect(found.map(\.description) == ["providers.yml:6: provider 'deepl', field 'limits.max_retries': expected a whole number"])
    }

    @Test func plainHTTPToAnotherMachineIsRefusedUnlessAllowed() throws {
        let refused = problems("""
            providers:
              lan: { kind: libretranslate, base_url: "http://192.0.2.10:5000" }
            """)
        #expect(refused.first?.field == "base_url")
        #expect(refused.first?.message.contains("allow_insecure_http: true") == true)
        let allowed = try ProvidersFile.parse("""
            providers:
              lan: { kind: libretranslate, base_url: "http://192.0.2.10:5000", allow_insecure_http: true }
              local: { kind: libretranslate, base_url: "http://localhost:5000" }
              loop: { kind: openai, base_url: "http://127.0.0.1:8080/v1", model: m }
            """, path: "p.yml")
        #expect(allowed.providers.map(\.isInsecure) == [false, false, false])
    }

    @Test func requiredFieldsAreNamedPerKind() {
        let found = problems("""
            providers:
              a: { kind: anthropic, model: claude-3-5-haiku-latest }
              b: { kind: openai, api_key_env: OPENAI_API_KEY }
              c: { kind: libretranslate }
              d: { kind: bing }
              e: { model: x }
            """)
        #expect(found.map(\.provider) == ["a", "b", "c", "d", "e"])
        #expect(found.map(\.field) == ["api_key_env", "model", "base_url", "kind", "kind"])
        #expect(found[3].message.hasPrefix("unknown kind 'bing'; one of openai, anthropic, deepl, libretranslate, google"))
    }

    @Test func openAIItselfNeedsAKeyButACompatibleServerMayGoWithout() {
        let found = problems("""
            providers:
              openai: { kind: openai, model: gpt-4o-mini }
              vllm: { kind: openai, base_url: "https://vllm.internal.example.org/v1", model: m }
            """)
        #expect(found.map(\.provider) == ["openai"])
        #expect(found.first?.message.contains("api_key_env: OPENAI_API_KEY") == true)
    }

    @Test func theTokenLimitParameterIsCheckedAndOnlyForOpenAI() throws {
        let found = problems("""
            providers:
              a: { kind: openai, base_url: "http://127.0.0.1:8080/v1", model: m, max_tokens_parameter: max_new_tokens }
              b: { kind: anthropic, model: m, api_key_env: K, max_tokens_parameter: max_tokens }
            """)
        #expect(found.map(\.provider) == ["a", "b"])
        #expect(found.allSatisfy { $0.field == "max_tokens_parameter" })
        let file = try ProvidersFile.parse("providers:\n  a: { kind: openai, base_url: \"http://127.0.0.1:8080/v1\", model: m, max_tokens_parameter: max_completion_tokens }\n", path: "p.yml")
        #expect(file.providers[0].maxTokensParameter == "max_completion_tokens")
        #expect(try ProvidersFile.parse("providers:\n  a: { kind: openai, base_url: \"http://127.0.0.1:8080/v1\", model: m }\n", path: "p.yml").providers[0].maxTokensParameter == "max_tokens")
    }

    @Test func limitsOutOfRangeAreReported() {
        let found = problems("""
            providers:
              x:
                kind: libretranslate
                base_url: http://127.0.0.1:5000
                temperature: 3
                limits: { max_concurrency: 0, max_retries: -1, timeout_seconds: 0 }
            """)
        #expect(Set(found.compactMap(\.field)) == ["limits.max_concurrency", "limits.max_retries", "limits.timeout_seconds", "temperature"])
    }

    @Test func aSyntaxErrorGivesTheParsersLine() {
        let found = problems("providers:\n  openai:\n    kind: [openai\n")
        #expect(found.count == 1)
        #expect(found.first?.line != nil)
        #expect(found.first?.message.hasPrefix("not valid YAML") == true)
    }

    @Test func anEmptyProvidersListIsValid() throws {
        #expect(try ProvidersFile.parse("providers:\n", path: "p.yml").providers.isEmpty)
        #expect(try ProvidersFile.parse("providers: {}\n", path: "p.yml").providers.isEmpty)
    }

    @Test func anUnknownNameListsTheConfiguredOnes() throws {
        let file = try ProvidersFile.parse("providers:\n  local: { kind: libretranslate, base_url: \"http://127.0.0.1:5000\" }\n", path: "p.yml")
        let error = try #require(throws: ProvidersFileError.self) { try file.provider(named: "deepl") }
        #expect(error.description == "p.yml: provider 'deepl': no such provider in this file; it configures 'local'")
    }

    @Test func aMissingFileSaysHowToGiveAnother() {
        let error = try? #require(throws: ProvidersFileError.self) { try ProvidersFile.load(path: "/nonexistent/providers.yml") }
        #expect(error?.description.contains("--providers FILE") == true)
    }
}
