import LocalTranslation
import Testing

@Suite("NounPhraseRules")
struct NounPhraseRulesTests {
    let translator = LocalTranslator.shared

    @Test("modifiers move before the noun, in mirror order")
    func reordering() {
        #expect(translator.translate("Mereka menjual senjata ofensif tertentu.") == "They sold certain offensive weapons.")
        #expect(translator.translate("Gedung sekolah baru itu besar.") == "The new school building is big.")
    }

    @Test("possessive pronouns and -nya become determiners")
    func possessives() {
        #expect(translator.translate("Rumah saya kecil.") == "My house is small.")
        #expect(translator.translate("Mobil mereka baru.") == "Their car is new.")
        #expect(translator.translate("Rumahnya dijual.") == "The house was sold.")
    }

    @Test("demonstratives go first")
    func demonstratives() {
        #expect(translator.translate("Buku ini penting.") == "This book is important.")
        #expect(translator.translate("Dia tahu itu.") == "He knew that.")
    }

    @Test("yang with one adjective is a plain modifier")
    func relativeAdjective() {
        #expect(translator.translate("Dia membeli mobil yang mahal.") == "He bought the expensive car.")
    }

    @Test("a generic name before a name follows it; a title before a place and a person moves after the place")
    func namesAndTitles() {
        #expect(translator.translate("Dia belajar di Universitas Gadjah Mada.") == "He studied in Gadjah Mada University.")
        #expect(translator.translate("Perdana Menteri Malaysia Anwar Ibrahim tiba.") == "Malaysia Prime Minister Anwar Ibrahim arrived.")
    }

    @Test("a country name modifying a noun takes its adjective form")
    func demonyms() {
        #expect(translator.translate("Pemerintah India dan negara-negara Eropa bertemu.") == "The Indian government and European countries met.")
    }

    @Test("reduplicated nouns and nouns after quantifiers are plural")
    func plurals() {
        #expect(translator.translate("Negara-negara itu setuju.") == "The countries agreed.")
        #expect(translator.translate("Beberapa siswa datang.") == "Several students came.")
    }

    @Test("multiword expressions are translated whole")
    func multiwordExpressions() {
        #expect(translator.translate("Menteri luar negeri Amerika Serikat berbicara di Dewan Keamanan PBB.")
            == "United States Foreign Minister spoke in UN Security Council.")
    }
}
