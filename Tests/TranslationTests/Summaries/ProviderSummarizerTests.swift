import Foundation
import Providers
import Testing
@testable import Translation
import WartaTestSupport

@Suite struct ProviderSummarizerTests {
    static let paragraphs = [
        "Banjir setinggi 80 sentimeter merendam 320 rumah di Bekasi Timur pada Senin pagi.",
        "Pemerintah kota membuka tiga posko pengungsian untuk 1.250 warga.",
        "Hujan deras diperkirakan turun hingga Kamis.",
    ]

    static func summarizer(_ server: LoopbackHTTPServer, minimum: Int = 3, maximum: Int = 5) throws -> ProviderSummarizer {
        let template = try PromptLibrary(directory: SharedData.repositoryRoot.appendingPathComponent("Prompts").path).summary()
        return ProviderSummarizer(client: TranslatorFixtures.client(.openai, server: server), template: template, minimumBullets: minimum, maximumBullets: maximum)
    }

    @Test func bulletsAreReadFromTheJSONReply() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in ProviderReplies.openAICompletion(#"```json{"bullets": ["- Banjir merendam 320 rumah.", "Tiga posko dibuka.", "Hujan turun hingga Kamis."]}```"#) }
            let summary = try await Self.summarizer(server).summarize(title: "Banjir di Bekasi", paragraphs: Self.paragraphs)
            #expect(summary.bullets == ["Banjir merendam 320 rumah.", "Tiga posko dibuka.", "Hujan turun hingga Kamis."])
            #expect(summary.provider == "openai")
            #expect(summary.requests == 1)
            let messages = ProviderReplies.chatMessages(of: try #require(server.requests.first))
            #expect(messages.first { $0.role == "user" }?.content.contains("Title: Banjir di Bekasi") == true)
            #expect(messages.first { $0.role == "user" }?.content.contains(Self.paragraphs[1]) == true)
            #expect(messages.first { $0.role == "system" }?.content.contains("between 3\nand 5 bullets") == true)
        }
    }

    @Test func tooFewBulletsGetOneCorrectiveRetry() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { request in
                ProviderReplies.isCorrection(request)
                    ? ProviderReplies.openAICompletion(#"{"bullets": ["Satu.", "Dua.", "Tiga."]}"#)
                    : ProviderReplies.openAICompletion(#"{"bullets": ["Satu."]}"#)
            }
            let summary = try await Self.summarizer(server).summarize(title: nil, paragraphs: Self.paragraphs)
            #expect(summary.bullets.count == 3)
            #expect(summary.requests == 2)
            #expect(ProviderReplies.chatMessages(of: server.requests[1]).last?.content.contains("it has 1 bullet, not between 3 and 5") == true)
        }
    }

    @Test func aSecondUnusableReplyIsAnErrorNamingTheProblem() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in ProviderReplies.openAICompletion(#"{"bullets": ["Satu.", "", "Tiga."]}"#) }
            do {
                _ = try await Self.summarizer(server).summarize(title: nil, paragraphs: Self.paragraphs)
                Issue.record("an empty bullet was accepted")
            } catch {
                #expect("\(error)".contains("a bullet is empty"))
            }
            #expect(server.requestCount == 2)
        }
    }
}
