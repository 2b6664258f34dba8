/// Where a run of a job stands.
public enum RunState: String, Sendable, Codable, CaseIterable {
    /// A runner is working on it, or crashed while working on it (the run can be resumed).
    case running
    /// A runner stopped on request before every task ended (the run can be resumed).
    case interrupted
    /// Every task ended as done or dead.
    case finished
}
