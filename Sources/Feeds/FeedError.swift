import Foundation
import HTTP

/// Why a feed or a page could not be fetched or read; every message names the URL and says
/// what to check.
public enum FeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server answered with a status other than 200 (or 304 to a conditional request).
    case httpStatus(url: String, status: Int)
    /// The request failed before a complete response arrived (connection, TLS, reset).
    case transport(url: String, reason: String)
    /// The response ran past the time limit.
    case timedOut(url: String, after: Duration)
    /// The response body is larger than the size limit.
    case tooLarge(url: String, limit: Int)
    /// Following redirects came back to a URL already visited.
    case redirectLoop(url: String, chain: [String])
    /// More redirects than the limit were met.
    case tooManyRedirects(url: String, limit: Int)
    /// A redirect (3xx) came without a usable `Location`.
    case redirectWithoutLocation(url: String, status: Int)
    /// The document is not a well-formed RSS, Atom or JSON Feed document.
    case malformedFeed(url: String, reason: String)
    /// The page holds no article that could be read.
    case unreadablePage(url: String, reason: String)
    /// The store of validators and seen stories failed.
    case store(reason: String)

    /// The URL the failure is about (empty for store failures).
    public var url: String {
        switch self {
        case let .httpStatus(url, _), let .transport(url, _), let .timedOut(url, _), let .tooLarge(url, _),
             let .redirectLoop(url, _), let .tooManyRedirects(url, _), let .redirectWithoutLocation(url, _),
             let .malformedFeed(url, _), let .unreadablePage(url, _):
            return url
        case .store:
            return ""
        }
    }

    /// A message for the user: the URL, the problem, and what to do.
    public var description: String {
        switch self {
        case let .httpStatus(url, status):
            let hint = status >= 500 ? "the server failed; it is tried again on the next run"
                : status == 404 || status == 410 ? "check the URL in the job file"
                : status == 401 || status == 403 ? "the server refuses Warta; check that the source is public"
                : status == 429 ? "the server asks Warta to slow down; raise the politeness delay"
                : "check the URL in the job file"
            return "\(url): the server answered HTTP \(status); \(hint)"
        case let .transport(url, reason):
            return "\(url): \(reason); check the network and the URL"
        case let .timedOut(url, after):
            return "\(url): no complete answer within \(after); the server is slow or unreachable"
        case let .tooLarge(url, limit):
            return "\(url): the response is larger than the \(limit)-byte limit; it is not read (raise the size limit if the source is right)"
        case let .redirectLoop(url, chain):
            return "\(url): the redirects loop (\(chain.joined(separator: " → "))); check the URL in a browser"
        case let .tooManyRedirects(url, limit):
            return "\(url): more than \(limit) redirects; give the final URL in the job file"
        case let .redirectWithoutLocation(url, status):
            return "\(url): the server answered a \(status) redirect without a Location to follow"
        case let .malformedFeed(url, reason):
            return "\(url): not a readable RSS, Atom or JSON Feed document: \(reason)"
        case let .unreadablePage(url, reason):
            return "\(url): the page holds no readable article: \(reason)"
        case let .store(reason):
            return "the feeds store failed: \(reason)"
        }
    }

    /// The failure of a request to `url`, as a feed error.
    static func from(_ error: HTTPError, url: String) -> FeedError {
        switch error {
        case let .timedOut(_, after): return .timedOut(url: url, after: after)
        case let .responseTooLarge(_, limit): return .tooLarge(url: url, limit: limit)
        default: return .transport(url: url, reason: error.description)
        }
    }
}
