import Testing
@testable import ArticleReading

@Suite struct PlainTextLayoutTests {
    @Test func tidyTrimsLinesCollapsesSpacesAndBlankRuns() {
        #expect(PlainTextLayout.tidy("\n\n  Judul  berita  \n\n\n\nIsi   satu.\nIsi dua.  \n\n") == "Judul berita\n\nIsi satu.\nIsi dua.")
    }

    @Test func singleLinePutsEverythingOnOneLine() {
        #expect(PlainTextLayout.singleLine("  Satu\n dua\t tiga  ") == "Satu dua tiga")
    }

    @Test func joinParagraphsSeparatesWithBlankLinesAndDropsEmptyOnes() {
        #expect(PlainTextLayout.joinParagraphs(["Satu.", "  ", "Dua\nbaris."]) == "Satu.\n\nDua baris.")
    }
}
