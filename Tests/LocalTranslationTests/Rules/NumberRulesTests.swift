import LocalTranslation
import Testing

@Suite("NumberRules")
struct NumberRulesTests {
    let translator = LocalTranslator.shared

    @Test("a day moves after its month")
    func dates() {
        #expect(translator.translate("Rapat itu diadakan pada 22 Desember.") == "The meeting was held on December 22.")
        #expect(translator.translate("Dia lahir pada 3 Mei 1990.") == "He was born on May 3, 1990.")
    }

    @Test("decimal commas become points and thousands points become commas")
    func decimals() {
        #expect(translator.translate("Proyek itu bernilai Rp 1,5 triliun.") .contains("Rp 1.5 trillion"))
        #expect(translator.translate("Sebanyak 10.000 orang hadir.").contains("10,000 people"))
    }

    @Test("times after pukul take a colon and keep their zone")
    func times() {
        #expect(translator.translate("Kereta berangkat pukul 12.30 WIB.") == "The train departed at 12:30 WIB.")
    }

    @Test("puluhan ribu is tens of thousands, and counted nouns become plural")
    func counts() {
        #expect(translator.translate("Puluhan ribu warga mengungsi.") == "Tens of thousands of residents fled.")
        #expect(translator.translate("Dia membeli tiga buah buku.") == "He bought three books.")
    }

    @Test("years and times count nothing")
    func yearsAreNotCounts() {
        #expect(translator.translate("Pada 2005 kampanye dimulai.").hasPrefix("In 2005 campaign was"))
    }
}
