import Foundation
import HTTP
import Testing
import WartaTestSupport
@testable import Providers

/// The OpenAI and Anthropic adapters, driven through `ProviderClient` and `ChatStreamer` against
/// llmock, a third-party fake of both APIs: for each fault it injects (429 with Retry-After,
/// 500, 529, a reply slower than the timeout, a stream cut part-way), the call ends as it
/// should, and llmock's own verdict on the retries (waited as asked, backed off, did not give
/// up at once, did not accept a cut stream) finds no error.
@Suite(
    "Providers against llmock",
    .serialized,
    .enabled(if: LLMockScope.shouldRun, "llmock is not installed (run scripts/bootstrap or `python3 -m pip install llmock`); skipping the llmock tests"),
    .llmockServer
)
struct LLMockProviderTests {
    /// The variable the dummy key is read from; never a real provider's variable.
    static let keyVariable = "WARTA_LLMOCK_TEST_KEY"

    /// What one test works with: the server's control API, a client and a streamer.
    struct Harness {
        let control: LLMockControl
        let client: ProviderClient
        let streamer: ChatStreamer
    }

    /// A fresh llmock journal and a client of `kind` pointed at it, retrying quickly.
    func harness(_ kind: ProviderKind, maxRetries: Int = 3, timeoutSeconds: Double = 10) async throws -> Harness {
        let server = try #require(LLMockScope.server, "the suite's llmock server is not running")
        let http = HTTPClient()
        let control = LLMockControl(server: server, http: http)
        try await control.reset()
        let baseURL = kind == .anthropic
            ? server.baseURL.appendingPathComponent("anthropic")
            : server.baseURL.appendingPathComponent("v1")
        let configuration = ProviderConfiguration(
            name: "llmock-\(kind.rawValue)",
            kind: kind,
            baseURL: baseURL,
            model: kind == .anthropic ? "claude-3-5-haiku-latest" : "gpt-4o-mini",
            apiKeyVariable: Self.keyVariable,
            limits: ProviderLimits(maxConcurrency: 2, maxRetries: maxRetries, timeoutSeconds: timeoutSeconds),
            maxOutputTokens: 64
        )
        let keys = APIKeyResolver(environment: [Self.keyVariable: "llmock-dummy-key-0123456789"])
        // Short backoffs keep the suite quick; Retry-After waits are the server's to choose.
        let policy = ProviderPolicy(
            maxConcurrency: 2,
            maxRetries: maxRetries,
            backoffBase: .milliseconds(60),
            backoffCap: .milliseconds(400),
            circuitFailureThreshold: 20
        )
        let client = ProviderClient(configuration: configuration, http: http, keys: keys, policy: policy)
        return Harness(control: control, client: client, streamer: ChatStreamer(client: client, http: http, keys: keys))
    }

    /// A one-line request; a distinct `topic` gives a distinct body, so llmock counts it as its own call.
    func question(_ topic: String) -> ChatRequest {
        ChatRequest(system: "Answer in one short sentence.", messages: [.user("Say something about \(topic).")], maxOutputTokens: 64)
    }

    /// llmock's verdict, required to find no error.
    func expectPassingVerdict(_ control: LLMockControl, calls: Int, attempts: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws -> LLMockVerdict {
        let verdict = try await control.verdict()
        print("llmock verdict: \(verdict.json)")
        #expect(verdict.passed, "llmock found errors: \(verdict.json)", sourceLocation: sourceLocation)
        #expect(verdict.errors == 0, "\(verdict.json)", sourceLocation: sourceLocation)
        #expect(verdict.calls == calls, "\(verdict.json)", sourceLocation: sourceLocation)
        #expect(verdict.attempts == attempts, "\(verdict.json)", sourceLocation: sourceLocation)
        return verdict
    }

    /// The provider error behind a policy's give-up, or the error itself.
    func providerError(_ error: any Error) -> ProviderError? {
        if let error = error as? ProviderPolicyError { return error.underlyingError as? ProviderError }
        return error as? ProviderError
    }

    @Test("a 429 is retried after its Retry-After, and the call succeeds", arguments: [ProviderKind.openai, .anthropic])
    func rateLimitIsWaitedOut(kind: ProviderKind) async throws {
        let harness = try await harness(kind)
        try await harness.control.queue(#"{"type": "fail", "status": 429, "retry_after": 0.25}"#)

        let reply = try await harness.client.chat(question("rain"))

        #expect(!reply.text.isEmpty)
        #expect(reply.finishReason == .complete)
        let verdict = try await expectPassingVerdict(harness.control, calls: 1, attempts: 2)
        #expect(verdict.faultsInjected == 1)
        #expect(!verdict.codes.contains("retry_after_ignored"))
    }

    @Test("500s are retried with backoff until the call succeeds, and reported as server errors once retries run out", arguments: [ProviderKind.openai, .anthropic])
    func serverErrorsAreRetried(kind: ProviderKind) async throws {
        let harness = try await harness(kind, maxRetries: 2)
        try await harness.control.queue(#"{"type": "fail", "status": 500, "times": 2}"#)
        let reply = try await harness.client.chat(question("rivers"))
        #expect(!reply.text.isEmpty)

        try await harness.control.queue(#"{"type": "fail", "status": 500, "times": 3}"#)
        let failure = await #expect(throws: ProviderPolicyError.self) {
            try await harness.client.chat(question("mountains"))
        }
        if case let .retriesExhausted(_, attempts, _)? = failure { #expect(attempts == 3) } else { Issue.record("expected retriesExhausted, got \(String(describing: failure))") }
        guard case let .serverError(_, _, status, _, _)? = failure.flatMap(providerError) else {
            Issue.record("expected a server error behind \(String(describing: failure))")
            return
        }
        #expect(status == 500)

        let verdict = try await expectPassingVerdict(harness.control, calls: 2, attempts: 6)
        #expect(!verdict.codes.contains("gave_up"))
        #expect(!verdict.codes.contains("retry_storm"))
    }

    @Test("a 529 is read as overloaded and retried after its Retry-After", arguments: [ProviderKind.openai, .anthropic])
    func overloadIsRetried(kind: ProviderKind) async throws {
        let harness = try await harness(kind, maxRetries: 1)
        try await harness.control.queue(#"{"type": "fail", "status": 529, "retry_after": 0.1}"#)
        let reply = try await harness.client.chat(question("the sea"))
        #expect(!reply.text.isEmpty)

        try await harness.control.queue(#"{"type": "fail", "status": 529, "retry_after": 0.1, "times": 2}"#)
        let failure = await #expect(throws: ProviderPolicyError.self) {
            try await harness.client.chat(question("the desert"))
        }
        guard case let .serverError(_, _, status, retryAfter, _)? = failure.flatMap(providerError) else {
            Issue.record("expected a server error behind \(String(describing: failure))")
            return
        }
        #expect(status == 529)
        #expect(retryAfter == .milliseconds(100))
        #expect(failure.map { "\($0)" }?.contains("is overloaded") == true)

        let verdict = try await expectPassingVerdict(harness.control, calls: 2, attempts: 4)
        #expect(!verdict.codes.contains("retry_after_ignored"))
    }

    @Test("a reply slower than the timeout fails as a timeout, and is retried until one comes in time", arguments: [ProviderKind.openai, .anthropic])
    func slowReplyTimesOut(kind: ProviderKind) async throws {
        // The adapters' shortest time limit is one second; llmock holds the reply longer.
        let harness = try await harness(kind, timeoutSeconds: 1)
        try await harness.control.queue(#"{"type": "delay", "seconds": 1.3}"#)
        await #expect {
            _ = try await harness.client.attempt(.chat(question("clocks")))
        } throws: { error in
            guard case .transport(_, .timedOut)? = error as? ProviderError else { return false }
            return true
        }

        try await harness.control.queue(#"{"type": "delay", "seconds": 1.3}"#)
        let reply = try await harness.client.chat(question("calendars"))
        #expect(!reply.text.isEmpty)

        // llmock records a held reply as answered when it finally sends it into the closed
        // connection, so each slow attempt and its retry count as separate, successful calls.
        let verdict = try await harness.control.verdict()
        print("llmock verdict: \(verdict.json)")
        #expect(verdict.passed, "\(verdict.json)")
        #expect(verdict.errors == 0, "\(verdict.json)")
        #expect(verdict.attempts == 3, "\(verdict.json)")
    }

    @Test("a stream whose connection drops part-way is retried, never passed on half-read", arguments: [ProviderKind.openai, .anthropic])
    func droppedStreamIsRetried(kind: ProviderKind) async throws {
        let harness = try await harness(kind)
        try await harness.control.queue(#"{"type": "stream_fault", "kind": "disconnect", "after_chunks": 2}"#)

        let reply = try await harness.streamer.chat(question("bridges"))

        #expect(!reply.text.isEmpty)
        #expect(reply.finishReason == .complete)
        let verdict = try await expectPassingVerdict(harness.control, calls: 1, attempts: 2)
        #expect(verdict.faultsInjected == 1)
    }

    @Test("a stream that ends cleanly before its finish event is retried, not accepted", arguments: [ProviderKind.openai, .anthropic])
    func truncatedStreamIsRetried(kind: ProviderKind) async throws {
        let harness = try await harness(kind)
        try await harness.control.queue(#"{"type": "stream_fault", "kind": "truncate", "after_chunks": 3}"#)
        await #expect {
            _ = try await harness.streamer.attempt(question("tunnels"))
        } throws: { error in
            guard case .transport(_, .transferFailed)? = error as? ProviderError else { return false }
            return true
        }
        // The attempt above stopped at the cut; the retry below is what a run does with it.
        try await harness.control.reset()
        try await harness.control.queue(#"{"type": "stream_fault", "kind": "truncate", "after_chunks": 3}"#)

        let reply = try await harness.streamer.chat(question("tunnels"))

        #expect(!reply.text.isEmpty)
        let verdict = try await expectPassingVerdict(harness.control, calls: 1, attempts: 2)
        #expect(!verdict.codes.contains("truncated_stream_accepted"))
    }

    @Test("a streamed answer stopped at the output limit is reported as truncated, not retried", arguments: [ProviderKind.openai, .anthropic])
    func streamAtOutputLimitIsTruncated(kind: ProviderKind) async throws {
        let harness = try await harness(kind)
        try await harness.control.queue(#"{"type": "reply", "text": "This answer stops", "finish_reason": "length"}"#)

        await #expect {
            _ = try await harness.streamer.chat(question("limits"))
        } throws: { error in
            guard case .truncatedOutput(_, 64, _)? = error as? ProviderError else { return false }
            return true
        }
        _ = try await expectPassingVerdict(harness.control, calls: 1, attempts: 1)
    }

}
