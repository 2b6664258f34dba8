/// The done results of a run as an async sequence, fetched a page at a time (for the digest).
public struct DoneResults: AsyncSequence, Sendable {
    /// Each element is one done task's result.
    public typealias Element = TaskResult

    let store: any TaskStore
    let run: RunID
    let pageSize: Int

    /// Starts reading from the first done task.
    public func makeAsyncIterator() -> Iterator {
        Iterator(store: store, run: run, pageSize: Swift.max(1, pageSize))
    }

    /// Reads the next page when the current one is used up.
    public struct Iterator: AsyncIteratorProtocol {
        let store: any TaskStore
        let run: RunID
        let pageSize: Int
        var page: [TaskResult] = []
        var index = 0
        var last: TaskID?
        var exhausted = false

        /// The next result, or nil after the last one.
        public mutating func next() async throws -> TaskResult? {
            if index == page.count {
                if exhausted { return nil }
                page = try await store.results(in: run, after: last, limit: pageSize)
                index = 0
                if page.count < pageSize { exhausted = true }
                if page.isEmpty { return nil }
                last = page.last?.taskID
            }
            defer { index += 1 }
            return page[index]
        }
    }
}
