/// Writes units out as English text: spaces where English puts them (none before
/// closing punctuation or after opening brackets and quotes, following the source),
/// a capital at the start of every sentence, and no doubled spaces from dropped words.
enum EnglishRealizer {
    private static let sentenceEnds: Set<String> = [".", "!", "?"]

    static func text(of units: [TranslationUnit]) -> String {
        var output = ""
        output.reserveCapacity(units.count * 7)
        var capitalizeNext = true
        var previousWasPunctuation = false
        var previousFollowsSpace = true
        var quoteOpen = false
        for unit in units where !unit.isDropped && !unit.english.isEmpty {
            var text = unit.english
            if unit.isPunctuation {
                if text == "\"" { quoteOpen.toggle() }
                if !output.isEmpty, unit.followsSpace, !(text == "\"" && !quoteOpen) {
                    output += " "
                }
                output += text
                if sentenceEnds.contains(text) { capitalizeNext = true }
                previousWasPunctuation = true
                previousFollowsSpace = unit.followsSpace
                continue
            }
            if !output.isEmpty, unit.followsSpace || !previousWasPunctuation {
                output += " "
            }
            _ = previousFollowsSpace
            if capitalizeNext, let first = text.first, first.isLowercase {
                text = first.uppercased() + text.dropFirst()
            }
            capitalizeNext = false
            output += text
            previousWasPunctuation = false
        }
        return output
    }
}
