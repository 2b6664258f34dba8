import Testing
@testable import IndonesianText

@Suite("Stop words")
struct StopWordsTests {
    @Test("holds function words of every kind")
    func functionWords() {
        for word in ["yang", "dan", "di", "ke", "dari", "itu", "ini", "mereka", "bahwa", "adalah", "tidak", "sudah", "pun", "katanya", "masing-masing"] {
            #expect(StopWords.contains(word), "\(word)")
        }
    }

    @Test("leaves content words out")
    func contentWords() {
        for word in ["presiden", "banjir", "harga", "rumah", "korupsi", "sekolah", "jakarta", "menang"] {
            #expect(!StopWords.contains(word), "\(word)")
        }
    }

    @Test("has a few hundred lowercase single-word entries")
    func shape() {
        #expect(StopWords.indonesian.count >= 250)
        for word in StopWords.indonesian {
            #expect(word == word.lowercased() && !word.contains(" ") && !word.isEmpty, "\(word)")
        }
    }

    @Test("answers for substrings too")
    func substrings() {
        let sentence = "rapat yang panjang"
        #expect(StopWords.contains(sentence.split(separator: " ")[1]))
    }
}
