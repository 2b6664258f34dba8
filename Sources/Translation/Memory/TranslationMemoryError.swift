/// A failure to export the translation memory.
public enum TranslationMemoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The export file could not be created or written.
    case cannotWrite(path: String, reason: String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            "cannot write the TMX file \(path): \(reason). Check that its directory exists and is writable."
        }
    }
}
