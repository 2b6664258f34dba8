import Foundation
import Scheduling
import Testing

@Suite struct ScheduleListingTests {
    @Test func listsTheNextFiveFireTimesInTheJobsZoneAndInUTC() throws {
        let job = ScheduledJob(name: "morning-digest", schedule: try CronSchedule("0 6 * * *"))
        let lines = ScheduleListing.lines(for: [job], after: instant("2026-11-30T12:00:00Z"))
        #expect(lines.count == 6)
        #expect(lines[0] == "morning-digest: 0 6 * * * in Asia/Jakarta (catch-up: once)")
        #expect(lines[1] == "  Tue 2026-12-01 06:00 +07:00  =  2026-11-30 23:00 UTC")
        #expect(lines[5] == "  Sat 2026-12-05 06:00 +07:00  =  2026-12-04 23:00 UTC")
    }

    @Test func showsTheOffsetChangingAcrossDaylightSavingTime() throws {
        let job = ScheduledJob(
            name: "berlin", schedule: try CronSchedule("30 2 * * *", timeZoneIdentifier: "Europe/Berlin"), catchUp: .skip
        )
        let lines = ScheduleListing.lines(for: [job], after: instant("2026-03-28T00:00:00Z"), count: 3)
        #expect(lines == [
            "berlin: 30 2 * * * in Europe/Berlin (catch-up: skip)",
            "  Sat 2026-03-28 02:30 +01:00  =  2026-03-28 01:30 UTC",
            "  Sun 2026-03-29 03:00 +02:00  =  2026-03-29 01:00 UTC",
            "  Mon 2026-03-30 02:30 +02:00  =  2026-03-30 00:30 UTC",
        ])
    }

    @Test func listsEveryJobInOrder() throws {
        let jobs = [
            ScheduledJob(name: "a", schedule: try CronSchedule("@hourly", timeZoneIdentifier: "UTC")),
            ScheduledJob(name: "b", schedule: try CronSchedule("@daily", timeZoneIdentifier: "America/New_York")),
        ]
        let lines = ScheduleListing.lines(for: jobs, after: instant("2026-11-30T12:00:00Z"), count: 1)
        #expect(lines == [
            "a: @hourly in UTC (catch-up: once)",
            "  Mon 2026-11-30 13:00 +00:00  =  2026-11-30 13:00 UTC",
            "b: @daily in America/New_York (catch-up: once)",
            "  Tue 2026-12-01 00:00 -05:00  =  2026-12-01 05:00 UTC",
        ])
    }
}
