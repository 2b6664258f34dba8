/// What a provider is asked to do in one request.
public enum ProviderTask: Sendable, Hashable {
    /// Answer a conversation (language models).
    case chat(ChatRequest)
    /// Translate a list of texts (translation services).
    case translation(TranslationRequest)

    /// The task in a few words, for messages.
    var summary: String {
        switch self {
        case .chat: "answer chat messages"
        case .translation: "translate a list of texts"
        }
    }
}
