import Foundation
import Testing
@testable import ArticleReading

@Suite struct InputLoaderTests {
    @Test func readsAFileWhoseSizeIsExactlyTheLimit() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("pas.txt", "12345")
        #expect(try InputLoader(limit: 5).load(path: path) == Array("12345".utf8))
        #expect(throws: ArticleReadingError.tooLarge(origin: path, bytes: 5, limit: 4)) {
            try InputLoader(limit: 4).load(path: path)
        }
    }

    @Test func anEmptyPathIsNotFound() {
        #expect(throws: ArticleReadingError.notFound(path: "\"\"")) { try InputLoader(limit: 10).load(path: "") }
    }

    @Test func aPathThroughAFileIsNotFound() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("berkas.txt", "isi")
        #expect(throws: ArticleReadingError.notFound(path: file + "/lagi.txt")) {
            try InputLoader(limit: 10).load(path: file + "/lagi.txt")
        }
    }

    @Test func anUnreadableFileSaysWhy() throws {
        // Root reads everything, so the check only means something for other users.
        guard getuid() != 0 else { return }
        let directory = try TemporaryDirectory()
        let path = try directory.write("rahasia.txt", "isi")
        #expect(chmod(path, 0) == 0)
        #expect(throws: ArticleReadingError.unreadable(path: path, reason: "permission denied; check the file's permissions")) {
            try InputLoader(limit: 10).load(path: path)
        }
    }
}
