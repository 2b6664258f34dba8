/// Recognizes host names that stay on this machine, where plain HTTP exposes nothing.
enum LoopbackHost {
    /// Whether `host` is `localhost`, an address in 127.0.0.0/8, or `::1`.
    static func contains(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let lowered = bare.lowercased()
        if lowered == "localhost" || lowered.hasSuffix(".localhost") || lowered == "::1" { return true }
        let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { part in
            guard let number = Int(part), !part.isEmpty, part.allSatisfy(\.isASCII) else { return false }
            return (0...255).contains(number)
        }
    }
}
