import Yams

extension YamlError {
    /// The parser's own account of a syntax error, for messages that name the file and line.
    public var problemDescription: String {
        switch self {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            "not valid YAML: \(problem)"
        default:
            "not valid YAML"
        }
    }

    /// The line of a syntax error (from 1), when the parser gives one.
    public var line: Int? {
        switch self {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            mark.line
        default:
            nil
        }
    }
}
