import Foundation
import Providers
import Queue
import Synchronization

/// Collects the records of every provider request of a run and writes them to the store's
/// request log, each tagged with the task it was made for.
public final class RequestLogRecorder: Sendable {
    /// The task whose processing is under way in the current Swift task, if any.
    @TaskLocal public static var currentTask: TaskID?

    /// The run the requests belong to.
    public let run: RunID
    /// Whether request and reply bodies are kept (`--log-bodies`).
    public let keepsBodies: Bool
    private let store: any TaskStore
    private let pending = Mutex<[RequestRecord]>([])

    /// Creates a recorder writing to `store` for `run`.
    public init(store: any TaskStore, run: RunID, keepsBodies: Bool = false) {
        self.store = store
        self.run = run
        self.keepsBodies = keepsBodies
    }

    /// The observer to give provider clients.
    public var observer: ProviderRequestObserver {
        ProviderRequestObserver(keepsBodies: keepsBodies) { [self] record in
            let entry = RequestRecord(
                runID: run, taskID: Self.currentTask, time: record.startedAt, provider: record.provider, model: record.model,
                httpStatus: record.status, errorCategory: record.outcome == "ok" ? nil : record.outcome,
                latencyMilliseconds: record.latency * 1000,
                inputTokens: record.usage.inputTokens == 0 && record.usage.outputTokens == 0 ? nil : record.usage.inputTokens,
                outputTokens: record.usage.inputTokens == 0 && record.usage.outputTokens == 0 ? nil : record.usage.outputTokens,
                characters: record.usage.characters == 0 ? nil : record.usage.characters,
                cost: record.cost, requestBody: record.requestBody, responseBody: record.responseBody
            )
            pending.withLock { $0.append(entry) }
        }
    }

    /// Writes the records collected so far.
    public func flush() async throws {
        let records = pending.withLock { records -> [RequestRecord] in
            defer { records.removeAll() }
            return records
        }
        if !records.isEmpty { try await store.record(records) }
    }
}
