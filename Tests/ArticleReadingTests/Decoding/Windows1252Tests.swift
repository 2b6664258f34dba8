import Testing
@testable import ArticleReading

@Suite struct Windows1252Tests {
    @Test func mapsTheHighControlRangeToPunctuation() {
        #expect(Windows1252.decode([0x91, 0x92, 0x93, 0x94, 0x85, 0x99]) == "‘’“”…™")
    }

    @Test func mapsTheLatin1RangeToItself() {
        #expect(Windows1252.decode([0x41, 0xA0, 0xE9, 0xFC, 0xFF]) == "A\u{A0}éüÿ")
    }

    @Test func mapsUndefinedBytesToTheReplacementCharacter() {
        #expect(Windows1252.decode([0x81, 0x8D, 0x8F, 0x90, 0x9D]) == String(repeating: "\u{FFFD}", count: 5))
    }
}
