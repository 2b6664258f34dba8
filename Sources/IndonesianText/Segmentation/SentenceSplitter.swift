import Foundation

/// Splits Indonesian paragraphs into sentences, aware of abbreviations and titles
/// ("Dr.", "Jl.", "dll."), initials, numbers, domains, quotes, brackets and ellipses.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// The sentences of `paragraph`, trimmed, in order.
    public func split(_ paragraph: String) -> [String] {
        // Placeholder until the real splitter lands: break after . ! ? followed by a space and a capital.
        var sentences: [String] = []
        var current = ""
        let characters = Array(paragraph)
        for (index, character) in characters.enumerated() {
            current.append(character)
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
               characters[index + 2].isUppercase {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let tail = current.trimmingCharacters(in: .whitespaces)
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }
}
