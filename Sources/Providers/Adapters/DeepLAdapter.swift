import Foundation
import HTTP

/// DeepL (`POST {base_url}/v2/translate`): up to 50 texts and 128 KiB per request, languages
/// as DeepL codes, an optional glossary, billed characters read from the reply.
public struct DeepLAdapter: ProviderAdapter {
    /// The provider this adapter talks to.
    public let configuration: ProviderConfiguration

    /// Creates the adapter for `configuration`.
    public init(configuration: ProviderConfiguration) {
        self.configuration = configuration
    }

    /// 50 texts; 128 KiB for the whole request, less room kept for JSON quoting and the other fields.
    public var translationLimits: TranslationLimits? {
        TranslationLimits(maximumTexts: 50, maximumBytes: 128 * 1024 - 8 * 1024)
    }

    /// Builds the translate request for a translation task within DeepL's limits, with the key in a `DeepL-Auth-Key` header.
    public func makeRequest(for task: ProviderTask, key: APIKey?) throws(ProviderError) -> HTTPRequest {
        guard case let .translation(translation) = task else { throw unsupported(task) }
        let key = try requiredKey(key)
        if let problem = translationLimits?.violation(by: translation.texts) {
            throw .requestTooLarge(provider: configuration.name, reason: problem)
        }
        let body = Body(
            text: translation.texts,
            target_lang: translation.targetLanguage.uppercased(),
            source_lang: translation.sourceLanguage?.uppercased(),
            glossary_id: configuration.glossaryID,
            show_billed_characters: true
        )
        return try jsonRequest(
            to: configuration.endpoint("/v2/translate"),
            headers: [("Authorization", "DeepL-Auth-Key \(key.value)")],
            body: body
        )
    }

    /// Reads the translations in order and the billed characters, or the classified failure (456 is an exhausted quota).
    public func parseReply(_ response: HTTPResponse, to task: ProviderTask, key: APIKey?) throws(ProviderError) -> ProviderReply {
        let reader = ReplyReader(configuration: configuration, key: key)
        // 456 is DeepL's "quota exceeded"; 413/414 mean the request was too large.
        try reader.requireSuccess(response) { status, _ in status == 456 ? .quotaExhausted : nil }
        let reply = try reader.decode(Reply.self, from: response)
        if case let .translation(translation) = task, reply.translations.count != translation.texts.count {
            throw reader.malformed(response, reason: "\(reply.translations.count) translations for \(translation.texts.count) texts")
        }
        let billed = reply.translations.compactMap(\.billed_characters)
        let characters = billed.count == reply.translations.count ? billed.reduce(0, +) : task.characterCount
        return ProviderReply(texts: reply.translations.map(\.text), usage: Usage(characters: characters, requests: 1))
    }

    /// The request body.
    struct Body: Encodable {
        var text: [String]
        var target_lang: String
        var source_lang: String?
        var glossary_id: String?
        var show_billed_characters: Bool
    }

    /// The parts of a translation reply Warta reads.
    struct Reply: Decodable {
        struct Translation: Decodable {
            var text: String
            var detected_source_language: String?
            var billed_characters: Int?
        }
        var translations: [Translation]
    }
}

extension ProviderTask {
    /// The characters of all texts of a translation (what translation services bill); 0 for chat.
    var characterCount: Int {
        guard case let .translation(translation) = self else { return 0 }
        return translation.texts.reduce(0) { $0 + $1.count }
    }
}
