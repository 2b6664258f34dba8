import Pipeline
import Testing

@Suite("ProgressSnapshot")
struct ProgressSnapshotTests {
    @Test func theRateCountsOnlyThisRunnersWorkAndTheEstimateWhatIsLeft() {
        let snapshot = ProgressSnapshot(
            total: 100, done: 60, failed: 1, dead: 0, inFlight: 4, doneByThisRunner: 20, elapsed: .seconds(10))
        #expect(snapshot.rate == 2)
        #expect(snapshot.estimatedTimeLeft == .seconds(20))
        #expect(snapshot.fraction == 0.6)
    }

    @Test func thereIsNoEstimateBeforeTheFirstTaskIsDone() {
        let snapshot = ProgressSnapshot(total: 10, done: 0, failed: 0, dead: 0, inFlight: 2, doneByThisRunner: 0, elapsed: .seconds(3))
        #expect(snapshot.estimatedTimeLeft == nil)
        #expect(snapshot.rate == 0)
    }
}
