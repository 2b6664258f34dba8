import Foundation
import GRDB

/// Opens Warta's SQLite store: one file per working directory holding the queue, run history,
/// translation memory and request log.
///
/// Every concern (queue, translation memory, feeds, schedules) migrates its own tables with its
/// own `DatabaseMigrator` whose identifiers carry the concern's prefix ("queue-v1",
/// "translation-memory-v1"), so the concerns stay in their modules and share one file.
public enum StoreDatabase {
    /// The store's file name in a working directory when nothing else is named.
    public static let defaultFileName = "warta.sqlite"

    /// Opens (creating if needed) the store at `path` in WAL mode with a busy timeout, so several
    /// processes can share it: readers never block the writer, and writers wait for each other
    /// instead of failing at once.
    public static func open(at path: String, busyTimeout: TimeInterval = 10) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        // GRDB's pool opens every `write` with BEGIN IMMEDIATE, so two processes never both
        // read, then collide when upgrading to a write.
        configuration.foreignKeysEnabled = true
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        do {
            return try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Opens an in-memory store for a single process (tests and dry runs).
    public static func openInMemory() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try DatabaseQueue(configuration: configuration)
    }
}

/// A failure to open or use the store.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The file could not be opened as a SQLite database.
    case cannotOpen(path: String, reason: String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "cannot open the store \(path): \(reason). Check that the directory is writable and that the file is a Warta store (SQLite)."
        }
    }
}
