import Scheduling
import Testing

@Suite struct CronExpressionTests {
    @Test func readsListsRangesAndSteps() throws {
        let expression = try CronExpression("0,15,30-33 */6 1-10/3 * *")
        #expect(expression.values(of: .minute) == [0, 15, 30, 31, 32, 33])
        #expect(expression.values(of: .hour) == [0, 6, 12, 18])
        #expect(expression.values(of: .dayOfMonth) == [1, 4, 7, 10])
        #expect(expression.values(of: .month) == Array(1...12))
    }

    @Test func aStartWithAStepRunsToTheEndOfTheField() throws {
        #expect(try CronExpression("5/15 * * * *").values(of: .minute) == [5, 20, 35, 50])
        #expect(try CronExpression("0 20/2 * * *").values(of: .hour) == [20, 22])
    }

    @Test func readsMonthAndWeekdayNamesInAnyCase() throws {
        let expression = try CronExpression("0 6 * jan,Jul-SEP mon-FRI")
        #expect(expression.values(of: .month) == [1, 7, 8, 9])
        #expect(expression.values(of: .dayOfWeek) == [1, 2, 3, 4, 5])
    }

    @Test func takesBothZeroAndSevenAsSunday() throws {
        #expect(try CronExpression("0 0 * * 7").values(of: .dayOfWeek) == [0])
        #expect(try CronExpression("0 0 * * 0").values(of: .dayOfWeek) == [0])
        #expect(try CronExpression("0 0 * * 5-7").values(of: .dayOfWeek) == [0, 5, 6])
        #expect(try CronExpression("0 0 * * SUN").values(of: .dayOfWeek) == [0])
        #expect(try CronExpression("0 0 * * */2").values(of: .dayOfWeek) == [0, 2, 4, 6])
    }

    @Test(arguments: [
        ("@hourly", "0 * * * *"), ("@daily", "0 0 * * *"), ("@midnight", "0 0 * * *"), ("@weekly", "0 0 * * 0"),
        ("@monthly", "0 0 1 * *"), ("@yearly", "0 0 1 1 *"), ("@annually", "0 0 1 1 *"), ("@DAILY", "0 0 * * *"),
    ])
    func expandsMacros(macro: String, fields: String) throws {
        let expanded = try CronExpression(macro)
        let written = try CronExpression(fields)
        for field in CronField.allCases {
            #expect(expanded.values(of: field) == written.values(of: field), "\(macro), \(field)")
        }
        #expect(expanded.source == macro)
    }

    @Test func matchesADayByEitherDayFieldWhenBothAreRestricted() throws {
        // The 13th of any month, and every Friday.
        let expression = try CronExpression("0 0 13 * FRI")
        #expect(expression.matches(minute: 0, hour: 0, dayOfMonth: 13, month: 5, weekday: 2))
        #expect(expression.matches(minute: 0, hour: 0, dayOfMonth: 20, month: 5, weekday: 5))
        #expect(!expression.matches(minute: 0, hour: 0, dayOfMonth: 20, month: 5, weekday: 2))
    }

    @Test func matchesADayByBothDayFieldsWhenOneIsAStar() throws {
        let byDate = try CronExpression("0 0 13 * *")
        #expect(byDate.matches(minute: 0, hour: 0, dayOfMonth: 13, month: 5, weekday: 2))
        #expect(!byDate.matches(minute: 0, hour: 0, dayOfMonth: 20, month: 5, weekday: 5))
        let byWeekday = try CronExpression("0 0 */1 * FRI")
        #expect(!byWeekday.restrictsDayOfMonth)
        #expect(byWeekday.matches(minute: 0, hour: 0, dayOfMonth: 20, month: 5, weekday: 5))
        #expect(!byWeekday.matches(minute: 0, hour: 0, dayOfMonth: 13, month: 5, weekday: 2))
    }

    @Test func countsAnyStepOrRangeAsARestriction() throws {
        let expression = try CronExpression("0 0 */2 * MON")
        #expect(expression.restrictsDayOfMonth && expression.restrictsDayOfWeek)
        // Day 1 (odd, so in */2) on a Tuesday, and day 4 (even) on a Monday, both match.
        #expect(expression.matches(minute: 0, hour: 0, dayOfMonth: 1, month: 1, weekday: 2))
        #expect(expression.matches(minute: 0, hour: 0, dayOfMonth: 4, month: 1, weekday: 1))
        #expect(!expression.matches(minute: 0, hour: 0, dayOfMonth: 4, month: 1, weekday: 2))
    }

    @Test func acceptsSpacesAndTabsBetweenFields() throws {
        #expect(try CronExpression("  0\t6  *  * * ").values(of: .hour) == [6])
    }

    @Test func pointsAtTheFieldAndSaysWhatIsAllowed() {
        #expect(throws: CronExpressionError.invalidField(.hour, text: "24", problem: .outOfRange(24))) {
            try CronExpression("0 24 * * *")
        }
        let message = Self.message("0 24 * * *")
        #expect(message.contains("field 2 (hour): 24 is out of range 0–23"))
        #expect(message.contains("allowed: numbers 0–23"))
        #expect(Self.message("0 0 * 13 *").contains("field 4 (month): 13 is out of range 1–12"))
        #expect(Self.message("0 0 * 13 *").contains("JAN–DEC"))
        #expect(Self.message("60 * * * *").contains("field 1 (minute)"))
        #expect(Self.message("0 0 0 * *").contains("field 3 (day-of-month): 0 is out of range 1–31"))
        #expect(Self.message("0 0 * * 8").contains("field 5 (day-of-week): 8 is out of range 0–7"))
        #expect(Self.message("0 0 * * 8").contains("SUN–SAT"))
    }

    @Test(arguments: [
        ("0 0 * MON *", CronExpressionError.invalidField(.month, text: "MON", problem: .unknownName("MON"))),
        ("0 0 * * FUN", .invalidField(.dayOfWeek, text: "FUN", problem: .unknownName("FUN"))),
        ("0 x * * *", .invalidField(.hour, text: "x", problem: .unknownName("x"))),
        ("1,,2 * * * *", .invalidField(.minute, text: "1,,2", problem: .emptyPart)),
        ("5- * * * *", .invalidField(.minute, text: "5-", problem: .emptyPart)),
        ("30-10 * * * *", .invalidField(.minute, text: "30-10", problem: .backwardsRange(30, 10))),
        ("*/0 * * * *", .invalidField(.minute, text: "*/0", problem: .zeroStep)),
        ("*/x * * * *", .invalidField(.minute, text: "*/x", problem: .invalidStep("x"))),
        ("0 */25 * * *", .invalidField(.hour, text: "*/25", problem: .stepTooLarge(25))),
        ("0 0 L * *", .invalidField(.dayOfMonth, text: "L", problem: .unsupported("L"))),
        ("0 0 15W * *", .invalidField(.dayOfMonth, text: "15W", problem: .unsupported("15W"))),
        ("0 0 * * 5#2", .invalidField(.dayOfWeek, text: "5#2", problem: .unsupported("5#2"))),
        ("0 0 ? * MON", .invalidField(.dayOfMonth, text: "?", problem: .unsupported("?"))),
    ])
    func rejectsMalformedFields(expression: String, error: CronExpressionError) {
        #expect(throws: error) { try CronExpression(expression) }
    }

    @Test func rejectsTheWrongNumberOfFields() {
        #expect(throws: CronExpressionError.wrongFieldCount(expression: "0 6 * *", count: 4)) { try CronExpression("0 6 * *") }
        #expect(throws: CronExpressionError.wrongFieldCount(expression: "0 0 6 * * *", count: 6)) { try CronExpression("0 0 6 * * *") }
        #expect(Self.message("0 0 6 * * *").contains("expected 5: minute hour day-of-month month day-of-week"))
        #expect(throws: CronExpressionError.empty) { try CronExpression("   ") }
    }

    @Test func rejectsUnknownMacrosNamingTheKnownOnes() {
        #expect(throws: CronExpressionError.unknownMacro("@reboot")) { try CronExpression("@reboot") }
        #expect(Self.message("@fortnightly").contains("@hourly, @daily"))
    }

    @Test func rejectsDatesNoMonthHas() throws {
        #expect(throws: CronExpressionError.neverMatches(expression: "0 0 30 2 *")) { try CronExpression("0 0 30 2 *") }
        #expect(throws: CronExpressionError.neverMatches(expression: "0 0 31 APR,JUN *")) { try CronExpression("0 0 31 APR,JUN *") }
        // Possible, if rare: leap days, and the 31st with a weekday (either may match).
        _ = try CronExpression("0 0 29 2 *")
        _ = try CronExpression("0 0 31 4 MON")
    }

    @Test func quotesTheWholeFieldWhenTheCulpritIsOnePartOfIt() {
        #expect(Self.message("0 1,2,99 * * *").hasPrefix("field 2 (hour): 99 is out of range 0–23 in \"1,2,99\"; allowed: numbers 0–23"))
        #expect(Self.message("0 24 * * *").hasPrefix("field 2 (hour): 24 is out of range 0–23; allowed:"))
    }

    private static func message(_ expression: String) -> String {
        do {
            _ = try CronExpression(expression)
            return "no error"
        } catch {
            return error.description
        }
    }
}
