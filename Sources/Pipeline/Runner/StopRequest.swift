import Synchronization

/// A request to stop a run gracefully, shared by whoever asks (a signal, a test, the scheduler)
/// and the runner that obeys: it stops claiming, lets in-flight tasks finish within the grace
/// period, then cancels and releases the rest.
public final class StopRequest: Sendable {
    private struct State {
        var requested = false
        var nextWaiter = 0
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = Mutex(State())

    /// Creates a request that has not been made yet.
    public init() {}

    /// Asks the runner to stop; later calls do nothing.
    public func request() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            guard !state.requested else { return [] }
            state.requested = true
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Whether a stop was requested.
    public var isRequested: Bool { state.withLock { $0.requested } }

    /// Returns once a stop is requested, or when the calling task is cancelled.
    func wait() async {
        let slot = Mutex<Int?>(nil)
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    if state.requested || Task.isCancelled { return true }
                    let id = state.nextWaiter
                    state.nextWaiter += 1
                    state.waiters[id] = continuation
                    slot.withLock { $0 = id }
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
                guard let id = slot.withLock({ $0 }) else { return nil }
                return state.waiters.removeValue(forKey: id)
            }
            waiter?.resume()
        }
    }
}
