/// Respells Indonesian words borrowed from European languages in their English shape
/// ("organisasi" → "organization", "universitas" → "university",
/// "ofensif" → "offensive"), for words the lexicon does not have.
///
/// Only words ending in a recognised borrowed suffix are respelled; anything else is
/// left to be passed through unchanged.
enum LoanwordAdapter {
    /// Indonesian endings and their English counterparts, longest first.
    private static let endings: [(String, String)] = [
        ("isasi", "ization"), ("asasi", "ization"), ("ologi", "ology"), ("grafi", "graphy"),
        ("isme", "ism"), ("istik", "istic"), ("itas", "ity"), ("ikasi", "ication"),
        ("asi", "ation"), ("usi", "ution"), ("isi", "ition"), ("ensi", "ence"), ("ansi", "ance"),
        ("if", "ive"), ("ik", "ic"), ("ika", "ics"), ("is", "ist"), ("tas", "ty"),
        ("ur", "ure"), ("al", "al"), ("er", "er"), ("or", "or"), ("si", "sion"), ("en", "ent"),
        ("on", "on"), ("um", "um"), ("ar", "ar"),
    ]

    /// The English-looking respelling of lowercased `word`, or nil when it does not look borrowed.
    static func adapt(_ word: String) -> String? {
        guard word.count >= 5, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        for (ending, english) in endings where word.hasSuffix(ending) {
            let stem = respellStem(String(word.dropLast(ending.count)))
            return stem + english
        }
        return nil
    }

    /// Indonesian spelling back to the usual English letters: k → c, ks → x, f stays,
    /// kh → ch, double letters English keeps are not restored (too irregular).
    private static func respellStem(_ stem: String) -> String {
        var output = ""
        let letters = Array(stem)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next: Character? = index + 1 < letters.count ? letters[index + 1] : nil
            switch letter {
            case "k":
                if next == "s" {
                    output.append("x")
                    index += 2
                    continue
                }
                if next == "h" {
                    output.append("ch")
                    index += 2
                    continue
                }
                // "k" before e/i stays a k sound in English spelling ("kilo", "keto"), else "c".
                output.append(next == "e" || next == "i" || next == "y" ? "k" : "c")
            default:
                output.append(letter)
            }
            index += 1
        }
        return output
    }
}
