import Foundation

/// One named provider from `Jobs/providers.yml`: where it is, how it is reached, and its limits.
///
/// The API key itself is never part of a configuration: only the name of the environment
/// variable that holds it, read at request time.
public struct ProviderConfiguration: Sendable, Hashable {
    /// The name the provider is configured under, e.g. "openai" or "ollama".
    public var name: String
    /// The wire format it speaks.
    public var kind: ProviderKind
    /// The API root, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:11434/v1`.
    public var baseURL: URL
    /// The model asked for (language models only).
    public var model: String?
    /// The name of the environment variable holding the API key; nil for servers without keys.
    public var apiKeyVariable: String?
    /// Concurrency, rate, retry and time limits.
    public var limits: ProviderLimits
    /// Prices for computing the cost of a run; nil when unknown or free.
    public var prices: ProviderPrices?
    /// Whether plain `http://` may be used to a host that is not this machine.
    public var allowInsecureHTTP: Bool
    /// The most tokens a language model may generate per request (Anthropic requires one).
    public var maxOutputTokens: Int
    /// The sampling temperature sent to language models; nil for the provider's default.
    public var temperature: Double?
    /// The DeepL glossary applied to translations, if any.
    public var glossaryID: String?
    /// How OpenAI-compatible servers are told the output limit: `max_tokens` (understood by
    /// every compatible server) or `max_completion_tokens` (required by OpenAI's reasoning models).
    public var maxTokensParameter: String

    /// Creates a configuration.
    public init(
        name: String,
        kind: ProviderKind,
        baseURL: URL,
        model: String? = nil,
        apiKeyVariable: String? = nil,
        limits: ProviderLimits = ProviderLimits(),
        prices: ProviderPrices? = nil,
        allowInsecureHTTP: Bool = false,
        maxOutputTokens: Int = 1024,
        temperature: Double? = nil,
        glossaryID: String? = nil,
        maxTokensParameter: String = "max_tokens"
    ) {
        self.name = name
        self.kind = kind
        self.baseURL = baseURL
        self.model = model
        self.apiKeyVariable = apiKeyVariable
        self.limits = limits
        self.prices = prices
        self.allowInsecureHTTP = allowInsecureHTTP
        self.maxOutputTokens = maxOutputTokens
        self.temperature = temperature
        self.glossaryID = glossaryID
        self.maxTokensParameter = maxTokensParameter
    }

    /// The host requests go to, as named in messages.
    public var host: String {
        guard let host = baseURL.host, !host.isEmpty else { return baseURL.absoluteString }
        if let port = baseURL.port { return "\(host):\(port)" }
        return host
    }

    /// Whether requests would travel as plain HTTP to another machine without being allowed to.
    public var isInsecure: Bool {
        baseURL.scheme?.lowercased() == "http" && !allowInsecureHTTP && !LoopbackHost.contains(baseURL.host ?? "")
    }

    /// The URL of `path` under the base URL (one slash between them), after checking that the
    /// base URL may be used.
    func endpoint(_ path: String) throws(ProviderError) -> URL {
        if isInsecure { throw .insecureEndpoint(provider: name, host: host) }
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let tail = path.hasPrefix("/") ? path : "/" + path
        guard let url = URL(string: base + tail) else {
            throw .invalidConfiguration(provider: name, reason: "the base URL \(baseURL.absoluteString) cannot be extended with \(tail)")
        }
        return url
    }
}
