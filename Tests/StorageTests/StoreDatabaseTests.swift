import Foundation
import GRDB
import Storage
import Testing

@Suite struct StoreDatabaseTests {
    @Test func opensAFileInWriteAheadLogMode() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-store-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("nested/warta.sqlite").path
        let database = try StoreDatabase.open(at: path)
        let mode = try database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func namesTheFileWhenItIsNotADatabase() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-store-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notes.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect {
            let database = try StoreDatabase.open(at: path)
            _ = try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
        } throws: { error in
            "\(error)".contains("notes.sqlite") || "\(error)".contains("not a database")
        }
    }
}
