import Foundation
import HTTP

/// Sends tasks to one configured provider: reads the key from the environment for each
/// request, builds the request with the provider's adapter, sends it through `HTTPClient`,
/// reads the reply, records usage, and retries through the provider's `ProviderGate`
/// (concurrency, rates, `Retry-After`, backoff, retry budget, circuit) as each error advises.
public final class ProviderClient: Sendable {
    /// The provider this client talks to.
    public let configuration: ProviderConfiguration
    /// The adapter speaking the provider's wire format.
    public let adapter: any ProviderAdapter
    /// The policy gate every request of `send(_:)` passes through.
    public let gate: ProviderGate
    /// Where the usage of every answered request is added up.
    public let ledger: UsageLedger
    /// Receives a record of every request sent, if set (the run's request log).
    public let observer: ProviderRequestObserver?
    private let http: HTTPClient
    private let keys: APIKeyResolver

    /// Creates a client for `configuration`, sending through `http` (share one per run).
    ///
    /// - Parameters:
    ///   - keys: Where keys are read, at each request; the process environment by default.
    ///   - ledger: The run's usage totals, shared between providers.
    ///   - policy: The gate's policy; by default the configured limits with the policy's
    ///     defaults for backoff, budget and circuit.
    public init(
        configuration: ProviderConfiguration,
        http: HTTPClient,
        keys: APIKeyResolver = .processEnvironment,
        ledger: UsageLedger = UsageLedger(),
        policy: ProviderPolicy? = nil,
        observer: ProviderRequestObserver? = nil
    ) {
        self.configuration = configuration
        self.observer = observer
        self.adapter = ProviderAdapters.adapter(for: configuration)
        self.http = http
        self.keys = keys
        self.ledger = ledger
        let limits = configuration.limits
        gate = ProviderGate(
            provider: configuration.name,
            policy: policy ?? ProviderPolicy(
                maxConcurrency: limits.maxConcurrency,
                requestsPerMinute: limits.requestsPerMinute,
                tokensPerMinute: limits.tokensPerMinute,
                maxRetries: limits.maxRetries
            )
        )
    }

    /// Performs `task` under the provider's policy, retrying transient failures.
    ///
    /// Throws `ProviderError` for failures that are not retried (a refused request, truncated
    /// output), `ProviderPolicyError` when the policy gives up (the provider was stopped by a
    /// bad key or an exhausted quota, retries or the retry budget ran out, the circuit is
    /// open), or `CancellationError`.
    public func send(_ task: ProviderTask) async throws -> ProviderReply {
        let estimate = estimatedTokens(for: task)
        return try await gate.run(estimatedTokens: estimate) { () async throws -> (ProviderReply, usedTokens: Int) in
            let reply = try await self.attempt(task)
            let used = reply.usage.totalTokens
            return (reply, usedTokens: used > 0 ? used : estimate)
        }
    }

    /// Answers a conversation under the provider's policy (see `send(_:)`).
    public func chat(_ request: ChatRequest) async throws -> ProviderReply {
        try await send(.chat(request))
    }

    /// Translates `request.texts`, split into as many requests as the provider's limits need
    /// (sent concurrently, within the policy), and returns one reply with the translations in
    /// order and the usage summed.
    public func translate(_ request: TranslationRequest) async throws -> ProviderReply {
        let ranges = adapter.translationLimits?.batches(of: request.texts) ?? [request.texts.indices]
        if ranges.count <= 1 { return try await send(.translation(request)) }
        let parts = try await withThrowingTaskGroup(of: (Int, ProviderReply).self) { group in
            for (index, range) in ranges.enumerated() {
                var part = request
                part.texts = Array(request.texts[range])
                group.addTask { (index, try await self.send(.translation(part))) }
            }
            var parts = [ProviderReply?](repeating: nil, count: ranges.count)
            for try await (index, reply) in group { parts[index] = reply }
            return parts.compactMap { $0 }
        }
        return ProviderReply(
            texts: parts.flatMap(\.texts),
            usage: parts.reduce(Usage.zero) { $0 + $1.usage },
            finishReason: .complete,
            model: parts.first?.model
        )
    }

    /// One attempt at `task`, outside the policy: the key is read, the request built and sent,
    /// the reply read and its usage recorded. A reply cut off at the output limit fails with
    /// `.truncatedOutput` (after its usage is recorded) unless `acceptTruncated` is set.
    public func attempt(_ task: ProviderTask, acceptTruncated: Bool = false) async throws(ProviderError) -> ProviderReply {
        let key = try keys.key(for: configuration)
        let request = try adapter.makeRequest(for: task, key: key)
        let response: HTTPResponse
        let startedAt = Date()
        let clock = ContinuousClock.now
        do {
            response = try await http.send(request)
        } catch {
            let failure = ProviderError.transport(provider: configuration.name, SecretRedactor(key: key).redact(error))
            observe(request, nil, startedAt: startedAt, since: clock, outcome: .failure(failure), key: key)
            throw failure
        }
        let reply: ProviderReply
        do {
            reply = try adapter.parseReply(response, to: task, key: key)
        } catch {
            observe(request, response, startedAt: startedAt, since: clock, outcome: .failure(error), key: key)
            throw error
        }
        observe(request, response, startedAt: startedAt, since: clock, outcome: .success(reply), key: key)
        ledger.record(reply.usage, provider: configuration.name)
        if reply.finishReason == .truncated, !acceptTruncated {
            let limit: Int
            if case let .chat(chat) = task { limit = chat.maxOutputTokens ?? configuration.maxOutputTokens } else { limit = configuration.maxOutputTokens }
            throw .truncatedOutput(provider: configuration.name, limit: limit, usage: reply.usage)
        }
        return reply
    }

    /// Hands a record of one request to the observer, if there is one.
    private func observe(
        _ request: HTTPRequest, _ response: HTTPResponse?, startedAt: Date, since start: ContinuousClock.Instant,
        outcome: Result<ProviderReply, ProviderError>, key: APIKey?
    ) {
        guard let observer else { return }
        let elapsed = ContinuousClock.now - start
        let latency = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let usage = (try? outcome.get().usage) ?? .zero
        let outcomeName: String
        switch outcome {
        case .success: outcomeName = "ok"
        case let .failure(error): outcomeName = error.kindName
        }
        var record = ProviderRequestRecord(
            startedAt: startedAt, provider: configuration.name, model: (try? outcome.get().model) ?? configuration.model,
            status: response?.status, outcome: outcomeName, latency: latency, usage: usage,
            cost: configuration.prices.flatMap { usage.cost(at: $0) }
        )
        if observer.keepsBodies {
            let redactor = SecretRedactor(key: key)
            record.requestBody = redactor.redact(String(decoding: request.body, as: UTF8.self))
            record.responseBody = response.map { redactor.redact(String(decoding: $0.body, as: UTF8.self)) }
        }
        observer.record(record)
    }

    /// Tokens the task may use, for the token bucket: about four characters a token for the
    /// prompt, plus the most the model may generate; 0 for translation services.
    func estimatedTokens(for task: ProviderTask) -> Int {
        guard case let .chat(chat) = task, configuration.limits.tokensPerMinute != nil else { return 0 }
        let characters = chat.messages.reduce(chat.system?.count ?? 0) { $0 + $1.content.count }
        return characters / 4 + 1 + (chat.maxOutputTokens ?? configuration.maxOutputTokens)
    }
}
