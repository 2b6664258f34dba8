/// Splits Indonesian paragraphs into sentences, aware of abbreviations and titles
/// ("Dr.", "Jl.", "dll.", "Tbk."), initials ("Retno L.P. Marsudi"), numbers ("1.000",
/// "pukul 12.30"), domains and addresses ("Kompas.com"), quotes, brackets and ellipses.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with the closing quotes and brackets right
/// after it) when a capitalised word, a caseless letter or, after a word, a digit follows;
/// a line break always ends one. Sentences are never empty, and joined with single spaces
/// they give back every character of the paragraph but its whitespace, in order.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// The sentences of `paragraph`, trimmed of whitespace, in order.
    public func split(_ paragraph: String) -> [String] {
        withUTF8(of: paragraph) { bytes in
            SentenceBoundaryScanner(bytes: bytes).sentenceByteRanges().map { range in
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
        }
    }

    /// The ranges of the sentences of `paragraph`, trimmed of whitespace, in order.
    public func sentenceRanges(in paragraph: String) -> [Range<String.Index>] {
        let byteRanges = withUTF8(of: paragraph) { SentenceBoundaryScanner(bytes: $0).sentenceByteRanges() }
        // Walk forward from range to range so the conversion stays linear for any string.
        let utf8 = paragraph.utf8
        var ranges: [Range<String.Index>] = []
        ranges.reserveCapacity(byteRanges.count)
        var position = utf8.startIndex
        var offset = 0
        for range in byteRanges {
            let lower = utf8.index(position, offsetBy: range.lowerBound - offset)
            let upper = utf8.index(lower, offsetBy: range.count)
            ranges.append(lower..<upper)
            position = upper
            offset = range.upperBound
        }
        return ranges
    }

    /// Runs `body` over the UTF-8 bytes of `text`, copying them only when the string
    /// is not stored contiguously (a bridged string).
    private func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }
}
