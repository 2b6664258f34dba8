/// The identity of one run of a job in a task store.
public struct RunID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The store's number for the run.
    public let rawValue: Int64

    /// Wraps a store's number for a run.
    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Orders runs by when they were created.
    public static func < (lhs: RunID, rhs: RunID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The number, as written in messages (`run 12`).
    public var description: String { String(rawValue) }
}
