/// The one way requests reach a provider: enforces its `ProviderPolicy` and retries its failures.
///
/// Make one gate per configured provider and send every request through `run(estimatedTokens:_:)`.
/// For each attempt the gate, in this order:
///
/// 1. fails fast when the provider was stopped (`RetryAdvice.stopProvider`) or its circuit is
///    open (see below);
/// 2. waits for one of `maxConcurrency` slots; waiting callers are served first come, first
///    served, and a caller cancelled while waiting leaves the queue without taking a slot;
/// 3. waits until the request and token buckets (`requestsPerMinute`, `tokensPerMinute`) hold
///    enough for it, and until any pause the provider asked for is over;
/// 4. runs the attempt, holding the slot only while it runs.
///
/// A failed attempt is classified by its error's `RetryAdvice` (errors that are not
/// `RetryClassifiable` count as `.never`):
///
/// - `.never`: the error is thrown to the caller unchanged, at once.
/// - `.afterBackoff`: the caller waits, without a slot, a random duration below
///   `min(backoffCap, backoffBase × 2ⁿ)` for its n-th retry (full jitter), then tries again.
/// - `.after(d)`: the provider told us when to come back. *Every* caller of this gate waits
///   until `d` from now before its next attempt starts, so the workers do not all hit a provider
///   that is shedding load; the failing request then retries.
/// - `.stopProvider`: the gate closes for the rest of the run. This call, the callers waiting
///   for a slot and every later call throw `ProviderPolicyError.providerStopped`.
///
/// Retries are limited per request (`maxRetries`, then
/// `ProviderPolicyError.retriesExhausted`) and per run (`retryBudgetRatio` × requests +
/// `retryBudgetAllowance`, then `ProviderPolicyError.retryBudgetExhausted`).
///
/// The circuit counts transient failures (`.afterBackoff`, `.after`) in a row; a success or a
/// `.never` failure (the provider answered, just not favourably) resets the count. Requests to
/// wait (`.after`) from attempts already in flight when an earlier one asked for the pause are
/// one episode and count once. After
/// `circuitFailureThreshold` in a row, calls throw `ProviderPolicyError.circuitOpen` for
/// `circuitCoolDown`; then one probe is let through while other calls still fail fast. The
/// probe's success closes the circuit; its failure opens it for another cool-down.
///
/// Cancelling a caller's task ends its wait (for a slot, the buckets, a pause or a backoff) with
/// `CancellationError` and gives back what it held. An attempt that throws `CancellationError`,
/// or fails after its task was cancelled, is not retried and does not count as a failure.
public actor ProviderGate {
    /// The provider's name as the user configured it; every policy error names it.
    public nonisolated let provider: String
    /// The policy this gate enforces.
    public nonisolated let policy: ProviderPolicy

    private nonisolated let clock: any PolicyClock
    private var random: any RandomNumberGenerator
    private let backoff: Backoff
    private let maxConcurrency: Int

    private var inFlight = 0
    private var waiters: [Waiter] = []
    private var nextWaiterID = 0
    private var requestBucket: RateBucket?
    private var tokenBucket: RateBucket?
    private var pausedUntil: ContinuousClock.Instant?
    /// When the provider last asked for a pause; attempts started before it were sent into
    /// the same throttling and do not count again towards the circuit.
    private var pauseAnnouncedAt: ContinuousClock.Instant?
    private var circuit: CircuitBreaker
    private var budget: RetryBudget
    private var stopCause: (any Error)?

    /// A caller waiting for a slot.
    private struct Waiter {
        let id: Int
        let continuation: CheckedContinuation<Void, any Error>
    }

    /// What an admitted attempt holds: one slot, and `cost` tokens taken from the token bucket.
    private struct Permit: Sendable {
        let cost: Int
        let isProbe: Bool
        let startedAt: ContinuousClock.Instant
    }

    /// What happens after a failed attempt.
    private enum Decision: Sendable {
        /// Try again, after waiting until the instant when there is one.
        case retry(after: ContinuousClock.Instant?)
        /// Give up with this error.
        case fail(any Error)
    }

    /// Creates the gate of one provider.
    ///
    /// - Parameters:
    ///   - provider: The provider's name, used in error messages.
    ///   - policy: The policy to enforce; invalid values are clamped (see `ProviderPolicy.problems`).
    ///   - clock: The time source; tests pass one they advance by hand.
    ///   - random: The source of backoff jitter; tests pass a seeded or fixed one.
    public init(
        provider: String,
        policy: ProviderPolicy = ProviderPolicy(),
        clock: any PolicyClock = ContinuousPolicyClock(),
        random: some RandomNumberGenerator & Sendable = SystemRandomNumberGenerator()
    ) {
        self.provider = provider
        self.policy = policy
        self.clock = clock
        self.random = random
        backoff = Backoff(base: policy.backoffBase, cap: policy.backoffCap)
        maxConcurrency = max(1, policy.maxConcurrency)
        let now = clock.now
        requestBucket = policy.requestsPerMinute.map { RateBucket(perMinute: $0, now: now) }
        tokenBucket = policy.tokensPerMinute.map { RateBucket(perMinute: $0, now: now) }
        circuit = CircuitBreaker(threshold: policy.circuitFailureThreshold, coolDown: policy.circuitCoolDown)
        budget = RetryBudget(ratio: policy.retryBudgetRatio, allowance: policy.retryBudgetAllowance)
    }

    /// Runs `attempt` under the provider's policy, retrying it as its failures advise.
    ///
    /// The attempt runs in the caller's isolation, not on the gate, and may run several times.
    ///
    /// - Parameters:
    ///   - estimatedTokens: The tokens the request is expected to use (prompt plus the most it may
    ///     generate), taken from the token bucket before each attempt; 0 when the provider has
    ///     no token limit.
    ///   - attempt: Sends the request once and returns its value with the tokens the provider
    ///     reports it used (return `estimatedTokens` when it reports none); the difference is
    ///     given back to, or taken from, the token bucket.
    /// - Returns: The value of the first attempt that succeeds.
    /// - Throws: The attempt's own error when it advises `.never`; `CancellationError`;
    ///   otherwise a `ProviderPolicyError` naming the provider and the last failure.
    nonisolated(nonsending)
    public func run<T>(
        estimatedTokens: Int = 0,
        _ attempt: () async throws -> (T, usedTokens: Int)
    ) async throws -> T {
        let cost = max(0, estimatedTokens)
        var retry = 0
        while true {
            let permit = try await admit(cost: cost, isRetry: retry > 0)
            let result: (T, usedTokens: Int)
            do {
                result = try await attempt()
            } catch {
                switch await decide(after: error, permit: permit, retry: retry) {
                case .fail(let failure):
                    throw failure
                case .retry(let wakeTime):
                    if let wakeTime { try await clock.sleep(until: wakeTime) }
                    retry += 1
                    continue
                }
            }
            await complete(permit, usedTokens: result.usedTokens)
            return result.0
        }
    }

    /// The gate's current state.
    public var status: ProviderGateStatus {
        ProviderGateStatus(
            inFlight: inFlight, queued: waiters.count, requests: budget.requests, retries: budget.retries,
            consecutiveFailures: circuit.consecutiveFailures, isCircuitOpen: circuit.isOpen,
            isStopped: stopCause != nil, pausedUntil: pausedUntil.flatMap { $0 > clock.now ? $0 : nil }
        )
    }

    // MARK: - Admission

    /// Waits until an attempt may start, and returns what it holds.
    private func admit(cost: Int, isRetry: Bool) async throws -> Permit {
        try Task.checkCancellation()
        try refuseIfUnavailable()
        try await takeSlot()
        var reserved = false
        do {
            try Task.checkCancellation()
            try refuseIfUnavailable()
            let now = clock.now
            var start = max(now, pausedUntil ?? now)
            if let requestBucket { start = requestBucket.startTime(cost: 1, notBefore: start) }
            if let tokenBucket { start = tokenBucket.startTime(cost: cost, notBefore: start) }
            requestBucket?.take(cost: 1, at: start)
            tokenBucket?.take(cost: cost, at: start)
            reserved = true
            // A provider may ask for a pause while this caller waits: wait for the latest one.
            var deadline = start
            while true {
                if let pausedUntil, pausedUntil > deadline { deadline = pausedUntil }
                if clock.now >= deadline { break }
                try await clock.sleep(until: deadline)
            }
            try refuseIfUnavailable()
            let startedAt = clock.now
            let admission = circuit.admit(at: startedAt)
            guard admission != .refuse else { throw circuitOpenError() }
            if !isRetry { budget.recordRequest() }
            return Permit(cost: cost, isProbe: admission == .probe, startedAt: startedAt)
        } catch {
            if reserved {
                let now = clock.now
                requestBucket?.adjust(by: -1, now: now)
                tokenBucket?.adjust(by: -cost, now: now)
            }
            releaseSlot()
            throw error
        }
    }

    /// Throws when the provider is stopped or its circuit refuses requests now.
    private func refuseIfUnavailable() throws(ProviderPolicyError) {
        if let stopCause { throw .providerStopped(provider: provider, cause: stopCause) }
        if !circuit.wouldAdmit(at: clock.now) { throw circuitOpenError() }
    }

    private func circuitOpenError() -> ProviderPolicyError {
        .circuitOpen(
            provider: provider, consecutiveFailures: circuit.consecutiveFailures,
            coolDown: policy.circuitCoolDown, lastFailure: circuit.lastFailure ?? NoRecordedFailure()
        )
    }

    // MARK: - Slots

    /// Takes a slot, waiting behind earlier callers when all are taken.
    private func takeSlot() async throws {
        if inFlight < maxConcurrency && waiters.isEmpty {
            inFlight += 1
            return
        }
        let id = nextWaiterID
        nextWaiterID += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                // Runs on the gate before it suspends, so a cancellation handled on the gate
                // always finds the waiter already queued.
                waiters.append(Waiter(id: id, continuation: continuation))
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    /// Removes a cancelled caller from the queue; does nothing if it was already given a slot,
    /// which it then gives back on its own.
    private func cancelWaiter(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }

    /// Hands the slot to the longest waiting caller, or frees it.
    private func releaseSlot() {
        if waiters.isEmpty {
            inFlight -= 1
        } else {
            waiters.removeFirst().continuation.resume()
        }
    }

    // MARK: - Outcomes

    /// Records a successful attempt.
    private func complete(_ permit: Permit, usedTokens: Int) {
        tokenBucket?.adjust(by: max(0, usedTokens) - permit.cost, now: clock.now)
        circuit.recordSuccess()
        releaseSlot()
    }

    /// Records a failed attempt and decides whether its request tries again.
    private func decide(after error: any Error, permit: Permit, retry: Int) -> Decision {
        releaseSlot()
        let now = clock.now
        if error is CancellationError || Task.isCancelled {
            if permit.isProbe { circuit.abandonProbe(at: now) }
            return .fail(error)
        }
        let advice = (error as? any RetryClassifiable)?.retryAdvice ?? .never
        switch advice {
        case .never:
            // The provider answered, so it is reachable: this ends a run of transient failures.
            circuit.recordSuccess()
            return .fail(error)
        case .stopProvider:
            stop(cause: error)
            return .fail(ProviderPolicyError.providerStopped(provider: provider, cause: stopCause ?? error))
        case .afterBackoff, .after:
            var counts = true
            if case .after(let wait) = advice {
                // The pause holds every caller, whether or not this request may retry.
                let until = now + max(.zero, wait)
                if pausedUntil.map({ until > $0 }) ?? true { pausedUntil = until }
                // Workers that were in flight together get their 429s together: one throttling
                // episode counts once towards the circuit, not once per worker.
                if let pauseAnnouncedAt, permit.startedAt < pauseAnnouncedAt {
                    counts = false
                } else {
                    pauseAnnouncedAt = now
                }
            }
            if counts { circuit.recordFailure(error, wasProbe: permit.isProbe, at: now) }
            if circuit.isOpen { return .fail(circuitOpenError()) }
            if retry >= policy.maxRetries {
                return .fail(ProviderPolicyError.retriesExhausted(provider: provider, attempts: retry + 1, lastFailure: error))
            }
            guard budget.spendRetry() else {
                return .fail(ProviderPolicyError.retryBudgetExhausted(
                    provider: provider, retries: budget.retries, requests: budget.requests, lastFailure: error
                ))
            }
            if case .after = advice { return .retry(after: nil) }
            return .retry(after: now + backoff.delay(forRetry: retry, using: &random))
        }
    }

    /// Closes the gate for the rest of the run and fails every caller waiting for a slot.
    private func stop(cause: any Error) {
        if stopCause == nil { stopCause = cause }
        let stopped = ProviderPolicyError.providerStopped(provider: provider, cause: stopCause ?? cause)
        let pending = waiters
        waiters.removeAll()
        for waiter in pending { waiter.continuation.resume(throwing: stopped) }
    }
}

/// Stands in for the last failure of an open circuit when none was kept.
private struct NoRecordedFailure: Error, CustomStringConvertible {
    var description: String { "no failure recorded" }
}
