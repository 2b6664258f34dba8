/// Why a provider stopped producing its reply.
public enum FinishReason: Sendable, Hashable {
    /// The reply is whole: the model finished, hit a stop sequence, or the texts were translated.
    case complete
    /// The reply stopped at the output token limit (`finish_reason: length`, `stop_reason: max_tokens`).
    case truncated
    /// Another reason the provider gave (e.g. a content filter), kept as the provider spelled it.
    case other(String)
}
