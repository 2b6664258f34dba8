import Foundation
import HTTP

/// OpenAI chat completions (`POST {base_url}/chat/completions`), also spoken by Ollama, vLLM,
/// llama.cpp's server, LM Studio, OpenRouter, Groq and other compatible servers.
public struct OpenAIChatAdapter: ProviderAdapter {
    /// The provider this adapter talks to.
    public let configuration: ProviderConfiguration

    /// Creates the adapter for `configuration`.
    public init(configuration: ProviderConfiguration) {
        self.configuration = configuration
    }

    /// Nil: a language model takes one conversation per request.
    public var translationLimits: TranslationLimits? { nil }

    /// Builds the chat completion request for a chat task, with the key as a bearer token when there is one.
    public func makeRequest(for task: ProviderTask, key: APIKey?) throws(ProviderError) -> HTTPRequest {
        guard case let .chat(chat) = task else { throw unsupported(task) }
        let model = try requiredModel()
        var messages: [Body.Message] = []
        if let system = chat.system { messages.append(.init(role: "system", content: system)) }
        messages += chat.messages.map { .init(role: $0.role.rawValue, content: $0.content) }
        let body = Body(
            model: model,
            messages: messages,
            maxTokens: chat.maxOutputTokens ?? configuration.maxOutputTokens,
            maxTokensParameter: configuration.maxTokensParameter,
            temperature: chat.temperature ?? configuration.temperature
        )
        // Local servers often need no key; when one is configured it goes in the usual header.
        let headers: [(name: String, value: String)] = key.map { [("Authorization", "Bearer \($0.value)")] } ?? []
        return try jsonRequest(to: configuration.endpoint("/chat/completions"), headers: headers, body: body)
    }

    /// Reads the completion's text, token usage and finish reason, or the classified failure (`insufficient_quota` is an exhausted quota).
    public func parseReply(_ response: HTTPResponse, to task: ProviderTask, key: APIKey?) throws(ProviderError) -> ProviderReply {
        let reader = ReplyReader(configuration: configuration, key: key)
        try reader.requireSuccess(response) { _, details in
            // A 429 with this code is an empty account, not a rate limit: waiting will not help.
            details.code == "insufficient_quota" || details.type == "insufficient_quota" ? .quotaExhausted : nil
        }
        let completion = try reader.decode(Completion.self, from: response)
        guard let choice = completion.choices.first else { throw reader.malformed(response, reason: "no choices") }
        let finish = FinishReason(openAI: choice.finish_reason)
        return ProviderReply(
            texts: [choice.message?.content ?? ""],
            usage: completion.usage?.usage ?? Usage(requests: 1),
            finishReason: finish,
            model: completion.model
        )
    }

    /// The request body; the output limit goes under the configured parameter name.
    struct Body: Encodable {
        struct Message: Encodable {
            var role: String
            var content: String
        }
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ name: String) { stringValue = name }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        var model: String
        var messages: [Message]
        var maxTokens: Int
        var maxTokensParameter: String
        var temperature: Double?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(model, forKey: Key("model"))
            try container.encode(messages, forKey: Key("messages"))
            try container.encode(maxTokens, forKey: Key(maxTokensParameter))
            try container.encodeIfPresent(temperature, forKey: Key("temperature"))
        }
    }

    /// The parts of a chat completion Warta reads.
    struct Completion: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable {
                var content: String?
            }
            var message: Message?
            var finish_reason: String?
        }
        /// Token counts as OpenAI-compatible servers report them, in replies and stream chunks.
        struct TokenUsage: Decodable {
            var prompt_tokens: Int?
            var completion_tokens: Int?

            /// The counts as one request's usage.
            var usage: Usage { Usage(inputTokens: prompt_tokens ?? 0, outputTokens: completion_tokens ?? 0, requests: 1) }
        }
        var model: String?
        var choices: [Choice]
        var usage: TokenUsage?
    }
}
