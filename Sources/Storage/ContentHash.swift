import Crypto
import Foundation

/// A SHA-256 digest written as 64 lowercase hex digits: the key of cached translations, the
/// identity of an article's content in the queue, and the version of a prompt or glossary.
public struct ContentHash: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The digest as lowercase hex.
    public let hex: String

    /// Hashes the UTF-8 bytes of `text`.
    public init(_ text: String) {
        self.init(bytes: Data(text.utf8))
    }

    /// Hashes raw bytes.
    public init(bytes: Data) {
        hex = SHA256.hash(data: bytes).map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]], as: UTF8.self)
        }.joined()
    }

    /// Hashes several parts so that no two different lists of parts collide by concatenation
    /// (each part is preceded by its length).
    public init(parts: [String]) {
        var data = Data()
        for part in parts {
            let bytes = Array(part.utf8)
            data.append(contentsOf: "\(bytes.count):".utf8)
            data.append(contentsOf: bytes)
        }
        self.init(bytes: data)
    }

    /// The first 12 hex digits, for file names and messages.
    public var short: String { String(hex.prefix(12)) }

    /// The digest as hex.
    public var description: String { hex }
}
