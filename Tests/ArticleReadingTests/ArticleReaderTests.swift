import Foundation
import Testing
import WartaTestSupport
@testable import ArticleReading

@Suite struct ArticleReaderTests {
    let reader = ArticleReader()

    // MARK: - Formats

    @Test func readsAPlainTextFileKeepingItsLines() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("banjir-bekasi.txt", """
            Banjir Rendam Ratusan Rumah di Bekasi  \r
            \r
            Bekasi - Hujan deras sejak Senin malam membuat Kali Bekasi meluap.   \r
            Warga   mengungsi ke masjid terdekat.\r
            \r
            \r
            \r
            Petugas membagikan makanan siap saji.\r

            """)
        let article = try reader.read(path: path)
        #expect(article.id == "banjir-bekasi")
        #expect(article.origin == path)
        #expect(article.title == nil)
        #expect(article.text == """
            Banjir Rendam Ratusan Rumah di Bekasi

            Bekasi - Hujan deras sejak Senin malam membuat Kali Bekasi meluap.
            Warga mengungsi ke masjid terdekat.

            Petugas membagikan makanan siap saji.
            """)
    }

    @Test func readsAMarkdownFileWithItsHeadingAsTitle() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("pasar.md", """
            # Harga Cabai Naik Menjelang Lebaran

            ![Pedagang cabai](https://contoh.id/cabai.jpg)

            **Jakarta** - Harga cabai rawit di [Pasar Induk Kramat Jati](https://contoh.id/pasar)
            naik hingga *dua kali lipat* pekan ini.

            - Cabai rawit: Rp 80.000 per kilogram.
            - Bawang merah: Rp 45.000 per kilogram.
            """)
        let article = try reader.read(path: path)
        #expect(article.title == "Harga Cabai Naik Menjelang Lebaran")
        #expect(article.text == """
            Jakarta - Harga cabai rawit di Pasar Induk Kramat Jati naik hingga dua kali lipat pekan ini.

            Cabai rawit: Rp 80.000 per kilogram.

            Bawang merah: Rp 45.000 per kilogram.
            """)
    }

    @Test func readsAnHTMLFileKeepingParagraphs() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("kereta.html", """
            <!DOCTYPE html>
            <html><head>
            <meta charset="utf-8">
            <meta property="og:title" content="KRL Tambah Perjalanan Malam">
            <title>KRL Tambah Perjalanan Malam - Kabar Kota</title>
            <script>var iklan = "jangan dibaca";</script>
            </head>
            <body>
            <nav><a href="/">Beranda</a> <a href="/kota">Kota</a></nav>
            <article>
              <h1>KRL Tambah Perjalanan Malam</h1>
              <p>Jakarta &ndash; PT KAI Commuter menambah <b>empat</b> perjalanan malam mulai pekan depan.</p>
              <p>Penambahan ini untuk mengurangi kepadatan penumpang&nbsp;di Stasiun Manggarai.</p>
            </article>
            <footer>Hak cipta &copy; Kabar Kota</footer>
            </body></html>
            """)
        let article = try reader.read(path: path)
        #expect(article.id == "kereta")
        #expect(article.title == "KRL Tambah Perjalanan Malam")
        #expect(article.text == """
            Jakarta – PT KAI Commuter menambah empat perjalanan malam mulai pekan depan.

            Penambahan ini untuk mengurangi kepadatan penumpang di Stasiun Manggarai.
            """)
    }

    @Test func sniffsTheFormatWhenTheExtensionSaysNothing() throws {
        let directory = try TemporaryDirectory()
        let html = try directory.write("halaman", "<html><body><p>Gempa kecil terasa di Garut pagi ini.</p></body></html>")
        let markdown = try directory.write("catatan.dat", "# Gempa di Garut\n\nGempa **kecil** terasa pagi ini.")
        let lines = try directory.write("kiriman", #"{"id": "g1", "text": "Gempa kecil terasa di Garut."}"#)
        #expect(try reader.read(path: html).text == "Gempa kecil terasa di Garut pagi ini.")
        #expect(try reader.read(path: markdown).title == "Gempa di Garut")
        #expect(try reader.read(path: lines).id == "g1")
    }

    @Test func anExplicitFormatWinsOverTheExtension() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("catatan.txt", "# Judul\n\nIsi *berita* singkat.")
        #expect(try reader.read(path: path).text == "# Judul\n\nIsi *berita* singkat.")
        let markdown = try reader.read(path: path, format: .markdown)
        #expect(markdown.title == "Judul")
        #expect(markdown.text == "Isi berita singkat.")
    }

    @Test func aSavedWebPageNamedTxtIsReadAsHTML() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("simpan.txt", "<!DOCTYPE html><html><body><p>Lalu lintas lancar.</p></body></html>")
        #expect(try reader.read(path: path).text == "Lalu lintas lancar.")
        #expect(try reader.read(path: path, format: .text).text.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func readsContentsAlreadyInMemory() throws {
        let page = Array("<p>Harga beras turun di Cianjur.</p><p>Stok aman.</p><br><div>Petani lega.</div>".utf8)
        let article = try reader.read(contents: page, origin: "https://contoh.id/beras", format: .html)
        #expect(article.id == "https://contoh.id/beras")
        #expect(article.text == "Harga beras turun di Cianjur.\n\nStok aman.\n\nPetani lega.")
    }

    @Test func readsAFIFOLikeStandardInput() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("pipa")
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(Data("Sidang lanjutan digelar Kamis.\n".utf8))
            try? handle?.close()
        }
        writer.start()
        let article = try reader.read(path: path)
        #expect(article.text == "Sidang lanjutan digelar Kamis.")
    }

    @Test func textWithoutSentencePunctuationIsFine() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("judul.txt", "Presiden Resmikan Bendungan Baru di Sulawesi Selatan")
        #expect(try reader.read(path: path).text == "Presiden Resmikan Bendungan Baru di Sulawesi Selatan")
    }

    // MARK: - Decoding

    @Test func fallsBackToWindows1252ForBytesThatAreNotUTF8() throws {
        let directory = try TemporaryDirectory()
        // “Kafe” ramai, kata pemilik café itu. — in Windows-1252.
        var bytes: [UInt8] = [0x93] + Array("Kafe".utf8) + [0x94] + Array(" ramai, kata pemilik caf".utf8)
        bytes += [0xE9] + Array(" itu.".utf8)
        let path = try directory.write("kafe.txt", bytes: bytes)
        #expect(try reader.read(path: path).text == "\u{201C}Kafe\u{201D} ramai, kata pemilik café itu.")
    }

    @Test func dropsAUTF8ByteOrderMark() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Rapat dimulai.".utf8))
        #expect(try reader.read(path: path).text == "Rapat dimulai.")
    }

    @Test func readsUTF16WithAndWithoutAByteOrderMark() throws {
        let directory = try TemporaryDirectory()
        let sentence = "Cuaca cerah di Denpasar, suhu 31°C."
        let littleEndian = sentence.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian = sentence.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let marked = try directory.write("le.txt", bytes: [0xFF, 0xFE] + littleEndian)
        let markedBig = try directory.write("be.txt", bytes: [0xFE, 0xFF] + bigEndian)
        let unmarked = try directory.write("tanpa-bom.txt", bytes: littleEndian)
        #expect(try reader.read(path: marked).text == sentence)
        #expect(try reader.read(path: markedBig).text == sentence)
        #expect(try reader.read(path: unmarked).text == sentence)
    }

    @Test func normalizesTheText() throws {
        let directory = try TemporaryDirectory()
        let text = "Rp\u{00A0}5.000 un\u{200B}tuk caf\u{0065}\u{0301} \u{202E}kecil\u{202C} di Ban\u{00AD}dung."
        let path = try directory.write("harga.txt", text)
        #expect(try reader.read(path: path).text == "Rp 5.000 untuk caf\u{00E9} kecil di Bandung.")
    }

    // MARK: - Bad input

    @Test func aMissingPathIsNotFound() {
        #expect(throws: ArticleReadingError.notFound(path: "/tidak/ada/berita.txt")) {
            try reader.read(path: "/tidak/ada/berita.txt")
        }
    }

    @Test func aDirectoryIsRefused() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: ArticleReadingError.isDirectory(path: directory.url.path)) {
            try reader.read(path: directory.url.path)
        }
    }

    @Test(arguments: ["", "   \n\t\r\n  \n"])
    func anEmptyOrBlankFileIsEmpty(contents: String) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("kosong.txt", contents)
        #expect(throws: ArticleReadingError.empty(origin: path)) { try reader.read(path: path) }
    }

    @Test func textOfOnlyInvisibleCharactersIsEmpty() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("tak-terlihat.txt", "\u{200B}\u{FEFF}\u{00A0}\n\u{200E}")
        #expect(throws: ArticleReadingError.empty(origin: path)) { try reader.read(path: path) }
    }

    @Test func binaryFilesAreRefused() throws {
        let directory = try TemporaryDirectory()
        let withNul = try directory.write("gambar.txt", bytes: Array("Judul".utf8) + [0x00, 0x01, 0x02] + Array("isi".utf8))
        let controls = try directory.write("data.txt", bytes: (0..<400).map { UInt8($0 % 2 == 0 ? 0x41 : 0x01 + $0 % 7) })
        let pdf = try directory.write("laporan.txt", bytes: Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj".utf8))
        for path in [withNul, controls, pdf] {
            #expect(throws: ArticleReadingError.binary(origin: path)) { try reader.read(path: path) }
        }
    }

    @Test func aFileAboveTheLimitFailsWithoutBeingRead() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("besar.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        // A sparse 50 MB file: instant to make, and reading it would take a while.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ArticleReadingError.tooLarge(origin: path, bytes: 50_000_000, limit: 16 << 20)) {
            try reader.read(path: path)
        }
    }

    @Test func theSizeLimitIsAReaderProperty() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("sedang.txt", String(repeating: "Warga antre minyak goreng. ", count: 100))
        #expect(throws: ArticleReadingError.tooLarge(origin: path, bytes: 2700, limit: 1000)) {
            try ArticleReader(sizeLimit: 1000).read(path: path)
        }
        #expect(try ArticleReader(sizeLimit: 2700).read(path: path).text.hasPrefix("Warga antre"))
    }

    @Test func aStreamAboveTheLimitStopsBeingRead() throws {
        let limit = 1 << 20
        do {
            _ = try ArticleReader(sizeLimit: limit).read(path: "/dev/zero")
            Issue.record("an endless stream was read")
        } catch {
            guard case let .tooLarge(origin, bytes, reportedLimit) = error else {
                Issue.record("expected tooLarge, got \(error)")
                return
            }
            #expect(origin == "/dev/zero")
            #expect(bytes > limit && bytes <= limit + 64 * 1024)
            #expect(reportedLimit == limit)
        }
    }

    @Test func anHTMLPageWithoutTextHasNoText() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("kosong.html", "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>")
        #expect(throws: ArticleReadingError.noText(origin: path, format: .html)) { try reader.read(path: path) }
    }

    @Test func aMarkdownDocumentOfOnlyCodeAndImagesHasNoText() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("kode.md", "```\nprint(1)\n```\n\n![foto](a.jpg)\n<!-- catatan -->\n")
        #expect(throws: ArticleReadingError.noText(origin: path, format: .markdown)) { try reader.read(path: path) }
    }

    // MARK: - JSON Lines

    @Test func readsAJSONLinesBatchLineByLine() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("batch.jsonl", """
            {"id": "a1", "title": "Pasar Murah Digelar", "text": "Pemkot menggelar pasar murah.\\n\\nWarga antusias."}
            {"id": 2, "text": "Jalan tol baru dibuka.", "title": null}

            {"id": "a3", "text": "Tanpa judul."}\r
            {"id": "a4", "text": "Rusak", }
            [1, 2]
            {"text": "Tanpa id."}
            {"id": "a7", "title": "Kosong", "text": "   "}
            {"id": "a8", "teks": "Salah nama."}
            {"id": ["a9"], "text": "Id aneh."}
            """)
        let results = try reader.readJSONLines(path: path)
        #expect(results.count == 9)
        let first = try results[0].get()
        #expect(first == RawArticle(id: "a1", title: "Pasar Murah Digelar", text: "Pemkot menggelar pasar murah.\n\nWarga antusias.", origin: "\(path):1"))
        #expect(try results[1].get() == RawArticle(id: "2", text: "Jalan tol baru dibuka.", origin: "\(path):2"))
        #expect(try results[2].get().origin == "\(path):4")
        let messages = results.dropFirst(3).map { result -> String in
            guard case let .failure(error) = result else { return "success" }
            return error.description
        }
        #expect(messages == [
            "\(path):5: not valid JSON (trailing comma before '}' at column 31)",
            "\(path):6: not a JSON object but an array; each line must be {\"id\": ..., \"text\": ...}",
            "\(path):7: missing \"id\"",
            "\(path):8: \"text\" is empty",
            "\(path):9: missing \"text\"",
            "\(path):10: \"id\" must be a string or a number, not an array",
        ])
    }

    @Test func aSingleJSONLinesArticleCanBeReadAsOne() throws {
        let directory = try TemporaryDirectory()
        let one = try directory.write("satu.jsonl", #"{"id": "s1", "text": "Satu berita saja."}"# + "\n")
        let two = try directory.write("dua.jsonl", #"{"id": "d1", "text": "Satu."}"# + "\n" + #"{"id": "d2", "text": "Dua."}"#)
        let broken = try directory.write("rusak.jsonl", #"{"id": "r1"}"#)
        #expect(try reader.read(path: one).text == "Satu berita saja.")
        #expect(throws: ArticleReadingError.multipleArticles(origin: two, count: 2)) { try reader.read(path: two) }
        #expect(throws: ArticleReadingError.invalidJSONLine(origin: "\(broken):1", reason: "missing \"text\"")) {
            try reader.read(path: broken)
        }
    }

    @Test func aBatchMayBeUTF16AndKeepsLineSeparatorsInsideStrings() throws {
        let directory = try TemporaryDirectory()
        let lines = "{\"id\": \"u1\", \"text\": \"Baris satu.\u{2028}Baris dua.\"}\n{\"id\": \"u2\", \"text\": \"Kedua.\"}\n"
        let utf16 = try directory.write("utf16.jsonl", bytes: [0xFF, 0xFE] + lines.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let utf8 = try directory.write("utf8.jsonl", lines)
        for path in [utf16, utf8] {
            let articles = try reader.readJSONLines(path: path).map { try $0.get() }
            #expect(articles.map(\.id) == ["u1", "u2"])
            #expect(articles.first?.text == "Baris satu.\nBaris dua.")
        }
        let single = try directory.write("satu", "{\"id\": \"s\", \"text\": \"A\u{2028}B\"}")
        #expect(try reader.read(path: single).text == "A\nB")
    }

    @Test func aBatchThatCannotBeReadAtAllThrows() throws {
        let directory = try TemporaryDirectory()
        let empty = try directory.write("kosong.jsonl", "\n\n")
        let binary = try directory.write("biner.jsonl", bytes: [0x7B, 0x00, 0x00, 0x7D, 0x00, 0x01])
        #expect(throws: ArticleReadingError.notFound(path: directory.path("tidak-ada.jsonl"))) {
            try reader.readJSONLines(path: directory.path("tidak-ada.jsonl"))
        }
        #expect(throws: ArticleReadingError.empty(origin: empty)) { try reader.readJSONLines(path: empty) }
        #expect(throws: ArticleReadingError.binary(origin: binary)) { try reader.readJSONLines(path: binary) }
        #expect(throws: ArticleReadingError.tooLarge(origin: empty, bytes: 2, limit: 1)) {
            try ArticleReader(batchSizeLimit: 1).readJSONLines(path: empty)
        }
    }

    // MARK: - Shared data

    @Test func readsEverySummaryDevelopmentArticle() throws {
        let results = try reader.readJSONLines(path: SharedData.url("eval/summ-dev.jsonl").path)
        #expect(results.count == 300)
        let articles = results.compactMap { try? $0.get() }
        #expect(articles.count == 300)
        #expect(Set(articles.map(\.id)).count == 300)
        // IndoSum paragraphs are separated by blank lines, and reading keeps them.
        #expect(articles.allSatisfy { $0.text.contains("\n\n") || !$0.text.contains("\n") })
        #expect(articles.allSatisfy { !$0.text.hasPrefix(" ") && !$0.text.hasSuffix("\n") })
    }

    @Test func readsTheSeedArticle() throws {
        let directory = SharedData.url("articles")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasSuffix(".txt") })
        let article = try reader.read(path: directory.appendingPathComponent(name).path)
        #expect(article.text.split(separator: "\n", omittingEmptySubsequences: true).count >= 5)
        #expect(!article.text.contains("\r"))
    }
}
