import Foundation

/// Reply bodies in the wire formats of translation providers, and readers of the requests they
/// answer, for tests that script a provider on `LoopbackHTTPServer`. Every body is built here
/// in the shape each provider documents.
public enum ProviderReplies {
    /// An OpenAI chat completion whose message content is `content` (any text, JSON-escaped here).
    public static func openAICompletion(_ content: String, finishReason: String = "stop", promptTokens: Int = 100, completionTokens: Int = 50) -> ScriptedReply {
        let body: [String: Any] = [
            "id": "chatcmpl-test", "object": "chat.completion", "created": 1_764_460_800, "model": "gpt-4o-mini-2024-07-18",
            "choices": [["index": 0, "message": ["role": "assistant", "content": content], "finish_reason": finishReason]],
            "usage": ["prompt_tokens": promptTokens, "completion_tokens": completionTokens, "total_tokens": promptTokens + completionTokens],
        ]
        return .json(jsonText(body))
    }

    /// A DeepL `/v2/translate` reply with `texts` in order, billing `billedCharacters` each
    /// (the text's length when nil).
    public static func deepLTranslations(_ texts: [String], detectedSourceLanguage: String = "ID") -> ScriptedReply {
        let translations = texts.map { ["text": $0, "detected_source_language": detectedSourceLanguage, "billed_characters": $0.count] as [String: Any] }
        return .json(jsonText(["translations": translations]))
    }

    /// `object` as JSON text.
    public static func jsonText(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The messages of an OpenAI chat request, as (role, content) pairs in order.
    public static func chatMessages(of request: RecordedRequest) -> [(role: String, content: String)] {
        guard let body = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any],
              let messages = body["messages"] as? [[String: Any]] else { return [] }
        return messages.map { (role: $0["role"] as? String ?? "", content: $0["content"] as? String ?? "") }
    }

    /// The blocks `{"id", "text"}` a translation prompt lists in its first user message, in order.
    public static func promptBlocks(of request: RecordedRequest) -> [(id: String, text: String)] {
        guard let user = chatMessages(of: request).first(where: { $0.role == "user" }) else { return [] }
        return user.content.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("{"), let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let text = object["text"] as? String else { return nil }
            return (id, text)
        }
    }

    /// The texts of a DeepL translate request, in order.
    public static func deepLTexts(of request: RecordedRequest) -> [String] {
        guard let body = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any] else { return [] }
        return body["text"] as? [String] ?? []
    }

    /// Whether a chat request is a corrective retry (it carries an earlier assistant reply).
    public static func isCorrection(_ request: RecordedRequest) -> Bool {
        chatMessages(of: request).contains { $0.role == "assistant" }
    }
}
