/// A failure of one task, as a processor reports it.
public struct TaskFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as stored with the task and shown by `warta status`.
    public var message: String
    /// Whether another attempt may succeed (a provider outage) or not (an empty article).
    public var retryable: Bool

    /// Creates a task failure.
    public init(message: String, retryable: Bool) {
        self.message = message
        self.retryable = retryable
    }

    /// The message.
    public var description: String { message }
}
