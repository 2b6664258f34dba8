import LocalTranslation
import Testing

@Suite("DayNameRules")
struct DayNameRulesTests {
    let translator = LocalTranslator.shared

    @Test("Minggu before a date in brackets or after a comma is Sunday")
    func sundayBeforeDate() {
        #expect(translator.translate("Rapat digelar pada Minggu (11/5) di balai desa.").contains("on Sunday (11/5)"))
        #expect(translator.translate("Minggu, 22 Desember 2024, hujan turun.").hasPrefix("Sunday, December 22, 2024,"))
    }

    @Test("Minggu before a time of day is Sunday, and the time follows the day")
    func sundayBeforeTimeOfDay() {
        #expect(translator.translate("Dia datang pada Minggu malam.") == "He came on Sunday night.")
        #expect(translator.translate("Pasar ramai Minggu pagi.").contains("Sunday morning"))
        #expect(translator.translate("Gempa terjadi Minggu dini hari.").contains("early Sunday morning"))
        #expect(translator.translate("Warga berkumpul Minggu (11/5) sore.").contains("Sunday afternoon (11/5)"))
    }

    @Test("every day reads the English way with its time of day, without an article")
    func otherDays() {
        #expect(translator.translate("Pada Senin malam, warga mengungsi.").hasPrefix("On Monday night,"))
        #expect(translator.translate("Senin, 22 Desember 2024, hujan turun.").hasPrefix("Monday, December 22, 2024,"))
    }

    @Test("depan, lalu and ini after a day make next, last and this before it")
    func relativeDays() {
        #expect(translator.translate("Tim itu bertanding hari Minggu depan.").contains("next Sunday"))
        #expect(translator.translate("Dia tiba Kamis lalu.").contains("last Thursday"))
        #expect(translator.translate("Rapat digelar Sabtu ini.").contains("this Saturday"))
    }

    @Test("a capitalized Minggu after a preposition or another day is Sunday")
    func sundayAfterPrepositionOrDay() {
        #expect(translator.translate("Toko itu buka Sabtu dan Minggu.").contains("Saturday and Sunday"))
        #expect(translator.translate("Jalan ditutup sejak Minggu.").contains("since Sunday"))
    }

    @Test("minggu stays a week elsewhere")
    func weekElsewhere() {
        #expect(translator.translate("Minggu lalu hujan turun.").hasPrefix("Last week"))
        #expect(translator.translate("Dalam satu minggu, 20 orang meninggal.").contains("one week, 20 people"))
        #expect(translator.translate("Pada minggu ketiga, harga naik.").contains("third week"))
    }
}
