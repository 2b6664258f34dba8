/// Why a provider stopped producing its reply.
public enum FinishReason: Sendable, Hashable {
    /// The reply is whole: the model finished, hit a stop sequence, or the texts were translated.
    case complete
    /// The reply stopped at the output token limit (`finish_reason: length`, `stop_reason: max_tokens`).
    case truncated
    /// Another reason the provider gave (e.g. a content filter), kept as the provider spelled it.
    case other(String)
}

extension FinishReason {
    /// The reason in an OpenAI-compatible `finish_reason` (nil when a server leaves it out).
    init(openAI reason: String?) {
        self = switch reason {
        case nil, "stop", "eos", "end_turn": .complete
        case "length", "max_tokens": .truncated
        case let other?: .other(other)
        }
    }

    /// The reason in an Anthropic `stop_reason` (nil when absent).
    init(anthropic reason: String?) {
        self = switch reason {
        case nil, "end_turn", "stop_sequence": .complete
        case "max_tokens": .truncated
        case let other?: .other(other)
        }
    }
}
