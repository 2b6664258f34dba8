import Foundation
import HTTP
import Providers
import Storage
import Testing
@testable import Translation
import WartaTestSupport

/// A short flood report written for these tests, with its English, and the scripted providers
/// that translate it well or badly.
enum FloodReport {
    static let title = SourceBlock(id: .title, kind: .title, text: "Banjir merendam ratusan rumah di Bekasi")
    static let first = SourceBlock(id: .paragraph(1), kind: .paragraph, text: "Banjir setinggi 80 sentimeter merendam 320 rumah di Kecamatan Bekasi Timur pada Senin pagi, kata Badan Penanggulangan Bencana Daerah.")
    static let second = SourceBlock(id: .paragraph(2), kind: .paragraph, text: "Wali Kota Tri Adhianto mengatakan pemerintah telah membuka tiga posko pengungsian untuk 1.250 warga yang terdampak.")
    static let third = SourceBlock(id: .paragraph(3), kind: .paragraph, text: "Hujan deras diperkirakan masih akan turun hingga Kamis, menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG).")
    static let english = SourceBlock(id: .paragraph(4), kind: .paragraph, text: "The mayor thanked the volunteers for their help during the night and said that the schools would reopen on Wednesday.")

    /// The Indonesian blocks, in order.
    static let indonesian = [title, first, second, third]

    /// The English of every Indonesian text above (and of the sentences of long paragraphs).
    static let translations: [String: String] = [
        title.text: "Floods submerge hundreds of homes in Bekasi",
        first.text: "Floods 80 centimetres deep submerged 320 homes in East Bekasi district on Monday morning, the Regional Disaster Management Agency said.",
        second.text: "Mayor Tri Adhianto said the government had opened three evacuation posts for the 1,250 affected residents.",
        third.text: "Heavy rain is expected to keep falling until Thursday, according to the Meteorology, Climatology and Geophysics Agency (BMKG).",
    ]

    /// The English of `text`: from the table, or a made-up English sentence for other texts.
    static func english(of text: String) -> String {
        translations[text] ?? "The text was translated into English with \(text.count) characters and it reads well."
    }

    /// A good reply to a translation prompt: every listed block under its own id.
    static func goodReply(to request: RecordedRequest) -> ScriptedReply {
        let blocks = ProviderReplies.promptBlocks(of: request)
        var object: [String: String] = [:]
        for block in blocks { object[block.id] = english(of: block.text) }
        return ProviderReplies.openAICompletion("```json\n" + ProviderReplies.jsonText(object) + "\n```")
    }

    /// A reply built from the blocks of `request` by `make`.
    static func reply(to request: RecordedRequest, _ make: ([(id: String, text: String)]) -> [String: String]) -> ScriptedReply {
        ProviderReplies.openAICompletion(ProviderReplies.jsonText(make(ProviderReplies.promptBlocks(of: request))))
    }

    /// A glossary for the report: two terms occur in it, one does not.
    static let glossary = Glossary(entries: [
        GlossaryEntry(indonesian: "Badan Penanggulangan Bencana Daerah", english: "Regional Disaster Management Agency"),
        GlossaryEntry(indonesian: "posko pengungsian", english: "evacuation shelter", note: "not 'post'"),
        GlossaryEntry(indonesian: "Kementerian Keuangan", english: "Finance Ministry"),
    ])
}

/// The pieces every translator test builds: an HTTP client, a scripted OpenAI backend, DeepL,
/// and a stand-in for the local translator.
enum TranslatorFixtures {
    static let http = HTTPClient()

    /// The real translation prompt of the repository.
    static func prompt() throws -> TranslationPrompt {
        TranslationPrompt(template: try PromptLibrary(directory: SharedData.repositoryRoot.appendingPathComponent("Prompts").path).translation())
    }

    /// A client of `kind` at `server`, retrying quickly (no retry by default).
    static func client(_ kind: ProviderKind, server: LoopbackHTTPServer, maxOutputTokens: Int = 1024, maxRetries: Int = 0, prices: ProviderPrices? = nil) -> ProviderClient {
        let configuration = ProviderConfiguration(
            name: kind == .openai ? "openai" : kind.rawValue, kind: kind,
            baseURL: kind == .openai ? server.url("/v1") : server.baseURL,
            model: kind == .openai ? "gpt-4o-mini" : nil,
            apiKeyVariable: "TEST_KEY",
            limits: ProviderLimits(maxConcurrency: 4, maxRetries: maxRetries, timeoutSeconds: 5),
            prices: prices, maxOutputTokens: maxOutputTokens, glossaryID: kind == .deepl ? "glossary-7" : nil
        )
        return ProviderClient(
            configuration: configuration, http: http, keys: APIKeyResolver(environment: ["TEST_KEY": "test-key"]),
            policy: ProviderPolicy(maxConcurrency: 4, maxRetries: maxRetries, backoffBase: .milliseconds(1), backoffCap: .milliseconds(2))
        )
    }

    /// An OpenAI backend at `server` with the real prompt.
    static func openAI(_ server: LoopbackHTTPServer, inputTokenBudget: Int = 2_000, maxOutputTokens: Int = 1024, prices: ProviderPrices? = nil) throws -> ProviderTranslationBackend {
        try ProviderTranslationBackend(client: client(.openai, server: server, maxOutputTokens: maxOutputTokens, prices: prices), prompt: prompt(), inputTokenBudget: inputTokenBudget)
    }

    /// A stand-in for the local translator answering from the fixtures' table.
    static let local = LocalTranslationBackend(lexiconVersion: "test-1") { FloodReport.english(of: $0) }

    /// A fresh translation memory in a SQLite file of a new temporary directory.
    static func memory() throws -> (TranslationMemory, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-translator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("warta.sqlite")
        return (try TranslationMemory(database: StoreDatabase.open(at: file.path)), directory)
    }
}

@Suite struct ArticleTranslatorTests {
    @Test func translatesEveryIndonesianBlockInOneRequestInInputOrder() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = FloodReport.goodReply
            let translator = ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)])
            let result = await translator.translate(FloodReport.indonesian)
            #expect(server.requestCount == 1)
            #expect(result.requests == 1)
            #expect(result.blocks.map(\.source.id) == FloodReport.indonesian.map(\.id))
            #expect(result.blocks.allSatisfy { $0.status == .translated && $0.provider == "openai" && $0.model == "gpt-4o-mini" && !$0.cached })
            #expect(result.blocks.map(\.english) == FloodReport.indonesian.map { FloodReport.translations[$0.text] })
            #expect(result.usage["openai"] == Usage(inputTokens: 100, outputTokens: 50, requests: 1))
        }
    }

    @Test func englishIsPassedThroughWithoutARequest() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = FloodReport.goodReply
            let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)]).translate([FloodReport.english])
            #expect(server.requestCount == 0)
            #expect(result.blocks.first?.status == .passedThrough)
            #expect(result.blocks.first?.english == FloodReport.english.text)
        }
    }

    @Test func aBlockInAnotherLanguageIsReportedAndNotSent() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = FloodReport.goodReply
            let german = SourceBlock(id: .paragraph(1), kind: .paragraph, text: "Der Bürgermeister dankte den Helfern für ihre Arbeit in der Nacht und sagte, dass die Schulen am Mittwoch wieder öffnen.")
            let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)]).translate([german])
            #expect(server.requestCount == 0)
            #expect(result.blocks.first?.status == .otherLanguage)
            #expect(result.blocks.first?.english == nil)
        }
    }

    @Test func theSecondRunIsAnsweredFromMemoryWithZeroRequests() async throws {
        let (memory, directory) = try TranslatorFixtures.memory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await LoopbackHTTPServer.withServer { server in
            server.handler = FloodReport.goodReply
            let translator = ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)], glossary: FloodReport.glossary, memory: memory)
            let first = await translator.translate(FloodReport.indonesian)
            #expect(first.blocks.allSatisfy { !$0.cached })
            #expect(server.requestCount == 1)

            // A new connection to the same file, as a later run would open it.
            let reopened = try TranslationMemory(database: StoreDatabase.open(at: directory.appendingPathComponent("warta.sqlite").path))
            var again = translator
            again.memory = reopened
            let second = await again.translate(FloodReport.indonesian)
            #expect(server.requestCount == 1)
            #expect(second.requests == 0)
            #expect(second.blocks.allSatisfy { $0.cached && $0.status == .translated })
            #expect(second.blocks.map(\.english) == first.blocks.map(\.english))
            #expect(second.usage.isEmpty)
        }
    }

    @Test func noCacheSendsAgainAndEditingThePromptMissesTheMemory() async throws {
        let (memory, directory) = try TranslatorFixtures.memory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await LoopbackHTTPServer.withServer { server in
            server.handler = FloodReport.goodReply
            let backend = try TranslatorFixtures.openAI(server)
            _ = await ArticleTranslator(backends: [backend], memory: memory).translate(FloodReport.indonesian)
            _ = await ArticleTranslator(backends: [backend], memory: memory, useMemory: false).translate(FloodReport.indonesian)
            #expect(server.requestCount == 2)

            let edited = try PromptTemplate(name: "translate", text: backend.prompt!.template.text + "\nKeep British spelling.")
            let editedBackend = try ProviderTranslationBackend(client: backend.client, prompt: TranslationPrompt(template: edited))
            _ = await ArticleTranslator(backends: [editedBackend], memory: memory).translate(FloodReport.indonesian)
            #expect(server.requestCount == 3)
        }
    }

    @Test func onlyTheGlossaryEntriesOccurringInTheBatchGoIntoThePromptAndMissesAreReported() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = FloodReport.goodReply
            let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)], glossary: FloodReport.glossary).translate(FloodReport.indonesian)
            let request = try #require(server.requests.first)
            let system = try #require(ProviderReplies.chatMessages(of: request).first { $0.role == "system" }?.content)
            #expect(system.contains("Badan Penanggulangan Bencana Daerah → Regional Disaster Management Agency"))
            #expect(system.contains("posko pengungsian → evacuation shelter (not 'post')"))
            #expect(!system.contains("Kementerian Keuangan"))
            // The fake provider wrote "evacuation posts": the required "evacuation shelter" is missing.
            let second = try #require(result.blocks.first { $0.source.id == .paragraph(2) })
            #expect(second.glossaryMisses == [GlossaryMiss(indonesian: "posko pengungsian", english: "evacuation shelter")])
            #expect(result.blocks.first { $0.source.id == .paragraph(1) }?.glossaryMisses == [])
        }
    }

    @Test func aLostBlockGetsACorrectiveRetryNamingIt() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { request in
                if ProviderReplies.isCorrection(request) { return FloodReport.goodReply(to: request) }
                return FloodReport.reply(to: request) { blocks in
                    var object: [String: String] = [:]
                    for block in blocks.dropLast() { object[block.id] = FloodReport.english(of: block.text) }
                    return object
                }
            }
            let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)]).translate(FloodReport.indonesian)
            #expect(server.requestCount == 2)
            let correction = try #require(ProviderReplies.chatMessages(of: server.requests[1]).last?.content)
            #expect(correction.contains("paragraph-3 are missing"))
            #expect(result.blocks.allSatisfy { $0.status == .translated })
            #expect(result.requests == 2)
        }
    }

    @Test func mergedInventedShiftedAndUnchangedRepliesAreNeverKept() async throws {
        let misbehaviours: [(String, @Sendable ([(id: String, text: String)]) -> [String: String])] = [
            ("merged into", { blocks in
                var object: [String: String] = [:]
                for block in blocks { object[block.id] = FloodReport.english(of: block.text) }
                object["paragraph-2"]! += " " + object.removeValue(forKey: "paragraph-3")!
                return object
            }),
            ("not asked for", { blocks in
                var object: [String: String] = [:]
                for block in blocks { object[block.id] = FloodReport.english(of: block.text) }
                object["paragraph-9"] = "An extra paragraph nobody asked for."
                return object
            }),
            ("do not match their own blocks", { blocks in
                var object: [String: String] = [:]
                for (index, block) in blocks.enumerated() {
                    object[block.id] = FloodReport.english(of: blocks[(index + 1) % blocks.count].text)
                }
                return object
            }),
            ("left in Indonesian", { blocks in
                var object: [String: String] = [:]
                for block in blocks { object[block.id] = block.text }
                return object
            }),
        ]
        for (expected, misbehave) in misbehaviours {
            try await LoopbackHTTPServer.withServer { server in
                server.handler = { request in
                    let blocks = ProviderReplies.promptBlocks(of: request)
                    // Only the full batch misbehaves; the smaller batches of the repair are answered well.
                    if blocks.count == FloodReport.indonesian.count { return FloodReport.reply(to: request, misbehave) }
                    return FloodReport.goodReply(to: request)
                }
                let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)]).translate(FloodReport.indonesian)
                let correction = ProviderReplies.chatMessages(of: server.requests[1]).last?.content ?? ""
                #expect(ProviderReplies.isCorrection(server.requests[1]), "\(expected)")
                #expect(correction.contains(expected), "\(correction)")
                // Request 1 and the corrective retry misbehave; the two halves are answered well.
                #expect(server.requestCount == 4, "\(expected)")
                #expect(result.blocks.map(\.english) == FloodReport.indonesian.map { FloodReport.translations[$0.text] }, "\(expected)")
            }
        }
    }

    @Test func aBlockThatNeverComesBackRightIsMarkedFailedWithTheReason() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { request in
                FloodReport.reply(to: request) { blocks in
                    var object: [String: String] = [:]
                    for block in blocks where block.id != "paragraph-2" { object[block.id] = FloodReport.english(of: block.text) }
                    return object
                }
            }
            let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)]).translate(FloodReport.indonesian)
            let failed = try #require(result.blocks.first { $0.source.id == .paragraph(2) })
            #expect(failed.status == .failed)
            #expect(failed.english == nil)
            #expect(failed.failure?.contains("paragraph-2 are missing") == true)
            #expect(result.blocks.filter { $0.status == .translated }.count == 3)
            // 4 blocks: the batch, its corrective retry, halves of 2, then single blocks of the failing half.
            #expect(server.requestCount == 6)
        }
    }

    @Test func blocksTheFirstBackendFailsOnGoToTheNext() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(#"{"error": {"message": "The model does not exist", "type": "invalid_request_error", "code": "model_not_found"}}"#, status: 404) }
            let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server), TranslatorFixtures.local]).translate(FloodReport.indonesian)
            #expect(server.requestCount == 1)
            #expect(result.blocks.allSatisfy { $0.status == .translated && $0.provider == "local" && $0.model == "test-1" })
            #expect(result.requests == 1)
        }
    }

    @Test func everyReasonIsKeptWhenNoBackendSucceeds() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .json(#"{"error": {"message": "no such model", "type": "invalid_request_error", "code": null}}"#, status: 400) }
            let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)]).translate([FloodReport.first])
            let failure = try #require(result.blocks.first?.failure)
            #expect(result.blocks.first?.status == .failed)
            #expect(failure.contains("openai") && failure.contains("HTTP 400"))
        }
    }

    @Test func aLongParagraphIsSplitAtSentencesAndRejoined() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = FloodReport.goodReply
            let long = SourceBlock(id: .paragraph(1), kind: .paragraph, text: [FloodReport.first.text, FloodReport.second.text, FloodReport.third.text].joined(separator: " "))
            // A budget smaller than the paragraph, larger than each sentence.
            let backend = try TranslatorFixtures.openAI(server, inputTokenBudget: 60)
            let result = await ArticleTranslator(backends: [backend]).translate([long])
            // The parts go in separate requests, sent concurrently, so in any order.
            let ids = server.requests.flatMap { ProviderReplies.promptBlocks(of: $0).map(\.id) }.sorted()
            #expect(ids == ["paragraph-1.1", "paragraph-1.2", "paragraph-1.3"])
            #expect(result.blocks.first?.english == [FloodReport.first, FloodReport.second, FloodReport.third].map { FloodReport.translations[$0.text]! }.joined(separator: " "))
        }
    }

    @Test func aReplyCutOffAtTheOutputLimitIsRetriedInSmallerBatches() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { request in
                if ProviderReplies.promptBlocks(of: request).count > 2 { return ProviderReplies.openAICompletion("{\"title\": \"Floods", finishReason: "length") }
                return FloodReport.goodReply(to: request)
            }
            let result = await ArticleTranslator(backends: [try TranslatorFixtures.openAI(server)]).translate(FloodReport.indonesian)
            #expect(server.requestCount == 3)
            #expect(result.blocks.allSatisfy { $0.status == .translated })
        }
    }

    @Test func deepLGetsTheTextsAndItsGlossaryID() async throws {
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { request in ProviderReplies.deepLTranslations(ProviderReplies.deepLTexts(of: request).map(FloodReport.english(of:))) }
            let backend = try ProviderTranslationBackend(client: TranslatorFixtures.client(.deepl, server: server), prompt: nil)
            let result = await ArticleTranslator(backends: [backend]).translate(FloodReport.indonesian)
            let request = try #require(server.requests.first)
            #expect(server.requestCount == 1)
            #expect(request.path == "/v2/translate")
            #expect(request.bodyText.contains(#""glossary_id":"glossary-7""#))
            #expect(ProviderReplies.deepLTexts(of: request) == FloodReport.indonesian.map(\.text))
            #expect(result.blocks.allSatisfy { $0.status == .translated && $0.provider == "deepl" })
            #expect(result.usage["deepl"]?.characters == FloodReport.indonesian.reduce(0) { $0 + FloodReport.english(of: $1.text).count })
        }
    }

    @Test func aDryRunEstimatesWithoutSendingAndLeavesOutMemoryHits() async throws {
        let (memory, directory) = try TranslatorFixtures.memory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await LoopbackHTTPServer.withServer { server in
            server.handler = FloodReport.goodReply
            let prices = ProviderPrices(inputPerMillionTokens: 1_000, outputPerMillionTokens: 2_000)
            let backend = try TranslatorFixtures.openAI(server, prices: prices)
            let translator = ArticleTranslator(backends: [backend], memory: memory)
            let estimate = translator.estimate(FloodReport.indonesian + [FloodReport.english])
            #expect(server.requestCount == 0)
            #expect(estimate.requests == 1)
            #expect(estimate.blocksToTranslate == 4)
            #expect(estimate.notSent == 1)
            #expect(estimate.inputTokens > 100)
            #expect(estimate.outputTokens > 50)
            let cost = try #require(estimate.cost)
            #expect(abs(cost - (Double(estimate.inputTokens) * 1_000 + Double(estimate.outputTokens) * 2_000) / 1_000_000) < 1e-9)

            _ = await translator.translate([FloodReport.title, FloodReport.first])
            let after = translator.estimate(FloodReport.indonesian)
            #expect(after.memoryHits == 2)
            #expect(after.blocksToTranslate == 2)
            #expect(after.inputTokens < estimate.inputTokens)
        }
    }

    @Test func aDeepLDryRunCountsCharacters() throws {
        let configuration = ProviderConfiguration(name: "deepl", kind: .deepl, baseURL: URL(string: "https://api.deepl.com")!, apiKeyVariable: "DEEPL_AUTH_KEY", prices: ProviderPrices(perMillionCharacters: 20, currency: "EUR"))
        let backend = try ProviderTranslationBackend(client: ProviderClient(configuration: configuration, http: TranslatorFixtures.http), prompt: nil)
        let estimate = ArticleTranslator(backends: [backend]).estimate(FloodReport.indonesian)
        let characters = FloodReport.indonesian.reduce(0) { $0 + $1.text.count }
        #expect(estimate.requests == 1)
        #expect(estimate.characters == characters)
        #expect(estimate.cost == Double(characters) * 20 / 1_000_000)
        #expect(estimate.summary.hasPrefix("deepl: 1 request, \(characters) characters"))
    }
}
