import Foundation

/// The wire formats Warta speaks to translation and LLM providers.
public enum ProviderKind: String, Sendable, Codable, CaseIterable {
    /// OpenAI chat completions, and every server compatible with it.
    case openai
    /// Anthropic messages.
    case anthropic
    /// DeepL `/v2/translate`.
    case deepl
    /// LibreTranslate `/translate`.
    case libretranslate
    /// Google Cloud Translation v2.
    case google

    /// Whether the provider is a language model answering chat messages (otherwise it is a
    /// machine translation service taking lists of texts).
    public var isLanguageModel: Bool {
        self == .openai || self == .anthropic
    }

    /// The public endpoint used when a provider's configuration names no `base_url`; nil when
    /// there is none to assume (LibreTranslate is usually self-hosted).
    public var defaultBaseURL: URL? {
        switch self {
        case .openai: URL(string: "https://api.openai.com/v1")
        case .anthropic: URL(string: "https://api.anthropic.com")
        case .deepl: URL(string: "https://api.deepl.com")
        case .google: URL(string: "https://translation.googleapis.com")
        case .libretranslate: nil
        }
    }
}
