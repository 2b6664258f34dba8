import LocalTranslation
import Testing

@Suite("EnglishRealizer")
struct EnglishRealizerTests {
    let translator = LocalTranslator.shared

    @Test("quotes, commas and brackets keep English spacing")
    func spacing() {
        #expect(translator.translate("Dia berkata, \"Saya lelah.\"") == "He said, \"I am tired.\"")
        #expect(translator.translate("Budi (guru) datang.") == "Budi (the teacher) came.")
    }

    @Test("an article is never written twice")
    func noDoubleArticle() {
        #expect(translator.translate("Para pemain tersebut datang.") == "The players came.")
    }

    @Test("a space follows a comma the source glued to the next word")
    func gluedComma() {
        #expect(translator.translate("Dia datang,lalu pergi.") == "He came, then went.")
    }

    @Test("a dot after an abbreviation does not start a sentence when the source goes on in lowercase")
    func abbreviations() {
        #expect(translator.translate("Dia bekerja di Astra Co. selama dua tahun.") == "He worked in Astra Co. during two years.")
    }

    @Test("capitalized nouns inside a sentence stay capitalized, as parts of names")
    func capitalizedNouns() {
        #expect(translator.translate("Dia tinggal di Kepulauan Riau.") == "He lived in Riau Islands.")
    }
}
