/// ROUGE-N and ROUGE-L F1, with the tokenization of Google's `rouge-score` package
/// (lowercase, every run of characters other than a–z and 0–9 is a separator, no stemming),
/// so figures match `warta-score summaries`.
public enum ROUGE {
    /// The tokens `rouge-score` sees in `text`.
    public static func tokens(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) })
    }
}
