import Queue
import Synchronization

/// The tasks a runner is processing, with the handles that cancel them: the heartbeat reads
/// their IDs and cancels those whose lease was lost, and the grace period's end cancels them all.
final class InFlightTasks: Sendable {
    private struct State {
        var work: [TaskID: Task<String, any Error>] = [:]
        var lost: Set<TaskID> = []
        var cancelledAll = false
    }

    private let state = Mutex(State())

    /// Registers the processing of a task; cancels it at once if everything was cancelled already.
    func add(_ id: TaskID, _ work: Task<String, any Error>) {
        let cancel = state.withLock { state -> Bool in
            state.work[id] = work
            return state.cancelledAll
        }
        if cancel { work.cancel() }
    }

    /// Forgets a task whose processing ended, saying whether its lease had been lost meanwhile.
    func remove(_ id: TaskID) -> Bool {
        state.withLock { state in
            state.work[id] = nil
            return state.lost.remove(id) != nil
        }
    }

    /// The tasks being processed.
    var ids: [TaskID] { state.withLock { Array($0.work.keys) } }

    /// Whether a task is being processed.
    func contains(_ id: TaskID) -> Bool {
        state.withLock { $0.work[id] != nil }
    }

    /// How many tasks are being processed.
    var count: Int { state.withLock { $0.work.count } }

    /// Marks tasks whose lease is gone and cancels their processing (only those still in flight).
    func markLost(_ ids: some Sequence<TaskID>) {
        let cancelled = state.withLock { state -> [Task<String, any Error>] in
            var cancelled: [Task<String, any Error>] = []
            for id in ids {
                guard let work = state.work[id] else { continue }
                state.lost.insert(id)
                cancelled.append(work)
            }
            return cancelled
        }
        for work in cancelled { work.cancel() }
    }

    /// Cancels every task in flight and any registered later.
    func cancelAll() {
        let all = state.withLock { state -> [Task<String, any Error>] in
            state.cancelledAll = true
            return Array(state.work.values)
        }
        for work in all { work.cancel() }
    }
}
