import Foundation
import Translation

/// What the run digest keeps of one article: its title and bullets in both languages, its page
/// files and how it ended. Small on purpose, so a run of any size can stream them; `Codable`
/// with the keys of an `articles.jsonl` line, so a runner can store it and read it back.
public struct DigestEntry: Sendable, Hashable, Codable {
    /// How an article ended, as shown in the digest.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every block that was to be translated has its English.
        case translated
        /// Some blocks failed or are in another language; the rest has English.
        case partial
        /// No block could be translated, or the article failed before it had outputs.
        case failed
        /// Translation was not asked for (`provider: none`): Indonesian only.
        case indonesianOnly = "indonesian_only"
    }

    /// The article's id.
    public var id: String
    /// The title in Indonesian, if the article has one.
    public var titleIndonesian: String?
    /// The title's English, when it has one.
    public var titleEnglish: String?
    /// The summary bullets in Indonesian.
    public var bulletsIndonesian: [String]
    /// Each bullet's English, aligned with `bulletsIndonesian`: nil where there is none.
    public var bulletsEnglish: [String?]
    /// The article's page files, as paths (the digest links them relative to itself).
    public var files: [String]
    /// How the article ended.
    public var status: Status
    /// The providers whose English the article shows.
    public var providers: [String]
    /// Why the article failed, or the first block failure of a partial one.
    public var failure: String?

    /// Creates an entry from its parts.
    public init(
        id: String, titleIndonesian: String?, titleEnglish: String?, bulletsIndonesian: [String],
        bulletsEnglish: [String?], files: [String], status: Status, providers: [String] = [], failure: String? = nil
    ) {
        self.id = id
        self.titleIndonesian = titleIndonesian
        self.titleEnglish = titleEnglish
        self.bulletsIndonesian = bulletsIndonesian
        self.bulletsEnglish = bulletsEnglish
        self.files = files
        self.status = status
        self.providers = providers
        self.failure = failure
    }

    /// The entry of an article written to `files` (as returned by `ArticleWriter.write`).
    public init(article: BilingualArticle, files: [URL]) {
        let title = article.title
        let bullets = article.bullets
        self.init(
            id: article.id,
            titleIndonesian: title?.source.text,
            titleEnglish: title.flatMap(BlockNotice.english(of:)),
            bulletsIndonesian: bullets.map(\.source.text),
            bulletsEnglish: bullets.map(BlockNotice.english(of:)),
            files: files.map(\.path),
            status: Self.status(of: article),
            providers: article.providers,
            failure: article.blocks.first { $0.status == .failed }?.failure
        )
    }

    /// The entry of an article that ended without outputs (unreadable, empty, every backend
    /// down...): the digest lists it as failed with `failure`.
    public init(id: String, failure: String, titleIndonesian: String? = nil) {
        self.init(
            id: id, titleIndonesian: titleIndonesian, titleEnglish: nil, bulletsIndonesian: [], bulletsEnglish: [],
            files: [], status: .failed, failure: failure
        )
    }

    /// How `article` ended: judged over the blocks whose translation was asked for.
    public static func status(of article: BilingualArticle) -> Status {
        var requested = 0
        var failed = 0
        var missing = 0
        for block in article.blocks {
            switch block.status {
            case .notRequested: continue
            case .failed: failed += 1
            case .otherLanguage: missing += 1
            case .translated, .passedThrough: break
            }
            requested += 1
        }
        if requested == 0 { return article.blocks.isEmpty ? .failed : .indonesianOnly }
        if failed == requested { return .failed }
        return failed + missing > 0 ? .partial : .translated
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case titleIndonesian = "title_id"
        case titleEnglish = "title_en"
        case bulletsIndonesian = "bullets_id"
        case bulletsEnglish = "bullets_en"
        case files, status, providers, failure
    }

    /// Decodes an entry; `providers` and `failure` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        titleIndonesian = try container.decodeIfPresent(String.self, forKey: .titleIndonesian)
        titleEnglish = try container.decodeIfPresent(String.self, forKey: .titleEnglish)
        bulletsIndonesian = try container.decodeIfPresent([String].self, forKey: .bulletsIndonesian) ?? []
        bulletsEnglish = try container.decodeIfPresent([String?].self, forKey: .bulletsEnglish) ?? []
        files = try container.decodeIfPresent([String].self, forKey: .files) ?? []
        status = try container.decode(Status.self, forKey: .status)
        providers = try container.decodeIfPresent([String].self, forKey: .providers) ?? []
        failure = try container.decodeIfPresent(String.self, forKey: .failure)
    }

    /// The entry as one `articles.jsonl` line (without the newline), keys in a fixed order;
    /// `files` as given here (the digest writer makes them relative first).
    public func jsonLine() -> String {
        OrderedJSON.object([
            ("id", .string(id)),
            ("title_id", .optional(titleIndonesian)),
            ("title_en", .optional(titleEnglish)),
            ("bullets_id", .strings(bulletsIndonesian)),
            ("bullets_en", .array(bulletsEnglish.map(OrderedJSON.optional))),
            ("files", .strings(files)),
            ("status", .string(status.rawValue)),
            ("providers", .strings(providers)),
            ("failure", .optional(failure)),
        ]).text()
    }
}
