import Foundation
import HTTP

/// Removes an API key, and the masked forms of keys that providers echo back, from text a
/// provider sent before it goes into an error message.
struct SecretRedactor {
    /// The key to remove, if the request carried one.
    let key: APIKey?

    /// The longest provider message kept, in characters.
    static let messageLimit = 300

    /// `text` without the key and masked keys, on one line and at most `messageLimit` characters.
    func message(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = redact(text)
        return cleaned.isEmpty ? nil : Self.shortened(cleaned, to: Self.messageLimit)
    }

    /// The start of a body that could not be read, redacted, on one line, at most 200 characters.
    func excerpt(_ bytes: [UInt8]) -> String {
        Self.shortened(redact(String(decoding: bytes.prefix(4096), as: UTF8.self)), to: 200)
    }

    /// `text` with every occurrence of the key replaced, and every word that shows a masked
    /// key (runs of `*`, as OpenAI writes "sk-abc***xyz") replaced too.
    func redact(_ text: String) -> String {
        var result = text
        if let key, key.value.count >= 4 {
            result = result.replacingAll(key.value, with: "[redacted]")
        }
        guard result.contains("***") else { return result }
        return result.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.contains("***") ? "[redacted]" : String($0) }
            .joined(separator: " ")
    }

    /// `error` with the key removed from the transport's own wording (libcurl's messages could
    /// quote a URL, and Google's URL carries the key).
    func redact(_ error: HTTPError) -> HTTPError {
        switch error {
        case let .connectionFailed(host, reason): .connectionFailed(host: host, reason: redact(reason))
        case let .transferFailed(host, reason): .transferFailed(host: host, reason: redact(reason))
        case let .invalidRequest(reason): .invalidRequest(reason: redact(reason))
        case .timedOut, .responseTooLarge, .cancelled: error
        }
    }

    /// `text` with runs of white space made single spaces, cut to `limit` characters with "…".
    static func shortened(_ text: String, to limit: Int) -> String {
        var line = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace || character.isNewline {
                if !lastWasSpace && !line.isEmpty { line.append(" ") }
                lastWasSpace = true
            } else {
                line.append(character)
                lastWasSpace = false
            }
            if line.count > limit { break }
        }
        while line.hasSuffix(" ") { line.removeLast() }
        guard line.count > limit else { return line }
        return String(line.prefix(limit - 1)) + "…"
    }
}

extension String {
    /// The string with every occurrence of `target` replaced by `replacement`.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
