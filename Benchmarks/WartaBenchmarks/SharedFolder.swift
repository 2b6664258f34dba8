import Foundation

/// Finds the summaries evaluation set in the shared folder that sits beside the
/// repository (`../shared`), the way the tests do, without being told where it is.
enum SharedFolder {
    /// The evaluation set's path inside the shared folder.
    static let devSetPath = "eval/summ-dev.jsonl"

    /// The path of the evaluation set: `$WARTA_SHARED/eval/summ-dev.jsonl` when that
    /// variable is set (and an error when that file is missing), else the first `shared/eval/summ-dev.jsonl` found beside the
    /// current folder or one of its parents, else beside the executable or one of its
    /// parents (the executable lives under the repository's build folder).
    static func locateDevSet() throws(BenchmarkError) -> String {
        let fileManager = FileManager.default
        var searched: [String] = []
        if let shared = ProcessInfo.processInfo.environment["WARTA_SHARED"], !shared.isEmpty {
            let candidate = URL(fileURLWithPath: shared).appendingPathComponent(devSetPath).path
            // Set on purpose, so a wrong value is reported rather than silently bypassed.
            guard fileManager.fileExists(atPath: candidate) else { throw .dataNotFound(searched: [candidate]) }
            return candidate
        }
        let starts = [
            URL(fileURLWithPath: fileManager.currentDirectoryPath),
            executableFolder(),
        ].compactMap { $0 }
        for start in starts {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("shared").appendingPathComponent(devSetPath).path
                if fileManager.fileExists(atPath: candidate) { return candidate }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
            searched.append("shared/\(devSetPath) beside \(start.path) and its parents")
        }
        throw .dataNotFound(searched: searched)
    }

    /// The folder holding the running executable, symbolic links resolved.
    private static func executableFolder() -> URL? {
        guard let executable = Bundle.main.executableURL else { return nil }
        return executable.resolvingSymlinksInPath().deletingLastPathComponent()
    }
}
