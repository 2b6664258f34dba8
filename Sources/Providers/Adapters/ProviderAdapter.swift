import Foundation
import HTTP

/// Speaks one provider's wire format: builds the HTTP request for a task and reads the reply,
/// classifying failures into `ProviderError`. Adapters do no I/O; `ProviderClient` sends.
public protocol ProviderAdapter: Sendable {
    /// The provider this adapter talks to.
    var configuration: ProviderConfiguration { get }
    /// The most texts and bytes of text one translation request may carry; nil for language
    /// models and services without a fixed limit.
    var translationLimits: TranslationLimits? { get }
    /// The request performing `task`, authenticated with `key`.
    func makeRequest(for task: ProviderTask, key: APIKey?) throws(ProviderError) -> HTTPRequest
    /// The reply to a request for `task` made with `key` (used to redact echoes of it), or the
    /// classified failure.
    func parseReply(_ response: HTTPResponse, to task: ProviderTask, key: APIKey?) throws(ProviderError) -> ProviderReply
}

extension ProviderAdapter {
    /// A JSON POST to `url` with `headers` and `body`, within the provider's time limit.
    func jsonRequest(
        to url: URL,
        headers: [(name: String, value: String)],
        body: some Encodable
    ) throws(ProviderError) -> HTTPRequest {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(body)
        } catch {
            throw .invalidConfiguration(provider: configuration.name, reason: "the request body cannot be encoded as JSON")
        }
        let total = Duration.milliseconds(Int64(max(1, configuration.limits.timeoutSeconds) * 1000))
        return HTTPRequest(
            method: "POST",
            url: url,
            headers: [("Content-Type", "application/json"), ("Accept", "application/json")] + headers,
            body: data,
            // A model may think for minutes before its first byte; libcurl's low-speed check
            // counts that wait, so its window is the provider's whole timeout, not the default.
            timeouts: HTTPTimeouts(total: total, lowSpeedWindow: total)
        )
    }

    /// The error for a task this provider cannot perform.
    func unsupported(_ task: ProviderTask) -> ProviderError {
        .unsupportedTask(provider: configuration.name, kind: configuration.kind, task: task.summary)
    }

    /// The key, or the error naming the variable when the provider needs one and none was given.
    func requiredKey(_ key: APIKey?) throws(ProviderError) -> APIKey {
        guard let key else {
            throw .missingAPIKey(provider: configuration.name, variable: configuration.apiKeyVariable ?? "(no api_key_env configured)")
        }
        return key
    }

    /// The model name, required by language models.
    func requiredModel() throws(ProviderError) -> String {
        guard let model = configuration.model, !model.isEmpty else {
            throw .invalidConfiguration(provider: configuration.name, reason: "no model is configured; add model: to the provider")
        }
        return model
    }
}

/// Makes the adapter for a configured provider.
public enum ProviderAdapters {
    /// The adapter speaking `configuration.kind`.
    public static func adapter(for configuration: ProviderConfiguration) -> any ProviderAdapter {
        switch configuration.kind {
        case .openai: OpenAIChatAdapter(configuration: configuration)
        case .anthropic: AnthropicMessagesAdapter(configuration: configuration)
        case .deepl: DeepLAdapter(configuration: configuration)
        case .libretranslate: LibreTranslateAdapter(configuration: configuration)
        case .google: GoogleTranslateAdapter(configuration: configuration)
        }
    }
}
