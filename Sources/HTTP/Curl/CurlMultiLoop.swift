import CCurl
import Foundation
import Synchronization

/// The thread that drives all of a client's transfers through one libcurl multi handle.
///
/// Callers hand transfers (and cancellations) over under `state`'s lock and wake the thread
/// with `curl_multi_wakeup`; the thread alone adds and removes easy handles, runs
/// `curl_multi_perform`, and sleeps in `curl_multi_poll` until a socket is ready, a timeout of
/// libcurl's falls due, or it is woken.
final class CurlMultiLoop: Sendable {
    /// What callers share with the loop thread.
    private struct State: ~Copyable {
        /// Transfers handed over and not yet added to the multi handle.
        var pending: [Transfer] = []
        /// Transfers whose callers cancelled them.
        var cancellations: [Transfer] = []
        /// Whether the loop thread needs no wakeup: it is awake (not in `curl_multi_poll`),
        /// or a wakeup has been sent that it has not consumed yet.
        var wakeupPending = true
        /// Set by `shutdown()`; no new transfer is accepted after it.
        var isShuttingDown = false
        /// Whether the multi handle still exists. Wakeups are sent under the lock only while
        /// it does, so none can follow `curl_multi_cleanup`.
        var multiIsAlive = true
        /// Whether a caller of `shutdown()` has taken on waiting for the loop thread.
        var joinClaimed = false
    }

    private let state: Mutex<State>
    /// Signalled once when the loop thread has ended.
    private let ended = DispatchSemaphore(value: 0)
    /// The multi handle. Other threads only wake it, under `state`'s lock while
    /// `multiIsAlive`; everything else happens on the loop thread.
    private nonisolated(unsafe) let multi: UnsafeMutableRawPointer
    /// Transfers in the multi handle, by easy handle; touched by the loop thread only.
    private nonisolated(unsafe) var active: [UnsafeMutableRawPointer: Transfer] = [:]
    /// The loop thread; set before it starts and never changed.
    private nonisolated(unsafe) var thread: Thread?

    /// Creates the multi handle and starts the loop thread; nil when libcurl cannot be set up.
    init?() {
        guard CurlGlobal.ensureInitialized(), let multi = curl_multi_init() else { return nil }
        // HTTP/2 multiplexing is on by default since libcurl 7.62; keep many idle connections
        // so a burst of concurrent requests can reuse them.
        _ = warta_curl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, 512)
        self.multi = multi
        state = Mutex(State())
        let thread = Thread { [self] in run() }
        thread.name = "warta-http"
        self.thread = thread
        thread.start()
    }

    /// Hands `transfer` to the loop. It fails with `.cancelled` when its caller has already
    /// cancelled, and with `.invalidRequest` after `shutdown()`.
    func submit(_ transfer: Transfer) {
        let refusal: HTTPError? = state.withLock { state in
            if transfer.cancelRequested { return .cancelled }
            if state.isShuttingDown || !state.multiIsAlive {
                return .invalidRequest(reason: "the HTTP client has been shut down")
            }
            state.pending.append(transfer)
            wake(&state)
            return nil
        }
        if let refusal { transfer.finish(with: refusal) }
    }

    /// Asks the loop to abort `transfer`; it then fails with `.cancelled` unless it has already
    /// ended. Safe to call more than once, and before `submit`.
    func cancel(_ transfer: Transfer) {
        state.withLock { state in
            guard !transfer.cancelRequested else { return }
            transfer.cancelRequested = true
            guard !state.isShuttingDown, state.multiIsAlive else { return }
            state.cancellations.append(transfer)
            wake(&state)
        }
    }

    /// Stops accepting transfers, fails the ones in flight with `.cancelled`, and waits for
    /// the loop thread to end (unless called from it).
    func shutdown() {
        let mustWait = state.withLock { state in
            if !state.isShuttingDown {
                state.isShuttingDown = true
                wake(&state)
            }
            defer { state.joinClaimed = true }
            return !state.joinClaimed
        }
        // One caller waits (the semaphore is signalled once); the loop thread itself, which
        // may end a client's last reference, cannot wait for its own end.
        if mustWait, Thread.current !== thread {
            ended.wait()
        }
    }

    /// Wakes the loop thread unless a wakeup is already on its way. Call with the lock held.
    private func wake(_ state: inout State) {
        guard !state.wakeupPending, state.multiIsAlive else { return }
        state.wakeupPending = true
        _ = curl_multi_wakeup(multi)
    }

    // MARK: - Loop thread

    private func run() {
        var additions: [Transfer] = []
        var cancellations: [Transfer] = []
        var running: Int32 = 0
        while true {
            let stopping = state.withLock { state in
                swap(&additions, &state.pending)
                swap(&cancellations, &state.cancellations)
                state.wakeupPending = true  // awake until it decides to poll
                return state.isShuttingDown
            }
            for transfer in additions {
                add(transfer, stopping: stopping)
            }
            for transfer in cancellations where transfer.isActive {
                remove(transfer)
                transfer.finish(with: .cancelled)
            }
            additions.removeAll(keepingCapacity: true)
            cancellations.removeAll(keepingCapacity: true)
            if stopping { break }

            _ = curl_multi_perform(multi, &running)
            let finished = finishCompletedTransfers()
            if finished > 0 {
                // A caller whose request just finished often sends its next one within
                // microseconds: catching it here saves a sleep and a wakeup per request.
                awaitWorkBriefly()
            }
            let mayPoll = state.withLock { state in
                guard state.pending.isEmpty, state.cancellations.isEmpty, !state.isShuttingDown else { return false }
                state.wakeupPending = false
                return true
            }
            if mayPoll {
                _ = curl_multi_poll(multi, nil, 0, 1000, nil)
            }
        }
        for transfer in Array(active.values) {
            remove(transfer)
            transfer.finish(with: .cancelled)
        }
        let leftovers: [Transfer] = state.withLock { state in
            state.multiIsAlive = false
            defer { state.pending = []; state.cancellations = [] }
            return state.pending
        }
        for transfer in leftovers { transfer.finish(with: .cancelled) }
        curl_multi_cleanup(multi)
        ended.signal()
    }

    private func add(_ transfer: Transfer, stopping: Bool) {
        guard !stopping, let handle = transfer.handle else {
            transfer.finish(with: .cancelled)
            return
        }
        let code = curl_multi_add_handle(multi, handle)
        guard code == CURLM_OK else {
            transfer.finish(with: .transferFailed(
                host: transfer.host,
                reason: "libcurl could not start the transfer: \(String(cString: curl_multi_strerror(code)))"
            ))
            return
        }
        active[handle] = transfer
        transfer.isActive = true
    }

    private func remove(_ transfer: Transfer) {
        guard let handle = transfer.handle else { return }
        _ = curl_multi_remove_handle(multi, handle)
        active[handle] = nil
        transfer.isActive = false
    }

    /// Spins for up to ~20 µs, yielding the processor, until a transfer is handed over.
    private func awaitWorkBriefly() {
        let deadline = ContinuousClock.now + .microseconds(20)
        repeat {
            if state.withLock({ !$0.pending.isEmpty }) { return }
            sched_yield()
        } while ContinuousClock.now < deadline
    }

    /// Finishes every transfer libcurl reports done; returns how many.
    private func finishCompletedTransfers() -> Int {
        var finished = 0
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle else { continue }
            // The message is freed by curl_multi_remove_handle: read it first.
            let code = message.pointee.data.result
            guard let transfer = active[handle] else { continue }
            let error = transfer.outcome(for: code)
            remove(transfer)
            transfer.finish(with: error)
            finished += 1
        }
        return finished
    }
}
