/// What an enqueue did.
public struct EnqueueSummary: Sendable, Hashable {
    /// Tasks added to the run.
    public var inserted: Int
    /// Tasks left out because the run already holds a task with the same key.
    public var duplicates: Int

    /// Creates a summary.
    public init(inserted: Int, duplicates: Int) {
        self.inserted = inserted
        self.duplicates = duplicates
    }
}
