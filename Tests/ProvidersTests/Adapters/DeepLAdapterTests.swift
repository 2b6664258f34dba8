import Foundation
import HTTP
@testable import Providers
import Testing

@Suite struct DeepLAdapterTests {
    let adapter = DeepLAdapter(configuration: ProviderFixtures.configuration(.deepl))

    @Test func postsTextsWithLanguagesGlossaryAndAuthKeyHeader() throws {
        let request = try adapter.makeRequest(for: ProviderFixtures.translation, key: ProviderFixtures.key)
        #expect(request.url.absoluteString == "https://api.deepl.com/v2/translate")
        #expect(ProviderFixtures.header("Authorization", of: request) == "DeepL-Auth-Key \(ProviderFixtures.sentinelKey)")
        let body = try ProviderFixtures.body(of: request)
        #expect(body["text"] as? [String] == ["Hujan turun sejak pagi.", "Jalan ditutup sementara."])
        #expect(body["target_lang"] as? String == "EN")
        #expect(body["source_lang"] as? String == "ID")
        #expect(body["glossary_id"] as? String == "glossary-42")
        #expect(body["show_billed_characters"] as? Bool == true)
    }

    @Test func refusesMoreThanFiftyTexts() {
        let task = ProviderTask.translation(TranslationRequest(texts: Array(repeating: "halo", count: 51), targetLanguage: "EN-GB"))
        #expect(throws: ProviderError.requestTooLarge(provider: "deepl", reason: "51 texts, over the limit of 50 per request")) {
            try adapter.makeRequest(for: task, key: ProviderFixtures.key)
        }
    }

    @Test func refusesMoreThan128KiB() throws {
        let task = ProviderTask.translation(TranslationRequest(texts: [String(repeating: "a", count: 130 * 1024)], targetLanguage: "EN-GB"))
        #expect(throws: ProviderError.self) { try adapter.makeRequest(for: task, key: ProviderFixtures.key) }
    }

    @Test func readsTranslationsAndBilledCharacters() throws {
        let body = """
            {"translations": [
              {"detected_source_language": "ID", "text": "Rain has fallen since morning.", "billed_characters": 23},
              {"detected_source_language": "ID", "text": "The road is closed for now.", "billed_characters": 24}]}
            """
        let reply = try adapter.parseReply(ProviderFixtures.response(200, body), to: ProviderFixtures.translation, key: nil)
        #expect(reply.texts == ["Rain has fallen since morning.", "The road is closed for now."])
        #expect(reply.usage == Usage(characters: 47, requests: 1))
    }

    @Test func countsCharactersWhenBillingIsNotReported() throws {
        let body = #"{"translations": [{"text": "Rain."}, {"text": "Closed."}]}"#
        let reply = try adapter.parseReply(ProviderFixtures.response(200, body), to: ProviderFixtures.translation, key: nil)
        #expect(reply.usage.characters == "Hujan turun sejak pagi.".count + "Jalan ditutup sementara.".count)
    }

    @Test func quotaExceededStopsTheProvider() throws {
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(456, #"{"message": "Quota Exceeded"}"#), to: ProviderFixtures.translation, key: nil)
        }
        #expect(error == .quotaExhausted(provider: "deepl", host: "api.deepl.com", status: 456, message: "Quota Exceeded"))
        #expect(error.retryAdvice == .stopProvider)
    }

    @Test func forbiddenMeansTheKeyWasRejected() throws {
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(403, #"{"message": "Wrong endpoint. Use https://api-free.deepl.com"}"#), to: ProviderFixtures.translation, key: nil)
        }
        #expect(error.description.contains("$DEEPL_AUTH_KEY was rejected by deepl (api.deepl.com): HTTP 403: Wrong endpoint"))
    }

    @Test func fewerTranslationsThanTextsIsMalformed() throws {
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(200, #"{"translations": [{"text": "Rain."}]}"#), to: ProviderFixtures.translation, key: nil)
        }
        guard case let .malformedReply(_, _, _, reason, _) = error else { Issue.record("\(error)"); return }
        #expect(reason == "1 translations for 2 texts")
    }
}
