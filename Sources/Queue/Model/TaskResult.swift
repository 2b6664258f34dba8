/// The stored result of a task that is done.
public struct TaskResult: Sendable, Hashable {
    /// The task.
    public var taskID: TaskID
    /// The article's identity (content hash or URL).
    public var key: String
    /// The result JSON text the processor returned.
    public var result: String

    /// Creates a result.
    public init(taskID: TaskID, key: String, result: String) {
        self.taskID = taskID
        self.key = key
        self.result = result
    }
}
