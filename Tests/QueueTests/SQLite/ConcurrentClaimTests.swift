import Foundation
import Queue
import Synchronization
import Testing

@Suite("SQLiteTaskStore: concurrent claimers on one file")
struct ConcurrentClaimTests {
    @Test func manyClaimersOnTwoStoresNeverClaimTheSameTaskTwice() async throws {
        let files = try TemporaryStore()
        // Two pools on one file stand for two runner processes.
        let stores = [try files.openOnRealClock(), try files.openOnRealClock()]
        let run = try await stores[0].startRun(job: "shared", jobFileHash: "h")
        _ = try await stores[0].enqueue(sampleTasks(1500), in: run.id)

        let claims = try await withThrowingTaskGroup(of: [TaskID].self) { group in
            for claimer in 0..<16 {
                let store = stores[claimer % 2]
                group.addTask {
                    var mine: [TaskID] = []
                    while true {
                        let batch = try await store.claim(in: run.id, owner: "claimer-\(claimer)", limit: 7, leaseDuration: .seconds(60))
                        if batch.isEmpty { return mine }
                        for task in batch {
                            #expect(try await store.complete(task.id, owner: "claimer-\(claimer)", result: "{}"))
                            mine.append(task.id)
                        }
                    }
                }
            }
            var all: [[TaskID]] = []
            for try await claimed in group { all.append(claimed) }
            return all
        }
        let flat = claims.flatMap { $0 }
        #expect(flat.count == 1500)
        #expect(Set(flat).count == 1500)
        #expect(claims.filter { !$0.isEmpty }.count > 1)
        #expect(try await stores[1].counts(in: run.id) == TaskCounts(done: 1500))
    }

    @Test func twoStoresOpeningAFreshFileAtOnceBothMigrate() async throws {
        let files = try TemporaryStore()
        let opened = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    _ = try files.openOnRealClock()
                    return true
                }
            }
            var count = 0
            for try await _ in group { count += 1 }
            return count
        }
        #expect(opened == 4)
    }
}
