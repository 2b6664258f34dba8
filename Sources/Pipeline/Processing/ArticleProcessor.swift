import Foundation
import Publishing
import Queue
import Translation

/// The job runner's work for one task: decode the queued article, compose its bilingual form,
/// write its files atomically, and return its digest entry as the task's result.
///
/// Blocks that no provider could translate make the task fail and come back later (the
/// translation memory keeps what was already answered, so a retry pays only for the rest);
/// on the last attempt the article is written with those blocks marked as failed, and the
/// task still ends dead, so `warta status` shows it and `warta retry` can finish it.
public struct ArticleProcessor: TaskProcessor {
    /// Makes the bilingual article.
    public var composer: ArticleComposer
    /// Writes each article's files.
    public var writer: ArticleWriter
    /// Attempts each task gets, as the runner's retry policy says.
    public var maximumAttempts: Int
    /// Where the run's provider requests are logged, if anywhere.
    public var requestLog: RequestLogRecorder?

    /// Creates a processor.
    public init(composer: ArticleComposer, writer: ArticleWriter, maximumAttempts: Int, requestLog: RequestLogRecorder? = nil) {
        self.composer = composer
        self.writer = writer
        self.maximumAttempts = maximumAttempts
        self.requestLog = requestLog
    }

    /// Processes one task; see the type's documentation.
    public func process(_ task: ClaimedTask) async throws -> String {
        let queued: QueuedArticle
        do {
            queued = try JSONDecoder().decode(QueuedArticle.self, from: Data(task.payload.utf8))
        } catch {
            throw TaskFailure(message: "task \(task.id): the queued article cannot be read back (\(error)); enqueue it again", retryable: false)
        }
        let composition: ArticleComposer.Composition
        do {
            composition = try await RequestLogRecorder.$currentTask.withValue(task.id) {
                try await composer.compose(queued)
            }
            try await requestLog?.flush()
        } catch {
            try? await requestLog?.flush()
            throw error
        }
        try Task.checkCancellation()
        let failures = composition.translation?.failures ?? []
        guard !failures.isEmpty else {
            let files = try writer.write(composition.article)
            return DigestEntry(article: composition.article, files: files).jsonLine()
        }
        let reasons = failures.prefix(3).map { "\($0.source.id): \($0.failure ?? "failed")" }.joined(separator: "; ")
        let message = "\(queued.origin): \(failures.count) block\(failures.count == 1 ? "" : "s") not translated (\(reasons))"
        if task.attempt < maximumAttempts { throw TaskFailure(message: message, retryable: true) }
        _ = try writer.write(composition.article)
        throw TaskFailure(message: message + "; written with those blocks marked", retryable: false)
    }
}
