import Testing
@testable import ArticleReading

@Suite struct TextDecoderTests {
    @Test func readsValidUTF8AsUTF8() throws {
        let decoded = try TextDecoder.decode(Array("Kopi Gayo 100% asli — “juara”.".utf8), origin: "kopi.txt")
        #expect(decoded.text == "Kopi Gayo 100% asli — “juara”.")
        #expect(decoded.encoding == .utf8)
    }

    @Test func readsInvalidUTF8AsWindows1252() throws {
        // 0x80 is the euro sign, 0x96 an en dash, 0xE8 è; 0x81 is undefined.
        let decoded = try TextDecoder.decode([0x80, 0x20, 0x35, 0x96, 0x36, 0x20, 0xE8, 0x81], origin: "harga.txt")
        #expect(decoded.text == "€ 5–6 è\u{FFFD}")
        #expect(decoded.encoding == .windows1252)
    }

    @Test func readsBigEndianUTF16AndDropsAnOddTrailingByte() throws {
        let decoded = try TextDecoder.decode([0xFE, 0xFF, 0x00, 0x4F, 0x00, 0x4B, 0x00], origin: "ok.txt")
        #expect(decoded.text == "OK")
        #expect(decoded.encoding == .utf16BigEndian)
    }

    @Test func recognizesUnmarkedUTF16ByItsZeroBytes() throws {
        let bytes = "Sidang ditunda.".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decoded = try TextDecoder.decode(bytes, origin: "sidang.txt")
        #expect(decoded.text == "Sidang ditunda.")
        #expect(decoded.encoding == .utf16BigEndian)
    }

    @Test func refusesBinaryData() {
        #expect(TextDecoder.looksBinary([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]))
        #expect(TextDecoder.looksBinary(Array("abc".utf8) + [0x00] + Array("def".utf8)))
        #expect(TextDecoder.looksBinary(Array(repeating: 0x02, count: 40) + Array(repeating: 0x41, count: 1000)))
        #expect(!TextDecoder.looksBinary(Array("Baris satu\tkolom\r\nBaris dua\u{0C}".utf8)))
        #expect(throws: ArticleReadingError.binary(origin: "x.bin")) {
            try TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], origin: "x.bin")
        }
    }
}

@Suite struct TextDecoderFallbackTests {
    @Test func keepsUTF8SequencesWhenAFewBytesAreWindows1252() throws {
        // UTF-8 "café" with Windows-1252 quotes pasted around it.
        let bytes: [UInt8] = [0x93] + Array("café".utf8) + [0x94, 0x20, 0x96, 0x20] + Array("ok".utf8)
        let decoded = try TextDecoder.decode(bytes, origin: "campur.txt")
        #expect(decoded.text == "“café” – ok")
        #expect(decoded.encoding == .windows1252)
    }

    @Test func refusesBinaryThatOnlyLooksLikeUTF16() {
        // Little-endian 16-bit numbers below 32: zero bytes on one side, but no text.
        let bytes: [UInt8] = (0..<512).flatMap { number -> [UInt8] in [UInt8(number % 31 + 1), 0x00] }
        #expect(throws: ArticleReadingError.binary(origin: "angka.bin")) { try TextDecoder.decode(bytes, origin: "angka.bin") }
    }
}
