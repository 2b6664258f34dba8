import Foundation

/// The Indonesian → English word list and the English irregular forms, read from the text
/// files in the `Lexicon` resource folder.
///
/// Word files (`*.txt` other than `english-irregular.txt`) hold one entry a line,
/// `indonesian = english ; pos`, where `pos` is one of `PartOfSpeech`'s codes and the
/// Indonesian side may be several words. `#` starts a comment. A later line for the same
/// Indonesian words replaces an earlier one, so files read in name order can refine each
/// other. A name may add its adjective form after a bar (`india = India|Indian ; name`),
/// used when it modifies a noun. `english-irregular.txt` lists irregular verbs as
/// `base past participle` and irregular plurals as `singular plural`.
struct TranslationLexicon: Sendable {
    /// Entries by lowercased Indonesian text (words joined by single spaces).
    private(set) var entries: [String: LexiconEntry] = [:]
    /// The most words any entry has.
    private(set) var longestPhrase = 1
    /// Irregular past tense and participle by English verb base form.
    private(set) var irregularVerbs: [String: (past: String, participle: String)] = [:]
    /// Irregular plurals by English singular.
    private(set) var irregularPlurals: [String: String] = [:]
    /// The hash of every file read so far, which names this lexicon's version.
    private(set) var fingerprint = LexiconFingerprint()

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
        // Parsed on bytes: the lexicon loads on every start, so this is kept cheap.
        let bytes = Array(text.utf8)
        fingerprint.add(file: file, contents: bytes)
        var lineNumber = 0
        var lineStart = 0
        entries.reserveCapacity(entries.count + bytes.count / 20)
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineStart
            while contentEnd < lineEnd, bytes[contentEnd] != UInt8(ascii: "#") { contentEnd += 1 }
            let line = Self.trimmed(bytes[lineStart..<contentEnd])
            if !line.isEmpty {
                if isIrregular {
                    try readIrregular(String(decoding: line, as: UTF8.self), file: file, line: lineNumber)
                } else {
                    try readEntry(line, file: file, line: lineNumber)
                }
            }
            lineStart = lineEnd + 1
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    private static func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = slice.startIndex, end = slice.endIndex
        while start < end, isSpace(slice[start]) { start += 1 }
        while end > start, isSpace(slice[end - 1]) { end -= 1 }
        return slice[start..<end]
    }

    private mutating func readEntry(_ line: ArraySlice<UInt8>, file: String, line number: Int) throws(LexiconError) {
        guard let equals = line.firstIndex(of: UInt8(ascii: "=")) else {
            throw LexiconError(file: file, line: number, message: "expected `indonesian = english ; pos`, found no `=`")
        }
        guard let semicolon = line.lastIndex(of: UInt8(ascii: ";")), semicolon > equals else {
            throw LexiconError(file: file, line: number, message: "expected `; pos` after the English side")
        }
        // The key: lowercased, runs of spaces collapsed to one.
        var keyBytes: [UInt8] = []
        keyBytes.reserveCapacity(equals - line.startIndex)
        var words = 1
        for byte in Self.trimmed(line[line.startIndex..<equals]) {
            if isSpaceByte(byte) {
                if keyBytes.last != 0x20 {
                    keyBytes.append(0x20)
                    words += 1
                }
            } else {
                keyBytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        }
        let key = keyBytes.contains(where: { $0 >= 0x80 })
            ? String(decoding: keyBytes, as: UTF8.self).lowercased()
            : String(decoding: keyBytes, as: UTF8.self)
        let english = String(decoding: Self.trimmed(line[(equals + 1)..<semicolon]), as: UTF8.self)
        let code = String(decoding: Self.trimmed(line[(semicolon + 1)...]), as: UTF8.self)
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
        longestPhrase = max(longestPhrase, words)
    }

    private func isSpaceByte(_ byte: UInt8) -> Bool {
        Self.isSpace(byte)
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
