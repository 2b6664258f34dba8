import Foundation
import HTTP
@testable import Providers

/// Configurations, keys and replies the provider tests share. Every reply body here was
/// written for these tests in the shape each provider documents.
enum ProviderFixtures {
    /// A key that must never show up in any message, description or output.
    static let sentinelKey = "sk-SENTINEL-0a1b2c3d4e5f-NEVER-PRINT-ME"

    /// The variable each kind's key is read from in these tests.
    static func variable(for kind: ProviderKind) -> String {
        switch kind {
        case .openai: "OPENAI_API_KEY"
        case .anthropic: "ANTHROPIC_API_KEY"
        case .deepl: "DEEPL_AUTH_KEY"
        case .libretranslate: "LIBRETRANSLATE_API_KEY"
        case .google: "GOOGLE_API_KEY"
        }
    }

    /// A configuration of `kind` at `baseURL` (the public endpoint by default), keyed by `variable(for:)`.
    static func configuration(
        _ kind: ProviderKind,
        name: String? = nil,
        baseURL: URL? = nil,
        keyed: Bool = true,
        maxRetries: Int = 3
    ) -> ProviderConfiguration {
        ProviderConfiguration(
            name: name ?? kind.rawValue,
            kind: kind,
            baseURL: baseURL ?? kind.defaultBaseURL ?? URL(string: "https://translate.example.org")!,
            model: kind == .openai ? "gpt-4o-mini" : kind == .anthropic ? "claude-3-5-haiku-latest" : nil,
            apiKeyVariable: keyed ? variable(for: kind) : nil,
            limits: ProviderLimits(maxConcurrency: 4, maxRetries: maxRetries, timeoutSeconds: 10),
            maxOutputTokens: 256,
            temperature: 0.2,
            glossaryID: kind == .deepl ? "glossary-42" : nil
        )
    }

    /// The sentinel key, wrapped.
    static let key = APIKey(sentinelKey)

    /// A chat task with a system prompt and one user message.
    static let chat = ProviderTask.chat(ChatRequest(system: "Jawab singkat.", messages: [.user("Apa ibu kota Jawa Barat?")]))

    /// A translation task of two texts from Indonesian into English.
    static let translation = ProviderTask.translation(
        TranslationRequest(texts: ["Hujan turun sejak pagi.", "Jalan ditutup sementara."], sourceLanguage: "id", targetLanguage: "en")
    )

    /// A response with `status`, the JSON text `json` and `headers`.
    static func response(_ status: Int, _ json: String, headers: [(name: String, value: String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(json.utf8))
    }

    /// The JSON object in a request body.
    static func body(of request: HTTPRequest) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: request.body) as? [String: Any] ?? [:]
    }

    /// The value of header `name` in `request`.
    static func header(_ name: String, of request: HTTPRequest) -> String? {
        request.headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// An OpenAI chat completion answering `text`.
    static func openAICompletion(_ text: String, finishReason: String = "stop", promptTokens: Int = 21, completionTokens: Int = 5) -> String {
        """
        {"id": "chatcmpl-warta1", "object": "chat.completion", "created": 1764460800, "model": "gpt-4o-mini-2024-07-18",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": "\(text)"}, "logprobs": null, "finish_reason": "\(finishReason)"}],
         "usage": {"prompt_tokens": \(promptTokens), "completion_tokens": \(completionTokens), "total_tokens": \(promptTokens + completionTokens)}}
        """
    }

    /// An Anthropic message answering `text`.
    static func anthropicMessage(_ text: String, stopReason: String = "end_turn") -> String {
        """
        {"id": "msg_warta1", "type": "message", "role": "assistant", "model": "claude-3-5-haiku-20241022",
         "content": [{"type": "text", "text": "\(text)"}], "stop_reason": "\(stopReason)", "stop_sequence": null,
         "usage": {"input_tokens": 30, "output_tokens": 7}}
        """
    }

    /// An error body in the OpenAI shape.
    static func openAIError(_ message: String, type: String, code: String?) -> String {
        let code = code.map { "\"\($0)\"" } ?? "null"
        return #"{"error": {"message": "\#(message)", "type": "\#(type)", "param": null, "code": \#(code)}}"#
    }

    /// An error body in the Anthropic shape.
    static func anthropicError(_ message: String, type: String) -> String {
        #"{"type": "error", "error": {"type": "\#(type)", "message": "\#(message)"}}"#
    }
}
