/// Up to eight values of a trivial type kept inline, so that the stemmer's search builds
/// its short lists of candidates without allocating; appends beyond eight are dropped.
struct InlineList<Element> {
    private var storage: (Element, Element, Element, Element, Element, Element, Element, Element)
    /// The number of values held.
    private(set) var count = 0

    /// An empty list; `filler` only initializes the unused slots.
    init(filler: Element) {
        storage = (filler, filler, filler, filler, filler, filler, filler, filler)
    }

    /// Adds `element` at the end, unless the list is full.
    mutating func append(_ element: Element) {
        guard count < 8 else { return }
        withUnsafeMutableBytes(of: &storage) { raw in
            raw.baseAddress!.assumingMemoryBound(to: Element.self)[count] = element
        }
        count += 1
    }

    /// Adds a candidate and the prefix removed to reach it.
    mutating func append(_ view: WordView, _ prefix: AffixStripper.Prefix) where Element == (WordView, AffixStripper.Prefix) {
        append((view, prefix))
    }

    subscript(index: Int) -> Element {
        precondition(index < count)
        return withUnsafeBytes(of: storage) { raw in
            raw.baseAddress!.assumingMemoryBound(to: Element.self)[index]
        }
    }
}
