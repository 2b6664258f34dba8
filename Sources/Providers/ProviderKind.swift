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
}
