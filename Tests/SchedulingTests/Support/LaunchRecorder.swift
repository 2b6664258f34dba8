import Foundation
import Synchronization

/// Records what a scheduler launched, and can hold launches open until the test releases them.
final class LaunchRecorder: Sendable {
    private struct State {
        var launches: [Launch] = []
        var running = 0
        var mostRunningAtOnce = 0
        var gates: [CheckedContinuation<Void, Never>] = []
        var holdsLaunches = false
        var failure: String?
    }

    /// One launch: the job's name and the fire time it was given.
    struct Launch: Equatable, Sendable {
        var job: String
        var fireTime: Date
    }

    struct LaunchFailure: Error, CustomStringConvertible {
        var description: String
    }

    private let state = Mutex(State())

    init(holdingLaunches: Bool = false, failingWith failure: String? = nil) {
        state.withLock {
            $0.holdsLaunches = holdingLaunches
            $0.failure = failure
        }
    }

    var launches: [Launch] { state.withLock { $0.launches } }
    var fireTimes: [Date] { launches.map(\.fireTime) }
    var running: Int { state.withLock { $0.running } }
    var mostRunningAtOnce: Int { state.withLock { $0.mostRunningAtOnce } }

    /// The launcher to hand to a `Scheduler`.
    var launcher: @Sendable (String, Date) async throws -> Void {
        { job, fireTime in try await self.launch(job, fireTime) }
    }

    /// Lets every held launch return.
    func release() {
        let gates = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.holdsLaunches = false
            defer { state.gates = [] }
            return state.gates
        }
        for gate in gates { gate.resume() }
    }

    private func launch(_ job: String, _ fireTime: Date) async throws {
        let hold = state.withLock { state -> Bool in
            state.launches.append(Launch(job: job, fireTime: fireTime))
            state.running += 1
            state.mostRunningAtOnce = max(state.mostRunningAtOnce, state.running)
            return state.holdsLaunches
        }
        if hold {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state -> Bool in
                    if !state.holdsLaunches { return true }
                    state.gates.append(continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
        let failure = state.withLock { state -> String? in
            state.running -= 1
            return state.failure
        }
        if let failure { throw LaunchFailure(description: failure) }
    }
}
