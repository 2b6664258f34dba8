import Foundation
import LocalTranslation
import Testing

@Suite("Lexicon version")
struct LexiconFingerprintTests {
    /// A lexicon folder holding `files` (name → contents) in a new temporary directory.
    func lexicon(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test("an edit that keeps the number of entries gives a new version")
    func sameSizeDifferentEntry() throws {
        let first = try lexicon(["words.txt": "rumah = house ; n\nkucing = cat ; n\n"])
        let second = try lexicon(["words.txt": "rumah = home ; n\nkucing = cat ; n\n"])
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let before = try LocalTranslator(lexiconDirectory: first)
        let after = try LocalTranslator(lexiconDirectory: second)
        #expect(before.lexiconSize == after.lexiconSize)
        #expect(before.lexiconVersion != after.lexiconVersion)
    }

    @Test("the version is 16 hex digits, the same for the same files")
    func stable() throws {
        let directory = try lexicon(["a.txt": "rumah = house ; n\n", "b.txt": "kucing = cat ; n\n"])
        let copy = try lexicon(["a.txt": "rumah = house ; n\n", "b.txt": "kucing = cat ; n\n"])
        defer {
            try? FileManager.default.removeItem(at: directory)
            try? FileManager.default.removeItem(at: copy)
        }
        let version = try LocalTranslator(lexiconDirectory: directory).lexiconVersion
        #expect(version.count == 16)
        #expect(version.allSatisfy { $0.isHexDigit })
        let copyVersion = try LocalTranslator(lexiconDirectory: copy).lexiconVersion
        #expect(copyVersion == version)
    }

    @Test("moving an entry to another file changes the version")
    func fileNamesCount() throws {
        let together = try lexicon(["a.txt": "rumah = house ; n\nkucing = cat ; n\n"])
        let apart = try lexicon(["a.txt": "rumah = house ; n\n", "b.txt": "kucing = cat ; n\n"])
        defer {
            try? FileManager.default.removeItem(at: together)
            try? FileManager.default.removeItem(at: apart)
        }
        let togetherVersion = try LocalTranslator(lexiconDirectory: together).lexiconVersion
        let apartVersion = try LocalTranslator(lexiconDirectory: apart).lexiconVersion
        #expect(togetherVersion != apartVersion)
    }

    @Test("the bundled lexicon has a version")
    func bundled() {
        #expect(LocalTranslator.shared.lexiconVersion.count == 16)
    }
}
