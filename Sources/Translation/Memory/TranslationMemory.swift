import Foundation
import GRDB

/// Translations already paid for, in the SQLite store, so that the same block sent with the same
/// provider, model, prompt and glossary is never translated twice.
///
/// Its table `translation_memory_entries` is created by its own migrator
/// ("translation-memory-v1") on the store shared with the queue and the feeds.
public final class TranslationMemory: Sendable {
    /// The store.
    private let database: any DatabaseWriter

    /// The most keys looked up by one query: below SQLite's smallest limit on bound parameters.
    static let lookupChunkSize = 500

    /// Opens the memory in `database` (from `StoreDatabase.open(at:)`), creating its table if needed.
    public init(database: any DatabaseWriter) throws {
        self.database = database
        try TranslationMemory.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("translation-memory-v1") { db in
            try db.execute(sql: """
                CREATE TABLE translation_memory_entries (
                    hash TEXT PRIMARY KEY NOT NULL,
                    provider_kind TEXT NOT NULL,
                    model TEXT,
                    prompt_hash TEXT,
                    glossary_hash TEXT,
                    source TEXT NOT NULL,
                    english TEXT NOT NULL,
                    provider TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    updated_at REAL NOT NULL
                ) WITHOUT ROWID
                """)
            try db.execute(sql: "CREATE INDEX translation_memory_entries_created ON translation_memory_entries (created_at)")
        }
        return migrator
    }

    /// The English remembered for each of `keys` that has one (keys without are absent from the
    /// result): one query for up to 500 keys.
    public func lookup(_ keys: [TranslationMemoryKey]) throws -> [TranslationMemoryKey: String] {
        if keys.isEmpty { return [:] }
        var keysByHash: [String: TranslationMemoryKey] = [:]
        for key in keys { keysByHash[key.hash.hex] = key }
        let hashes = Array(keysByHash.keys)
        return try database.read { db in
            var found: [TranslationMemoryKey: String] = [:]
            var start = 0
            while start < hashes.count {
                let chunk = Array(hashes[start..<min(start + TranslationMemory.lookupChunkSize, hashes.count)])
                start += chunk.count
                let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchCursor(
                    db,
                    sql: "SELECT hash, english FROM translation_memory_entries WHERE hash IN (\(placeholders))",
                    arguments: StatementArguments(chunk)
                )
                while let row = try rows.next() {
                    let hash: String = row[0]
                    if let key = keysByHash[hash] { found[key] = row[1] }
                }
            }
            return found
        }
    }

    /// Remembers `entries` in one transaction; an entry whose key is already stored replaces its
    /// English, provider and model (its creation date is kept).
    public func store(_ entries: [TranslationMemoryEntry]) throws {
        if entries.isEmpty { return }
        let now = Date().timeIntervalSince1970
        try database.write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO translation_memory_entries
                    (hash, provider_kind, model, prompt_hash, glossary_hash, source, english, provider, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(hash) DO UPDATE SET
                    english = excluded.english, provider = excluded.provider, model = excluded.model,
                    source = excluded.source, updated_at = excluded.updated_at
                """)
            for entry in entries {
                let key = entry.key
                try statement.execute(arguments: [
                    key.hash.hex, key.providerKind, entry.model ?? key.model, key.promptHash, key.glossaryHash,
                    entry.source, entry.english, entry.provider, now, now,
                ])
            }
        }
    }

    /// How many translations are remembered.
    public var count: Int {
        get throws {
            try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM translation_memory_entries") ?? 0 }
        }
    }

    /// Writes every remembered translation to `path` as TMX 1.4 (for OmegaT, Trados and other
    /// CAT tools), oldest first, replacing the file atomically; returns the number of units written.
    ///
    /// Rows are streamed from the store to the file, so memory stays flat whatever the size.
    @discardableResult
    public func exportTMX(to path: String, sourceLanguage: String = "id", targetLanguage: String = "en") throws -> Int {
        let writer = try TMXWriter(path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        do {
            try database.read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT source, english, provider, model, created_at, updated_at
                    FROM translation_memory_entries ORDER BY created_at, hash
                    """)
                while let row = try rows.next() {
                    try writer.writeUnit(TMXUnit(
                        source: row[0], target: row[1], provider: row[2], model: row[3],
                        created: Date(timeIntervalSince1970: row[4]), changed: Date(timeIntervalSince1970: row[5])
                    ))
                }
            }
            return try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
    }
}
