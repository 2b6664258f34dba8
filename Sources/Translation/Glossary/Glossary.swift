import Foundation
import Storage

/// The terms a translation must render a fixed way, read from a TSV file
/// (`indonesian<TAB>english[<TAB>note]`).
///
/// Only the entries that occur in a batch go into its prompt (`entries(occurringIn:)`), and after
/// translation every block whose term's English is missing is reported (`misses(source:english:)`).
public struct Glossary: Sendable, Hashable {
    /// The entries in file order.
    public var entries: [GlossaryEntry] {
        didSet { index = GlossaryIndex(entries: entries) }
    }

    private var index: GlossaryIndex

    /// Creates a glossary from entries (terms are matched as given; the first of two entries for
    /// the same term wins).
    public init(entries: [GlossaryEntry]) {
        self.entries = entries
        self.index = GlossaryIndex(entries: entries)
    }

    /// An empty glossary.
    public static let empty = Glossary(entries: [])

    /// Reads a TSV glossary: one `indonesian<TAB>english[<TAB>note]` per line; blank lines and
    /// lines starting with `#` are skipped; spaces around fields are trimmed.
    ///
    /// - Throws: `GlossaryError` naming the file and line of a missing tab, an empty side, extra
    ///   fields, or a term listed twice.
    public init(contentsOfFile path: String) throws {
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            text = String(decoding: data, as: UTF8.self)
        } catch {
            throw GlossaryError.unreadable(path: path, reason: error.localizedDescription)
        }
        try self.init(tsv: text, path: path)
    }

    /// Parses TSV text as `init(contentsOfFile:)` does; `path` only names the source in errors.
    public init(tsv text: String, path: String = "glossary") throws {
        var entries: [GlossaryEntry] = []
        var firstLines: [String: Int] = [:]
        var lineNumber = 0
        // Swift reads "\r\n" as one character, so Windows line ends need naming.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for rawLine in lines {
            lineNumber += 1
            var line = Substring(rawLine)
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { Glossary.collapsingWhitespace($0) }
            guard fields.count >= 2 else { throw GlossaryError.missingTab(path: path, line: lineNumber) }
            guard fields.count <= 3 else {
                throw GlossaryError.tooManyFields(path: path, line: lineNumber, count: fields.count)
            }
            guard !fields[0].isEmpty else { throw GlossaryError.emptySide(path: path, line: lineNumber, side: "Indonesian") }
            guard !fields[1].isEmpty else { throw GlossaryError.emptySide(path: path, line: lineNumber, side: "English") }
            let key = GlossaryIndex.words(in: fields[0]).joined(separator: " ")
            guard !key.isEmpty else { throw GlossaryError.emptySide(path: path, line: lineNumber, side: "Indonesian") }
            if let firstLine = firstLines[key] {
                throw GlossaryError.duplicate(path: path, line: lineNumber, term: fields[0], firstLine: firstLine)
            }
            firstLines[key] = lineNumber
            let note = fields.count == 3 && !fields[2].isEmpty ? fields[2] : nil
            entries.append(GlossaryEntry(indonesian: fields[0], english: fields[1], note: note))
        }
        self.init(entries: entries)
    }

    /// A hash of every entry, the same whatever the order of the lines: part of translation
    /// memory keys, so editing the glossary re-translates.
    public var contentHash: ContentHash {
        let sorted = entries.sorted {
            ($0.indonesian, $0.english, $0.note ?? "") < ($1.indonesian, $1.english, $1.note ?? "")
        }
        var parts = ["warta-glossary-1"]
        for entry in sorted {
            parts.append(entry.indonesian)
            parts.append(entry.english)
            // "-" for no note and "+text" for a note, so a missing note and an empty one differ.
            parts.append(entry.note.map { "+" + $0 } ?? "-")
        }
        return ContentHash(parts: parts)
    }

    /// The entries whose Indonesian term occurs in any of `texts`, ignoring case, as whole words,
    /// longest term first.
    ///
    /// Where terms overlap the longest one found at a position wins, so text with "Menteri
    /// Keuangan" yields that entry and not also an entry for "menteri" alone.
    public func entries(occurringIn texts: [String]) -> [GlossaryEntry] {
        var found = Set<Int>()
        for text in texts { index.matches(in: text, into: &found) }
        return found.sorted { left, right in
            let leftLength = entries[left].indonesian.count
            let rightLength = entries[right].indonesian.count
            return leftLength != rightLength ? leftLength > rightLength : left < right
        }.map { entries[$0] }
    }

    /// The glossary terms that occur in `source` whose English does not appear in `english`
    /// (ignoring case, as whole words; a plural "-s"/"-es"/"-ies" of the last word counts as present).
    public func misses(source: String, english: String) -> [GlossaryMiss] {
        let occurring = entries(occurringIn: [source])
        if occurring.isEmpty { return [] }
        let translationWords = GlossaryIndex.words(in: english)
        return occurring.compactMap { entry in
            GlossaryIndex.contains(translationWords, englishTerm: GlossaryIndex.words(in: entry.english))
                ? nil : GlossaryMiss(indonesian: entry.indonesian, english: entry.english)
        }
    }

    public static func == (left: Glossary, right: Glossary) -> Bool { left.entries == right.entries }

    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    private static func collapsingWhitespace(_ field: Substring) -> String {
        field.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
