import Foundation
import LocalTranslation
import Testing
@testable import Translation

@Suite struct LocalTranslationBackendTests {
    /// A report sentence written for these tests, with an abbreviation the lexicon expands.
    static let block = SourceBlock(id: .paragraph(1), kind: .paragraph, text: "Kepala BPBD Sambara mengatakan jalan desa itu ditutup karena banjir.")
    static let glossary = Glossary(entries: [
        GlossaryEntry(indonesian: "BPBD", english: "BPBD", note: "keep the abbreviation"),
        GlossaryEntry(indonesian: "Dinas Perhubungan", english: "Transportation Agency"),
    ])

    @Test func theStandardBackendIsNamedAfterTheLexiconContents() {
        let backend = LocalTranslationBackend.standard()
        #expect(backend.model == "lexicon-" + LocalTranslator.shared.lexiconVersion)
        #expect(backend.identity == BackendIdentity(providerKind: "local", model: backend.model, promptHash: nil))
    }

    @Test func theRequestGlossaryReachesTheTranslator() async throws {
        let backend = LocalTranslationBackend.standard()
        let units = [TranslationUnit(id: Self.block.id, block: Self.block.id, text: Self.block.text)]
        let plain = try await backend.translate(BackendRequest(units: units))
        let withGlossary = try await backend.translate(BackendRequest(units: units, glossary: [Self.glossary.entries[0]]))
        guard case .ordered(let plainTexts) = plain.content, case .ordered(let glossaryTexts) = withGlossary.content else {
            Issue.record("the local backend answers in unit order")
            return
        }
        #expect(plainTexts.first?.contains("disaster management agency") == true)
        #expect(glossaryTexts.first?.contains("BPBD") == true)
        #expect(glossaryTexts.first?.contains("disaster") == false)
        #expect(withGlossary.usage == .zero)
    }

    @Test func anArticleTranslatorsGlossaryIsHonouredWithNoMisses() async {
        let translator = ArticleTranslator(backends: [LocalTranslationBackend.standard()], glossary: Self.glossary)
        let result = await translator.translate([Self.block])
        let outcome = result.blocks[0]
        #expect(outcome.status == .translated)
        #expect(outcome.english?.contains("BPBD") == true)
        #expect(outcome.glossaryMisses.isEmpty)
        #expect(result.requests == 0)
    }

    @Test func theGlossaryIsPartOfTheLocalMemoryKey() {
        let backend = LocalTranslationBackend.standard()
        let unit = TranslationUnit(id: Self.block.id, block: Self.block.id, text: Self.block.text)
        let withGlossary = ArticleTranslator.key(for: unit, backend: backend, glossary: Self.glossary)
        let without = ArticleTranslator.key(for: unit, backend: backend, glossary: nil)
        #expect(withGlossary.glossaryHash == Self.glossary.contentHash.hex)
        #expect(withGlossary != without)
    }

    @Test func addingAGlossaryRetranslatesWhatTheMemoryHeldWithoutIt() async throws {
        let (memory, directory) = try TranslatorFixtures.memory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let backends = [LocalTranslationBackend.standard()]
        let first = await ArticleTranslator(backends: backends, memory: memory).translate([Self.block])
        #expect(first.blocks[0].english?.contains("disaster management agency") == true)
        let second = await ArticleTranslator(backends: backends, glossary: Self.glossary, memory: memory).translate([Self.block])
        #expect(second.blocks[0].cached == false)
        #expect(second.blocks[0].glossaryMisses.isEmpty)
        let third = await ArticleTranslator(backends: backends, glossary: Self.glossary, memory: memory).translate([Self.block])
        #expect(third.blocks[0].cached == true)
        #expect(third.blocks[0].english == second.blocks[0].english)
    }
}
