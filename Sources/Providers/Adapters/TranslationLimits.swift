/// How much one translation request may carry.
public struct TranslationLimits: Sendable, Hashable {
    /// The most texts per request.
    public var maximumTexts: Int
    /// The most bytes of UTF-8 text per request, all texts together.
    public var maximumBytes: Int

    /// Creates limits.
    public init(maximumTexts: Int, maximumBytes: Int) {
        self.maximumTexts = maximumTexts
        self.maximumBytes = maximumBytes
    }

    /// `texts` cut into consecutive batches that each fit, as index ranges into `texts`.
    /// A single text over `maximumBytes` gets a batch of its own (the provider will judge it).
    public func batches(of texts: [String]) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (index, text) in texts.enumerated() {
            let size = text.utf8.count
            let full = index - start >= maximumTexts || (index > start && bytes + size > maximumBytes)
            if full {
                batches.append(start..<index)
                start = index
                bytes = 0
            }
            bytes += size
        }
        if start < texts.count { batches.append(start..<texts.count) }
        return batches
    }

    /// Why `texts` cannot go in one request, or nil when they fit.
    func violation(by texts: [String]) -> String? {
        if texts.count > maximumTexts { return "\(texts.count) texts, over the limit of \(maximumTexts) per request" }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        if bytes > maximumBytes { return "\(bytes) bytes of text, over the limit of \(maximumBytes) per request" }
        return nil
    }
}
