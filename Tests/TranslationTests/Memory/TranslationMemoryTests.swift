import Foundation
import GRDB
import Storage
import Testing
@testable import Translation

@Suite("Translation memory in the SQLite store")
struct TranslationMemoryTests {
    private func key(_ source: String, model: String? = "m1") -> TranslationMemoryKey {
        TranslationMemoryKey(providerKind: "openai", model: model, promptHash: "prompt", glossaryHash: nil, source: source)
    }

    private func entry(_ source: String, _ english: String, model: String? = "m1") -> TranslationMemoryEntry {
        TranslationMemoryEntry(key: key(source, model: model), source: source, english: english, provider: "main-llm", model: model)
    }

    @Test("finds what it stored, and nothing for keys it has not seen")
    func storeAndLookup() throws {
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        try memory.store([entry("Harga beras naik.", "Rice prices rose."), entry("Hujan deras.", "Heavy rain.")])
        let found = try memory.lookup([key("Harga beras naik."), key("Hujan deras."), key("Belum ada.")])
        #expect(found == [key("Harga beras naik."): "Rice prices rose.", key("Hujan deras."): "Heavy rain."])
        #expect(try memory.count == 2)
        #expect(try memory.lookup([]).isEmpty)
    }

    @Test("finds a source again whatever its spacing")
    func normalizedLookup() throws {
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        try memory.store([entry("Harga beras naik.", "Rice prices rose.")])
        #expect(try memory.lookup([key(" Harga  beras\nnaik. ")]).values.first == "Rice prices rose.")
    }

    @Test("misses when the model differs")
    func modelIsPartOfTheKey() throws {
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        try memory.store([entry("Harga beras naik.", "Rice prices rose.", model: "m1")])
        #expect(try memory.lookup([key("Harga beras naik.", model: "m2")]).isEmpty)
    }

    @Test("replaces the English of a key stored again instead of adding a row")
    func upsert() throws {
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        try memory.store([entry("Harga beras naik.", "Rice price rose.")])
        try memory.store([entry("Harga beras naik.", "Rice prices rose.")])
        #expect(try memory.count == 1)
        #expect(try memory.lookup([key("Harga beras naik.")]).values.first == "Rice prices rose.")
    }

    @Test("looks up more keys than one query may bind, across several queries")
    func largeBatches() throws {
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        let entries = (0..<1_234).map { entry("Kalimat nomor \($0).", "Sentence number \($0).") }
        try memory.store(entries)
        let found = try memory.lookup(entries.map(\.key) + [key("Tidak ada.")])
        #expect(found.count == 1_234)
        #expect(found[key("Kalimat nomor 777.")] == "Sentence number 777.")
    }

    @Test("keeps its translations in the store file across openings, migrating only once")
    func persistsInStoreFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("memory-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("warta.sqlite").path
        do {
            let memory = try TranslationMemory(database: StoreDatabase.open(at: path))
            try memory.store([entry("Harga beras naik.", "Rice prices rose.")])
        }
        let pool = try StoreDatabase.open(at: path)
        let reopened = try TranslationMemory(database: pool)
        #expect(try reopened.lookup([key("Harga beras naik.")]).count == 1)
        let migrations = try pool.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == ["translation-memory-v1"])
    }
}
