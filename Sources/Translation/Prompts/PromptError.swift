/// Why a prompt template could not be loaded or used.
public enum PromptError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template file does not exist or cannot be read.
    case missingFile(path: String)
    /// The file is not UTF-8 text.
    case notText(path: String)
    /// The template lacks a part every template of its kind needs (`system` or `user`).
    case missingPart(path: String, part: String)
    /// A part marker names a part nobody reads, or appears twice.
    case unexpectedPart(path: String, part: String, reason: String)
    /// Mustache could not parse a part.
    case syntax(path: String, part: String, message: String)

    /// What is wrong and what to do about it, naming the file.
    public var description: String {
        switch self {
        case let .missingFile(path):
            return "prompt template \(path) is missing or unreadable: create it (see Prompts/README.md) or point the prompts directory elsewhere"
        case let .notText(path):
            return "prompt template \(path) is not UTF-8 text"
        case let .missingPart(path, part):
            return "prompt template \(path) has no '--- \(part) ---' part: add a line '--- \(part) ---' followed by its text"
        case let .unexpectedPart(path, part, reason):
            return "prompt template \(path): part '--- \(part) ---' \(reason); the parts are system, user and correction"
        case let .syntax(path, part, message):
            return "prompt template \(path), part '\(part)', is not valid Mustache: \(message)"
        }
    }
}
