import Foundation
import HTTP
@testable import Providers
import Testing

@Suite struct GoogleTranslateAdapterTests {
    let adapter = GoogleTranslateAdapter(configuration: ProviderFixtures.configuration(.google))

    @Test func postsTextsAsAListWithTheKeyAsAQueryParameter() throws {
        let request = try adapter.makeRequest(for: ProviderFixtures.translation, key: ProviderFixtures.key)
        let components = try #require(URLComponents(url: request.url, resolvingAgainstBaseURL: false))
        #expect(components.host == "translation.googleapis.com")
        #expect(components.path == "/language/translate/v2")
        #expect(components.queryItems == [URLQueryItem(name: "key", value: ProviderFixtures.sentinelKey)])
        let body = try ProviderFixtures.body(of: request)
        #expect(body["q"] as? [String] == ["Hujan turun sejak pagi.", "Jalan ditutup sementara."])
        #expect(body["target"] as? String == "en")
        #expect(body["source"] as? String == "id")
        #expect(body["format"] as? String == "text")
    }

    @Test func readsTranslationsAndCountsCharacters() throws {
        let body = """
            {"data": {"translations": [
              {"translatedText": "It has been raining since morning.", "detectedSourceLanguage": "id"},
              {"translatedText": "The road is temporarily closed."}]}}
            """
        let reply = try adapter.parseReply(ProviderFixtures.response(200, body), to: ProviderFixtures.translation, key: nil)
        #expect(reply.texts == ["It has been raining since morning.", "The road is temporarily closed."])
        #expect(reply.usage == Usage(characters: 47, requests: 1))
    }

    /// An error body in Google's shape.
    func googleError(_ code: Int, _ message: String, reason: String, status: String) -> String {
        #"{"error": {"code": \#(code), "message": "\#(message)", "errors": [{"message": "\#(message)", "domain": "global", "reason": "\#(reason)"}], "status": "\#(status)"}}"#
    }

    @Test func anInvalidKeyIsARejectedKeyThoughItComesAs400() throws {
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(400, googleError(400, "API key not valid. Please pass a valid API key.", reason: "badRequest", status: "INVALID_ARGUMENT")), to: ProviderFixtures.translation, key: ProviderFixtures.key)
        }
        #expect(error.description.hasPrefix("the key in $GOOGLE_API_KEY was rejected by google (translation.googleapis.com): HTTP 400"))
        #expect(!error.description.contains(ProviderFixtures.sentinelKey))
    }

    @Test func dailyLimitStopsAndRateLimitWaits() throws {
        let daily = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(403, googleError(403, "Daily Limit Exceeded", reason: "dailyLimitExceeded", status: "PERMISSION_DENIED")), to: ProviderFixtures.translation, key: nil)
        }
        #expect(daily.retryAdvice == .stopProvider)
        guard case .quotaExhausted = daily else { Issue.record("\(daily)"); return }
        let rate = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(403, googleError(403, "User Rate Limit Exceeded", reason: "userRateLimitExceeded", status: "PERMISSION_DENIED")), to: ProviderFixtures.translation, key: nil)
        }
        guard case .rateLimited = rate else { Issue.record("\(rate)"); return }
    }
}
