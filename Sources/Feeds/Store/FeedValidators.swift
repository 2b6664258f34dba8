/// What a server said about a feed's version, sent back on the next request so that an
/// unchanged feed is answered with 304 and no body.
public struct FeedValidators: Sendable, Hashable {
    /// The `ETag` header, sent back as `If-None-Match`.
    public var entityTag: String?
    /// The `Last-Modified` header, sent back as `If-Modified-Since`.
    public var lastModified: String?

    /// Creates validators.
    public init(entityTag: String? = nil, lastModified: String? = nil) {
        self.entityTag = entityTag
        self.lastModified = lastModified
    }

    /// Whether the server gave neither validator.
    public var isEmpty: Bool { entityTag == nil && lastModified == nil }

    /// The conditional request headers these validators call for.
    var requestHeaders: [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        if let entityTag { headers.append(("If-None-Match", entityTag)) }
        if let lastModified { headers.append(("If-Modified-Since", lastModified)) }
        return headers
    }
}
