import Providers
import Storage

/// The translation prompt (`Prompts/translate.md`) filled in for one batch: the chat request a
/// language model is sent, and the corrective follow-up after an unusable reply.
public struct TranslationPrompt: Sendable {
    /// The template.
    public let template: PromptTemplate
    /// The language of the source blocks, as named in the prompt.
    public var sourceLanguage: String
    /// The language asked for, as named in the prompt.
    public var targetLanguage: String
    /// The job's style notes, if any.
    public var styleNotes: String?

    /// A prompt from `template` for `sourceLanguage` into `targetLanguage`.
    public init(template: PromptTemplate, sourceLanguage: String = "Indonesian", targetLanguage: String = "English", styleNotes: String? = nil) {
        self.template = template
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.styleNotes = styleNotes
    }

    /// The template's hash with the style notes and languages, which change translations too.
    public var versionHash: String {
        if styleNotes == nil, sourceLanguage == "Indonesian", targetLanguage == "English" { return template.contentHash.hex }
        return ContentHash(parts: [template.contentHash.hex, sourceLanguage, targetLanguage, styleNotes ?? ""]).hex
    }

    /// The template's variables for `units` with `glossary` (documented in the template header).
    public func values(for units: [TranslationUnit], glossary: [GlossaryEntry], problem: String? = nil) -> [String: Any] {
        var values: [String: Any] = [
            "source_language": sourceLanguage,
            "target_language": targetLanguage,
            "has_glossary": !glossary.isEmpty,
            "glossary": glossary.map { entry -> [String: Any] in
                var item: [String: Any] = ["indonesian": entry.indonesian, "english": entry.english]
                if let note = entry.note, !note.isEmpty { item["note"] = note }
                return item
            },
            "has_style_notes": !(styleNotes ?? "").isEmpty,
            "style_notes": styleNotes ?? "",
            "block_count": units.count,
            "blocks_json": Self.blocksJSON(units),
            "ids": units.map(\.id.rawValue).joined(separator: ", "),
        ]
        if let problem { values["problem"] = problem }
        return values
    }

    /// The chat request translating `request.units`: system and user parts, and for a corrective
    /// retry the previous reply and the correction part after them.
    public func chatRequest(for request: BackendRequest, maxOutputTokens: Int? = nil) -> ChatRequest {
        let values = values(for: request.units, glossary: request.glossary, problem: request.correction?.problem)
        var messages: [ChatMessage] = [.user(template.render(.user, with: values) ?? "")]
        if let correction = request.correction {
            messages.append(ChatMessage(role: .assistant, content: correction.previousReply))
            let follow = template.render(.correction, with: values)
                ?? "Your previous reply cannot be used: \(correction.problem)\nReply again with one JSON object and nothing else, with exactly these keys: \(values["ids"] ?? "")."
            messages.append(.user(follow))
        }
        return ChatRequest(system: template.render(.system, with: values), messages: messages, maxOutputTokens: maxOutputTokens)
    }

    /// The units as JSON objects `{"id": "…", "text": "…"}`, one a line.
    public static func blocksJSON(_ units: [TranslationUnit]) -> String {
        units.map { #"{"id": "# + JSONText.quoted($0.id.rawValue) + #", "text": "# + JSONText.quoted($0.text) + "}" }
            .joined(separator: "\n")
    }
}
