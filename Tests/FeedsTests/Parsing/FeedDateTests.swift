import Feeds
import Foundation
import Testing

@Suite struct FeedDateTests {
    private func utc(_ text: String) -> String? {
        FeedDate.parse(text).map(FeedDate.iso8601)
    }

    @Test func readsRFC822DatesWithNumericOffsets() {
        #expect(utc("Mon, 30 Nov 2026 06:00:00 +0700") == "2026-11-29T23:00:00Z")
        #expect(utc("Mon, 30 Nov 2026 06:00:00 -0330") == "2026-11-30T09:30:00Z")
    }

    @Test func readsRFC822VariantsFoundInFeeds() {
        #expect(utc("30 Nov 2026 06:00 GMT") == "2026-11-30T06:00:00Z", "no weekday, no seconds")
        #expect(utc("Sen, 30 Nov 26 06:00:00 WIB") == "2026-11-29T23:00:00Z", "Indonesian weekday and zone, two-digit year")
        #expect(utc("Kamis, 3 Des 2026 10:00:00 WITA") == "2026-12-03T02:00:00Z", "Indonesian month")
        #expect(utc("Tue, 1 Jun 2027 12:00:00 EDT") == "2027-06-01T16:00:00Z")
    }

    @Test func readsISO8601Forms() {
        #expect(utc("2026-11-30T06:15:00+07:00") == "2026-11-29T23:15:00Z")
        #expect(utc("2026-11-30T06:15:00.250Z") == "2026-11-30T06:15:00Z")
        #expect(utc("2026-11-30 06:15:00+0700") == "2026-11-29T23:15:00Z")
        #expect(utc("2026-11-30T06:15+07:00") == "2026-11-29T23:15:00Z")
        #expect(utc("2026-11-30") == "2026-11-30T00:00:00Z")
    }

    @Test func refusesWhatIsNotADate() {
        #expect(FeedDate.parse("kemarin sore") == nil)
        #expect(FeedDate.parse("2026-13-01T00:00:00Z") == nil)
        #expect(FeedDate.parse("31 Feb 2026 10:00:00 GMT") == nil)
        #expect(FeedDate.parse("30 Nov 2026 06:00:00 XYZ") == nil)
        #expect(FeedDate.parse("") == nil)
    }

    @Test func keepsAnISO8601TextAsWrittenAndRewritesOthersInUTC() {
        #expect(FeedDate.iso8601("2026-11-30T06:15:00+07:00") == "2026-11-30T06:15:00+07:00")
        #expect(FeedDate.iso8601("Mon, 30 Nov 2026 06:00:00 +0700") == "2026-11-29T23:00:00Z")
        #expect(FeedDate.iso8601("besok") == nil)
    }

    @Test func writesDatesBeforeTheEpochAndInLeapYears() {
        #expect(utc("29 Feb 2028 00:00:00 GMT") == "2028-02-29T00:00:00Z")
        #expect(utc("1969-12-31T23:59:59Z") == "1969-12-31T23:59:59Z")
    }
}
