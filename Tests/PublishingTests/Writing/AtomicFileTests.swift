import Testing
import Foundation
import Publishing

@Suite("Atomic files")
struct AtomicFileTests {
    @Test("writing leaves the new file and no temporary file")
    func leavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let target = directory.url.appendingPathComponent("halaman.md")
        try AtomicFile.write("isi pertama\n", to: target)
        try AtomicFile.write("isi kedua\n", to: target, synchronize: false)
        #expect(try directory.text("halaman.md") == "isi kedua\n")
        #expect(try directory.names() == ["halaman.md"])
    }

    @Test("a write that fails leaves the old file whole and no temporary file")
    func failureKeepsOldFile() throws {
        let directory = try TemporaryDirectory()
        let target = directory.url.appendingPathComponent("halaman.md")
        try AtomicFile.write("lama\n", to: target)
        // A directory cannot be renamed over a file, nor a file over a non-empty directory.
        let blocked = directory.url.appendingPathComponent("blocked")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: PublishingError.self) { try AtomicFile.write("baru\n", to: blocked) }
        #expect(try directory.text("halaman.md") == "lama\n")
        #expect(try directory.names() == ["blocked", "halaman.md"])
    }

    @Test("a missing directory is an error naming the file")
    func missingDirectory() throws {
        let directory = try TemporaryDirectory()
        let target = directory.url.appendingPathComponent("tidak-ada/halaman.md")
        do {
            try AtomicFile.write("x", to: target)
            Issue.record("expected an error")
        } catch {
            guard case let .cannotWrite(path, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(path.contains("tidak-ada/"))
        }
    }

    @Test("temporary files of processes that are gone are removed; those of running ones stay")
    func removesAbandonedFiles() throws {
        let directory = try TemporaryDirectory()
        // Process ids beyond the kernel's maximum (4194304 on Linux) never run.
        let abandoned = "\(AtomicFile.temporaryPrefix)999999999.abc"
        let ours = "\(AtomicFile.temporaryPrefix)\(getpid()).def"
        for name in [abandoned, ours, "halaman.md"] {
            try Data("x".utf8).write(to: directory.url.appendingPathComponent(name))
        }
        #expect(AtomicFile.removeAbandonedTemporaryFiles(in: directory.url) == 1)
        #expect(try directory.names() == [ours, "halaman.md"])
    }
}
