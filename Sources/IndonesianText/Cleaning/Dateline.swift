/// The opening of a wire-style news paragraph that says where the story was filed
/// and by which outlet: "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "Moskow | EGINDO.co –".
public struct Dateline: Sendable, Hashable, Codable {
    /// The place, as written ("Moskow", "JAKARTA").
    public var place: String?
    /// The outlet or agency ("EGINDO.co", "KOMPAS.com", "ANTARA").
    public var outlet: String?
    /// The dateline exactly as it appeared, separator included.
    public var text: String

    /// Creates a dateline from its parts.
    public init(place: String?, outlet: String?, text: String) {
        self.place = place
        self.outlet = outlet
        self.text = text
    }
}
