import ArgumentParser
import Foundation

/// Where a command writes its results: standard output, or a file given with `--output`
/// that is written to a temporary file and moved into place, so readers never see half of it.
final class OutputSink {
    private let destination: String?
    private var buffer = Data()

    /// A sink for `path`, or for standard output when `path` is nil or "-".
    init(path: String?) {
        destination = (path == nil || path == "-") ? nil : path
    }

    /// Appends `text`.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        // Standard output is flushed in large pieces so a long batch streams.
        if destination == nil, buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what is buffered; for a file, moves the finished file into place.
    func finish() throws {
        guard let destination else { return flush() }
        let url = URL(fileURLWithPath: destination)
        do {
            try buffer.write(to: url, options: .atomic)
        } catch {
            throw ValidationError("\(destination): cannot write the output: \(error.localizedDescription)")
        }
    }

    private func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
