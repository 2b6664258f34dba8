import IndonesianText

/// Reads Indonesian affixes so that a word missing from the lexicon falls back to its
/// root's sense in the right form: di- passives, meN-/ber- verbs, ter- participles and
/// superlatives, peN-, peN-an, per-an and ke-an nouns, -kan/-i verbs, -an nouns, the
/// clitics -nya/-ku/-mu/-lah/-kah/-pun and reduplicated plurals.
struct WordAnalyzer: Sendable {
    private let lexicon: TranslationLexicon
    private let inflector: EnglishInflector
    private let stemmer = Stemmer()

    init(lexicon: TranslationLexicon, inflector: EnglishInflector) {
        self.lexicon = lexicon
        self.inflector = inflector
    }

    /// The analysis of lowercased `word`, or nil when neither it nor a root is known.
    func analyze(_ word: String) -> WordAnalysis? {
        if let entry = lexicon.entry(word) {
            // Listed di- verbs ("dibuat") are still passives.
            return WordAnalysis(entry: entry, isPassive: entry.partOfSpeech == .verb && word.count > 4 && word.hasPrefix("di"))
        }
        if let hyphen = word.firstIndex(of: "-") {
            return analyzeReduplication(first: String(word[..<hyphen]), second: String(word[word.index(after: hyphen)...]))
        }
        if let analysis = analyzeWithoutClitic(word) { return analysis }
        if let derived = derive(word) { return derived }
        // The shared stemmer knows roots this lexicon may only know in another form.
        let root = stemmer.stem(word)
        if root != word, let entry = lexicon.entry(root), Self.contentClasses.contains(entry.partOfSpeech), !entry.english.hasSuffix(" of") {
            var analysis = WordAnalysis(entry: entry, isDerived: true)
            if word.hasPrefix("di"), entry.partOfSpeech == .verb { analysis.isPassive = true }
            return analysis
        }
        return borrowedVerb(word)
    }

    /// A meN- or di- verb on a borrowed root the lexicon lacks: "mengevaluasi" → "evaluate",
    /// "dimodernisasi" → "modernize", "mendiskusikan" → "discuss".
    private func borrowedVerb(_ word: String) -> WordAnalysis? {
        for (prefix, stem) in prefixReadings(word) where prefix == .active || prefix == .passive {
            for suffix in ["kan", "i", ""] where stem.hasSuffix(suffix) {
                let root = String(stem.dropLast(suffix.count))
                guard let noun = LoanwordAdapter.adapt(root) else { continue }
                var verb = noun
                for (ending, replacement) in [("ization", "ize"), ("ification", "ify"), ("ation", "ate"), ("ssion", "ss")]
                where noun.hasSuffix(ending) {
                    verb = noun.dropLast(ending.count) + replacement
                    break
                }
                return WordAnalysis(entry: LexiconEntry(english: verb, partOfSpeech: .verb), isPassive: prefix == .passive, isDerived: true)
            }
        }
        return nil
    }

    private func analyzeReduplication(first: String, second: String) -> WordAnalysis? {
        if second == "nya" || second == "lah" || second == "pun" || second == "ku" || second == "mu" {
            return analyze(first)
        }
        // "negara-negara", "negara-negaranya", "perusahaan-perusahaan"
        if second == first || second.hasPrefix(first) {
            guard var analysis = analyze(first) ?? analyze(second) else { return nil }
            if analysis.entry.partOfSpeech == .noun { analysis.isPlural = true }
            if second.hasSuffix("nya"), second != first { analysis.clitic = .third }
            return analysis
        }
        // "menembak-nembak", "bermain-main": the first half carries the affixes.
        if first.hasSuffix(second) || second.count >= 3 && first.contains(second.prefix(3)) {
            return analyze(first)
        }
        // A compound of two different words ("bolak-balik") is looked up whole only.
        return nil
    }

    private func analyzeWithoutClitic(_ word: String) -> WordAnalysis? {
        for (suffix, clitic) in Self.clitics where word.count >= suffix.count + 3 && word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count))
            guard var analysis = lexicon.entry(base).map({ WordAnalysis(entry: $0) }) ?? derive(base) else { continue }
            analysis.clitic = clitic ?? analysis.clitic
            return analysis
        }
        return nil
    }

    private static let clitics: [(String, WordAnalysis.Clitic?)] = [
        ("nya", .third), ("lah", nil), ("kah", nil), ("pun", nil), ("ku", .first), ("mu", .second),
    ]

    /// The kinds of prefix the analyzer reads.
    private enum Prefix {
        case passive, active, middle, stative, nominal, per, ke, one, none
    }

    private static let suffixes = ["kan", "i", "an", ""]

    /// Word classes whose roots take derivational affixes.
    private static let contentClasses: Set<PartOfSpeech> = [.noun, .verb, .adjective, .adverb, .numeral]

    /// Tries every prefix reading with every suffix, taking the first whose root is known.
    private func derive(_ word: String) -> WordAnalysis? {
        // A di- passive whose active meN- form is listed takes that sense ("dikatakan" → "mengatakan").
        if word.hasPrefix("di"), word.count > 4 {
            for active in activeForms(of: word.dropFirst(2)) {
                if let entry = lexicon.entry(active), entry.partOfSpeech == .verb {
                    return WordAnalysis(entry: entry, isPassive: true, isDerived: true)
                }
            }
        }
        for (prefix, stem) in prefixReadings(word) {
            for suffix in Self.suffixes {
                guard stem.count >= suffix.count + 2, stem.hasSuffix(suffix) else { continue }
                let root = String(stem.dropLast(suffix.count))
                if prefix == .none && suffix.isEmpty { continue }
                guard let entry = lexicon.entry(root), Self.allows(prefix: prefix, suffix: suffix) else { continue }
                if let analysis = form(entry, prefix: prefix, suffix: suffix) { return analysis }
            }
        }
        return nil
    }

    private static func allows(prefix: Prefix, suffix: String) -> Bool {
        switch prefix {
        case .ke: return suffix == "an" || suffix.isEmpty
        case .nominal, .per: return true
        case .one: return suffix.isEmpty || suffix == "nya"
        default: return true
        }
    }

    /// The sense of `entry` (the root's) in the form a prefix and suffix make of it.
    private func form(_ entry: LexiconEntry, prefix: Prefix, suffix: String) -> WordAnalysis? {
        let english = entry.english
        let pos = entry.partOfSpeech
        guard Self.contentClasses.contains(pos), !english.hasSuffix(" of") else { return nil }
        func result(_ text: String, _ partOfSpeech: PartOfSpeech, passive: Bool = false) -> WordAnalysis {
            WordAnalysis(entry: LexiconEntry(english: text, partOfSpeech: partOfSpeech), isPassive: passive, isDerived: true)
        }
        switch prefix {
        case .passive:
            return result(english, .verb, passive: true)
        case .active:
            return result(english, .verb)
        case .middle:
            switch pos {
            case .verb: return result(english, .verb)
            case .adjective: return result(english, .adjective)
            case .numeral: return result(english, .adverb)
            default: return suffix == "an" ? result(english, .verb) : result("have " + english, .verb)
            }
        case .stative:
            switch pos {
            case .verb: return result(inflector.participle(english), .adjective)
            case .adjective: return result("most " + english, .adjective)
            default: return result(english, .adjective)
            }
        case .nominal:
            if suffix == "an" {
                return result(pos == .verb ? EnglishInflector.regularGerund(english) : english, .noun)
            }
            if pos == .verb, !english.contains(" ") {
                return result(english.hasSuffix("e") ? english + "r" : english + "er", .noun)
            }
            return result(english, .noun)
        case .per:
            return suffix == "an" ? result(english, .noun) : result(english, .verb)
        case .ke:
            if suffix.isEmpty { return pos == .numeral ? nil : result(english, pos) }
            return result(pos == .adjective && !english.contains(" ") ? english + "ness" : english, .noun)
        case .one:
            return pos == .noun ? result("one " + english, .noun) : result("as " + english, .adverb)
        case .none:
            switch suffix {
            case "an": return result(english, .noun)
            default: return result(english, .verb)
            }
        }
    }

    /// Every way `word` may split into a prefix and a stem, restoring the consonant that
    /// meN- and peN- swallow ("menulis" → "tulis", "memukul" → "pukul", "menyapu" → "sapu").
    private func prefixReadings(_ word: String) -> [(Prefix, String)] {
        var readings: [(Prefix, String)] = []
        func add(_ prefix: Prefix, _ stem: Substring) {
            if stem.count >= 2 { readings.append((prefix, String(stem))) }
        }
        func nasal(_ prefix: Prefix, _ rest: Substring) {
            // rest follows "me"/"pe"
            if rest.hasPrefix("ng") {
                let stem = rest.dropFirst(2)
                add(prefix, stem)
                if let first = stem.first, Self.isVowel(first) { add(prefix, "k" + stem) }
                // "menge-" before one-syllable roots ("mengecat" → "cat")
                if rest.hasPrefix("nge") { add(prefix, rest.dropFirst(3)) }
            } else if rest.hasPrefix("ny") {
                add(prefix, "s" + rest.dropFirst(2))
            } else if rest.hasPrefix("m") {
                let stem = rest.dropFirst()
                if let first = stem.first, Self.isVowel(first) { add(prefix, "p" + stem) }
                add(prefix, stem)
            } else if rest.hasPrefix("n") {
                let stem = rest.dropFirst()
                if let first = stem.first, Self.isVowel(first) { add(prefix, "t" + stem) }
                add(prefix, stem)
            } else {
                add(prefix, rest)
            }
        }
        if word.hasPrefix("memper") { add(.active, word.dropFirst(6)) }
        if word.hasPrefix("diper") { add(.passive, word.dropFirst(5)) }
        if word.hasPrefix("me") { nasal(.active, word.dropFirst(2)) }
        if word.hasPrefix("di") { add(.passive, word.dropFirst(2)) }
        if word.hasPrefix("ber") { add(.middle, word.dropFirst(3)) }
        if word.hasPrefix("bel") { add(.middle, word.dropFirst(3)) }
        if word.hasPrefix("be") { add(.middle, word.dropFirst(2)) }
        if word.hasPrefix("ter") { add(.stative, word.dropFirst(3)) }
        if word.hasPrefix("per") { add(.per, word.dropFirst(3)) }
        if word.hasPrefix("pe") { nasal(.nominal, word.dropFirst(2)) }
        if word.hasPrefix("ke") { add(.ke, word.dropFirst(2)) }
        if word.hasPrefix("se") { add(.one, word.dropFirst(2)) }
        add(.none, Substring(word))
        return readings
    }

    /// The meN- forms a stem takes: "katakan" → "mengatakan", "sebut" → "menyebut",
    /// "pukul" → "memukul", "tulis" → "menulis", "baca" → "membaca", "lapor" → "melapor".
    private func activeForms(of stem: Substring) -> [String] {
        guard let first = stem.first else { return [] }
        let rest = stem.dropFirst()
        switch first {
        case "a", "e", "i", "o", "u", "g", "h": return ["meng" + stem]
        case "k": return ["meng" + rest, "meng" + stem]
        case "s": return ["meny" + rest, "men" + stem]
        case "p": return ["mem" + rest, "mem" + stem]
        case "b", "f", "v": return ["mem" + stem]
        case "t": return ["men" + rest, "men" + stem]
        case "d", "c", "j", "z": return ["men" + stem]
        default: return ["me" + stem, "memper" + stem, "meng" + stem]
        }
    }

    private static func isVowel(_ character: Character) -> Bool {
        character == "a" || character == "e" || character == "i" || character == "o" || character == "u"
    }
}
