import Foundation

/// The form of a story's URL under which it is remembered as seen, so that the same story
/// reached through a tracking link or an anchor is still recognized.
///
/// The scheme and host are lowercased, a default port is dropped, an empty path becomes "/",
/// the fragment is dropped, and so are tracking parameters in the query (`utm_*`, `fbclid`,
/// `gclid`); other parameters keep their order and spelling, since they may select the story.
public enum StoryURL {
    /// Query parameters that only say where a click came from.
    private static let trackingParameters: Set<String> = ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid"]

    /// The normalized text of `url`.
    public static func key(_ url: URL) -> String {
        key(url.absoluteString)
    }

    /// The normalized text of the URL written as `text`.
    public static func key(_ text: String) -> String {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var result: String
        if let separator = rest.range(of: "://") {
            let scheme = rest[..<separator.lowerBound].lowercased()
            let afterScheme = rest[separator.upperBound...]
            let slash = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            var authority = afterScheme[..<slash].lowercased()
            if (scheme == "http" && authority.hasSuffix(":80")) || (scheme == "https" && authority.hasSuffix(":443")) {
                authority = String(authority[..<authority.lastIndex(of: ":")!])
            }
            let path = afterScheme[slash...]
            result = scheme + "://" + authority + (path.isEmpty ? "/" : String(path))
        } else {
            result = String(rest)
        }
        if let query {
            let kept = query.split(separator: "&").filter { parameter in
                let name = (parameter.split(separator: "=", maxSplits: 1).first.map(String.init) ?? "").lowercased()
                return !name.isEmpty && !name.hasPrefix("utm_") && !trackingParameters.contains(name)
            }
            if !kept.isEmpty { result += "?" + kept.joined(separator: "&") }
        }
        return result
    }
}
