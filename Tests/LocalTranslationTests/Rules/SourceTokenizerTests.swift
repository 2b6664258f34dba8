@testable import LocalTranslation
import Testing

@Suite("SourceTokenizer")
struct SourceTokenizerTests {
    @Test("keeps numbers, hyphenated words and dotted abbreviations whole")
    func wholeTokens() {
        let tokens = SourceTokenizer.tokens(in: "Negara-negara A.S. membayar 1.500,25 dolar pada 12.30.")
        #expect(tokens.map(\.text) == ["Negara-negara", "A.S.", "membayar", "1.500,25", "dolar", "pada", "12.30", "."])
        #expect(tokens.map(\.kind) == [.word, .word, .word, .number, .word, .word, .number, .punctuation])
    }

    @Test("records capitals and the spaces before tokens")
    func capitalsAndSpaces() {
        let tokens = SourceTokenizer.tokens(in: "Dia berkata, \"Ya\"")
        #expect(tokens.map(\.isCapitalized) == [true, false, false, false, true, false])
        #expect(tokens.map(\.followsSpace) == [true, true, false, true, false, false])
    }
}
