import HTTP

/// The outcome of sending one tiny request to a provider, as `warta providers check` prints it.
public struct ProviderCheck: Sendable {
    /// The provider checked.
    public var configuration: ProviderConfiguration
    /// How long the request took, when one was sent.
    public var latency: Duration?
    /// The reply, when there was one.
    public var reply: ProviderReply?
    /// Why the check failed, or a rate limit that still shows the key was accepted.
    public var error: ProviderError?

    /// Creates a check outcome.
    public init(configuration: ProviderConfiguration, latency: Duration? = nil, reply: ProviderReply? = nil, error: ProviderError? = nil) {
        self.configuration = configuration
        self.latency = latency
        self.reply = reply
        self.error = error
    }

    /// Whether the provider answered and accepted the key. A rate limit counts as a pass: the
    /// provider had to accept the key to count the request against it.
    public var succeeded: Bool {
        switch error {
        case nil: true
        case .rateLimited?: true
        default: false
        }
    }

    /// The tiny task a provider of `kind` is checked with: a one-token chat, or "halo" from
    /// Indonesian into English.
    public static func probeTask(for kind: ProviderKind) -> ProviderTask {
        if kind.isLanguageModel {
            return .chat(ChatRequest(messages: [.user("Reply with one word: ok")], maxOutputTokens: 1, temperature: 0))
        }
        return .translation(TranslationRequest(texts: ["halo"], sourceLanguage: "id", targetLanguage: kind == .deepl ? "EN-US" : "en"))
    }

    /// Checks `client`'s provider with one attempt, outside the retry policy so a failure shows at once.
    public static func run(_ client: ProviderClient) async -> ProviderCheck {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let reply = try await client.attempt(probeTask(for: client.configuration.kind), acceptTruncated: true)
            return ProviderCheck(configuration: client.configuration, latency: clock.now - start, reply: reply)
        } catch {
            // Nothing was sent when the key or configuration was missing: no latency to show.
            let sent: Bool = switch error {
            case .missingAPIKey, .insecureEndpoint, .invalidConfiguration, .unsupportedTask, .requestTooLarge: false
            default: true
            }
            return ProviderCheck(configuration: client.configuration, latency: sent ? clock.now - start : nil, error: error)
        }
    }
}
