import Feeds
import Testing

@Suite struct HostPolitenessTests {
    @Test func theFirstRequestToAHostGoesAtOnce() async throws {
        let clock = RecordingClock()
        let politeness = HostPoliteness(delay: .seconds(2), clock: clock)
        try await politeness.waitForTurn(host: "kabar.example")
        #expect(clock.sleeps.isEmpty)
    }

    @Test func requestsToOneHostAreSpacedByTheDelay() async throws {
        let clock = RecordingClock()
        let politeness = HostPoliteness(delay: .seconds(2), clock: clock)
        try await politeness.waitForTurn(host: "kabar.example")
        try await politeness.waitForTurn(host: "KABAR.example")
        clock.advance(by: .milliseconds(500))
        try await politeness.waitForTurn(host: "kabar.example")
        #expect(clock.sleeps == [.seconds(2), .milliseconds(1500)])
    }

    @Test func differentHostsDoNotWaitForEachOther() async throws {
        let clock = RecordingClock()
        let politeness = HostPoliteness(delay: .seconds(2), clock: clock)
        try await politeness.waitForTurn(host: "kabar.example")
        try await politeness.waitForTurn(host: "pesisir.example")
        #expect(clock.sleeps.isEmpty)
    }

    @Test func aHostIdleForLongerThanTheDelayIsNotWaitedFor() async throws {
        let clock = RecordingClock()
        let politeness = HostPoliteness(delay: .seconds(2), clock: clock)
        try await politeness.waitForTurn(host: "kabar.example")
        clock.advance(by: .seconds(5))
        try await politeness.waitForTurn(host: "kabar.example")
        #expect(clock.sleeps.isEmpty)
    }
}
