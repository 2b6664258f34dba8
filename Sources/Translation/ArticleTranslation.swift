import Providers

/// The outcome of translating one article's blocks.
public struct ArticleTranslation: Sendable {
    /// Every block's outcome, in the order the blocks were given.
    public var blocks: [BlockTranslation]
    /// What each provider consumed, by provider name (only providers that were sent requests).
    public var usage: [String: Usage]
    /// How many requests were sent, all providers together (zero when everything came from
    /// the translation memory or the local translator).
    public var requests: Int
    /// Problems that did not stop translation but cost money or time later, e.g. a translation
    /// memory that could not be read or written.
    public var warnings: [String]

    /// Creates an outcome.
    public init(blocks: [BlockTranslation], usage: [String: Usage] = [:], requests: Int = 0, warnings: [String] = []) {
        self.blocks = blocks
        self.usage = usage
        self.requests = requests
        self.warnings = warnings
    }

    /// The blocks that failed.
    public var failures: [BlockTranslation] { blocks.filter { $0.status == .failed } }
}
