import Foundation
import Scheduling
import Testing

@Suite struct SchedulerClockTests {
    @Test func theSystemClockDoesNotSleepForAPastDeadline() async throws {
        let clock = SystemSchedulerClock()
        try await clock.sleep(until: clock.now().addingTimeInterval(-3600))
    }

    @Test func theSystemClockStopsSleepingWhenCancelled() async {
        let clock = SystemSchedulerClock()
        let sleeper = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await clock.sleep(until: clock.now().addingTimeInterval(3600))
        }
        await #expect(throws: CancellationError.self) { try await sleeper.value }
    }
}
