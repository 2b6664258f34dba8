/// Lowercase ASCII markers stored flat and grouped by their first byte, so that a line
/// is tested against a long list by looking only at the markers that could match.
struct MarkerSet {
    /// All markers' bytes, one after another, grouped by first byte.
    private let storage: [UInt8]
    /// Each marker's range in `storage`, in the same order.
    private let markers: [Range<Int>]
    /// For each first byte, where its markers start in `markers` (257 entries).
    private let bucketStarts: [Int]
    /// The length of the longest marker.
    let longest: Int

    init(_ words: [String]) {
        let sorted = words.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var storage: [UInt8] = []
        var markers: [Range<Int>] = []
        var bucketStarts = [Int](repeating: 0, count: 257)
        for word in sorted {
            markers.append(storage.count..<(storage.count + word.count))
            storage.append(contentsOf: word)
            bucketStarts[Int(word[0]) + 1] += 1
        }
        for index in 1...256 { bucketStarts[index] += bucketStarts[index - 1] }
        self.storage = storage
        self.markers = markers
        self.bucketStarts = bucketStarts
        longest = sorted.map(\.count).max() ?? 0
    }

    /// The length of a marker that `bytes` holds at `offset`, compared case-insensitively,
    /// or nil. When `wordBoundary` is set, a marker ending in a letter must not run on
    /// into more letters or digits.
    func match(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, wordBoundary: Bool = false) -> Int? {
        storage.withUnsafeBufferPointer { storage in
            markers.withUnsafeBufferPointer { markers in
                bucketStarts.withUnsafeBufferPointer { starts in
                    Self.match(in: bytes, at: offset, wordBoundary: wordBoundary, storage: storage, markers: markers, starts: starts)
                }
            }
        }
    }

    private static func match(
        in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, wordBoundary: Bool,
        storage: UnsafeBufferPointer<UInt8>, markers: UnsafeBufferPointer<Range<Int>>, starts: UnsafeBufferPointer<Int>
    ) -> Int? {
        guard offset < bytes.count else { return nil }
        let first = Int(ByteClass.lowercased(bytes[offset]))
        let lower = starts[first]
        let upper = starts[first + 1]
        guard lower < upper else { return nil }
        for index in lower..<upper {
            let marker = markers[index]
            guard bytes.count - offset >= marker.count else { continue }
            var position = 1
            while position < marker.count, ByteClass.lowercased(bytes[offset + position]) == storage[marker.lowerBound + position] {
                position += 1
            }
            guard position == marker.count else { continue }
            if wordBoundary, ByteClass.isASCIILetter(storage[marker.upperBound - 1]), offset + marker.count < bytes.count {
                let next = bytes[offset + marker.count]
                if ByteClass.isASCIILetter(next) || ByteClass.isDigit(next) { continue }
            }
            return marker.count
        }
        return nil
    }

    /// The first offset at or after `start` where one of the markers occurs, for which
    /// `accept` (given the offset) holds.
    func firstOccurrence(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, where accept: (Int) -> Bool = { _ in true }) -> (offset: Int, length: Int)? {
        storage.withUnsafeBufferPointer { storage in
            markers.withUnsafeBufferPointer { markers in
                bucketStarts.withUnsafeBufferPointer { starts in
                    var offset = max(0, start)
                    while offset < bytes.count {
                        if starts[Int(ByteClass.lowercased(bytes[offset])) + 1] > starts[Int(ByteClass.lowercased(bytes[offset]))],
                           let length = Self.match(in: bytes, at: offset, wordBoundary: false, storage: storage, markers: markers, starts: starts),
                           accept(offset) {
                            return (offset, length)
                        }
                        offset += 1
                    }
                    return nil
                }
            }
        }
    }

    /// Whether the line starts with one of the markers.
    func isPrefix(of line: LineText, wordBoundary: Bool = false) -> Bool {
        line.bytes.withUnsafeBufferPointer { match(in: $0, at: 0, wordBoundary: wordBoundary) != nil }
    }

    /// The length of the marker the line starts with, or nil.
    func prefixLength(of line: LineText) -> Int? {
        line.bytes.withUnsafeBufferPointer { match(in: $0, at: 0) }
    }

    /// Whether one of the markers occurs in the line at or after `start`.
    func occurs(in line: LineText, from start: Int = 0) -> Bool {
        line.bytes.withUnsafeBufferPointer { firstOccurrence(in: $0, from: start) != nil }
    }
}
