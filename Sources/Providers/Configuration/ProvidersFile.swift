import Foundation
import Yams

/// The providers configured for a run, read from `Jobs/providers.yml` or a file given with
/// `--providers`:
///
/// ```yaml
/// providers:
///   openai:
///     kind: openai
///     model: gpt-4o-mini
///     api_key_env: OPENAI_API_KEY
///     limits: { max_concurrency: 8, requests_per_minute: 500 }
/// ```
public struct ProvidersFile: Sendable {
    /// Where the file is looked for when none is given.
    public static let defaultPath = "Jobs/providers.yml"

    /// The path the providers were read from.
    public var path: String
    /// The providers, in the order the file lists them.
    public var providers: [ProviderConfiguration]

    /// Creates a set of providers.
    public init(path: String, providers: [ProviderConfiguration]) {
        self.path = path
        self.providers = providers
    }

    /// The provider called `name`, or an error listing the names there are.
    public func provider(named name: String) throws(ProvidersFileError) -> ProviderConfiguration {
        if let provider = providers.first(where: { $0.name == name }) { return provider }
        let known = providers.isEmpty ? "it configures none" : "it configures " + providers.map { "'\($0.name)'" }.joined(separator: ", ")
        throw ProvidersFileError(problems: [.init(file: path, provider: name, message: "no such provider in this file; \(known)")])
    }

    /// Reads and checks the file at `path`.
    public static func load(path: String = defaultPath) throws(ProvidersFileError) -> ProvidersFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProvidersFileError(problems: [.init(file: path, message: "cannot read the file: no such file or not readable (give another with --providers FILE)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProvidersFileError(problems: [.init(file: path, message: "the file is not UTF-8 text")])
        }
        return try parse(text, path: path)
    }

    /// Reads and checks `yaml`, naming `path` in problems.
    public static func parse(_ yaml: String, path: String) throws(ProvidersFileError) -> ProvidersFile {
        var reader = ProvidersFileReader(path: path)
        let providers = reader.read(yaml)
        if !reader.problems.isEmpty { throw ProvidersFileError(problems: reader.problems) }
        return ProvidersFile(path: path, providers: providers)
    }
}

/// Reads a providers file, collecting every problem rather than stopping at the first.
struct ProvidersFileReader {
    let path: String
    var problems: [ProvidersFileError.Problem] = []

    init(path: String) {
        self.path = path
    }

    /// The valid providers in `yaml`; problems are left in `problems`.
    mutating func read(_ yaml: String) -> [ProviderConfiguration] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            report(nil, message: error.problemDescription, line: error.line)
            return []
        } catch {
            report(nil, message: "not readable as YAML")
            return []
        }
        guard let root, let top = root.mapping else {
            if root == nil || root?.scalar?.string == "" { return [] }
            report(nil, message: "expected a mapping with a 'providers' key at the top", line: root?.mark?.line)
            return []
        }
        for (key, _) in top where key.string != "providers" {
            report(nil, message: "unknown top-level key '\(key.string ?? "?")'; only 'providers' is read", line: key.mark?.line)
        }
        guard let providersNode = top["providers"] else {
            report(nil, message: "no 'providers' key; list the providers under it", line: root.mark?.line)
            return []
        }
        if providersNode.scalar?.string == "" || providersNode.tag == Tag(.null) { return [] }
        guard let entries = providersNode.mapping else {
            report(nil, message: "'providers' must map names to provider settings", line: providersNode.mark?.line)
            return []
        }
        var configurations: [ProviderConfiguration] = []
        for (key, value) in entries {
            guard let name = key.string, !name.isEmpty else {
                report(nil, message: "a provider needs a name", line: key.mark?.line)
                continue
            }
            if let configuration = readProvider(name: name, node: value, nameLine: key.mark?.line) {
                configurations.append(configuration)
            }
        }
        return configurations
    }

    /// One provider, or nil after reporting its problems.
    mutating func readProvider(name: String, node: Node, nameLine: Int?) -> ProviderConfiguration? {
        let before = problems.count
        guard node.mapping != nil else {
            report(name, message: "expected the provider's settings (kind, base_url, …) under its name", line: node.mark?.line ?? nameLine)
            return nil
        }
        checkFields(of: node, at: [], provider: name)
        let entry: ProviderEntry
        do {
            entry = try YAMLDecoder().decode(ProviderEntry.self, from: node)
        } catch let error as DecodingError {
            let (field, message) = Self.describe(error)
            let path = field?.split(separator: ".").map(String.init) ?? []
            report(name, field: field, message: message, line: Self.node(at: path, in: node)?.mark?.line ?? node.mark?.line)
            return nil
        } catch {
            report(name, message: "cannot be read: \(error)", line: node.mark?.line)
            return nil
        }
        let configuration = validate(entry, name: name, node: node)
        return problems.count == before ? configuration : nil
    }

    /// Reports fields that no provider setting is called, so typos do not pass silently.
    mutating func checkFields(of node: Node, at path: [String], provider: String) {
        guard let mapping = node.mapping, let allowed = ProviderEntry.allowedFields(at: path) else { return }
        for (key, value) in mapping {
            let field = key.string ?? "?"
            if allowed.contains(field) {
                checkFields(of: value, at: path + [field], provider: provider)
                continue
            }
            var message = "unknown field; expected one of " + allowed.joined(separator: ", ")
            if path.isEmpty, ["api_key", "key", "token", "secret", "auth_key"].contains(field.lowercased()) {
                message = "keys are never written in this file: export the key in an environment variable and name the variable with api_key_env"
            }
            report(provider, field: (path + [field]).joined(separator: "."), message: message, line: key.mark?.line)
        }
    }

    /// The configuration `entry` describes, with every inconsistency reported.
    mutating func validate(_ entry: ProviderEntry, name: String, node: Node) -> ProviderConfiguration? {
        func line(_ path: String...) -> Int? { Self.node(at: path, in: node)?.mark?.line ?? node.mark?.line }
        let kinds = ProviderKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let kindName = entry.kind else {
            report(name, field: "kind", message: "missing; one of \(kinds)", line: node.mark?.line)
            return nil
        }
        guard let kind = ProviderKind(rawValue: kindName.lowercased()) else {
            report(name, field: "kind", message: "unknown kind '\(kindName)'; one of \(kinds)", line: line("kind"))
            return nil
        }
        var baseURL = kind.defaultBaseURL
        if let text = entry.base_url {
            let url = URL(string: text)
            if let url, let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host?.isEmpty == false {
                baseURL = url
            } else {
                report(name, field: "base_url", message: "'\(text)' is not an http:// or https:// URL with a host", line: line("base_url"))
                return nil
            }
        }
        guard let baseURL else {
            report(name, field: "base_url", message: "required for \(kind.rawValue): the server's address, e.g. http://127.0.0.1:5000", line: node.mark?.line)
            return nil
        }
        let isLoopback = LoopbackHost.contains(baseURL.host ?? "")
        let allowInsecure = entry.allow_insecure_http ?? false
        if baseURL.scheme?.lowercased() == "http", !isLoopback, !allowInsecure {
            report(name, field: "base_url", message: "plain http:// to \(baseURL.host ?? "") would expose the key and the texts; use https://, or set allow_insecure_http: true for a server you trust", line: line("base_url"))
        }
        if kind.isLanguageModel, (entry.model ?? "").isEmpty {
            report(name, field: "model", message: "required for \(kind.rawValue): the model to ask for, e.g. \(kind == .openai ? "gpt-4o-mini" : "claude-3-5-haiku-latest")", line: node.mark?.line)
        }
        if let variable = entry.api_key_env {
            if !Self.isVariableName(variable) {
                // The value may be a key pasted by mistake: never repeat it.
                report(name, field: "api_key_env", message: "must be the NAME of an environment variable (letters, digits and underscores, e.g. OPENAI_API_KEY), never the key itself", line: line("api_key_env"))
            }
        } else if kind == .anthropic || kind == .deepl || kind == .google || (kind == .openai && baseURL.host == "api.openai.com") {
            // Compatible servers elsewhere may or may not want a key; one that does answers 401,
            // which names api_key_env.
            let example = ["openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "deepl": "DEEPL_AUTH_KEY", "google": "GOOGLE_API_KEY"][kind.rawValue] ?? "API_KEY"
            report(name, field: "api_key_env", message: "required for \(kind.rawValue) at \(baseURL.host ?? ""): name the environment variable holding the key, e.g. api_key_env: \(example)", line: node.mark?.line)
        }
        var limits = ProviderLimits()
        if let written = entry.limits {
            limits.maxConcurrency = written.max_concurrency ?? limits.maxConcurrency
            limits.requestsPerMinute = written.requests_per_minute
            limits.tokensPerMinute = written.tokens_per_minute
            limits.maxRetries = written.max_retries ?? limits.maxRetries
            limits.timeoutSeconds = written.timeout_seconds ?? limits.timeoutSeconds
        }
        let checks: [(String, Bool, String)] = [
            ("max_concurrency", limits.maxConcurrency >= 1, "must be at least 1"),
            ("requests_per_minute", (limits.requestsPerMinute ?? 1) >= 1, "must be at least 1 (leave it out for no limit)"),
            ("tokens_per_minute", (limits.tokensPerMinute ?? 1) >= 1, "must be at least 1 (leave it out for no limit)"),
            ("max_retries", limits.maxRetries >= 0, "must not be negative"),
            ("timeout_seconds", limits.timeoutSeconds > 0 && limits.timeoutSeconds.isFinite, "must be a positive number of seconds"),
        ]
        for (field, isValid, message) in checks where !isValid {
            report(name, field: "limits.\(field)", message: message, line: line("limits", field))
        }
        var prices: ProviderPrices?
        if let written = entry.prices {
            prices = ProviderPrices(
                inputPerMillionTokens: written.input_per_million_tokens,
                outputPerMillionTokens: written.output_per_million_tokens,
                perMillionCharacters: written.per_million_characters,
                currency: written.currency ?? "USD"
            )
            let amounts = [("input_per_million_tokens", written.input_per_million_tokens),
                           ("output_per_million_tokens", written.output_per_million_tokens),
                           ("per_million_characters", written.per_million_characters)]
            for (field, amount) in amounts {
                if let amount, !(amount >= 0) { report(name, field: "prices.\(field)", message: "must not be negative", line: line("prices", field)) }
            }
        }
        if let tokens = entry.max_output_tokens, tokens < 1 {
            report(name, field: "max_output_tokens", message: "must be at least 1", line: line("max_output_tokens"))
        }
        if let temperature = entry.temperature, !(0...2).contains(temperature) {
            report(name, field: "temperature", message: "must be between 0 and 2", line: line("temperature"))
        }
        let parameters = ["max_tokens", "max_completion_tokens"]
        if let parameter = entry.max_tokens_parameter {
            if kind != .openai {
                report(name, field: "max_tokens_parameter", message: "only openai providers take it; \(kind.rawValue) has its own", line: line("max_tokens_parameter"))
            } else if !parameters.contains(parameter) {
                report(name, field: "max_tokens_parameter", message: "one of max_tokens, max_completion_tokens", line: line("max_tokens_parameter"))
            }
        }
        return ProviderConfiguration(
            name: name, kind: kind, baseURL: baseURL, model: entry.model, apiKeyVariable: entry.api_key_env,
            limits: limits, prices: prices, allowInsecureHTTP: allowInsecure,
            maxOutputTokens: entry.max_output_tokens ?? 1024, temperature: entry.temperature, glossaryID: entry.glossary_id,
            maxTokensParameter: entry.max_tokens_parameter ?? "max_tokens"
        )
    }

    mutating func report(_ provider: String?, field: String? = nil, message: String, line: Int? = nil) {
        problems.append(.init(file: path, line: line, provider: provider, field: field, message: message))
    }

    /// Whether `name` can name an environment variable.
    static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// The node at `path` of mapping keys under `node`.
    static func node(at path: [String], in node: Node) -> Node? {
        var current = node
        for key in path {
            guard let next = current.mapping?[key] else { return nil }
            current = next
        }
        return current
    }

    /// The field a decoding error is about and what is wrong, without quoting the value.
    static func describe(_ error: DecodingError) -> (field: String?, message: String) {
        func field(_ path: [any CodingKey]) -> String? {
            path.isEmpty ? nil : path.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case let .typeMismatch(type, context):
            return (field(context.codingPath), "expected \(Self.typeName(type))")
        case let .valueNotFound(type, context):
            return (field(context.codingPath), "expected \(Self.typeName(type)), found nothing")
        case let .keyNotFound(key, context):
            return (field(context.codingPath + [key]), "missing")
        case let .dataCorrupted(context):
            return (field(context.codingPath), "unreadable value")
        @unknown default:
            return (nil, "unreadable")
        }
    }

    /// A type as a user would call it.
    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: "a mapping of settings"
        }
    }
}
