/// Why the benchmark could not run, with what to do about it.
enum BenchmarkError: Error, CustomStringConvertible {
    /// An option was not recognized.
    case unknownOption(String)
    /// An option that takes a value was given none.
    case missingValue(option: String)
    /// An option's value could not be read.
    case invalidValue(option: String, value: String, expected: String)
    /// No evaluation set was given and none was found beside the repository.
    case dataNotFound(searched: [String])
    /// The evaluation set could not be read.
    case unreadableData(path: String, reason: String)
    /// A line of the evaluation set is not an article object.
    case malformedLine(path: String, line: Int, reason: String)
    /// The evaluation set holds no article.
    case emptyData(path: String)
    /// The sentence dump could not be written.
    case unwritableOutput(path: String, reason: String)

    /// What went wrong and what to do about it.
    var description: String {
        switch self {
        case .unknownOption(let option):
            return "unknown option '\(option)'; run with --help to see the options"
        case .missingValue(let option):
            return "option '\(option)' needs a value; run with --help to see the options"
        case .invalidValue(let option, let value, let expected):
            return "option '\(option)' got '\(value)', expected \(expected)"
        case .dataNotFound(let searched):
            return "no evaluation set found (looked for \(searched.joined(separator: ", "))); "
                + "pass --data PATH/summ-dev.jsonl or set WARTA_SHARED to the shared folder"
        case .unreadableData(let path, let reason):
            return "cannot read '\(path)': \(reason); check the path given with --data"
        case .malformedLine(let path, let line, let reason):
            return "\(path):\(line): not an article object {\"id\", \"title\", \"text\"}: \(reason)"
        case .emptyData(let path):
            return "'\(path)' holds no article; pass a JSON Lines file with one article per line"
        case .unwritableOutput(let path, let reason):
            return "cannot write '\(path)': \(reason); check that its folder exists and is writable"
        }
    }
}
