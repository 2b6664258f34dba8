import Foundation
import Scheduling
import Testing

@Suite struct CronScheduleTests {
    // MARK: Time zones

    @Test func readsTheExpressionInJakartaTimeByDefault() throws {
        let schedule = try CronSchedule("0 6 * * *")
        #expect(schedule.timeZone.identifier == "Asia/Jakarta")
        #expect(schedule.nextFire(after: instant("2026-11-30T12:00:00Z")) == instant("2026-11-30T23:00:00Z"))
    }

    @Test func firesStrictlyAfterTheReferenceEvenOnAFireTime() throws {
        let schedule = try CronSchedule("0 6 * * *", timeZoneIdentifier: "Asia/Jakarta")
        #expect(schedule.nextFire(after: instant("2026-12-01T06:00:00+07:00")) == instant("2026-12-02T06:00:00+07:00"))
        #expect(schedule.nextFire(after: instant("2026-12-01T05:59:59+07:00")) == instant("2026-12-01T06:00:00+07:00"))
    }

    @Test func listsConsecutiveFireTimes() throws {
        let schedule = try CronSchedule("*/20 9 * * MON-FRI", timeZoneIdentifier: "Asia/Jakarta")
        // Friday 2026-12-04 afternoon: the next are Monday's three.
        let fires = schedule.nextFires(after: instant("2026-12-04T15:00:00+07:00"), count: 4)
        #expect(fires == [
            instant("2026-12-07T09:00:00+07:00"), instant("2026-12-07T09:20:00+07:00"),
            instant("2026-12-07T09:40:00+07:00"), instant("2026-12-08T09:00:00+07:00"),
        ])
    }

    @Test func findsLeapDaysYearsAhead() throws {
        let schedule = try CronSchedule("0 0 29 2 *", timeZoneIdentifier: "UTC")
        #expect(schedule.nextFire(after: instant("2026-03-01T00:00:00Z")) == instant("2028-02-29T00:00:00Z"))
        // 2100 is not a leap year.
        #expect(schedule.nextFire(after: instant("2096-03-01T00:00:00Z")) == instant("2104-02-29T00:00:00Z"))
    }

    @Test func appliesTheEitherDayRuleWhenBothDayFieldsAreRestricted() throws {
        // The 1st of the month or any Sunday, at noon.
        let schedule = try CronSchedule("0 12 1 * SUN", timeZoneIdentifier: "UTC")
        let fires = schedule.nextFires(after: instant("2026-11-27T00:00:00Z"), count: 3)
        #expect(fires == [instant("2026-11-29T12:00:00Z"), instant("2026-12-01T12:00:00Z"), instant("2026-12-06T12:00:00Z")])
    }

    @Test func rejectsUnknownZonesSuggestingTheSpelling() {
        #expect(throws: ScheduleError.unknownTimeZone("asia/jakarta", suggestion: "Asia/Jakarta")) {
            try CronSchedule("@daily", timeZoneIdentifier: "asia/jakarta")
        }
        #expect(throws: ScheduleError.unknownTimeZone("Jakarta", suggestion: "Asia/Jakarta")) {
            try CronSchedule("@daily", timeZoneIdentifier: "Jakarta")
        }
        #expect(throws: ScheduleError.unknownTimeZone("WIB", suggestion: nil)) {
            try CronSchedule("@daily", timeZoneIdentifier: "WIB")
        }
        #expect(throws: ScheduleError.unknownTimeZone("Mars/Olympus", suggestion: nil)) {
            try CronSchedule("@daily", timeZoneIdentifier: "Mars/Olympus")
        }
        let message = ScheduleError.unknownTimeZone("WIB", suggestion: nil).description
        #expect(message.contains("IANA name such as Asia/Jakarta"))
    }

    @Test func wrapsExpressionErrors() {
        #expect(throws: ScheduleError.invalidExpression(.invalidField(.hour, text: "24", problem: .outOfRange(24)))) {
            try CronSchedule("0 24 * * *")
        }
    }

    // MARK: Daylight saving time

    @Test func firesATimeSkippedBySpringForwardOnceRightAfterTheGapInBerlin() throws {
        // 2026-03-29: clocks go from 02:00 CET to 03:00 CEST.
        let schedule = try CronSchedule("30 2 * * *", timeZoneIdentifier: "Europe/Berlin")
        let fires = schedule.nextFires(after: instant("2026-03-28T12:00:00+01:00"), count: 2)
        #expect(fires == [instant("2026-03-29T03:00:00+02:00"), instant("2026-03-30T02:30:00+02:00")])
    }

    @Test func firesSeveralSkippedTimesOnlyOnceInBerlin() throws {
        let schedule = try CronSchedule("*/15 2 * * *", timeZoneIdentifier: "Europe/Berlin")
        let fires = schedule.nextFires(after: instant("2026-03-29T01:50:00+01:00"), count: 2)
        #expect(fires == [instant("2026-03-29T03:00:00+02:00"), instant("2026-03-30T02:00:00+02:00")])
    }

    @Test func firesATimeOnTheGapsEndOnlyOnce() throws {
        // 03:00 exists and 02:xx does not: both name the same instant, which fires once.
        let schedule = try CronSchedule("30 2,3 * * *", timeZoneIdentifier: "Europe/Berlin")
        let fires = schedule.nextFires(after: instant("2026-03-29T00:00:00+01:00"), count: 2)
        #expect(fires == [instant("2026-03-29T03:00:00+02:00"), instant("2026-03-29T03:30:00+02:00")])
    }

    @Test func firesARepeatedTimeOnlyAtItsFirstOccurrenceInBerlin() throws {
        // 2026-10-25: clocks go from 03:00 CEST back to 02:00 CET; 02:30 happens twice.
        let schedule = try CronSchedule("30 2 * * *", timeZoneIdentifier: "Europe/Berlin")
        let fires = schedule.nextFires(after: instant("2026-10-24T12:00:00+02:00"), count: 2)
        #expect(fires == [instant("2026-10-25T02:30:00+02:00"), instant("2026-10-26T02:30:00+01:00")])
        // Asked from inside the repeated hour, it does not fire the second 02:30.
        #expect(schedule.nextFire(after: instant("2026-10-25T02:10:00+01:00")) == instant("2026-10-26T02:30:00+01:00"))
    }

    @Test func firesHourlyJobsOncePerWallClockHourAcrossFallBackInBerlin() throws {
        let schedule = try CronSchedule("0 * * * *", timeZoneIdentifier: "Europe/Berlin")
        let fires = schedule.nextFires(after: instant("2026-10-25T00:30:00+02:00"), count: 4)
        #expect(fires == [
            instant("2026-10-25T01:00:00+02:00"), instant("2026-10-25T02:00:00+02:00"),
            instant("2026-10-25T03:00:00+01:00"), instant("2026-10-25T04:00:00+01:00"),
        ])
    }

    @Test func firesEveryExistingMinuteAcrossSpringForwardInBerlin() throws {
        let schedule = try CronSchedule("* * * * *", timeZoneIdentifier: "Europe/Berlin")
        let fires = schedule.nextFires(after: instant("2026-03-29T01:58:00+01:00"), count: 3)
        #expect(fires == [instant("2026-03-29T01:59:00+01:00"), instant("2026-03-29T03:00:00+02:00"), instant("2026-03-29T03:01:00+02:00")])
    }

    @Test func handlesSpringForwardInNewYork() throws {
        // 2026-03-08: 02:00 EST becomes 03:00 EDT.
        let schedule = try CronSchedule("30 2 * * *", timeZoneIdentifier: "America/New_York")
        let fires = schedule.nextFires(after: instant("2026-03-07T12:00:00-05:00"), count: 3)
        #expect(fires == [instant("2026-03-08T03:00:00-04:00"), instant("2026-03-09T02:30:00-04:00"), instant("2026-03-10T02:30:00-04:00")])
    }

    @Test func handlesFallBackInNewYork() throws {
        // 2026-11-01: 02:00 EDT becomes 01:00 EST; 01:00–01:59 happens twice.
        let schedule = try CronSchedule("30 1 * * *", timeZoneIdentifier: "America/New_York")
        let fires = schedule.nextFires(after: instant("2026-10-31T12:00:00-04:00"), count: 2)
        #expect(fires == [instant("2026-11-01T01:30:00-04:00"), instant("2026-11-02T01:30:00-05:00")])
        let quarterly = try CronSchedule("*/30 1 * * *", timeZoneIdentifier: "America/New_York")
        #expect(quarterly.nextFires(after: instant("2026-11-01T00:45:00-04:00"), count: 3) == [
            instant("2026-11-01T01:00:00-04:00"), instant("2026-11-01T01:30:00-04:00"), instant("2026-11-02T01:00:00-05:00"),
        ])
    }

    @Test func firesAMidnightSkippedByChileanDaylightSavingTimeAtOneOClock() throws {
        // 2026-09-06: Santiago's clocks go from 00:00 -04 straight to 01:00 -03.
        let schedule = try CronSchedule("@daily", timeZoneIdentifier: "America/Santiago")
        let fires = schedule.nextFires(after: instant("2026-09-05T12:00:00-04:00"), count: 2)
        #expect(fires == [instant("2026-09-06T01:00:00-03:00"), instant("2026-09-07T00:00:00-03:00")])
    }

    @Test func keepsDailyTimesAcrossDaylightSavingChangesInNewYork() throws {
        let schedule = try CronSchedule("0 6 * * *", timeZoneIdentifier: "America/New_York")
        let fires = schedule.nextFires(after: instant("2026-10-31T12:00:00-04:00"), count: 2)
        #expect(fires == [instant("2026-11-01T06:00:00-05:00"), instant("2026-11-02T06:00:00-05:00")])
    }

    // MARK: Properties against a brute-force search

    /// Every fire time in a window, found minute by minute with Foundation's Calendar: an instant
    /// fires when its local wall time matches and is shown for the first time, or when it ends a
    /// spring-forward gap in which some skipped wall time matches.
    static func bruteForceFires(
        of expression: CronExpression, in timeZone: TimeZone, after reference: Date, through end: Date,
        wallFields: [(instant: Int64, wallMinute: Int64, fields: [Int])], skippedFields: [Int64: [Int]]
    ) -> [Date] {
        var fires: [Date] = []
        var latestWall: Int64?
        for minute in wallFields {
            defer { latestWall = max(latestWall ?? minute.wallMinute, minute.wallMinute) }
            if let latestWall, minute.wallMinute <= latestWall { continue }  // a repeated wall time
            var firesHere = matches(expression, minute.fields)
            if let latestWall, minute.wallMinute > latestWall + 1 {
                for skipped in (latestWall + 1)..<minute.wallMinute where matches(expression, skippedFields[skipped]!) {
                    firesHere = true
                }
            }
            let date = Date(timeIntervalSince1970: Double(minute.instant))
            if firesHere && date > reference && date <= end { fires.append(date) }
        }
        return fires
    }

    static func matches(_ expression: CronExpression, _ fields: [Int]) -> Bool {
        expression.matches(minute: fields[0], hour: fields[1], dayOfMonth: fields[2], month: fields[3], weekday: fields[4])
    }

    /// A random expression mixing every syntax, biased towards firing often enough to compare.
    static func randomExpression(using generator: inout SeededGenerator) -> String {
        func element(_ minimum: Int, _ maximum: Int) -> String {
            let a = Int.random(in: minimum...maximum, using: &generator)
            let b = Int.random(in: a...maximum, using: &generator)
            let step = Int.random(in: 1...max(1, (maximum - minimum) / 2), using: &generator)
            switch Int.random(in: 0..<6, using: &generator) {
            case 0: return "*"
            case 1: return "*/\(step)"
            case 2: return "\(a)"
            case 3: return "\(a)-\(b)"
            case 4: return "\(a)-\(b)/\(step)"
            default: return "\(a)/\(step)"
            }
        }
        func field(_ minimum: Int, _ maximum: Int, starChance: Int) -> String {
            if Int.random(in: 0..<100, using: &generator) < starChance { return "*" }
            let count = Int.random(in: 1...3, using: &generator)
            return (0..<count).map { _ in element(minimum, maximum) }.joined(separator: ",")
        }
        return [
            field(0, 59, starChance: 10), field(0, 23, starChance: 30), field(1, 31, starChance: 75),
            field(1, 12, starChance: 85), field(0, 7, starChance: 60),
        ].joined(separator: " ")
    }

    @Test(arguments: [
        ("UTC", "2026-06-10T08:17:23Z"),
        ("Asia/Jakarta", "2026-12-30T20:00:00+07:00"),
        ("Europe/Berlin", "2026-03-27T22:41:10+01:00"),
        ("Europe/Berlin", "2026-10-23T23:05:00+02:00"),
        ("America/New_York", "2026-03-06T21:13:00-05:00"),
        ("America/New_York", "2026-10-30T22:59:59-04:00"),
        // Chile moves its clocks at midnight, so whole days start late or twice.
        ("America/Santiago", "2026-09-04T10:00:00-04:00"),
        ("America/Santiago", "2026-04-03T10:00:00-03:00"),
        // Lord Howe Island moves its clocks by half an hour.
        ("Australia/Lord_Howe", "2026-10-02T12:00:00+10:30"),
        ("Australia/Lord_Howe", "2026-04-03T12:00:00+11:00"),
        ("Asia/Kathmandu", "2026-05-05T05:05:00+05:45"),
    ])
    func agreesWithABruteForceSearchForRandomExpressions(zoneName: String, referenceText: String) throws {
        let timeZone = zone(zoneName)
        let reference = instant(referenceText)
        let end = reference.addingTimeInterval(3 * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var utcCalendar = Calendar(identifier: .gregorian)
        utcCalendar.timeZone = zone("UTC")
        func fields(_ components: DateComponents) -> [Int] {
            [components.minute!, components.hour!, components.day!, components.month!, components.weekday! - 1]
        }
        let units: Set<Calendar.Component> = [.minute, .hour, .day, .month, .weekday]
        // One Calendar decomposition per minute of the window (from a day before, to see repeats),
        // shared by every expression.
        var wallFields: [(instant: Int64, wallMinute: Int64, fields: [Int])] = []
        var skippedFields: [Int64: [Int]] = [:]
        let startMinute = Int64(reference.timeIntervalSince1970 / 60) - 24 * 60
        let endMinute = Int64(end.timeIntervalSince1970 / 60) + 1
        var previousWall: Int64?
        for minute in startMinute...endMinute {
            let date = Date(timeIntervalSince1970: Double(minute * 60))
            let wallMinute = minute + Int64(timeZone.secondsFromGMT(for: date) / 60)
            if let previousWall, wallMinute > previousWall + 1 {
                // Wall minutes no instant shows: read their fields as if on a UTC clock.
                for skipped in (previousWall + 1)..<wallMinute {
                    skippedFields[skipped] = fields(utcCalendar.dateComponents(units, from: Date(timeIntervalSince1970: Double(skipped * 60))))
                }
            }
            previousWall = wallMinute
            wallFields.append((minute * 60, wallMinute, fields(calendar.dateComponents(units, from: date))))
        }
        var generator = SeededGenerator(seed: UInt64(bitPattern: Int64(reference.timeIntervalSince1970)))
        var comparedFires = 0
        for _ in 0..<60 {
            let text = Self.randomExpression(using: &generator)
            // A random day-of-month and month may name no real date; those are rejected elsewhere.
            guard let expression = try? CronExpression(text) else { continue }
            let schedule = CronSchedule(expression: expression, timeZone: timeZone)
            let expected = Self.bruteForceFires(
                of: expression, in: timeZone, after: reference, through: end, wallFields: wallFields, skippedFields: skippedFields
            )
            var actual: [Date] = []
            var cursor = reference
            while let next = schedule.nextFire(after: cursor), next <= end {
                actual.append(next)
                cursor = next
            }
            #expect(actual == expected, "\(text) in \(zoneName) after \(referenceText)")
            comparedFires += expected.count
        }
        // The random expressions fire often enough for the comparison to mean something.
        #expect(comparedFires > 2000)
    }

    @Test func alwaysFiresAfterTheReferenceOnATimeMatchingEveryField() throws {
        var generator = SeededGenerator(seed: 20_261_130)
        var calendar = Calendar(identifier: .gregorian)
        for zoneName in ["Asia/Jakarta", "Europe/Berlin", "America/New_York", "UTC"] {
            calendar.timeZone = zone(zoneName)
            for _ in 0..<150 {
                let text = Self.randomExpression(using: &generator)
                guard let expression = try? CronExpression(text) else { continue }
                let schedule = CronSchedule(expression: expression, timeZone: zone(zoneName))
                let reference = Date(timeIntervalSince1970: Double.random(in: 1.7e9...2.0e9, using: &generator))
                let next = try #require(schedule.nextFire(after: reference), "\(text)")
                #expect(next > reference, "\(text)")
                #expect(next.timeIntervalSince1970.truncatingRemainder(dividingBy: 60) == 0, "\(text)")
                let components = calendar.dateComponents([.minute, .hour, .day, .month, .weekday], from: next)
                let onTheDot = expression.matches(
                    minute: components.minute!, hour: components.hour!, dayOfMonth: components.day!,
                    month: components.month!, weekday: components.weekday! - 1
                )
                // The only fire time off the expression is the end of a spring-forward gap.
                let gapEnd = zone(zoneName).secondsFromGMT(for: next) != zone(zoneName).secondsFromGMT(for: next.addingTimeInterval(-60))
                #expect(onTheDot || gapEnd, "\(text) in \(zoneName) fired at \(next)")
            }
        }
    }
}
