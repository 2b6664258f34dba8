/// The language a block was found to be written in.
public enum DetectedLanguage: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Indonesian (also Malay, and informal Indonesian): to be translated.
    case indonesian
    /// Already English: passed through unchanged, not paid for.
    case english
    /// Another language (another script, or Latin-script words of another language): reported.
    case other
    /// Too little language to tell: names, numbers, dates, a word or two.
    case undetermined

    /// The language's name in English, for messages and outputs.
    public var description: String {
        switch self {
        case .indonesian: "Indonesian"
        case .english: "English"
        case .other: "another language"
        case .undetermined: "undetermined"
        }
    }
}
