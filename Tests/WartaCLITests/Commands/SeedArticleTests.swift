import Foundation
import Testing
import WartaTestSupport

/// The article the project started from, summarized end to end from its scraped form.
@Suite struct SeedArticleTests {
    static let path = SharedData.url("articles/egindo-rusia-as-pembicaraan-keamanan.txt").path

    struct Result: Decodable {
        struct Dateline: Decodable { var place: String?; var outlet: String? }
        struct Bullet: Decodable { var text: String }
        struct Paragraph: Decodable { var sentences: [String] }
        var title: String?
        var dateline: Dateline?
        var source: String?
        var bullets: [Bullet]
        var paragraphs: [Paragraph]
    }

    func summarize() throws -> Result {
        let outcome = try WartaProcess.run(["summarize", Self.path, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try JSONDecoder().decode(Result.self, from: Data(outcome.standardOutput.utf8))
    }

    @Test func findsTheHeadlineDatelineAndSource() throws {
        let result = try summarize()
        #expect(result.title == "Rusia Setuju Pembicaraan Keamanan Dengan AS Awal Tahun")
        #expect(result.dateline?.place == "Moskow")
        #expect(result.dateline?.outlet == "EGINDO.co")
        #expect(result.source == "CNA/SL")
    }

    @Test func leavesNoBoilerplateInTheBody() throws {
        let body = try summarize().paragraphs.flatMap(\.sentences).joined(separator: "\n")
        for boilerplate in ["Baca Juga", "Bagikan", "Scroll to Top", "Menlu Rusia , Sergei Lavrov", "Sumber", "EGINDO.co –"] {
            #expect(!body.contains(boilerplate), "\(boilerplate) is still in the body")
        }
        #expect(body.hasPrefix("Rusia akan memasuki pembicaraan"))
    }

    @Test func bulletsCarryTheTalksTheTroopsAndTheGuarantees() throws {
        let bullets = try summarize().bullets.map(\.text).joined(separator: "\n").lowercased()
        // Talks early next year, said by Lavrov on 22 December.
        #expect(bullets.contains("pembicaraan") && bullets.contains("awal tahun depan"))
        #expect(bullets.contains("lavrov") && bullets.contains("22 desember"))
        // The military build-up near Ukraine.
        #expect(bullets.contains("militer rusia di dekat perbatasan ukraina") || bullets.contains("puluhan ribu tentara"))
        // Legally binding guarantees against NATO's eastward expansion.
        #expect(bullets.contains("mengikat secara hukum"))
        #expect(bullets.contains("ekspansi ke arah timur"))
    }
}
