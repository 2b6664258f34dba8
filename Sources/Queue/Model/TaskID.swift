/// The identity of one task (one article of one run) in a task store.
public struct TaskID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The store's number for the task.
    public let rawValue: Int64

    /// Wraps a store's number for a task.
    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Orders tasks by when they were enqueued.
    public static func < (lhs: TaskID, rhs: TaskID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The number, as written in messages.
    public var description: String { String(rawValue) }
}
