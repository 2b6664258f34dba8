import HTTP

/// Why a provider request failed, classified so a run knows whether to wait, retry, skip the
/// request or stop using the provider, with a message that says what to do.
///
/// No case ever holds an API key: messages quoted from providers are redacted before they are
/// stored here, and a rejected key is named by its environment variable only.
public enum ProviderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The environment variable that should hold the key is unset or blank.
    case missingAPIKey(provider: String, variable: String)
    /// The base URL is plain `http://` to another machine and `allow_insecure_http` is off.
    case insecureEndpoint(provider: String, host: String)
    /// The configuration cannot produce a request (e.g. a language model without a model name).
    case invalidConfiguration(provider: String, reason: String)
    /// The provider cannot do this kind of task (e.g. DeepL asked to chat).
    case unsupportedTask(provider: String, kind: ProviderKind, task: String)
    /// The provider refused the key (HTTP 401/403, or its own "invalid key" error).
    case keyRejected(provider: String, host: String, variable: String?, status: Int, message: String?)
    /// The account's quota, credit or spend limit is used up; nothing more can succeed this run.
    case quotaExhausted(provider: String, host: String, status: Int, message: String?)
    /// Too many requests (HTTP 429); `retryAfter` is the provider's own wait when it gave one.
    case rateLimited(provider: String, host: String, retryAfter: Duration?, message: String?)
    /// The provider failed or is overloaded (5xx, Anthropic 529); worth trying again.
    case serverError(provider: String, host: String, status: Int, retryAfter: Duration?, message: String?)
    /// The provider refused the request itself (400, 404, 422, ...); it would fail again.
    case badRequest(provider: String, host: String, status: Int, message: String?)
    /// The request is larger than the provider accepts and cannot be split further.
    case requestTooLarge(provider: String, reason: String)
    /// The reply stopped at the output token limit, so its text is incomplete.
    case truncatedOutput(provider: String, limit: Int, usage: Usage)
    /// The reply was not the JSON the provider documents; `excerpt` is its start (≤ 200 characters).
    case malformedReply(provider: String, host: String, status: Int, reason: String, excerpt: String)
    /// The transport failed before a reply arrived (connection, timeout, reset, ...).
    case transport(provider: String, HTTPError)

    /// The name of the provider that failed.
    public var provider: String {
        switch self {
        case let .missingAPIKey(provider, _), let .insecureEndpoint(provider, _),
             let .invalidConfiguration(provider, _), let .unsupportedTask(provider, _, _),
             let .keyRejected(provider, _, _, _, _), let .quotaExhausted(provider, _, _, _),
             let .rateLimited(provider, _, _, _), let .serverError(provider, _, _, _, _),
             let .badRequest(provider, _, _, _), let .requestTooLarge(provider, _),
             let .truncatedOutput(provider, _, _),
             let .malformedReply(provider, _, _, _, _), let .transport(provider, _):
            return provider
        }
    }

    /// What failed, at which provider and host, and what to do about it; never the key.
    public var description: String {
        switch self {
        case let .missingAPIKey(provider, variable):
            return "provider '\(provider)' needs an API key in the environment variable $\(variable), which is unset or empty: export \(variable)=… before running warta"
        case let .insecureEndpoint(provider, host):
            return "provider '\(provider)' would send requests and its key over plain http:// to \(host); use https://, or set allow_insecure_http: true for a server you trust on your own network"
        case let .invalidConfiguration(provider, reason):
            return "provider '\(provider)' is misconfigured: \(reason)"
        case let .unsupportedTask(provider, kind, task):
            return "provider '\(provider)' (\(kind.rawValue)) cannot \(task)"
        case let .keyRejected(provider, host, variable, status, message):
            let subject = variable.map { "the key in $\($0)" } ?? "the request without an API key"
            let advice = variable.map { "check that $\($0) holds a valid, active key for this provider" }
                ?? "name the variable holding a key with api_key_env"
            return "\(subject) was rejected by \(provider) (\(host)): HTTP \(status)\(Self.quoted(message)); \(advice)"
        case let .quotaExhausted(provider, host, status, message):
            return "\(provider) (\(host)) has no quota, credit or spending allowance left: HTTP \(status)\(Self.quoted(message)); no more requests go to this provider in this run — top up the account or raise its limit"
        case let .rateLimited(provider, host, retryAfter, message):
            let wait = retryAfter.map { "; it asks to wait \(Self.seconds($0))" } ?? ""
            return "\(provider) (\(host)) is rate limiting requests: HTTP 429\(Self.quoted(message))\(wait); lower requests_per_minute or max_concurrency if this persists"
        case let .serverError(provider, host, status, _, message):
            let what = status == 529 || status == 503 ? "is overloaded" : "failed on its side"
            return "\(provider) (\(host)) \(what): HTTP \(status)\(Self.quoted(message))"
        case let .badRequest(provider, host, status, message):
            return "\(provider) (\(host)) refused the request: HTTP \(status)\(Self.quoted(message)); check the model name, base_url and languages in the provider's configuration"
        case let .requestTooLarge(provider, reason):
            return "the request is too large for \(provider): \(reason)"
        case let .truncatedOutput(provider, limit, _):
            return "the reply from \(provider) was cut off at its output limit of \(limit) tokens; raise max_output_tokens or send shorter input"
        case let .malformedReply(provider, host, status, reason, excerpt):
            return "\(provider) (\(host)) sent a reply Warta cannot read (HTTP \(status), \(reason)); it begins: \(excerpt.isEmpty ? "(empty)" : "«\(excerpt)»")"
        case let .transport(provider, error):
            return "\(provider): \(error)"
        }
    }

    /// ": message" when there is one.
    private static func quoted(_ message: String?) -> String {
        guard let message, !message.isEmpty else { return "" }
        return ": \(message)"
    }

    /// A wait in seconds, e.g. "1.5 s".
    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return "\(Double(milliseconds) / 1000) s"
    }
}

extension ProviderError: RetryClassifiable {
    /// How the policy should react: stop the provider for a bad key or an exhausted quota,
    /// wait as told for a rate limit, back off for server and transport faults and malformed
    /// replies (the policy's retry budget bounds those), never retry a refused request.
    public var retryAdvice: RetryAdvice {
        switch self {
        case .missingAPIKey, .insecureEndpoint, .invalidConfiguration, .keyRejected, .quotaExhausted:
            return .stopProvider
        case .unsupportedTask, .badRequest, .requestTooLarge, .truncatedOutput:
            return .never
        case let .rateLimited(_, _, retryAfter, _):
            return retryAfter.map { .after($0) } ?? .afterBackoff
        case let .serverError(_, _, _, retryAfter, _):
            return retryAfter.map { .after($0) } ?? .afterBackoff
        case .malformedReply:
            return .afterBackoff
        case let .transport(_, error):
            switch error {
            case .connectionFailed, .timedOut, .transferFailed: return .afterBackoff
            case .cancelled, .responseTooLarge, .invalidRequest: return .never
            }
        }
    }
}

extension ProviderError {
    /// The kind of failure in a few words, for request logs: "key rejected", "rate limited", …
    public var kindName: String {
        switch self {
        case .missingAPIKey: "missing key"
        case .insecureEndpoint: "insecure endpoint"
        case .invalidConfiguration: "invalid configuration"
        case .unsupportedTask: "unsupported task"
        case .keyRejected: "key rejected"
        case .quotaExhausted: "quota exhausted"
        case .rateLimited: "rate limited"
        case .serverError: "server error"
        case .badRequest: "bad request"
        case .requestTooLarge: "request too large"
        case .truncatedOutput: "truncated output"
        case .malformedReply: "malformed reply"
        case .transport: "transport"
        }
    }
}
