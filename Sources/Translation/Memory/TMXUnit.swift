import Foundation

/// One translation unit of a TMX file: a source segment, its translation and where it came from.
struct TMXUnit: Sendable, Hashable {
    /// The source-language segment.
    var source: String
    /// The target-language segment.
    var target: String
    /// The provider that translated it.
    var provider: String?
    /// The model that translated it.
    var model: String?
    /// When it was first stored.
    var created: Date
    /// When it was last replaced.
    var changed: Date
}
