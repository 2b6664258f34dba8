import Foundation
import HTTP
@testable import Providers
import Testing
import WartaTestSupport

@Suite struct ProviderCheckTests {
    @Test func languageModelsGetAOneTokenChatAndTranslatorsHalo() {
        guard case let .chat(chat) = ProviderCheck.probeTask(for: .anthropic) else { Issue.record("not a chat"); return }
        #expect(chat.maxOutputTokens == 1)
        guard case let .translation(translation) = ProviderCheck.probeTask(for: .deepl) else { Issue.record("not a translation"); return }
        #expect(translation.texts == ["halo"])
        #expect(translation.targetLanguage == "EN-US")
    }

    @Test func aWorkingKeyPassesEvenWhenTheOneTokenReplyIsCut() async {
        await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(ProviderFixtures.openAICompletion("ok", finishReason: "length", completionTokens: 1)) }
            let check = await ProviderCheck.run(ProviderClientTests.client(.openai, server: server))
            #expect(check.succeeded)
            #expect(check.latency != nil)
            #expect(check.reply?.model == "gpt-4o-mini-2024-07-18")
            #expect(server.requests.first?.bodyText.contains(#""max_tokens":1"#) == true)
        }
    }

    @Test func aRejectedKeyFailsAfterOneRequest() async {
        await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(#"{"message": "Authorization failed. Please supply a valid auth_key parameter."}"#, status: 403) }
            let check = await ProviderCheck.run(ProviderClientTests.client(.deepl, server: server))
            #expect(!check.succeeded)
            guard case .keyRejected? = check.error else { Issue.record("\(String(describing: check.error))"); return }
            #expect(server.requestCount == 1)
        }
    }

    @Test func aRateLimitStillShowsTheKeyWorks() async {
        await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(#"{"error": "Slowdown: 30 per 1 minute"}"#, status: 429) }
            var configuration = ProviderFixtures.configuration(.libretranslate, baseURL: server.baseURL, keyed: false)
            configuration.limits.timeoutSeconds = 5
            let check = await ProviderCheck.run(ProviderClient(configuration: configuration, http: ProviderClientTests.http))
            #expect(check.succeeded)
        }
    }

    @Test func anUnsetKeySendsNothing() async {
        await LoopbackHTTPServer.withServer { server in
            let configuration = ProviderFixtures.configuration(.anthropic, baseURL: server.baseURL)
            let client = ProviderClient(configuration: configuration, http: ProviderClientTests.http, keys: APIKeyResolver(environment: [:]))
            let check = await ProviderCheck.run(client)
            #expect(check.error == .missingAPIKey(provider: "anthropic", variable: "ANTHROPIC_API_KEY"))
            #expect(check.latency == nil)
            #expect(server.requestCount == 0)
        }
    }
}
