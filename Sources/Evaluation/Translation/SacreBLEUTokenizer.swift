/// The `13a` tokenizer of sacrebleu (mteval-v13a's, used by WMT): the tokens BLEU counts.
public enum SacreBLEUTokenizer {
    /// The tokens of one segment, after sacrebleu's `rstrip()`, as lists of scalars.
    static func tokenScalars(_ text: String) -> [ArraySlice<UInt32>] {
        var line = PythonText.rightStripped(PythonText.scalars(text))
        line = PythonText.replacing("<skipped>", with: "", in: line)
        line = PythonText.replacing("-\n", with: "", in: line)
        line = PythonText.replacing("\n", with: " ", in: line)
        if line.contains(0x26) {
            // One pass per entity over the whole line, as Python's chained `replace` does, so
            // "&amp;lt;" ends as "<".
            line = PythonText.replacing("&quot;", with: "\"", in: line)
            line = PythonText.replacing("&amp;", with: "&", in: line)
            line = PythonText.replacing("&lt;", with: "<", in: line)
            line = PythonText.replacing("&gt;", with: ">", in: line)
        }
        line = [0x20] + line + [0x20]
        line = separateSymbols(line)
        line = separatePeriodsAndCommas(line)
        line = separateDashesAfterDigits(line)
        return PythonText.split(line)
    }

    /// The tokens of one segment, as sacrebleu's `Tokenizer13a` returns them (joined by spaces
    /// there, a list here).
    public static func tokens(_ text: String) -> [String] {
        tokenScalars(text).map { slice in
            var view = String.UnicodeScalarView()
            for value in slice { view.append(Unicode.Scalar(value)!) }
            return String(view)
        }
    }

    /// Puts spaces around ASCII symbols other than `'`, `,`, `-` and `.`:
    /// `([\{-\~\[-\` -\&\(-\+\:-\@\/])` → ` \1 `.
    private static func separateSymbols(_ line: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(line.count + line.count / 4)
        for value in line {
            switch value {
            case 0x7B...0x7E, 0x5B...0x60, 0x20...0x26, 0x28...0x2B, 0x3A...0x40, 0x2F:
                result.append(0x20)
                result.append(value)
                result.append(0x20)
            default:
                result.append(value)
            }
        }
        return result
    }

    /// Separates periods and commas unless they sit between digits, in the two passes of the
    /// original: `([^0-9])([\.,])` → `\1 \2 `, then `([\.,])([^0-9])` → ` \1 \2`. Each pass
    /// matches two scalars and resumes after them, like Python's `re.sub`.
    private static func separatePeriodsAndCommas(_ line: [UInt32]) -> [UInt32] {
        func isPeriodOrComma(_ value: UInt32) -> Bool { value == 0x2E || value == 0x2C }
        var first: [UInt32] = []
        first.reserveCapacity(line.count + 8)
        var index = 0
        while index < line.count {
            if index + 1 < line.count && !PythonText.isDigit(line[index]) && isPeriodOrComma(line[index + 1]) {
                first.append(contentsOf: [line[index], 0x20, line[index + 1], 0x20])
                index += 2
            } else {
                first.append(line[index])
                index += 1
            }
        }
        var second: [UInt32] = []
        second.reserveCapacity(first.count + 8)
        index = 0
        while index < first.count {
            if index + 1 < first.count && isPeriodOrComma(first[index]) && !PythonText.isDigit(first[index + 1]) {
                second.append(contentsOf: [0x20, first[index], 0x20, first[index + 1]])
                index += 2
            } else {
                second.append(first[index])
                index += 1
            }
        }
        return second
    }

    /// Separates a dash that follows a digit: `([0-9])(-)` → `\1 \2 `.
    private static func separateDashesAfterDigits(_ line: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(line.count + 8)
        var index = 0
        while index < line.count {
            if index + 1 < line.count && PythonText.isDigit(line[index]) && line[index + 1] == 0x2D {
                result.append(contentsOf: [line[index], 0x20, 0x2D, 0x20])
                index += 2
            } else {
                result.append(line[index])
                index += 1
            }
        }
        return result
    }
}
