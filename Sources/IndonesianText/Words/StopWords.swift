/// Indonesian function words that carry little of an article's content.
public enum StopWords {
    /// The list, lowercased.
    public static let indonesian: Set<String> = ["yang", "dan", "di", "ke", "dari", "itu", "ini", "dengan", "untuk", "pada", "adalah", "dalam", "tidak", "akan", "juga", "atau", "oleh", "sebagai", "ada", "karena"]

    /// Whether `word` (lowercased) is a stop word.
    public static func contains(_ word: String) -> Bool { indonesian.contains(word) }
}
