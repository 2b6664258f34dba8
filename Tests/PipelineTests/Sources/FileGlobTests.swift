import Foundation
import Pipeline
import Testing

/// File patterns as job files write them.
@Suite struct FileGlobTests {
    static func tree() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("warta-glob-\(UUID().uuidString)")
        for path in ["a.txt", "b.md", ".hidden.txt", "x/c.txt", "x/y/d.txt", "x/y/e.html"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "teks".write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func starMatchesWithinOneDirectoryAndSkipsHiddenFiles() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(FileGlob(root.path + "/*.txt").matches() == [root.path + "/a.txt"])
    }

    @Test func doubleStarMatchesAnyDepthIncludingNone() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(FileGlob(root.path + "/**/*.txt").matches() == [root.path + "/a.txt", root.path + "/x/c.txt", root.path + "/x/y/d.txt"])
    }

    @Test func aPlainPathMatchesItselfOnlyWhenItExists() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(FileGlob(root.path + "/b.md").matches() == [root.path + "/b.md"])
        #expect(FileGlob(root.path + "/nothing.md").matches().isEmpty)
    }
}
