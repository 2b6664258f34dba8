/// Why the translator's lexicon could not be loaded, with the file and line to fix.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    /// The lexicon file concerned (its name inside the lexicon folder, or a path).
    public var file: String
    /// The 1-based line concerned, or 0 when the problem is the file or folder itself.
    public var line: Int
    /// What is wrong and what to do about it.
    public var message: String

    /// Creates an error for `file` at `line`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the way compilers report, so editors can jump to it.
    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
