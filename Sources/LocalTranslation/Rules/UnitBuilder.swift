/// Turns tokens into translation units: multiword expressions first (longest match),
/// then single words through the lexicon and the word analyzer, numbers formatted the
/// English way, runs of capitalized unknown words kept together as one name. Fixed terms
/// (a glossary's) come before all of these and keep their English as given.
struct UnitBuilder: Sendable {
    let lexicon: TranslationLexicon
    let analyzer: WordAnalyzer

    /// The units of `tokens`; `fixedTerms` are occurrences keyed by their first token.
    func units(for tokens: [SourceToken], fixedTerms: [Int: FixedTermMatcher.Occurrence] = [:]) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        units.reserveCapacity(tokens.count)
        var index = 0
        var sentenceStart = true
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .punctuation:
                var unit = TranslationUnit(english: token.text, partOfSpeech: .particle, source: token.text)
                unit.isPunctuation = true
                unit.followsSpace = token.followsSpace
                units.append(unit)
                index += 1
                if token.text == "." || token.text == "!" || token.text == "?" || token.text == "\"" || token.text == ":" {
                    sentenceStart = true
                }
                continue
            case .number:
                var unit = TranslationUnit(english: token.text, partOfSpeech: .numeral, source: token.lower)
                unit.followsSpace = token.followsSpace
                units.append(unit)
                index += 1
                sentenceStart = false
                continue
            case .word:
                break
            }
            if !fixedTerms.isEmpty, let occurrence = fixedTerms[index] {
                units.append(fixedTerm(occurrence, at: index, in: tokens, sentenceStart: sentenceStart))
                index += occurrence.tokenCount
                sentenceStart = false
                continue
            }
            if let (unit, length) = phrase(at: index, in: tokens, sentenceStart: sentenceStart, fixedTerms: fixedTerms) {
                units.append(unit)
                index += length
                sentenceStart = false
                continue
            }
            var unit = word(token, sentenceStart: sentenceStart)
            unit.followsSpace = token.followsSpace
            unit.isCapitalizedSource = token.isCapitalized
            unit.isCapitalizedInSentence = token.isCapitalized && !sentenceStart
            // Consecutive names form one name ("Joko Widodo", "Del Potro").
            if unit.isName, let last = units.last, last.isName, !last.isPunctuation, token.followsSpace {
                units[units.count - 1].english += " " + unit.english
                units[units.count - 1].source += " " + unit.source
            } else {
                units.append(unit)
            }
            index += 1
            sentenceStart = false
        }
        return units
    }

    /// A fixed term's unit: its English as given, never inflected or respelled. A term the
    /// lexicon knows as a common noun (or does not know) with lowercase English is a noun, so
    /// that modifiers and articles order around it; any other term is a known name.
    private func fixedTerm(_ occurrence: FixedTermMatcher.Occurrence, at index: Int, in tokens: [SourceToken], sentenceStart: Bool) -> TranslationUnit {
        let covered = tokens[index..<(index + occurrence.tokenCount)]
        let key = covered.map(\.lower).joined(separator: " ")
        let known = lexicon.entry(key)?.partOfSpeech ?? (occurrence.tokenCount == 1 ? analyzer.analyze(key)?.entry.partOfSpeech : nil)
        let isLowercase = occurrence.english.first?.isLowercase ?? false
        let partOfSpeech: PartOfSpeech = isLowercase && (known == nil || known == .noun) ? .noun : .name
        var unit = TranslationUnit(english: "", partOfSpeech: partOfSpeech, source: key)
        // Set after creation: a name's English would otherwise be split at a "|".
        unit.english = occurrence.english
        unit.followsSpace = tokens[index].followsSpace
        unit.isCapitalizedSource = tokens[index].isCapitalized
        unit.isCapitalizedInSentence = tokens[index].isCapitalized && !sentenceStart
        unit.isFinished = true
        return unit
    }

    /// The longest multiword entry starting at `index`, with the number of tokens it spans;
    /// it never reaches into a fixed term ("Kepala Dinas Perhubungan" with the term "Dinas
    /// Perhubungan" leaves "kepala dinas" aside).
    private func phrase(
        at index: Int, in tokens: [SourceToken], sentenceStart: Bool, fixedTerms: [Int: FixedTermMatcher.Occurrence]
    ) -> (TranslationUnit, Int)? {
        var length = min(lexicon.longestPhrase, tokens.count - index)
        if !fixedTerms.isEmpty, length >= 2 {
            for offset in 1..<length where fixedTerms[index + offset] != nil {
                length = offset
                break
            }
        }
        while length >= 2 {
            defer { length -= 1 }
            var key = ""
            var isWords = true
            for offset in 0..<length {
                let token = tokens[index + offset]
                if token.kind == .punctuation || (offset > 0 && !token.followsSpace) {
                    isWords = false
                    break
                }
                if offset > 0 { key += " " }
                key += token.lower
            }
            guard isWords else { continue }
            var entry = lexicon.entry(key)
            var clitic: WordAnalysis.Clitic?
            if entry == nil, key.hasSuffix("nya") {
                entry = lexicon.entry(String(key.dropLast(3)))
                clitic = .third
            }
            guard let found = entry else { continue }
            var unit = TranslationUnit(english: found.english, partOfSpeech: found.partOfSpeech, source: key)
            unit.followsSpace = tokens[index].followsSpace
            unit.isCapitalizedSource = tokens[index].isCapitalized
            unit.isCapitalizedInSentence = tokens[index].isCapitalized && !sentenceStart
            unit.clitic = clitic
            return (unit, length)
        }
        return nil
    }

    /// One word: the lexicon, then its affixes, then a name or a respelled loanword.
    private func word(_ token: SourceToken, sentenceStart: Bool) -> TranslationUnit {
        let lower = token.lower
        // Capitalized words inside a sentence are names unless the lexicon has them as
        // written ("Kamis", "Universitas"): affix guessing on names does more harm than good.
        let allowsAnalysis = !token.isCapitalized || sentenceStart
        let isListed = lexicon.entry(lower) != nil
        if isListed || allowsAnalysis, let analysis = analyzer.analyze(lower) {
            var unit = TranslationUnit(english: analysis.entry.english, partOfSpeech: analysis.entry.partOfSpeech, source: lower)
            unit.isPlural = analysis.isPlural
            unit.isPassive = analysis.isPassive
            unit.clitic = analysis.clitic
            return unit
        }
        if token.isCapitalized && !sentenceStart {
            var unit = TranslationUnit(english: token.text, partOfSpeech: .name, source: lower)
            unit.isName = true
            return unit
        }
        if lower.hasPrefix("rp"), lower.dropFirst(2).first?.isNumber == true {
            var unit = TranslationUnit(english: "Rp " + lower.dropFirst(2), partOfSpeech: .numeral, source: lower)
            unit.isFinished = false
            return unit
        }
        if let adapted = LoanwordAdapter.adapt(lower) {
            return TranslationUnit(english: adapted, partOfSpeech: adapted.hasSuffix("ive") || adapted.hasSuffix("ic") || adapted.hasSuffix("al") ? .adjective : .noun, source: lower)
        }
        var unit = TranslationUnit(english: token.isCapitalized ? token.text : lower, partOfSpeech: .name, source: lower)
        unit.isName = true
        return unit
    }

}
