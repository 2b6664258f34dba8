import Foundation
import Queue

/// A store file in a fresh temporary directory, for one measurement.
struct ScratchStore {
    let directory: URL
    let path: String

    init(_ name: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-bench-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("warta.sqlite").path
    }

    /// Opens the store and fills a new run with `count` tasks whose payloads are `payloadBytes` long.
    func filledRun(tasks count: Int, payloadBytes: Int) async throws -> (SQLiteTaskStore, RunID) {
        let store = try SQLiteTaskStore(path: path)
        let run = try await store.startRun(job: "benchmark", jobFileHash: "benchmark")
        let filler = String(repeating: "Berita hari ini. ", count: max(1, payloadBytes / 17))
        var batch: [NewTask] = []
        for index in 0..<count {
            batch.append(NewTask(key: "article-\(index)", payload: #"{"id":\#(index),"text":"\#(filler)"}"#))
            if batch.count == 1_000 {
                _ = try await store.enqueue(batch, in: run.id)
                batch.removeAll(keepingCapacity: true)
            }
        }
        _ = try await store.enqueue(batch, in: run.id)
        return (store, run.id)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
