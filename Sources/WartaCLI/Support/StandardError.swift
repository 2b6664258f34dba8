import Foundation

/// Writes diagnostics to standard error, where they stay out of piped output.
enum StandardError {
    /// Prints `message` on a line of its own, prefixed with "warta: ".
    static func print(_ message: String) {
        FileHandle.standardError.write(Data("warta: \(message)\n".utf8))
    }
}
