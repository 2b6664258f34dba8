/// Why outputs could not be chosen or written; each message names the format or file and says
/// what to do about it.
public enum PublishingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A format name in a list such as `md,json,html` is not one Warta writes.
    case unknownFormat(name: String, known: [String])
    /// A format list names no format at all.
    case noFormats(list: String)
    /// The output directory does not exist and could not be created, or is not a directory.
    case cannotCreateDirectory(path: String, reason: String)
    /// A file could not be written (or its temporary file renamed into place).
    case cannotWrite(path: String, reason: String)
    /// A file the digest needs back (its own body, written earlier in the run) could not be read.
    case cannotRead(path: String, reason: String)
    /// An entry was appended to a digest after `finish()`, or `finish()` was called twice.
    case digestFinished(directory: String)

    /// A message for the user: the format or file, the problem, and what to do.
    public var description: String {
        switch self {
        case let .unknownFormat(name, known):
            let shown = name.isEmpty ? "an empty name" : "\"\(name)\""
            return "unknown output format \(shown); use a comma-separated list of \(known.joined(separator: ", ")) (e.g. md,json,html)"
        case let .noFormats(list):
            return "no output format in \"\(list)\"; name at least one of md, json, html (e.g. md,json,html)"
        case let .cannotCreateDirectory(path, reason):
            return "\(path): cannot use it as the output directory: \(reason); check the path and its permissions"
        case let .cannotWrite(path, reason):
            return "\(path): cannot write the file: \(reason); check free space and the directory's permissions"
        case let .cannotRead(path, reason):
            return "\(path): cannot read the file back: \(reason); was the output directory changed during the run?"
        case let .digestFinished(directory):
            return "\(directory): the digest was already finished; start a new DigestWriter for another run"
        }
    }
}
