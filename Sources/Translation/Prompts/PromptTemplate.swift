import Foundation
import Mustache
import Storage

/// One prompt file from `Prompts/`: a Mustache template in parts (system, user, and an optional
/// correction), with the hash of its text that versions every translation made with it.
///
/// The file's layout (documented in `Prompts/README.md`):
///
/// ```
/// {{! header documenting every variable; never sent }}
/// --- system ---
/// instructions …
/// --- user ---
/// the batch: {{blocks_json}}
/// --- correction ---
/// Your previous reply cannot be used: {{problem}}
/// ```
///
/// Parts render as plain text: values are never HTML-escaped.
public struct PromptTemplate: Sendable {
    /// The template's name, its file name without `.md` (e.g. "translate").
    public let name: String
    /// The file it was read from.
    public let path: String
    /// The whole text of the file.
    public let text: String
    /// The hash of `text`: part of every translation-memory key, so editing a prompt re-translates.
    public let contentHash: ContentHash
    private let parts: [PromptPart: MustacheTemplate]

    /// Reads the template in the file at `path`, named after the file.
    public init(contentsOfFile path: String) throws(PromptError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .missingFile(path: path) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notText(path: path) }
        let file = (path as NSString).lastPathComponent
        let name = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
        try self.init(name: name, text: text, path: path)
    }

    /// Parses `text` as a template called `name`; `path` is named in errors.
    public init(name: String, text: String, path: String? = nil) throws(PromptError) {
        let path = path ?? "\(name).md"
        self.name = name
        self.path = path
        self.text = text
        contentHash = ContentHash(text)
        var parts: [PromptPart: MustacheTemplate] = [:]
        for (part, body) in try Self.split(text, path: path) {
            do {
                // The pragma makes `{{x}}` insert values verbatim: prompts are not HTML.
                parts[part] = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + body)
            } catch {
                throw .syntax(path: path, part: part.rawValue, message: "\(error)")
            }
        }
        for required in [PromptPart.system, .user] where parts[required] == nil {
            throw .missingPart(path: path, part: required.rawValue)
        }
        self.parts = parts
    }

    /// Whether the template has `part`.
    public func has(_ part: PromptPart) -> Bool { parts[part] != nil }

    /// `part` rendered with `values` (strings, numbers, booleans, arrays of dictionaries …),
    /// trimmed of blank lines at both ends; nil when the template has no such part.
    public func render(_ part: PromptPart, with values: [String: Any]) -> String? {
        guard let template = parts[part] else { return nil }
        return template.render(values).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The part bodies of `text`, keyed by part, after checking the markers.
    static func split(_ text: String, path: String) throws(PromptError) -> [(PromptPart, String)] {
        var result: [(PromptPart, String)] = []
        var current: PromptPart?
        var lines: [Substring] = []
        func finish() {
            if let current { result.append((current, lines.joined(separator: "\n"))) }
            lines = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let marker = partMarker(line) {
                guard let part = PromptPart(rawValue: marker) else {
                    throw .unexpectedPart(path: path, part: marker, reason: "is not a known part")
                }
                if result.contains(where: { $0.0 == part }) || current == part {
                    throw .unexpectedPart(path: path, part: marker, reason: "appears twice")
                }
                finish()
                current = part
            } else {
                lines.append(line)
            }
        }
        finish()
        return result
    }

    /// The part named by a marker line `--- name ---`, or nil for any other line.
    static func partMarker(_ line: Substring) -> String? {
        var trimmed = line
        while trimmed.last == "\r" || trimmed.last == " " { trimmed.removeLast() }
        guard trimmed.hasPrefix("--- "), trimmed.hasSuffix(" ---"), trimmed.count > 8 else { return nil }
        let name = trimmed.dropFirst(4).dropLast(4).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter }) else { return nil }
        return name.lowercased()
    }
}
