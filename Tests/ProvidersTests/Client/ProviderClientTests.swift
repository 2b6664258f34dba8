import Foundation
import HTTP
@testable import Providers
import Testing
import WartaTestSupport

/// `ProviderClient` end to end: real HTTP over libcurl to a loopback server speaking each
/// provider's wire format, with the policy gate retrying as each failure advises.
@Suite struct ProviderClientTests {
    static let http = HTTPClient()

    /// A client of `kind` talking to `server`, its key the sentinel, its backoff a few milliseconds.
    static func client(_ kind: ProviderKind, server: LoopbackHTTPServer, maxRetries: Int = 3, ledger: UsageLedger = UsageLedger()) -> ProviderClient {
        var configuration = ProviderFixtures.configuration(kind, baseURL: kind == .openai ? server.url("/v1") : server.baseURL, maxRetries: maxRetries)
        configuration.limits.timeoutSeconds = 5
        return ProviderClient(
            configuration: configuration,
            http: http,
            keys: APIKeyResolver(environment: [ProviderFixtures.variable(for: kind): ProviderFixtures.sentinelKey]),
            ledger: ledger,
            policy: ProviderPolicy(maxConcurrency: 4, maxRetries: maxRetries, backoffBase: .milliseconds(1), backoffCap: .milliseconds(5))
        )
    }

    /// The error `body` throws.
    static func failure(_ body: () async throws -> ProviderReply) async -> (any Error)? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error
        }
    }

    @Test func openAIChatRoundTrip() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(ProviderFixtures.openAICompletion("Bandung.")) }
            let ledger = UsageLedger()
            let reply = try await Self.client(.openai, server: server, ledger: ledger).send(ProviderFixtures.chat)
            #expect(reply.text == "Bandung.")
            let request = try #require(server.requests.first)
            #expect(request.method == "POST")
            #expect(request.path == "/v1/chat/completions")
            #expect(request.header("Authorization") == "Bearer \(ProviderFixtures.sentinelKey)")
            #expect(request.bodyText.contains(#""model":"gpt-4o-mini""#))
            #expect(ledger.total(for: "openai") == Usage(inputTokens: 21, outputTokens: 5, requests: 1))
        }
    }

    @Test func aRejectedKeyStopsTheProviderForTheRestOfTheRun() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(ProviderFixtures.openAIError("Incorrect API key provided: \(ProviderFixtures.sentinelKey).", type: "invalid_request_error", code: "invalid_api_key"), status: 401) }
            let client = Self.client(.openai, server: server)
            let first = try #require(await Self.failure { try await client.send(ProviderFixtures.chat) })
            guard case let .providerStopped(_, cause)? = first as? ProviderPolicyError, case .keyRejected? = cause as? ProviderError else {
                Issue.record("\(first)")
                return
            }
            #expect("\(first)".contains("the key in $OPENAI_API_KEY was rejected by openai (127.0.0.1:\(server.port))"))
            #expect(!"\(first)".contains(ProviderFixtures.sentinelKey))
            _ = await Self.failure { try await client.send(ProviderFixtures.chat) }
            #expect(server.requestCount == 1)
        }
    }

    @Test func aRateLimitIsWaitedOutAsTheProviderAsks() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.enqueue(.json(ProviderFixtures.anthropicError("Number of request tokens has exceeded your per-minute rate limit", type: "rate_limit_error"), status: 429, headers: [("Retry-After", "1")]))
            server.handler = { _ in .json(ProviderFixtures.anthropicMessage("Bandung.")) }
            let reply = try await Self.client(.anthropic, server: server).send(ProviderFixtures.chat)
            #expect(reply.text == "Bandung.")
            #expect(server.requests.map(\.path) == ["/v1/messages", "/v1/messages"])
            #expect(server.requests.allSatisfy { $0.header("x-api-key") == ProviderFixtures.sentinelKey && $0.header("anthropic-version") == "2023-06-01" })
        }
    }

    @Test func anExhaustedDeepLQuotaIsNeverRetried() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(#"{"message": "Quota Exceeded"}"#, status: 456) }
            let error = try #require(await Self.failure { try await Self.client(.deepl, server: server).translate(TranslationRequest(texts: ["halo"], targetLanguage: "EN-GB")) })
            guard case let .providerStopped(_, cause)? = error as? ProviderPolicyError, case .quotaExhausted? = cause as? ProviderError else {
                Issue.record("\(error)")
                return
            }
            #expect(server.requestCount == 1)
        }
    }

    @Test func anOverloadedAnthropicIsTriedAgain() async throws {
        try await LoopbackHTTPServer.withServer { server in
            let overloaded = ScriptedReply.json(ProviderFixtures.anthropicError("Overloaded", type: "overloaded_error"), status: 529)
            server.enqueue(contentsOf: [overloaded, overloaded])
            server.handler = { _ in .json(ProviderFixtures.anthropicMessage("Bandung.")) }
            let reply = try await Self.client(.anthropic, server: server).send(ProviderFixtures.chat)
            #expect(reply.text == "Bandung.")
            #expect(server.requestCount == 3)
        }
    }

    @Test func aMalformedReplyIsRetriedABoundedNumberOfTimesThenReported() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(#"{"choices": [{"message": {"content": "Band"#) }
            let error = try #require(await Self.failure { try await Self.client(.openai, server: server, maxRetries: 2).send(ProviderFixtures.chat) })
            guard case let .retriesExhausted(_, attempts, last)? = error as? ProviderPolicyError, case let .malformedReply(_, _, 200, _, excerpt)? = last as? ProviderError else {
                Issue.record("\(error)")
                return
            }
            #expect(attempts == 3)
            #expect(excerpt == #"{"choices": [{"message": {"content": "Band"#)
            #expect(server.requestCount == 3)
        }
    }

    @Test func aMalformedReplyThenAGoodOneSucceeds() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.enqueue(.text("upstream connect error or disconnect/reset before headers"))
            server.handler = { _ in .json(ProviderFixtures.openAICompletion("Bandung.")) }
            let reply = try await Self.client(.openai, server: server).send(ProviderFixtures.chat)
            #expect(reply.text == "Bandung.")
            #expect(server.requestCount == 2)
        }
    }

    @Test func outputCutAtTheLengthLimitIsReportedAndStillCounted() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(ProviderFixtures.openAICompletion("Ban", finishReason: "length", completionTokens: 256)) }
            let ledger = UsageLedger()
            let error = try #require(await Self.failure { try await Self.client(.openai, server: server, ledger: ledger).send(ProviderFixtures.chat) })
            #expect(error as? ProviderError == .truncatedOutput(provider: "openai", limit: 256, usage: Usage(inputTokens: 21, outputTokens: 256, requests: 1)))
            #expect(ledger.total(for: "openai").outputTokens == 256)
            #expect(server.requestCount == 1)
        }
    }

    @Test func aBadRequestIsThrownAtOnceWithTheProvidersMessage() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(ProviderFixtures.openAIError("Invalid value for 'temperature'.", type: "invalid_request_error", code: nil), status: 400) }
            let error = try #require(await Self.failure { try await Self.client(.openai, server: server).send(ProviderFixtures.chat) })
            guard case let .badRequest(_, _, 400, message)? = error as? ProviderError else { Issue.record("\(error)"); return }
            #expect(message == "Invalid value for 'temperature'.")
            #expect(server.requestCount == 1)
        }
    }

    @Test func aResetConnectionIsTriedAgain() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.enqueue(.reset)
            server.handler = { _ in .json(#"{"translatedText": ["Rain.", "Closed."]}"#) }
            let reply = try await Self.client(.libretranslate, server: server).send(ProviderFixtures.translation)
            #expect(reply.texts == ["Rain.", "Closed."])
            #expect(server.requestCount == 2)
        }
    }

    @Test func aReplySlowerThanTheTimeoutFailsAsATransportError() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .stall }
            var configuration = ProviderFixtures.configuration(.libretranslate, baseURL: server.baseURL, keyed: false, maxRetries: 0)
            configuration.limits.timeoutSeconds = 1
            let client = ProviderClient(configuration: configuration, http: Self.http, policy: ProviderPolicy(maxRetries: 0))
            let error = try #require(await Self.failure { try await client.send(ProviderFixtures.translation) })
            guard case let .retriesExhausted(_, _, last)? = error as? ProviderPolicyError, case .transport(_, .timedOut)? = last as? ProviderError else {
                Issue.record("\(error)")
                return
            }
        }
    }

    @Test func deepLTranslationsAreSplitIntoRequestsOfFiftyAndReassembledInOrder() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { request in
                let body = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any]
                let texts = body?["text"] as? [String] ?? []
                let translations = texts.map { ["text": "EN " + $0, "billed_characters": $0.count] as [String: Any] }
                let data = try! JSONSerialization.data(withJSONObject: ["translations": translations])
                return .json(String(decoding: data, as: UTF8.self))
            }
            let texts = (1...120).map { "kalimat \($0)" }
            let reply = try await Self.client(.deepl, server: server).translate(TranslationRequest(texts: texts, sourceLanguage: "id", targetLanguage: "en-gb"))
            #expect(reply.texts == texts.map { "EN " + $0 })
            #expect(reply.usage == Usage(characters: texts.reduce(0) { $0 + $1.count }, requests: 3))
            #expect(server.requests.map(\.path) == Array(repeating: "/v2/translate", count: 3))
            #expect(server.requests.allSatisfy { $0.header("Authorization") == "DeepL-Auth-Key \(ProviderFixtures.sentinelKey)" && $0.bodyText.contains(#""target_lang":"EN-GB""#) })
        }
    }

    @Test func googleReceivesTheKeyInTheQueryAndTextsAsAList() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(#"{"data": {"translations": [{"translatedText": "Rain."}, {"translatedText": "Closed."}]}}"#) }
            let reply = try await Self.client(.google, server: server).send(ProviderFixtures.translation)
            #expect(reply.texts == ["Rain.", "Closed."])
            let request = try #require(server.requests.first)
            #expect(request.path == "/language/translate/v2?key=\(ProviderFixtures.sentinelKey)")
            #expect(request.bodyText.contains(#""q":["Hujan turun sejak pagi.","Jalan ditutup sementara."]"#))
            #expect(request.bodyText.contains(#""format":"text""#))
        }
    }

    @Test func plainHTTPToAnotherMachineIsRefusedBeforeAnythingIsSent() async throws {
        let configuration = ProviderFixtures.configuration(.libretranslate, baseURL: URL(string: "http://192.0.2.1:5000")!, keyed: false)
        let client = ProviderClient(configuration: configuration, http: Self.http)
        await #expect(throws: ProviderError.insecureEndpoint(provider: "libretranslate", host: "192.0.2.1:5000")) {
            try await client.attempt(ProviderFixtures.translation)
        }
    }
}
