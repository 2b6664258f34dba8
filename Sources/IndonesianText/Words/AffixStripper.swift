/// Finds the root of one lowercase word by trying the ways Indonesian affixes can be
/// peeled off and keeping the first candidate the root dictionary knows.
///
/// The search follows the confix-stripping idea: inflectional particles (-lah, -kah,
/// -pun, and -tah on bare roots) and possessives (-ku, -mu, -nya) come off first, then
/// the derivational suffix (-kan, -an, -i), then up to three prefixes, each with the
/// sound changes it causes (meN- and peN- swallow the root's first p, t, s or k); when
/// nothing matches, suffixes are put back one at a time and prefixes tried again. Words shaped like the
/// confixes that bind more tightly on the left (be-…-an, be-…-lah, me-/di-/pe-/ter-…-i)
/// try their prefix first.
struct AffixStripper {
    /// The affix that was removed from the front of a candidate.
    enum Prefix {
        case di, ke, se, proclitic, ber, ter, me, pe, per, reduplication
    }

    /// The derivational suffix removed from the end of a candidate.
    enum Suffix {
        case none, kan, an, i, loan
    }

    /// A candidate with its suffixes removed, and which derivational suffix that was.
    struct SuffixState {
        var view: WordView
        var suffix: Suffix
    }

    /// The lowercase ASCII letters of the word.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The roots candidates are checked against.
    let roots: RootDictionary

    /// The root of the whole word, or nil when no analysis reaches a known root.
    func root() -> WordView? {
        let word = WordView(wholeWordOf: bytes.count)
        if isRoot(word) { return word }
        if bindsPrefixFirst(word), let found = searchPrefixes(of: word, suffix: .none, prefixFirst: true, depth: 0) {
            return found
        }
        let states = suffixStates(of: word)
        for index in 0..<states.count where states[index].suffix != .loan && isRoot(states[index].view) {
            return states[index].view
        }
        // Most stripped first, then each suffix put back in turn ("kan" before "an"
        // is the order `suffixStates` gives the derivational states).
        for index in 0..<states.count where states[index].suffix != .none && states[index].suffix != .loan {
            let state = states[index]
            if let found = searchPrefixes(of: state.view, suffix: state.suffix, prefixFirst: false, depth: 0) {
                return found
            }
        }
        for index in (0..<states.count).reversed() where states[index].suffix == .none {
            let state = states[index]
            if let found = searchPrefixes(of: state.view, suffix: .none, prefixFirst: false, depth: 0) {
                return found
            }
        }
        if let found = searchPrefixes(of: word, suffix: .none, prefixFirst: false, depth: 0) {
            return found
        }
        // Loanword suffixes last, so that a listed "organisasi" wins over "organ".
        for index in 0..<states.count where states[index].suffix == .loan {
            if isRoot(states[index].view) { return states[index].view }
            if let found = searchPrefixes(of: states[index].view, suffix: .loan, prefixFirst: false, depth: 0) {
                return found
            }
        }
        if let found = negatedNounRoot(of: word) { return found }
        if let found = infixRoot(of: word) { return found }
        for index in 0..<states.count {
            if let found = infixRoot(of: states[index].view) { return found }
        }
        return nil
    }

    /// A cautious stem for a word whose root is not in the dictionary: the possessive
    /// -nya comes off, and one prefix whose removal needs no guess about a swallowed
    /// consonant (di- before a consonant and vowel, ter- and ber- before a consonant,
    /// me- before l, r, w, y, pe- before l, w, y, meng- and peng- before g, h, k, q, men-
    /// and pen- before c, d, j, z, sy, tr, mem- and pem- before b, f, v, pr, pl), with
    /// -kan, or -an after pe-/per-/ke-. Nil when
    /// nothing came off or what is left does not look like an Indonesian root, so names
    /// and loanwords stay whole.
    func guessedRoot() -> WordView? {
        let word = WordView(wholeWordOf: bytes.count)
        var view = word
        if hasSuffix(view, "nya"), view.count - 3 >= 4, looksLikeRoot(view.droppingLast(3)) {
            view = view.droppingLast(3)
        }
        guard let (rest, prefix) = unambiguousPrefix(of: view) else {
            return view.end == word.end ? nil : view
        }
        var stem = rest
        if hasSuffix(stem, "kan"), stem.count - 3 >= 5, !AffixStripper.isDisallowed(prefix, .kan) {
            stem = stem.droppingLast(3)
        } else if hasSuffix(stem, "an"), stem.count - 2 >= 5, prefix == .pe || prefix == .per || prefix == .ke {
            stem = stem.droppingLast(2)
        }
        guard stem.count >= 5, looksLikeRoot(stem) else { return view.end == word.end ? nil : view }
        return stem
    }

    /// The remainder after a prefix whose removal is certain, and which prefix it was.
    private func unambiguousPrefix(of view: WordView) -> (WordView, Prefix)? {
        guard view.count >= 7 else { return nil }
        let c2 = letter(view, 2), c3 = letter(view, 3), c4 = letter(view, 4)
        let consonant = AffixStripper.isConsonant
        func isAny(_ letter: UInt8, _ letters: StaticString) -> Bool {
            let text = letters.utf8Start
            for index in 0..<letters.utf8CodeUnitCount where text[index] == letter { return true }
            return false
        }
        // Only before a consonant and vowel, and not before r or n: loanwords and names
        // ("direktorat", "diskriminasi") are many there.
        if hasPrefix(view, "di"), consonant(c2), AffixStripper.isVowel(c3), c2 != UInt8(ascii: "r"), c2 != UInt8(ascii: "n") {
            return (view.droppingFirst(2), .di)
        }
        if hasPrefix(view, "ter"), consonant(c3) { return (view.droppingFirst(3), .ter) }
        if hasPrefix(view, "ber"), consonant(c3) { return (view.droppingFirst(3), .ber) }
        for (head, prefix) in [("me", Prefix.me), ("pe", Prefix.pe)] {
            let isHead = head == "me" ? hasPrefix(view, "me") : hasPrefix(view, "pe")
            guard isHead else { continue }
            // pe- before r is left alone: "peristiwa", "periode" are roots.
            if isAny(c2, prefix == .me ? "lrwy" : "lwy") { return (view.droppingFirst(2), prefix) }
            if c2 == UInt8(ascii: "n"), c3 == UInt8(ascii: "g"), isAny(c4, "ghkq") { return (view.droppingFirst(4), prefix) }
            if c2 == UInt8(ascii: "n"), isAny(c3, "cdjz") { return (view.droppingFirst(3), prefix) }
            if c2 == UInt8(ascii: "n"), (c3 == UInt8(ascii: "s") && c4 == UInt8(ascii: "y")) || (c3 == UInt8(ascii: "t") && c4 == UInt8(ascii: "r")) {
                return (view.droppingFirst(3), prefix)
            }
            if c2 == UInt8(ascii: "m"), isAny(c3, "bfv") || (c3 == UInt8(ascii: "p") && isAny(c4, "rl")) {
                return (view.droppingFirst(3), prefix)
            }
        }
        return nil
    }

    /// Whether a candidate has the shape of a root: a vowel, and an opening that
    /// Indonesian or its loanwords allow (one consonant, or a cluster such as "tr", "sy").
    func looksLikeRoot(_ view: WordView) -> Bool {
        guard view.count >= 4 else { return false }
        var hasVowel = false
        for index in 0..<view.count where AffixStripper.isVowel(letter(view, index)) {
            hasVowel = true
            break
        }
        guard hasVowel else { return false }
        let first = letter(view, 0), second = letter(view, 1)
        if AffixStripper.isVowel(first) || AffixStripper.isVowel(second) { return true }
        switch (first, second) {
        case (UInt8(ascii: "k"), UInt8(ascii: "h")), (UInt8(ascii: "s"), UInt8(ascii: "y")),
             (UInt8(ascii: "n"), UInt8(ascii: "g")), (UInt8(ascii: "n"), UInt8(ascii: "y")):
            return true
        default:
            let isStop = first == UInt8(ascii: "p") || first == UInt8(ascii: "b") || first == UInt8(ascii: "t")
                || first == UInt8(ascii: "d") || first == UInt8(ascii: "k") || first == UInt8(ascii: "g")
                || first == UInt8(ascii: "f") || first == UInt8(ascii: "s")
            return isStop && (second == UInt8(ascii: "r") || second == UInt8(ascii: "l"))
                || first == UInt8(ascii: "s") && (second == UInt8(ascii: "t") || second == UInt8(ascii: "p") || second == UInt8(ascii: "k"))
        }
    }

    // MARK: Letters

    func letter(_ view: WordView, _ index: Int) -> UInt8 {
        guard index < view.count else { return 0 }
        if view.lead == 0 { return bytes[view.start + index] }
        return index == 0 ? view.lead : bytes[view.start + index - 1]
    }

    func hasPrefix(_ view: WordView, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard view.count > length else { return false }
        let text = prefix.utf8Start
        for index in 0..<length where letter(view, index) != text[index] {
            return false
        }
        return true
    }

    func hasSuffix(_ view: WordView, _ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard view.count > length else { return false }
        let text = suffix.utf8Start
        let offset = view.count - length
        for index in 0..<length where letter(view, offset + index) != text[index] {
            return false
        }
        return true
    }

    static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }

    static func isConsonant(_ letter: UInt8) -> Bool {
        letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") && !isVowel(letter)
    }

    /// Roots shorter than three letters are too easily matched by accident.
    func isRoot(_ view: WordView) -> Bool {
        view.count >= 3 && roots.contains(view, in: bytes)
    }

    // MARK: Suffixes

    /// The candidates left by removing the particle, then the possessive, then each
    /// possible derivational suffix, in that order.
    func suffixStates(of word: WordView) -> InlineList<SuffixState> {
        var states = InlineList(filler: SuffixState(view: word, suffix: .none))
        var view = word
        for particle: StaticString in ["lah", "kah", "pun"] where hasSuffix(view, particle) && view.count - 3 >= 3 {
            view = view.droppingLast(3)
            states.append(SuffixState(view: view, suffix: .none))
            break
        }
        // The archaic -tah only on a bare root ("apatah"): elsewhere "-tah" is part of
        // the root ("membantah", "perintah").
        if hasSuffix(view, "tah"), view.count - 3 >= 3, isRoot(view.droppingLast(3)) {
            states.append(SuffixState(view: view.droppingLast(3), suffix: .none))
            return states
        }
        for possessive: StaticString in ["nya", "ku", "mu"] where hasSuffix(view, possessive) && view.count - possessive.utf8CodeUnitCount >= 3 {
            view = view.droppingLast(possessive.utf8CodeUnitCount)
            states.append(SuffixState(view: view, suffix: .none))
            break
        }
        if hasSuffix(view, "kan"), view.count - 3 >= 3 {
            states.append(SuffixState(view: view.droppingLast(3), suffix: .kan))
            states.append(SuffixState(view: view.droppingLast(2), suffix: .an))
        } else if hasSuffix(view, "an"), view.count - 2 >= 3 {
            states.append(SuffixState(view: view.droppingLast(2), suffix: .an))
        } else if hasSuffix(view, "i"), view.count - 1 >= 3 {
            states.append(SuffixState(view: view.droppingLast(1), suffix: .i))
        }
        // Borrowed suffixes of loanwords: "finalisasi", "idealisme", "idealis".
        if hasSuffix(view, "isasi"), view.count - 5 >= 4 {
            states.append(SuffixState(view: view.droppingLast(5), suffix: .loan))
        } else if hasSuffix(view, "isme"), view.count - 4 >= 4 {
            states.append(SuffixState(view: view.droppingLast(4), suffix: .loan))
        } else if hasSuffix(view, "is"), view.count - 2 >= 5 {
            states.append(SuffixState(view: view.droppingLast(2), suffix: .loan))
        }
        return states
    }

    /// Prefix and suffix pairs that never form a word together, e.g. *di-…-an, *me-…-an.
    static func isDisallowed(_ prefix: Prefix, _ suffix: Suffix) -> Bool {
        switch (prefix, suffix) {
        case (.ber, .i), (.di, .an), (.ke, .i), (.ke, .kan), (.me, .an), (.se, .i), (.se, .kan),
             (.ter, .an), (.pe, .kan), (.per, .kan):
            true
        default:
            false
        }
    }

    /// Whether the word looks like a confix whose prefix attaches last.
    func bindsPrefixFirst(_ word: WordView) -> Bool {
        // be-…-an, but not -kan: "berikan" is beri + -kan, not ber- + ikan.
        if hasPrefix(word, "be") { return hasSuffix(word, "lah") || (hasSuffix(word, "an") && !hasSuffix(word, "kan")) }
        guard hasSuffix(word, "i") else { return false }
        return hasPrefix(word, "me") || hasPrefix(word, "di") || hasPrefix(word, "pe") || hasPrefix(word, "ter")
    }

    // MARK: Prefixes

    /// Tries every prefix removal of `view`, nearest analyses first: all single removals,
    /// then the removals beneath each of them, up to three prefixes deep.
    func searchPrefixes(of view: WordView, suffix: Suffix, prefixFirst: Bool, depth: Int, outer: Prefix? = nil) -> WordView? {
        var candidates = CandidateList(filler: (WordView(wholeWordOf: 0), .di))
        prefixCandidates(of: view, depth: depth, into: &candidates)
        for index in 0..<candidates.count {
            let (candidate, prefix) = candidates[index]
            let outermost = outer ?? prefix
            if prefixFirst {
                if let found = rootAfterSuffixes(of: candidate, outer: outermost) { return found }
            } else if !AffixStripper.isDisallowed(outermost, suffix), isRoot(candidate) {
                return candidate
            }
        }
        guard depth < 2 else { return nil }
        for index in 0..<candidates.count {
            let (candidate, prefix) = candidates[index]
            if candidate.count < 5 { continue }
            if let found = searchPrefixes(
                of: candidate, suffix: suffix, prefixFirst: prefixFirst, depth: depth + 1, outer: outer ?? prefix
            ) {
                return found
            }
        }
        return nil
    }

    /// The candidate itself or one of its suffix-stripped forms, when a known root.
    func rootAfterSuffixes(of candidate: WordView, outer: Prefix) -> WordView? {
        if isRoot(candidate) { return candidate }
        let states = suffixStates(of: candidate)
        for index in 0..<states.count where !AffixStripper.isDisallowed(outer, states[index].suffix) {
            if isRoot(states[index].view) { return states[index].view }
        }
        return nil
    }

    typealias CandidateList = InlineList<(WordView, Prefix)>

    /// The candidates left by removing one prefix from the front of `view`.
    func prefixCandidates(of view: WordView, depth: Int, into list: inout CandidateList) {
        guard view.count >= 5 else { return }
        let c0 = letter(view, 0), c1 = letter(view, 1), c2 = letter(view, 2), c3 = letter(view, 3)
        let c4 = letter(view, 4), c5 = letter(view, 5)
        let a = UInt8(ascii: "a"), b = UInt8(ascii: "b"), d = UInt8(ascii: "d"), e = UInt8(ascii: "e")
        let g = UInt8(ascii: "g"), i = UInt8(ascii: "i"), k = UInt8(ascii: "k")
        let l = UInt8(ascii: "l"), m = UInt8(ascii: "m"), n = UInt8(ascii: "n"), p = UInt8(ascii: "p")
        let r = UInt8(ascii: "r"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t"), u = UInt8(ascii: "u")
        let w = UInt8(ascii: "w"), y = UInt8(ascii: "y"), f = UInt8(ascii: "f"), v = UInt8(ascii: "v")
        let vowel = AffixStripper.isVowel
        let consonant = AffixStripper.isConsonant
        let isLiquidOrGlide = { (x: UInt8) in x == l || x == r || x == w || x == y }

        if depth == 0 {
            // Partial reduplication: "lelembut" → "lembut", "rerata" → "rata".
            if consonant(c0), c1 == e, c2 == c0 {
                list.append(view.droppingFirst(2), .reduplication)
            }
            if c0 == d, c1 == i {
                list.append(view.droppingFirst(2), .di)
            }
            if c0 == k, c1 == a, c2 == u, view.count >= 7 {
                list.append(view.droppingFirst(3), .proclitic)
            } else if c0 == k, c1 == u, view.count >= 6 {
                list.append(view.droppingFirst(2), .proclitic)
            }
            if c0 == m, c1 == e {
                if isLiquidOrGlide(c2) {
                    list.append(view.droppingFirst(2), .me)
                } else if c2 == m {
                    if c3 == b || c3 == f || c3 == v || c3 == p {
                        list.append(view.droppingFirst(3), .me)
                    } else if vowel(c3) {
                        list.append(view.droppingFirst(2), .me)
                        list.append(view.recoding(3, as: p), .me)
                    }
                } else if c2 == n {
                    if c3 == y {
                        if vowel(c4) {
                            list.append(view.recoding(4, as: s), .me)
                            list.append(view.droppingFirst(2), .me)
                        }
                    } else if c3 == g {
                        nasalVelar(view, c4: c4, c5: c5, prefix: .me, into: &list)
                    } else if vowel(c3) {
                        list.append(view.droppingFirst(2), .me)
                        list.append(view.recoding(3, as: t), .me)
                    } else if consonant(c3) {
                        list.append(view.droppingFirst(3), .me)
                    }
                }
            }
        }
        if c0 == k, c1 == e {
            list.append(view.droppingFirst(2), .ke)
        }
        if c0 == s, c1 == e {
            list.append(view.droppingFirst(2), .se)
        }
        if c0 == b, c1 == e {
            if c2 == r {
                list.append(view.droppingFirst(3), .ber)
                list.append(view.droppingFirst(2), .ber)
            } else if c2 == l, vowel(c3), c3 == a {
                list.append(view.droppingFirst(3), .ber)  // "belajar"
            } else if consonant(c2), c3 == e, c4 == r {
                list.append(view.droppingFirst(2), .ber)  // "bekerja", "beternak"
            }
        }
        if c0 == t, c1 == e {
            if c2 == r {
                list.append(view.droppingFirst(3), .ter)
                list.append(view.droppingFirst(2), .ter)
            } else if consonant(c2), c3 == e, c4 == r {
                list.append(view.droppingFirst(2), .ter)  // "teterbang", "tekerja"
            }
        }
        if c0 == p, c1 == e {
            if c2 == r {
                list.append(view.droppingFirst(3), .per)
                list.append(view.droppingFirst(2), .pe)
            } else if isLiquidOrGlide(c2) {
                list.append(view.droppingFirst(2), .pe)
                if c2 == l, vowel(c3) {
                    list.append(view.droppingFirst(3), .pe)  // "pelajar"
                }
            } else if c2 == m {
                if c3 == b || c3 == f || c3 == v || c3 == p {
                    list.append(view.droppingFirst(3), .pe)
                } else if vowel(c3) {
                    list.append(view.droppingFirst(2), .pe)
                    list.append(view.recoding(3, as: p), .pe)
                }
            } else if c2 == n {
                if c3 == y {
                    if vowel(c4) {
                        list.append(view.recoding(4, as: s), .pe)
                        list.append(view.droppingFirst(2), .pe)
                    }
                } else if c3 == g {
                    nasalVelar(view, c4: c4, c5: c5, prefix: .pe, into: &list)
                } else if vowel(c3) {
                    list.append(view.droppingFirst(2), .pe)
                    list.append(view.recoding(3, as: t), .pe)
                } else if consonant(c3) {
                    list.append(view.droppingFirst(3), .pe)
                }
            } else if consonant(c2) {
                list.append(view.droppingFirst(2), .pe)  // "pekerja", "petani", "pedagang"
            }
        }
    }

    /// meng- and peng-: before a vowel the root began with that vowel or with a swallowed
    /// k; before g, h, k, q, kh the root is intact; "menge-" stands before one-syllable
    /// roots ("mengebom"); the root may also begin with "ng" ("menganga").
    private func nasalVelar(_ view: WordView, c4: UInt8, c5: UInt8, prefix: Prefix, into list: inout CandidateList) {
        let vowel = AffixStripper.isVowel
        switch c4 {
        case UInt8(ascii: "g"), UInt8(ascii: "h"), UInt8(ascii: "k"), UInt8(ascii: "q"):
            list.append(view.droppingFirst(4), prefix)
        default:
            if vowel(c4) {
                list.append(view.droppingFirst(4), prefix)
                list.append(view.recoding(4, as: UInt8(ascii: "k")), prefix)
                if c4 == UInt8(ascii: "e"), AffixStripper.isConsonant(c5) {
                    list.append(view.droppingFirst(5), prefix)
                }
            }
        }
        list.append(view.droppingFirst(2), prefix)
    }

    // MARK: Negation

    /// Nouns of negation written as one word, ke- + tidak + base + -an ("ketidakadilan" →
    /// "adil", "ketidakberdayaan" → "daya").
    func negatedNounRoot(of word: WordView) -> WordView? {
        guard hasPrefix(word, "ketidak"), hasSuffix(word, "an"), word.count >= 7 + 3 + 2 else { return nil }
        let base = WordView(lead: 0, start: word.start + 7, end: word.end - 2)
        if isRoot(base) { return base }
        return searchPrefixes(of: base, suffix: .none, prefixFirst: false, depth: 1)
    }

    // MARK: Infixes

    /// Roots with an infix -el-, -em-, -er- or -in- after their first consonant
    /// ("kinerja" → "kerja", "gemetar" → "getar", "telunjuk" → "tunjuk").
    func infixRoot(of view: WordView) -> WordView? {
        guard view.count >= 6, view.lead == 0, AffixStripper.isConsonant(letter(view, 0)) else { return nil }
        let c1 = letter(view, 1), c2 = letter(view, 2)
        let isInfix = (c1 == UInt8(ascii: "e") && (c2 == UInt8(ascii: "l") || c2 == UInt8(ascii: "m") || c2 == UInt8(ascii: "r")))
            || (c1 == UInt8(ascii: "i") && c2 == UInt8(ascii: "n"))
        guard isInfix else { return nil }
        // The root is the first consonant followed by what comes after the infix.
        let candidate = WordView(lead: letter(view, 0), start: view.start + 3, end: view.end)
        return isRoot(candidate) ? candidate : nil
    }
}
