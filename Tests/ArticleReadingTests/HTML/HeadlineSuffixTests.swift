import Testing
@testable import ArticleReading

@Suite struct HeadlineSuffixTests {
    @Test func removesTheSiteNameGivenByThePage() {
        #expect(HeadlineSuffix.strip("Jembatan Ambruk di Lebak — Suara Banten", siteName: "Suara Banten") == "Jembatan Ambruk di Lebak")
    }

    @Test func removesAShortSuffixAfterAStrongSeparator() {
        #expect(HeadlineSuffix.strip("Inflasi Mei Terkendali | Ekonomi Harian", siteName: nil) == "Inflasi Mei Terkendali")
    }

    @Test func removesADomainOrAShortNameAfterADash() {
        #expect(HeadlineSuffix.strip("Harga Beras Turun di Cianjur - Contoh.co.id", siteName: nil) == "Harga Beras Turun di Cianjur")
        #expect(HeadlineSuffix.strip("Harga Beras Turun di Cianjur - Warta Kita", siteName: nil) == "Harga Beras Turun di Cianjur")
    }

    @Test func keepsDashesThatBelongToTheHeadline() {
        #expect(HeadlineSuffix.strip("Rusia - AS Bahas Keamanan Eropa", siteName: nil) == "Rusia - AS Bahas Keamanan Eropa")
        #expect(HeadlineSuffix.strip("Final Piala Presiden - Persib Juara Setelah Adu Penalti", siteName: nil)
            == "Final Piala Presiden - Persib Juara Setelah Adu Penalti")
    }
}
