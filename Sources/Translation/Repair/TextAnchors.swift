/// The parts of a text that survive translation unchanged — numbers and capitalised names —
/// used to tell whether a translation belongs to its own block or to another one.
struct TextAnchors: Sendable {
    /// Numbers, digits only (separators dropped, so "1.250,5" and "1,250.5" agree).
    let numbers: Set<String>
    /// Capitalised words not opening a sentence, lowercased (names, places, organisations).
    let names: Set<String>

    /// Anchors made of the given sets.
    init(numbers: Set<String>, names: Set<String>) {
        self.numbers = numbers
        self.names = names
    }

    /// These anchors without those of `other`.
    func subtracting(_ other: TextAnchors) -> TextAnchors {
        TextAnchors(numbers: numbers.subtracting(other.numbers), names: names.subtracting(other.names))
    }

    /// The anchors of `text`.
    init(_ text: String) {
        var numbers: Set<String> = []
        var names: Set<String> = []
        var digits = ""
        // The digit groups of the current number, to recognise clock times ("22.00", "10:30").
        var groups: [Int] = [0]
        var word = ""
        var sentenceStart = true
        var wordIsSentenceStart = true
        func endWord() {
            if word.count >= 2, let first = word.unicodeScalars.first, first.properties.isUppercase, !wordIsSentenceStart {
                names.insert(word.lowercased())
            }
            word = ""
        }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                groups[groups.count - 1] += 1
                continue
            }
            // A separator between two digits continues the number.
            if scalar == "." || scalar == "," || scalar == ":", !digits.isEmpty, index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]) {
                groups.append(0)
                continue
            }
            if !digits.isEmpty {
                if !Self.isClockTime(digits, groups: groups) { numbers.insert(digits) }
                digits = ""
                groups = [0]
                sentenceStart = false
            }
            if scalar.properties.isAlphabetic || scalar == "-" || scalar == "'" {
                if word.isEmpty { wordIsSentenceStart = sentenceStart }
                word.unicodeScalars.append(scalar)
                sentenceStart = false
            } else {
                endWord()
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" || scalar == "\"" || scalar == "“" {
                    sentenceStart = true
                }
            }
        }
        if !digits.isEmpty, !Self.isClockTime(digits, groups: groups) { numbers.insert(digits) }
        endWord()
        self.numbers = numbers
        self.names = names
    }

    /// Whether a number of `digits` in digit groups of the sizes `groups` is a clock time such
    /// as "22.00" or "7:19": translations write those in other forms ("10:00 pm"), so they are
    /// no anchor.
    static func isClockTime(_ digits: String, groups: [Int]) -> Bool {
        guard groups.count == 2, (1...2).contains(groups[0]), groups[1] == 2, let value = Int(digits) else { return false }
        return value / 100 <= 24 && value % 100 < 60
    }

    /// How many of these anchors appear in `other` (a number counts when the other has it, or
    /// one it begins, as "10" in "10000" for "10 ribu" → "10,000").
    func shared(with other: TextAnchors) -> Int {
        var count = names.intersection(other.names).count
        for number in numbers where other.numbers.contains(where: { $0 == number || ($0.hasPrefix(number) && number.count >= 2) }) {
            count += 1
        }
        return count
    }

    /// How many of these numbers appear in `other` (see `shared(with:)`).
    func sharedNumbers(with other: TextAnchors) -> Int {
        TextAnchors(numbers: numbers, names: []).shared(with: other)
    }

    /// How many anchors there are.
    var count: Int { numbers.count + names.count }
}
