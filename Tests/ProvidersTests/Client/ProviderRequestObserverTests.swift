import Foundation
import HTTP
@testable import Providers
import Testing
import WartaTestSupport

/// Every request a client sends reaches its observer once, answered or not, and never with the key.
@Suite struct ProviderRequestObserverTests {
    /// Collects records from the client's tasks.
    final class Records: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [ProviderRequestRecord] = []
        func append(_ record: ProviderRequestRecord) { lock.withLock { stored.append(record) } }
        var all: [ProviderRequestRecord] { lock.withLock { stored } }
    }

    static func client(server: LoopbackHTTPServer, records: Records, keepsBodies: Bool) -> ProviderClient {
        var configuration = ProviderFixtures.configuration(.openai, baseURL: server.url("/v1"), maxRetries: 2)
        configuration.limits.timeoutSeconds = 5
        configuration.prices = ProviderPrices(inputPerMillionTokens: 1_000_000, outputPerMillionTokens: 2_000_000)
        return ProviderClient(
            configuration: configuration,
            http: ProviderClientTests.http,
            keys: APIKeyResolver(environment: [ProviderFixtures.variable(for: .openai): ProviderFixtures.sentinelKey]),
            policy: ProviderPolicy(maxConcurrency: 2, maxRetries: 2, backoffBase: .milliseconds(1), backoffCap: .milliseconds(5)),
            observer: ProviderRequestObserver(keepsBodies: keepsBodies) { records.append($0) }
        )
    }

    @Test func recordsTheFailedAttemptAndTheAnsweredOne() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.enqueue(.json(ProviderFixtures.openAIError("overloaded", type: "server_error", code: nil), status: 503))
            server.handler = { _ in .json(ProviderFixtures.openAICompletion("Bandung.")) }
            let records = Records()
            _ = try await Self.client(server: server, records: records, keepsBodies: false).send(ProviderFixtures.chat)
            let all = records.all
            #expect(all.map(\.status) == [503, 200])
            #expect(all.map(\.outcome) == ["server error", "ok"])
            #expect(all[1].usage.inputTokens == 21 && all[1].usage.outputTokens == 5)
            #expect(abs((all[1].cost ?? 0) - 31) < 1e-9)
            #expect(all.allSatisfy { $0.provider == "openai" && $0.requestBody == nil && $0.latency >= 0 })
        }
    }

    @Test func keptBodiesNeverHoldTheKey() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(ProviderFixtures.openAICompletion("Key was \(ProviderFixtures.sentinelKey).")) }
            let records = Records()
            _ = try await Self.client(server: server, records: records, keepsBodies: true).send(ProviderFixtures.chat)
            let record = try #require(records.all.first)
            #expect(record.requestBody?.contains("gpt-4o-mini") == true)
            #expect(record.responseBody?.contains("[redacted]") == true)
            #expect(record.responseBody?.contains(ProviderFixtures.sentinelKey) == false)
        }
    }
}
