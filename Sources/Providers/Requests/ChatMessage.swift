/// One turn of a conversation sent to a language model.
public struct ChatMessage: Sendable, Hashable {
    /// Who speaks a turn.
    public enum Role: String, Sendable, Hashable {
        /// The person (or program) asking.
        case user
        /// The model's earlier answers.
        case assistant
    }

    /// Who speaks.
    public var role: Role
    /// What is said.
    public var content: String

    /// Creates a message.
    public init(role: Role, content: String) {
        self.role = role
        self.content = content
    }

    /// A message from the user.
    public static func user(_ content: String) -> ChatMessage {
        ChatMessage(role: .user, content: content)
    }
}
