import Foundation
import HTTP

/// Google Cloud Translation v2 (`POST {base_url}/language/translate/v2?key=…`), with `q` as a
/// list and `format=text`. The key rides in the URL as that API documents, so no message
/// built here ever shows a URL, only the host.
public struct GoogleTranslateAdapter: ProviderAdapter {
    /// The provider this adapter talks to.
    public let configuration: ProviderConfiguration

    /// Creates the adapter for `configuration`.
    public init(configuration: ProviderConfiguration) {
        self.configuration = configuration
    }

    /// 128 texts per request; the body is kept under 100 KB, well inside the API's 204,800-byte limit.
    public var translationLimits: TranslationLimits? {
        TranslationLimits(maximumTexts: 128, maximumBytes: 100_000)
    }

    /// Builds the v2 translate request for a translation task, with the key as the `key` query parameter.
    public func makeRequest(for task: ProviderTask, key: APIKey?) throws(ProviderError) -> HTTPRequest {
        guard case let .translation(translation) = task else { throw unsupported(task) }
        let key = try requiredKey(key)
        if let problem = translationLimits?.violation(by: translation.texts) {
            throw .requestTooLarge(provider: configuration.name, reason: problem)
        }
        let endpoint = try configuration.endpoint("/language/translate/v2")
        guard var components = URLComponents(url: endpoint, resolvingAgainstBaseURL: false) else {
            throw .invalidConfiguration(provider: configuration.name, reason: "the base URL cannot carry a query")
        }
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "key", value: key.value)]
        // URLComponents leaves "+" and "&"-free keys as they are; encode anything unusual.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        guard let url = components.url else {
            throw .invalidConfiguration(provider: configuration.name, reason: "the key cannot be put in the request URL")
        }
        let body = Body(q: translation.texts, target: translation.targetLanguage, source: translation.sourceLanguage, format: "text")
        return try jsonRequest(to: url, headers: [], body: body)
    }

    /// Reads the translations in order and the characters sent, or the classified failure (`keyInvalid` is a rejected key, daily limits an exhausted quota).
    public func parseReply(_ response: HTTPResponse, to task: ProviderTask, key: APIKey?) throws(ProviderError) -> ProviderReply {
        let reader = ReplyReader(configuration: configuration, key: key)
        try reader.requireSuccess(response) { status, details in
            // Google answers a bad key with 400 and puts quota and rate problems under 403.
            switch details.code {
            case "keyInvalid", "keyExpired": return .keyRejected
            case "dailyLimitExceeded", "quotaExceeded", "billingNotEnabled", "dailyLimitExceededUnreg": return .quotaExhausted
            case "rateLimitExceeded", "userRateLimitExceeded": return .rateLimited
            default: break
            }
            if details.mentions(["api key not valid", "api key expired"]) { return .keyRejected }
            return nil
        }
        let reply = try reader.decode(Reply.self, from: response)
        let translations = reply.data.translations
        if case let .translation(translation) = task, translations.count != translation.texts.count {
            throw reader.malformed(response, reason: "\(translations.count) translations for \(translation.texts.count) texts")
        }
        return ProviderReply(texts: translations.map(\.translatedText), usage: Usage(characters: task.characterCount, requests: 1))
    }

    /// The request body.
    struct Body: Encodable {
        var q: [String]
        var target: String
        var source: String?
        var format: String
    }

    /// The parts of a translation reply Warta reads.
    struct Reply: Decodable {
        struct Translations: Decodable {
            struct Translation: Decodable {
                var translatedText: String
                var detectedSourceLanguage: String?
            }
            var translations: [Translation]
        }
        var data: Translations
    }
}
