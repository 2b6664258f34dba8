import Foundation

/// The last error of a task that failed, for `warta status`.
public struct TaskErrorSummary: Sendable, Hashable, Codable {
    /// The task.
    public var taskID: TaskID
    /// The article's identity (content hash or URL).
    public var key: String
    /// The task's state now (failed, dead, or queued again after a retry).
    public var state: TaskState
    /// How many attempts the task has had.
    public var attempts: Int
    /// The message of the last failure.
    public var message: String
    /// When the task last changed.
    public var updatedAt: Date

    /// Creates an error summary.
    public init(taskID: TaskID, key: String, state: TaskState, attempts: Int, message: String, updatedAt: Date) {
        self.taskID = taskID
        self.key = key
        self.state = state
        self.attempts = attempts
        self.message = message
        self.updatedAt = updatedAt
    }
}
