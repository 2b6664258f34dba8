/// Reorders Indonesian noun phrases, where modifiers follow the noun, into English order:
/// "senjata ofensif tertentu" → "certain offensive weapons", "rumah saya" → "my house",
/// "bahunya" → "his shoulder", "Universitas Princeton" → "Princeton University",
/// "negara itu" → "the country", "rumah yang besar" → "big house". Quantifiers and numbers
/// make the head plural; a noun phrase closed by a demonstrative or possessor and followed
/// by an adjective gets the copula ("Rumah itu besar" → "the house is big").
struct NounPhraseRules: Sendable {
    let inflector: EnglishInflector
    /// The word "-nya" becomes on a noun.
    let thirdPossessive: String
    /// Whether a singular common-noun phrase with no determiner gets "the": Indonesian has
    /// no articles, English news text rarely goes without one.
    let addsDefiniteArticle: Bool

    func apply(to units: inout [TranslationUnit]) {
        var output: [TranslationUnit] = []
        output.reserveCapacity(units.count)
        var pluralizeNext = false
        var index = 0
        while index < units.count {
            var unit = units[index]
            if unit.isDropped {
                index += 1
                continue
            }
            if unit.partOfSpeech == .title {
                index = titles(startingWith: index, in: units, into: &output)
                continue
            }
            // "Amerika Tengah", "Jawa Barat" style names: the direction goes first.
            if unit.partOfSpeech == .name, index + 1 < units.count, units[index + 1].partOfSpeech == .adjective,
               Self.directions.contains(units[index + 1].source), units[index + 1].isCapitalizedSource {
                unit.english = Self.capitalizedWords(units[index + 1].english) + " " + unit.english
                output.append(unit)
                index += 2
                continue
            }
            if unit.partOfSpeech == .quantifier {
                pluralizeNext = true
                output.append(unit)
                index += 1
                continue
            }
            guard unit.partOfSpeech == .noun else {
                // A demonstrative standing alone is a pronoun: "itu" → "that", "ini" → "this".
                if unit.partOfSpeech == .demonstrative {
                    unit.english = unit.source == "ini" ? "this" : "that"
                }
                if unit.partOfSpeech != .adjective && unit.partOfSpeech != .adverb { pluralizeNext = false }
                output.append(unit)
                index += 1
                continue
            }
            if pluralizeNext { unit.isPlural = true }
            pluralizeNext = false
            var (phrase, next) = nounPhrase(headedBy: unit, at: index, in: units)
            if addsDefiniteArticle, !phrase.isPlural, !phrase.english.hasPrefix("the "), !phrase.isCapitalizedSource || index == 0 {
                let blocked = output.last.map { previous in
                    Self.determinerClasses.contains(previous.partOfSpeech)
                        || previous.english.split(separator: " ").last.map { Self.determinerWords.contains(String($0)) } ?? false
                } ?? false
                let hasDeterminer = Self.determiners.contains { phrase.english.hasPrefix($0) }
                    || Self.determinerAdjectives.contains { phrase.english.hasPrefix($0) }
                if !blocked, !hasDeterminer {
                    phrase.english = "the " + phrase.english
                }
            }
            output.append(phrase)
            index = next
        }
        units = output
    }

    /// Words after which no article is added ("there is no", "a", "every").
    private static let determinerWords: Set<String> = [
        "the", "a", "an", "no", "any", "every", "each", "this", "that", "these", "those", "some",
        "my", "your", "his", "her", "its", "our", "their",
    ]
    private static let determinerClasses: Set<PartOfSpeech> = [.determiner, .quantifier, .numeral, .ordinal, .demonstrative]
    private static let determiners = ["my ", "your ", "his ", "her ", "its ", "our ", "their ", "this ", "that ", "these ", "those "]

    /// Adjectives that already act as determiners: "certain offensive weapons".
    private static let determinerAdjectives = ["certain ", "various ", "several ", "many ", "some ", "such ", "most ", "every ", "each "]

    private static let directions: Set<String> = ["utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya", "timur laut", "barat laut"]

    /// Titles before a place and a person: "Perdana Menteri Singapura Lee Hsien Loong" →
    /// "Singapore Prime Minister Lee Hsien Loong". Titles alone stay in place.
    private func titles(startingWith start: Int, in units: [TranslationUnit], into output: inout [TranslationUnit]) -> Int {
        var end = start
        while end < units.count, units[end].partOfSpeech == .title, !units[end].isDropped, !units[end].isPunctuation {
            end += 1
        }
        var merged = units[start]
        merged.english = units[start..<end].map { unit in
            unit.isCapitalizedSource ? Self.capitalizedWords(unit.english) : unit.english
        }.joined(separator: " ")
        merged.partOfSpeech = .noun
        merged.isFinished = true
        if end < units.count, units[end].partOfSpeech == .name, !units[end].isName, !units[end].isPunctuation {
            // A known place after the titles moves before them.
            var place = units[end]
            place.english = place.english + " " + merged.english
            place.followsSpace = merged.followsSpace
            place.isCapitalizedSource = merged.isCapitalizedSource
            output.append(place)
            return end + 1
        }
        output.append(merged)
        return end
    }

    private static func capitalizedWords(_ text: String) -> String {
        text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    private func possessive(_ clitic: WordAnalysis.Clitic) -> String {
        switch clitic {
        case .third: thirdPossessive
        case .first: "my"
        case .second: "your"
        }
    }

    /// The noun phrase starting with `head` at `start`, and the index after it.
    private func nounPhrase(headedBy head: TranslationUnit, at start: Int, in units: [TranslationUnit]) -> (TranslationUnit, Int) {
        var modifiers: [String] = []
        var determiner: String?
        var closed = false
        var index = start + 1
        if let clitic = head.clitic {
            determiner = possessive(clitic)
            closed = true
        }
        scan: while !closed, index < units.count {
            let unit = units[index]
            if unit.isDropped {
                index += 1
                continue
            }
            if unit.isPunctuation || !unit.followsSpace { break }
            switch unit.partOfSpeech {
            case .noun, .adjective, .ordinal:
                // A noun already made into a plural elsewhere keeps it ("harga barang-barang").
                modifiers.append(unit.isPlural && unit.partOfSpeech == .noun ? inflector.plural(unit.english) : unit.english)
                index += 1
                if let clitic = unit.clitic {
                    determiner = possessive(clitic)
                    closed = true
                }
            case .name:
                modifiers.append(unit.modifierEnglish ?? unit.english)
                index += 1
            case .pronoun:
                determiner = unit.pronounForm(2)
                index += 1
                closed = true
            case .demonstrative:
                determiner = unit.english
                index += 1
                closed = true
            case .relative:
                // "yang" + one adjective ends the phrase as a plain modifier.
                guard index + 1 < units.count, units[index + 1].partOfSpeech == .adjective, units[index + 1].clitic == nil else { break scan }
                let after = index + 2 < units.count ? units[index + 2].partOfSpeech : .particle
                guard after != .adjective, after != .noun, after != .adverb else { break scan }
                modifiers.append(units[index + 1].english)
                index += 2
                break scan
            default:
                break scan
            }
        }
        var words: [String] = []
        if let determiner { words.append(determiner) }
        let headText = head.isPlural ? inflector.plural(head.english) : head.english
        if head.english.hasSuffix(" of"), !modifiers.isEmpty {
            // Relational heads ("awal tahun" → "beginning of the year") keep their complement after them.
            words.append(headText)
            words.append("the")
            words.append(contentsOf: modifiers.reversed())
        } else {
            words.append(contentsOf: modifiers.reversed())
            words.append(headText)
        }
        // "identitas para pemilih" → "the identity of the voters"
        if !closed, index < units.count, units[index].source == "para" || units[index].partOfSpeech == .determiner && units[index].source != "masing-masing" {
            words.append("of")
        }
        var phrase = head
        phrase.english = words.joined(separator: " ")
        phrase.clitic = nil
        phrase.isFinished = true
        // A closed phrase followed by an adjective (or "tidak" + adjective) is its subject: add the copula.
        let predicate = index < units.count && units[index].partOfSpeech == .negation && index + 1 < units.count ? index + 1 : index
        if closed, predicate < units.count, units[predicate].partOfSpeech == .adjective, determiner != nil {
            phrase.english += head.isPlural ? " are" : " is"
        }
        return (phrase, index)
    }
}
