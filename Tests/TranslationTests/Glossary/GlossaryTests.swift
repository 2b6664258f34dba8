import Foundation
import Testing
@testable import Translation

@Suite("Glossary: reading TSV files, finding terms, reporting misses")
struct GlossaryTests {
    private static let sample = """
        # Terms for economic news
        Bank Indonesia\tBank Indonesia\tthe central bank
        menteri\tminister
        Menteri Keuangan\tFinance Minister

        suku bunga\tinterest rate
        """

    @Test("reads entries with optional notes, skipping comments and blank lines")
    func readsEntries() throws {
        let glossary = try Glossary(tsv: Self.sample)
        #expect(glossary.entries == [
            GlossaryEntry(indonesian: "Bank Indonesia", english: "Bank Indonesia", note: "the central bank"),
            GlossaryEntry(indonesian: "menteri", english: "minister"),
            GlossaryEntry(indonesian: "Menteri Keuangan", english: "Finance Minister"),
            GlossaryEntry(indonesian: "suku bunga", english: "interest rate"),
        ])
    }

    @Test("accepts Windows line ends, a byte-order mark and spaces around fields")
    func toleratesFormatting() throws {
        let glossary = try Glossary(tsv: "\u{FEFF}pajak \t tax\r\n  inflasi\tinflation\t\r\n")
        #expect(glossary.entries == [
            GlossaryEntry(indonesian: "pajak", english: "tax"),
            GlossaryEntry(indonesian: "inflasi", english: "inflation"),
        ])
    }

    @Test("reads a file and names it in errors")
    func readsFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("terms.tsv")
        try "pajak\ttax\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try Glossary(contentsOfFile: good.path).entries.count == 1)

        let bad = directory.appendingPathComponent("bad.tsv")
        try "pajak\ttax\ninflasi inflation\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: GlossaryError.missingTab(path: bad.path, line: 2)) { try Glossary(contentsOfFile: bad.path) }

        let missing = directory.appendingPathComponent("absent.tsv").path
        #expect {
            try Glossary(contentsOfFile: missing)
        } throws: { error in
            guard case GlossaryError.unreadable(let path, _) = error else { return false }
            return path == missing
        }
    }

    @Test("rejects a line without a tab, naming the file and line")
    func missingTab() {
        #expect(throws: GlossaryError.missingTab(path: "terms.tsv", line: 3)) {
            try Glossary(tsv: "# header\npajak\ttax\ninflasi inflation\n", path: "terms.tsv")
        }
        let message = GlossaryError.missingTab(path: "terms.tsv", line: 3).description
        #expect(message.hasPrefix("terms.tsv:3:"))
        #expect(message.contains("tab"))
    }

    @Test("rejects an empty Indonesian or English side")
    func emptySide() {
        #expect(throws: GlossaryError.emptySide(path: "g", line: 1, side: "English")) { try Glossary(tsv: "pajak\t  \n", path: "g") }
        #expect(throws: GlossaryError.emptySide(path: "g", line: 2, side: "Indonesian")) { try Glossary(tsv: "pajak\ttax\n\ttax\n", path: "g") }
    }

    @Test("rejects more than three fields")
    func tooManyFields() {
        #expect(throws: GlossaryError.tooManyFields(path: "g", line: 1, count: 4)) { try Glossary(tsv: "a\tb\tc\td\n", path: "g") }
    }

    @Test("rejects a term listed twice, ignoring case and spacing, naming both lines")
    func duplicate() {
        #expect(throws: GlossaryError.duplicate(path: "g", line: 3, term: "Suku Bunga", firstLine: 1)) {
            try Glossary(tsv: "suku bunga\tinterest rate\npajak\ttax\nSuku  Bunga\trate\n", path: "g")
        }
    }

    @Test("its content hash changes with any entry and ignores the order of lines")
    func contentHash() throws {
        let base = try Glossary(tsv: "pajak\ttax\ninflasi\tinflation\n")
        let reordered = try Glossary(tsv: "inflasi\tinflation\npajak\ttax\n")
        let changed = try Glossary(tsv: "pajak\ttaxes\ninflasi\tinflation\n")
        let noted = try Glossary(tsv: "pajak\ttax\tlevy\ninflasi\tinflation\n")
        #expect(base.contentHash == reordered.contentHash)
        #expect(base.contentHash != changed.contentHash)
        #expect(base.contentHash != noted.contentHash)
        #expect(Glossary.empty.contentHash != base.contentHash)
    }

    @Test("finds terms ignoring case, as whole words, longest first")
    func occurringEntries() throws {
        let glossary = try Glossary(tsv: Self.sample)
        let found = glossary.entries(occurringIn: [
            "MENTERI KEUANGAN menyebut suku bunga Bank Indonesia stabil.",
        ])
        #expect(found.map(\.indonesian) == ["Menteri Keuangan", "Bank Indonesia", "suku bunga"])
    }

    @Test("takes the longest term at a position, so a shorter term inside it is not also found")
    func longestMatchWins() throws {
        let glossary = try Glossary(tsv: Self.sample)
        #expect(glossary.entries(occurringIn: ["Menteri Keuangan hadir."]).map(\.indonesian) == ["Menteri Keuangan"])
        #expect(glossary.entries(occurringIn: ["Menteri Keuangan dan menteri lain hadir."]).map(\.indonesian)
            == ["Menteri Keuangan", "menteri"])
    }

    @Test("does not find a term inside a longer word")
    func wholeWordsOnly() throws {
        let glossary = try Glossary(tsv: "bank\tbank\npajak\ttax\n")
        #expect(glossary.entries(occurringIn: ["Para bankir membayar perpajakan."]).isEmpty)
        #expect(glossary.entries(occurringIn: ["Bank-bank kecil", "soal pajak."]).map(\.indonesian) == ["pajak", "bank"])
    }

    @Test("reports a term whose English is missing from the translation")
    func misses() throws {
        let glossary = try Glossary(tsv: Self.sample)
        let source = "Menteri Keuangan menaikkan suku bunga."
        #expect(glossary.misses(source: source, english: "The Finance Minister raised the interest rate.").isEmpty)
        #expect(glossary.misses(source: source, english: "The finance minister raised the INTEREST RATE.").isEmpty)
        #expect(glossary.misses(source: source, english: "The Treasury chief raised the interest rate.")
            == [GlossaryMiss(indonesian: "Menteri Keuangan", english: "Finance Minister")])
    }

    @Test("counts a regular plural of the English as present, but not a longer word")
    func plurals() throws {
        let glossary = try Glossary(tsv: "suku bunga\tinterest rate\nkebijakan\tpolicy\npajak\ttax\n")
        #expect(glossary.misses(source: "Suku bunga dan kebijakan pajak", english: "Interest rates and tax policies").isEmpty)
        #expect(glossary.misses(source: "pajak", english: "taxonomy") == [GlossaryMiss(indonesian: "pajak", english: "tax")])
    }

    @Test("an empty glossary finds nothing")
    func emptyGlossary() {
        #expect(Glossary.empty.entries(occurringIn: ["apa saja"]).isEmpty)
        #expect(Glossary.empty.misses(source: "apa saja", english: "anything").isEmpty)
    }

    @Test("follows edits to its entries")
    func editedEntries() {
        var glossary = Glossary(entries: [GlossaryEntry(indonesian: "pajak", english: "tax")])
        glossary.entries.append(GlossaryEntry(indonesian: "inflasi", english: "inflation"))
        #expect(glossary.entries(occurringIn: ["inflasi naik"]).map(\.english) == ["inflation"])
    }
}
