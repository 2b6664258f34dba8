import Foundation

/// Writes a run's digest into the output directory: `digest.md` and `digest.html` (every
/// article's title and bullets in both languages, linked to its page, under a summary line of
/// counts, providers and date) and `articles.jsonl` (one `DigestEntry` line per article).
///
/// Memory stays flat in the number of articles: each appended entry is written out at once to
/// temporary files, and `finish()` puts the summary in front by copying those files in chunks
/// into the final ones, each replaced atomically. Use one writer from one task at a time.
///
/// ```swift
/// let digest = try DigestWriter(directory: outputDirectory, runName: "pagi")
/// for article in finished { try digest.append(DigestEntry(article: article, files: files)) }
/// let written = try digest.finish(notes: ["Requests: 12 · cost $0.03"])
/// ```
public final class DigestWriter {
    /// The digest's Markdown file name.
    public static let markdownName = "digest.md"
    /// The digest's HTML file name.
    public static let htmlName = "digest.html"
    /// The JSON Lines file name.
    public static let linesName = "articles.jsonl"

    /// The directory the digest is written to; page paths inside it are linked relatively.
    public let directory: URL
    /// The run's name, shown as the digest's heading.
    public let runName: String
    /// The date shown in the summary line.
    public let date: Date
    /// Whether files are forced to the disk before they replace the old ones.
    public let synchronize: Bool
    /// How many entries were appended, by status.
    public private(set) var counts: [DigestEntry.Status: Int] = [:]
    /// The providers named by the entries so far, in order of first appearance.
    public private(set) var providers: [String] = []

    private var markdownBody: OutputFile?
    private var htmlBody: OutputFile?
    private var lines: OutputFile?
    private let directoryPrefix: String

    /// Starts a digest in `directory` (created if needed) for the run `runName` on `date`,
    /// removing the temporary files that killed Warta processes left there.
    ///
    /// - Throws: `PublishingError.cannotCreateDirectory` or `.cannotWrite`.
    public init(directory: URL, runName: String, date: Date = Date(), synchronize: Bool = true) throws(PublishingError) {
        self.directory = directory.standardizedFileURL
        self.runName = runName
        self.date = date
        self.synchronize = synchronize
        directoryPrefix = self.directory.path.hasSuffix("/") ? self.directory.path : self.directory.path + "/"
        try ArticleWriter.prepare(self.directory)
        AtomicFile.removeAbandonedTemporaryFiles(in: self.directory)
        let base = self.directory.appendingPathComponent("digest").path
        do throws(PublishingError) {
            markdownBody = try OutputFile(creating: AtomicFile.temporaryPath(beside: base))
            htmlBody = try OutputFile(creating: AtomicFile.temporaryPath(beside: base))
            lines = try OutputFile(creating: AtomicFile.temporaryPath(beside: base))
        } catch {
            abandon()
            throw error
        }
    }

    deinit {
        abandon()
    }

    /// The number of entries appended so far.
    public var entryCount: Int { counts.values.reduce(0, +) }

    /// Adds one article to the digest, writing it out at once.
    ///
    /// - Throws: `PublishingError.cannotWrite`, or `.digestFinished` after `finish()`.
    public func append(_ entry: DigestEntry) throws(PublishingError) {
        guard let markdownBody, let htmlBody, let lines else { throw .digestFinished(directory: directory.path) }
        var entry = entry
        entry.files = entry.files.map(relativePath)
        counts[entry.status, default: 0] += 1
        for provider in entry.providers where !providers.contains(provider) { providers.append(provider) }
        try markdownBody.write(DigestMarkdown.entry(entry))
        try htmlBody.write(DigestHTML.entry(entry, number: entryCount))
        try lines.write(entry.jsonLine() + "\n")
    }

    /// Adds every entry of `entries`, one at a time (a lazy sequence is never held whole).
    public func append<Entries: Sequence>(contentsOf entries: Entries) throws(PublishingError) where Entries.Element == DigestEntry {
        for entry in entries { try append(entry) }
    }

    /// The summary line: "12 articles: 10 translated, 1 partial, 1 failed · English by deepl ·
    /// 2026-11-30 14:20 UTC".
    public var summaryLine: String {
        let total = entryCount
        var line = total == 1 ? "1 article" : "\(total) articles"
        let parts = DigestEntry.Status.allCases.compactMap { status -> String? in
            guard let count = counts[status], count > 0 else { return nil }
            return "\(count) \(status.displayName)"
        }
        if !parts.isEmpty { line += ": " + parts.joined(separator: ", ") }
        line += providers.isEmpty ? " · no English provider" : " · English by " + providers.joined(separator: ", ")
        line += " · " + Self.dateText(date)
        return line
    }

    /// Writes the final `digest.md`, `digest.html` and `articles.jsonl` (each replacing the old
    /// one atomically) and returns their URLs. `notes` are extra lines shown under the summary
    /// line, e.g. requests and cost from the usage ledger.
    ///
    /// - Throws: `PublishingError.cannotWrite`/`.cannotRead`, or `.digestFinished` when called twice.
    @discardableResult
    public func finish(notes: [String] = []) throws(PublishingError) -> [URL] {
        guard let markdownBody, let htmlBody, let lines else { throw .digestFinished(directory: directory.path) }
        defer { abandon() }
        try markdownBody.close(synchronize: false)
        try htmlBody.close(synchronize: false)
        try lines.close(synchronize: synchronize)

        let markdownURL = directory.appendingPathComponent(Self.markdownName)
        let summary = summaryLine
        try AtomicFile.write(to: markdownURL, synchronize: synchronize) { (file) throws(PublishingError) in
            try file.write(DigestMarkdown.head(runName: runName, summary: summary, notes: notes, empty: entryCount == 0))
            try file.append(contentsOfFileAt: markdownBody.path)
        }
        let htmlURL = directory.appendingPathComponent(Self.htmlName)
        try AtomicFile.write(to: htmlURL, synchronize: synchronize) { (file) throws(PublishingError) in
            try file.write(DigestHTML.head(runName: runName, summary: summary, notes: notes, empty: entryCount == 0))
            try file.append(contentsOfFileAt: htmlBody.path)
            try file.write(DigestHTML.tail)
        }
        let linesURL = directory.appendingPathComponent(Self.linesName)
        guard rename(lines.path, linesURL.path) == 0 else {
            throw .cannotWrite(path: linesURL.path, reason: OutputFile.lastError())
        }
        return [markdownURL, htmlURL, linesURL]
    }

    /// Stops without writing a digest, removing the temporary files (also done when the writer
    /// is released unfinished).
    public func abandon() {
        markdownBody?.discard()
        htmlBody?.discard()
        lines?.discard()
        markdownBody = nil
        htmlBody = nil
        lines = nil
    }

    /// Writes a whole digest from `entries`, read one at a time (e.g. lazily from a store), and
    /// returns the files written.
    @discardableResult
    public static func write<Entries: Sequence>(
        _ entries: Entries, to directory: URL, runName: String, date: Date = Date(), notes: [String] = [],
        synchronize: Bool = true
    ) throws(PublishingError) -> [URL] where Entries.Element == DigestEntry {
        let writer = try DigestWriter(directory: directory, runName: runName, date: date, synchronize: synchronize)
        try writer.append(contentsOf: entries)
        return try writer.finish(notes: notes)
    }

    /// `path` relative to the digest's directory when it lies inside it, else unchanged.
    private func relativePath(_ path: String) -> String {
        path.hasPrefix(directoryPrefix) ? String(path.dropFirst(directoryPrefix.count)) : path
    }

    /// "2026-11-30 14:20 UTC".
    static func dateText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)) UTC"
    }
}

extension DigestEntry.Status {
    /// How the status reads in the summary line.
    var displayName: String {
        switch self {
        case .translated: return "translated"
        case .partial: return "partly translated"
        case .failed: return "failed"
        case .indonesianOnly: return "Indonesian only"
        }
    }
}
