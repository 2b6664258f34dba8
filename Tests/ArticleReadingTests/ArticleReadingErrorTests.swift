import Testing
@testable import ArticleReading

@Suite struct ArticleReadingErrorTests {
    @Test func everyMessageNamesTheInputAndWhatToDo() {
        let messages = [
            ArticleReadingError.unreadable(path: "rahasia.txt", reason: "permission denied; check the file's permissions"),
            .notFound(path: "hilang.txt"),
            .isDirectory(path: "arsip"),
            .empty(origin: "kosong.txt"),
            .noText(origin: "menu.html", format: .html),
            .binary(origin: "foto.txt"),
            .tooLarge(origin: "besar.txt", bytes: 50_000_000, limit: 16 << 20),
            .invalidJSONLine(origin: "batch.jsonl:7", reason: "missing \"text\""),
            .multipleArticles(origin: "batch.jsonl", count: 3),
        ].map(\.description)
        #expect(messages == [
            "rahasia.txt: cannot read the file: permission denied; check the file's permissions",
            "hilang.txt: no such file; check the path (use - to read standard input)",
            "arsip: is a directory; give the path of an article file",
            "kosong.txt: the input is empty or only whitespace; there is no article to read",
            "menu.html: the HTML page holds no readable text (only markup, scripts or navigation); check that it is the article itself",
            "foto.txt: this looks like binary data, not text (NUL or control bytes near the start); give a text, Markdown, HTML or JSON Lines file",
            "besar.txt: 47.7 MiB is more than the 16 MiB limit for one input; split it into smaller files",
            "batch.jsonl:7: missing \"text\"",
            "batch.jsonl: holds 3 JSON Lines articles, not one; read it as a batch",
        ])
    }

    @Test func sizesTooCloseToRoundAreGivenInBytes() {
        let message = ArticleReadingError.tooLarge(origin: "stdin", bytes: (16 << 20) + 1, limit: 16 << 20).description
        #expect(message == "stdin: 16777217 bytes is more than the 16777216-byte limit for one input; split it into smaller files")
    }
}
