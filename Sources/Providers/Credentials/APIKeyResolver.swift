#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a provider's API key in the environment variable its configuration names, each time
/// a request is built, so a key is held no longer than one request needs it.
public struct APIKeyResolver: Sendable {
    private let lookup: @Sendable (String) -> String?

    /// A resolver reading variables through `lookup`, e.g. a fixed dictionary in tests.
    public init(lookup: @escaping @Sendable (String) -> String?) {
        self.lookup = lookup
    }

    /// A resolver reading from `environment` instead of the process environment.
    public init(environment: [String: String]) {
        self.init { environment[$0] }
    }

    /// The resolver reading the process environment at the moment of each request.
    public static let processEnvironment = APIKeyResolver { name in
        getenv(name).map { String(cString: $0) }
    }

    /// The key for `configuration`, or nil when it names no variable. Fails naming the
    /// variable (never a value) when the variable is unset or blank.
    public func key(for configuration: ProviderConfiguration) throws(ProviderError) -> APIKey? {
        guard let variable = configuration.apiKeyVariable else { return nil }
        // Keys pasted with a trailing newline are common; the provider would reject them.
        let value = (lookup(variable) ?? "").trimmingWhitespace()
        if value.isEmpty { throw .missingAPIKey(provider: configuration.name, variable: variable) }
        return APIKey(value)
    }

    /// Whether the variable that `configuration` names is set to something.
    public func hasKey(for configuration: ProviderConfiguration) -> Bool {
        guard let variable = configuration.apiKeyVariable else { return true }
        return !(lookup(variable) ?? "").trimmingWhitespace().isEmpty
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
