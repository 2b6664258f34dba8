import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file so that readers only ever see the old or the new version, whole: the text
/// goes to a temporary file in the same directory, which is then renamed over the target.
///
/// A process killed mid-write leaves at most a temporary file named
/// `.warta-tmp.PID.RANDOM`, never a partial output; `removeAbandonedTemporaryFiles(in:)`
/// clears those of processes that are gone.
public enum AtomicFile {
    /// The prefix of every temporary file's name (hidden, so globs like `*.html` skip it).
    public static let temporaryPrefix = ".warta-tmp."

    /// Writes `text` (UTF-8) to `url`, replacing any file there.
    ///
    /// - Parameter synchronize: whether to force the bytes to the disk before the rename, so
    ///   that a power loss cannot leave an empty file behind the new name either. A process
    ///   crash can never leave a partial file, with or without it.
    /// - Throws: `PublishingError.cannotWrite` naming the file; the temporary file is removed.
    public static func write(_ text: String, to url: URL, synchronize: Bool = true) throws(PublishingError) {
        try write(to: url, synchronize: synchronize) { (file) throws(PublishingError) in try file.write(text) }
    }

    /// Writes `data` to `url`, replacing any file there; see `write(_:to:synchronize:)`.
    public static func write(_ data: Data, to url: URL, synchronize: Bool = true) throws(PublishingError) {
        try write(to: url, synchronize: synchronize) { (file) throws(PublishingError) in try file.write(bytes: data) }
    }

    /// Fills a temporary file beside `url` with `fill`, then renames it to `url`.
    static func write(to url: URL, synchronize: Bool, _ fill: (OutputFile) throws(PublishingError) -> Void) throws(PublishingError) {
        let target = url.path
        let file = try OutputFile(creating: temporaryPath(beside: target))
        do throws(PublishingError) {
            try fill(file)
            try file.close(synchronize: synchronize)
            guard rename(file.path, target) == 0 else {
                throw .cannotWrite(path: target, reason: OutputFile.lastError())
            }
        } catch {
            file.discard()
            throw error
        }
    }

    /// A new temporary file name in the directory of `path`, naming this process.
    static func temporaryPath(beside path: String) -> String {
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        let random = String(UInt64.random(in: .min ... .max), radix: 16)
        return "\(directory)\(temporaryPrefix)\(getpid()).\(random)"
    }

    /// Deletes the temporary files in `directory` left by Warta processes that no longer run
    /// (killed mid-write); files of running processes are left alone. Returns how many were
    /// removed. A directory that does not exist has none.
    @discardableResult
    public static func removeAbandonedTemporaryFiles(in directory: URL) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(temporaryPrefix) {
            let fields = name.dropFirst(temporaryPrefix.count).split(separator: ".")
            guard let pid = fields.first.flatMap({ pid_t($0) }), !isRunning(pid) else { continue }
            if unlink(directory.appendingPathComponent(name).path) == 0 { removed += 1 }
        }
        return removed
    }

    /// Whether a process with this id exists (one we may not signal still exists).
    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
