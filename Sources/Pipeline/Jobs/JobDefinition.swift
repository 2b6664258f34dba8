import Foundation
import Translation

/// A job as its file describes it: where articles come from, how they are summarized and
/// translated, where outputs go, and when it runs. Paths are already resolved against the job
/// file's directory.
public struct JobDefinition: Sendable, Hashable {
    /// The job's name: stores, logs and `warta status` know it by this.
    public var name: String
    /// The job file's path as given.
    public var path: String
    /// When the job runs on its own, if it is scheduled.
    public var schedule: ScheduleSettings?
    /// Where the articles come from.
    public var sources: [JobSource]
    /// How bullets are written.
    public var summarize: SummarizeSettings
    /// How and what is translated.
    public var translate: TranslateSettings
    /// Where and in which formats outputs are written.
    public var output: OutputSettings
    /// How many articles are processed at once.
    public var concurrency: Int
    /// How many times a failed article is tried again before it is given up (dead).
    public var retries: Int

    /// Creates a job.
    public init(
        name: String, path: String, schedule: ScheduleSettings? = nil, sources: [JobSource],
        summarize: SummarizeSettings = SummarizeSettings(), translate: TranslateSettings = TranslateSettings(),
        output: OutputSettings, concurrency: Int = 8, retries: Int = 3
    ) {
        self.name = name
        self.path = path
        self.schedule = schedule
        self.sources = sources
        self.summarize = summarize
        self.translate = translate
        self.output = output
        self.concurrency = concurrency
        self.retries = retries
    }
}

/// `schedule:` and its companions: a cron expression, its time zone and the catch-up policy.
public struct ScheduleSettings: Sendable, Hashable {
    /// A 5-field cron expression or a macro such as `@daily`.
    public var expression: String
    /// The IANA time zone the expression is read in.
    public var timeZone: String
    /// What to do with fire times missed while no scheduler ran: "once" or "skip".
    public var catchUp: String

    /// Creates schedule settings.
    public init(expression: String, timeZone: String = "Asia/Jakarta", catchUp: String = "once") {
        self.expression = expression
        self.timeZone = timeZone
        self.catchUp = catchUp
    }
}

/// `summarize:` — which engine writes the bullets, and how many.
public struct SummarizeSettings: Sendable, Hashable {
    /// The engine writing bullets.
    public enum Engine: Sendable, Hashable {
        /// The local extractive summarizer (offline, free).
        case extractive
        /// A language model from providers.yml, with Prompts/summarize.md.
        case provider(String)
    }

    /// The engine writing bullets.
    public var engine: Engine
    /// Exactly this many bullets; nil lets the summarizer choose three to five.
    public var bullets: Int?

    /// Creates summarize settings.
    public init(engine: Engine = .extractive, bullets: Int? = nil) {
        self.engine = engine
        self.bullets = bullets
    }
}

/// `translate:` — the providers tried in order, the prompt, the glossary and the parts.
public struct TranslateSettings: Sendable, Hashable {
    /// Provider names tried in order, block by block; empty for `provider: none`.
    public var providers: [String]
    /// The prompt's name under `Prompts/` (without `.md`), for language-model providers.
    public var prompt: String
    /// The glossary file, resolved against the job file's directory.
    public var glossary: String?
    /// Which parts of an article are translated.
    public var parts: Set<BlockKind>

    /// Creates translate settings.
    public init(providers: [String] = ["local"], prompt: String = "translate", glossary: String? = nil, parts: Set<BlockKind> = Set(BlockKind.allCases)) {
        self.providers = providers
        self.prompt = prompt
        self.glossary = glossary
        self.parts = parts
    }

    /// Whether anything is translated at all.
    public var isEnabled: Bool { !providers.isEmpty && !parts.isEmpty }
}

/// `output:` — the directory and the per-article formats.
public struct OutputSettings: Sendable, Hashable {
    /// The directory outputs and the digest go to, resolved against the job file's directory.
    public var directory: String
    /// Per-article formats: "md", "json", "html".
    public var formats: [String]

    /// Creates output settings.
    public init(directory: String, formats: [String] = ["md", "json", "html"]) {
        self.directory = directory
        self.formats = formats
    }
}
