import Foundation
import Translation

/// Writes an article's bilingual pages, one file per chosen format, into an output directory.
///
/// Files are named `SLUG.md`, `SLUG.json`, `SLUG.html` where the slug is made from the article
/// id by `FileSlug` (safe, unique, never a path outside the directory). Each file is written
/// atomically (`AtomicFile`), so writing the same article again replaces its files and a
/// reader or a crash never sees half a page.
public struct ArticleWriter: Sendable {
    /// The directory the pages go to.
    public let directory: URL
    /// The formats written, in order.
    public let formats: [OutputFormat]
    /// Whether each file is forced to the disk before it replaces the old one (see `AtomicFile`).
    public var synchronize: Bool

    /// Creates a writer, creating `directory` (and its parents) if needed and removing the
    /// temporary files that killed Warta processes left there.
    ///
    /// - Throws: `PublishingError.noFormats` for an empty format list,
    ///   `PublishingError.cannotCreateDirectory` when the directory cannot be made or is a file.
    public init(directory: URL, formats: [OutputFormat], synchronize: Bool = true) throws(PublishingError) {
        guard !formats.isEmpty else { throw .noFormats(list: "") }
        self.directory = directory.standardizedFileURL
        var unique: [OutputFormat] = []
        for format in formats where !unique.contains(format) { unique.append(format) }
        self.formats = unique
        self.synchronize = synchronize
        try Self.prepare(self.directory)
        AtomicFile.removeAbandonedTemporaryFiles(in: self.directory)
    }

    /// Writes `article` in every format and returns the files written, in the order of `formats`.
    ///
    /// - Throws: `PublishingError.cannotWrite` naming the file that failed; files already written
    ///   for this article stay (each is whole).
    @discardableResult
    public func write(_ article: BilingualArticle) throws(PublishingError) -> [URL] {
        var written: [URL] = []
        written.reserveCapacity(formats.count)
        for format in formats {
            let url = fileURL(for: article.id, format: format)
            try AtomicFile.write(Self.render(article, as: format), to: url, synchronize: synchronize)
            written.append(url)
        }
        return written
    }

    /// Where the page of the article `id` in `format` is (or would be) written.
    public func fileURL(for id: String, format: OutputFormat) -> URL {
        directory.appendingPathComponent(Self.fileName(for: id, format: format), isDirectory: false)
    }

    /// The file name of the article `id`'s page in `format`, e.g. `berita-1.html`.
    public static func fileName(for id: String, format: OutputFormat) -> String {
        "\(FileSlug.make(from: id)).\(format.fileExtension)"
    }

    /// The page of `article` in `format`.
    public static func render(_ article: BilingualArticle, as format: OutputFormat) -> String {
        switch format {
        case .markdown: return MarkdownRenderer().render(article)
        case .json: return JSONRenderer().render(article)
        case .html: return HTMLRenderer().render(article)
        }
    }

    /// Makes sure `directory` exists and is a directory.
    static func prepare(_ directory: URL) throws(PublishingError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .cannotCreateDirectory(path: directory.path, reason: "a file with that name exists")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateDirectory(path: directory.path, reason: Self.reason(error))
        }
    }

    /// A short reason from a Foundation error.
    private static func reason(_ error: any Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return POSIXError(code).localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}
