import Foundation
import Providers

/// Summary bullets written by a language model with `Prompts/summarize.md`: the provider-backed
/// summary engine beside the local extractive one. The reply must be a JSON object
/// `{"bullets": [...]}` (a bare array is accepted) holding between `minimumBullets` and
/// `maximumBullets` non-empty bullets; otherwise the model is told what was wrong once.
public struct ProviderSummarizer: Sendable {
    /// The client of a language model provider.
    public let client: ProviderClient
    /// The summary prompt.
    public let template: PromptTemplate
    /// The language of the article and its bullets, as named in the prompt.
    public var language: String
    /// The fewest bullets accepted.
    public var minimumBullets: Int
    /// The most bullets accepted.
    public var maximumBullets: Int
    /// The job's style notes, if any.
    public var styleNotes: String?

    /// A summarizer asking `client` with `template` for `minimumBullets`…`maximumBullets` bullets
    /// (3–5 by default; give the same number twice for exactly that many).
    public init(client: ProviderClient, template: PromptTemplate, language: String = "Indonesian", minimumBullets: Int = 3, maximumBullets: Int = 5, styleNotes: String? = nil) {
        self.client = client
        self.template = template
        self.language = language
        self.minimumBullets = max(1, minimumBullets)
        self.maximumBullets = max(max(1, minimumBullets), maximumBullets)
        self.styleNotes = styleNotes
    }

    /// The bullets of the article with `title` and `paragraphs`.
    public func summarize(title: String?, paragraphs: [String]) async throws(SummaryError) -> ProviderSummary {
        let body = paragraphs.filter { !$0.allSatisfy(\.isWhitespace) }
        guard !body.isEmpty || !(title ?? "").isEmpty else { throw .emptyArticle }
        var values: [String: Any] = [
            "language": language,
            "minimum_bullets": minimumBullets,
            "maximum_bullets": maximumBullets,
            "has_style_notes": !(styleNotes ?? "").isEmpty,
            "style_notes": styleNotes ?? "",
            "has_title": !(title ?? "").isEmpty,
            "title": title ?? "",
            "paragraphs": body.map { ["text": $0] },
        ]
        let system = template.render(.system, with: values)
        var messages: [ChatMessage] = [.user(template.render(.user, with: values) ?? "")]
        var usage = Usage.zero
        var requests = 0
        var problem = ""
        for attempt in 0..<2 {
            let reply: ProviderReply
            do {
                requests += 1
                reply = try await client.chat(ChatRequest(system: system, messages: messages))
            } catch {
                throw .providerFailed(provider: client.configuration.name, reason: "\(error)")
            }
            usage += reply.usage
            switch bullets(in: reply.text) {
            case let .success(bullets):
                return ProviderSummary(bullets: bullets, provider: client.configuration.name, model: client.configuration.model, usage: usage, requests: requests)
            case let .failure(failure):
                problem = failure.reason
                guard attempt == 0 else { break }
                values["problem"] = problem
                messages.append(ChatMessage(role: .assistant, content: reply.text))
                messages.append(.user(template.render(.correction, with: values)
                    ?? "Your previous reply cannot be used: \(problem)\nReply again with one JSON object and nothing else: {\"bullets\": [...]}."))
            }
        }
        throw .unusableReply(provider: client.configuration.name, problem: problem)
    }

    /// Why a reply holds no usable bullets.
    struct Unusable: Error {
        var reason: String
    }

    /// The bullets in `reply`, checked for count and emptiness.
    func bullets(in reply: String) -> Result<[String], Unusable> {
        guard let json = ReplyParser.jsonText(in: reply),
              let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else {
            return .failure(Unusable(reason: "it is not a JSON object with a \"bullets\" array"))
        }
        let items: [Any]
        if let dictionary = object as? [String: Any], let list = dictionary["bullets"] as? [Any] {
            items = list
        } else if let list = object as? [Any] {
            items = list
        } else {
            return .failure(Unusable(reason: "it has no \"bullets\" array"))
        }
        var bullets: [String] = []
        for item in items {
            guard let text = item as? String else { return .failure(Unusable(reason: "a bullet is not a string")) }
            let trimmed = Self.trimmingMarker(text)
            guard !trimmed.isEmpty else { return .failure(Unusable(reason: "a bullet is empty")) }
            bullets.append(trimmed)
        }
        guard (minimumBullets...maximumBullets).contains(bullets.count) else {
            let wanted = minimumBullets == maximumBullets ? "\(minimumBullets)" : "between \(minimumBullets) and \(maximumBullets)"
            return .failure(Unusable(reason: "it has \(bullets.count) bullet\(bullets.count == 1 ? "" : "s"), not \(wanted)"))
        }
        return .success(bullets)
    }

    /// `text` trimmed of whitespace and of a leading list marker ("- ", "• ", "1. ").
    static func trimmingMarker(_ text: String) -> String {
        var trimmed = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let first = trimmed.first, first == "-" || first == "•" || first == "*" {
            trimmed = trimmed.dropFirst().drop(while: \.isWhitespace)
        } else if let dot = trimmed.prefix(3).firstIndex(of: "."), trimmed[..<dot].allSatisfy(\.isNumber), dot > trimmed.startIndex {
            trimmed = trimmed[trimmed.index(after: dot)...].drop(while: \.isWhitespace)
        }
        return String(trimmed)
    }
}
