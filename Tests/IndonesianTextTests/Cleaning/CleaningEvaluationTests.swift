import Foundation
import Testing
import WartaTestSupport
@testable import IndonesianText

/// The cleaner on real scraped pages (`eval/clean-dev.jsonl`, every line labelled body,
/// boilerplate or mixed), counted as `warta-score cleaning` counts: a body line is kept
/// when its text is inside the output's title and body; a boilerplate line is removed
/// when its text is not inside the output's body (lines under 12 characters are compared
/// with whole output lines); a mixed line counts its body part as body and the rest, when
/// 12 characters or more, as boilerplate. The body is compared as the page printed it,
/// with the dateline in front of the first paragraph, since the labels count the
/// dateline as part of the lead.
@Suite("Cleaning the shared scraped pages")
struct CleaningEvaluationTests {
    struct Row: Decodable {
        struct Line: Decodable {
            var text: String
            var label: String
            var body_part: String?
        }
        var id: String
        var text: String
        var lines: [Line]
    }

    struct Score {
        var bodyKept = 0
        var bodyTotal = 0
        var boilerplateRemoved = 0
        var boilerplateTotal = 0
        var misses: [String] = []

        var bodyRecall: Double { Double(bodyKept) / Double(max(1, bodyTotal)) }
        var boilerplateRemoval: Double { Double(boilerplateRemoved) / Double(max(1, boilerplateTotal)) }
    }

    /// The scorer's normalization: NFC, no-break spaces as spaces, zero-width marks
    /// removed, whitespace collapsed and trimmed.
    static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x200B...0x200F, 0x2060, 0xFEFF:
                continue
            default:
                break
            }
            if scalar.value == 0xA0 || scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func holds(_ haystack: String, _ needle: String) -> Bool {
        haystack.range(of: needle, options: .literal) != nil
    }

    /// Scores one cleaned page against its labelled lines.
    static func score(_ row: Row, title: String?, body: String, into score: inout Score) {
        let output = normalized((title ?? "") + " " + body).lowercased()
        let outputBody = normalized(body).lowercased()
        let outputLines = Set(body.split(separator: "\n", omittingEmptySubsequences: false).map { normalized(String($0)).lowercased() })
        for line in row.lines {
            let text = normalized(line.text).lowercased()
            if text.isEmpty { continue }
            switch line.label {
            case "body":
                score.bodyTotal += 1
                if holds(output, text) { score.bodyKept += 1 } else { score.misses.append("\(row.id) body lost: \(line.text.prefix(90))") }
            case "mixed":
                let part = normalized(line.body_part ?? "").lowercased()
                if !part.isEmpty {
                    score.bodyTotal += 1
                    if holds(output, part) { score.bodyKept += 1 } else { score.misses.append("\(row.id) body part lost: \(part.prefix(90))") }
                }
                let rest = part.isEmpty ? "" : normalized(text.replacingOccurrences(of: part, with: " "))
                if rest.count >= 12 {
                    score.boilerplateTotal += 1
                    if !holds(outputBody, rest) { score.boilerplateRemoved += 1 } else { score.misses.append("\(row.id) mixed rest kept: \(rest.prefix(90))") }
                }
            default:
                score.boilerplateTotal += 1
                let kept = text.count < 12 ? outputLines.contains(text) : holds(outputBody, text)
                if kept { score.misses.append("\(row.id) boilerplate kept: \(line.text.prefix(90))") } else { score.boilerplateRemoved += 1 }
            }
        }
    }

    static func evaluate() throws -> Score {
        let rows = try SharedData.jsonLines("eval/clean-dev.jsonl", as: Row.self)
        let cleaner = ArticleCleaner()
        var score = Score()
        for row in rows {
            let article = cleaner.clean(TextNormalizer.normalize(row.text))
            Self.score(row, title: article.title, body: article.paragraphsWithDateline.joined(separator: "\n"), into: &score)
        }
        return score
    }

    // 1.000 body (182/182) / 0.959 boilerplate (140/146) when these thresholds were set.
    @Test("keeps at least 97% of body lines and removes at least 95% of boilerplate lines")
    func thresholds() throws {
        let score = try Self.evaluate()
        print("cleaning: body lines kept \(score.bodyKept)/\(score.bodyTotal) = \(String(format: "%.3f", score.bodyRecall)), "
            + "boilerplate lines removed \(score.boilerplateRemoved)/\(score.boilerplateTotal) = \(String(format: "%.3f", score.boilerplateRemoval))")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.bodyTotal > 150)
        #expect(score.bodyRecall >= 0.97, "body recall fell to \(score.bodyRecall)")
        #expect(score.boilerplateRemoval >= 0.95, "boilerplate removal fell to \(score.boilerplateRemoval)")
    }
}

/// The cleaner on articles that are already clean (IndoSum, `eval/summ-dev.jsonl`): it must
/// give back every paragraph, taking off only the dateline and a closing credit tag.
@Suite("Cleaning already clean articles")
struct CleanArticleSurvivalTests {
    struct Row: Decodable {
        var id: String
        var text: String
    }

    /// A paragraph without a closing bracket of up to 24 characters holding a letter,
    /// the credit tags ("(bac)", "[sau]") the cleaner may take off.
    static func withoutClosingTag(_ paragraph: String) -> String {
        guard let last = paragraph.last, last == ")" || last == "]",
              let open = paragraph.lastIndex(of: last == ")" ? "(" : "["),
              paragraph.distance(from: open, to: paragraph.endIndex) <= 26,
              paragraph[open...].contains(where: \.isLetter) || paragraph[open...].count <= 3
        else { return paragraph }
        return String(paragraph[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// Paragraphs that the cleaner must take out even of a clean article: links to other
    /// articles ("Baca juga: …", "SIMAK JUGA - …", "(Baca: …)") and source or credit lines.
    static func isBoilerplateByBrief(_ paragraph: String) -> Bool {
        let lowercased = paragraph.lowercased().drop { $0 == "(" || $0 == "[" }
        return ["baca juga", "baca:", "simak juga", "lihat juga", "sumber:", "penulis:", "editor:"].contains { lowercased.hasPrefix($0) }
    }

    // 0.996 (3069/3082) when this threshold was set.
    @Test("keeps at least 99% of the paragraphs of IndoSum articles")
    func paragraphsSurvive() throws {
        let rows = try SharedData.jsonLines("eval/summ-dev.jsonl", as: Row.self)
        let cleaner = ArticleCleaner()
        var total = 0
        var kept = 0
        var lost: [String] = []
        for row in rows {
            let text = TextNormalizer.normalize(row.text)
            let article = cleaner.clean(text)
            let output = CleaningEvaluationTests.normalized(([article.title ?? ""] + article.paragraphs).joined(separator: " "))
            let dateline = article.dateline.map { CleaningEvaluationTests.normalized($0.text) }
            for (position, paragraph) in text.components(separatedBy: "\n\n").enumerated() {
                var expected = CleaningEvaluationTests.normalized(paragraph)
                if expected.isEmpty { continue }
                if position <= 2, let dateline, expected.hasPrefix(dateline) {
                    expected = String(expected.dropFirst(dateline.count)).trimmingCharacters(in: .whitespaces)
                    if expected.isEmpty { continue }
                }
                expected = Self.withoutClosingTag(expected)
                if expected.isEmpty || Self.isBoilerplateByBrief(expected) { continue }
                total += 1
                if CleaningEvaluationTests.holds(output, expected) { kept += 1 } else { lost.append("\(row.id): \(expected.prefix(100))") }
            }
        }
        let share = Double(kept) / Double(max(1, total))
        print("IndoSum paragraphs kept: \(kept)/\(total) = \(String(format: "%.4f", share))")
        for paragraph in lost { print("  lost \(paragraph)") }
        #expect(total > 2000)
        #expect(share >= 0.99, "only \(kept) of \(total) paragraphs survived")
    }

    @Test("finds the dateline of the CNN Indonesia articles")
    func datelines() throws {
        let rows = try SharedData.jsonLines("eval/summ-dev.jsonl", as: Row.self)
        let cleaner = ArticleCleaner()
        var withDateline = 0
        var found = 0
        for row in rows where row.text.hasPrefix("Jakarta, CNN Indonesia --") {
            withDateline += 1
            let article = cleaner.clean(TextNormalizer.normalize(row.text))
            if article.dateline?.place == "Jakarta", article.dateline?.outlet == "CNN Indonesia" { found += 1 }
        }
        #expect(withDateline > 50)
        #expect(found == withDateline)
    }
}

/// The article the project started from, read from `articles/` at test time.
@Suite("Cleaning the seed article")
struct SeedArticleCleaningTests {
    static func cleaned() throws -> CleanArticle {
        let text = try SharedData.text("articles/egindo-rusia-as-pembicaraan-keamanan.txt")
        return ArticleCleaner().clean(TextNormalizer.normalize(text))
    }

    @Test("finds the headline, the dateline and the source")
    func metadata() throws {
        let article = try Self.cleaned()
        #expect(article.title == "Rusia Setuju Pembicaraan Keamanan Dengan AS Awal Tahun")
        #expect(article.dateline?.place == "Moskow")
        #expect(article.dateline?.outlet == "EGINDO.co")
        #expect(article.source == "CNA/SL")
    }

    @Test("leaves related links, widgets and the doubled caption out of the body")
    func body() throws {
        let article = try Self.cleaned()
        let body = article.paragraphs.joined(separator: "\n")
        for boilerplate in ["Baca Juga", "Bagikan", "Scroll to Top", "Menlu Rusia , Sergei Lavrov", "Sumber", "EGINDO.co"] {
            #expect(!body.contains(boilerplate), "\(boilerplate) is still in the body")
        }
        #expect(article.paragraphs.first?.hasPrefix("Rusia akan memasuki pembicaraan") == true)
        #expect(article.paragraphs.count == 12)
    }
}
