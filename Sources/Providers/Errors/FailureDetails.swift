import Foundation

/// What a provider's error body says, read from the shapes the supported providers use:
/// `{"error": {"message", "type", "code"}}` (OpenAI, Anthropic, compatible servers),
/// `{"error": {"message", "status", "errors": [{"reason"}]}}` (Google),
/// `{"message": …}` (DeepL), `{"error": "…"}` (LibreTranslate), `{"detail": …}` (some local servers).
struct FailureDetails: Sendable, Equatable {
    /// The human-readable message, unredacted.
    var message: String?
    /// A machine-readable code or reason, e.g. "insufficient_quota" or "keyInvalid".
    var code: String?
    /// The error's type or status, e.g. "overloaded_error" or "RESOURCE_EXHAUSTED".
    var type: String?
    /// A numeric status inside the body (Google, and compatible servers that answer 200 with an error).
    var numericCode: Int?
    /// Whether the body carried an error at all.
    var isError: Bool

    /// The details in `body`; empty when it is not JSON or not an error.
    init(body: Data) {
        message = nil
        code = nil
        type = nil
        numericCode = nil
        isError = false
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { return }
        if let error = object["error"] as? [String: Any] {
            isError = true
            message = error["message"] as? String
            type = (error["type"] as? String) ?? (error["status"] as? String)
            if let code = error["code"] as? String {
                self.code = code
            } else if let code = error["code"] as? Int {
                numericCode = code
            }
            if let reason = ((error["errors"] as? [[String: Any]])?.first?["reason"]) as? String {
                code = code ?? reason
            }
        } else if let error = object["error"] as? String {
            isError = true
            message = error
        } else if let text = object["message"] as? String {
            message = text
            if let detail = object["detail"] as? String, !detail.isEmpty { message = "\(text) (\(detail))" }
        } else if let detail = object["detail"] as? String {
            message = detail
        }
    }

    /// Whether the message, code or type contains any of `needles`, ignoring case.
    func mentions(_ needles: [String]) -> Bool {
        let haystack = [message, code, type].compactMap { $0?.lowercased() }
        return needles.contains { needle in haystack.contains { $0.contains(needle) } }
    }
}
