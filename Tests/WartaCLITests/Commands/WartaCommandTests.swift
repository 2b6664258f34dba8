import Testing

@Suite struct WartaCommandTests {
    @Test func printsItsVersion() throws {
        let outcome = try WartaProcess.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test(arguments: [[], ["summarize"], ["clean"], ["sentences"], ["stem"]])
    func everyCommandHasHelp(_ command: [String]) throws {
        let outcome = try WartaProcess.run(command + ["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("USAGE: warta"))
        #expect(outcome.standardOutput.contains("OVERVIEW:"))
    }

    @Test func anUnknownCommandFailsWithUsage() throws {
        let outcome = try WartaProcess.run(["ringkas"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("ringkas"))
    }
}
