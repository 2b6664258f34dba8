import Testing
@testable import IndonesianText

/// The datelines Indonesian outlets open their leads with, on sentences written for these tests.
@Suite("Dateline parser")
struct DatelineParserTests {
    static func parse(_ line: String) -> (dateline: Dateline, body: String)? {
        let text = LineText(line.utf8)
        guard let parsed = DatelineParser().parse(text) else { return nil }
        return (parsed.dateline, String(decoding: text.bytes[parsed.bodyStart...], as: UTF8.self))
    }

    @Test("reads place and outlet in the forms outlets print", arguments: [
        ("Moskow | EGINDO.co – Pemerintah mengumumkan rencana baru.", "Moskow", "EGINDO.co", "Moskow | EGINDO.co –"),
        ("JAKARTA, KOMPAS.com - Hujan deras turun sejak pagi.", "JAKARTA", "KOMPAS.com", "JAKARTA, KOMPAS.com -"),
        ("REPUBLIKA.CO.ID, JAKARTA -- Warga antre sejak subuh.", "JAKARTA", "REPUBLIKA.CO.ID", "REPUBLIKA.CO.ID, JAKARTA --"),
        ("Jakarta (ANTARA) - Harga cabai turun tajam.", "Jakarta", "ANTARA", "Jakarta (ANTARA) -"),
        ("Jakarta, CNN Indonesia -- Rapat berlangsung tertutup.", "Jakarta", "CNN Indonesia", "Jakarta, CNN Indonesia --"),
        ("TEMPO.CO, Jakarta - Sidang ditunda sepekan.", "Jakarta", "TEMPO.CO", "TEMPO.CO, Jakarta -"),
        ("Sukabumi, Jawa Barat (ANTARA News) - Jembatan itu ambruk.", "Sukabumi, Jawa Barat", "ANTARA News", "Sukabumi, Jawa Barat (ANTARA News) -"),
        ("jpnn.com - MEDAN -- Banjir merendam tiga desa.", "MEDAN", "jpnn.com", "jpnn.com - MEDAN --"),
        ("KONTAN.CO.ID - JAKARTA. Rupiah menguat pagi ini.", "JAKARTA", "KONTAN.CO.ID", "KONTAN.CO.ID - JAKARTA."),
        ("Palu, 14/11 (ANTARA) - Gempa kecil terasa di kota itu.", "Palu", "ANTARA", "Palu, 14/11 (ANTARA) -"),
        ("Kabarkota.id, Gaza- Serangan udara berlanjut.", "Gaza", "Kabarkota.id", "Kabarkota.id, Gaza-"),
    ])
    func forms(line: String, place: String, outlet: String, text: String) throws {
        let parsed = try #require(Self.parse(line))
        #expect(parsed.dateline.place == place)
        #expect(parsed.dateline.outlet == outlet)
        #expect(parsed.dateline.text == text)
        #expect(parsed.body.first?.isUppercase == true)
    }

    @Test("reads an outlet alone and a place alone")
    func singleParts() throws {
        let outlet = try #require(Self.parse("BOLASPORT.COM - Pebulu tangkis muda itu menang mudah."))
        #expect(outlet.dateline.outlet == "BOLASPORT.COM")
        #expect(outlet.dateline.place == nil)
        let place = try #require(Self.parse("SURABAYA - Antrean kendaraan mengular di gerbang tol."))
        #expect(place.dateline.place == "SURABAYA")
        #expect(place.dateline.outlet == nil)
        let alone = try #require(Self.parse("Bandung -"))
        #expect(alone.dateline.place == "Bandung")
        #expect(alone.body.isEmpty)
    }

    @Test("leaves sentences that merely contain a dash alone", arguments: [
        "Sejak tahun 80 - an harga beras terus naik.",
        "Go - Jek meluncurkan layanan baru pekan ini.",
        "Menurut dia, Covid-19 sudah mereda di kota itu.",
        "Pemerintah berencana menaikkan tarif - kata menteri - tahun depan.",
        "Kata dia: \"Kami - semuanya - siap.\"",
    ])
    func notDatelines(line: String) {
        #expect(Self.parse(line) == nil)
    }
}
