import Foundation
@testable import Queue
import Storage

/// A store file in a fresh temporary directory, removed when the value goes away.
final class TemporaryStore: Sendable {
    let directory: URL
    let path: String
    let clock = ManualClock()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-queue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("warta.sqlite").path
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A store on its own pool (as a second process would have), on the test's clock.
    func open() throws -> SQLiteTaskStore {
        try SQLiteTaskStore(database: StoreDatabase.open(at: path), clock: clock.source)
    }

    /// A store on the real clock.
    func openOnRealClock() throws -> SQLiteTaskStore {
        try SQLiteTaskStore(database: StoreDatabase.open(at: path))
    }
}

/// Tasks with keys `article-0`, `article-1`, … and small JSON payloads.
func sampleTasks(_ count: Int, prefix: String = "article") -> [NewTask] {
    (0..<count).map { NewTask(key: "\(prefix)-\($0)", payload: #"{"title":"Berita \#($0)"}"#) }
}
