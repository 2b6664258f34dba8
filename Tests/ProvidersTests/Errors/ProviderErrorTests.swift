import HTTP
@testable import Providers
import Testing

@Suite struct ProviderErrorTests {
    @Test func adviceFollowsWhatCanStillSucceed() {
        let cases: [(ProviderError, RetryAdvice)] = [
            (.keyRejected(provider: "p", host: "h", variable: "K", status: 401, message: nil), .stopProvider),
            (.quotaExhausted(provider: "p", host: "h", status: 456, message: nil), .stopProvider),
            (.insecureEndpoint(provider: "p", host: "h"), .stopProvider),
            (.rateLimited(provider: "p", host: "h", retryAfter: .seconds(2), message: nil), .after(.seconds(2))),
            (.rateLimited(provider: "p", host: "h", retryAfter: nil, message: nil), .afterBackoff),
            (.serverError(provider: "p", host: "h", status: 529, retryAfter: nil, message: nil), .afterBackoff),
            (.badRequest(provider: "p", host: "h", status: 400, message: nil), .never),
            (.truncatedOutput(provider: "p", limit: 10, usage: .zero), .never),
            (.malformedReply(provider: "p", host: "h", status: 200, reason: "not JSON", excerpt: ""), .afterBackoff),
            (.transport(provider: "p", .timedOut(host: "h", after: .seconds(1))), .afterBackoff),
            (.transport(provider: "p", .transferFailed(host: "h", reason: "reset")), .afterBackoff),
            (.transport(provider: "p", .cancelled), .never),
        ]
        for (error, advice) in cases {
            #expect(error.retryAdvice == advice, "\(error)")
            #expect(error.provider == "p")
        }
    }

    @Test func messagesSayWhatToDo() {
        #expect(ProviderError.truncatedOutput(provider: "openai", limit: 256, usage: .zero).description
            == "the reply from openai was cut off at its output limit of 256 tokens; raise max_output_tokens or send shorter input")
        #expect(ProviderError.rateLimited(provider: "deepl", host: "api.deepl.com", retryAfter: .milliseconds(1500), message: nil).description
            .contains("it asks to wait 1.5 s"))
        #expect(ProviderError.keyRejected(provider: "lt", host: "127.0.0.1:5000", variable: nil, status: 403, message: nil).description
            .contains("name the variable holding a key with api_key_env"))
    }

    @Test func redactionRemovesTheKeyAndMaskedKeys() {
        let redactor = SecretRedactor(key: ProviderFixtures.key)
        let text = "bad key \(ProviderFixtures.sentinelKey) or sk-SENT*********ME, try again"
        #expect(redactor.message(text) == "bad key [redacted] or [redacted] try again")
        #expect(redactor.excerpt(Array(String(repeating: "é", count: 500).utf8)).count == 200)
        let transport = redactor.redact(HTTPError.transferFailed(host: "h", reason: "bad URL /v2?key=\(ProviderFixtures.sentinelKey)"))
        #expect(transport == .transferFailed(host: "h", reason: "bad URL /v2?key=[redacted]"))
    }
}
