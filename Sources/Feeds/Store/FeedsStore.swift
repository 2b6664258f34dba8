import Foundation
import GRDB
import Storage

/// The feeds' tables in Warta's SQLite store: the validators of each feed's last response
/// (for conditional GET), the stories already processed, and the stories a feed listed that
/// are not processed yet.
///
/// Tables (migrator "feeds-v1"):
/// - `feeds_validators`: one row per feed URL with its `ETag` and `Last-Modified`;
/// - `feeds_seen_stories`: one row per normalized story URL with the story's content hash;
/// - `feeds_pending_stories`: the unseen stories of each feed's last full response. While
///   any of them is not marked seen, the feed is fetched without validators, so that a run
///   that stopped before processing them does not get a 304 and lose them.
public struct FeedsStore: Sendable {
    /// The store's connection.
    public let database: any DatabaseWriter

    /// Opens the feeds' tables in `database` (as returned by `StoreDatabase.open(at:)`),
    /// creating or upgrading them.
    public init(database: any DatabaseWriter) throws(FeedError) {
        self.database = database
        do {
            try Self.migrator.migrate(database)
        } catch {
            throw .store(reason: "cannot create the feeds tables: \(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("feeds-v1") { db in
            try db.execute(sql: """
                CREATE TABLE feeds_validators (
                    feed_url TEXT PRIMARY KEY NOT NULL,
                    etag TEXT,
                    last_modified TEXT,
                    fetched_at DATETIME NOT NULL
                );
                CREATE TABLE feeds_seen_stories (
                    url_key TEXT PRIMARY KEY NOT NULL,
                    content_hash TEXT NOT NULL,
                    source TEXT,
                    seen_at DATETIME NOT NULL
                );
                CREATE INDEX feeds_seen_stories_content_hash ON feeds_seen_stories(content_hash);
                CREATE TABLE feeds_pending_stories (
                    feed_url TEXT NOT NULL,
                    url_key TEXT NOT NULL,
                    PRIMARY KEY (feed_url, url_key)
                );
                """)
        }
        return migrator
    }

    // MARK: - Validators

    /// The validators stored for `feedURL`, or nil when there are none or when stories the
    /// feed listed last time are still unprocessed (then the feed must be read in full).
    public func validators(for feedURL: String) throws(FeedError) -> FeedValidators? {
        try run { db in
            let pending = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM feeds_pending_stories p
                    WHERE p.feed_url = ? AND NOT EXISTS (SELECT 1 FROM feeds_seen_stories s WHERE s.url_key = p.url_key))
                """, arguments: [feedURL]) ?? false
            if pending { return nil }
            guard let row = try Row.fetchOne(db, sql: "SELECT etag, last_modified FROM feeds_validators WHERE feed_url = ?", arguments: [feedURL]) else { return nil }
            let validators = FeedValidators(entityTag: row["etag"], lastModified: row["last_modified"])
            return validators.isEmpty ? nil : validators
        }
    }

    /// Records a full response of `feedURL`: its validators, and the stories it listed that
    /// are not seen yet (replacing the previous list).
    public func recordResponse(of feedURL: String, validators: FeedValidators, unseenKeys: [String], at date: Date = Date()) throws(FeedError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO feeds_validators (feed_url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(feed_url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at
                """, arguments: [feedURL, validators.entityTag, validators.lastModified, date])
            try db.execute(sql: "DELETE FROM feeds_pending_stories WHERE feed_url = ?", arguments: [feedURL])
            for key in Set(unseenKeys) {
                try db.execute(sql: "INSERT INTO feeds_pending_stories (feed_url, url_key) VALUES (?, ?)", arguments: [feedURL, key])
            }
        }
    }

    // MARK: - Seen stories

    /// Which of `urlKeys` (normalized with `StoryURL`) belong to stories already seen.
    public func seenKeys(among urlKeys: [String]) throws(FeedError) -> Set<String> {
        guard !urlKeys.isEmpty else { return [] }
        return try run { db in
            var seen: Set<String> = []
            // SQLite limits the number of bound parameters; 500 stays far below every build's limit.
            var start = 0
            while start < urlKeys.count {
                let chunk = Array(urlKeys[start..<min(start + 500, urlKeys.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let found = try String.fetchAll(db, sql: "SELECT url_key FROM feeds_seen_stories WHERE url_key IN (\(marks))", arguments: StatementArguments(chunk))
                seen.formUnion(found)
                start += 500
            }
            return seen
        }
    }

    /// Whether a story with this content was already seen, under any URL.
    public func isSeen(contentHash: ContentHash) throws(FeedError) -> Bool {
        try run { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM feeds_seen_stories WHERE content_hash = ?)", arguments: [contentHash.hex]) ?? false
        }
    }

    /// Remembers a processed story under each of `urlKeys` with its content hash; `source`
    /// (the feed or page it came from) is kept for inspection. Marking twice is harmless.
    public func markSeen(urlKeys: [String], contentHash: ContentHash, source: String?, at date: Date = Date()) throws(FeedError) {
        try write { db in
            for key in Set(urlKeys) {
                try db.execute(sql: """
                    INSERT INTO feeds_seen_stories (url_key, content_hash, source, seen_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(url_key) DO NOTHING
                    """, arguments: [key, contentHash.hex, source, date])
                try db.execute(sql: "DELETE FROM feeds_pending_stories WHERE url_key = ?", arguments: [key])
            }
        }
    }

    // MARK: - Access

    private func run<T>(_ body: (Database) throws -> T) throws(FeedError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw .store(reason: "\(error)")
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(FeedError) -> T {
        do {
            return try database.write(body)
        } catch {
            throw .store(reason: "\(error)")
        }
    }
}
