import Foundation

/// Reads a language model's reply as a JSON object of translations keyed by block id, forgiving
/// the usual wrapping: Markdown code fences, text around the object, values given as
/// `{"text": …}`, or an array of `{"id", "text"}` objects.
enum ReplyParser {
    /// The translations keyed by id as written, or why none could be read; a single key
    /// outside `expected` holding an object or array is taken as a wrapper around them.
    static func translations(in reply: String, expected: Set<String> = []) -> Result<[(key: String, text: String)], ReplyProblem> {
        guard let json = jsonText(in: reply) else {
            return .failure(.unreadable(reason: reply.isEmpty ? "the reply is empty" : "no JSON object found"))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            return .failure(.unreadable(reason: "the JSON does not parse"))
        }
        var pairs: [(key: String, text: String)] = []
        if let dictionary = object as? [String: Any] {
            // A wrapper such as {"translations": {...}} around the real object.
            if dictionary.count == 1, let inner = dictionary.values.first, inner is [String: Any] || inner is [Any],
               let key = dictionary.keys.first, !expected.contains(key) {
                return translations(inWrapped: inner)
            }
            for (key, value) in dictionary {
                guard let text = text(of: value) else { return .failure(.unreadable(reason: "the value of \(key) is not text")) }
                pairs.append((key, text))
            }
            return .success(pairs)
        }
        return translations(inWrapped: object)
    }

    /// Translations in an object or an array of `{"id", "text"}` objects.
    private static func translations(inWrapped object: Any) -> Result<[(key: String, text: String)], ReplyProblem> {
        var pairs: [(key: String, text: String)] = []
        if let dictionary = object as? [String: Any] {
            for (key, value) in dictionary {
                guard let text = text(of: value) else { return .failure(.unreadable(reason: "the value of \(key) is not text")) }
                pairs.append((key, text))
            }
            return .success(pairs)
        }
        if let array = object as? [Any] {
            for item in array {
                guard let item = item as? [String: Any], let id = item["id"] as? String, let text = text(of: item) else {
                    return .failure(.unreadable(reason: "an array item is not an object with id and text"))
                }
                pairs.append((id, text))
            }
            return .success(pairs)
        }
        return .failure(.unreadable(reason: "the JSON is not an object"))
    }

    /// A translation value: a string, or an object holding one under text/translation/english.
    private static func text(of value: Any) -> String? {
        if let string = value as? String { return string }
        if let object = value as? [String: Any] {
            for key in ["text", "translation", "english", "en"] {
                if let string = object[key] as? String { return string }
            }
        }
        return nil
    }

    /// The JSON inside `reply`: from the first `{` or `[` to the matching last `}` or `]`,
    /// which also skips ```json fences and any words around them.
    static func jsonText(in reply: String) -> String? {
        let scalars = reply.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 == "{" || $0 == "[" }) else { return nil }
        let closing: Unicode.Scalar = scalars[start] == "{" ? "}" : "]"
        guard let end = scalars.lastIndex(of: closing), end > start else { return nil }
        return String(scalars[start...end])
    }
}
