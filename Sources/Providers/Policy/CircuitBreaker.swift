/// Counts transient failures in a row and refuses requests for a while after too many.
///
/// Closed: requests pass. After `threshold` transient failures with no success between them it
/// opens and refuses requests until `coolDown` has passed; then the next request is let through
/// alone as a probe (half-open). A probe that succeeds closes the circuit; one that fails opens
/// it for another cool-down.
struct CircuitBreaker: Sendable {
    /// Where the circuit stands.
    enum State: Sendable, Equatable {
        /// Requests pass.
        case closed
        /// Requests are refused until the instant; after it one probe may pass.
        case open(until: ContinuousClock.Instant)
        /// One probe is running; other requests are refused until it ends.
        case probing
    }

    /// What a caller may do now.
    enum Admission: Sendable, Equatable {
        /// Go ahead as an ordinary request.
        case pass
        /// Go ahead as the one probe of a half-open circuit.
        case probe
        /// The circuit is open (or a probe is out): fail fast.
        case refuse
    }

    let threshold: Int
    let coolDown: Duration
    private(set) var state: State = .closed
    /// Transient failures since the last success.
    private(set) var consecutiveFailures = 0
    /// The failure that last counted, for the error telling the user why the circuit opened.
    private(set) var lastFailure: (any Error)?

    init(threshold: Int, coolDown: Duration) {
        self.threshold = max(1, threshold)
        self.coolDown = coolDown
    }

    /// Whether a request may start at `now`, without claiming the probe.
    func wouldAdmit(at now: ContinuousClock.Instant) -> Bool {
        switch state {
        case .closed: true
        case .open(let until): now >= until
        case .probing: false
        }
    }

    /// Decides whether a request may start at `now`; claims the probe when the cool-down is over.
    mutating func admit(at now: ContinuousClock.Instant) -> Admission {
        switch state {
        case .closed:
            return .pass
        case .open(let until) where now >= until:
            state = .probing
            return .probe
        case .open, .probing:
            return .refuse
        }
    }

    /// Records an attempt that showed the provider answering; closes the circuit.
    mutating func recordSuccess() {
        consecutiveFailures = 0
        lastFailure = nil
        state = .closed
    }

    /// Records a transient failure at `now`; opens the circuit when the threshold is reached or
    /// when the failed attempt was the probe.
    mutating func recordFailure(_ error: any Error, wasProbe: Bool, at now: ContinuousClock.Instant) {
        consecutiveFailures += 1
        lastFailure = error
        switch state {
        case .closed where consecutiveFailures >= threshold:
            state = .open(until: now + coolDown)
        case .probing where wasProbe:
            state = .open(until: now + coolDown)
        default:
            break
        }
    }

    /// Records a probe that ended without telling anything (it was cancelled): the next request
    /// may probe at once.
    mutating func abandonProbe(at now: ContinuousClock.Instant) {
        if state == .probing { state = .open(until: now) }
    }

    /// Whether the circuit refuses ordinary requests.
    var isOpen: Bool { state != .closed }
}
