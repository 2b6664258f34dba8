import IndonesianText

/// Reads articles from files or standard input in any of the `InputFormat`s.
///
/// Every input goes the same way: its size is checked before it is read, its bytes are
/// decoded (UTF-8, UTF-16 with a byte-order mark, else Windows-1252) and refused when
/// they look binary, its format is taken from the caller, the extension or the content,
/// its markup is reduced to paragraphs, and its text is normalized with
/// `TextNormalizer`. Every failure is an `ArticleReadingError` naming the input.
public struct ArticleReader: Sendable {
    /// The largest single article input accepted, in bytes (default 16 MiB). Larger
    /// files are refused before they are read; standard input stops being read past it.
    public var sizeLimit: Int
    /// The largest JSON Lines batch accepted, in bytes (default 1 GiB).
    public var batchSizeLimit: Int

    /// Creates a reader with the given size limits.
    public init(sizeLimit: Int = 16 << 20, batchSizeLimit: Int = 1 << 30) {
        self.sizeLimit = sizeLimit
        self.batchSizeLimit = batchSizeLimit
    }

    /// Reads one article from `path` ("-" for standard input); the format is taken from
    /// `format`, else from the file's extension, else sniffed from its content. The
    /// article's id is the file name without its extension ("stdin" for standard input).
    public func read(path: String, format: InputFormat? = nil) throws(ArticleReadingError) -> RawArticle {
        let bytes = try InputLoader(limit: sizeLimit).load(path: path)
        let isStandardInput = path == InputLoader.standardInputPath
        return try read(
            contents: bytes,
            origin: isStandardInput ? "stdin" : path,
            id: isStandardInput ? "stdin" : Self.fileStem(of: path),
            format: format,
            extensionFormat: isStandardInput ? nil : InputFormat(path: path)
        )
    }

    /// Reads one article from bytes already in memory, such as a downloaded page;
    /// `origin` names them in messages, `id` defaults to `origin`, and the format is
    /// sniffed from the content when `format` is nil.
    public func read(contents bytes: [UInt8], origin: String, id: String? = nil, format: InputFormat? = nil) throws(ArticleReadingError) -> RawArticle {
        try read(contents: bytes, origin: origin, id: id, format: format, extensionFormat: nil)
    }

    /// Reads one article; `format` is the caller's choice, `extensionFormat` what the
    /// file name suggests.
    private func read(contents bytes: [UInt8], origin: String, id: String?, format: InputFormat?, extensionFormat: InputFormat?) throws(ArticleReadingError) -> RawArticle {
        if bytes.count > sizeLimit { throw .tooLarge(origin: origin, bytes: bytes.count, limit: sizeLimit) }
        if bytes.allSatisfy(Self.isASCIIWhitespace) { throw .empty(origin: origin) }
        let decoded = try TextDecoder.decode(bytes, origin: origin).text
        let id = id ?? origin
        var chosenFormat = format ?? extensionFormat ?? InputFormat.sniffed(from: decoded)
        // A saved web page named ".txt" is still a web page, unless the caller says otherwise.
        if format == nil, chosenFormat == .text, InputFormat.startsLikeHTMLDocument(decoded) {
            chosenFormat = .html
        }
        switch chosenFormat {
        case .text:
            let body = PlainTextLayout.tidy(TextNormalizer.normalize(decoded))
            if body.isEmpty { throw .empty(origin: origin) }
            return RawArticle(id: id, text: body, origin: origin)
        case .markdown:
            let extraction = MarkdownTextExtractor.extract(TextNormalizer.normalize(decoded))
            return try article(id: id, title: extraction.title, paragraphs: extraction.paragraphs, origin: origin, format: .markdown)
        case .html:
            // The page's own text is normalized after extraction, entities decoded.
            let extraction = HTMLTextExtractor.extract(decoded)
            return try article(id: id, title: extraction.title, paragraphs: extraction.paragraphs, origin: origin, format: .html)
        case .jsonLines:
            // The lines are parsed from the text before normalization: a raw U+2028 is
            // legal inside a JSON string, and would otherwise become a line break.
            let results = JSONLinesDecoder.decode(Array(decoded.utf8), origin: origin)
            guard let first = results.first else { throw .empty(origin: origin) }
            if results.count > 1 { throw .multipleArticles(origin: origin, count: results.count) }
            return try first.get()
        }
    }

    /// Reads a JSON Lines batch from `path` ("-" for standard input): one result per
    /// non-blank line, so that one bad line does not stop the batch. A failure's origin
    /// and message name the line ("batch.jsonl:7: missing \"text\""). Throws only when
    /// the whole input cannot be read: missing, a directory, too large, empty or binary.
    public func readJSONLines(path: String) throws(ArticleReadingError) -> [Result<RawArticle, ArticleReadingError>] {
        let bytes = try InputLoader(limit: batchSizeLimit).load(path: path)
        let origin = path == InputLoader.standardInputPath ? "stdin" : path
        if bytes.allSatisfy(Self.isASCIIWhitespace) { throw .empty(origin: origin) }
        let decoded = try TextDecoder.decode(bytes, origin: origin)
        switch decoded.encoding {
        case .utf8, .windows1252:
            // Parsed from the bytes themselves: each string falls back to Windows-1252
            // on its own, so one badly saved line does not change how the others read.
            return JSONLinesDecoder.decode(bytes, origin: origin)
        case .utf16LittleEndian, .utf16BigEndian:
            return JSONLinesDecoder.decode(Array(decoded.text.utf8), origin: origin)
        }
    }

    /// Builds the article from extracted markup, normalizing what entities and markup
    /// may have brought in (non-breaking spaces, soft hyphens).
    private func article(id: String, title: String?, paragraphs: [String], origin: String, format: InputFormat) throws(ArticleReadingError) -> RawArticle {
        let body = PlainTextLayout.tidy(TextNormalizer.normalize(PlainTextLayout.joinParagraphs(paragraphs)))
        if body.isEmpty { throw .noText(origin: origin, format: format) }
        let headline = title.map { PlainTextLayout.singleLine(TextNormalizer.normalize($0)) }
        return RawArticle(id: id, title: headline?.isEmpty == false ? headline : nil, text: body, origin: origin)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x0B
    }

    /// "news/2024/banjir.html" gives "banjir".
    private static func fileStem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
