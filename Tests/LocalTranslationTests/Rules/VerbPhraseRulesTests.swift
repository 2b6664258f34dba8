import LocalTranslation
import Testing

@Suite("VerbPhraseRules")
struct VerbPhraseRulesTests {
    let translator = LocalTranslator.shared

    @Test("aspect and modality: akan, telah, sedang, bisa, harus")
    func aspect() {
        #expect(translator.translate("Dia akan menulis surat.") == "He will write the letter.")
        #expect(translator.translate("Dia telah menulis surat.") == "He has written the letter.")
        #expect(translator.translate("Dia sedang menulis surat.") == "He is writing the letter.")
        #expect(translator.translate("Mereka bisa membaca.") == "They can read.")
        #expect(translator.translate("Kami harus pulang.") == "We must go home.")
    }

    @Test("negation: tidak, belum, tidak akan")
    func negation() {
        #expect(translator.translate("Dia tidak datang.") == "He did not come.")
        #expect(translator.translate("Dia belum datang.") == "He has not yet come.")
        #expect(translator.translate("Mereka tidak akan menyerah.") == "They will not surrender.")
        #expect(translator.translate("Rumah itu tidak besar.") == "The house is not big.")
    }

    @Test("di- passives: was … by, yang + passive as a participle, passives after modals")
    func passive() {
        #expect(translator.translate("Surat itu ditulis oleh guru.") == "The letter was written by the teacher.")
        #expect(translator.translate("Buku yang ditulis oleh dia laku.").hasPrefix("The book written by him"))
        #expect(translator.translate("Jalan itu akan dibangun.") == "The road will be built.")
        #expect(translator.translate("Mereka ditangkap oleh polisi.") == "They were arrested by the police.")
    }

    @Test("untuk before a verb is an infinitive")
    func infinitive() {
        #expect(translator.translate("Dia datang untuk membantu.") == "He came to help.")
    }

    @Test("pronouns after verbs and prepositions are objects")
    func objectPronouns() {
        #expect(translator.translate("Polisi menangkap dia.") == "The police arrested him.")
        #expect(translator.translate("Saya berbicara dengan mereka.") == "I spoke with them.")
    }

    @Test("-nya on a preposition is its object")
    func prepositionObject() {
        #expect(translator.translate("Saya berbicara dengannya.") == "I spoke with it.")
    }

    @Test("secara or dengan + a lone adjective is an adverb")
    func adverbs() {
        #expect(translator.translate("Dia berbicara secara terbuka.") == "He spoke openly.")
        #expect(translator.translate("Mereka bekerja dengan baik.") == "They worked well.")
        #expect(translator.translate("Dia menjawab dengan tenang.") == "He answered calmly.")
    }
}
