import Foundation
import Scheduling
import Storage

/// A store file in a fresh temporary directory, removed when the value is released.
final class TemporaryStore {
    let directory: URL
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-schedules-\(UUID().uuidString)")
        path = directory.appendingPathComponent("warta.sqlite").path
    }

    /// Opens the file again, as a second process would.
    func open() throws -> ScheduleStore {
        try ScheduleStore(database: StoreDatabase.open(at: path))
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// A store in memory, for tests with a single scheduler.
func memoryStore() throws -> ScheduleStore {
    try ScheduleStore(database: StoreDatabase.openInMemory())
}
