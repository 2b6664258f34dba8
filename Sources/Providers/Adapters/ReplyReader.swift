import Foundation
import HTTP

/// Turns a provider's HTTP response into either a decoded reply or a classified, redacted
/// `ProviderError`; the part of reply parsing that every adapter shares.
struct ReplyReader {
    /// The provider the reply came from.
    let configuration: ProviderConfiguration
    /// Removes the request's key from quoted provider text.
    let redactor: SecretRedactor
    /// The moment `Retry-After` dates are measured from.
    var now: Date = Date()

    /// A reader for replies to a request made with `key`.
    init(configuration: ProviderConfiguration, key: APIKey?) {
        self.configuration = configuration
        redactor = SecretRedactor(key: key)
    }

    /// Throws the classified error when `response` is not a success, or is a success whose body
    /// is an error object (some compatible servers answer 200 with `{"error": …}`).
    /// `categorize` lets the adapter override the class the status alone implies.
    func requireSuccess(
        _ response: HTTPResponse,
        categorize: (Int, FailureDetails) -> FailureCategory? = { _, _ in nil }
    ) throws(ProviderError) {
        let details = FailureDetails(body: response.body)
        var status = response.status
        if (200..<300).contains(status) {
            guard details.isError else { return }
            // An error inside a success: use its own code when it is an HTTP status, else treat
            // it as the server's fault so it is retried a bounded number of times.
            status = details.numericCode.flatMap { (400..<600).contains($0) ? $0 : nil } ?? 500
        }
        throw failure(status: status, response: response, details: details, category: categorize(status, details))
    }

    /// The error for a failed reply with `status`.
    func failure(status: Int, response: HTTPResponse, details: FailureDetails, category override: FailureCategory?) -> ProviderError {
        let name = configuration.name
        let host = configuration.host
        var message = redactor.message(details.message)
        if message == nil, !details.isError, !response.body.isEmpty {
            // Not a JSON error (an HTML page from a proxy, a plain-text error): show its start.
            message = redactor.excerpt(Array(response.body))
        }
        let category = override ?? Self.category(of: status)
        switch category {
        case .keyRejected:
            return .keyRejected(provider: name, host: host, variable: configuration.apiKeyVariable, status: status, message: message)
        case .quotaExhausted:
            return .quotaExhausted(provider: name, host: host, status: status, message: message)
        case .rateLimited:
            return .rateLimited(provider: name, host: host, retryAfter: RetryAfter.delay(in: response, now: now), message: message)
        case .serverError:
            return .serverError(provider: name, host: host, status: status, retryAfter: RetryAfter.delay(in: response, now: now), message: message)
        case .badRequest:
            return .badRequest(provider: name, host: host, status: status, message: message)
        }
    }

    /// The class a status implies on its own.
    static func category(of status: Int) -> FailureCategory {
        switch status {
        case 401, 403: .keyRejected
        case 402: .quotaExhausted
        case 429: .rateLimited
        case 408, 409, 425, 500...599: .serverError
        default: .badRequest
        }
    }

    /// The body decoded as `type`; a body that is not JSON, or lacks what the provider
    /// documents, fails as `malformedReply` with a short excerpt.
    func decode<T: Decodable>(_ type: T.Type, from response: HTTPResponse) throws(ProviderError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: response.body)
        } catch let error as DecodingError {
            throw malformed(response, reason: Self.reason(for: error))
        } catch {
            throw malformed(response, reason: "unreadable body")
        }
    }

    /// A `malformedReply` error for `response`.
    func malformed(_ response: HTTPResponse, reason: String) -> ProviderError {
        .malformedReply(
            provider: configuration.name, host: configuration.host, status: response.status,
            reason: reason, excerpt: redactor.excerpt(Array(response.body))
        )
    }

    /// A short account of a decoding failure, naming the field and never quoting a value.
    static func reason(for error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case let .keyNotFound(key, context):
            let parent = path(context.codingPath)
            return "no field '\(parent.isEmpty ? key.stringValue : parent + "." + key.stringValue)'"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return context.codingPath.isEmpty ? "not a JSON object" : "field '\(path(context.codingPath))' has an unexpected type"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? "not JSON" : "field '\(path(context.codingPath))' is unreadable"
        @unknown default:
            return "unexpected shape"
        }
    }
}
