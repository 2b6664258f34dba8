import Foundation
import GRDB
import HTTP
import Providers
import Publishing
import Queue
import Storage
import Summarization
import Translation

/// Runs one job against the store: resumes its unfinished run or starts a new one, queues its
/// articles (a queued article is never queued twice in a run), processes them through the
/// runner, and writes the digest from what the store holds.
public struct JobExecution: Sendable {
    /// The job.
    public var job: JobDefinition
    /// The store's file.
    public var storePath: String
    /// Where `providers.yml` is read when a provider is named.
    public var providersPath: String
    /// The prompt templates' directory.
    public var promptsDirectory: String
    /// Overrides the job's concurrency, if set.
    public var concurrency: Int?
    /// Whether the translation memory is consulted (`--no-cache` turns it off).
    public var useMemory: Bool
    /// Whether provider request and reply bodies go into the request log.
    public var logBodies: Bool
    /// How long a task stays reserved without a heartbeat.
    public var leaseDuration: Duration
    /// The wait after a task's first failure (doubling up to five minutes).
    public var retryDelay: Duration

    /// Creates an execution.
    public init(
        job: JobDefinition, storePath: String, providersPath: String = ProvidersFile.defaultPath,
        promptsDirectory: String = PromptLibrary.defaultDirectory, concurrency: Int? = nil, useMemory: Bool = true,
        logBodies: Bool = false, leaseDuration: Duration = .seconds(60), retryDelay: Duration = .seconds(2)
    ) {
        self.job = job
        self.storePath = storePath
        self.providersPath = providersPath
        self.promptsDirectory = promptsDirectory
        self.concurrency = concurrency
        self.useMemory = useMemory
        self.logBodies = logBodies
        self.leaseDuration = leaseDuration
        self.retryDelay = retryDelay
    }

    /// What a finished (or stopped) execution did.
    public struct Outcome: Sendable {
        /// The runner's report.
        public var report: RunReport
        /// Whether an unfinished run was resumed rather than a new one started.
        public var resumed: Bool
        /// Articles newly queued by this execution.
        public var queued: Int
        /// Usage per provider in this execution.
        public var usage: [String: Usage]
        /// Cost per provider with prices.
        public var costs: [String: Double]
        /// The digest files written (empty when the run was stopped before its end).
        public var digestFiles: [URL]
        /// Sources that failed to list their articles (feeds down, …), with the reason.
        public var sourceFailures: [String]
    }

    /// Runs the job until it is finished or `stop` is requested.
    public func run(stop: StopRequest = StopRequest(), progress: (any RunProgressObserver)? = nil) async throws -> Outcome {
        let database = try StoreDatabase.open(at: storePath)
        let store = try SQLiteTaskStore(database: database)
        let memory = try TranslationMemory(database: database)
        let http = HTTPClient()

        let (run, resumed) = try await store.openRun(job: job.name, jobFileHash: jobFileHash())
        // Queued a slice at a time: the run reads each article back from the store when it
        // processes it, so memory does not grow with the number of articles.
        var summary = EnqueueSummary(inserted: 0, duplicates: 0)
        let collection = try await ArticleSources(job: job, database: database, http: http).forEachBatch { batch in
            let part = try await store.enqueue(batch.map(Self.task(for:)), in: run.id)
            summary = EnqueueSummary(inserted: summary.inserted + part.inserted, duplicates: summary.duplicates + part.duplicates)
        }

        let ledger = UsageLedger()
        let recorder = RequestLogRecorder(store: store, run: run.id, keepsBodies: logBodies)
        let composer = try makeComposer(http: http, ledger: ledger, observer: recorder.observer, memory: memory)
        let retryPolicy = RetryPolicy(maxAttempts: job.retries + 1, initialDelay: retryDelay)
        let outputDirectory = URL(fileURLWithPath: job.output.directory)
        // Files are renamed into place, so a killed process never leaves half a page; forcing each
        // to the disk as well (fsync) would only guard against the machine itself crashing, as
        // the store's WAL does, and it blocked the few threads the runner's tasks share: a job
        // against a 20 ms translator ran at a tenth of its speed.
        let writer = try ArticleWriter(directory: outputDirectory, formats: outputFormats(), synchronize: false)
        // A process killed mid-write leaves its temporary file behind; the finished files are whole.
        _ = AtomicFile.removeAbandonedTemporaryFiles(in: outputDirectory)
        let processor = ArticleProcessor(composer: composer, writer: writer, maximumAttempts: retryPolicy.maxAttempts, requestLog: recorder)
        let runner = JobRunner(
            store: store, processor: processor,
            configuration: RunnerConfiguration(concurrency: concurrency ?? job.concurrency, leaseDuration: leaseDuration, retryPolicy: retryPolicy)
        )
        let report = try await runner.run(run.id, stop: stop, progress: progress)
        try await recorder.flush()

        var digestFiles: [URL] = []
        if report.outcome == .finished {
            digestFiles = try await writeDigest(store: store, run: run.id)
            try? collection.markSeen(doneKeys: try await doneKeys(store: store, run: run.id))
        }
        let providers = job.translate.providers + (summarizeProvider.map { [$0] } ?? [])
        let configurations = (try? TranslationSetup(providerNames: providers, providersPath: providersPath).providersFile())??.providers ?? []
        return Outcome(
            report: report, resumed: resumed, queued: summary.inserted, usage: ledger.all,
            costs: ledger.costs(for: configurations), digestFiles: digestFiles, sourceFailures: collection.failures
        )
    }

    /// What running the job would do, without sending or writing anything: articles, and per
    /// provider the requests, tokens or characters and the estimated cost (memory hits excluded).
    public func dryRun() async throws -> DryRunReport {
        let database = try StoreDatabase.open(at: storePath)
        let memory = try TranslationMemory(database: database)
        let http = HTTPClient()
        var composerWithoutTranslation = try makeComposer(http: http, ledger: UsageLedger(), observer: nil, memory: memory)
        let translator = composerWithoutTranslation.translator
        composerWithoutTranslation.translator = nil
        composerWithoutTranslation.providerSummarizer = nil
        let composer = composerWithoutTranslation
        var unreadable = 0
        var totals: [String: TranslationEstimate] = [:]
        let parts = job.translate.parts
        let collection = try await ArticleSources(job: job, database: database, http: http, marksNothing: true).forEachBatch { batch in
            for article in batch {
                guard let composition = try? await composer.compose(article) else {
                    unreadable += 1
                    continue
                }
                guard let translator else { continue }
                let blocks = composition.article.blocks.map(\.source).filter { parts.contains($0.kind) }
                let estimate = translator.estimate(blocks)
                totals[estimate.provider] = totals[estimate.provider].map { $0 + estimate } ?? estimate
            }
        }
        var report = DryRunReport(articles: collection.articles, unreadable: unreadable, estimates: [])
        report.estimates = job.translate.providers.compactMap { totals[$0] } + totals.filter { !job.translate.providers.contains($0.key) }.map(\.value)
        report.sourceFailures = collection.failures
        return report
    }

    // MARK: Parts

    var summarizeProvider: String? {
        if case let .provider(name) = job.summarize.engine { return name }
        return nil
    }

    func makeComposer(http: HTTPClient, ledger: UsageLedger, observer: ProviderRequestObserver?, memory: TranslationMemory) throws -> ArticleComposer {
        var composer = ArticleComposer(bulletCount: job.summarize.bullets, parts: job.translate.parts)
        let setup = TranslationSetup(
            providerNames: job.translate.providers, providersPath: providersPath, promptsDirectory: promptsDirectory,
            promptName: job.translate.prompt, glossaryPath: job.translate.glossary
        )
        if job.translate.isEnabled {
            composer.translator = try setup.translator(http: http, ledger: ledger, observer: observer, memory: memory, useMemory: useMemory)
        }
        if let name = summarizeProvider {
            let file = try ProvidersFile.load(path: providersPath)
            let client = ProviderClient(configuration: try file.provider(named: name), http: http, ledger: ledger, observer: observer)
            let template = try PromptLibrary(directory: promptsDirectory).summary()
            var summarizer = ProviderSummarizer(client: client, template: template)
            if let bullets = job.summarize.bullets {
                summarizer.minimumBullets = bullets
                summarizer.maximumBullets = bullets
            }
            composer.providerSummarizer = summarizer
        }
        return composer
    }

    func outputFormats() throws -> [OutputFormat] {
        try OutputFormat.parseList(job.output.formats.joined(separator: ","))
    }

    func jobFileHash() -> String {
        let contents = FileManager.default.contents(atPath: job.path) ?? Data()
        return ContentHash(bytes: contents).hex
    }

    static func task(for article: QueuedArticle) -> NewTask {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let payload = (try? encoder.encode(article)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return NewTask(key: article.queueKey, payload: payload)
    }

    /// Writes digest.md, digest.html and articles.jsonl from the run's results, page by page.
    func writeDigest(store: SQLiteTaskStore, run: RunID) async throws -> [URL] {
        let writer = try DigestWriter(directory: URL(fileURLWithPath: job.output.directory), runName: job.name)
        do {
            for try await result in store.doneResults(in: run) {
                if let entry = try? JSONDecoder().decode(DigestEntry.self, from: Data(result.result.utf8)) {
                    try writer.append(entry)
                }
            }
            for error in try await store.lastErrors(in: run, limit: 10_000) where error.state == .dead {
                try writer.append(DigestEntry(id: error.key, failure: error.message))
            }
            return try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
    }

    func doneKeys(store: SQLiteTaskStore, run: RunID) async throws -> Set<String> {
        var keys = Set<String>()
        for try await result in store.doneResults(in: run) { keys.insert(result.key) }
        return keys
    }
}

/// What `warta run --dry-run` prints: nothing was sent and nothing written.
public struct DryRunReport: Sendable {
    /// Articles the job's sources list now.
    public var articles: Int
    /// Articles that cannot be read or summarized.
    public var unreadable: Int
    /// Per provider: requests, tokens or characters, cost.
    public var estimates: [TranslationEstimate]
    /// Sources that failed to list their articles.
    public var sourceFailures: [String] = []
}
