import Foundation
import HTTP
@testable import Providers
import Testing

@Suite struct OpenAIChatAdapterTests {
    let adapter = OpenAIChatAdapter(configuration: ProviderFixtures.configuration(.openai))

    @Test func postsChatMessagesWithModelLimitAndBearerKey() throws {
        let request = try adapter.makeRequest(for: ProviderFixtures.chat, key: ProviderFixtures.key)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://api.openai.com/v1/chat/completions")
        #expect(ProviderFixtures.header("Authorization", of: request) == "Bearer \(ProviderFixtures.sentinelKey)")
        #expect(ProviderFixtures.header("Content-Type", of: request) == "application/json")
        let body = try ProviderFixtures.body(of: request)
        #expect(body["model"] as? String == "gpt-4o-mini")
        #expect(body["max_tokens"] as? Int == 256)
        #expect(body["temperature"] as? Double == 0.2)
        let messages = try #require(body["messages"] as? [[String: String]])
        #expect(messages == [["role": "system", "content": "Jawab singkat."], ["role": "user", "content": "Apa ibu kota Jawa Barat?"]])
        #expect(request.timeouts.total == .seconds(10))
    }

    @Test func sendsNoAuthorizationToAServerWithoutKey() throws {
        let local = OpenAIChatAdapter(configuration: ProviderFixtures.configuration(.openai, baseURL: URL(string: "http://127.0.0.1:11434/v1/")!, keyed: false))
        let request = try local.makeRequest(for: ProviderFixtures.chat, key: nil)
        #expect(request.url.absoluteString == "http://127.0.0.1:11434/v1/chat/completions")
        #expect(ProviderFixtures.header("Authorization", of: request) == nil)
    }

    @Test func requestLimitsOverrideTheConfiguredOnes() throws {
        let task = ProviderTask.chat(ChatRequest(messages: [.user("halo")], maxOutputTokens: 1, temperature: 0))
        let body = try ProviderFixtures.body(of: adapter.makeRequest(for: task, key: ProviderFixtures.key))
        #expect(body["max_tokens"] as? Int == 1)
        #expect(body["temperature"] as? Double == 0)
    }

    @Test func theOutputLimitGoesUnderTheConfiguredParameter() throws {
        var configuration = ProviderFixtures.configuration(.openai)
        configuration.maxTokensParameter = "max_completion_tokens"
        let body = try ProviderFixtures.body(of: OpenAIChatAdapter(configuration: configuration).makeRequest(for: ProviderFixtures.chat, key: nil))
        #expect(body["max_completion_tokens"] as? Int == 256)
        #expect(body["max_tokens"] == nil)
    }

    @Test func refusesTranslationTasks() {
        #expect(throws: ProviderError.unsupportedTask(provider: "openai", kind: .openai, task: "translate a list of texts")) {
            try adapter.makeRequest(for: ProviderFixtures.translation, key: ProviderFixtures.key)
        }
    }

    @Test func readsTextUsageModelAndFinish() throws {
        let reply = try adapter.parseReply(ProviderFixtures.response(200, ProviderFixtures.openAICompletion("Bandung.")), to: ProviderFixtures.chat, key: nil)
        #expect(reply.text == "Bandung.")
        #expect(reply.usage == Usage(inputTokens: 21, outputTokens: 5, requests: 1))
        #expect(reply.finishReason == .complete)
        #expect(reply.model == "gpt-4o-mini-2024-07-18")
    }

    @Test func detectsOutputCutAtTheLengthLimit() throws {
        let reply = try adapter.parseReply(ProviderFixtures.response(200, ProviderFixtures.openAICompletion("Band", finishReason: "length")), to: ProviderFixtures.chat, key: nil)
        #expect(reply.finishReason == .truncated)
    }

    @Test func namesTheVariableOfARejectedKey() throws {
        let body = ProviderFixtures.openAIError("Incorrect API key provided: sk-SENT************************T-ME.", type: "invalid_request_error", code: "invalid_api_key")
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(401, body), to: ProviderFixtures.chat, key: ProviderFixtures.key)
        }
        #expect(error.description.hasPrefix("the key in $OPENAI_API_KEY was rejected by openai (api.openai.com): HTTP 401"))
        #expect(!error.description.contains("****"))
        #expect(error.retryAdvice == .stopProvider)
    }

    @Test func insufficientQuotaStopsTheProviderInsteadOfWaiting() throws {
        let body = ProviderFixtures.openAIError("You exceeded your current quota, please check your plan and billing details.", type: "insufficient_quota", code: "insufficient_quota")
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(429, body), to: ProviderFixtures.chat, key: nil)
        }
        guard case .quotaExhausted(_, _, 429, let message) = error else { Issue.record("\(error)"); return }
        #expect(message?.contains("exceeded your current quota") == true)
        #expect(error.retryAdvice == .stopProvider)
    }

    @Test func rateLimitWaitsTheMillisecondsAsked() throws {
        let body = ProviderFixtures.openAIError("Rate limit reached for requests", type: "requests", code: "rate_limit_exceeded")
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(429, body, headers: [("retry-after-ms", "250")]), to: ProviderFixtures.chat, key: nil)
        }
        #expect(error.retryAdvice == .after(.milliseconds(250)))
    }

    @Test func serverErrorsAreRetriedAfterBackoff() throws {
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(502, "<html><body>Bad gateway</body></html>"), to: ProviderFixtures.chat, key: nil)
        }
        #expect(error == .serverError(provider: "openai", host: "api.openai.com", status: 502, retryAfter: nil, message: "<html><body>Bad gateway</body></html>"))
        #expect(error.retryAdvice == .afterBackoff)
    }

    @Test func badRequestShowsTheProvidersMessageAndIsNotRetried() throws {
        let body = ProviderFixtures.openAIError("The model `gpt-9` does not exist or you do not have access to it.", type: "invalid_request_error", code: "model_not_found")
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(404, body), to: ProviderFixtures.chat, key: nil)
        }
        #expect(error.description.contains("The model `gpt-9` does not exist"))
        #expect(error.retryAdvice == .never)
    }

    @Test func nonJSONSuccessIsMalformedWithAShortExcerpt() throws {
        let page = "<!DOCTYPE html><html>" + String(repeating: "captive portal ", count: 40) + "</html>"
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(200, page), to: ProviderFixtures.chat, key: nil)
        }
        guard case let .malformedReply(_, _, 200, reason, excerpt) = error else { Issue.record("\(error)"); return }
        #expect(reason == "not JSON")
        #expect(excerpt.count <= 200)
        #expect(excerpt.hasPrefix("<!DOCTYPE html>"))
        #expect(error.retryAdvice == .afterBackoff)
    }

    @Test func missingChoicesAreMalformed() throws {
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(200, #"{"id": "x", "object": "chat.completion"}"#), to: ProviderFixtures.chat, key: nil)
        }
        guard case let .malformedReply(_, _, _, reason, _) = error else { Issue.record("\(error)"); return }
        #expect(reason == "no field 'choices'")
    }

    @Test func anErrorInsideASuccessIsClassifiedByItsCode() throws {
        // Some compatible gateways answer 200 with an error object.
        let body = #"{"error": {"message": "Provider returned error", "code": 429}}"#
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(200, body), to: ProviderFixtures.chat, key: nil)
        }
        guard case .rateLimited = error else { Issue.record("\(error)"); return }
    }
}
