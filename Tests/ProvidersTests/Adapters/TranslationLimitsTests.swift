@testable import Providers
import Testing

@Suite struct TranslationLimitsTests {
    @Test func splitsByCount() {
        let limits = TranslationLimits(maximumTexts: 2, maximumBytes: 1000)
        #expect(limits.batches(of: ["a", "b", "c", "d", "e"]) == [0..<2, 2..<4, 4..<5])
    }

    @Test func splitsByBytesAndGivesAnOversizedTextABatchOfItsOwn() {
        let limits = TranslationLimits(maximumTexts: 50, maximumBytes: 10)
        let texts = ["12345", "12345", "1", String(repeating: "x", count: 20), "ab"]
        #expect(limits.batches(of: texts) == [0..<2, 2..<3, 3..<4, 4..<5])
    }

    @Test func noTextsNoBatches() {
        #expect(TranslationLimits(maximumTexts: 50, maximumBytes: 10).batches(of: []) == [])
    }
}
