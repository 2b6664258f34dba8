/// What a provider answered to one request.
public struct ProviderReply: Sendable, Hashable {
    /// The generated text (one element for chat), or the translations in request order.
    public var texts: [String]
    /// What the request consumed: tokens or billed characters, and one request.
    public var usage: Usage
    /// Why the reply ended.
    public var finishReason: FinishReason
    /// The model that answered, when the provider says.
    public var model: String?

    /// Creates a reply.
    public init(texts: [String], usage: Usage, finishReason: FinishReason = .complete, model: String? = nil) {
        self.texts = texts
        self.usage = usage
        self.finishReason = finishReason
        self.model = model
    }

    /// The first text, or "" when there is none: the answer of a chat reply.
    public var text: String { texts.first ?? "" }
}
