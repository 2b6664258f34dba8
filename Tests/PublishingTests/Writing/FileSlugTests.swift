import Testing
import Publishing

@Suite("File slugs")
struct FileSlugTests {
    @Test("a simple lowercase id is its own slug")
    func keepsSafeIDs() {
        #expect(FileSlug.make(from: "berita-2024_01") == "berita-2024_01")
    }

    @Test("other ids keep a readable part and get a hash, so different ids never share a slug")
    func hashesOtherIDs() {
        let slug = FileSlug.make(from: "Berita/2024 Ekonomi")
        #expect(slug.hasPrefix("berita-2024-ekonomi-"))
        #expect(slug.count == "berita-2024-ekonomi-".count + 12)
        let ids = ["a/b", "a-b", "A-B", "a b", "a_b", "a..b", "a/b/", "A/B"]
        #expect(Set(ids.map(FileSlug.make)).count == ids.count)
    }

    @Test("path traversal and absolute paths become plain names")
    func blocksTraversal() {
        for id in ["../x", "../../etc/passwd", "/etc/passwd", "..", ".", ".hidden", "a/../../b", "x\\..\\y", "~/x"] {
            let slug = FileSlug.make(from: id)
            #expect(!slug.contains("/"), "\(id) -> \(slug)")
            #expect(!slug.contains("\\"), "\(id) -> \(slug)")
            #expect(!slug.hasPrefix("."), "\(id) -> \(slug)")
            #expect(!slug.contains(".."), "\(id) -> \(slug)")
            #expect(!slug.isEmpty)
        }
        #expect(FileSlug.make(from: "/etc/passwd").hasPrefix("etc-passwd-"))
    }

    @Test("accents are dropped, other scripts give a generic name, and the result is ASCII")
    func handlesUnicode() {
        #expect(FileSlug.make(from: "Café Déjà").hasPrefix("cafe-deja-"))
        #expect(FileSlug.make(from: "日本語").hasPrefix("article-"))
        #expect(FileSlug.make(from: "") .hasPrefix("article-"))
        for id in ["Café", "日本語", "emoji 🎉 x", "\u{202E}kanan"] {
            #expect(FileSlug.make(from: id).utf8.allSatisfy { $0 < 0x80 })
        }
    }

    @Test("long ids are cut, and the digest's own file names are never taken")
    func limitsAndReservedNames() {
        let long = String(repeating: "panjang", count: 100)
        #expect(FileSlug.make(from: long).utf8.count <= FileSlug.readableLimit + 13)
        #expect(FileSlug.make(from: "digest") != "digest")
        #expect(FileSlug.make(from: "articles") != "articles")
    }

    @Test("the slug is the same on every run")
    func isStable() {
        #expect(FileSlug.make(from: "Berita/1") == FileSlug.make(from: "Berita/1"))
    }
}
