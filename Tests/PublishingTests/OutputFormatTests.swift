import Testing
import Publishing

@Suite("Output formats")
struct OutputFormatTests {
    @Test("a comma-separated list gives the formats in its order, each once")
    func parsesList() throws {
        #expect(try OutputFormat.parseList("md,json,html") == [.markdown, .json, .html])
        #expect(try OutputFormat.parseList("html, MD ,html") == [.html, .markdown])
        #expect(try OutputFormat.parseList("markdown") == [.markdown])
        #expect(try OutputFormat.parseList("json,") == [.json])
    }

    @Test("an unknown name is an error naming it and the known formats")
    func rejectsUnknownName() {
        #expect(throws: PublishingError.unknownFormat(name: "pdf", known: ["md", "json", "html"])) {
            try OutputFormat.parseList("md,pdf")
        }
        let message = PublishingError.unknownFormat(name: "pdf", known: ["md", "json", "html"]).description
        #expect(message.contains("\"pdf\"") && message.contains("md, json, html"))
    }

    @Test("a list naming nothing is an error")
    func rejectsEmptyList() {
        #expect(throws: PublishingError.noFormats(list: " , ")) { try OutputFormat.parseList(" , ") }
        #expect(throws: PublishingError.noFormats(list: "")) { try OutputFormat.parseList("") }
    }

    @Test("each format has its file extension")
    func extensions() {
        #expect(OutputFormat.allCases.map(\.fileExtension) == ["md", "json", "html"])
    }
}
