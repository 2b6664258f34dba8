import Providers
import Testing
@testable import Translation

@Suite struct BlockPackerTests {
    static func paragraph(_ number: Int, _ text: String) -> SourceBlock {
        SourceBlock(id: .paragraph(number), kind: .paragraph, text: text)
    }

    static let sentence = "Pemerintah daerah menyiapkan bantuan beras untuk warga yang rumahnya terendam banjir."

    @Test func blocksThatFitStayWholeAndArePackedWithinTheTokenBudget() {
        let limits = PackingLimits.languageModel(inputTokenBudget: 100, maxOutputTokens: 4_000)
        let packer = BlockPacker(limits: limits)
        let blocks = (1...10).map { Self.paragraph($0, Self.sentence) }
        let units = packer.units(of: blocks)
        #expect(units.map(\.id) == blocks.map(\.id))
        let batches = packer.batches(of: units)
        #expect(batches.count > 1)
        #expect(batches.flatMap { $0 } == units)
        for batch in batches {
            #expect(batch.reduce(0) { $0 + limits.size(of: $1.text) } <= 100)
        }
    }

    @Test func theReplyLimitAlsoBoundsABatch() {
        let wide = BlockPacker(limits: .languageModel(inputTokenBudget: 100_000, maxOutputTokens: 100_000))
        let narrow = BlockPacker(limits: .languageModel(inputTokenBudget: 100_000, maxOutputTokens: 200))
        let units = wide.units(of: (1...10).map { Self.paragraph($0, Self.sentence) })
        #expect(wide.batches(of: units).count == 1)
        #expect(narrow.batches(of: units).count > 1)
    }

    @Test func aBatchHoldsAtMostTheMaximumNumberOfBlocks() {
        let packer = BlockPacker(limits: .languageModel(inputTokenBudget: 100_000, maxOutputTokens: 100_000, maximumBlocks: 4))
        let batches = packer.batches(of: packer.units(of: (1...10).map { Self.paragraph($0, "Hujan turun.") }))
        #expect(batches.map(\.count) == [4, 4, 2])
    }

    @Test func translationServicesArePackedToTheirTextLimits() {
        let packer = BlockPacker(limits: .texts(TranslationLimits(maximumTexts: 50, maximumBytes: 128 * 1024)))
        let batches = packer.batches(of: packer.units(of: (1...120).map { Self.paragraph($0, "Hujan turun.") }))
        #expect(batches.map(\.count) == [50, 50, 20])
    }

    @Test func aParagraphTooLongForOneRequestIsSplitAtSentencesAndRejoined() {
        let packer = BlockPacker(limits: .languageModel(inputTokenBudget: 35, maxOutputTokens: 4_000))
        let sentences = [
            "Banjir merendam ratusan rumah di tiga kecamatan sejak Senin pagi.",
            "Petugas mengevakuasi warga lanjut usia dengan perahu karet milik kepolisian.",
            "Dinas Sosial membuka dapur umum di halaman kantor kelurahan setempat.",
        ]
        let block = Self.paragraph(3, sentences.joined(separator: " "))
        let units = packer.units(of: [block, Self.paragraph(4, "Air mulai surut.")])
        #expect(units.map(\.id.rawValue) == ["paragraph-3.1", "paragraph-3.2", "paragraph-3.3", "paragraph-4"])
        #expect(units.prefix(3).map(\.text) == sentences)
        #expect(units.prefix(3).allSatisfy { $0.block == .paragraph(3) && $0.isPart })
        var english: [BlockID: String] = [:]
        for unit in units { english[unit.id] = "EN(\(unit.id))" }
        let joined = packer.rejoin(english, units: units)
        #expect(joined[.paragraph(3)] == "EN(paragraph-3.1) EN(paragraph-3.2) EN(paragraph-3.3)")
        #expect(joined[.paragraph(4)] == "EN(paragraph-4)")
        english[BlockID("paragraph-3.2")] = nil
        #expect(packer.rejoin(english, units: units)[.paragraph(3)] == nil)
    }

    @Test func aSentenceLongerThanARequestIsCutBetweenWords() {
        let packer = BlockPacker(limits: .languageModel(inputTokenBudget: 30, maxOutputTokens: 4_000))
        let words = (1...80).map { "kata\($0)" }
        let units = packer.units(of: [Self.paragraph(1, words.joined(separator: " "))])
        #expect(units.count > 1)
        #expect(units.map(\.text).joined(separator: " ") == words.joined(separator: " "))
    }

    @Test func theLocalTranslatorTakesEverythingAtOnce() {
        let packer = BlockPacker(limits: .unlimited)
        let units = packer.units(of: (1...200).map { Self.paragraph($0, Self.sentence) })
        #expect(units.count == 200)
        #expect(packer.batches(of: units).count == 1)
    }
}
