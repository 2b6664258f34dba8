import Foundation
@testable import Providers
import Testing

@Suite struct ProviderConfigurationTests {
    func configuration(_ url: String, allowInsecure: Bool = false) -> ProviderConfiguration {
        ProviderConfiguration(name: "p", kind: .libretranslate, baseURL: URL(string: url)!, allowInsecureHTTP: allowInsecure)
    }

    @Test func endpointsJoinWithOneSlash() throws {
        #expect(try configuration("https://example.org/api/").endpoint("/translate").absoluteString == "https://example.org/api/translate")
        #expect(try configuration("https://example.org/api").endpoint("translate").absoluteString == "https://example.org/api/translate")
    }

    @Test func plainHTTPIsRefusedOnlyToOtherMachines() throws {
        #expect(throws: ProviderError.insecureEndpoint(provider: "p", host: "203.0.113.5:5000")) {
            try configuration("http://203.0.113.5:5000").endpoint("/translate")
        }
        _ = try configuration("http://203.0.113.5:5000", allowInsecure: true).endpoint("/translate")
        for local in ["http://127.0.0.1:5000", "http://127.8.0.1", "http://localhost:5000", "http://[::1]:5000"] {
            #expect(!configuration(local).isInsecure, "\(local)")
        }
        for remote in ["http://127.0.0.1.example.org", "http://10.0.0.2", "http://example.org"] {
            #expect(configuration(remote).isInsecure, "\(remote)")
        }
    }

    @Test func hostIncludesAnExplicitPort() {
        #expect(configuration("https://api.example.org/v1").host == "api.example.org")
        #expect(configuration("http://127.0.0.1:11434/v1").host == "127.0.0.1:11434")
    }
}
