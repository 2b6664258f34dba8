/// A failure to set up or run a job, with what to do about it.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The job's output directory cannot be written.
    case outputNotWritable(path: String, reason: String)
    /// Another process is running the same job on the same store.
    case jobAlreadyRunning(job: String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case let .outputNotWritable(path, reason):
            "cannot write outputs to \(path): \(reason)"
        case let .jobAlreadyRunning(job):
            "job '\(job)' is already running on this store; wait for it, or stop it first"
        }
    }
}
