/// Tense, aspect, modality, negation and voice: "akan" + verb → "will" + base, "telah" +
/// verb → "has" + participle, "sedang" + verb → "is" + -ing, "tidak" + verb → "did not" +
/// base, di- passives → "was" + participle ("yang diterbitkan" → "published"), "untuk" +
/// verb → "to" + base, -nya on a verb → "it", and pronouns as subject or object.
struct VerbPhraseRules: Sendable {
    let inflector: EnglishInflector
    /// Whether a plain verb is put in the simple past (news narrative) or left in its base form.
    let narrativePast: Bool

    /// What the words before a verb ask of it.
    private enum Context {
        case none, base, participle, gerund, relative, negatedPast
    }

    func apply(to units: inout [TranslationUnit]) {
        var context = Context.none
        var negationIndex: Int?
        var relativeIndex: Int?
        for index in units.indices where !units[index].isDropped {
            let unit = units[index]
            if unit.isPunctuation {
                context = .none
                negationIndex = nil
                relativeIndex = nil
                continue
            }
            switch unit.partOfSpeech {
            case .auxiliary:
                switch unit.english {
                case "has", "have", "had": context = .participle
                case "is", "are", "was", "were": context = .gerund
                default: context = .base
                }
                // "tidak akan" → "will not"
                if let negation = negationIndex {
                    units[negation].isDropped = true
                    units[index].english += " not"
                    negationIndex = nil
                }
            case .negation:
                negationIndex = index
                let next = nextContent(after: index, in: units)
                if let next, units[next].partOfSpeech == .verb, context == .none || context == .relative {
                    if units[next].isPassive {
                        units[index].english = unit.source == "belum" ? "has not yet been" : "was not"
                        context = .negatedPast
                    } else {
                        units[index].english = unit.source == "belum" ? "has not yet" : "did not"
                        context = unit.source == "belum" ? .participle : .base
                    }
                    units[index].isFinished = true
                    negationIndex = nil
                }
            case .relative:
                relativeIndex = index
                context = .relative
                // "Duvall, yang …" / "Kit yang …": a person before "yang" takes "who".
                if let previous = previousContent(before: index, in: units, skippingCommas: true),
                   units[previous].isName && units[previous].isCapitalizedSource || units[previous].partOfSpeech == .pronoun {
                    units[index].english = "who"
                }
            case .preposition:
                if unit.source == "dengan", isAdverbial(after: index, in: units) {
                    // "dengan cepat" → "quickly", "dengan baik" → "well"
                    units[index].isDropped = true
                    units[index + 1].english = EnglishInflector.adverb(units[index + 1].english)
                    units[index + 1].partOfSpeech = .adverb
                    continue
                }
                if let clitic = unit.clitic {
                    // "dengannya" → "with it"
                    units[index].english += clitic == .first ? " me" : clitic == .second ? " you" : " it"
                    units[index].clitic = nil
                }
                if unit.source == "untuk" || unit.source == "guna" || unit.source == "agar" || unit.source == "supaya",
                   let next = nextContent(after: index, in: units), units[next].partOfSpeech == .verb {
                    units[index].english = "to"
                    context = .base
                    continue
                }
                context = .none
            case .verb:
                let pluralSubject = previousContent(before: index, in: units).map { subject in
                    units[subject].isPlural || ["they", "we", "you"].contains(units[subject].english)
                } ?? false
                units[index].english = verbForm(
                    units[index], context: context, relativeIndex: relativeIndex, pluralSubject: pluralSubject, units: &units)
                if let clitic = units[index].clitic {
                    units[index].english += clitic == .first ? " me" : clitic == .second ? " you" : " it"
                    units[index].clitic = nil
                }
                context = .none
                negationIndex = nil
                relativeIndex = nil
            case .pronoun:
                let previous = previousContent(before: index, in: units)
                let isObject = previous.map { [.verb, .preposition].contains(units[$0].partOfSpeech) } ?? false
                units[index].english = units[index].pronounForm(isObject ? 1 : 0)
                if !isObject, let next = nextContent(after: index, in: units), units[next].partOfSpeech == .adjective {
                    let subject = units[index].english
                    units[index].english += subject == "I" ? " am" : ["we", "they", "you"].contains(subject) ? " are" : " is"
                }
                context = .none
            case .adverb:
                break  // "akan segera datang": the adverb keeps what came before.
            case .phrase where unit.source == "secara":
                // "secara teratur" → "regularly"
                if let next = nextContent(after: index, in: units), units[next].partOfSpeech == .adjective {
                    units[index].isDropped = true
                    units[next].english = EnglishInflector.adverb(units[next].english)
                    units[next].partOfSpeech = .adverb
                }
            default:
                context = .none
                negationIndex = nil
            }
        }
    }

    private func verbForm(
        _ unit: TranslationUnit, context: Context, relativeIndex: Int?, pluralSubject: Bool, units: inout [TranslationUnit]
    ) -> String {
        let verb = unit.english
        if unit.isPassive {
            switch context {
            case .relative:
                if let relative = relativeIndex { units[relative].isDropped = true }
                return inflector.participle(verb)
            case .base: return "be " + inflector.participle(verb)
            case .participle: return "been " + inflector.participle(verb)
            case .gerund: return "being " + inflector.participle(verb)
            case .negatedPast: return inflector.participle(verb)
            case .none: return (pluralSubject ? "were " : "was ") + inflector.participle(verb)
            }
        }
        switch context {
        case .base, .negatedPast: return verb
        case .participle: return inflector.participle(verb)
        case .gerund: return inflector.gerund(verb)
        case .relative, .none: return narrativePast ? inflector.past(verb) : verb
        }
    }

    /// Whether a lone adjective follows (not one modifying a noun after it), so that the
    /// preposition before it makes an adverb.
    private func isAdverbial(after index: Int, in units: [TranslationUnit]) -> Bool {
        guard index + 1 < units.count, units[index + 1].partOfSpeech == .adjective, !units[index + 1].isDropped else { return false }
        guard index + 2 < units.count else { return true }
        let after = units[index + 2]
        return after.isPunctuation || ![.noun, .name, .adjective].contains(after.partOfSpeech)
    }

    private func nextContent(after index: Int, in units: [TranslationUnit]) -> Int? {
        var next = index + 1
        while next < units.count, units[next].isDropped || units[next].partOfSpeech == .adverb {
            next += 1
        }
        return next < units.count && !units[next].isPunctuation ? next : nil
    }

    private func previousContent(before index: Int, in units: [TranslationUnit], skippingCommas: Bool = false) -> Int? {
        var previous = index - 1
        while previous >= 0, units[previous].isDropped || units[previous].partOfSpeech == .adverb || skippingCommas && units[previous].english == "," {
            previous -= 1
        }
        return previous >= 0 ? previous : nil
    }
}
