/// A JSON value as read from one line of a JSON Lines input. Numbers keep their
/// literal spelling, so that an `id` of `20240115001` stays exactly that.
enum JSONValue: Equatable, Sendable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// What kind of value this is, for messages: "a string", "an array", ...
    var kindDescription: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
