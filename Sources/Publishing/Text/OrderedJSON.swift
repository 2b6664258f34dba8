/// A JSON value whose object keys keep the order they were given in, so that written JSON has
/// a stable, readable key order (not the alphabetical one of `JSONEncoder.sortedKeys`).
public indirect enum OrderedJSON: Sendable, Hashable {
    /// A string.
    case string(String)
    /// An integer.
    case integer(Int)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([OrderedJSON])
    /// An object, keys in the order written.
    case object([(key: String, value: OrderedJSON)])

    /// A string, or `null` for nil.
    public static func optional(_ text: String?) -> OrderedJSON { text.map(OrderedJSON.string) ?? .null }

    /// An array of strings.
    public static func strings(_ texts: [String]) -> OrderedJSON { .array(texts.map(OrderedJSON.string)) }

    /// The JSON text: on one line (for JSON Lines), or indented by two spaces when `pretty`.
    /// Slashes and non-ASCII characters are written as they are.
    public func text(pretty: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        write(into: &bytes, pretty: pretty, depth: 0)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func == (left: OrderedJSON, right: OrderedJSON) -> Bool {
        left.text() == right.text()
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text())
    }

    private func write(into bytes: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case let .string(text): Self.writeString(text, into: &bytes)
        case let .integer(number): bytes.append(contentsOf: String(number).utf8)
        case let .bool(value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case let .array(items):
            guard !items.isEmpty else { bytes.append(contentsOf: "[]".utf8); return }
            bytes.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.newline(into: &bytes, pretty: pretty, depth: depth + 1)
                item.write(into: &bytes, pretty: pretty, depth: depth + 1)
            }
            Self.newline(into: &bytes, pretty: pretty, depth: depth)
            bytes.append(UInt8(ascii: "]"))
        case let .object(members):
            guard !members.isEmpty else { bytes.append(contentsOf: "{}".utf8); return }
            bytes.append(UInt8(ascii: "{"))
            for (offset, member) in members.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.newline(into: &bytes, pretty: pretty, depth: depth + 1)
                Self.writeString(member.key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if pretty { bytes.append(UInt8(ascii: " ")) }
                member.value.write(into: &bytes, pretty: pretty, depth: depth + 1)
            }
            Self.newline(into: &bytes, pretty: pretty, depth: depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into bytes: inout [UInt8], pretty: Bool, depth: Int) {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
