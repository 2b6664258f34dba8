import Foundation
import HTTP

/// Anthropic messages (`POST {base_url}/v1/messages`), `max_tokens` always sent as the API requires.
public struct AnthropicMessagesAdapter: ProviderAdapter {
    /// The provider this adapter talks to.
    public let configuration: ProviderConfiguration

    /// The API version sent in `anthropic-version`.
    public static let apiVersion = "2023-06-01"

    /// Creates the adapter for `configuration`.
    public init(configuration: ProviderConfiguration) {
        self.configuration = configuration
    }

    /// Nil: a language model takes one conversation per request.
    public var translationLimits: TranslationLimits? { nil }

    /// Builds the messages request for a chat task, with the key in `x-api-key`.
    public func makeRequest(for task: ProviderTask, key: APIKey?) throws(ProviderError) -> HTTPRequest {
        guard case let .chat(chat) = task else { throw unsupported(task) }
        let model = try requiredModel()
        let key = try requiredKey(key)
        let body = Body(
            model: model,
            max_tokens: chat.maxOutputTokens ?? configuration.maxOutputTokens,
            system: chat.system,
            messages: chat.messages.map { .init(role: $0.role.rawValue, content: $0.content) },
            temperature: chat.temperature ?? configuration.temperature
        )
        return try jsonRequest(
            to: configuration.endpoint("/v1/messages"),
            headers: [("x-api-key", key.value), ("anthropic-version", Self.apiVersion)],
            body: body
        )
    }

    /// Reads the joined text blocks, token usage and stop reason, or the classified failure (billing and spend-limit errors are an exhausted quota, 529 an overload).
    public func parseReply(_ response: HTTPResponse, to task: ProviderTask, key: APIKey?) throws(ProviderError) -> ProviderReply {
        let reader = ReplyReader(configuration: configuration, key: key)
        try reader.requireSuccess(response) { status, details in
            // Credit and spend limits come back as billing errors or as 400/403s that say so.
            if details.type == "billing_error" || status == 402
                || details.mentions(["credit balance", "spend limit", "usage limit", "billing"]) {
                return .quotaExhausted
            }
            if details.type == "overloaded_error" { return .serverError }
            return nil
        }
        let message = try reader.decode(Message.self, from: response)
        let text = message.content.filter { $0.type == "text" }.compactMap(\.text).joined()
        let finish = FinishReason(anthropic: message.stop_reason)
        return ProviderReply(
            texts: [text],
            usage: message.usage?.usage ?? Usage(requests: 1),
            finishReason: finish,
            model: message.model
        )
    }

    /// The request body.
    struct Body: Encodable {
        struct Message: Encodable {
            var role: String
            var content: String
        }
        var model: String
        var max_tokens: Int
        var system: String?
        var messages: [Message]
        var temperature: Double?
    }

    /// The parts of a message reply Warta reads.
    struct Message: Decodable {
        struct Block: Decodable {
            var type: String
            var text: String?
        }
        /// Token counts as Anthropic reports them, in replies and stream events.
        struct TokenUsage: Decodable {
            var input_tokens: Int?
            var output_tokens: Int?

            /// The counts as one request's usage.
            var usage: Usage { Usage(inputTokens: input_tokens ?? 0, outputTokens: output_tokens ?? 0, requests: 1) }
        }
        var model: String?
        var content: [Block]
        var stop_reason: String?
        var usage: TokenUsage?
    }
}
