/// Writes units out as English text: spaces where English puts them (none before
/// closing punctuation or after opening brackets and quotes, following the source),
/// a capital at the start of every sentence, and no doubled spaces from dropped words.
enum EnglishRealizer {
    private static let sentenceEnds: Set<String> = [".", "!", "?"]
    /// Marks that attach to the word before and take a space after.
    private static let closing: Set<String> = [",", ".", ";", ":", "!", "?", ")", "]", "%"]

    /// Every word capitalized, except short function words inside.
    private static func titleCased(_ text: String) -> String {
        text.split(separator: " ").enumerated().map { index, word in
            if index > 0, ["of", "the", "and", "for", "in", "on", "to", "a", "an"].contains(word) { return String(word) }
            guard let first = word.first, first.isLowercase else { return String(word) }
            return first.uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    static func text(of units: [TranslationUnit]) -> String {
        var output = ""
        output.reserveCapacity(units.count * 7)
        var capitalizeNext = true
        var previousWasPunctuation = false
        var previousFollowsSpace = true
        var previousText = ""
        let visible = units.filter { !$0.isDropped && !$0.english.isEmpty }
        for (position, unit) in visible.enumerated() {
            var text = unit.english
            if unit.isPunctuation {
                if !output.isEmpty, unit.followsSpace, !closing.contains(text) {
                    output += " "
                }
                output += text
                // A dot after an abbreviation ("Co.") ends no sentence when the source
                // goes on in lowercase.
                if sentenceEnds.contains(text) {
                    let next = position + 1 < visible.count ? visible[position + 1] : nil
                    capitalizeNext = next.map { $0.isCapitalizedSource || $0.isPunctuation } ?? true
                }
                previousWasPunctuation = true
                previousFollowsSpace = unit.followsSpace
                previousText = text
                continue
            }
            if !output.isEmpty, unit.followsSpace || !previousWasPunctuation || closing.contains(previousText) {
                output += " "
            }
            _ = previousFollowsSpace
            if unit.isCapitalizedInSentence, !unit.isName, [.noun, .title, .adjective, .ordinal, .month].contains(unit.partOfSpeech) {
                text = titleCased(text)
            }
            if capitalizeNext, let first = text.first, first.isLowercase {
                text = first.uppercased() + text.dropFirst()
            }
            capitalizeNext = false
            // "para pemain tersebut" gives "the" twice: keep one.
            let written = output.hasSuffix(" ") ? output.dropLast() : output[...]
            if text.lowercased().hasPrefix("the "), written.hasSuffix(" the") || written.hasSuffix(" The") || written == "The" || written == "the" {
                text = String(text.dropFirst(4))
            }
            output += text
            previousWasPunctuation = false
        }
        return output
    }
}
