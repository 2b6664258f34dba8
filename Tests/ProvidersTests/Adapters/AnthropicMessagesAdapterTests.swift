import Foundation
import HTTP
@testable import Providers
import Testing

@Suite struct AnthropicMessagesAdapterTests {
    let adapter = AnthropicMessagesAdapter(configuration: ProviderFixtures.configuration(.anthropic))

    @Test func postsMessagesWithKeyVersionAndRequiredMaxTokens() throws {
        let request = try adapter.makeRequest(for: ProviderFixtures.chat, key: ProviderFixtures.key)
        #expect(request.url.absoluteString == "https://api.anthropic.com/v1/messages")
        #expect(ProviderFixtures.header("x-api-key", of: request) == ProviderFixtures.sentinelKey)
        #expect(ProviderFixtures.header("anthropic-version", of: request) == "2023-06-01")
        #expect(ProviderFixtures.header("Authorization", of: request) == nil)
        let body = try ProviderFixtures.body(of: request)
        #expect(body["max_tokens"] as? Int == 256)
        #expect(body["system"] as? String == "Jawab singkat.")
        #expect(body["model"] as? String == "claude-3-5-haiku-latest")
        #expect(body["messages"] as? [[String: String]] == [["role": "user", "content": "Apa ibu kota Jawa Barat?"]])
    }

    @Test func needsAKey() {
        #expect(throws: ProviderError.missingAPIKey(provider: "anthropic", variable: "ANTHROPIC_API_KEY")) {
            try adapter.makeRequest(for: ProviderFixtures.chat, key: nil)
        }
    }

    @Test func joinsTextBlocksAndReadsUsage() throws {
        let body = """
            {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-3-5-haiku-20241022",
             "content": [{"type": "text", "text": "Ibu kotanya "}, {"type": "text", "text": "Bandung."}],
             "stop_reason": "end_turn", "usage": {"input_tokens": 30, "output_tokens": 7}}
            """
        let reply = try adapter.parseReply(ProviderFixtures.response(200, body), to: ProviderFixtures.chat, key: nil)
        #expect(reply.text == "Ibu kotanya Bandung.")
        #expect(reply.usage == Usage(inputTokens: 30, outputTokens: 7, requests: 1))
        #expect(reply.finishReason == .complete)
    }

    @Test func detectsOutputCutAtMaxTokens() throws {
        let reply = try adapter.parseReply(ProviderFixtures.response(200, ProviderFixtures.anthropicMessage("Ibu", stopReason: "max_tokens")), to: ProviderFixtures.chat, key: nil)
        #expect(reply.finishReason == .truncated)
    }

    @Test func overloadedIsRetried() throws {
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(529, ProviderFixtures.anthropicError("Overloaded", type: "overloaded_error")), to: ProviderFixtures.chat, key: nil)
        }
        #expect(error.description == "anthropic (api.anthropic.com) is overloaded: HTTP 529: Overloaded")
        #expect(error.retryAdvice == .afterBackoff)
    }

    @Test func creditAndSpendLimitsStopTheProvider() throws {
        let replies = [
            ProviderFixtures.response(400, ProviderFixtures.anthropicError("Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.", type: "invalid_request_error")),
            ProviderFixtures.response(400, ProviderFixtures.anthropicError("You have reached your specified workspace API usage limits.", type: "invalid_request_error")),
            ProviderFixtures.response(402, ProviderFixtures.anthropicError("Payment required", type: "billing_error")),
        ]
        for response in replies {
            let error = try #require(throws: ProviderError.self) { try adapter.parseReply(response, to: ProviderFixtures.chat, key: nil) }
            guard case .quotaExhausted = error else { Issue.record("\(error)"); continue }
            #expect(error.retryAdvice == .stopProvider)
        }
    }

    @Test func rejectedKeyNamesItsVariable() throws {
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(401, ProviderFixtures.anthropicError("invalid x-api-key", type: "authentication_error")), to: ProviderFixtures.chat, key: ProviderFixtures.key)
        }
        #expect(error.description.hasPrefix("the key in $ANTHROPIC_API_KEY was rejected by anthropic (api.anthropic.com)"))
    }

    @Test func rateLimitHonoursRetryAfterSeconds() throws {
        let error = try #require(throws: ProviderError.self) {
            try adapter.parseReply(ProviderFixtures.response(429, ProviderFixtures.anthropicError("Number of requests has exceeded your rate limit", type: "rate_limit_error"), headers: [("retry-after", "7")]), to: ProviderFixtures.chat, key: nil)
        }
        #expect(error.retryAdvice == .after(.seconds(7)))
    }
}
