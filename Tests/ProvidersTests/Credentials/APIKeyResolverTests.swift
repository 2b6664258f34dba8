import Foundation
@testable import Providers
import Testing

@Suite struct APIKeyResolverTests {
    let configuration = ProviderFixtures.configuration(.openai)

    @Test func readsTheNamedVariableTrimmed() throws {
        let resolver = APIKeyResolver(environment: ["OPENAI_API_KEY": "  \(ProviderFixtures.sentinelKey)\n"])
        #expect(try resolver.key(for: configuration)?.value == ProviderFixtures.sentinelKey)
        #expect(resolver.hasKey(for: configuration))
    }

    @Test func anUnsetOrBlankVariableIsNamedInTheError() {
        for environment in [[:], ["OPENAI_API_KEY": " \n"]] {
            let resolver = APIKeyResolver(environment: environment)
            #expect(throws: ProviderError.missingAPIKey(provider: "openai", variable: "OPENAI_API_KEY")) { try resolver.key(for: configuration) }
            #expect(!resolver.hasKey(for: configuration))
        }
        let error = ProviderError.missingAPIKey(provider: "openai", variable: "OPENAI_API_KEY")
        #expect(error.description.contains("$OPENAI_API_KEY"))
        #expect(error.retryAdvice == .stopProvider)
    }

    @Test func aProviderWithoutVariableNeedsNoKey() throws {
        let resolver = APIKeyResolver(environment: [:])
        #expect(try resolver.key(for: ProviderFixtures.configuration(.libretranslate, keyed: false)) == nil)
    }

    @Test func theVariableIsReadAtEachRequest() throws {
        let name = "WARTA_TEST_KEY_\(UInt32.random(in: 0...UInt32.max))"
        var configuration = configuration
        configuration.apiKeyVariable = name
        #expect(throws: ProviderError.self) { try APIKeyResolver.processEnvironment.key(for: configuration) }
        setenv(name, "first", 1)
        defer { unsetenv(name) }
        #expect(try APIKeyResolver.processEnvironment.key(for: configuration)?.value == "first")
        setenv(name, "second", 1)
        #expect(try APIKeyResolver.processEnvironment.key(for: configuration)?.value == "second")
    }

    @Test func aKeyPrintsDumpsAndReflectsAsAPlaceholder() {
        let key = ProviderFixtures.key
        var dumped = ""
        dump(key, to: &dumped)
        for text in ["\(key)", String(reflecting: key), dumped, "\(Optional(key) as Any)", "\([key])"] {
            #expect(!text.contains(ProviderFixtures.sentinelKey), "\(text)")
        }
    }
}
