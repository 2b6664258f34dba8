import Testing
@testable import IndonesianText

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("gives lowercased words and no punctuation")
    func wordsAndPunctuation() {
        #expect(Tokenizer.words(in: "Presiden membuka rapat, lalu pergi!") == ["presiden", "membuka", "rapat", "lalu", "pergi"])
        #expect(Tokenizer.words(in: ".,;:!? \"()[] — – …") == [])
        #expect(Tokenizer.words(in: "") == [])
    }

    @Test("keeps numbers whole with their separators")
    func numbers() {
        #expect(Tokenizer.words(in: "Harga naik 2,5 persen menjadi Rp 45.000 pada pukul 12.30 WIB.")
            == ["harga", "naik", "2,5", "persen", "menjadi", "rp", "45.000", "pada", "pukul", "12.30", "wib"])
        #expect(Tokenizer.words(in: "Tahun 2024. Sebanyak 1.250.000, lalu 10:45.") == ["tahun", "2024", "sebanyak", "1.250.000", "lalu", "10:45"])
    }

    @Test("keeps inner hyphens of reduplications and compounds")
    func hyphens() {
        #expect(Tokenizer.words(in: "Negara-negara (kupu-kupu) dan COVID-19") == ["negara-negara", "kupu-kupu", "dan", "covid-19"])
        #expect(Tokenizer.words(in: "kata - kata -awal akhir-") == ["kata", "kata", "awal", "akhir"])
        #expect(Tokenizer.words(in: "periode 2019-2020, e-KTP, H-1, tahun 90-an") == ["periode", "2019", "2020", "e-ktp", "h-1", "tahun", "90-an"])
    }

    @Test("keeps apostrophes inside words but not quotes around them")
    func apostrophes() {
        #expect(Tokenizer.words(in: "Salat Jum'at dan Jum’at") == ["salat", "jum'at", "dan", "jum’at"])
        #expect(Tokenizer.words(in: "'Saya setuju,' katanya.") == ["saya", "setuju", "katanya"])
    }

    @Test("reads letters beyond ASCII")
    func unicodeLetters() {
        #expect(Tokenizer.words(in: "Café ÖLÉ di Bandung") == ["café", "ölé", "di", "bandung"])
    }

    @Test("tokens point back into the text and tell numbers apart")
    func tokens() {
        let text = "Dana Rp 1.000 untuk kupu-kupu."
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map { String(text[$0.range]) } == ["Dana", "Rp", "1.000", "untuk", "kupu-kupu"])
        #expect(tokens.map(\.isNumber) == [false, false, true, false, false])
    }

    @Test("the callback forms agree with words(in:)")
    func callbacks() {
        let text = "Para Menteri bertemu di Jakarta pada 12.30, membahas negara-negara ASEAN."
        var original: [String] = []
        Tokenizer.forEachWord(in: text) { original.append(String($0)) }
        #expect(original.first == "Para")
        #expect(original.map { $0.lowercased() } == Tokenizer.words(in: text))
        var lowercased: [String] = []
        Tokenizer.forEachLowercasedWord(in: text) { lowercased.append(String(decoding: $0, as: UTF8.self)) }
        #expect(lowercased == Tokenizer.words(in: text))
    }
}
