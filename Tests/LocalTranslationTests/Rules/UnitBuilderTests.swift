import LocalTranslation
import Testing

@Suite("UnitBuilder")
struct UnitBuilderTests {
    let translator = LocalTranslator.shared

    @Test("the longest multiword expression wins")
    func longestMatch() {
        #expect(translator.translate("Dewan Keamanan PBB bersidang.").hasPrefix("UN Security Council"))
        #expect(translator.translate("Dewan itu bersidang.").hasPrefix("The council"))
    }

    @Test("consecutive capitalized unknown words form one name")
    func names() {
        #expect(translator.translate("Kemarin Sri Mulyani Indrawati berbicara.") == "Yesterday Sri Mulyani Indrawati spoke.")
    }

    @Test("unknown borrowed words are respelled, other unknown words pass through")
    func unknownWords() {
        #expect(translator.translate("Dia mempelajari demografi.") == "He studied the demography.")
        #expect(translator.translate("Dia suka gorblek.") == "He liked gorblek.")
    }
}
