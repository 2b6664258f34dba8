import ArticleReading
import Foundation

/// Lists the articles of a job's file sources (globs, directories, JSON Lines) as queued
/// articles; inputs that cannot be read come out with their error instead of stopping the list.
public struct ArticleCollector: Sendable {
    /// Reads the files.
    public var reader: ArticleReader

    /// Extensions read from directories; other files there are ignored.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "jsonl"]

    /// Creates a collector.
    public init(reader: ArticleReader = ArticleReader()) {
        self.reader = reader
    }

    /// The articles of one file source, `size` at a time, in path order; feeds and pages are
    /// not files and give none. JSON Lines files are read a slice at a time, so memory does
    /// not grow with the number of articles.
    public func forEachBatch(from source: JobSource, size: Int = 500, _ body: ([QueuedArticle]) async throws -> Void) async throws {
        let paths: [String]
        switch source {
        case let .files(pattern): paths = FileGlob(pattern).matches()
        case let .directory(path, recursive): paths = files(in: path, recursive: recursive)
        case let .jsonLines(path): paths = [path]
        case .feed, .page: paths = []
        }
        var batch: [QueuedArticle] = []
        for path in paths {
            if path.lowercased().hasSuffix(".jsonl") {
                if !batch.isEmpty { try await body(batch) }
                batch = []
                try await forEachBatch(inJSONLines: path, size: size, body)
                continue
            }
            batch += articles(inFile: path)
            if batch.count >= size {
                try await body(batch)
                batch = []
            }
        }
        if !batch.isEmpty { try await body(batch) }
    }

    private func forEachBatch(inJSONLines path: String, size: Int, _ body: ([QueuedArticle]) async throws -> Void) async throws {
        var lines: JSONLinesReader
        do {
            lines = try JSONLinesReader(path: path, reader: reader)
        } catch {
            try await body([QueuedArticle(id: (path as NSString).lastPathComponent, text: "", origin: path, readError: error.description)])
            return
        }
        var index = 0
        while true {
            let slice: [Result<RawArticle, ArticleReadingError>]
            do {
                guard let next = try lines.next(size) else { return }
                slice = next
            } catch {
                try await body([QueuedArticle(id: (path as NSString).lastPathComponent, text: "", origin: path, readError: error.description)])
                return
            }
            let batch = slice.map { line -> QueuedArticle in
                index += 1
                switch line {
                case let .success(article):
                    return QueuedArticle(article)
                case let .failure(error):
                    return QueuedArticle(id: "\((path as NSString).lastPathComponent):\(index)", text: "", origin: "\(path):\(index)", readError: error.description)
                }
            }
            if !batch.isEmpty { try await body(batch) }
        }
    }

    /// The article (or articles, for JSON Lines) in one file.
    public func articles(inFile path: String) -> [QueuedArticle] {
        if path.lowercased().hasSuffix(".jsonl") { return articles(inJSONLines: path) }
        do {
            return [QueuedArticle(try reader.read(path: path))]
        } catch {
            return [QueuedArticle(id: (path as NSString).lastPathComponent, text: "", origin: path, readError: error.description)]
        }
    }

    private func articles(inJSONLines path: String) -> [QueuedArticle] {
        let lines: [Result<RawArticle, ArticleReadingError>]
        do {
            lines = try reader.readJSONLines(path: path)
        } catch {
            return [QueuedArticle(id: (path as NSString).lastPathComponent, text: "", origin: path, readError: error.description)]
        }
        return lines.enumerated().map { index, line in
            switch line {
            case let .success(article):
                return QueuedArticle(article)
            case let .failure(error):
                return QueuedArticle(id: "\((path as NSString).lastPathComponent):\(index + 1)", text: "", origin: "\(path):\(index + 1)", readError: error.description)
            }
        }
    }

    private func files(in directory: String, recursive: Bool) -> [String] {
        let fileManager = FileManager.default
        var paths: [String] = []
        if recursive {
            let enumerator = fileManager.enumerator(atPath: directory)
            while let entry = enumerator?.nextObject() as? String {
                let path = (directory as NSString).appendingPathComponent(entry)
                if isArticleFile(path) { paths.append(path) }
            }
        } else {
            for entry in (try? fileManager.contentsOfDirectory(atPath: directory)) ?? [] {
                let path = (directory as NSString).appendingPathComponent(entry)
                if isArticleFile(path) { paths.append(path) }
            }
        }
        return paths.sorted()
    }

    private func isArticleFile(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard !name.hasPrefix(".") else { return false }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return false }
        return Self.articleExtensions.contains((name as NSString).pathExtension.lowercased())
    }
}
