import Feeds
import Foundation
import GRDB
import Storage
import Testing

@Suite struct FeedsStoreTests {
    private let feed = "https://kabar.example/rss"

    @Test func createsItsTablesUnderTheFeedsPrefixAndMigratesTwiceSafely() throws {
        let database = try StoreDatabase.openInMemory()
        _ = try FeedsStore(database: database)
        _ = try FeedsStore(database: database)
        let tables = try database.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'feeds_%' ORDER BY name") }
        #expect(tables == ["feeds_pending_stories", "feeds_seen_stories", "feeds_validators"])
        let migrations = try database.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations.contains("feeds-v1"))
    }

    @Test func remembersSeenStoriesByURLAndByContent() throws {
        let store = try FeedsStore(database: StoreDatabase.openInMemory())
        let hash = ContentHash("isi berita")
        #expect(try store.seenKeys(among: ["https://kabar.example/a"]).isEmpty)
        #expect(try !store.isSeen(contentHash: hash))

        try store.markSeen(urlKeys: ["https://kabar.example/a", "https://kabar.example/a-lama"], contentHash: hash, source: feed)
        try store.markSeen(urlKeys: ["https://kabar.example/a"], contentHash: hash, source: feed)

        #expect(try store.seenKeys(among: ["https://kabar.example/a", "https://kabar.example/b", "https://kabar.example/a-lama"]) == ["https://kabar.example/a", "https://kabar.example/a-lama"])
        #expect(try store.isSeen(contentHash: hash))
    }

    @Test func answersForMoreKeysThanSQLiteBindsAtOnce() throws {
        let store = try FeedsStore(database: StoreDatabase.openInMemory())
        try store.markSeen(urlKeys: ["https://kabar.example/1999"], contentHash: ContentHash("x"), source: nil)
        let keys = (0..<2000).map { "https://kabar.example/\($0)" }
        #expect(try store.seenKeys(among: keys) == ["https://kabar.example/1999"])
    }

    @Test func validatorsAreOfferedOnlyOnceEveryListedStoryIsSeen() throws {
        let store = try FeedsStore(database: StoreDatabase.openInMemory())
        let validators = FeedValidators(entityTag: "\"v1\"", lastModified: "Mon, 30 Nov 2026 06:00:00 GMT")
        #expect(try store.validators(for: feed) == nil)

        try store.recordResponse(of: feed, validators: validators, unseenKeys: ["https://kabar.example/a", "https://kabar.example/b"])
        #expect(try store.validators(for: feed) == nil, "two stories are still to be processed")

        try store.markSeen(urlKeys: ["https://kabar.example/a"], contentHash: ContentHash("a"), source: feed)
        #expect(try store.validators(for: feed) == nil, "one story is still to be processed")

        try store.markSeen(urlKeys: ["https://kabar.example/b"], contentHash: ContentHash("b"), source: feed)
        #expect(try store.validators(for: feed) == validators)
    }

    @Test func aFeedWithoutValidatorsHasNone() throws {
        let store = try FeedsStore(database: StoreDatabase.openInMemory())
        try store.recordResponse(of: feed, validators: FeedValidators(), unseenKeys: [])
        #expect(try store.validators(for: feed) == nil)
    }

    @Test func theSeenStoriesOutliveTheConnection() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-feeds-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("warta.sqlite").path
        do {
            let store = try FeedsStore(database: StoreDatabase.open(at: path))
            try store.markSeen(urlKeys: ["https://kabar.example/a"], contentHash: ContentHash("a"), source: feed)
        }
        let reopened = try FeedsStore(database: StoreDatabase.open(at: path))
        #expect(try reopened.seenKeys(among: ["https://kabar.example/a"]) == ["https://kabar.example/a"])
    }
}
