import Foundation
import Testing
@testable import IndonesianText

@Suite struct TextNormalizerTests {
    @Test func leavesPlainASCIIUntouched() {
        let text = "Gubernur meninjau lokasi banjir.\nWarga diminta waspada."
        #expect(TextNormalizer.normalize(text) == text)
    }

    @Test func foldsNonBreakingAndOtherUnicodeSpacesToASpace() {
        #expect(TextNormalizer.normalize("Rp\u{00A0}10.000") == "Rp 10.000")
        #expect(TextNormalizer.normalize("10\u{202F}km\u{2009}dari\u{3000}pusat\tkota") == "10 km dari pusat kota")
    }

    @Test func stripsZeroWidthCharactersBidiMarksAndSoftHyphens() {
        #expect(TextNormalizer.normalize("pe\u{200B}merintah") == "pemerintah")
        #expect(TextNormalizer.normalize("\u{FEFF}Berita\u{200E} \u{202E}terbalik\u{202C}") == "Berita terbalik")
        #expect(TextNormalizer.normalize("ke\u{00AD}bijakan \u{2066}baru\u{2069}") == "kebijakan baru")
    }

    @Test func keepsTheJoinerInsideEmojiSequences() {
        let family = "Keluarga \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} berlibur."
        #expect(TextNormalizer.normalize(family) == family)
    }

    @Test func composesDecomposedLettersToNFC() {
        let decomposed = "Caf\u{0065}\u{0301} di Men\u{0074}\u{0065}\u{0301}ng"
        let normalized = TextNormalizer.normalize(decomposed)
        #expect(normalized.unicodeScalars.map(\.value) == "Café di Menténg".unicodeScalars.map(\.value))
        #expect(normalized.unicodeScalars.contains { $0.value == 0xE9 })
    }

    @Test func unifiesLineEndings() {
        #expect(TextNormalizer.normalize("satu\r\ndua\rtiga\u{2028}empat\u{2029}lima\u{0085}enam") == "satu\ndua\ntiga\nempat\nlima\nenam")
        #expect(TextNormalizer.normalize("a\r\n\r\nb") == "a\n\nb")
    }

    @Test func dropsStrayControlCharacters() {
        #expect(TextNormalizer.normalize("Bel\u{0007}ok\u{007F} dan \u{0091}kutip") == "Belok dan kutip")
        #expect(TextNormalizer.normalize("halaman\u{000C}baru") == "halaman\nbaru")
    }

    @Test func keepsTypographicPunctuationAndOtherScripts() {
        let text = "“Kami siap,” ujarnya — 5 € per orang… ١٢٣ 東京 한국"
        #expect(TextNormalizer.normalize(text) == text)
    }

    @Test func theNFCShortcutNeverSkipsACharacterNFCWouldChange() {
        // Every scalar the shortcut calls stable must be unchanged by NFC on its own.
        var unstable: [UInt32] = []
        for value in stride(from: UInt32(0x20), through: 0x2FFFF, by: 1) {
            guard let scalar = Unicode.Scalar(value), !TextNormalizer.mayChangeUnderNFC(value) else { continue }
            let text = String(Character(scalar))
            if scalar.properties.canonicalCombiningClass.rawValue != 0
                || text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value) != [value] {
                unstable.append(value)
            }
        }
        #expect(unstable.isEmpty)
    }

    @Test func isIdempotent() {
        let text = "Jalan\u{00A0}Sudirman\r\nmacet\u{200B} parah, ca\u{0066}e\u{0301} tutup."
        let once = TextNormalizer.normalize(text)
        #expect(TextNormalizer.normalize(once) == once)
    }
}
