/// A failure of the task store that a caller can act on.
public enum QueueError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A run named by the caller does not exist in the store.
    case unknownRun(RunID)
    /// The store's queue tables could not be created or upgraded.
    case migrationFailed(reason: String)
    /// A value read from the store is not one this version understands.
    case corruptRow(table: String, reason: String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case let .unknownRun(run):
            "run \(run) does not exist in the store. List the runs with `warta status`."
        case let .migrationFailed(reason):
            "cannot prepare the queue tables: \(reason). Check that the store is writable and was not written by a newer Warta."
        case let .corruptRow(table, reason):
            "unexpected data in \(table): \(reason). The store may have been written by a newer Warta."
        }
    }
}
