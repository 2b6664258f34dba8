import Foundation

/// Checks a backend's reply to a batch before anything is kept: every id asked for answered
/// once, nothing invented or empty, each translation matching its own block (numbers and names
/// carried over, a plausible length), and nothing handed back in Indonesian.
public struct ReplyValidator: Sendable {
    /// Whether a text is still Indonesian (by default the language detector's verdict).
    let isIndonesian: @Sendable (String) -> Bool

    /// A validator using `LanguageDetector` to recognise Indonesian handed back.
    public init() {
        let detector = LanguageDetector()
        isIndonesian = { detector.detect($0) == .indonesian }
    }

    /// A validator recognising Indonesian with `isIndonesian`.
    public init(isIndonesian: @escaping @Sendable (String) -> Bool) {
        self.isIndonesian = isIndonesian
    }

    /// Source texts of at least this many characters have their translation's length checked.
    static let lengthCheckMinimum = 50
    /// The plausible range of English length over Indonesian length.
    static let plausibleLengthRatio = 0.33...2.5
    /// Above this ratio a translation next to a lost block is taken to hold it too.
    static let mergedLengthRatio = 1.6

    /// The translations of `units` in a keyed (language model) reply, or every problem found.
    public func check(keyed reply: String, units: [TranslationUnit]) -> Result<[BlockID: String], ReplyCheckFailure> {
        let expected = Set(units.map(\.id.rawValue))
        let pairs: [(key: String, text: String)]
        switch ReplyParser.translations(in: reply, expected: expected) {
        case let .success(found): pairs = found
        case let .failure(problem): return .failure(ReplyCheckFailure(problems: [problem]))
        }
        var english: [BlockID: String] = [:]
        var invented: [String] = []
        for (key, text) in pairs {
            let id = key.trimmingCharacters(in: .whitespaces)
            if expected.contains(id) { english[BlockID(id)] = text.trimmingCharacters(in: .whitespacesAndNewlines) } else { invented.append(key) }
        }
        var problems: [ReplyProblem] = []
        if !invented.isEmpty { problems.append(.invented(invented.sorted())) }
        let missing = units.map(\.id).filter { english[$0] == nil }
        if !missing.isEmpty { problems.append(lostOrMerged(missing, english: english, units: units)) }
        problems += contentProblems(english, units: units, checkAlignment: true)
        return problems.isEmpty ? .success(english) : .failure(ReplyCheckFailure(problems: problems))
    }

    /// The per-unit outcome of an ordered reply (a translation service or the local translator),
    /// whose translations cannot be shifted between texts: each one is kept or rejected alone.
    public func check(ordered texts: [String], units: [TranslationUnit], detectIndonesian: Bool = true) -> [BlockID: Result<String, ReplyProblem>] {
        var outcome: [BlockID: Result<String, ReplyProblem>] = [:]
        for (index, unit) in units.enumerated() {
            guard index < texts.count else {
                outcome[unit.id] = .failure(.lost([unit.id]))
                continue
            }
            let text = texts[index].trimmingCharacters(in: .whitespacesAndNewlines)
            if let problem = contentProblems([unit.id: text], units: [unit], checkAlignment: false, detectIndonesian: detectIndonesian).first {
                outcome[unit.id] = .failure(problem)
            } else {
                outcome[unit.id] = .success(text)
            }
        }
        return outcome
    }

    /// Lost blocks, or merged ones when a neighbouring translation is long enough to hold them.
    func lostOrMerged(_ missing: [BlockID], english: [BlockID: String], units: [TranslationUnit]) -> ReplyProblem {
        for (index, unit) in units.enumerated() {
            guard let text = english[unit.id] else { continue }
            let neighbours = [index - 1, index + 1].filter { units.indices.contains($0) }.map { units[$0].id }
            guard neighbours.contains(where: missing.contains) else { continue }
            if Double(text.count) > Double(max(unit.text.count, 1)) * Self.mergedLengthRatio {
                return .merged(missing, into: unit.id)
            }
        }
        return .lost(missing)
    }

    /// Empty, misaligned and untranslated blocks among `english`.
    func contentProblems(_ english: [BlockID: String], units: [TranslationUnit], checkAlignment: Bool, detectIndonesian: Bool = true) -> [ReplyProblem] {
        var empty: [BlockID] = []
        var misaligned: [BlockID] = []
        var reasons: [String] = []
        var untranslated: [BlockID] = []
        let sourceAnchors = checkAlignment ? units.map { TextAnchors($0.text) } : []
        for (index, unit) in units.enumerated() {
            guard let text = english[unit.id] else { continue }
            let sourceIsEmpty = unit.text.allSatisfy(\.isWhitespace)
            if text.isEmpty {
                if !sourceIsEmpty { empty.append(unit.id) }
                continue
            }
            if isHandedBack(text, source: unit.text) || (detectIndonesian && isIndonesian(text)) {
                untranslated.append(unit.id)
                continue
            }
            guard checkAlignment else { continue }
            if let reason = misalignment(of: text, at: index, units: units, sourceAnchors: sourceAnchors) {
                misaligned.append(unit.id)
                if !reasons.contains(reason) { reasons.append(reason) }
            }
        }
        var problems: [ReplyProblem] = []
        if !empty.isEmpty { problems.append(.empty(empty)) }
        if !misaligned.isEmpty { problems.append(.misaligned(misaligned, reason: reasons.joined(separator: "; "))) }
        if !untranslated.isEmpty { problems.append(.untranslated(untranslated)) }
        return problems
    }

    /// Why `text`, answered for the unit at `index`, does not belong to it; nil when it does.
    func misalignment(of text: String, at index: Int, units: [TranslationUnit], sourceAnchors: [TextAnchors]) -> String? {
        let unit = units[index]
        let anchors = TextAnchors(text)
        let own = sourceAnchors[index].shared(with: anchors)
        for (other, otherAnchors) in sourceAnchors.enumerated() where other != index {
            let foreign = otherAnchors.subtracting(sourceAnchors[index]).shared(with: anchors)
            if foreign >= 2, foreign > own {
                return "names or numbers of \(units[other].id.rawValue) appear under \(unit.id.rawValue)"
            }
        }
        // Names are often translated ("Badan Pusat Statistik"), numbers hardly ever.
        // Numbers of one digit are often spelled out ("3 buah" → "three pieces"), so only longer ones count.
        let longNumbers = TextAnchors(numbers: sourceAnchors[index].numbers.filter { $0.count >= 2 }, names: [])
        if longNumbers.numbers.count >= 2, longNumbers.sharedNumbers(with: anchors) == 0 {
            return "none of the numbers of \(unit.id.rawValue) appear in its translation"
        }
        let sourceLength = unit.text.count
        if sourceLength >= Self.lengthCheckMinimum {
            let ratio = Double(text.count) / Double(sourceLength)
            if !Self.plausibleLengthRatio.contains(ratio) {
                return "the translation of \(unit.id.rawValue) is \(ratio < 1 ? "far shorter" : "far longer") than its source"
            }
        }
        return nil
    }

    /// Whether `text` is `source` unchanged while the source has words beyond names and numbers.
    func isHandedBack(_ text: String, source: String) -> Bool {
        guard Self.normalized(text) == Self.normalized(source) else { return false }
        // Lowercase words are what translation changes; a block of names and numbers may stay.
        let lowercaseWords = source.split(whereSeparator: { !$0.isLetter }).filter { word in
            word.count >= 2 && word.first.map { $0.isLowercase } == true
        }
        return lowercaseWords.count >= 2 || (!lowercaseWords.isEmpty && isIndonesian(source))
    }

    /// `text` lowercased with whitespace runs collapsed, for comparing.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The problems that made a reply unusable.
public struct ReplyCheckFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every problem found, most structural first.
    public var problems: [ReplyProblem]

    /// Creates a failure.
    public init(problems: [ReplyProblem]) {
        self.problems = problems
    }

    /// The problems in one sentence, for the corrective message and failure reasons.
    public var description: String {
        problems.map(\.description).joined(separator: "; ")
    }
}
