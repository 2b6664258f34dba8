import Providers
import Testing

/// The gate every provider request goes through, driven by a clock the tests move by hand.
@Suite struct ProviderGateTests {
    let clock = TestClock()
    let log = AttemptLog()

    func gate(
        _ policy: ProviderPolicy, provider: String = "deepl",
        random: some RandomNumberGenerator & Sendable = FixedRandom(value: 0)
    ) -> ProviderGate {
        ProviderGate(provider: provider, policy: policy, clock: clock, random: random)
    }

    /// Starts a request whose attempt records itself, then lasts `duration` of test-clock time.
    func request(
        through gate: ProviderGate, label: String = "", tokens: Int = 0, lasting duration: Duration = .zero
    ) -> Task<String, any Error> {
        let clock = clock, log = log
        return Task {
            try await gate.run(estimatedTokens: tokens) {
                await log.begin(at: clock.elapsed, label: label)
                if duration > .zero { try await clock.sleep(for: duration) }
                await log.end()
                return (label, usedTokens: tokens)
            }
        }
    }

    // MARK: - Concurrency

    @Test func runsNoMoreAttemptsAtOnceThanTheConcurrencyLimit() async throws {
        let gate = gate(ProviderPolicy(maxConcurrency: 3))
        let tasks = (0..<10).map { request(through: gate, label: "\($0)", lasting: .seconds(1)) }

        try await waitUntil {
            let queued = await gate.status.queued
            return clock.sleeperCount == 3 && queued == 7
        }
        for running in [3, 3, 3, 1] {
            try await waitUntil { clock.sleeperCount == running }
            clock.advance(by: .seconds(1))
        }
        for task in tasks { _ = try await task.value }

        #expect(await log.largestInFlight == 3)
        #expect(await log.starts.sorted() == [0, 0, 0, 1, 1, 1, 2, 2, 2, 3].map { .seconds($0) })
        #expect(await gate.status.inFlight == 0)
    }

    @Test func servesWaitingCallersInArrivalOrder() async throws {
        let gate = gate(ProviderPolicy(maxConcurrency: 1))
        var tasks = [request(through: gate, label: "first", lasting: .seconds(1))]
        try await waitUntil { clock.sleeperCount == 1 }
        for label in ["second", "third", "fourth"] {
            let queued = tasks.count
            tasks.append(request(through: gate, label: label))
            try await waitUntil { await gate.status.queued == queued }
        }

        clock.advance(by: .seconds(1))
        for task in tasks { _ = try await task.value }

        #expect(await log.labels == ["first", "second", "third", "fourth"])
    }

    @Test func aCallerCancelledWhileWaitingForASlotLeavesTheQueue() async throws {
        let gate = gate(ProviderPolicy(maxConcurrency: 1))
        let holder = request(through: gate, label: "holder", lasting: .seconds(1))
        try await waitUntil { clock.sleeperCount == 1 }
        let waiter = request(through: gate, label: "waiter")
        try await waitUntil { await gate.status.queued == 1 }

        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(await gate.status.queued == 0)

        clock.advance(by: .seconds(1))
        _ = try await holder.value
        // The slot was not lost to the cancelled caller: a later request still runs.
        _ = try await request(through: gate, label: "later").value
        #expect(await log.labels == ["holder", "later"])
        #expect(await gate.status.inFlight == 0)
    }

    // MARK: - Rates

    @Test func requestsPerMinuteSpacesStartsOnceTheBurstIsSpent() async throws {
        // Two requests a minute: the full bucket lets two start, then one every 30 seconds.
        let gate = gate(ProviderPolicy(maxConcurrency: 10, requestsPerMinute: 2))
        let tasks = (0..<5).map { request(through: gate, label: "\($0)") }

        try await waitUntil { await log.count == 2 && clock.sleeperCount == 3 }
        for started in 3...5 {
            clock.advanceToNextDeadline()
            try await waitUntil { await log.count == started }
        }
        for task in tasks { _ = try await task.value }

        #expect(await log.starts.sorted() == [0, 0, 30, 60, 90].map { .seconds($0) })
    }

    @Test func tokensPerMinuteWaitsForEnoughTokensAndLetsAnOversizedRequestRunOnceFull() async throws {
        // 600 tokens a minute: one token every 100 ms.
        let gate = gate(ProviderPolicy(tokensPerMinute: 600))
        let clock = clock, log = log
        let sequence = Task {
            for tokens in [400, 400, 1_000, 100] {
                _ = try await gate.run(estimatedTokens: tokens) {
                    await log.begin(at: clock.elapsed, label: "\(tokens)")
                    await log.end()
                    return (tokens, usedTokens: tokens)
                }
            }
        }
        for started in 1...3 {
            try await waitUntil { await log.count == started && clock.sleeperCount == 1 }
            clock.advanceToNextDeadline()
        }
        try await sequence.value

        // 400 leaves 200; the next 400 waits for 200 more (20 s); 1,000 is more than the bucket
        // holds, so it waits for a full bucket (60 s more) and leaves it 400 in debt; 100 then
        // waits until the debt and its own 100 are refilled (50 s).
        #expect(await log.starts == [0, 20, 80, 130].map { .seconds($0) })
    }

    @Test func tokensTheProviderDidNotUseAreGivenBack() async throws {
        let gate = gate(ProviderPolicy(tokensPerMinute: 600))
        _ = try await gate.run(estimatedTokens: 600) { ("short answer", usedTokens: 100) }
        let next = request(through: gate, tokens: 600)
        try await waitUntil { clock.sleeperCount == 1 }
        clock.advanceToNextDeadline()
        _ = try await next.value

        // Only the 100 used tokens must be refilled (10 s), not the 600 estimated (60 s).
        #expect(await log.starts == [.seconds(10)])
    }

    // MARK: - Retry-After

    @Test func retryAfterPausesEveryWorkerUntilTheProviderSaidToComeBack() async throws {
        let gate = gate(ProviderPolicy(maxConcurrency: 4), provider: "openai")
        let clock = clock, log = log
        let attempts = Counter()
        let limited = Task {
            try await gate.run {
                await log.begin(at: clock.elapsed, label: "limited")
                await log.end()
                if await attempts.next() == 1 { throw ScriptedFailure(retryAdvice: .after(.seconds(10)), description: "HTTP 429") }
                return ("done", usedTokens: 0)
            }
        }
        try await waitUntil { await gate.status.pausedUntil != nil && clock.sleeperCount == 1 }
        let others = [request(through: gate, label: "other"), request(through: gate, label: "other")]
        try await waitUntil { clock.sleeperCount == 3 }

        clock.advance(by: .seconds(9))
        #expect(clock.sleeperCount == 3)
        #expect(await log.count == 1)

        clock.advance(by: .seconds(1))
        _ = try await limited.value
        for task in others { _ = try await task.value }
        #expect(await log.starts == [0, 10, 10, 10].map { .seconds($0) })
    }

    @Test func aPauseAskedForLaterStillHoldsCallersAlreadyWaitingForTheBucket() async throws {
        let gate = gate(ProviderPolicy(maxConcurrency: 4, requestsPerMinute: 1))
        let clock = clock, log = log
        let attempts = Counter()
        let limited = Task {
            try await gate.run {
                let attempt = await attempts.next()
                await log.begin(at: clock.elapsed, label: "limited")
                defer { Task { await log.end() } }
                if attempt == 1 {
                    // The provider takes 30 s to say "come back in 100 s".
                    try await clock.sleep(for: .seconds(30))
                    throw ScriptedFailure(retryAdvice: .after(.seconds(100)), description: "HTTP 429")
                }
                return ("done", usedTokens: 0)
            }
        }
        try await waitUntil { await log.count == 1 && clock.sleeperCount == 1 }
        // One request a minute: this one is given the start at 60 s before the 429 arrives.
        let waiting = request(through: gate, label: "waiting")
        try await waitUntil { clock.sleeperCount == 2 }

        clock.advance(toOffset: .seconds(30))
        try await waitUntil { await gate.status.pausedUntil != nil && clock.sleeperCount == 2 }
        clock.advance(toOffset: .seconds(60))
        try await waitUntil { clock.sleeperCount == 2 }
        #expect(await log.count == 1)

        clock.advance(toOffset: .seconds(130))
        _ = try await waiting.value
        _ = try await limited.value
        #expect(await log.starts == [0, 130, 130].map { .seconds($0) })
    }

    @Test func workersThrottledTogetherCountAsOneFailureTowardsTheCircuit() async throws {
        let gate = gate(ProviderPolicy(maxConcurrency: 3, circuitFailureThreshold: 2))
        let clock = clock, log = log
        let tasks = (0..<3).map { index in
            Task {
                let attempts = Counter()
                return try await gate.run {
                    let attempt = await attempts.next()
                    await log.begin(at: clock.elapsed, label: "\(index)")
                    defer { Task { await log.end() } }
                    if attempt == 1 {
                        try await clock.sleep(for: .seconds(1))
                        throw ScriptedFailure(retryAdvice: .after(.seconds(5)), description: "HTTP 429")
                    }
                    return (index, usedTokens: 0)
                }
            }
        }
        try await waitUntil { clock.sleeperCount == 3 }
        clock.advance(by: .seconds(1))
        try await waitUntil {
            let paused = await gate.status.pausedUntil != nil
            return paused && clock.sleeperCount == 3
        }
        #expect(await gate.status.consecutiveFailures == 1)

        clock.advance(by: .seconds(5))
        for task in tasks { _ = try await task.value }
        #expect(await log.starts == [0, 0, 0, 6, 6, 6].map { .seconds($0) })
    }

    // MARK: - Backoff

    @Test func backoffDoublesUpToTheCap() async throws {
        // The largest random draw gives waits just under each ceiling: 1, 2, 4, 8, 8, 8 s.
        let gate = gate(
            ProviderPolicy(maxRetries: 6, backoffBase: .seconds(1), backoffCap: .seconds(8), circuitFailureThreshold: 100),
            random: FixedRandom(value: .max)
        )
        let failing = alwaysFailing(through: gate, advice: .afterBackoff)
        for attempt in 1...6 {
            try await waitUntil { await log.count == attempt && clock.sleeperCount == 1 }
            clock.advanceToNextDeadline()
        }
        let error = await #expect(throws: ProviderPolicyError.self) { try await failing.value }
        guard case .retriesExhausted(_, let attempts, _) = error else {
            Issue.record("expected retriesExhausted, got \(String(describing: error))")
            return
        }
        #expect(attempts == 7)

        let gaps = await log.starts.gaps
        let ceilings: [Duration] = [1, 2, 4, 8, 8, 8].map { .seconds($0) }
        #expect(gaps.count == ceilings.count)
        for (gap, ceiling) in zip(gaps, ceilings) {
            #expect(gap <= ceiling && gap >= ceiling * 0.999, "waited \(gap) below a ceiling of \(ceiling)")
        }
    }

    @Test func jitterDrawsEachWaitFromTheWholeWindow() async throws {
        let gate = gate(
            ProviderPolicy(maxRetries: 8, backoffBase: .seconds(1), backoffCap: .seconds(4), circuitFailureThreshold: 100),
            random: SeededRandom(state: 42)
        )
        let failing = alwaysFailing(through: gate, advice: .afterBackoff)
        for attempt in 1...8 {
            try await waitUntil {
                await log.count == attempt && clock.sleeperCount == 1
            }
            clock.advanceToNextDeadline()
        }
        _ = await failing.result

        let gaps = await log.starts.gaps
        let ceilings: [Duration] = [1, 2, 4, 4, 4, 4, 4, 4].map { .seconds($0) }
        #expect(gaps.count == ceilings.count)
        for (gap, ceiling) in zip(gaps, ceilings) {
            #expect(gap >= .zero && gap <= ceiling, "waited \(gap) outside 0...\(ceiling)")
        }
        // Full jitter: waits are spread over the window, not bunched at its top.
        #expect(gaps.contains { $0 < .seconds(2) })
        #expect(Set(gaps).count == gaps.count)
    }

    // MARK: - Budgets and advice

    @Test func retriesStopWhenTheRunsBudgetIsSpent() async throws {
        let gate = gate(ProviderPolicy(maxRetries: 5, retryBudgetRatio: 0, retryBudgetAllowance: 2, circuitFailureThreshold: 100))
        let attempts = Counter()
        for expectedAttempts in [3, 4] {
            let error = await #expect(throws: ProviderPolicyError.self) {
                try await gate.run { () async throws -> (Int, usedTokens: Int) in
                    await attempts.next()
                    throw ScriptedFailure(retryAdvice: .afterBackoff)
                }
            }
            guard case .retryBudgetExhausted(let provider, let retries, _, _) = error else {
                Issue.record("expected retryBudgetExhausted, got \(String(describing: error))")
                return
            }
            #expect(provider == "deepl")
            #expect(retries == 2)
            // The first request used both retries; the second gets its first attempt only.
            #expect(await attempts.value == expectedAttempts)
        }
        #expect(await gate.status.retries == 2)
    }

    @Test func theBudgetGrowsWithTheRequestsOfTheRun() async throws {
        let gate = gate(ProviderPolicy(maxRetries: 5, retryBudgetRatio: 0.5, retryBudgetAllowance: 0, circuitFailureThreshold: 100))
        for index in 0..<4 { _ = try await gate.run { (index, usedTokens: 0) } }
        let attempts = Counter()
        await #expect(throws: ProviderPolicyError.self) {
            try await gate.run { () async throws -> (Int, usedTokens: Int) in
                await attempts.next()
                throw ScriptedFailure(retryAdvice: .afterBackoff)
            }
        }
        // Five requests at a ratio of 0.5 allow two retries.
        #expect(await attempts.value == 3)
    }

    @Test func aFailureNotWorthRetryingIsThrownAsItIs() async throws {
        let gate = gate(ProviderPolicy())
        let attempts = Counter()
        await #expect(throws: ScriptedFailure.self) {
            try await gate.run { () async throws -> (Int, usedTokens: Int) in
                await attempts.next()
                throw ScriptedFailure(retryAdvice: .never, description: "HTTP 400")
            }
        }
        await #expect(throws: PlainFailure.self) {
            try await gate.run { () async throws -> (Int, usedTokens: Int) in
                await attempts.next()
                throw PlainFailure()
            }
        }
        #expect(await attempts.value == 2)
        #expect(await gate.status.retries == 0)
    }

    @Test func aCallerCancelledDuringBackoffStopsRetrying() async throws {
        let gate = gate(ProviderPolicy(backoffBase: .seconds(10)), random: FixedRandom(value: .max))
        let failing = alwaysFailing(through: gate, advice: .afterBackoff)
        try await waitUntil { await log.count == 1 && clock.sleeperCount == 1 }

        failing.cancel()
        await #expect(throws: CancellationError.self) { try await failing.value }
        #expect(clock.sleeperCount == 0)
        #expect(await log.count == 1)
    }

    // MARK: - Stopping the provider

    @Test func stopProviderFailsThisAndEveryLaterCallAtOnce() async throws {
        let gate = gate(ProviderPolicy())
        let attempts = Counter()
        for _ in 0..<2 {
            let error = await #expect(throws: ProviderPolicyError.self) {
                try await gate.run { () async throws -> (Int, usedTokens: Int) in
                    await attempts.next()
                    throw ScriptedFailure(retryAdvice: .stopProvider, description: "HTTP 403: the key was rejected")
                }
            }
            #expect(error?.isRunLevel == true)
            #expect(error?.description == "deepl: stopped for the rest of this run after: HTTP 403: the key was rejected")
        }
        #expect(await attempts.value == 1)
        #expect(await gate.status.isStopped)
    }

    @Test func stopProviderAlsoFailsTheCallersWaitingForASlot() async throws {
        let gate = gate(ProviderPolicy(maxConcurrency: 1))
        let clock = clock
        let stopping = Task {
            try await gate.run { () async throws -> (Int, usedTokens: Int) in
                try await clock.sleep(for: .seconds(1))
                throw ScriptedFailure(retryAdvice: .stopProvider, description: "quota exhausted")
            }
        }
        try await waitUntil { clock.sleeperCount == 1 }
        let waiting = request(through: gate, label: "waiting")
        try await waitUntil { await gate.status.queued == 1 }

        clock.advance(by: .seconds(1))
        await #expect(throws: ProviderPolicyError.self) { try await stopping.value }
        let error = await #expect(throws: ProviderPolicyError.self) { try await waiting.value }
        #expect(error?.description.hasPrefix("deepl: stopped") == true)
        #expect(await log.count == 0)
    }

    // MARK: - Circuit

    @Test func theCircuitOpensAfterConsecutiveFailuresAndProbesAfterTheCoolDown() async throws {
        let gate = gate(ProviderPolicy(maxRetries: 0, circuitFailureThreshold: 3, circuitCoolDown: .seconds(30)))
        let attempts = Counter()
        let failOnce = { @Sendable () async throws -> (Int, usedTokens: Int) in
            await attempts.next()
            throw ScriptedFailure(retryAdvice: .afterBackoff)
        }
        for _ in 0..<2 {
            let error = await #expect(throws: ProviderPolicyError.self) { try await gate.run(failOnce) }
            #expect(error?.isRunLevel == false)
        }
        let opened = await #expect(throws: ProviderPolicyError.self) { try await gate.run(failOnce) }
        #expect(opened?.isRunLevel == true)
        #expect(opened?.description.hasPrefix("deepl: 3 consecutive failures, last: HTTP 503 from the test provider") == true)

        // Open: calls fail without reaching the provider until the cool-down is over.
        clock.advance(by: .seconds(29))
        await #expect(throws: ProviderPolicyError.self) { try await gate.run(failOnce) }
        #expect(await attempts.value == 3)

        // Half-open: one probe goes through; others still fail fast while it runs.
        clock.advance(by: .seconds(1))
        let probe = request(through: gate, label: "probe", lasting: .seconds(1))
        try await waitUntil { clock.sleeperCount == 1 }
        await #expect(throws: ProviderPolicyError.self) { try await gate.run(failOnce) }
        clock.advance(by: .seconds(1))
        _ = try await probe.value

        // The probe succeeded: the circuit is closed again.
        _ = try await request(through: gate, label: "after").value
        #expect(await log.labels == ["probe", "after"])
        #expect(await gate.status.isCircuitOpen == false)
        #expect(await gate.status.consecutiveFailures == 0)
    }

    @Test func aFailedProbeOpensTheCircuitForAnotherCoolDown() async throws {
        let gate = gate(ProviderPolicy(maxRetries: 0, circuitFailureThreshold: 2, circuitCoolDown: .seconds(30)))
        let attempts = Counter()
        let failOnce = { @Sendable () async throws -> (Int, usedTokens: Int) in
            await attempts.next()
            throw ScriptedFailure(retryAdvice: .afterBackoff)
        }
        for _ in 0..<2 { _ = try? await gate.run(failOnce) }
        clock.advance(by: .seconds(30))
        _ = try? await gate.run(failOnce)
        #expect(await attempts.value == 3)

        clock.advance(by: .seconds(29))
        await #expect(throws: ProviderPolicyError.self) { try await gate.run(failOnce) }
        #expect(await attempts.value == 3)
        clock.advance(by: .seconds(1))
        _ = try await request(through: gate, label: "probe").value
        #expect(await log.labels == ["probe"])
    }

    @Test func aRefusedRequestResetsTheRunOfFailures() async throws {
        let gate = gate(ProviderPolicy(maxRetries: 0, circuitFailureThreshold: 2))
        let transient = { @Sendable () async throws -> (Int, usedTokens: Int) in throw ScriptedFailure(retryAdvice: .afterBackoff) }
        let refused = { @Sendable () async throws -> (Int, usedTokens: Int) in throw ScriptedFailure(retryAdvice: .never) }
        _ = try? await gate.run(transient)
        _ = try? await gate.run(refused)
        _ = try? await gate.run(transient)
        // The provider answered the refused request, so the two transient failures are not in a row.
        #expect(await gate.status.isCircuitOpen == false)
    }

    // MARK: - Helpers

    /// Starts a request whose every attempt records itself and fails with `advice`.
    func alwaysFailing(through gate: ProviderGate, advice: RetryAdvice) -> Task<Int, any Error> {
        let clock = clock, log = log
        return Task {
            try await gate.run { () async throws -> (Int, usedTokens: Int) in
                await log.begin(at: clock.elapsed)
                await log.end()
                throw ScriptedFailure(retryAdvice: advice)
            }
        }
    }
}
