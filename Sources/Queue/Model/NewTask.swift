/// An article to enqueue: its identity within the run and everything needed to process it.
public struct NewTask: Sendable, Hashable {
    /// The article's identity, unique within a run: its content hash or its URL. Enqueuing the same
    /// key twice in a run keeps the first task.
    public var key: String
    /// The article as JSON text, self-contained so that a resumed run needs nothing else.
    public var payload: String

    /// Creates a task to enqueue.
    public init(key: String, payload: String) {
        self.key = key
        self.payload = payload
    }
}
