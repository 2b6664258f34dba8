import Foundation
import HTTP

/// LibreTranslate (`POST {base_url}/translate`), with `q` as a list and plain-text format; the
/// key, when the server wants one, travels in the body as `api_key`.
public struct LibreTranslateAdapter: ProviderAdapter {
    /// The provider this adapter talks to.
    public let configuration: ProviderConfiguration

    /// Creates the adapter for `configuration`.
    public init(configuration: ProviderConfiguration) {
        self.configuration = configuration
    }

    /// Nil: each server sets its own character limit, and reports it when exceeded.
    public var translationLimits: TranslationLimits? { nil }

    /// Builds the translate request for a translation task, with the key, if any, in the body.
    public func makeRequest(for task: ProviderTask, key: APIKey?) throws(ProviderError) -> HTTPRequest {
        guard case let .translation(translation) = task else { throw unsupported(task) }
        let body = Body(
            q: translation.texts,
            source: translation.sourceLanguage?.lowercased() ?? "auto",
            target: translation.targetLanguage.lowercased(),
            format: "text",
            api_key: key?.value
        )
        return try jsonRequest(to: configuration.endpoint("/translate"), headers: [], body: body)
    }

    /// Reads the translations in order and the characters sent, or the classified failure.
    public func parseReply(_ response: HTTPResponse, to task: ProviderTask, key: APIKey?) throws(ProviderError) -> ProviderReply {
        let reader = ReplyReader(configuration: configuration, key: key)
        try reader.requireSuccess(response)
        let reply = try reader.decode(Reply.self, from: response)
        let texts = reply.translatedText.texts
        if case let .translation(translation) = task, texts.count != translation.texts.count {
            throw reader.malformed(response, reason: "\(texts.count) translations for \(translation.texts.count) texts")
        }
        return ProviderReply(texts: texts, usage: Usage(characters: task.characterCount, requests: 1))
    }

    /// The request body.
    struct Body: Encodable {
        var q: [String]
        var source: String
        var target: String
        var format: String
        var api_key: String?
    }

    /// The parts of a translation reply Warta reads: a list for a list, a string for one text.
    struct Reply: Decodable {
        enum Translated: Decodable {
            case one(String)
            case many([String])

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let list = try? container.decode([String].self) {
                    self = .many(list)
                } else {
                    self = .one(try container.decode(String.self))
                }
            }

            var texts: [String] {
                switch self {
                case let .one(text): [text]
                case let .many(texts): texts
                }
            }
        }
        var translatedText: Translated
    }
}
