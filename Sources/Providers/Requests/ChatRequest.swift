/// A conversation to send to a language model.
public struct ChatRequest: Sendable, Hashable {
    /// Instructions that frame the conversation, if any.
    public var system: String?
    /// The turns, starting with the user's.
    public var messages: [ChatMessage]
    /// The most tokens to generate; nil for the provider's `max_output_tokens`.
    public var maxOutputTokens: Int?
    /// The sampling temperature; nil for the provider's configured one.
    public var temperature: Double?

    /// Creates a chat request.
    public init(system: String? = nil, messages: [ChatMessage], maxOutputTokens: Int? = nil, temperature: Double? = nil) {
        self.system = system
        self.messages = messages
        self.maxOutputTokens = maxOutputTokens
        self.temperature = temperature
    }
}
