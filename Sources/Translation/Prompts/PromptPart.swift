/// The parts of a prompt template, each introduced in the file by a line `--- name ---`.
public enum PromptPart: String, Sendable, Hashable, CaseIterable {
    /// The instructions sent as the system message.
    case system
    /// The message carrying the material (blocks to translate, an article to summarize).
    case user
    /// The follow-up sent once after a reply that cannot be used; its `problem` variable says why.
    case correction
}
