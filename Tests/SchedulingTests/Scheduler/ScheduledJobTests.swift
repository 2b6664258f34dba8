import Scheduling
import Testing

@Suite struct ScheduledJobTests {
    @Test func readsAJobFilesScheduleFieldsWithDefaults() throws {
        let job = try ScheduledJob(name: "digest", schedule: "0 6 * * *")
        #expect(job.schedule.timeZoneName == "Asia/Jakarta")
        #expect(job.catchUp == .once)
        let berlin = try ScheduledJob(name: "digest", schedule: "@hourly", timeZone: "Europe/Berlin", catchUp: "skip")
        #expect(berlin.schedule.timeZone.identifier == "Europe/Berlin")
        #expect(berlin.catchUp == .skip)
    }

    @Test func saysWhichFieldOfTheJobIsWrong() {
        #expect(throws: ScheduleError.unknownCatchUpPolicy("twice")) {
            try ScheduledJob(name: "digest", schedule: "@daily", catchUp: "twice")
        }
        #expect(throws: ScheduleError.unknownTimeZone("Europe/Berln", suggestion: nil)) {
            try ScheduledJob(name: "digest", schedule: "@daily", timeZone: "Europe/Berln")
        }
        #expect(throws: ScheduleError.invalidExpression(.unknownMacro("@often"))) {
            try ScheduledJob(name: "digest", schedule: "@often")
        }
    }
}
