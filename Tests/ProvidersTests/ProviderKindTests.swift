import Providers
import Testing

@Suite struct ProviderKindTests {
    @Test func namesEveryWireFormat() {
        #expect(Set(ProviderKind.allCases.map(\.rawValue)) == ["openai", "anthropic", "deepl", "libretranslate", "google"])
    }
}
