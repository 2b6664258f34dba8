import Foundation
import HTTP

/// Reads how long a provider asks to be left alone from a reply's headers.
enum RetryAfter {
    /// The wait from `retry-after-ms` (milliseconds, sent by OpenAI and Anthropic) or else
    /// `Retry-After` (whole or decimal seconds, or an HTTP date measured from `now`); nil when
    /// neither is present or readable. Dates in the past give zero.
    static func delay(in response: HTTPResponse, now: Date = Date()) -> Duration? {
        if let text = response.header("retry-after-ms"), let milliseconds = Double(text.trimmed), milliseconds >= 0 {
            return .milliseconds(Int64(milliseconds.rounded(.up)))
        }
        guard let text = response.header("Retry-After")?.trimmed, !text.isEmpty else { return nil }
        if let seconds = Double(text) {
            guard seconds >= 0, seconds.isFinite else { return nil }
            return .milliseconds(Int64((seconds * 1000).rounded(.up)))
        }
        guard let date = httpDate(text) else { return nil }
        let seconds = max(0, date.timeIntervalSince(now))
        return .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }

    /// Parses the preferred HTTP date form, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}

extension String {
    /// The string without surrounding spaces.
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
