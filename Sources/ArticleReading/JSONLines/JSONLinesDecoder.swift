import IndonesianText

/// Turns the lines of a JSON Lines input into articles, one result per non-blank line,
/// each failure naming `file:LINE` and exactly what is wrong with the line.
enum JSONLinesDecoder {
    /// The articles of `bytes`, read from `origin` ("batch.jsonl", "stdin").
    static func decode(_ bytes: [UInt8], origin: String) -> [Result<RawArticle, ArticleReadingError>] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var results: [Result<RawArticle, ArticleReadingError>] = []
        var lineNumber = 0
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            lineNumber += 1
            lineStart = lineEnd + 1
            guard line.contains(where: { !isSpace($0) }) else { continue }
            results.append(decodeLine(line, origin: "\(origin):\(lineNumber)"))
        }
        return results
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    static func decodeLine(_ line: ArraySlice<UInt8>, origin: String) -> Result<RawArticle, ArticleReadingError> {
        func failure(_ reason: String) -> Result<RawArticle, ArticleReadingError> {
            .failure(.invalidJSONLine(origin: origin, reason: reason))
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return failure("not valid JSON (\(error))")
        }
        guard case let .object(members) = value else {
            return failure("not a JSON object but \(value.kindDescription); each line must be {\"id\": ..., \"text\": ...}")
        }
        let id: String
        switch members["id"] {
        case nil: return failure("missing \"id\"")
        case let .string(string)?: id = string.trimmingSpaces()
        case let .number(number)?: id = number
        case let other?: return failure("\"id\" must be a string or a number, not \(other.kindDescription)")
        }
        if id.isEmpty { return failure("\"id\" is empty") }
        let body: String
        switch members["text"] {
        case nil: return failure("missing \"text\"")
        case let .string(string)?: body = PlainTextLayout.tidy(TextNormalizer.normalize(string))
        case let other?: return failure("\"text\" must be a string, not \(other.kindDescription)")
        }
        if body.isEmpty { return failure("\"text\" is empty") }
        var title: String?
        switch members["title"] {
        case nil, .null?: title = nil
        case let .string(string)?: title = PlainTextLayout.singleLine(TextNormalizer.normalize(string))
        case let other?: return failure("\"title\" must be a string, not \(other.kindDescription)")
        }
        if title?.isEmpty == true { title = nil }
        return .success(RawArticle(id: id, title: title, text: body, origin: origin))
    }
}
