/// Why a providers file cannot be used: every problem found, each naming the file, the
/// provider and the field, with the line when the YAML parser knows it.
public struct ProvidersFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One thing wrong in the file.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The file's path as given.
        public var file: String
        /// The line (from 1), when known.
        public var line: Int?
        /// The provider's name, when the problem is inside one.
        public var provider: String?
        /// The field's path inside the provider, e.g. "limits.max_retries".
        public var field: String?
        /// What is wrong and how to fix it; never quotes a value that could be a key.
        public var message: String

        /// Creates a problem.
        public init(file: String, line: Int? = nil, provider: String? = nil, field: String? = nil, message: String) {
            self.file = file
            self.line = line
            self.provider = provider
            self.field = field
            self.message = message
        }

        /// "file:line: provider 'name', field 'field': message".
        public var description: String {
            var text = file
            if let line { text += ":\(line)" }
            text += ": "
            if let provider { text += "provider '\(provider)'" + (field == nil ? ": " : ", ") }
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
