/// Something that shows a run's progress; the runner calls it after every change, so
/// implementations decide how often to redraw or log.
public protocol RunProgressObserver: Sendable {
    /// The run changed (a task ended, started or was released).
    func update(_ snapshot: ProgressSnapshot)
    /// The runner ended; the last snapshot.
    func finish(_ snapshot: ProgressSnapshot)
}
