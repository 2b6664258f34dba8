import Testing
@testable import Evaluation

@Suite("The 13a tokenizer, as sacrebleu splits text for BLEU")
struct SacreBLEUTokenizerTests {
    @Test("splits punctuation and quotes from words, keeping apostrophes and inner hyphens")
    func punctuation() {
        #expect(SacreBLEUTokenizer.tokens("The minister said, \"We will act.\"")
            == ["The", "minister", "said", ",", "\"", "We", "will", "act", ".", "\""])
        #expect(SacreBLEUTokenizer.tokens("Tom's car (red) costs $5,000.")
            == ["Tom's", "car", "(", "red", ")", "costs", "$", "5,000", "."])
        #expect(SacreBLEUTokenizer.tokens("well-known e-mail at 10-11 a.m.")
            == ["well-known", "e-mail", "at", "10", "-", "11", "a", ".", "m", "."])
    }

    @Test("keeps periods and commas inside numbers but splits a dash after a digit")
    func numbers() {
        #expect(SacreBLEUTokenizer.tokens("Prices rose 3.5% to Rp1,200 in 2024-2025.")
            == ["Prices", "rose", "3.5", "%", "to", "Rp1,200", "in", "2024", "-", "2025", "."])
    }

    @Test("decodes the four HTML entities mteval knows before splitting")
    func entities() {
        #expect(SacreBLEUTokenizer.tokens("AT&amp;T and &lt;b&gt; tags") == ["AT", "&", "T", "and", "<", "b", ">", "tags"])
    }

    @Test("matches each period of an ellipsis separately, as Python's re.sub resumes after a match")
    func ellipsis() {
        #expect(SacreBLEUTokenizer.tokens("end...") == ["end", ".", ".", "."])
    }

    @Test("treats Python's whitespace, including no-break spaces, as separators")
    func whitespace() {
        #expect(SacreBLEUTokenizer.tokens("one\u{00A0}two\u{3000}three \t ") == ["one", "two", "three"])
    }
}
