#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the bytes of a file or of standard input, refusing inputs above a size limit
/// before reading them: a regular file's size is checked with `fstat`, and streams
/// (standard input, pipes, devices) are read in chunks and abandoned past the limit.
struct InputLoader: Sendable {
    /// The largest input accepted, in bytes.
    var limit: Int

    /// The path that stands for standard input.
    static let standardInputPath = "-"

    /// The bytes at `path`, or of standard input when `path` is "-".
    func load(path: String) throws(ArticleReadingError) -> [UInt8] {
        if path == Self.standardInputPath {
            return try readStream(descriptor: STDIN_FILENO, origin: "stdin")
        }
        guard !path.isEmpty else { throw .notFound(path: "\"\"") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { throw Self.openError(path: path, code: errno) }
        defer { close(descriptor) }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(path: path, reason: Self.message(errno))
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw .isDirectory(path: path) }
        guard type == S_IFREG else {
            // A pipe, a device or a socket: its size is unknown until read.
            return try readStream(descriptor: descriptor, origin: path)
        }
        let size = Int(status.st_size)
        if size > limit { throw .tooLarge(origin: path, bytes: size, limit: limit) }
        // Read one byte more than announced to notice a file that grew meanwhile.
        return try readStream(descriptor: descriptor, origin: path, expectedSize: size)
    }

    /// Reads `descriptor` to its end, in chunks, stopping as soon as more than `limit`
    /// bytes have arrived.
    private func readStream(descriptor: Int32, origin: String, expectedSize: Int? = nil) throws(ArticleReadingError) -> [UInt8] {
        let chunk = 64 * 1024
        var bytes = [UInt8]()
        bytes.reserveCapacity(min((expectedSize ?? chunk) + 1, limit + 1))
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: origin, reason: Self.message(errno))
            }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { throw .tooLarge(origin: origin, bytes: bytes.count, limit: limit) }
        }
        return bytes
    }

    private static func openError(path: String, code: Int32) -> ArticleReadingError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(path: path)
        case EISDIR: return .isDirectory(path: path)
        case EACCES, EPERM: return .unreadable(path: path, reason: "permission denied; check the file's permissions")
        default: return .unreadable(path: path, reason: message(code))
        }
    }

    private static func message(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
