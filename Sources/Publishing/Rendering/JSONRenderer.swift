import Translation

/// Renders a bilingual article as JSON: the article's id, metadata and summary engine, then
/// every block with its outcome.
///
/// Keys always come in the same order and every key is always present (`null` when unknown),
/// so outputs compare line by line between runs:
///
/// ```
/// {"id", "metadata": {"publisher", "place", "date", "author", "url", "origin"},
///  "summary_engine", "providers",
///  "blocks": [{"id", "kind", "indonesian", "english", "status", "provider", "model",
///              "cached", "glossary_misses": [{"indonesian", "english"}], "failure"}]}
/// ```
///
/// `status` is one of `translated`, `passed_through`, `other_language`, `failed`,
/// `not_requested`; `english` is `null` unless the status is `translated` or `passed_through`.
public struct JSONRenderer: Sendable {
    /// Whether to indent (two spaces, one key per line) or write everything on one line.
    public var pretty: Bool

    /// Creates a renderer; pages are indented unless `pretty` is false.
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The JSON text of `article`, ending with a newline.
    public func render(_ article: BilingualArticle) -> String {
        Self.document(article).text(pretty: pretty) + "\n"
    }

    /// The JSON value of `article`, in the shape described above.
    public static func document(_ article: BilingualArticle) -> OrderedJSON {
        let metadata = article.metadata
        return .object([
            ("id", .string(article.id)),
            ("metadata", .object([
                ("publisher", .optional(metadata.publisher)),
                ("place", .optional(metadata.place)),
                ("date", .optional(metadata.date)),
                ("author", .optional(metadata.author)),
                ("url", .optional(metadata.url)),
                ("origin", .optional(metadata.origin)),
            ])),
            ("summary_engine", .optional(article.summaryEngine)),
            ("providers", .strings(article.providers)),
            ("blocks", .array(article.blocks.map(block))),
        ])
    }

    /// The JSON value of one block.
    static func block(_ block: BlockTranslation) -> OrderedJSON {
        .object([
            ("id", .string(block.source.id.rawValue)),
            ("kind", .string(block.source.kind.rawValue)),
            ("indonesian", .string(block.source.text)),
            ("english", .optional(BlockNotice.english(of: block))),
            ("status", .string(statusName(block.status))),
            ("provider", .optional(block.provider)),
            ("model", .optional(block.model)),
            ("cached", .bool(block.cached)),
            ("glossary_misses", .array(block.glossaryMisses.map { miss in
                .object([("indonesian", .string(miss.indonesian)), ("english", .string(miss.english))])
            })),
            ("failure", .optional(block.failure)),
        ])
    }

    /// The snake_case name of a status, as written in every JSON output.
    public static func statusName(_ status: BlockTranslation.Status) -> String {
        switch status {
        case .translated: return "translated"
        case .passedThrough: return "passed_through"
        case .otherLanguage: return "other_language"
        case .failed: return "failed"
        case .notRequested: return "not_requested"
        }
    }
}
