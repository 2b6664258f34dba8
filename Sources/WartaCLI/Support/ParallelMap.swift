import Foundation

extension Array where Element: Sendable {
    /// The results of `transform` on every element, in order, computed on all cores.
    /// Work is handed out in chunks so that small items do not drown in task overhead.
    func parallelMap<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result) async -> [Result] {
        let cores = Swift.max(ProcessInfo.processInfo.activeProcessorCount, 1)
        guard count > 1, cores > 1 else { return map(transform) }
        let chunkSize = Swift.max(1, Swift.min(256, count / (cores * 4)))
        let chunks = stride(from: 0, to: count, by: chunkSize).map { Array(self[$0..<Swift.min($0 + chunkSize, count)]) }
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            var next = 0
            var finished: [[Result]] = Array<[Result]>(repeating: [], count: chunks.count)
            func submit() {
                let index = next
                let chunk = chunks[index]
                group.addTask { (index, chunk.map(transform)) }
                next += 1
            }
            while next < Swift.min(cores, chunks.count) { submit() }
            while let (index, results) = await group.next() {
                finished[index] = results
                if next < chunks.count { submit() }
            }
            return finished.flatMap { $0 }
        }
    }
}
