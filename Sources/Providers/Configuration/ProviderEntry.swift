/// One provider as written in the YAML file, before validation; field names as the file spells them.
struct ProviderEntry: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, base_url, model, api_key_env, limits, prices, allow_insecure_http
        case max_output_tokens, temperature, glossary_id, max_tokens_parameter
    }

    /// Limits as written.
    struct Limits: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case max_concurrency, requests_per_minute, tokens_per_minute, max_retries, timeout_seconds
        }
        var max_concurrency: Int?
        var requests_per_minute: Int?
        var tokens_per_minute: Int?
        var max_retries: Int?
        var timeout_seconds: Double?
    }

    /// Prices as written.
    struct Prices: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case input_per_million_tokens, output_per_million_tokens, per_million_characters, currency
        }
        var input_per_million_tokens: Double?
        var output_per_million_tokens: Double?
        var per_million_characters: Double?
        var currency: String?
    }

    var kind: String?
    var base_url: String?
    var model: String?
    var api_key_env: String?
    var limits: Limits?
    var prices: Prices?
    var allow_insecure_http: Bool?
    var max_output_tokens: Int?
    var temperature: Double?
    var glossary_id: String?
    var max_tokens_parameter: String?

    /// The fields a mapping at `path` inside an entry may have; nil for paths that are not mappings.
    static func allowedFields(at path: [String]) -> [String]? {
        switch path {
        case []: CodingKeys.allCases.map(\.rawValue)
        case ["limits"]: Limits.CodingKeys.allCases.map(\.rawValue)
        case ["prices"]: Prices.CodingKeys.allCases.map(\.rawValue)
        default: nil
        }
    }
}
