/// Makes a chosen sentence read as a stand-alone bullet: a discourse connective that
/// only ties it to the sentence before ("Selain itu," "Meski demikian,") is dropped.
struct BulletCompressor {
    var dropsLeadingConnectives: Bool

    /// Connectives that open a sentence and lean on the one before it. Each is dropped
    /// only when a comma follows it, so that a sentence never loses its subject.
    static let leadingConnectives: [String] = [
        "selain itu", "sementara itu", "meski demikian", "meskipun demikian", "walau demikian",
        "walaupun demikian", "namun demikian", "akan tetapi", "kendati demikian", "oleh karena itu",
        "oleh sebab itu", "karena itu", "dengan demikian", "di sisi lain", "di samping itu",
        "untuk itu", "maka dari itu", "adapun", "ya", "nah", "namun", "tetapi", "tapi",
        "sedangkan", "lebih lanjut", "selanjutnya", "kemudian", "lalu", "bahkan", "padahal",
        "sebaliknya", "alhasil", "akibatnya", "jadi", "intinya", "singkatnya",
    ]

    /// The bullet text for `sentence`.
    func compress(_ sentence: String) -> String {
        guard dropsLeadingConnectives else { return sentence }
        let lowercased = sentence.lowercased()
        for connective in Self.leadingConnectives where lowercased.hasPrefix(connective + ",") {
            let rest = sentence.dropFirst(connective.count + 1).drop(while: { $0 == " " })
            guard let first = rest.first, rest.count > 20 else { return sentence }
            return first.uppercased() + rest.dropFirst()
        }
        return sentence
    }
}
