import Foundation
import Providers
import Translation

/// A JSON Lines batch of texts to translate as they are (no cleaning, no summary): lines of
/// `{"id", "text"}` or `{"id", "id_text"}`, optionally with `en_text` (a reference) and
/// `source` (a group for per-source scores), as the evaluation sets write them.
public struct SentenceBatch: Sendable {
    /// One line of the batch.
    public struct Row: Sendable, Hashable {
        /// The line's `id`.
        public var id: String
        /// The Indonesian text.
        public var text: String
        /// The reference English, when the line has one.
        public var reference: String?
        /// The line's group (e.g. "flores"), when it has one.
        public var source: String?
    }

    /// The outcome of one line.
    public struct Translated: Sendable, Hashable {
        /// The line.
        public var row: Row
        /// The English, unless the line failed.
        public var english: String?
        /// Why the line has no English.
        public var error: String?
        /// The provider that produced the English.
        public var provider: String?
    }

    /// The readable lines, in order.
    public var rows: [Row]
    /// Lines that are not valid: "file:line: problem".
    public var problems: [String]

    /// Creates a batch from lines already read.
    public init(rows: [Row], problems: [String] = []) {
        self.rows = rows
        self.problems = problems
    }

    /// Reads the batch at `path`.
    public static func read(path: String) throws -> SentenceBatch {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BatchError.unreadable(path: path)
        }
        var batch = SentenceBatch(rows: [], problems: [])
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let place = "\(path):\(index + 1)"
            guard let object = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) as? [String: Any] else {
                batch.problems.append("\(place): not a JSON object")
                continue
            }
            let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? "\(index + 1)"
            guard let text = (object["text"] as? String) ?? (object["id_text"] as? String) else {
                batch.problems.append("\(place): no \"text\" (or \"id_text\") string to translate")
                continue
            }
            batch.rows.append(Row(id: id, text: text, reference: object["en_text"] as? String, source: object["source"] as? String))
        }
        return batch
    }

    /// Translates every line with `translator`, `linesPerCall` lines per translator call and
    /// at most `concurrency` calls at once; returns the lines in order.
    public func translate(with translator: ArticleTranslator, linesPerCall: Int = 40, concurrency: Int = 8) async -> [Translated] {
        let chunks = stride(from: 0, to: rows.count, by: linesPerCall).map { $0..<min($0 + linesPerCall, rows.count) }
        var results = [Translated?](repeating: nil, count: rows.count)
        await withTaskGroup(of: (Range<Int>, ArticleTranslation).self) { group in
            var next = 0
            func add() {
                guard next < chunks.count else { return }
                let range = chunks[next]
                next += 1
                let blocks = range.map { SourceBlock(id: .paragraph($0 + 1), kind: .paragraph, text: rows[$0].text) }
                group.addTask { (range, await translator.translate(blocks)) }
            }
            for _ in 0..<max(1, concurrency) { add() }
            for await (range, translation) in group {
                for (offset, outcome) in zip(range, translation.blocks) {
                    let row = rows[offset]
                    switch outcome.status {
                    case .translated, .passedThrough:
                        results[offset] = Translated(row: row, english: outcome.english, provider: outcome.provider)
                    case .otherLanguage, .failed, .notRequested:
                        results[offset] = Translated(row: row, error: outcome.failure ?? outcome.status.rawValue)
                    }
                }
                add()
            }
        }
        return results.enumerated().map { $1 ?? Translated(row: rows[$0], error: "not translated") }
    }
}

/// A batch file that cannot be used.
public enum BatchError: Error, Sendable, CustomStringConvertible {
    /// The file cannot be read.
    case unreadable(path: String)

    /// What went wrong.
    public var description: String {
        switch self {
        case let .unreadable(path): "\(path): cannot read the file; check the path"
        }
    }
}
