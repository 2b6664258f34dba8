/// A glossary file that cannot be used, naming the file, the line and what to fix.
public enum GlossaryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// A line has no tab between the Indonesian term and its English.
    case missingTab(path: String, line: Int)
    /// A line's Indonesian or English side is empty.
    case emptySide(path: String, line: Int, side: String)
    /// A line has more than three tab-separated fields.
    case tooManyFields(path: String, line: Int, count: Int)
    /// The same Indonesian term (ignoring case) is listed twice.
    case duplicate(path: String, line: Int, term: String, firstLine: Int)

    /// What went wrong, where, and how to fix it.
    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "cannot read the glossary \(path): \(reason). Check the path given by the job or --glossary."
        case let .missingTab(path, line):
            "\(path):\(line): no tab between the Indonesian term and its English. Write `indonesian<TAB>english[<TAB>note]` (spaces are not separators)."
        case let .emptySide(path, line, side):
            "\(path):\(line): the \(side) side is empty. Write `indonesian<TAB>english[<TAB>note]`, or start the line with # to make it a comment."
        case let .tooManyFields(path, line, count):
            "\(path):\(line): \(count) tab-separated fields, at most 3 are allowed (indonesian, english, note). Remove the extra tabs."
        case let .duplicate(path, line, term, firstLine):
            "\(path):\(line): \"\(term)\" is already listed on line \(firstLine). Keep one line per Indonesian term."
        }
    }
}
