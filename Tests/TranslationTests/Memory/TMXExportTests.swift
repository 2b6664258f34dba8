import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Storage
import Testing
@testable import Translation

@Suite("TMX export of the translation memory")
struct TMXExportTests {
    /// What an XML parser reads back from a TMX file.
    final class ReadBack: NSObject, XMLParserDelegate {
        var header: [String: String] = [:]
        var units: [[String: String]] = []
        var tmxVersion: String?
        private var currentUnit: [String: String]?
        private var currentLanguage: String?
        private var text: String?

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch element {
            case "tmx": tmxVersion = attributes["version"]
            case "header": header = attributes
            case "tu": currentUnit = ["creationdate": attributes["creationdate"] ?? ""]
            case "tuv": currentLanguage = attributes["xml:lang"]
            case "seg", "prop": text = ""
            default: break
            }
            if element == "prop" { currentLanguage = attributes["type"] }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "seg" || element == "prop", let language = currentLanguage {
                currentUnit?[language] = text
                text = nil
            }
            if element == "tu", let unit = currentUnit {
                units.append(unit)
                currentUnit = nil
            }
        }
    }

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tmx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func readBack(_ path: String) throws -> ReadBack {
        let parser = try #require(XMLParser(contentsOf: URL(fileURLWithPath: path)))
        let delegate = ReadBack()
        parser.delegate = delegate
        #expect(parser.parse(), "XMLParser: \(String(describing: parser.parserError))")
        return delegate
    }

    private func entry(_ source: String, _ english: String) -> TranslationMemoryEntry {
        let key = TranslationMemoryKey(providerKind: "openai", model: "m1", promptHash: nil, glossaryHash: nil, source: source)
        return TranslationMemoryEntry(key: key, source: source, english: english, provider: "main-llm", model: "m1")
    }

    @Test("writes TMX 1.4 that XMLParser reads: header, one unit per entry, both languages")
    func validDocument() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        try memory.store([entry("Harga beras naik.", "Rice prices rose."), entry("Hujan deras.", "Heavy rain.")])
        let path = directory.appendingPathComponent("memory.tmx").path
        #expect(try memory.exportTMX(to: path) == 2)

        let document = try readBack(path)
        #expect(document.tmxVersion == "1.4")
        #expect(document.header["creationtool"] == "Warta")
        #expect(document.header["srclang"] == "id")
        #expect(document.header["segtype"] == "paragraph")
        #expect(document.header["o-tmf"] != nil && document.header["adminlang"] != nil && document.header["datatype"] != nil)
        #expect(Set(document.units.compactMap { $0["id"] }) == ["Harga beras naik.", "Hujan deras."])
        #expect(Set(document.units.compactMap { $0["en"] }) == ["Rice prices rose.", "Heavy rain."])
        #expect(document.units.allSatisfy { $0["x-provider"] == "main-llm" && $0["x-model"] == "m1" })
        // TMX dates are ISO 8601 basic, UTC: 20261130T142500Z.
        #expect(document.units.allSatisfy { ($0["creationdate"] ?? "").count == 16 && ($0["creationdate"] ?? "").hasSuffix("Z") })
    }

    @Test("round-trips hostile text: markup, quotes, ampersands, CDATA ends, line breaks, emoji")
    func hostileText() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let hostile = [
            "<script>alert('x')</script> & \"kutipan\" ]]> &amp; <![CDATA[ x ]]>",
            "Baris satu\r\nbaris dua\tdengan tab",
            "Emoji 🇮🇩 dan aksara ꦗꦮ, café",
        ]
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        try memory.store(hostile.map { entry($0, "EN: " + $0) })
        let path = directory.appendingPathComponent("hostile.tmx").path
        try memory.exportTMX(to: path)
        let document = try readBack(path)
        #expect(Set(document.units.compactMap { $0["id"] }) == Set(hostile))
        #expect(Set(document.units.compactMap { $0["en"] }) == Set(hostile.map { "EN: " + $0 }))
    }

    @Test("replaces control characters XML cannot carry instead of writing an unreadable file")
    func controlCharacters() throws {
        var buffer: [UInt8] = []
        TMXWriter.appendEscaped("a\u{0}b\u{1B}c\u{FFFF}", to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
    }

    @Test("writes TMX dates as ISO 8601 basic in UTC")
    func timestamps() {
        #expect(TMXWriter.timestamp(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
        #expect(TMXWriter.timestamp(Date(timeIntervalSince1970: 1_796_048_700)) == "20261130T142500Z")
        #expect(TMXWriter.timestamp(Date(timeIntervalSince1970: 951_825_600)) == "20000229T120000Z")
    }

    @Test("an empty memory exports a valid file with no units")
    func emptyMemory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        let path = directory.appendingPathComponent("empty.tmx").path
        #expect(try memory.exportTMX(to: path) == 0)
        #expect(try readBack(path).units.isEmpty)
    }

    @Test("replaces an existing file whole and leaves no temporary file behind")
    func atomicReplace() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("memory.tmx").path
        try "old contents".write(toFile: path, atomically: true, encoding: .utf8)
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        try memory.store([entry("Hujan deras.", "Heavy rain.")])
        try memory.exportTMX(to: path)
        #expect(try readBack(path).units.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["memory.tmx"])
    }

    @Test("fails with the path when the directory does not exist, creating nothing")
    func unwritable() throws {
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        let path = "/nonexistent-\(UUID().uuidString)/memory.tmx"
        #expect {
            try memory.exportTMX(to: path)
        } throws: { error in
            guard case TranslationMemoryError.cannotWrite(let failedPath, _) = error else { return false }
            return failedPath == path
        }
    }

    @Test("streams a large memory with the language codes asked for")
    func largeExport() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = try TranslationMemory(database: StoreDatabase.openInMemory())
        try memory.store((0..<3_000).map { entry("Kalimat nomor \($0) yang cukup panjang untuk mengisi penyangga.", "Sentence \($0).") })
        let path = directory.appendingPathComponent("large.tmx").path
        #expect(try memory.exportTMX(to: path, sourceLanguage: "id-ID", targetLanguage: "en-GB") == 3_000)
        let document = try readBack(path)
        #expect(document.units.count == 3_000)
        #expect(document.header["srclang"] == "id-ID")
        #expect(document.units.allSatisfy { $0["id-ID"] != nil && $0["en-GB"] != nil })
    }
}
