import Foundation

/// The evaluation sets and articles that every developer and CI has at `../shared`
/// beside the clone. Tests read them at run time; their text is never copied into
/// the project.
public enum SharedData {
    /// The repository's root folder, found from this file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // WartaTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The shared folder: `$WARTA_SHARED` when set, else `../shared` beside the clone.
    public static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["WARTA_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// The URL of a file under the shared folder, e.g. `eval/summ-dev.jsonl`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// Every non-empty line of a JSON Lines file under the shared folder, decoded as `T`.
    public static func jsonLines<T: Decodable>(_ relativePath: String, as type: T.Type = T.self) throws -> [T] {
        let data = try Data(contentsOf: url(relativePath))
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { return nil }
            return try decoder.decode(T.self, from: Data(line))
        }
    }

    /// The text of a file under the shared folder.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }
}
