/// How a claimed task ends its claim, for settling several tasks in one transaction.
public enum TaskSettlement: Sendable, Hashable {
    /// Done, with its result JSON.
    case done(result: String)
    /// Failed: claimable again after `retryAfter`, or dead when that is nil.
    case failed(message: String, retryAfter: Duration?)
    /// Back to the queue without spending an attempt.
    case released
}

/// One task and how its claim ends.
public struct SettledTask: Sendable, Hashable {
    /// The task.
    public var id: TaskID
    /// How its claim ends.
    public var settlement: TaskSettlement

    /// Pairs a task with how its claim ends.
    public init(id: TaskID, settlement: TaskSettlement) {
        self.id = id
        self.settlement = settlement
    }
}
