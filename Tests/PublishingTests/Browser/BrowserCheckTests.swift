import Testing
import Foundation
import Publishing
import WartaTestSupport

/// Where Chromium is, if installed: the check needs a real browser and is skipped without one.
private let chromiumPath: String? = {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for directory in paths {
        for name in ["chromium", "chromium-browser"] {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
    }
    return nil
}()

/// `scripts/check-html` on real pages; skipped (not failed) when `chromium` is not installed.
/// Set `WARTA_SCREENSHOTS` to a directory to keep the pages and their screenshots for a look.
@Suite("HTML in a real browser", .enabled(if: chromiumPath != nil, "needs Debian's chromium (apt-get install chromium)"))
struct BrowserCheckTests {
    /// The width and height stored in a PNG's header.
    private func pngSize(_ url: URL) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: url).prefix(24))
        try #require(bytes.count == 24 && bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(url.lastPathComponent) is not a PNG")
        func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    @Test("an article page and the digest are screenshotted at phone and desktop sizes")
    func screenshots() throws {
        let directory = try TemporaryDirectory()
        let pages = try ArticleWriter(directory: directory.url, formats: [.html], synchronize: false)
        let digest = try DigestWriter(directory: directory.url, runName: "periksa", synchronize: false)
        for article in [SampleArticles.translated(), SampleArticles.mixed(), SampleArticles.hostile()] {
            try digest.append(DigestEntry(article: article, files: try pages.write(article)))
        }
        try digest.finish()

        let kept = ProcessInfo.processInfo.environment["WARTA_SCREENSHOTS"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        let shots = kept ?? directory.url.appendingPathComponent("shots")
        if let kept {
            try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
            for name in try directory.names() where name.hasSuffix(".html") {
                let copy = kept.appendingPathComponent(name)
                try? FileManager.default.removeItem(at: copy)
                try FileManager.default.copyItem(at: directory.url.appendingPathComponent(name), to: copy)
            }
        }
        let process = Process()
        process.executableURL = SharedData.repositoryRoot.appendingPathComponent("scripts/check-html")
        process.arguments = ["--out", shots.path, directory.url.appendingPathComponent("campuran.html").path,
                             directory.url.appendingPathComponent("digest.html").path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        for stem in ["campuran", "digest"] {
            let phone = try pngSize(shots.appendingPathComponent("\(stem)-phone.png"))
            let desktop = try pngSize(shots.appendingPathComponent("\(stem)-desktop.png"))
            #expect(phone.width == 390 && phone.height == 844)
            #expect(desktop.width == 1280 && desktop.height == 900)
        }
    }
}
