import Queue
import Synchronization

/// Outcomes of processing that wait to be written: each child task adds its own before it
/// reports, and the runner takes all that are ready at once, so outcomes that finish together are
/// written in one transaction.
final class SettledOutcomes: Sendable {
    private let pending = Mutex<[(ClaimedTask, ProcessingOutcome)]>([])

    /// Adds the outcome of one task.
    func add(_ task: ClaimedTask, _ outcome: ProcessingOutcome) {
        pending.withLock { $0.append((task, outcome)) }
    }

    /// Takes every outcome added so far.
    func takeAll() -> [(ClaimedTask, ProcessingOutcome)] {
        pending.withLock { pending in
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
    }
}
