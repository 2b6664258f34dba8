import Foundation
import Pipeline
import Queue
import Testing

@Suite("JobRunner: two runners on one store")
struct TwoRunnerTests {
    @Test func twoRunnersOnTwoStoresNeverProcessATaskTwice() async throws {
        let file = try RunnerStoreFile()
        let stores = [try file.open(), try file.open()]
        let run = try await file.run(stores[0], articles: 400)
        let log = CallLog()
        let processor = ClosureProcessor { task in
            log.begin(task.key)
            defer { log.end() }
            try await Task.sleep(for: .milliseconds(Int.random(in: 0...3)))
            return "{}"
        }
        let reports = try await withThrowingTaskGroup(of: RunReport.self) { group in
            for store in stores {
                group.addTask {
                    try await JobRunner(store: store, processor: processor, configuration: quickConfiguration(concurrency: 16)).run(run)
                }
            }
            var reports: [RunReport] = []
            for try await report in group { reports.append(report) }
            return reports
        }
        #expect(log.total == 400)
        #expect(log.calls.count == 400)
        #expect(log.calls.values.allSatisfy { $0 == 1 })
        #expect(reports.map(\.done).reduce(0, +) == 400)
        #expect(reports.allSatisfy { $0.done > 0 })
        #expect(reports.allSatisfy { $0.outcome == .finished })
    }
}
