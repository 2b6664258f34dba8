import Foundation
import HTTP
@testable import Providers
import Testing

@Suite struct LibreTranslateAdapterTests {
    let configuration = ProviderFixtures.configuration(.libretranslate, baseURL: URL(string: "http://127.0.0.1:5000")!)

    @Test func postsTheTextsAsAListWithTextFormatAndTheKeyInTheBody() throws {
        let request = try LibreTranslateAdapter(configuration: configuration).makeRequest(for: ProviderFixtures.translation, key: ProviderFixtures.key)
        #expect(request.url.absoluteString == "http://127.0.0.1:5000/translate")
        let body = try ProviderFixtures.body(of: request)
        #expect(body["q"] as? [String] == ["Hujan turun sejak pagi.", "Jalan ditutup sementara."])
        #expect(body["source"] as? String == "id")
        #expect(body["target"] as? String == "en")
        #expect(body["format"] as? String == "text")
        #expect(body["api_key"] as? String == ProviderFixtures.sentinelKey)
    }

    @Test func detectsTheSourceWhenNoneIsGivenAndSendsNoKeyWhenThereIsNone() throws {
        var keyless = configuration
        keyless.apiKeyVariable = nil
        let task = ProviderTask.translation(TranslationRequest(texts: ["halo"], targetLanguage: "EN"))
        let body = try ProviderFixtures.body(of: LibreTranslateAdapter(configuration: keyless).makeRequest(for: task, key: nil))
        #expect(body["source"] as? String == "auto")
        #expect(body["target"] as? String == "en")
        #expect(body["api_key"] == nil)
    }

    @Test func readsAListOfTranslations() throws {
        let body = #"{"translatedText": ["Rain has fallen since morning.", "The road is temporarily closed."]}"#
        let reply = try LibreTranslateAdapter(configuration: configuration).parseReply(ProviderFixtures.response(200, body), to: ProviderFixtures.translation, key: nil)
        #expect(reply.texts == ["Rain has fallen since morning.", "The road is temporarily closed."])
        #expect(reply.usage.characters == 47)
    }

    @Test func readsASingleTranslation() throws {
        let task = ProviderTask.translation(TranslationRequest(texts: ["halo"], targetLanguage: "en"))
        let body = #"{"translatedText": "hello", "detectedLanguage": {"confidence": 90, "language": "id"}}"#
        let reply = try LibreTranslateAdapter(configuration: configuration).parseReply(ProviderFixtures.response(200, body), to: task, key: nil)
        #expect(reply.texts == ["hello"])
    }

    @Test func showsTheServersOwnErrorText() throws {
        let adapter = LibreTranslateAdapter(configuration: configuration)
        let rejected = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(403, #"{"error": "Invalid API key"}"#), to: ProviderFixtures.translation, key: nil)
        }
        #expect(rejected.description.contains("rejected by libretranslate (127.0.0.1:5000): HTTP 403: Invalid API key"))
        let refused = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(400, #"{"error": "xx is not supported"}"#), to: ProviderFixtures.translation, key: nil)
        }
        #expect(refused == .badRequest(provider: "libretranslate", host: "127.0.0.1:5000", status: 400, message: "xx is not supported"))
    }
}
