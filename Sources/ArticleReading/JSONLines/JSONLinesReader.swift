import Foundation

/// Reads a JSON Lines batch a few lines at a time, so a job of any size is queued with the
/// memory of one slice: lines and failures are those of `ArticleReader.readJSONLines`.
///
/// Files up to `wholeFileLimit` and standard input are read whole (with every check of
/// `readJSONLines`: empty, binary, UTF-16); larger files are read in blocks of 1 MiB, and must
/// be UTF-8 or Windows-1252 text.
public struct JSONLinesReader {
    /// The largest file read whole.
    public static let wholeFileLimit = 4 << 20

    private let origin: String
    private var pending: [Result<RawArticle, ArticleReadingError>] = []
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private var lineNumber = 0
    private var atStart = true

    /// Opens the batch at `path` ("-" for standard input).
    public init(path: String, reader: ArticleReader = ArticleReader()) throws(ArticleReadingError) {
        origin = path == "-" ? "stdin" : path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard path != "-", let size, size > Self.wholeFileLimit else {
            pending = try reader.readJSONLines(path: path)
            pending.reverse()
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "cannot open the file")
        }
        self.handle = handle
    }

    /// Up to `count` more lines' results; nil when the batch is done.
    public mutating func next(_ count: Int) throws(ArticleReadingError) -> [Result<RawArticle, ArticleReadingError>]? {
        guard handle != nil else {
            guard !pending.isEmpty else { return nil }
            var slice: [Result<RawArticle, ArticleReadingError>] = []
            while slice.count < count, let next = pending.popLast() { slice.append(next) }
            return slice
        }
        var results: [Result<RawArticle, ArticleReadingError>] = []
        while results.count < count {
            if let newline = buffer.firstIndex(of: 0x0A) {
                take(buffer[..<newline], into: &results)
                buffer.removeSubrange(...newline)
                continue
            }
            let block: Data
            do {
                block = try handle?.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw .unreadable(path: origin, reason: "\(error)")
            }
            if block.isEmpty {
                if !buffer.isEmpty { take(buffer[...], into: &results) }
                buffer = []
                try? handle?.close()
                handle = nil
                break
            }
            if atStart {
                atStart = false
                if block.contains(0) { throw .binary(origin: origin) }
                buffer.append(contentsOf: block.starts(with: [0xEF, 0xBB, 0xBF]) ? block.dropFirst(3) : block[...])
            } else {
                buffer.append(contentsOf: block)
            }
        }
        return results.isEmpty && handle == nil ? nil : results
    }

    private mutating func take(_ line: ArraySlice<UInt8>, into results: inout [Result<RawArticle, ArticleReadingError>]) {
        lineNumber += 1
        guard line.contains(where: { !JSONLinesDecoder.isSpace($0) }) else { return }
        results.append(JSONLinesDecoder.decodeLine(line, origin: "\(origin):\(lineNumber)"))
    }
}
