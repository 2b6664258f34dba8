/// Why a job file cannot be run: every problem found, each naming the file, the line when known,
/// and the field.
public struct JobFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One thing wrong in the file.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The file's path as given.
        public var file: String
        /// The line (from 1), when known.
        public var line: Int?
        /// The field's path, e.g. "translate.provider" or "sources[2].files".
        public var field: String?
        /// What is wrong and what is allowed.
        public var message: String

        /// Creates a problem.
        public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
            self.file = file
            self.line = line
            self.field = field
            self.message = message
        }

        /// "file:line: field 'x': message".
        public var description: String {
            var text = file
            if let line { text += ":\(line)" }
            text += ": "
            if let field { text += "field '\(field)': " }
            return text + message
        }
    }

    /// The problems, in file order.
    public var problems: [Problem]

    /// Creates an error from `problems`.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// One line per problem.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
