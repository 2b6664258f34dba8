import Foundation

/// The Indonesian → English word list and the English irregular forms, read from the text
/// files in the `Lexicon` resource folder.
///
/// Word files (`*.txt` other than `english-irregular.txt`) hold one entry a line,
/// `indonesian = english ; pos`, where `pos` is one of `PartOfSpeech`'s codes and the
/// Indonesian side may be several words. `#` starts a comment. A later line for the same
/// Indonesian words replaces an earlier one, so files read in name order can refine each
/// other. `english-irregular.txt` lists irregular verbs as `base past participle` and
/// irregular plurals as `singular plural`.
struct TranslationLexicon: Sendable {
    /// Entries by lowercased Indonesian text (words joined by single spaces).
    private(set) var entries: [String: LexiconEntry] = [:]
    /// The most words any entry has.
    private(set) var longestPhrase = 1
    /// Irregular past tense and participle by English verb base form.
    private(set) var irregularVerbs: [String: (past: String, participle: String)] = [:]
    /// Irregular plurals by English singular.
    private(set) var irregularPlurals: [String: String] = [:]

    /// The name of the file holding English irregular forms.
    static let irregularFileName = "english-irregular.txt"

    /// An empty lexicon, filled with `read(_:file:)`.
    init() {}

    /// Reads every `.txt` file of `directory`, in name order.
    init(directory: URL) throws(LexiconError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".txt") }
                .sorted()
        } catch {
            throw LexiconError(
                file: directory.path, line: 0,
                message: "cannot list the lexicon folder (\(error.localizedDescription)); rebuild so the Lexicon resource is copied")
        }
        guard names.contains(where: { $0 != Self.irregularFileName }) else {
            throw LexiconError(file: directory.path, line: 0, message: "no lexicon word files (*.txt) found; rebuild so the Lexicon resource is copied")
        }
        for name in names {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LexiconError(file: name, line: 0, message: "cannot read the file; check its permissions")
            }
            try read(String(decoding: data, as: UTF8.self), file: name)
        }
    }

    /// The entry for lowercased `text`, one word or several joined by single spaces.
    func entry(_ text: String) -> LexiconEntry? {
        entries[text]
    }

    /// Adds the lines of one lexicon file; `file` names it in errors and decides whether it
    /// holds entries or irregular English forms.
    mutating func read(_ text: String, file: String) throws(LexiconError) {
        let isIrregular = file == Self.irregularFileName
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if isIrregular {
                try readIrregular(trimmed, file: file, line: lineNumber)
            } else {
                try readEntry(trimmed, file: file, line: lineNumber)
            }
        }
    }

    private mutating func readEntry(_ line: String, file: String, line number: Int) throws(LexiconError) {
        guard let equals = line.firstIndex(of: "=") else {
            throw LexiconError(file: file, line: number, message: "expected `indonesian = english ; pos`, found no `=`")
        }
        guard let semicolon = line.lastIndex(of: ";"), semicolon > equals else {
            throw LexiconError(file: file, line: number, message: "expected `; pos` after the English side")
        }
        let key = line[..<equals].split(separator: " ").joined(separator: " ").lowercased()
        let english = line[line.index(after: equals)..<semicolon].trimmingCharacters(in: .whitespaces)
        let code = line[line.index(after: semicolon)...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else {
            throw LexiconError(file: file, line: number, message: "the Indonesian side is empty")
        }
        guard let partOfSpeech = PartOfSpeech(rawValue: code) else {
            let known = PartOfSpeech.allCases.map(\.rawValue).joined(separator: ", ")
            throw LexiconError(file: file, line: number, message: "unknown part of speech `\(code)`; use one of \(known)")
        }
        if partOfSpeech == .pronoun, english.split(separator: "|").count != 3 {
            throw LexiconError(file: file, line: number, message: "a pronoun needs three forms, `subject|object|possessive`")
        }
        entries[key] = LexiconEntry(english: english, partOfSpeech: partOfSpeech)
        longestPhrase = max(longestPhrase, key.split(separator: " ").count)
    }

    private mutating func readIrregular(_ line: String, file: String, line number: Int) throws(LexiconError) {
        let words = line.split(separator: " ").map(String.init)
        switch words.count {
        case 3: irregularVerbs[words[0]] = (words[1], words[2])
        case 2: irregularPlurals[words[0]] = words[1]
        default:
            throw LexiconError(file: file, line: number, message: "expected `base past participle` (a verb) or `singular plural` (a noun)")
        }
    }
}
