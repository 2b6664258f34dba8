import Foundation

/// Writes a TMX 1.4 file unit by unit to a temporary file beside its destination, and renames it
/// into place when finished, so a reader never sees half a file and memory stays flat.
final class TMXWriter {
    /// Where the finished file goes.
    let path: String
    private let temporaryPath: String
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []
    private let sourceLanguage: String
    private let targetLanguage: String
    /// The units written so far.
    private(set) var units = 0

    /// Bytes gathered before each write to the file.
    private static let bufferSize = 64 * 1024

    /// Creates the temporary file and writes the header.
    init(path: String, sourceLanguage: String, targetLanguage: String, creationDate: Date = Date()) throws {
        self.path = path
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        temporaryPath = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard let opened = fopen(temporaryPath, "wb") else {
            throw TranslationMemoryError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        file = opened
        buffer.reserveCapacity(TMXWriter.bufferSize + 4096)
        append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="Warta" creationtoolversion="1" datatype="plaintext" segtype="paragraph" \
            adminlang="en" srclang="
            """)
        appendEscaped(sourceLanguage)
        append("\" o-tmf=\"Warta\" creationdate=\"\(TMXWriter.timestamp(creationDate))\"/>\n  <body>\n")
    }

    /// Appends one translation unit.
    func writeUnit(_ unit: TMXUnit) throws {
        append("    <tu creationdate=\"\(TMXWriter.timestamp(unit.created))\" changedate=\"\(TMXWriter.timestamp(unit.changed))\">\n")
        if let provider = unit.provider {
            append("      <prop type=\"x-provider\">")
            appendEscaped(provider)
            append("</prop>\n")
        }
        if let model = unit.model {
            append("      <prop type=\"x-model\">")
            appendEscaped(model)
            append("</prop>\n")
        }
        append("      <tuv xml:lang=\"")
        appendEscaped(sourceLanguage)
        append("\"><seg>")
        appendEscaped(unit.source)
        append("</seg></tuv>\n      <tuv xml:lang=\"")
        appendEscaped(targetLanguage)
        append("\"><seg>")
        appendEscaped(unit.target)
        append("</seg></tuv>\n    </tu>\n")
        units += 1
        if buffer.count >= TMXWriter.bufferSize { try flush() }
    }

    /// Writes the closing tags, closes the file and renames it into place; returns the units written.
    func finish() throws -> Int {
        append("  </body>\n</tmx>\n")
        try flush()
        guard let open = file else { return units }
        file = nil
        if fflush(open) != 0 || fsync(fileno(open)) != 0 {
            let reason = String(cString: strerror(errno))
            fclose(open)
            unlink(temporaryPath)
            throw TranslationMemoryError.cannotWrite(path: path, reason: reason)
        }
        fclose(open)
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw TranslationMemoryError.cannotWrite(path: path, reason: reason)
        }
        return units
    }

    /// Closes and deletes the temporary file after a failure; the destination is left as it was.
    func abandon() {
        if let open = file {
            fclose(open)
            file = nil
        }
        unlink(temporaryPath)
    }

    deinit { abandon() }

    private func flush() throws {
        guard let open = file, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, open) }
        if written != buffer.count {
            throw TranslationMemoryError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    private func appendEscaped(_ text: String) {
        TMXWriter.appendEscaped(text, to: &buffer)
    }

    /// Appends `text` as XML character data valid in elements and attributes: the five special
    /// characters as entities, carriage returns as `&#13;` (a parser would otherwise turn them
    /// into line feeds), and characters XML 1.0 cannot carry at all (other control characters,
    /// U+FFFE, U+FFFF) as U+FFFD.
    static func appendEscaped(_ text: String, to buffer: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: buffer.append(contentsOf: "&amp;".utf8)
            case 0x3C: buffer.append(contentsOf: "&lt;".utf8)
            case 0x3E: buffer.append(contentsOf: "&gt;".utf8)
            case 0x22: buffer.append(contentsOf: "&quot;".utf8)
            case 0x27: buffer.append(contentsOf: "&apos;".utf8)
            case 0x0D: buffer.append(contentsOf: "&#13;".utf8)
            case 0x09, 0x0A: buffer.append(UInt8(scalar.value))
            case 0x00..<0x20, 0xFFFE, 0xFFFF: buffer.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case 0x20..<0x80: buffer.append(UInt8(scalar.value))
            default: buffer.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// `date` in TMX's form, ISO 8601 basic in UTC: `20261130T142500Z`.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + two(month) + two(day)
            + "T" + two(secondOfDay / 3_600) + two(secondOfDay % 3_600 / 60) + two(secondOfDay % 60) + "Z"
    }
}
